package ui

import (
	"context"
	"errors"
	"image"
	"image/color"
	"log/slog"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// Slideshow is the full-screen rotation: two layers that crossfade, and an
// overlay for fades through the background colour.
type Slideshow struct {
	root       *fyne.Container
	layers     [2]*layer
	front      int // index of the layer on screen
	fade       *canvas.Rectangle
	fadeImg    *canvas.Image // the slide that goes, drawn, fading out (crossfade.go)
	snap       *snapshot     // the slide on screen, drawn; UI goroutine only
	step       func(p float32)
	empty      *fyne.Container
	transition time.Duration
	anim       *fyne.Animation
	shown      func(kiosk.Item) // told of each slide put on screen (from Run's goroutine)
	// transitionOf, if set, gives the crossfade length for each slide
	// (kiosk.toml applies live).
	transitionOf func() time.Duration
	// settled, if set, is told on the UI goroutine when a slide has fully
	// appeared (its transition ended); moving is true until then.
	settled func()
	moving  bool
	// readScreen, if set, reads what the window shows (crossfade.go); it
	// is called off the UI goroutine.
	readScreen func() (image.Image, error)
	// videoStart, while a clip waits for its slide's transition to end, is
	// closed by settle (video.go). UI goroutine.
	videoStart chan struct{}
	// clipSound, if set, plays a clip's own sound from when start closes
	// until ctx ends, the music lowered meanwhile (video.go); it returns at
	// once.
	clipSound func(ctx context.Context, clip *kiosk.Clip, start <-chan struct{})
	// newSink, if set, makes a window of its own over r (the window's
	// pixels) for a clip's frames (video.go); called off the UI goroutine.
	newSink func(r image.Rectangle) (frameSink, error)
	// frameShown, if set, is told of each frame Fyne is given (tests).
	frameShown func(frame *image.RGBA, scale canvas.ImageScale)

	paused atomic.Bool
	asleep atomic.Bool   // the display is off (ui/sleep.go)
	wake   chan struct{} // "next slide now", or "pause changed"
	skip   atomic.Bool   // the current slide is to end now
}

// KeepClear tells the slideshow the size of what covers its top-right
// corner (the clubs button and its margin): pictures and headings keep out
// of it from now on.
func (s *Slideshow) KeepClear(corner fyne.Size) {
	for _, l := range s.layers {
		*l.corner = corner
		l.art.Refresh()
		l.text.Refresh()
	}
}

// NewSlideshow makes an empty slideshow.
func NewSlideshow() *Slideshow {
	s := &Slideshow{transition: 600 * time.Millisecond, wake: make(chan struct{}, 1)}
	s.layers = [2]*layer{newLayer(), newLayer()}
	s.fade = canvas.NewRectangle(color.Transparent)
	s.fadeImg = newFadeImage()
	s.empty = container.NewStack()
	s.layers[1].root.Hide()
	s.root = container.NewStack(s.layers[0].root, s.layers[1].root, s.empty, s.fadeImg, s.fade)
	return s
}

// Content is the slideshow's canvas object.
func (s *Slideshow) Content() fyne.CanvasObject { return s.root }

// Current is the slide on screen.
func (s *Slideshow) Current() kiosk.Slide { return s.layers[s.front].slide }

// Show puts a slide on screen with a transition. Call on the UI goroutine.
func (s *Slideshow) Show(next kiosk.Slide) {
	if s.anim != nil {
		s.anim.Stop()
		s.finish()
	}
	s.videoStart = nil // a clip that never started is stopped by Run
	s.empty.Hide()
	s.empty.Objects = nil
	from, to := s.layers[s.front], s.layers[1-s.front]
	to.show(next)
	s.moving = true
	if s.transition <= 0 || from.slide.Item.ID == 0 {
		s.swap(from, to)
		s.settle()
		return
	}
	if s.crossfade(from, to) {
		// A true crossfade, over the drawn slide that goes.
	} else if isPicture(from.slide) && isPicture(next) {
		// A real crossfade of the pictures; the label changes half-way.
		to.image.Translucency = 1
		to.label.Hide()
		to.root.Show()
		s.step = func(p float32) {
			to.image.Translucency = float64(1 - p)
			s.fade.Refresh() // a new frame; the picture keeps its texture (crossfade.go)
			if p >= 0.5 && from.label.Visible() {
				from.label.Hide()
				if next.Item.Kind == kiosk.KindArtwork {
					to.label.Show()
				}
			}
			if p >= 1 {
				s.swap(from, to)
			}
		}
	} else {
		// No drawing of the slide that goes yet (it was skipped at once):
		// fade through the background.
		swapped := false
		s.step = func(p float32) {
			a := p * 2
			if p > 0.5 {
				a = 2 - p*2
				if !swapped {
					swapped = true
					s.swap(from, to)
				}
			}
			s.fade.FillColor = withAlpha(colorBackground, a)
			s.fade.Refresh()
		}
	}
	s.anim = fyne.NewAnimation(s.transition, func(p float32) {
		s.step(p)
		if p >= 1 {
			s.settle() // the slide has fully appeared
		}
	})
	s.anim.Curve = fyne.AnimationEaseInOut
	s.anim.Start()
}

// finish completes a transition cut short.
func (s *Slideshow) finish() {
	s.anim = nil
	s.endFade()
	s.fade.FillColor = color.Transparent
	s.fade.Refresh()
	to := s.layers[1-s.front]
	if to.root.Visible() {
		s.swap(s.layers[s.front], to)
	}
}

func (s *Slideshow) swap(from, to *layer) {
	to.image.Translucency = 0
	if to.slide.Item.Kind == kiosk.KindArtwork {
		to.label.Show()
	}
	to.root.Show()
	to.root.Refresh()
	from.root.Hide()
	from.clear()
	if s.layers[0] == to {
		s.front = 0
	} else {
		s.front = 1
	}
}

// FollowTakeOff ends the slide on screen each time takeOff delivers, until
// ctx ends (a nil channel: never).
func (s *Slideshow) FollowTakeOff(ctx context.Context, takeOff <-chan struct{}) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-takeOff:
			s.Next()
		}
	}
}

// takeOff removes the slide on screen, leaving the background. Call on the
// UI goroutine.
func (s *Slideshow) takeOff() {
	if s.anim != nil {
		s.anim.Stop()
		s.finish()
	}
	l := s.layers[s.front]
	l.clear()
	l.label.Segments = nil
	l.root.Refresh()
}

// ShowEmpty says there is nothing to show yet, and where to put files.
func (s *Slideshow) ShowEmpty(order []slides.Lang, dir string) {
	s.empty.Objects = []fyne.CanvasObject{emptySlide(order, dir)}
	s.empty.Show()
	s.empty.Refresh()
}

func isPicture(sl kiosk.Slide) bool {
	return sl.Item.Kind == kiosk.KindArtwork || sl.Item.Kind == kiosk.KindPoster
}

func withAlpha(c color.NRGBA, a float32) color.NRGBA {
	c.A = uint8(max(0, min(1, a)) * 255)
	return c
}

// Run drives the slideshow from src until ctx ends: while a slide is on
// screen the next one is prepared, and it goes up when the first is due.
// Only the fyne.Do calls touch widgets.
func (s *Slideshow) Run(ctx context.Context, src SlideSource, langs func() []slides.Lang, contentDir string) {
	var cur kiosk.Slide
	var shownAt time.Time
	var play *videoPlay // the clip on screen, playing or played
	defer func() { play.stop() }()
	for ctx.Err() == nil {
		if play != nil {
			// A clip's first seconds have the machine to themselves: the
			// next slide is decoded after them.
			select {
			case <-play.done:
			case <-ctx.Done():
			case <-time.After(2 * time.Second):
			}
		}
		next, err := src.Next(ctx)
		if errors.Is(err, kiosk.ErrNothingToShow) || err != nil {
			if err != nil && !errors.Is(err, kiosk.ErrNothingToShow) && ctx.Err() == nil {
				slog.Error("cannot prepare a slide", "err", err)
			}
			if cur.Item.ID != 0 && !src.Still(ctx, cur) {
				// The slide on screen may no longer be shown (its consent
				// ended, it was withdrawn) and nothing else may: take it off.
				if err := src.Played(ctx, cur.Item, shownAt, time.Since(shownAt)); err != nil {
					slog.Warn("proof of play not recorded", "err", err)
				}
				play.stop()
				play = nil
				fyne.DoAndWait(s.takeOff)
				cur = kiosk.Slide{}
			}
			if cur.Item.ID == 0 {
				order := langs()
				fyne.Do(func() { s.ShowEmpty(order, contentDir) })
			}
			sleep(ctx, 2*time.Second)
			continue
		}
		if cur.Item.ID != 0 {
			// A slide that may no longer be shown (its consent ended, it
			// was withdrawn) does not wait for its time to run out.
			if src.Still(ctx, cur) {
				if play != nil {
					// A clip plays to its end (or its labels' duration),
					// and the next slide comes from its last frame.
					s.waitVideo(ctx, play)
					s.snapshotLastFrame(cur.Item.ID)
				} else {
					s.snapshotWhenSettled(ctx, cur, shownAt)
					s.waitTurn(ctx, shownAt.Add(cur.Duration))
				}
			}
			play.stop()
			play = nil
			if ctx.Err() != nil {
				return
			}
			if !src.Still(ctx, next) {
				continue // its file went while it waited: prepare another
			}
			if err := src.Played(ctx, cur.Item, shownAt, time.Since(shownAt)); err != nil {
				slog.Warn("proof of play not recorded", "err", err)
			}
		}
		if s.transitionOf != nil {
			s.transition = s.transitionOf()
		}
		fyne.DoAndWait(func() { s.Show(next) })
		cur, shownAt = next, time.Now()
		if next.Video != nil {
			play = s.startVideo(ctx, next)
		}
		if s.shown != nil {
			s.shown(cur.Item)
		}
	}
}

// SetPaused holds the slide on screen (a visitor browsing, or staff) or lets
// the show go on. Safe from any goroutine.
func (s *Slideshow) SetPaused(p bool) {
	s.paused.Store(p)
	s.poke()
}

// Paused reports whether the show is held.
func (s *Slideshow) Paused() bool { return s.paused.Load() }

// Next ends the slide on screen now. Safe from any goroutine.
func (s *Slideshow) Next() {
	s.skip.Store(true)
	s.poke()
}

func (s *Slideshow) poke() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// waitTurn waits until due, or until Next is asked for; while paused it waits
// on, and a slide whose time ran out during a pause gives way as soon as the
// pause ends.
func (s *Slideshow) waitTurn(ctx context.Context, due time.Time) {
	for ctx.Err() == nil {
		if s.skip.Swap(false) {
			return
		}
		d := time.Until(due)
		if !s.held() && d <= 0 {
			return
		}
		if s.held() {
			d = time.Hour
		}
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
		case <-s.wake:
		case <-t.C:
		}
		t.Stop()
	}
}

func sleep(ctx context.Context, d time.Duration) {
	if d <= 0 {
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
