package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// dragScroll is a vertical scroll that also follows a mouse drag: Fyne's
// Scroll follows touch drags on mobile drivers only, and a touchscreen on a
// desktop arrives as a mouse. The wheel is handled by the inner Scroll.
type dragScroll struct {
	widget.BaseWidget
	scroll     *container.Scroll
	onActivity func()
}

var _ fyne.Draggable = (*dragScroll)(nil)

func newDragScroll(content fyne.CanvasObject, onActivity func()) *dragScroll {
	d := &dragScroll{scroll: container.NewVScroll(content), onActivity: onActivity}
	d.scroll.OnScrolled = func(fyne.Position) { d.activity() }
	d.ExtendBaseWidget(d)
	return d
}

func (d *dragScroll) Dragged(e *fyne.DragEvent) {
	limit := d.scroll.Content.MinSize().Height - d.scroll.Size().Height
	y := min(max(d.scroll.Offset.Y-e.Dragged.DY, 0), max(limit, 0))
	d.scroll.ScrollToOffset(fyne.NewPos(d.scroll.Offset.X, y))
	d.activity()
}

func (d *dragScroll) DragEnd() {}

// top scrolls back to the start.
func (d *dragScroll) top() { d.scroll.ScrollToTop() }

func (d *dragScroll) activity() {
	if d.onActivity != nil {
		d.onActivity()
	}
}

func (d *dragScroll) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(d.scroll)
}

// swipeArea turns a horizontal drag over its content into "next" (a swipe to
// the left, dir +1) or "previous" (dir -1).
type swipeArea struct {
	widget.BaseWidget
	content  fyne.CanvasObject
	dx       float32
	onSwipe  func(dir int)
	onActive func()
}

var _ fyne.Draggable = (*swipeArea)(nil)

func newSwipeArea(content fyne.CanvasObject, onSwipe func(dir int), onActive func()) *swipeArea {
	s := &swipeArea{content: content, onSwipe: onSwipe, onActive: onActive}
	s.ExtendBaseWidget(s)
	return s
}

func (s *swipeArea) Dragged(e *fyne.DragEvent) {
	s.dx += e.Dragged.DX
	if s.onActive != nil {
		s.onActive()
	}
}

func (s *swipeArea) DragEnd() {
	threshold := max(s.Size().Width*0.06, 40)
	dx := s.dx
	s.dx = 0
	switch {
	case dx <= -threshold:
		s.onSwipe(1)
	case dx >= threshold:
		s.onSwipe(-1)
	}
}

func (s *swipeArea) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(s.content)
}
