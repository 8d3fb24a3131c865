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
	return container.New(launcherLayout{}, newTapBackground(color.Transparent, onOpen), clubsButton(langs, onOpen))
}

func clubsButton(langs []slides.Lang, onOpen func()) *tile {
	if len(langs) == 0 {
		langs = slides.Langs
	}
	var names []string
	for _, l := range langs {
		names = append(names, tr(l, "clubs", nil))
	}
	text := widget.NewRichText(seg(strings.Join(names, " · "), sizeBody, true, theme.ColorNameForegroundOnPrimary))
	return newTile(text, colorAccent, onOpen)
}

// ClubsLauncherCorner is the top-right area the launcher's button covers,
// its margin included, for the slideshow to keep clear.
func ClubsLauncherCorner(langs []slides.Lang) fyne.Size {
	m := launcherMargin()
	s := clubsButton(langs, nil).MinSize()
	return fyne.NewSize(s.Width+2*m, s.Height+2*m)
}

func launcherMargin() float32 { return theme.Size(sizeBody) * 0.6 }

// launcherLayout: the tap layer fills the screen, the button sits in the
// top-right corner.
type launcherLayout struct{}

func (launcherLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(0, 0) }

func (launcherLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	place(objs[0], fyne.NewPos(0, 0), size)
	m := launcherMargin()
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
