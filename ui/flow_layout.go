package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// flowLayout places objects left to right and wraps them into rows like
// words; a lineBreak object starts a new row. Its height depends on the
// width, so the owner sets width before asking MinSize.
type flowLayout struct {
	width float32
	gap   float32 // 0: a third of the body text size
}

// lineBreak is a flowLayout row break; it draws nothing.
type lineBreak struct{ widget.BaseWidget }

func newLineBreak() *lineBreak {
	l := &lineBreak{}
	l.ExtendBaseWidget(l)
	return l
}

func (l *lineBreak) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

func (f *flowLayout) spacing() float32 {
	if f.gap > 0 {
		return f.gap
	}
	return theme.Size(sizeBody) * 0.33
}

func (f *flowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := f.width
	if w <= 0 {
		w = 1 << 20
	}
	r := f.arrange(objs, w, false)
	return fyne.NewSize(r[0], r[1])
}

func (f *flowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	f.arrange(objs, size.Width, true)
}

// heightFor is the height of the objects laid out at width w.
func (f *flowLayout) heightFor(objs []fyne.CanvasObject, w float32) float32 {
	return f.arrange(objs, w, false)[1]
}

// arrange flows objs in width w, each row's objects centred on the row,
// placing them if doPlace is set, and returns the widest row and the total
// height.
func (f *flowLayout) arrange(objs []fyne.CanvasObject, w float32, doPlace bool) [2]float32 {
	gap := f.spacing()
	type cell struct {
		o fyne.CanvasObject
		x float32
		s fyne.Size
	}
	var (
		row           []cell
		x, y, widest  float32
		rowH, heights float32
	)
	flush := func() {
		if len(row) == 0 {
			return
		}
		if doPlace {
			for _, c := range row {
				place(c.o, fyne.NewPos(c.x, y+(rowH-c.s.Height)/2), c.s)
			}
		}
		widest = max(widest, x-gap)
		y += rowH + gap
		heights = y - gap
		row, x, rowH = row[:0], 0, 0
	}
	for _, o := range objs {
		if _, ok := o.(*lineBreak); ok {
			flush()
			continue
		}
		if !o.Visible() {
			continue
		}
		s := o.MinSize()
		s.Width = min(s.Width, w)
		if x > 0 && x+s.Width > w+0.5 { // 0.5: rounding of sizes
			flush()
		}
		row = append(row, cell{o, x, s})
		x += s.Width + gap
		rowH = max(rowH, s.Height)
	}
	flush()
	return [2]float32{widest, heights}
}
