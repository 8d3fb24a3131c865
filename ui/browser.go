package ui

import (
	"context"
	"image"
	"log/slog"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// photoBox is the size club photos are asked for.
const photoBox = 720

type browserView int

const (
	viewList browserView = iota
	viewClub
	viewGallery
)

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
			img, err := b.src.SignupQR(url, 480)
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
