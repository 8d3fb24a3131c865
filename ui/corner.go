package ui

import (
	"image/color"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// CornerPress is the staff's hidden door: a transparent square for the
// top-left corner of the window that calls onLongPress when it is held down
// for the hold time. Fyne delivers a finger on a touchscreen as mouse events,
// so one MouseDown/MouseUp pair serves both. A short tap calls OnTap, if set
// (the corner swallows taps, so the app may pass them on).
type CornerPress struct {
	widget.BaseWidget

	// OnTap, if set, is called for a tap that was not a long press.
	OnTap func()

	hold        time.Duration
	onLongPress func()

	// after starts the hold timer and returns its stop (time.AfterFunc's;
	// tests fire it by hand).
	after func(d time.Duration, f func()) (stop func() bool)

	mu        sync.Mutex // the timer fires on its own goroutine
	gen       int        // counts presses; a timer fires only for its own press
	down      bool
	fired     bool
	stopTimer func() bool
}

var (
	_ desktop.Mouseable = (*CornerPress)(nil)
	_ fyne.Tappable     = (*CornerPress)(nil)
)

// NewCornerPress makes a corner that calls onLongPress (on the UI goroutine)
// after a press held for hold.
func NewCornerPress(hold time.Duration, onLongPress func()) *CornerPress {
	c := &CornerPress{hold: hold, onLongPress: onLongPress, after: afterFunc}
	c.ExtendBaseWidget(c)
	return c
}

// Layer is the corner placed in the top-left of a window-sized layer: put it
// on top of the window's other content (it catches events only in the
// corner).
func (c *CornerPress) Layer() fyne.CanvasObject { return container.New(cornerLayout{}, c) }

// MouseDown starts the hold timer.
func (c *CornerPress) MouseDown(*desktop.MouseEvent) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	gen := c.gen
	c.down, c.fired = true, false
	if c.stopTimer != nil {
		c.stopTimer()
	}
	c.stopTimer = c.after(c.hold, func() { fyne.Do(func() { c.fire(gen) }) })
}

func afterFunc(d time.Duration, f func()) func() bool { return time.AfterFunc(d, f).Stop }

// MouseUp cancels the hold timer.
func (c *CornerPress) MouseUp(*desktop.MouseEvent) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.down = false
	c.gen++
	if c.stopTimer != nil {
		c.stopTimer()
		c.stopTimer = nil
	}
}

// Tapped passes a short tap on to OnTap; the release of a long press is not
// a tap.
func (c *CornerPress) Tapped(*fyne.PointEvent) {
	c.mu.Lock()
	fired := c.fired
	c.fired = false
	c.mu.Unlock()
	if !fired && c.OnTap != nil {
		c.OnTap()
	}
}

func (c *CornerPress) fire(gen int) {
	c.mu.Lock()
	ok := c.down && c.gen == gen
	if ok {
		c.fired = true
	}
	c.mu.Unlock()
	if ok && c.onLongPress != nil {
		c.onLongPress()
	}
}

// CreateRenderer draws nothing.
func (c *CornerPress) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// cornerSide is the side of the hidden corner: 120 px on a 1080 px screen.
func cornerSide() float32 { return theme.Size(sizeBody) * 3.33 }

// cornerLayout puts its one object in the top-left corner.
type cornerLayout struct{}

func (cornerLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(0, 0) }

func (cornerLayout) Layout(objs []fyne.CanvasObject, _ fyne.Size) {
	s := cornerSide()
	for _, o := range objs {
		place(o, fyne.NewPos(0, 0), fyne.NewSize(s, s))
	}
}
