package ui

import (
	"context"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/media"
	"github.com/shygarmashylyq/kiosk/slides"
)

// AppID is the application ID, as in FyneApp.toml.
const AppID = "kz.shygarmashylyq.kiosk"

// Options are the display's own settings.
type Options struct {
	Windowed bool // a window instead of fullscreen (for staff testing)
}

// Run opens the kiosk window and runs until ctx ends or staff exit. The core
// work (watching, ingest, slide preparation) runs on its own goroutines; the
// UI goroutine only swaps prepared slides.
func Run(ctx context.Context, k *kiosk.Kiosk, opts Options) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// Fyne makes its cache folder inside the user's one but not that one
	// itself: on a fresh kiosk account (or with XDG_CACHE_HOME set to a new
	// place) it would run without a cache and say so at every start.
	if dir, err := os.UserCacheDir(); err == nil {
		_ = os.MkdirAll(dir, 0o700)
	}
	a := app.NewWithID(AppID)
	th := newKioskTheme()
	a.Settings().SetTheme(th)
	if d, ok := a.Driver().(interface{ SetDisableScreenBlanking(bool) }); ok {
		d.SetDisableScreenBlanking(true)
	}
	go warmFonts(th)
	w := a.NewWindow("Kiosk")
	screenSize := fyne.NewSize(1280, 720)
	if !opts.Windowed {
		if s, ok := monitorSize(); ok {
			screenSize = s
		}
	}
	th.setScreen(screenSize.Width, screenSize.Height)
	w.SetPadded(false)
	show := NewSlideshow()
	show.transitionOf = func() time.Duration { return time.Duration(k.Config().Transition * float64(time.Second)) }
	screen := newScreenWatcher(th)
	screen.onResize = func(size fyne.Size) { k.Show.RowsPerPage.Store(int32(timetableRows(size))) }
	k.Show.RowsPerPage.Store(int32(timetableRows(screenSize)))
	langs := k.Config().LangOrder()
	centreNow := func() time.Time {
		loc, err := k.Config().Location()
		if err != nil {
			loc = time.Local
		}
		return time.Now().In(loc)
	}
	hider := newCursorHider()

	// The slideshow holds while a visitor browses or staff pause it.
	var br *ClubBrowser
	var pn *StaffPanel
	staff := &staffActions{k: k, show: show, exit: cancel}
	var touchOpen atomic.Bool // the browser or the panel is open
	staff.sync = func() {
		browsing := br != nil && br.IsOpen()
		touchOpen.Store(browsing || (pn != nil && pn.IsOpen()))
		show.SetPaused(browsing || staff.paused.Load())
		go k.SetBrowsing(browsing)
		// The pointer shows while someone uses the screen with a mouse.
		if browsing || (pn != nil && pn.IsOpen()) {
			hider.Hide()
		} else {
			hider.Show()
		}
	}
	root := container.NewStack(show.Content(), screen, hider)
	w.SetContent(root)
	// The touch layers (club browser, staff panel, hidden corner) are built
	// once the first slide is up: nobody can tap sooner, and the first
	// picture comes that much earlier.
	addTouchLayers := func() {
		idle := time.Duration(k.Config().IdleTimeout * float64(time.Second))
		br = NewClubBrowser(k, langs, idle, staff.sync)
		br.SetClock(centreNow)
		pn = NewStaffPanel(staff, langs, staff.sync)
		pn.SetClock(centreNow)
		openBrowser := func() {
			if !pn.IsOpen() {
				br.Open()
				staff.sync()
			}
		}
		corner := NewCornerPress(5*time.Second, func() { pn.Open(); staff.sync() })
		corner.OnTap = openBrowser
		show.KeepClear(ClubsLauncherCorner(langs))
		root.Objects = []fyne.CanvasObject{show.Content(), NewClubsLauncher(langs, openBrowser),
			br.Content(), pn.Content(), corner.Layer(), screen, hider}
		root.Refresh()
	}
	go func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if !touchOpen.Load() {
					continue // nothing to time out: do not wake the UI
				}
				now := centreNow()
				idle := time.Duration(k.Config().IdleTimeout * float64(time.Second))
				fyne.Do(func() {
					br.SetIdle(idle)
					if br.CheckIdle(now) || pn.CheckIdle(now) {
						staff.sync()
					}
				})
			}
		}
	}()
	// Visitors cannot close the kiosk: close requests are held.
	w.SetCloseIntercept(func() { slog.Info("close request ignored") })
	if opts.Windowed {
		w.Resize(screenSize)
	} else {
		w.SetFullScreen(true)
	}

	// The first slide goes up before anything else competes for the cores
	// (the store already holds the playlist of the last run); the touch
	// layers and the first full scan follow once its frame is drawn.
	firstShown := make(chan struct{})
	var firstOnce sync.Once
	afterFirst := func(settle, limit time.Duration) bool {
		select {
		case <-firstShown:
			sleep(ctx, settle)
		case <-time.After(limit): // an empty playlist shows no slide
		case <-ctx.Done():
		}
		return ctx.Err() == nil
	}
	go func() {
		if afterFirst(300*time.Millisecond, 2*time.Second) {
			fyne.Do(addTouchLayers)
		}
	}()
	go func() {
		if counts, err := k.Store.CountItems(ctx); err == nil && len(counts) > 0 && !afterFirst(time.Second, 3*time.Second) {
			return
		}
		if err := k.Watch(ctx); err != nil {
			slog.Error("watching the content folder stopped", "err", err)
		}
	}()
	go k.RunMusic(ctx, media.NewOtoOutput())
	mon := &kiosk.Monitor{Store: k.Store, Screen: k.Opts.Screen, Started: time.Now(), PingUI: pingUI, Extra: k.RuntimeFacts}
	show.shown = func(it kiosk.Item) {
		mon.Showing(it)
		firstOnce.Do(func() { close(firstShown) })
	}
	monDone := make(chan struct{})
	go func() { mon.Run(ctx); close(monDone) }()
	go show.Run(ctx, k.Show, func() []slides.Lang { return k.Config().LangOrder() }, k.Opts.Content)
	go func() {
		<-ctx.Done()
		fyne.Do(a.Quit)
	}()
	w.ShowAndRun()
	// Let the monitor record that this run stopped before the store closes.
	cancel()
	select {
	case <-monDone:
	case <-time.After(3 * time.Second):
	}
	return nil
}

// pingUI asks the UI goroutine to run a no-op and reports whether it did
// before ctx ended: a stuck main loop draws no frames either.
func pingUI(ctx context.Context) bool {
	done := make(chan struct{})
	fyne.Do(func() { close(done) })
	select {
	case <-done:
		return true
	case <-ctx.Done():
		return false
	}
}
