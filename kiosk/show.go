package kiosk

import (
	"context"
	"fmt"
	"image"
	"log/slog"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/shygarmashylyq/kiosk/media"
	"github.com/shygarmashylyq/kiosk/slides"
)

// Slide is an item ready to be put on screen: its picture is decoded at
// screen size, so showing it costs no disk or decoding.
type Slide struct {
	Item      Item
	Image     image.Image // artworks and posters
	Timetable *Timetable  // timetable pages
	QR        image.Image // the item's qr link drawn as a QR code
	Duration  time.Duration
	Langs     []slides.Lang // content language order
	// Video is set for a video clip: Image is then its first picture, and
	// the display plays the clip from there.
	Video *Clip
}

// Clip is what the display needs to play a video slide.
type Clip struct {
	Path   string      // the file
	Size   image.Point // upright pixels as stored
	FPS    float64
	Frames int
	// Limit ends the clip before its end (a shorter duration in its
	// labels); 0 plays it whole.
	Limit      time.Duration
	Sound      bool // its own sound is heard; the music is lowered meanwhile
	Interlaced bool // its fields are woven together as it plays
}

// Show prepares the slides of one screen, one ahead of the display. It is
// safe for use by one display loop.
type Show struct {
	Store      *Store
	Root       string // content folder, to remake a lost rendition
	Renditions string
	Box        int
	Screen     string
	Now        func() time.Time
	// RowsPerPage is how many sessions fit a timetable page on this screen
	// (the display sets it; 0 = DefaultRowsPerPage).
	RowsPerPage atomic.Int32

	mu    sync.Mutex
	cfg   Config
	rot   Rotation
	loc   *time.Location
	skip  map[int64]bool // items whose picture could not be prepared this round
	queue []Slide        // further pages of the last item
	shown map[int64]int  // how often each text was shown, to alternate languages

	// Advance, if set, ends the slide on screen now (the display's "next");
	// Guard calls it when that slide may no longer be shown. Set it before
	// Guard runs.
	Advance     func()
	onScreen    Item // what the display said it put up (OnScreen)
	recheck     chan struct{}
	recheckOnce sync.Once
	view        view
}

// SetConfig applies new settings (from the next slide on).
func (s *Show) SetConfig(c Config) {
	loc, err := c.Location()
	if err != nil {
		loc = time.Local
	}
	s.mu.Lock()
	s.cfg, s.loc = c.ForScreen(s.Screen), loc
	s.mu.Unlock()
}

func (s *Show) config() (Config, *time.Location) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.loc == nil {
		s.cfg, s.loc = DefaultConfig(), time.Local
	}
	return s.cfg, s.loc
}

// ErrNothingToShow means no item may be shown now.
var ErrNothingToShow = fmt.Errorf("nothing to show")

// Next picks the next slide and prepares it. It reads the store and decodes
// pictures: never call it on the UI goroutine.
func (s *Show) Next(ctx context.Context) (Slide, error) {
	cfg, loc := s.config()
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	if len(s.queue) > 0 {
		sl := s.queue[0]
		s.queue = s.queue[1:]
		return sl, nil
	}
	all, err := s.Store.Items(ctx)
	if err != nil {
		return Slide{}, err
	}
	items := all[:0]
	for _, it := range all {
		if cfg.Shows(s.Screen, it) {
			items = append(items, it)
		}
	}
	// A picture that cannot be prepared is passed over; try each item once.
	s.skip = map[int64]bool{}
	for range len(items) + 1 {
		it, ok := s.rot.Next(withoutSkipped(items, s.skip), now().In(loc), cfg)
		if !ok {
			return Slide{}, ErrNothingToShow
		}
		sl := Slide{Item: it, Duration: cfg.Duration(it), Langs: cfg.LangOrder()}
		if it.Kind == KindTimetable {
			pages, err := s.timetableSlides(ctx, it, now().In(loc), cfg)
			if err != nil {
				return Slide{}, err
			}
			if len(pages) == 0 {
				s.skip[it.ID] = true // nothing left today
				continue
			}
			s.queue = pages[1:]
			return pages[0], nil
		}
		if it.Meta.QR != "" {
			if qr, err := media.QRCode(it.Meta.QR, 512); err == nil {
				sl.QR = qr
			}
		}
		if it.Kind == KindAnnouncement || it.Kind == KindPoster {
			sl.Langs = s.alternate(it, sl.Langs)
		}
		if it.Kind == KindArtwork || it.Kind == KindPoster {
			img, err := s.picture(ctx, it)
			if err != nil {
				slog.Warn("slide skipped: picture not ready", "source", it.Source, "err", err)
				s.skip[it.ID] = true
				continue
			}
			sl.Image = img
			if v := it.Meta.Video; v != nil {
				sl.Video = &Clip{Path: filepath.Join(s.Root, filepath.FromSlash(it.Source)),
					Size: image.Pt(it.Width, it.Height), FPS: v.FPS, Frames: v.Frames, Sound: v.Sound,
					Interlaced: v.Interlaced}
				if sl.Duration < v.Length() {
					sl.Video.Limit = sl.Duration
				}
			}
		}
		return sl, nil
	}
	return Slide{}, ErrNothingToShow
}

// alternate rotates the language order of a text from one showing to the
// next, among the languages it is written in, so a visitor of each language
// gets it in full in turn.
func (s *Show) alternate(it Item, order []slides.Lang) []slides.Lang {
	var have []slides.Lang
	for _, l := range order {
		if it.Title[l] != "" || it.Meta.Body[l] != "" {
			have = append(have, l)
		}
	}
	return s.turn(it.ID, have, order)
}

// turn is order with one of have first: each showing of item id the next
// one, so a reader of each language gets the slide in full in turn.
func (s *Show) turn(id int64, have, order []slides.Lang) []slides.Lang {
	if len(have) < 2 {
		return order
	}
	if s.shown == nil {
		s.shown = map[int64]int{}
	}
	first := have[s.shown[id]%len(have)]
	s.shown[id]++
	out := []slides.Lang{first}
	for _, l := range order {
		if l != first {
			out = append(out, l)
		}
	}
	return out
}

func withoutSkipped(items []Item, skip map[int64]bool) []Item {
	if len(skip) == 0 {
		return items
	}
	out := make([]Item, 0, len(items))
	for _, it := range items {
		if !skip[it.ID] {
			out = append(out, it)
		}
	}
	return out
}

// picture decodes an item's rendition, remaking it from the original if the
// cache lost it.
func (s *Show) picture(ctx context.Context, it Item) (image.Image, error) {
	r, ok := s.Store.Rendition(ctx, it, s.Box)
	if !ok {
		cfg, _ := s.config()
		src := filepath.Join(s.Root, filepath.FromSlash(it.Source))
		dst, box := renditionPath(s.Renditions, it.Hash, s.Box), media.Size{W: s.Box, H: s.Box}
		var err error
		if it.IsVideo() {
			r, err = media.MakeVideoPoster(ctx, src, dst, box)
		} else {
			r, err = media.MakeRendition(ctx, src, dst, box, cfg.MaxPixels())
		}
		if err != nil {
			return nil, err
		}
		if err := s.Store.PutRendition(ctx, it.Hash, s.Box, r); err != nil {
			return nil, err
		}
	}
	return media.DecodeRendition(r.Path)
}

// Played records that a slide was on screen from start for shown (proof
// of play). Only the time it was in view counts (see SetInView); a slide
// that was never in view is not recorded.
func (s *Show) Played(ctx context.Context, it Item, start time.Time, shown time.Duration) error {
	seen := s.view.seen(start, start.Add(shown))
	if seen <= 0 {
		return nil
	}
	return s.Store.RecordPlay(ctx, s.Screen, it, start, seen)
}

// Still reports whether a prepared slide may still go on screen: its item is
// live and its schedule allows it now.
func (s *Show) Still(ctx context.Context, sl Slide) bool {
	it, err := s.Store.Item(ctx, sl.Item.ID)
	if err != nil {
		return false
	}
	cfg, loc := s.config()
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	return ShowableUnder(it, now().In(loc), cfg.Privacy)
}
