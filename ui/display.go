package ui

import (
	"errors"
	"fmt"
	"log/slog"
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

// clearStaleWMCheck takes away a dead window manager's mark on the root
// window, on which GLFW would abort as it starts (xscreen.ClearStaleWMCheck).
func clearStaleWMCheck() {
	if os.Getenv("DISPLAY") == "" {
		return
	}
	cleared, err := xscreen.ClearStaleWMCheck()
	switch {
	case err != nil:
		slog.Warn("cannot look for a dead window manager's mark on the screen", "err", err)
	case cleared:
		slog.Info("a window manager that is gone left its mark on the screen; removed it (GLFW would abort on it)")
	}
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
