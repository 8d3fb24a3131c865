package ui

import (
	"image"
	"image/color"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// photoFrame shows a photo cropped to its frame with rounded corners, or
// while there is none, a coloured placeholder with an initial.
type photoFrame struct {
	widget.BaseWidget
	img     *canvas.Image
	ph      *canvas.Rectangle
	initial *canvas.Text
}

func newPhotoFrame(hue color.Color, name string) *photoFrame {
	p := &photoFrame{
		img:     &canvas.Image{FillMode: canvas.ImageFillCover, ScaleMode: canvas.ImageScaleSmooth},
		ph:      canvas.NewRectangle(hue),
		initial: canvas.NewText(capitalise(firstLetter(name)), colorBackground),
	}
	p.initial.TextStyle.Bold = true
	p.img.Hide()
	p.ExtendBaseWidget(p)
	return p
}

// firstLetter is the placeholder's letter: the first letter or digit of a
// name, past quotes and punctuation («Дарын» is Д).
func firstLetter(s string) string {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return string(r)
		}
	}
	return "?"
}

// setImage shows img, or the placeholder when img is nil.
func (p *photoFrame) setImage(img image.Image) {
	p.img.Image = img
	if img == nil {
		p.img.Hide()
		p.ph.Show()
		p.initial.Show()
	} else {
		p.img.Show()
		p.ph.Hide()
		p.initial.Hide()
	}
	p.Refresh()
}

func (p *photoFrame) CreateRenderer() fyne.WidgetRenderer { return &photoRenderer{p: p} }

type photoRenderer struct{ p *photoFrame }

func (r *photoRenderer) Layout(size fyne.Size) {
	radius := theme.Size(sizeBody) * 0.35
	r.p.img.CornerRadius, r.p.ph.CornerRadius = radius, radius
	place(r.p.img, fyne.NewPos(0, 0), size)
	place(r.p.ph, fyne.NewPos(0, 0), size)
	r.p.initial.TextSize = min(size.Width, size.Height) * 0.55
	s := r.p.initial.MinSize()
	place(r.p.initial, fyne.NewPos((size.Width-s.Width)/2, (size.Height-s.Height)/2), s)
}

func (r *photoRenderer) MinSize() fyne.Size { return fyne.NewSize(10, 10) }

func (r *photoRenderer) Refresh() {
	r.Layout(r.p.Size())
	r.p.img.Refresh()
	r.p.ph.Refresh()
	r.p.initial.Refresh()
}

func (r *photoRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.p.ph, r.p.initial, r.p.img}
}

func (r *photoRenderer) Destroy() {}
