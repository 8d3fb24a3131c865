package ui

import (
	"hash/fnv"
	"image/color"

	"github.com/shygarmashylyq/kiosk/slides"
)

// kindColors are the friendly colours of the usual kinds of club
// (slides.CategoryKind).
var kindColors = map[string]color.NRGBA{
	"technical": {R: 0x4f, G: 0xa3, B: 0xf7, A: 0xff}, // sky blue
	"art":       {R: 0xf2, G: 0x6d, B: 0x7d, A: 0xff}, // coral
	"music":     {R: 0xa8, G: 0x84, B: 0xf3, A: 0xff}, // violet
	"dance":     {R: 0xff, G: 0x9a, B: 0x3c, A: 0xff}, // orange
	"science":   {R: 0x4c, G: 0xc9, B: 0x8a, A: 0xff}, // green
	"sport":     {R: 0xef, G: 0x5b, B: 0x5b, A: 0xff}, // red
}

// otherColors go to the other categories, by a hash of their name.
var otherColors = []color.NRGBA{
	{R: 0x3c, G: 0xc8, B: 0xc8, A: 0xff}, // teal
	{R: 0xe8, G: 0x7b, B: 0xd0, A: 0xff}, // pink
	{R: 0xc9, G: 0xd4, B: 0x4a, A: 0xff}, // lime
}

// categoryColor is the colour of a category: its kind's, by what it is
// called, or else one of the others by a hash of its name.
func categoryColor(t slides.Text) color.NRGBA {
	if c, ok := kindColors[slides.CategoryKind(t)]; ok {
		return c
	}
	h := fnv.New32a()
	h.Write([]byte(slides.CategoryID(t)))
	return otherColors[int(h.Sum32()%uint32(len(otherColors)))]
}
