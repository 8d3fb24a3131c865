package ui

import (
	"errors"
	"fmt"
	"os"

	"github.com/go-gl/glfw/v3.4/glfw"

	"github.com/shygarmashylyq/kiosk/ui/xscreen"
)

// CheckDisplay reports an error when there is no display to open a window
// on: no X server at $DISPLAY (it is not up yet, or was restarted) and no
// Wayland compositor. Fyne would panic instead.
func CheckDisplay() error {
	if os.Getenv("WAYLAND_DISPLAY") != "" {
		return nil
	}
	display := os.Getenv("DISPLAY")
	if display == "" {
		return fmt.Errorf("DISPLAY is not set (run the kiosk in the graphical session)")
	}
	c, err := xscreen.Open()
	if err != nil {
		return fmt.Errorf("cannot connect to the X server %s", display)
	}
	c.Close()
	return nil
}

// ErrDisplayRefused: the toolkit could not connect to the X server even
// though CheckDisplay could a moment before (a busy server at start-up, a
// window manager grabbing it). A fresh start usually gets through.
var ErrDisplayRefused = errors.New("the X server refused the window toolkit's connection")

// toolkitReady reports whether GLFW (under Fyne) came up; Fyne only logs
// when it does not, and panics later.
func toolkitReady() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	glfw.GetPrimaryMonitor()
	return true
}

// endWhenServerGoes has the X server's going away (Xorg or the display
// manager restarted) call end, which must end the process: systemd starts
// the kiosk again, and until the display is back it ends at once, saying
// so (CheckDisplay).
func endWhenServerGoes(end func(display string)) {
	xscreen.OnServerGone(end)
}
