package ui

import (
	"context"
	"fmt"
	"hash/fnv"
	"image"
	"image/color"
	"log/slog"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/media"
	"github.com/shygarmashylyq/kiosk/slides"
)

// ClubSource is what the club browser needs; *kiosk.Kiosk implements it.
type ClubSource interface {
	Clubs(ctx context.Context) ([]kiosk.Club, error)
	ClubPhoto(ctx context.Context, c kiosk.Club, box int) (image.Image, error) // error when no photo: show a coloured placeholder with the club's initial
	Touch(ctx context.Context, t kiosk.Touch) error                            // log events: kiosk.TouchOpen/Close/Club/Filter/Lang/Artwork
	Artworks(ctx context.Context) ([]kiosk.Item, error)
	Picture(ctx context.Context, it kiosk.Item) (image.Image, error)
}

// photoBox is the size club photos are asked for.
const photoBox = 720

// ageBands are the age chips.
var ageBands = [][2]int{{5, 7}, {8, 10}, {11, 13}, {14, 17}}

type browserView int

const (
	viewList browserView = iota
	viewClub
	viewGallery
)

// clubFilter is what the visitor chose: a category key ("" all), an age
// band (-1 any), a weekday 1-7 (0 any), and "on now".
type clubFilter struct {
	category string
	age      int
	day      int
	now      bool
}

// ClubBrowser is the touchscreen's club browser: categories, age and day
// filters, a grid of clubs, a club's page with its QR code, and the
// exhibition to swipe through. Everything that reads the disk runs off the
// UI goroutine; the rest must be called on it.
type ClubBrowser struct {
	src     ClubSource
	langs   []slides.Lang
	idle    time.Duration
	onClose func()
	now     func() time.Time

	// The browsing session.
	open         bool
	gen          int // session number; results of older sessions are dropped
	ctx          context.Context
	cancel       context.CancelFunc
	session      time.Time
	lastActivity time.Time
	lang         slides.Lang
	filter       clubFilter
	view         browserView
	shown        string // id of the club on the page

	clubs   []kiosk.Club
	loaded  bool
	loadErr error
	cards   map[string]*clubCard
	photos  map[string]image.Image
	qrs     map[string]image.Image
	visible []string // ids of the clubs listed

	jobs      sync.WaitGroup
	touchTail chan struct{}

	root      *fyne.Container
	title     *widget.RichText
	back      *chip
	galleryB  *chip
	closeB    *chip
	langChips map[slides.Lang]*chip
	header    *fyne.Container
	filters   *fyne.Container
	flow      *flowLayout
	filterBox *dragScroll
	catChips  map[string]*chip
	catOrder  []string
	catLabel  *widget.RichText
	ageLabel  *widget.RichText
	dayLabel  *widget.RichText
	ageChips  []*chip // one per ageBands
	dayChips  []*chip // Monday ... Sunday
	nowChip   *chip
	chipSize  fyne.ThemeSizeName // text size of the chips: smaller on a portrait screen
	grid      *fyne.Container
	gridL     *cardGrid
	list      *dragScroll
	message   *widget.RichText
	page      *clubPage
	gallery   *gallery
	body      *fyne.Container
}

// NewClubBrowser makes a closed club browser. langs is the centre's language
// order (the first is where every session starts); idle is how long the
// browser waits for a touch before it closes; onClose is called on the UI
// goroutine when it closes, so the slideshow can resume. Call on the UI
// goroutine.
func NewClubBrowser(src ClubSource, langs []slides.Lang, idle time.Duration, onClose func()) *ClubBrowser {
	if len(langs) == 0 {
		langs = slides.Langs
	}
	if idle <= 0 {
		idle = 60 * time.Second
	}
	b := &ClubBrowser{src: src, langs: langs, idle: idle, onClose: onClose, now: time.Now,
		lang: langs[0], filter: clubFilter{age: -1}, ctx: context.Background(), cancel: func() {},
		cards: map[string]*clubCard{}, photos: map[string]image.Image{}, qrs: map[string]image.Image{},
		catChips: map[string]*chip{}, langChips: map[slides.Lang]*chip{}}
	b.build()
	b.root.Hide()
	return b
}

// SetClock sets where the browser reads the time (for "today" and "on
// now"): the centre's local time. Tests pass a fake clock.
func (b *ClubBrowser) SetClock(now func() time.Time) { b.now = now }

// Content is the browser's canvas object, hidden while it is closed. Put it
// over the slideshow, under the staff corner.
func (b *ClubBrowser) Content() fyne.CanvasObject { return b.root }

// IsOpen reports whether the browser is on screen.
func (b *ClubBrowser) IsOpen() bool { return b.open }

// Open shows the browser at its start (all clubs, no filters, the first
// language), logs the visit and loads the clubs off the UI goroutine.
func (b *ClubBrowser) Open() {
	if b.open {
		b.activity()
		return
	}
	b.open = true
	b.gen++
	b.ctx, b.cancel = context.WithCancel(context.Background())
	b.session = b.now()
	b.lastActivity = b.session
	b.lang = b.langs[0]
	b.filter = clubFilter{age: -1}
	b.view = viewList
	b.loadErr = nil
	b.logTouch(kiosk.Touch{Event: kiosk.TouchOpen})
	b.root.Show()
	b.render()
	b.load()
}

// Close closes the browser, logs how long the visit lasted and calls
// onClose.
func (b *ClubBrowser) Close() {
	if !b.open {
		return
	}
	b.open = false
	b.gen++
	b.cancel()
	b.logTouch(kiosk.Touch{Event: kiosk.TouchClose, Length: b.now().Sub(b.session)})
	b.root.Hide()
	if b.onClose != nil {
		b.onClose()
	}
}

// CheckIdle closes the browser when nobody has touched it for the idle
// time up to now, and reports whether it did. The app calls it from a
// ticker, on the UI goroutine.
func (b *ClubBrowser) CheckIdle(now time.Time) bool {
	if !b.open || now.Sub(b.lastActivity) < b.idle {
		return false
	}
	b.Close()
	return true
}

// SetIdle changes the idle timeout (kiosk.toml applies live).
func (b *ClubBrowser) SetIdle(d time.Duration) {
	if d > 0 {
		b.idle = d
	}
}

// activity notes a touch: the idle time starts again.
func (b *ClubBrowser) activity() { b.lastActivity = b.now() }

// async runs work on its own goroutine with the session's context; work
// hands results back through b.apply.
func (b *ClubBrowser) async(work func(ctx context.Context, gen int)) {
	ctx, gen := b.ctx, b.gen
	b.jobs.Add(1)
	go func() {
		defer b.jobs.Done()
		work(ctx, gen)
	}()
}

// apply runs f on the UI goroutine if the session that asked is still on.
func (b *ClubBrowser) apply(gen int, f func()) {
	fyne.Do(func() {
		if b.open && b.gen == gen {
			f()
		}
	})
}

// logTouch records a touch off the UI goroutine, in order.
func (b *ClubBrowser) logTouch(t kiosk.Touch) {
	t.At, t.Session = b.now(), b.session
	prev, done := b.touchTail, make(chan struct{})
	b.touchTail = done
	b.jobs.Add(1)
	go func() {
		defer b.jobs.Done()
		defer close(done)
		if prev != nil {
			<-prev
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := b.src.Touch(ctx, t); err != nil {
			slog.Warn("touch not logged", "event", t.Event, "err", err)
		}
	}()
}

// load reads the clubs, then their photos one by one.
func (b *ClubBrowser) load() {
	b.async(func(ctx context.Context, gen int) {
		clubs, err := b.src.Clubs(ctx)
		if ctx.Err() != nil {
			return
		}
		b.apply(gen, func() { b.setClubs(clubs, err) })
		if err != nil {
			return
		}
		for _, c := range clubs {
			img, err := b.src.ClubPhoto(ctx, c, photoBox)
			if ctx.Err() != nil {
				return
			}
			if err != nil {
				img = nil // a placeholder stays
			}
			id := c.ID
			b.apply(gen, func() { b.setPhoto(id, img) })
		}
	})
}

func (b *ClubBrowser) setClubs(clubs []kiosk.Club, err error) {
	b.loaded, b.loadErr = true, err
	if err != nil {
		slog.Error("club browser: cannot list the clubs", "err", err)
		b.render()
		return
	}
	b.clubs = clubs
	cards := map[string]*clubCard{}
	for _, c := range clubs {
		card := newClubCard(c, b.openClub)
		if img := b.photos[c.ID]; img != nil {
			card.photo.setImage(img)
		}
		cards[c.ID] = card
	}
	b.cards = cards
	b.buildCategories()
	b.render()
}

func (b *ClubBrowser) setPhoto(id string, img image.Image) {
	if img == nil {
		delete(b.photos, id)
	} else {
		b.photos[id] = img
	}
	if card := b.cards[id]; card != nil {
		card.photo.setImage(img)
	}
	if b.view == viewClub && b.shown == id {
		b.page.photo.setImage(img)
	}
}

// club finds a loaded club by id.
func (b *ClubBrowser) club(id string) (kiosk.Club, bool) {
	for _, c := range b.clubs {
		if c.ID == id {
			return c, true
		}
	}
	return kiosk.Club{}, false
}

// openClub shows a club's page.
func (b *ClubBrowser) openClub(id string) {
	c, ok := b.club(id)
	if !ok {
		return
	}
	b.activity()
	b.logTouch(kiosk.Touch{Event: kiosk.TouchClub, ClubID: id})
	b.view, b.shown = viewClub, id
	b.page.scroll.top()
	b.render()
	if _, ok := b.qrs[id]; !ok && c.SignupURL != "" {
		url := c.SignupURL
		b.async(func(_ context.Context, gen int) {
			img, err := media.QRCode(url, 480)
			if err != nil {
				slog.Warn("club browser: no QR code", "club", id, "err", err)
				return
			}
			b.apply(gen, func() {
				b.qrs[id] = img
				if b.view == viewClub && b.shown == id {
					b.page.setQR(img)
				}
			})
		})
	}
}

func (b *ClubBrowser) showList() {
	b.activity()
	b.view = viewList
	b.render()
}

func (b *ClubBrowser) showGallery() {
	b.activity()
	b.view = viewGallery
	b.render()
	b.gallery.open()
}

func (b *ClubBrowser) setLang(l slides.Lang) {
	b.activity()
	if l == b.lang {
		return
	}
	b.lang = l
	b.logTouch(kiosk.Touch{Event: kiosk.TouchLang, Value: string(l)})
	b.render()
}

// setFilter applies a change to the filter and logs it as value.
func (b *ClubBrowser) setFilter(change func(*clubFilter), value string) {
	b.activity()
	change(&b.filter)
	b.logTouch(kiosk.Touch{Event: kiosk.TouchFilter, Value: value})
	b.list.top()
	b.render()
}

// matches reports whether club c passes the filter at time now.
func (f clubFilter) matches(c kiosk.Club, now time.Time) bool {
	if f.category != "" && categoryKey(c.Category) != f.category {
		return false
	}
	if f.age >= 0 {
		band := ageBands[f.age]
		from, to := c.AgeFrom, c.AgeTo
		if to <= 0 {
			to = 99
		}
		if from > band[1] || to < band[0] {
			return false
		}
	}
	if f.day > 0 && !hasSessionOn(c, f.day) {
		return false
	}
	if f.now && !onNow(c, now) {
		return false
	}
	return true
}

func hasSessionOn(c kiosk.Club, day int) bool {
	for _, s := range c.Sessions {
		if s.Day == day {
			return true
		}
	}
	return false
}

// onNow reports whether a session of c is going on at t.
func onNow(c kiosk.Club, t time.Time) bool {
	day, clock := isoWeekday(t), slides.Clock(t.Hour()*60+t.Minute())
	for _, s := range c.Sessions {
		if s.Day == day && s.Start <= clock && clock < s.End {
			return true
		}
	}
	return false
}

// isoWeekday is 1 (Monday) ... 7 (Sunday).
func isoWeekday(t time.Time) int {
	if d := int(t.Weekday()); d != 0 {
		return d
	}
	return 7
}

// categoryKey identifies a category across languages.
func categoryKey(t slides.Text) string {
	return strings.ToLower(strings.TrimSpace(t.Get(slides.Langs)))
}

// categoryPalette gives categories friendly colours; the first six go to
// the usual kinds of club.
var categoryPalette = []color.NRGBA{
	{R: 0x4f, G: 0xa3, B: 0xf7, A: 0xff}, // technical: sky blue
	{R: 0xf2, G: 0x6d, B: 0x7d, A: 0xff}, // art: coral
	{R: 0xa8, G: 0x84, B: 0xf3, A: 0xff}, // music: violet
	{R: 0xff, G: 0x9a, B: 0x3c, A: 0xff}, // dance: orange
	{R: 0x4c, G: 0xc9, B: 0x8a, A: 0xff}, // science: green
	{R: 0xef, G: 0x5b, B: 0x5b, A: 0xff}, // sport: red
	{R: 0x3c, G: 0xc8, B: 0xc8, A: 0xff}, // teal
	{R: 0xe8, G: 0x7b, B: 0xd0, A: 0xff}, // pink
	{R: 0xc9, G: 0xd4, B: 0x4a, A: 0xff}, // lime
}

var categoryWords = [][]string{
	{"tech", "техн", "robot", "робот", "инженер", "инженер"},
	{"art", "искусств", "өнер", "бейнелеу", "сурет", "рисов", "изо", "живопис", "керамик", "қыш"},
	{"music", "музык", "вокал", "домб", "ән "},
	{"dance", "танц", "хореог", "би"},
	{"science", "наук", "ғылым", "эколог", "natur", "табиғат", "хими", "физик"},
	{"sport", "спорт", "шахмат", "chess", "тогыз", "тоғыз"},
}

// categoryColor is the colour of a category: by what it is called, or else
// by a hash of its name.
func categoryColor(t slides.Text) color.NRGBA {
	var words []string
	for _, l := range slides.Langs {
		words = append(words, strings.Fields(strings.ToLower(t[l]))...)
	}
	for i, keys := range categoryWords {
		for _, w := range words {
			for _, k := range keys {
				if strings.HasPrefix(w, strings.TrimSpace(k)) {
					return categoryPalette[i]
				}
			}
		}
	}
	h := fnv.New32a()
	h.Write([]byte(categoryKey(t)))
	return categoryPalette[6+int(h.Sum32()%3)]
}

// langNames are the language switch's labels.
var langNames = map[slides.Lang]string{slides.KK: "ҚАЗ", slides.RU: "РУС", slides.EN: "ENG"}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// agesText is "9–15 жас", or "" when the club gives no ages.
func agesText(l slides.Lang, from, to int) string {
	if from <= 0 && to <= 0 {
		return ""
	}
	return tr(l, "ages", map[string]any{"From": max(from, 0), "To": agesTo(to)})
}

// NewClubsLauncher is a transparent layer for the top of the slideshow: a
// tap anywhere on it, or on its "Үйірмелер · Кружки · Clubs" button in the
// top-right corner, calls onOpen.
func NewClubsLauncher(langs []slides.Lang, onOpen func()) fyne.CanvasObject {
	if len(langs) == 0 {
		langs = slides.Langs
	}
	var names []string
	for _, l := range langs {
		names = append(names, tr(l, "clubs", nil))
	}
	text := widget.NewRichText(seg(strings.Join(names, " · "), sizeBody, true, theme.ColorNameForegroundOnPrimary))
	btn := newTile(text, colorAccent, onOpen)
	return container.New(launcherLayout{}, newTapBackground(color.Transparent, onOpen), btn)
}

// launcherLayout: the tap layer fills the screen, the button sits in the
// top-right corner.
type launcherLayout struct{}

func (launcherLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(0, 0) }

func (launcherLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	place(objs[0], fyne.NewPos(0, 0), size)
	m := theme.Size(sizeBody) * 0.6
	s := objs[1].MinSize()
	s.Width = min(s.Width, size.Width-2*m)
	place(objs[1], fyne.NewPos(size.Width-s.Width-m, m), s)
}

// build makes the browser's widgets.
func (b *ClubBrowser) build() {
	b.title = widget.NewRichText()
	b.back = newChip(theme.NavigateBackIcon(), b.showList)
	b.galleryB = newChip(theme.MediaPhotoIcon(), b.showGallery)
	b.closeB = newIconChip(theme.CancelIcon(), b.Close)
	middle := container.New(&flowLayout{}, b.galleryB.tile)
	for _, l := range b.langs {
		c := newChip(nil, func() { b.setLang(l) })
		b.langChips[l] = c
		middle.Add(c.tile)
	}
	b.header = container.New(headerLayout{}, container.New(&flowLayout{}, b.title, b.back.tile), middle, b.closeB.tile)

	b.catLabel, b.ageLabel, b.dayLabel = widget.NewRichText(), widget.NewRichText(), widget.NewRichText()
	// Age, day and "on now" chips are toggles: a second tap lets go.
	for i, band := range ageBands {
		b.ageChips = append(b.ageChips, newChip(nil, func() {
			if b.filter.age == i {
				b.setFilter(func(f *clubFilter) { f.age = -1 }, "age=all")
				return
			}
			b.setFilter(func(f *clubFilter) { f.age = i }, fmt.Sprintf("age=%d-%d", band[0], band[1]))
		}))
	}
	for d := 1; d <= 7; d++ {
		b.dayChips = append(b.dayChips, newChip(nil, func() {
			if b.filter.day == d {
				b.setFilter(func(f *clubFilter) { f.day = 0 }, "day=all")
				return
			}
			b.setFilter(func(f *clubFilter) { f.day, f.now = d, false }, fmt.Sprintf("day=%d", d))
		}))
	}
	b.nowChip = newChip(nil, func() {
		if b.filter.now {
			b.setFilter(func(f *clubFilter) { f.now = false }, "now=off")
			return
		}
		b.setFilter(func(f *clubFilter) { f.day, f.now = 0, true }, "now")
	})
	b.flow = &flowLayout{}
	b.filters = container.New(b.flow)
	b.filterBox = newDragScroll(b.filters, b.activity)
	b.buildCategories()

	b.gridL = &cardGrid{}
	b.grid = container.New(b.gridL)
	b.list = newDragScroll(b.grid, b.activity)
	b.message = richText()
	b.page = newClubPage(b)
	b.gallery = newGallery(b)
	b.body = container.NewStack(b.list, container.New(&marginLayout{frac: 0.04}, b.message), b.page.root, b.gallery.root)
	b.root = container.NewStack(newTapBackground(colorBackground, b.activity),
		container.New(&browserLayout{b: b}, b.header, b.filterBox, b.body))
}

// buildCategories makes a chip per category of the loaded clubs, in the
// order they first appear.
func (b *ClubBrowser) buildCategories() {
	if b.chipSize == "" {
		b.chipSize = sizeBody
	}
	b.catOrder = []string{""}
	b.catChips = map[string]*chip{"": newChip(nil, func() {
		b.setFilter(func(f *clubFilter) { f.category = "" }, "category=all")
	})}
	for _, c := range b.clubs {
		key := categoryKey(c.Category)
		if _, ok := b.catChips[key]; ok || key == "" {
			continue
		}
		b.catOrder = append(b.catOrder, key)
		b.catChips[key] = newChip(nil, func() {
			b.setFilter(func(f *clubFilter) { f.category = key }, "category="+key)
		})
	}
	for _, c := range b.catChips {
		c.textSize = b.chipSize
	}
	if _, ok := b.catChips[b.filter.category]; !ok {
		b.filter.category = ""
	}
	objs := []fyne.CanvasObject{b.catLabel}
	for _, key := range b.catOrder {
		objs = append(objs, b.catChips[key].tile)
	}
	objs = append(objs, newLineBreak(), b.ageLabel)
	for _, c := range b.ageChips {
		objs = append(objs, c.tile)
	}
	objs = append(objs, newLineBreak(), b.dayLabel)
	for _, c := range b.dayChips {
		objs = append(objs, c.tile)
	}
	b.filters.Objects = append(objs, b.nowChip.tile)
	b.filters.Refresh()
}

// categoryText is a category's name in the visitor's language.
func (b *ClubBrowser) categoryText(key string) (string, color.NRGBA) {
	for _, c := range b.clubs {
		if categoryKey(c.Category) == key {
			return c.Category.Get([]slides.Lang{b.lang}), categoryColor(c.Category)
		}
	}
	return key, colorAccent
}

// render brings every text and look up to date with the state.
func (b *ClubBrowser) render() {
	l := b.lang
	b.setChipSize()
	title := tr(l, "clubs", nil)
	if b.view == viewGallery {
		title = tr(l, "exhibition", nil)
	}
	b.title.Segments = []widget.RichTextSegment{seg(title, sizeTitle, true, colorNameAccent)}
	b.title.Refresh()
	b.back.set(tr(l, "browser.back", nil), false, nil, false)
	b.galleryB.set(tr(l, "exhibition", nil), false, nil, false)
	b.closeB.set("", false, nil, false)
	showIf(b.back.tile, b.view != viewList)
	showIf(b.galleryB.tile, b.view != viewGallery)
	for lang, c := range b.langChips {
		c.set(langNames[lang], lang == l, nil, false)
	}
	b.renderFilters()
	b.renderList()
	showIf(b.filterBox, b.view == viewList)
	showIf(b.list, b.view == viewList)
	showIf(b.page.root, b.view == viewClub)
	showIf(b.gallery.root, b.view == viewGallery)
	if b.view == viewClub {
		if c, ok := b.club(b.shown); ok {
			b.page.show(c, l, b.photos[c.ID], b.qrs[c.ID], isoWeekday(b.now()), b.chipSize)
		}
	}
	if b.view == viewGallery {
		b.gallery.render()
	}
	b.header.Refresh()
	b.root.Refresh()
}

func (b *ClubBrowser) renderFilters() {
	l := b.lang
	label := func(t *widget.RichText, key string) {
		t.Segments = []widget.RichTextSegment{seg(tr(l, key, nil), sizeCaption, false, colorNameMuted)}
		t.Refresh()
	}
	label(b.catLabel, "browser.category")
	label(b.ageLabel, "browser.age")
	label(b.dayLabel, "browser.day")
	for _, key := range b.catOrder {
		if key == "" {
			b.catChips[key].set(tr(l, "browser.all", nil), b.filter.category == "", nil, false)
			continue
		}
		text, hue := b.categoryText(key)
		b.catChips[key].set(text, b.filter.category == key, hue, true)
	}
	for i, band := range ageBands {
		b.ageChips[i].set(fmt.Sprintf("%d–%d", band[0], band[1]), b.filter.age == i, nil, false)
	}
	today := isoWeekday(b.now())
	for i, c := range b.dayChips {
		c.set(tr(l, fmt.Sprintf("weekday.short.%d", i+1), nil), b.filter.day == i+1, nil, i+1 == today)
	}
	b.nowChip.set(tr(l, "browser.now", nil), b.filter.now, nil, true)
	b.filters.Refresh()
}

func (b *ClubBrowser) renderList() {
	now := b.now()
	b.visible = b.visible[:0]
	var objs []fyne.CanvasObject
	for _, c := range b.clubs {
		if !b.filter.matches(c, now) {
			continue
		}
		b.visible = append(b.visible, c.ID)
		card := b.cards[c.ID]
		card.setLang(b.lang)
		objs = append(objs, card)
	}
	b.grid.Objects = objs
	b.grid.Refresh()
	b.list.scroll.Refresh()
	msg := ""
	switch {
	case b.loadErr != nil && len(b.clubs) == 0:
		msg = tr(b.lang, "browser.error", nil)
	case !b.loaded:
		msg = tr(b.lang, "browser.loading", nil)
	case len(objs) == 0:
		msg = tr(b.lang, "browser.none", nil)
	}
	b.message.Segments = []widget.RichTextSegment{seg(msg, sizeBody, false, colorNameMuted)}
	b.message.Refresh()
	showIf(b.message, msg != "" && b.view == viewList)
}

// setChipSize picks the chips' text size for the screen: on a portrait
// screen the theme's body text is half as big again as on a landscape one,
// so chips take the caption size there and keep about the same size.
func (b *ClubBrowser) setChipSize() {
	name := chipSizeFor(b.root)
	if name == b.chipSize {
		return
	}
	b.chipSize = name
	chips := []*chip{b.back, b.galleryB, b.closeB, b.nowChip}
	chips = append(chips, b.ageChips...)
	chips = append(chips, b.dayChips...)
	for _, c := range b.langChips {
		chips = append(chips, c)
	}
	for _, c := range b.catChips {
		chips = append(chips, c)
	}
	for _, c := range chips {
		c.textSize = name
	}
}

// chipSizeFor is the text size of chips on o's screen: the caption size on
// a portrait screen, where the theme's sizes are half as big again.
func chipSizeFor(o fyne.CanvasObject) fyne.ThemeSizeName {
	size := o.Size()
	if c := fyne.CurrentApp().Driver().CanvasForObject(o); c != nil {
		size = c.Size()
	}
	if size.Height > size.Width {
		return sizeCaption
	}
	return sizeBody
}

func showIf(o fyne.CanvasObject, show bool) {
	if show {
		o.Show()
	} else {
		o.Hide()
	}
}

// browserLayout places the header, the filters and the body. On a
// landscape screen the filters take a column on the left; on a portrait
// one they sit above the clubs. Objects: header, filters, body.
type browserLayout struct{ b *ClubBrowser }

func (l *browserLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(100, 100) }

func (l *browserLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	header, filters, body := objs[0], objs[1], objs[2]
	unit := theme.Size(sizeBody)
	m, gap := unit*0.7, unit*0.6
	w := size.Width - 2*m
	hh := headerLayout{}.height(header.(*fyne.Container).Objects, w)
	place(header, fyne.NewPos(m, m*0.6), fyne.NewSize(w, hh))
	y := m*0.6 + hh + gap
	bottom := size.Height - m*0.6
	switch {
	case !filters.Visible():
		l.b.gridL.width = w
		place(body, fyne.NewPos(m, y), fyne.NewSize(w, bottom-y))
	case size.Width > size.Height*1.2:
		sw := max(w*0.33, min(w*0.45, unit*14))
		l.b.flow.width = sw
		place(filters, fyne.NewPos(m, y), fyne.NewSize(sw, bottom-y))
		x := m + sw + gap*1.5
		l.b.gridL.width = size.Width - m - x
		place(body, fyne.NewPos(x, y), fyne.NewSize(l.b.gridL.width, bottom-y))
	default:
		l.b.flow.width = w
		fh := min(l.b.flow.heightFor(l.b.filters.Objects, w), (bottom-y)*0.5)
		place(filters, fyne.NewPos(m, y), fyne.NewSize(w, fh))
		y += fh + gap
		l.b.gridL.width = w
		place(body, fyne.NewPos(m, y), fyne.NewSize(w, bottom-y))
	}
}

// headerLayout puts a left group on the left and a middle group and an end
// object on the right, on one row when they fit; else the left group and
// the end object on the first row and the middle group, right-aligned, on
// the second; else each on its own row. Objects: left, middle, end.
type headerLayout struct{}

func (headerLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	l, m, e := objs[0].MinSize(), objs[1].MinSize(), objs[2].MinSize()
	return fyne.NewSize(max(l.Width, m.Width, e.Width), max(l.Height, m.Height, e.Height))
}

// rows splits the objects (0 left, 1 middle, 2 end) into rows for width w;
// within a row, the first is at the left unless it is the middle group.
func (headerLayout) rows(objs []fyne.CanvasObject, w float32) [][]int {
	l, m, e := objs[0].MinSize().Width, objs[1].MinSize().Width, objs[2].MinSize().Width
	gap := theme.Size(sizeBody)
	switch {
	case l+m+e+2*gap <= w:
		return [][]int{{0, 1, 2}}
	case l+e+gap <= w:
		return [][]int{{0, 2}, {1}}
	case m+e+gap <= w:
		return [][]int{{0}, {1, 2}}
	}
	return [][]int{{0}, {1}, {2}}
}

func (h headerLayout) height(objs []fyne.CanvasObject, w float32) float32 {
	return h.arrange(objs, w, false)
}

func (h headerLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	h.arrange(objs, size.Width, true)
}

func (h headerLayout) arrange(objs []fyne.CanvasObject, w float32, doPlace bool) float32 {
	gap := theme.Size(sizeBody) * 0.33
	var y float32
	for n, row := range h.rows(objs, w) {
		if n > 0 {
			y += theme.Size(sizeBody) * 0.4
		}
		var rowH float32
		for _, i := range row {
			rowH = max(rowH, objs[i].MinSize().Height)
		}
		if doPlace {
			x := w // right-aligned objects, placed from the right
			for k := len(row) - 1; k >= 0; k-- {
				o := objs[row[k]]
				s := o.MinSize()
				s.Width = min(s.Width, w)
				if row[k] == 0 {
					place(o, fyne.NewPos(0, y+(rowH-s.Height)/2), s)
					continue
				}
				x -= s.Width
				place(o, fyne.NewPos(max(x, 0), y+(rowH-s.Height)/2), s)
				x -= gap
			}
		}
		y += rowH
	}
	return y
}

// cardGrid lays out club cards in equal columns, each row as tall as its
// tallest card; on a narrow screen one column of wide cards (photo on the
// left). Its height depends on the width, which the owner sets.
type cardGrid struct{ width float32 }

// columns is how many cards fit across w; fewer than three make one column
// of wide cards.
func (g *cardGrid) columns(w float32) int {
	if n := int(w / (theme.Size(sizeBody) * 9)); n >= 3 {
		return n
	}
	return 1
}

func (g *cardGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if g.width <= 0 {
		return fyne.NewSize(0, 0)
	}
	return fyne.NewSize(0, g.arrange(objs, g.width, false))
}

func (g *cardGrid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	g.arrange(objs, size.Width, true)
}

func (g *cardGrid) arrange(objs []fyne.CanvasObject, w float32, doPlace bool) float32 {
	// Leave room on the right for the scroll bar.
	w -= theme.Size(theme.SizeNameScrollBar)
	cols := g.columns(w)
	gap := theme.Size(sizeBody) * 0.5
	cw := (w - gap*float32(cols-1)) / float32(cols)
	var y float32
	for i := 0; i < len(objs); i += cols {
		row := objs[i:min(i+cols, len(objs))]
		var h float32
		for _, o := range row {
			card := o.(*clubCard)
			card.wide = cols == 1
			h = max(h, card.heightFor(cw))
		}
		if doPlace {
			for j, o := range row {
				place(o, fyne.NewPos(float32(j)*(cw+gap), y), fyne.NewSize(cw, h))
			}
		}
		y += h + gap
	}
	return max(y-gap, 0)
}

// clubCard is a club in the list: photo, name, category and ages. A tap
// opens its page.
type clubCard struct {
	widget.BaseWidget
	id         string
	club       kiosk.Club
	bg         *canvas.Rectangle
	photo      *photoFrame
	name, info *widget.RichText
	wide       bool
	onTap      func(id string)
}

func newClubCard(c kiosk.Club, onTap func(id string)) *clubCard {
	hue := categoryColor(c.Category)
	bg := canvas.NewRectangle(colorPanel)
	bg.StrokeColor = hue
	card := &clubCard{id: c.ID, club: c, bg: bg, photo: newPhotoFrame(hue, c.Name.Get(slides.Langs)),
		name: richText(), info: richText(), onTap: onTap}
	card.ExtendBaseWidget(card)
	return card
}

func (c *clubCard) setLang(l slides.Lang) {
	order := []slides.Lang{l}
	name := c.club.Name.Get(order)
	c.name.Segments = []widget.RichTextSegment{seg(name, sizeBody, true, "")}
	c.photo.initial.Text = capitalise(firstLetter(name))
	var info []widget.RichTextSegment
	if cat := c.club.Category.Get(order); cat != "" {
		info = append(info, seg(cat, sizeCaption, false, colorNameMuted))
	}
	if ages := agesText(l, c.club.AgeFrom, c.club.AgeTo); ages != "" {
		info = append(info, seg(ages, sizeCaption, true, colorNameAccent))
	}
	c.info.Segments = info
	c.name.Refresh()
	c.info.Refresh()
}

func (c *clubCard) Tapped(*fyne.PointEvent) { c.onTap(c.id) }

// heightFor is the card's height at width w.
func (c *clubCard) heightFor(w float32) float32 {
	p := theme.Size(sizeBody) * 0.3
	if c.wide {
		pw := (w - 3*p) * 0.38
		tw := w - 3*p - pw
		c.fitName(tw)
		return max(pw*0.75, labelHeight(c.name, tw)+labelHeight(c.info, tw)) + 2*p
	}
	c.fitName(w - 2*p)
	return p + (w-2*p)*0.6 + p*0.5 + labelHeight(c.name, w-2*p) + labelHeight(c.info, w-2*p) + p*0.5
}

// fitName makes the name smaller when one of its words would not fit in
// width w (Fyne would break the word).
func (c *clubCard) fitName(w float32) {
	if len(c.name.Segments) != 1 {
		return
	}
	s, ok := c.name.Segments[0].(*widget.TextSegment)
	if !ok {
		return
	}
	room := w - 2*theme.Size(theme.SizeNameInnerPadding)
	size := fyne.ThemeSizeName(sizeBody)
	for _, word := range strings.Fields(s.Text) {
		if fyne.MeasureText(word, theme.Size(sizeBody), fyne.TextStyle{Bold: true}).Width > room {
			size = sizeCaption
		}
	}
	if s.Style.SizeName != size {
		s.Style.SizeName = size
		c.name.Refresh()
	}
}

func (c *clubCard) CreateRenderer() fyne.WidgetRenderer {
	return &cardRenderer{c: c, objs: []fyne.CanvasObject{c.bg, c.photo, c.name, c.info}}
}

type cardRenderer struct {
	c    *clubCard
	objs []fyne.CanvasObject
}

func (r *cardRenderer) Layout(size fyne.Size) {
	c := r.c
	unit := theme.Size(sizeBody)
	p := unit * 0.3
	c.bg.CornerRadius = unit * 0.5
	sw := max(unit*0.08, 2)
	c.bg.StrokeWidth = sw
	// The outline is drawn across the edge: keep it inside the card.
	place(c.bg, fyne.NewPos(sw/2, sw/2), fyne.NewSize(size.Width-sw, size.Height-sw))
	if c.wide {
		pw := (size.Width - 3*p) * 0.38
		ph := min(pw*0.75, size.Height-2*p)
		place(c.photo, fyne.NewPos(p, (size.Height-ph)/2), fyne.NewSize(pw, ph))
		x := 2*p + pw
		tw := size.Width - x - p
		nh, ih := labelHeight(c.name, tw), labelHeight(c.info, tw)
		y := (size.Height - nh - ih) / 2
		place(c.name, fyne.NewPos(x, y), fyne.NewSize(tw, nh))
		place(c.info, fyne.NewPos(x, y+nh), fyne.NewSize(tw, ih))
		return
	}
	pw := size.Width - 2*p
	ph := pw * 0.6
	place(c.photo, fyne.NewPos(p, p), fyne.NewSize(pw, ph))
	nh := labelHeight(c.name, pw)
	place(c.name, fyne.NewPos(p, p+ph+p*0.5), fyne.NewSize(pw, nh))
	place(c.info, fyne.NewPos(p, p+ph+p*0.5+nh), fyne.NewSize(pw, labelHeight(c.info, pw)))
}

func (r *cardRenderer) MinSize() fyne.Size { return fyne.NewSize(50, 50) }

func (r *cardRenderer) Refresh() {
	r.Layout(r.c.Size())
	for _, o := range r.objs {
		o.Refresh()
	}
}

func (r *cardRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *cardRenderer) Destroy() {}

// clubPage is a club's page: photo, QR code to sign up, and the texts with
// the weekly timetable (which scroll if they are long).
type clubPage struct {
	photo   *photoFrame
	qr      *canvas.Image
	caption *widget.RichText
	info    *fyne.Container
	col     *columnLayout
	scroll  *dragScroll
	root    *fyne.Container
}

func newClubPage(b *ClubBrowser) *clubPage {
	p := &clubPage{
		photo:   newPhotoFrame(colorPanel, ""),
		qr:      &canvas.Image{FillMode: canvas.ImageFillContain, ScaleMode: canvas.ImageScalePixels},
		caption: richText(),
		col:     &columnLayout{},
	}
	p.info = container.New(p.col)
	p.scroll = newDragScroll(p.info, b.activity)
	p.root = container.New(&pageLayout{p: p}, p.photo, p.qr, p.caption, p.scroll)
	return p
}

// show fills the page with club c in language l; today (1-7) is
// highlighted in the timetable, whose text has size name size.
func (p *clubPage) show(c kiosk.Club, l slides.Lang, photo, qr image.Image, today int, size fyne.ThemeSizeName) {
	order := []slides.Lang{l}
	hue := categoryColor(c.Category)
	p.photo.ph.FillColor = hue
	p.photo.initial.Text = capitalise(firstLetter(c.Name.Get(order)))
	p.photo.setImage(photo)
	p.setQR(qr)
	p.caption.Segments = []widget.RichTextSegment{centred(seg(tr(l, "scan.qr", nil), sizeCaption, false, colorNameMuted))}
	p.caption.Refresh()

	nameSize := fyne.ThemeSizeName(sizeTitle)
	if size != sizeBody {
		nameSize = theme.SizeNameSubHeadingText
	}
	head := []widget.RichTextSegment{seg(c.Name.Get(order), nameSize, true, colorNameAccent)}
	if cat := c.Category.Get(order); cat != "" {
		head = append(head, seg(cat, size, false, colorNameMuted))
	}
	var facts []widget.RichTextSegment
	if ages := agesText(l, c.AgeFrom, c.AgeTo); ages != "" {
		facts = append(facts, seg(capitalise(ages), size, true, ""))
	}
	facts = append(facts, fact(tr(l, "club.teacher", nil), c.Teacher.Get(order), size)...)
	facts = append(facts, fact(tr(l, "room", nil), c.Room.Get(order), size)...)
	// The timetable comes before the description, so a portrait screen
	// shows it without scrolling.
	objs := []fyne.CanvasObject{richText(head...), richText(facts...),
		richText(seg(tr(l, "club.timetable", nil), size, true, colorNameAccent))}
	if len(c.Sessions) == 0 {
		objs = append(objs, richText(seg(tr(l, "club.noSessions", nil), size, false, colorNameMuted)))
	} else {
		table := container.New(&tableLayout{})
		for _, s := range c.Sessions {
			col := fyne.ThemeColorName("")
			if s.Day == today {
				col = colorNameAccent
			}
			room := s.Room
			if room == "" {
				room = c.Room.Get(order)
			}
			if room != "" {
				room = tr(l, "room", nil) + " " + room
			}
			table.Add(widget.NewRichText(seg(capitalise(tr(l, fmt.Sprintf("weekday.%d", s.Day), nil)), size, s.Day == today, col)))
			table.Add(widget.NewRichText(seg(s.Start.String()+"–"+s.End.String(), size, true, col)))
			table.Add(widget.NewRichText(seg(room, size, false, mutedOr(col))))
		}
		objs = append(objs, table)
	}
	if d := c.Description.Get(order); d != "" {
		objs = append(objs, richText(seg(d, size, false, "")))
	}
	p.info.Objects = objs
	p.info.Refresh()
	p.scroll.scroll.Refresh()
	p.root.Refresh()
}

func (p *clubPage) setQR(img image.Image) {
	p.qr.Image = img
	showIf(p.qr, img != nil)
	showIf(p.caption, img != nil)
	p.qr.Refresh()
	p.root.Refresh()
}

// fact is "label: value" as one paragraph, nothing if value is empty.
func fact(label, value string, size fyne.ThemeSizeName) []widget.RichTextSegment {
	if strings.TrimSpace(value) == "" {
		return nil
	}
	l := seg(label+": ", size, false, colorNameMuted)
	l.Style.Inline = true
	return []widget.RichTextSegment{l, seg(value, size, true, "")}
}

func centred(s *widget.TextSegment) *widget.TextSegment {
	s.Style.Alignment = fyne.TextAlignCenter
	return s
}

// pageLayout places a club page: on a landscape screen the photo and QR
// code in a column on the left and the texts on the right; on a portrait
// screen photo and QR code side by side above the texts.
// Objects: photo, qr, caption, texts.
type pageLayout struct{ p *clubPage }

func (l *pageLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(100, 100) }

func (l *pageLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	photo, qr, caption, texts := objs[0], objs[1], objs[2], objs[3]
	gap := theme.Size(sizeBody) * 0.8
	if size.Width > size.Height {
		lw := size.Width * 0.36
		ph := min(lw*0.75, size.Height*0.6)
		place(photo, fyne.NewPos(0, 0), fyne.NewSize(lw, ph))
		if qr.Visible() {
			s := min(lw*0.5, size.Height-ph-gap)
			place(qr, fyne.NewPos(0, ph+gap), fyne.NewSize(s, s))
			cw := lw - s - gap*0.5
			ch := labelHeight(caption, cw)
			place(caption, fyne.NewPos(s+gap*0.5, ph+gap+(s-ch)/2), fyne.NewSize(cw, ch))
		}
		x := lw + gap*1.5
		l.p.col.width = size.Width - x
		place(texts, fyne.NewPos(x, 0), fyne.NewSize(size.Width-x, size.Height))
		return
	}
	// Portrait: photo and QR code side by side, the caption under the code.
	pw := size.Width * 0.6
	ph := pw * 0.75
	top := ph
	if qr.Visible() {
		x := pw + gap
		cw := size.Width - x
		ch := labelHeight(caption, cw)
		place(qr, fyne.NewPos(x, 0), fyne.NewSize(cw, cw))
		place(caption, fyne.NewPos(x, cw), fyne.NewSize(cw, ch))
		top = max(ph, cw+ch)
	} else {
		pw, ph = size.Width, min(size.Width*0.6, size.Height*0.4)
		top = ph
	}
	place(photo, fyne.NewPos(0, (top-ph)/2), fyne.NewSize(pw, ph))
	y := top + gap
	l.p.col.width = size.Width
	place(texts, fyne.NewPos(0, y), fyne.NewSize(size.Width, size.Height-y))
}

// columnLayout stacks objects of the width it is told, each as tall as it
// needs at that width (wrapping texts, tables).
type columnLayout struct{ width float32 }

func (c *columnLayout) heightOf(o fyne.CanvasObject, w float32) float32 {
	if t, ok := o.(*fyne.Container); ok {
		if tl, ok := t.Layout.(*tableLayout); ok {
			return tl.arrange(t.Objects, w, false)
		}
	}
	return labelHeight(o, w)
}

func (c *columnLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if c.width <= 0 {
		return fyne.NewSize(0, 0)
	}
	var h float32
	for _, o := range objs {
		h += c.heightOf(o, c.width)
	}
	return fyne.NewSize(0, h)
}

func (c *columnLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	var y float32
	for _, o := range objs {
		h := c.heightOf(o, size.Width)
		place(o, fyne.NewPos(0, y), fyne.NewSize(size.Width, h))
		y += h
	}
}

// tableLayout lays out rows of three cells in aligned columns; when they do
// not fit the width, the third cell goes under the second.
type tableLayout struct{}

func (t *tableLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(0, t.arrange(objs, 1<<20, false))
}

func (t *tableLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	t.arrange(objs, size.Width, true)
}

func (t *tableLayout) arrange(objs []fyne.CanvasObject, w float32, doPlace bool) float32 {
	var colW [3]float32
	for i, o := range objs {
		colW[i%3] = max(colW[i%3], o.MinSize().Width)
	}
	gap := theme.Size(sizeBody) * 0.5
	fits := colW[0]+colW[1]+colW[2]+2*gap <= w
	// Rows overlap by the texts' inner padding, which is only space.
	overlap := theme.Size(theme.SizeNameInnerPadding)
	var y float32
	for i := 0; i+2 < len(objs); i += 3 {
		a, b, c := objs[i], objs[i+1], objs[i+2]
		ha, hb, hc := a.MinSize().Height, b.MinSize().Height, c.MinSize().Height
		h := max(ha, hb, hc)
		if !fits {
			h = max(ha, hb) + hc
		}
		if doPlace {
			place(a, fyne.NewPos(0, y), fyne.NewSize(colW[0], ha))
			x := colW[0] + gap
			place(b, fyne.NewPos(x, y), fyne.NewSize(colW[1], hb))
			if fits {
				place(c, fyne.NewPos(x+colW[1]+gap, y), fyne.NewSize(colW[2], hc))
			} else {
				place(c, fyne.NewPos(x, y+max(ha, hb)), fyne.NewSize(max(w-x, 0), hc))
			}
		}
		y += h - overlap
	}
	if y > 0 {
		y += overlap
	}
	return y
}
