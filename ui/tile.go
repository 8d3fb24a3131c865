package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// targetHeight is the least height of anything a visitor taps whose text
// has size name: 83 px for body text on a 1080 px landscape screen.
func targetHeight(name fyne.ThemeSizeName) float32 { return theme.Size(name) * 2.3 }

// tile is a touch target: a rounded rectangle around its content that acts
// on a tap. Chips, buttons and keys are tiles.
type tile struct {
	widget.BaseWidget
	bg       *canvas.Rectangle
	content  fyne.CanvasObject
	onTap    func()
	textSize fyne.ThemeSizeName // the size of its text, which sets its height
}

var _ fyne.Tappable = (*tile)(nil)

func newTile(content fyne.CanvasObject, fill color.Color, onTap func()) *tile {
	t := &tile{bg: canvas.NewRectangle(fill), content: content, onTap: onTap, textSize: sizeBody}
	t.ExtendBaseWidget(t)
	return t
}

// style sets the tile's fill and outline.
func (t *tile) style(fill, stroke color.Color) {
	t.bg.FillColor = fill
	t.bg.StrokeColor = stroke
	t.bg.StrokeWidth = 0
	if stroke != nil {
		t.bg.StrokeWidth = max(theme.Size(sizeBody)*0.09, 2)
	}
	t.bg.Refresh()
}

func (t *tile) Tapped(*fyne.PointEvent) {
	if t.onTap != nil {
		t.onTap()
	}
}

func (t *tile) CreateRenderer() fyne.WidgetRenderer { return &tileRenderer{t: t} }

type tileRenderer struct{ t *tile }

func (r *tileRenderer) pad() float32 { return theme.Size(sizeBody) * 0.2 }

func (r *tileRenderer) Layout(size fyne.Size) {
	r.t.bg.CornerRadius = min(theme.Size(sizeBody)*0.45, size.Height/2)
	// An outline is drawn across the edge: keep it inside the tile.
	sw := r.t.bg.StrokeWidth
	place(r.t.bg, fyne.NewPos(sw/2, sw/2), fyne.NewSize(size.Width-sw, size.Height-sw))
	c := r.t.content.MinSize()
	w := min(c.Width, size.Width-2*r.pad())
	place(r.t.content, fyne.NewPos((size.Width-w)/2, (size.Height-c.Height)/2), fyne.NewSize(w, c.Height))
}

// MinSize is the content and a margin, at least targetHeight high and as
// wide as high.
func (r *tileRenderer) MinSize() fyne.Size {
	c := r.t.content.MinSize()
	h := max(c.Height, targetHeight(r.t.textSize))
	return fyne.NewSize(max(c.Width+2*r.pad(), h), h)
}

func (r *tileRenderer) Refresh() {
	r.Layout(r.t.Size())
	r.t.bg.Refresh()
	r.t.content.Refresh()
}

func (r *tileRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.t.bg, r.t.content} }

func (r *tileRenderer) Destroy() {}
