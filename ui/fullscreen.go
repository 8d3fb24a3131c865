package ui

import (
	"context"
	"errors"
	"fmt"
	"image"
	"log/slog"
	"math"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/ui/xscreen"
)

// screenGuard checks, twice a second, that the kiosk window fills the
// monitor: the window covers the monitor, a window manager (if one runs)
// holds it fullscreen, and Fyne draws at the window's size. When they
// disagree - a window manager that started with the kiosk, restarted or
// was replaced; a new resolution; a monitor plugged back - it puts the
// window right. Fyne's driver knows only what GLFW learnt at start-up, so
// the guard asks the X server itself.
type screenGuard struct {
	w     fyne.Window
	conn  *xscreen.Conn
	remap atomic.Bool // show the window afresh at the next look
	win   atomic.Uint64
	every time.Duration
	// resized is told the new size when the monitor's size changed.
	resized func(fyne.Size)

	mu      sync.Mutex
	last    xscreen.State
	canvas  [2]int
	problem string // the problem now, "" when all is well
	repairs int    // repairs made since start
	lastFix string // what the last repair was for
	fixedAt time.Time
	calmAt  time.Time // since when the window has filled the monitor, unchanged
}

// facts are the guard's part of the screen's facts.
func (g *screenGuard) facts() *kiosk.ScreenFacts {
	g.mu.Lock()
	defer g.mu.Unlock()
	f := &kiosk.ScreenFacts{
		Monitor: g.last.Monitor.String(), Window: g.last.Window.String(),
		Canvas:        fmt.Sprintf("%dx%d", g.canvas[0], g.canvas[1]),
		WindowManager: g.last.WM, Fullscreen: g.problem == "" && g.last.Monitor.W > 0,
		ScreenProblem: g.problem, ScreenRepairs: g.repairs, LastScreenFix: g.lastFix,
	}
	if !g.fixedAt.IsZero() {
		at := g.fixedAt
		f.LastScreenFixAt = &at
	}
	return f
}

// open connects to the X server and sizes the window to the monitor; the
// guard then makes it fullscreen itself, as a window manager that runs now
// expects (Fyne's fullscreen goes through GLFW, which decided once, at
// start-up, whether a manager runs). With no X server to ask it reports
// false and the guard stays off.
func (g *screenGuard) open(screen fyne.Size) bool {
	conn, err := xscreen.Open()
	if err != nil {
		slog.Info("the screen guard is off", "why", err)
		return false
	}
	g.conn = conn
	g.w.Resize(screen)
	return true
}

// Run watches until ctx ends.
func (g *screenGuard) Run(ctx context.Context) {
	conn := g.conn
	if conn == nil {
		return
	}
	defer conn.Close()
	win := g.windowHandle(ctx)
	if win == 0 {
		return
	}
	g.win.Store(win)
	if g.every == 0 {
		g.every = 500 * time.Millisecond
	}
	t := time.NewTicker(g.every)
	defer t.Stop()
	attempt := 0
	var monitor xscreen.Rect
	for first := true; ; first = false {
		if !first {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
		st, err := conn.Probe(win)
		if err != nil {
			slog.Warn("cannot look at the kiosk window", "err", err)
			continue
		}
		cw, ch := g.canvasPixels()
		if g.remap.Swap(false) {
			slog.Info("showing the kiosk window afresh")
			if err := conn.Remap(win, st.HasWM, st.HasWM); err != nil {
				slog.Warn("showing the window afresh failed", "err", err)
			}
			if !st.HasWM {
				_ = conn.Cover(win, st.Monitor)
			}
			continue
		}
		problem := screenProblem(st, cw, ch)
		g.mu.Lock()
		if problem != "" || st.WM != g.last.WM || st.Monitor != g.last.Monitor || g.calmAt.IsZero() {
			g.calmAt = time.Now()
		}
		g.last, g.canvas, g.problem = st, [2]int{cw, ch}, problem
		g.mu.Unlock()
		if monitor != st.Monitor && monitor.W != 0 {
			slog.Info("the monitor changed", "was", monitor.String(), "now", st.Monitor.String())
		}
		monitor = st.Monitor
		if problem == "" {
			if attempt > 0 {
				t.Reset(g.every)
				slog.Info("the kiosk window fills the monitor again", "monitor", st.Monitor.String(), "window_manager", st.WM, "attempts", attempt)
			}
			attempt = 0
			continue
		}
		attempt++
		if attempt == 1 {
			t.Reset(g.every / 3) // look again sooner until it holds
		}
		if attempt == 1 || attempt%10 == 0 {
			slog.Warn("the kiosk window does not fill the monitor; putting it right", "problem", problem,
				"monitor", st.Monitor.String(), "window", st.Window.String(), "canvas", fmt.Sprintf("%dx%d", cw, ch),
				"window_manager", st.WM, "fullscreen_state", st.Fullscreen, "override_redirect", st.OverrideRedirect, "attempt", attempt)
		}
		g.repair(conn, win, st, attempt)
	}
}

// windowHandle waits for the kiosk's X window to exist.
func (g *screenGuard) windowHandle(ctx context.Context) uint64 {
	for ctx.Err() == nil {
		var h uint64
		fyne.DoAndWait(func() { h = x11Handle(g.w) })
		if h != 0 {
			return h
		}
		sleep(ctx, 200*time.Millisecond)
	}
	return 0
}

// x11Handle is w's X window, 0 before it is up or off X11. Call on the UI
// goroutine.
func x11Handle(w fyne.Window) uint64 {
	var h uint64
	if nw, ok := w.(driver.NativeWindow); ok {
		nw.RunNative(func(c any) {
			if x, ok := c.(driver.X11WindowContext); ok {
				h = uint64(x.WindowHandle)
			}
		})
	}
	return h
}

// canvasPixels is the size Fyne draws at, in pixels.
func (g *screenGuard) canvasPixels() (int, int) {
	var w, h int
	fyne.DoAndWait(func() {
		c := g.w.Canvas()
		s, sc := c.Size(), c.Scale()
		w, h = int(math.Round(float64(s.Width*sc))), int(math.Round(float64(s.Height*sc)))
	})
	return w, h
}

// screenProblem says what is wrong with the window, "" if nothing.
func screenProblem(st xscreen.State, cw, ch int) string {
	switch {
	case !st.Mapped:
		return "the window is not shown"
	case st.Window != st.Monitor:
		return fmt.Sprintf("the window is %s on a monitor of %s", st.Window, st.Monitor)
	case st.HasWM && (st.OverrideRedirect || !st.Fullscreen):
		return fmt.Sprintf("the window manager %s does not hold the window fullscreen", st.WM)
	case abs(cw-st.Window.W) > 2 || abs(ch-st.Window.H) > 2:
		return fmt.Sprintf("the picture is drawn at %dx%d in a window of %dx%d", cw, ch, st.Window.W, st.Window.H)
	}
	return ""
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// repair puts the window right, trying harder on each attempt.
func (g *screenGuard) repair(conn *xscreen.Conn, win uint64, st xscreen.State, attempt int) {
	var err error
	what := ""
	switch {
	case !st.Mapped:
		return // not shown yet (or a manager is taking it): look again soon
	case st.HasWM && (st.OverrideRedirect || attempt%4 == 0):
		what = "handed the window to " + st.WM + " as fullscreen"
		err = conn.Remap(win, true, true)
	case st.HasWM && (!st.Fullscreen || st.Window != st.Monitor):
		what = "asked " + st.WM + " for fullscreen"
		err = conn.RequestFullscreen(win)
	case !st.HasWM && st.Window != st.Monitor:
		what = "made the window cover the monitor"
		err = conn.Cover(win, st.Monitor)
	}
	if err != nil {
		slog.Warn("putting the window right failed", "err", err)
	}
	// A canvas that lags a window of the right size follows the window's
	// next configure event; one that stays wrong is the blank-screen
	// watchdog's (a wrong-sized canvas is a blank screen: the window is
	// shown afresh). Resizing through Fyne here fought the scale it picks
	// for a new monitor.
	g.mu.Lock()
	g.repairs++
	g.lastFix = what
	g.fixedAt = time.Now()
	g.mu.Unlock()
	if attempt == 1 || attempt%10 == 0 {
		slog.Info("screen repair", "did", what, "attempt", attempt)
	}
}

// monitorSize is the monitor's size as last seen, if the guard looked.
func (g *screenGuard) monitorSize() (w, h int, ok bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.last.Monitor.W, g.last.Monitor.H, g.last.Monitor.W > 0
}

// calm reports whether the window has filled the monitor, with the same
// window manager and monitor, for the last d: a picture looked at sooner
// may be one the X server has not redrawn yet.
func (g *screenGuard) calm(d time.Duration) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.problem == "" && !g.calmAt.IsZero() && time.Since(g.calmAt) >= d
}

// sample reads a 24 x 24 grid of what the window shows.
func (g *screenGuard) sample() (image.Image, error) {
	win := g.win.Load()
	if g.conn == nil || win == 0 {
		return nil, errors.New("the window is not up yet")
	}
	return g.conn.Sample(win, 24)
}

// Remap asks for the window to be shown afresh (unmapped and mapped
// again: the X server and the window manager start it over).
func (g *screenGuard) Remap() { g.remap.Store(true) }
