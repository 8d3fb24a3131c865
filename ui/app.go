package ui

import (
	"context"
	"image"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// AppID is the application ID, as in FyneApp.toml.
const AppID = "kz.shygarmashylyq.kiosk"

// Options are the display's own settings.
type Options struct {
	Windowed bool // a window instead of fullscreen (for staff testing)
	// Cause is told why the run ends, when the display ends it (staff,
	// the X server gone, blank screens).
	Cause *kiosk.StopCause
	// Screen, if set, is filled with what the display knows of its screen
	// (for the monitor's facts); Ended is told, before the process ends on
	// its own (X server gone, three blank screens), why.
	Screen *ScreenState
	Ended  func(cause, why string)
	// StartAfresh, if set, is called (off the UI goroutine) when the window
	// has not come up within startLimit: the toolkit hangs in the X server
	// at times when a window manager starts at the same moment. It should
	// not return (cmd/kiosk runs the kiosk again in its place).
	StartAfresh func(why error)
}

// display is the kiosk's window: the slideshow, and over it, once the
// first slide is up, the clubs button, the club browser, the staff panel
// and the hidden corner.
type display struct {
	deps  Deps
	langs []slides.Lang // the language order at start
	app   fyne.App
	win   fyne.Window

	show   *Slideshow
	screen *screenWatcher
	hider  *cursorHider
	guard  *screenGuard // the window fills the monitor (fullscreen.go)
	watch  *blankWatch  // the picture is not blank (watchdog.go)
	snaps  snapshotReader
	root   *fyne.Container
	staff  *staffActions
	// The touch layers, nil until addTouchLayers; touched on the UI
	// goroutine only.
	browser *ClubBrowser
	panel   *StaffPanel
	offer   *clubsOffer // the clubs button, while there are clubs

	// cover is black over everything while the display is off (sleep.go);
	// powerChanged shows and hides it.
	cover        *sleepCover
	powerChanged func(on bool)

	touchOpen  atomic.Bool // the browser or the panel is open
	firstShown chan struct{}
	firstOnce  sync.Once
}

// appUp is set while Run's Fyne app exists, for Ping.
var appUp atomic.Bool

// Run opens the kiosk window and runs it until ctx ends or staff exit: the
// slideshow from d.Slides, the club browser and the staff panel. The
// kiosk's own work (watching, ingest, music, the monitor) is the caller's;
// the UI goroutine only swaps prepared slides.
func Run(ctx context.Context, d Deps, opts Options) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if opts.Cause == nil {
		opts.Cause = &kiosk.StopCause{}
	}
	dp := newDisplay(d, opts, func() {
		opts.Cause.Set(kiosk.StopStaff, "closed from the staff panel")
		slog.Info("the kiosk ends: closed from the staff panel")
		cancel()
	})
	if !toolkitReady() {
		return ErrDisplayRefused
	}
	dp.checkScreen(ctx, opts)
	appUp.Store(true)
	defer appUp.Store(false)
	go startWithin(ctx, opts.StartAfresh)
	// The first slide goes up before anything else competes for the cores
	// (the store already holds the playlist of the last run); the touch
	// layers follow once its frame is drawn: nobody can tap sooner.
	go func() {
		if dp.afterFirstSlide(ctx, 300*time.Millisecond, 2*time.Second) {
			fyne.Do(dp.addTouchLayers)
			watchClubs(ctx, d.Clubs, 5*time.Second, func(has bool) { dp.offer.set(has) })
		}
	}()
	go dp.closeWhenIdle(ctx)
	go dp.show.FollowTakeOff(ctx, d.TakeOff)
	go dp.runPower(ctx)
	go dp.show.Run(ctx, d.Slides, func() []slides.Lang { return d.Settings().Langs }, d.Content)
	go func() {
		<-ctx.Done()
		fyne.Do(dp.app.Quit)
	}()
	dp.win.ShowAndRun()
	return nil
}

// newDisplay makes the app and its window, sized for the screen, with the
// slideshow in it. exit ends Run (the staff panel's exit).
func newDisplay(d Deps, opts Options, exit func()) *display {
	// Fyne makes its cache folder inside the user's one but not that one
	// itself: on a fresh kiosk account (or with XDG_CACHE_HOME set to a new
	// place) it would run without a cache and say so at every start.
	if dir, err := os.UserCacheDir(); err == nil {
		_ = os.MkdirAll(dir, 0o700)
	}
	clearStaleWMCheck()
	a := app.NewWithID(AppID)
	th := newKioskTheme()
	a.Settings().SetTheme(th)
	if drv, ok := a.Driver().(interface{ SetDisableScreenBlanking(bool) }); ok {
		drv.SetDisableScreenBlanking(true)
	}
	// Fonts are not warmed on another goroutine: Fyne's text shaper is
	// shared, and measuring beside the UI goroutine crashed the start-up
	// (index out of range in go-text's HarfbuzzShaper).
	w := a.NewWindow("Kiosk")
	screenSize := fyne.NewSize(1280, 720)
	if !opts.Windowed {
		if s, ok := monitorSize(); ok {
			screenSize = s
		}
	}
	th.setScreen(screenSize.Width, screenSize.Height)
	w.SetPadded(false)
	dp := &display{deps: d, app: a, win: w, show: NewSlideshow(), screen: newScreenWatcher(th),
		hider: newCursorHider(), firstShown: make(chan struct{})}
	dp.show.transitionOf = func() time.Duration { return d.Settings().Transition }
	dp.show.readScreen = func() (image.Image, error) {
		if dp.touchOpen.Load() {
			return nil, errTouchOpen // the browser or the panel is over the slide
		}
		return dp.snaps.whole(w)
	}
	if os.Getenv("KIOSK_VIDEO_OVERLAY") != "0" {
		dp.show.newSink = func(r image.Rectangle) (frameSink, error) {
			if dp.touchOpen.Load() {
				return nil, errTouchOpen
			}
			return dp.snaps.overlay(w, r)
		}
	}
	if d.ClipAudio != nil && d.Sound != nil {
		dp.show.clipSound = func(ctx context.Context, clip *kiosk.Clip, start <-chan struct{}) {
			playClipSound(ctx, d.ClipAudio, d.Sound, clip, start)
		}
	}
	dp.show.shown = dp.shown
	dp.show.settled = dp.snapshot
	dp.screen.onResize = func(size fyne.Size) { d.TimetableRows(timetableRows(size)) }
	d.TimetableRows(timetableRows(screenSize))
	dp.langs = d.Settings().Langs
	dp.staff = &staffActions{StatusSource: d.Status, StaffControl: d.Staff, sound: d.Sound,
		show: dp.show, exit: exit, sync: dp.sync}
	dp.cover, dp.powerChanged = sleeper(w, dp.show, d.wake)
	dp.root = container.NewStack(dp.show.Content(), dp.cover, dp.screen, dp.hider)
	w.SetContent(dp.root)
	// Visitors cannot close the kiosk: close requests are held.
	w.SetCloseIntercept(func() { slog.Info("close request ignored") })
	if opts.Windowed {
		w.Resize(screenSize)
	}
	dp.guard = &screenGuard{w: w}
	if !opts.Windowed && !dp.guard.open(screenSize) {
		w.SetFullScreen(true) // no X server to ask: Fyne's own fullscreen
	}
	return dp
}

// shown is told of each slide put on screen, from the slideshow's goroutine.
func (dp *display) shown(it kiosk.Item) {
	if dp.deps.Shown != nil {
		dp.deps.Shown(it)
	}
	if dp.watch != nil {
		go dp.watch.Shown(dp.show.transition)
	}
	dp.firstOnce.Do(func() { close(dp.firstShown) })
}

// afterFirstSlide waits until the first slide has been on screen for
// settle, or for limit if none comes (an empty playlist shows no slide),
// and reports whether ctx is still on.
func (dp *display) afterFirstSlide(ctx context.Context, settle, limit time.Duration) bool {
	select {
	case <-dp.firstShown:
		sleep(ctx, settle)
	case <-time.After(limit):
	case <-ctx.Done():
	}
	return ctx.Err() == nil
}

// Ping asks the UI goroutine to run a no-op and reports whether it did
// before ctx ended: a stuck main loop draws no frames either. It is false
// while Run has no window.
func Ping(ctx context.Context) bool {
	if !appUp.Load() {
		return false
	}
	done := make(chan struct{})
	fyne.Do(func() { close(done) })
	select {
	case <-done:
		return true
	case <-ctx.Done():
		return false
	}
}
