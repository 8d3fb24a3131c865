package ui

import (
	"context"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// sleepCover is the black layer over the whole window while the display is
// off outside opening hours (the only "off" an X server without DPMS
// has). A tap on it wakes the screen.
type sleepCover struct {
	widget.BaseWidget
	onTap func()
}

func newSleepCover(onTap func()) *sleepCover {
	c := &sleepCover{onTap: onTap}
	c.ExtendBaseWidget(c)
	c.Hide()
	return c
}

// CreateRenderer is a black rectangle.
func (c *sleepCover) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Black))
}

// Tapped wakes the screen.
func (c *sleepCover) Tapped(*fyne.PointEvent) {
	if c.onTap != nil {
		go c.onTap()
	}
}

// SetAsleep holds the show while the display is off: no slide changes, no
// crossfade, nothing decoded beyond the one slide already prepared. Safe
// from any goroutine.
func (s *Slideshow) SetAsleep(a bool) {
	s.asleep.Store(a)
	s.poke()
}

// held reports whether the slide on screen stays: paused or asleep.
func (s *Slideshow) held() bool { return s.paused.Load() || s.asleep.Load() }

// sleeper wires the display's state to the window: the cover, the show,
// and a key or tap that wakes it.
func sleeper(w fyne.Window, show *Slideshow, wake func()) (cover *sleepCover, onChange func(on bool)) {
	cover = newSleepCover(wake)
	w.Canvas().SetOnTypedKey(func(*fyne.KeyEvent) { go wake() })
	onChange = func(on bool) {
		show.SetAsleep(!on)
		fyne.Do(func() {
			// While off the desktop's own power saving may have the screen:
			// the "keep the screen on" request is withdrawn, and made again.
			if drv, ok := fyne.CurrentApp().Driver().(interface{ SetDisableScreenBlanking(bool) }); ok {
				drv.SetDisableScreenBlanking(on) // on the UI goroutine: one at a time
			}
			if on {
				cover.Hide()
				w.Content().Refresh()
				return
			}
			// A layer hidden when its container was laid out has no size.
			cover.Resize(w.Canvas().Size())
			cover.Move(fyne.NewPos(0, 0))
			cover.Show()
			// The window is painted again only for what it is told changed.
			w.Content().Refresh()
		})
	}
	return cover, onChange
}

// wake is Power.Wake, or nothing without it.
func (d Deps) wake() {
	if d.Power != nil {
		d.Power.Wake()
	}
}

// runPower follows the display's power and the clock until ctx ends: the
// cover while off, the burn-in shift while on, and a new slide when the
// clock jumped.
func (dp *display) runPower(ctx context.Context) {
	off := func() bool { return false }
	if p := dp.deps.Power; p != nil {
		off = p.Off
		p.Notify(dp.powerChanged)
	}
	go burnInLoop(ctx, dp.root, off)
	for {
		select {
		case <-ctx.Done():
			return
		case <-dp.deps.ClockJumped: // a nil channel never fires
			dp.show.Next()
		}
	}
}
