package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// artLayout places an artwork and its label: on a landscape screen the label
// takes a column on the right, on a portrait screen a band below. The picture
// keeps its aspect ratio in the rest and is never cropped.
// Neither goes under the clubs button in the top-right corner.
// Objects: image, label panel, label, and a poster's QR code and its
// caption (poster_qr.go).
type artLayout struct{ corner *fyne.Size }

func (*artLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(100, 100) }

func (a *artLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	var corner fyne.Size
	if a.corner != nil {
		corner = *a.corner
	}
	img, panel, label := objs[0].(*canvas.Image), objs[1], objs[2]
	pad := theme.Size(theme.SizeNameText) * 0.9
	if len(objs) > 4 && posterQRLayout(img, objs[3], objs[4], size, corner) {
		panel.Resize(fyne.NewSize(0, 0))
		return
	}
	if !label.Visible() { // a poster: the whole screen, unless it reaches under the button
		fit := fitSize(img, size)
		if (size.Width+fit.Width)/2 > size.Width-corner.Width && (size.Height-fit.Height)/2 < corner.Height {
			fit = fitSize(img, fyne.NewSize(size.Width, size.Height-2*corner.Height))
		}
		place(img, fyne.NewPos((size.Width-fit.Width)/2, (size.Height-fit.Height)/2), fit)
		panel.Resize(fyne.NewSize(0, 0))
		return
	}
	if size.Width >= size.Height {
		// The label column is at least as wide as the button above it.
		col := max(size.Width*0.27, corner.Width)
		area := fyne.NewSize(size.Width-col, size.Height)
		fit := fitSize(img, area)
		// The picture sits against the column; the label starts where it ends.
		x := area.Width - fit.Width
		x /= 2
		place(img, fyne.NewPos(x, (size.Height-fit.Height)/2), fit)
		lx := x + fit.Width + pad
		lw := size.Width - lx - pad
		lh := label.MinSize().Height
		if lw > 0 {
			lh = labelHeight(label, lw)
		}
		label.Resize(fyne.NewSize(lw, lh))
		label.Move(shifted(fyne.NewPos(lx, size.Height-lh-pad*1.5)))
		panel.Resize(fyne.NewSize(0, 0))
		return
	}
	lw := size.Width - 2*pad
	lh := labelHeight(label, lw)
	top := max(pad, corner.Height) // the picture starts below the button
	area := fyne.NewSize(size.Width, size.Height-lh-2*pad-top)
	fit := fitSize(img, area)
	place(img, fyne.NewPos((size.Width-fit.Width)/2, top+(area.Height-fit.Height)/2), fit)
	label.Resize(fyne.NewSize(lw, lh))
	label.Move(shifted(fyne.NewPos(pad, size.Height-lh-pad*1.5)))
	panel.Resize(fyne.NewSize(0, 0))
}

// labelHeight is the height a wrapping label needs at width w.
func labelHeight(label fyne.CanvasObject, w float32) float32 {
	label.Resize(fyne.NewSize(w, label.Size().Height))
	return label.MinSize().Height
}

func place(o fyne.CanvasObject, pos fyne.Position, size fyne.Size) {
	o.Move(pos)
	o.Resize(size)
}

// fitSize is the largest size with the image's aspect ratio inside area.
func fitSize(img *canvas.Image, area fyne.Size) fyne.Size {
	if img.Image == nil {
		return area
	}
	b := img.Image.Bounds()
	iw, ih := float32(b.Dx()), float32(b.Dy())
	if iw <= 0 || ih <= 0 || area.Width <= 0 || area.Height <= 0 {
		return area
	}
	scale := min(area.Width/iw, area.Height/ih)
	return fyne.NewSize(iw*scale, ih*scale)
}

// marginLayout gives its one child the whole size less a margin of frac of
// the shorter side.
type marginLayout struct{ frac float32 }

func (m *marginLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return objs[0].MinSize()
}

func (m *marginLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	margin := min(size.Width, size.Height) * m.frac
	for _, o := range objs {
		o.Move(fyne.NewPos(margin, margin))
		o.Resize(fyne.NewSize(size.Width-2*margin, size.Height-2*margin))
	}
}

// belowCorner gives a text slide the whole size less a top band as high as
// the clubs button, so no heading runs under it.
type belowCorner struct{ corner *fyne.Size }

func (b *belowCorner) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	return m
}

func (b *belowCorner) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	top := b.corner.Height * 0.8 // the slide's own margin makes up the rest
	for _, o := range objs {
		place(o, fyne.NewPos(0, top), fyne.NewSize(size.Width, size.Height-top))
	}
}
