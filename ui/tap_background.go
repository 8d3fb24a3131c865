package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// tapBackground is a full-size transparent target behind a view: a tap
// anywhere counts as activity and does not fall through to what is below.
type tapBackground struct {
	widget.BaseWidget
	fill  color.Color
	onTap func()
}

func newTapBackground(fill color.Color, onTap func()) *tapBackground {
	b := &tapBackground{fill: fill, onTap: onTap}
	b.ExtendBaseWidget(b)
	return b
}

func (b *tapBackground) Tapped(*fyne.PointEvent) {
	if b.onTap != nil {
		b.onTap()
	}
}

func (b *tapBackground) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(b.fill))
}
