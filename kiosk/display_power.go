package kiosk

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

// The ways the monitor is switched, as status names them.
const (
	powerDPMS  = "DPMS"
	powerBlack = "black window"
)

// findPower looks for DPMS on the X server (through xset, Debian
// x11-xserver-utils) and HDMI-CEC adapters (/dev/cec*, through cec-ctl,
// Debian v4l-utils). The notes say what was found and what is missing; the
// UI's black window is there in every case.
func findPower(ctx context.Context) ([]powerSwitch, []string) {
	var power []powerSwitch
	var notes []string
	switch ok, why := dpmsAvailable(ctx); {
	case ok:
		power = append(power, powerSwitch{name: powerDPMS, set: setDPMS, again: true})
		notes = append(notes, powerDPMS)
	default:
		notes = append(notes, powerBlack+" ("+why+")")
	}
	devs, _ := filepath.Glob("/dev/cec[0-9]*")
	if len(devs) > 0 {
		if _, err := exec.LookPath("cec-ctl"); err != nil {
			notes = append(notes, fmt.Sprintf("HDMI-CEC adapter %s not used: cec-ctl (Debian v4l-utils) is not installed", devs[0]))
		}
		for _, dev := range devs {
			if _, err := exec.LookPath("cec-ctl"); err == nil {
				power = append(power, cecSwitch(dev))
				notes = append(notes, "HDMI-CEC "+dev)
			}
		}
	}
	return power, notes
}

// dpmsAvailable asks the X server whether it has DPMS.
func dpmsAvailable(ctx context.Context) (bool, string) {
	if os.Getenv("DISPLAY") == "" {
		return false, "no X display"
	}
	if _, err := exec.LookPath("xset"); err != nil {
		return false, "xset (Debian x11-xserver-utils) is not installed"
	}
	out, err := exec.CommandContext(ctx, "xset", "q").CombinedOutput()
	switch {
	case err != nil:
		return false, "xset q: " + strings.TrimSpace(string(out))
	case bytes.Contains(out, []byte("DPMS is")):
		return true, ""
	default:
		return false, "the X server has no DPMS"
	}
}

// setDPMS switches the monitor through the X server. When on, the X
// server's own DPMS timeouts are cleared so it never blanks the show.
func setDPMS(ctx context.Context, on bool) error {
	steps := [][]string{{"dpms", "force", "off"}}
	if on {
		steps = [][]string{{"dpms", "force", "on"}, {"dpms", "0", "0", "0"}, {"s", "off"}}
	}
	for _, args := range steps {
		if out, err := exec.CommandContext(ctx, "xset", args...).CombinedOutput(); err != nil {
			return fmt.Errorf("xset %s: %w: %s", strings.Join(args, " "), err, bytes.TrimSpace(out))
		}
	}
	return nil
}

// cecSwitch puts the TV on an HDMI-CEC adapter into standby and back
// (logical address 0 is the TV).
func cecSwitch(dev string) powerSwitch {
	var once sync.Once
	var onceErr error
	return powerSwitch{name: "HDMI-CEC " + dev, set: func(ctx context.Context, on bool) error {
		once.Do(func() { onceErr = cecCtl(ctx, dev, "--playback") })
		if onceErr != nil {
			return onceErr
		}
		if on {
			return cecCtl(ctx, dev, "--to", "0", "--image-view-on")
		}
		return cecCtl(ctx, dev, "--to", "0", "--standby")
	}}
}

func cecCtl(ctx context.Context, dev string, args ...string) error {
	args = append([]string{"-d", dev}, args...)
	if out, err := exec.CommandContext(ctx, "cec-ctl", args...).CombinedOutput(); err != nil {
		return fmt.Errorf("cec-ctl %s: %w: %s", strings.Join(args, " "), err, bytes.TrimSpace(out))
	}
	return nil
}
