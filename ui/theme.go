// Package ui is the kiosk's screen: the Fyne window, the slideshow and its
// transitions, the theme and fonts, and the UI strings in kk/ru/en.
package ui

import (
	_ "embed"
	"image/color"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Noto Sans 2.004: the 2.000 bundled with Fyne draws the Kazakh і without
// its dot.
var (
	//go:embed fonts/NotoSans-Regular.ttf
	notoRegular []byte
	//go:embed fonts/NotoSans-Bold.ttf
	notoBold []byte

	fontRegular = fyne.NewStaticResource("NotoSans-Regular.ttf", notoRegular)
	fontBold    = fyne.NewStaticResource("NotoSans-Bold.ttf", notoBold)
)

// Text sizes of the kiosk, beyond Fyne's own names.
const (
	sizeTitle   fyne.ThemeSizeName = "kioskTitle"   // slide titles
	sizeBody    fyne.ThemeSizeName = "kioskBody"    // slide body text, labels
	sizeCaption fyne.ThemeSizeName = "kioskCaption" // secondary lines
)

// kioskTheme is a dark, high-contrast theme whose sizes follow the screen:
// body text is 1/30 of the screen height on a landscape screen, so it reads
// from three metres.
type kioskTheme struct {
	// line is the body text size in pixels, set from the window height.
	line atomic.Uint32
	// floor is the smallest text of a slide: 1/30 of the screen's
	// shorter side (36 px at 1080p), read from three metres.
	floor atomic.Uint32
}

func newKioskTheme() *kioskTheme {
	t := &kioskTheme{}
	t.setScreen(1920, 1080)
	return t
}

// setScreen sets the sizes for a screen w x h pixels: body text 1/30 of the
// height, but no more than 1/20 of the width (on a portrait totem 1/30 of
// the height would leave a dozen words a line). It reports whether they
// changed.
func (t *kioskTheme) setScreen(w, h float32) bool {
	line := uint32(min(h/30, w/20) + 0.5)
	if line < 14 {
		line = 14
	}
	t.floor.Store(uint32(min(w, h)/30 + 0.5))
	return t.line.Swap(line) != line
}

var (
	colorBackground = color.NRGBA{R: 0x12, G: 0x14, B: 0x18, A: 0xff}
	colorForeground = color.NRGBA{R: 0xf5, G: 0xf5, B: 0xf2, A: 0xff}
	colorMuted      = color.NRGBA{R: 0xc4, G: 0xc8, B: 0xd0, A: 0xff}
	colorAccent     = color.NRGBA{R: 0xff, G: 0xb7, B: 0x1c, A: 0xff} // marigold: "now", highlights
	colorPanel      = color.NRGBA{R: 0x1d, G: 0x22, B: 0x2b, A: 0xff}
)

func (t *kioskTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameBackground:
		return colorBackground
	case theme.ColorNameForeground:
		return colorForeground
	case colorNameMuted:
		return colorMuted
	case colorNameAccent, theme.ColorNamePrimary, theme.ColorNameHyperlink:
		return colorAccent
	case theme.ColorNameButton, theme.ColorNameInputBackground, theme.ColorNameMenuBackground, theme.ColorNameOverlayBackground:
		return colorPanel
	case theme.ColorNameForegroundOnPrimary:
		return colorBackground
	case theme.ColorNameSeparator:
		return color.NRGBA{R: 0x3a, G: 0x40, B: 0x4a, A: 0xff}
	}
	return theme.DefaultTheme().Color(n, theme.VariantDark)
}

func (t *kioskTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return theme.DefaultTheme().Font(s)
	}
	if s.Bold {
		return fontBold
	}
	return fontRegular
}

func isTextSize(n fyne.ThemeSizeName) bool {
	switch n {
	case sizeTitle, sizeBody, sizeCaption, theme.SizeNameText, theme.SizeNameHeadingText,
		theme.SizeNameSubHeadingText, theme.SizeNameCaptionText:
		return true
	}
	return false
}

func (t *kioskTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (t *kioskTheme) Size(n fyne.ThemeSizeName) float32 {
	if base, f, ok := sizeScaled(n); ok { // text set to its space (wrap_text.go)
		v := t.Size(base) * f
		if isTextSize(base) {
			v = max(v, float32(t.floor.Load())) // never under the floor
		}
		return v
	}
	line := float32(t.line.Load())
	switch n {
	case theme.SizeNameText, sizeBody:
		return line
	case sizeTitle, theme.SizeNameHeadingText:
		return line * 1.6
	case theme.SizeNameSubHeadingText:
		return line * 1.25
	case sizeCaption, theme.SizeNameCaptionText:
		// Secondary lines are never under the floor.
		return max(line*0.8, float32(t.floor.Load()))
	case theme.SizeNamePadding:
		return line * 0.25
	case theme.SizeNameInnerPadding:
		return line * 0.4
	case theme.SizeNameLineSpacing:
		return line * 0.15
	case theme.SizeNameInlineIcon:
		return line
	case theme.SizeNameScrollBar:
		return line * 0.3
	case theme.SizeNameScrollBarSmall:
		return line * 0.1
	}
	return theme.DefaultTheme().Size(n)
}
