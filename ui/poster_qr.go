package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/shygarmashylyq/kiosk/kiosk"
)

// A poster's `qr` (from its NAME.yml) is drawn beside it as an
// announcement's is: in a column on the right of a landscape screen, in a
// band below a portrait one, with "scan with your phone" under it. The
// poster keeps its aspect ratio in the rest of the screen.

func newPosterQR() (*canvas.Image, *widget.RichText) {
	qr := &canvas.Image{FillMode: canvas.ImageFillContain, ScaleMode: canvas.ImageScalePixels}
	caption := widget.NewRichText()
	caption.Wrapping = fyne.TextWrapWord
	qr.Hide()
	caption.Hide()
	return qr, caption
}

// showPosterQR shows the slide's QR code when it is a poster with one.
func (l *layer) showPosterQR(s kiosk.Slide) {
	if s.Item.Kind != kiosk.KindPoster || s.QR == nil {
		l.qr.Image = nil
		l.qr.Hide()
		l.qrCaption.Hide()
		return
	}
	l.qr.Image = s.QR
	l.qr.Show()
	l.qr.Refresh()
	l.qrCaption.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: tr(s.Langs[0], "scan.code", nil),
		Style: widget.RichTextStyle{SizeName: sizeCaption, Alignment: fyne.TextAlignCenter, ColorName: colorNameMuted}}}
	l.qrCaption.Show()
	l.qrCaption.Refresh()
}

// posterQRLayout places a poster with a QR code: objs are image, qr,
// caption. It reports false when the poster has no code to place.
func posterQRLayout(img *canvas.Image, qr, caption fyne.CanvasObject, size, corner fyne.Size) bool {
	if !qr.Visible() {
		return false
	}
	gap := theme.Size(sizeBody)
	if size.Width >= size.Height {
		side := min(size.Height*0.4, size.Width*0.25)
		caption.Resize(fyne.NewSize(side, caption.MinSize().Height))
		ch := caption.MinSize().Height
		x := size.Width - side - gap
		y := max((size.Height-side-ch)/2, corner.Height)
		place(qr, fyne.NewPos(x, y), fyne.NewSize(side, side))
		place(caption, fyne.NewPos(x, y+side), fyne.NewSize(side, ch))
		area := fyne.NewSize(x-gap, size.Height)
		fit := fitSize(img, area)
		place(img, fyne.NewPos((area.Width-fit.Width)/2, (size.Height-fit.Height)/2), fit)
		return true
	}
	side := min(size.Width*0.4, size.Height*0.2)
	caption.Resize(fyne.NewSize(size.Width-2*gap, caption.MinSize().Height))
	ch := caption.MinSize().Height
	y := size.Height - side - ch - gap
	place(qr, fyne.NewPos((size.Width-side)/2, y), fyne.NewSize(side, side))
	place(caption, fyne.NewPos(gap, y+side), fyne.NewSize(size.Width-2*gap, ch))
	top := corner.Height // below the clubs button
	area := fyne.NewSize(size.Width, y-gap-top)
	fit := fitSize(img, area)
	place(img, fyne.NewPos((size.Width-fit.Width)/2, top+(area.Height-fit.Height)/2), fit)
	return true
}
