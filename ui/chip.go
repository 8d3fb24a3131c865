package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// chip is a tile with a text, an icon, or both, whose look shows whether
// it is chosen.
type chip struct {
	*tile
	text *widget.RichText // nil for an icon alone
}

func newChip(icon fyne.Resource, onTap func()) *chip {
	text := widget.NewRichText()
	var content fyne.CanvasObject = text
	if icon != nil {
		content = container.New(&flowLayout{}, widget.NewIcon(icon), text)
	}
	return &chip{tile: newTile(content, colorPanel, onTap), text: text}
}

func newIconChip(icon fyne.Resource, onTap func()) *chip {
	return &chip{tile: newTile(widget.NewIcon(icon), colorPanel, onTap)}
}

// set writes the label and the look: a chosen chip is filled with hue
// (marigold if nil); ring outlines an unchosen one in hue.
func (c *chip) set(label string, chosen bool, hue color.Color, ring bool) {
	if hue == nil {
		hue = colorAccent
	}
	fg := fyne.ThemeColorName("")
	switch {
	case chosen:
		fg = theme.ColorNameForegroundOnPrimary
		c.style(hue, nil)
	case ring:
		c.style(colorPanel, hue)
	default:
		c.style(colorPanel, nil)
	}
	if c.text != nil {
		c.text.Segments = []widget.RichTextSegment{seg(label, c.textSize, true, fg)}
		c.text.Refresh()
	}
	c.tile.Refresh()
}

// label is the chip's text.
func (c *chip) label() string {
	if c.text == nil {
		return ""
	}
	return c.text.String()
}
