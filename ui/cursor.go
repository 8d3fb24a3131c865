package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// cursorHider is a transparent, top-most widget over the whole window that
// asks for a hidden cursor: Fyne has no window-level "hide cursor".
type cursorHider struct{ widget.BaseWidget }

var _ desktop.Cursorable = (*cursorHider)(nil)

func newCursorHider() *cursorHider {
	h := &cursorHider{}
	h.ExtendBaseWidget(h)
	return h
}

func (h *cursorHider) Cursor() desktop.Cursor { return desktop.HiddenCursor }

func (h *cursorHider) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(nil))
}

// screenWatcher follows the window size and scales the theme's text sizes
// to it (body text 1/30 of the screen height).
type screenWatcher struct {
	widget.BaseWidget
	theme    *kioskTheme
	onResize func(fyne.Size)
}

func newScreenWatcher(t *kioskTheme) *screenWatcher {
	s := &screenWatcher{theme: t}
	s.ExtendBaseWidget(s)
	return s
}

// minScreenSide: before its window is mapped the content is laid out at a
// stub size (100x100); sizing the theme to that, and back, would make Fyne
// drop its parsed fonts and measure every text three times at start-up.
const minScreenSide = 200

func (s *screenWatcher) Resize(size fyne.Size) {
	s.BaseWidget.Resize(size)
	if size.Width < minScreenSide || size.Height < minScreenSide {
		return
	}
	if s.onResize != nil {
		s.onResize(size)
	}
	if size.Height > 0 && s.theme.setScreen(size.Width, size.Height) {
		// Sizes changed: re-lay out everything with the new theme sizes,
		// after this layout pass rather than inside it.
		go fyne.Do(func() { fyne.CurrentApp().Settings().SetTheme(s.theme) })
	}
}

func (s *screenWatcher) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(nil))
}
