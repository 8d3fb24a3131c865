package ui

import (
	"errors"
	"image"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"

	"github.com/shygarmashylyq/kiosk/ui/xscreen"
)

// snapshotDelay lets the window draw the slide's last frame before it is
// captured (Capture reads what was drawn).
const snapshotDelay = 150 * time.Millisecond

// settle marks the transition ended and tells whoever waits for it.
func (s *Slideshow) settle() {
	s.moving = false
	if s.videoStart != nil {
		close(s.videoStart) // the clip on the slide plays now
		s.videoStart = nil
	}
	// A clip's slide is offered to the report mid-clip instead (video.go).
	if s.settled != nil && s.layers[s.front].slide.Video == nil {
		s.settled()
	}
}

// snapshot hands the snapshotter a picture of the window when it wants
// one, once the slide's last frame is drawn, unless another transition has
// begun by then. Called on the UI goroutine. The picture is read from the
// X server, what the window shows (off the UI goroutine); where that
// cannot be done, from Fyne's canvas, which some drivers read back black
// (Mesa's llvmpipe under Xvfb).
func (dp *display) snapshot() {
	sn := dp.deps.Snapshot
	if sn == nil || !sn.WantSnapshot() {
		return
	}
	time.AfterFunc(snapshotDelay, func() {
		fyne.Do(func() {
			if dp.show.moving {
				return // the next slide is coming in: the next settle takes it
			}
			source := dp.show.Current().Item.Source
			go func() {
				img, err := dp.snaps.whole(dp.win)
				if err == nil {
					sn.TakeSnapshot(img, source)
					return
				}
				slog.Debug("snapshot from the X server failed; from the canvas", "err", err)
				fyne.Do(func() {
					if !dp.show.moving && dp.show.Current().Item.Source == source {
						sn.TakeSnapshot(dp.win.Canvas().Capture(), source)
					}
				})
			}()
		})
	})
}

var (
	errNoX11Window = errors.New("no X11 window")
	errTouchOpen   = errors.New("the club browser or the staff panel is open")
)

// snapshotReader reads the window's pixels from the X server on a
// connection of its own, opened at the first snapshot.
type snapshotReader struct {
	win  atomic.Uint64 // the window, once known
	once sync.Once
	conn *xscreen.Conn
	err  error
}

func (r *snapshotReader) open() error {
	r.once.Do(func() { r.conn, r.err = xscreen.Open() })
	return r.err
}

// whole reads all that w shows, at its size: for the crossfade, and for
// the report's snapshot, which the reporter scales down. Off the UI
// goroutine.
func (r *snapshotReader) whole(w fyne.Window) (image.Image, error) {
	win, err := r.window(w)
	if err != nil {
		return nil, err
	}
	return r.conn.Window(win)
}

// overlay makes a window of its own over r of w, for a clip's frames.
func (r *snapshotReader) overlay(w fyne.Window, rect image.Rectangle) (frameSink, error) {
	win, err := r.window(w)
	if err != nil {
		return nil, err
	}
	return xscreen.NewOverlay(win, xscreen.Rect{X: rect.Min.X, Y: rect.Min.Y, W: rect.Dx(), H: rect.Dy()})
}

// window is w's X window, and the connection open. Off the UI goroutine.
func (r *snapshotReader) window(w fyne.Window) (uint64, error) {
	win := r.win.Load()
	if win == 0 {
		fyne.DoAndWait(func() { win = x11Handle(w) })
		if win == 0 {
			return 0, errNoX11Window
		}
		r.win.Store(win)
	}
	return win, r.open()
}
