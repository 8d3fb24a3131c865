package ui

import (
	"fyne.io/fyne/v2"
)

// fitScale sizes a slide's text to its space: a timetable of three
// sessions or a short announcement is set larger until it fills the
// height it has, a long one smaller until it fits, but no text under the
// theme's floor (1/30 of the screen's shorter side). It scales the
// wrapTexts inside content, trying from the largest scale down.
func fitScale(content fyne.CanvasObject, least, most float32) fyne.CanvasObject {
	return &fyne.Container{Layout: &fitLayout{least: least, most: most}, Objects: []fyne.CanvasObject{content}}
}

// fitLayout finds the largest scale in least..most (in steps of 0.1) at
// which its one object's height fits, and lays it out at that scale.
type fitLayout struct {
	least, most float32
	size        fyne.Size // the size the scale was found for
	scale       float32
	busy        bool
}

func (l *fitLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(0, 0) }

func (l *fitLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if l.busy || size.Width <= 0 || size.Height <= 0 {
		return
	}
	if size == l.size {
		place(objs[0], fyne.NewPos(0, 0), size)
		return
	}
	l.busy = true
	defer func() { l.busy = false }()
	l.size = size
	f := l.most
	for ; f > l.least; f -= 0.1 {
		if l.fits(objs[0], f, size) {
			break
		}
	}
	l.fits(objs[0], max(f, l.least), size)
	place(objs[0], fyne.NewPos(0, 0), size)
}

// fits sets scale f and reports whether o's height fits size.
func (l *fitLayout) fits(o fyne.CanvasObject, f float32, size fyne.Size) bool {
	l.scale = f
	setScale(o, f)
	o.Resize(size)
	// Twice, top down: wrapping texts learn their widths in the first pass
	// and give their heights in the second.
	relayout(o)
	relayout(o)
	return o.MinSize().Height <= size.Height
}

// relayout lays out every container under o at its size again, even where
// Resize would see no change of size.
func relayout(o fyne.CanvasObject) {
	c, ok := o.(*fyne.Container)
	if !ok {
		return
	}
	if c.Layout != nil {
		c.Layout.Layout(c.Objects, c.Size())
	}
	for _, child := range c.Objects {
		relayout(child)
	}
}

// setScale scales every wrapText under o.
func setScale(o fyne.CanvasObject, f float32) {
	switch o := o.(type) {
	case *wrapText:
		o.setScale(f)
	case *fyne.Container:
		for _, c := range o.Objects {
			setScale(c, f)
		}
	}
}
