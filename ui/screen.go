package ui

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.4/glfw"
)

// monitorSize is the primary monitor's current mode in pixels. GLFW is up
// once Fyne has made a window, and this runs on the main thread as GLFW
// wants: knowing the screen before the first layout sizes the text once,
// instead of re-theming (and re-parsing the fonts) when the window maps.
func monitorSize() (size fyne.Size, ok bool) {
	defer func() {
		if recover() != nil { // GLFW not initialised: no display
			ok = false
		}
	}()
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return fyne.Size{}, false
	}
	mode := m.GetVideoMode()
	if mode == nil || mode.Width <= 0 || mode.Height <= 0 {
		return fyne.Size{}, false
	}
	return fyne.NewSize(float32(mode.Width), float32(mode.Height)), true
}
