package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// xorgModesConf is an Xorg set-up with no graphics card (the dummy driver)
// and three modes xrandr can switch between: Xvfb cannot change size.
const xorgModesConf = `Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 64000
EndSection
Section "Monitor"
  Identifier "monitor"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
  Modeline "1920x1080" 148.50 1920 2008 2052 2200 1080 1084 1089 1125 +hsync +vsync
  Modeline "1280x720" 74.25 1280 1390 1430 1650 720 725 730 750 +hsync +vsync
  Modeline "1024x768" 65.00 1024 1048 1184 1344 768 771 777 806 -hsync -vsync
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  Monitor "monitor"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Modes "1280x720" "1920x1080" "1024x768"
    Virtual 1920 1080
  EndSubSection
EndSection
Section "ServerFlags"
  Option "AutoAddDevices" "false"
  Option "AutoEnableDevices" "false"
EndSection
`

// startXorgModes runs Xorg with the dummy driver on a free display from n up.
func startXorgModes(t *testing.T, n int) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("Xorg with the dummy driver needs root here")
	}
	if first, err := strconv.Atoi(os.Getenv("KIOSK_E2E_DISPLAY")); err == nil {
		n = first
	}
	for ; n < 1000; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err != nil {
			if _, err := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", n)); err != nil {
				break
			}
		}
	}
	dir := t.TempDir()
	conf := filepath.Join(dir, "xorg.conf")
	os.WriteFile(conf, []byte(xorgModesConf), 0o644)
	display := ":" + strconv.Itoa(n)
	x := exec.Command("Xorg", display, "-config", conf, "-noreset", "-nolisten", "tcp",
		"-logfile", filepath.Join(dir, "Xorg.log"), "-novtswitch", "-sharevts")
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Process.Kill(); x.Wait() })
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if err := xcmd(display, "xrandr", "-q").Run(); err == nil {
			return display
		}
		time.Sleep(100 * time.Millisecond)
	}
	log, _ := os.ReadFile(filepath.Join(dir, "Xorg.log"))
	t.Fatalf("Xorg %s did not start:\n%s", display, log)
	return ""
}

// TestE2EResolution changes the screen's resolution under a running show
// (the TV switched on later, another one plugged in), with no window
// manager and with openbox: each time, within 3 s, the window covers the
// new screen, fullscreen, with a picture, and `kiosk status` names the new
// monitor size.
func TestE2EResolution(t *testing.T) {
	bin := screenTestBin(t, "Xorg", "xrandr", "openbox")
	x := startXorgModes(t, 160)
	home, content := photoHome(t, bin)
	env := kioskEnv(home, x)
	k := startProc(t, env, bin, "run", "--content", content)
	waitWindow(t, x, 20*time.Second, k)
	sizes := [][2]int{{1920, 1080}, {1024, 768}, {1280, 720}}
	check := func(what string, w, h int, wantFS bool) {
		t.Helper()
		shot, took, err := waitFilled(x, w, h, wantFS, fillLimit)
		if err != nil {
			t.Errorf("%s: %v\nkiosk log:\n%s", what, err, tail(k.logs.String(), 20))
			return
		}
		t.Logf("%s: filled after %v", what, took.Round(10*time.Millisecond))
		saveShot(fmt.Sprintf("resolution-%s.png", what), shot)
		deadline := time.Now().Add(10 * time.Second)
		want := fmt.Sprintf("%dx%d+0+0", w, h)
		var got any
		for time.Now().Before(deadline) { // status is recorded every 5 s
			st := exec.Command(bin, "status", "--json", "--content", content)
			st.Env = env
			out, _ := st.Output()
			var status struct {
				Running map[string]any `json:"running"`
			}
			json.Unmarshal(out, &status)
			if got = status.Running["monitor"]; got == want {
				return
			}
			time.Sleep(500 * time.Millisecond)
		}
		t.Errorf("%s: kiosk status says the monitor is %v, want %s", what, got, want)
	}
	check("start-1280x720", 1280, 720, false)
	run := func(wm string, wantFS bool) {
		for _, s := range sizes {
			if out, err := xcmd(x, "xrandr", "-s", fmt.Sprintf("%dx%d", s[0], s[1])).CombinedOutput(); err != nil {
				t.Fatalf("xrandr -s: %v %s", err, out)
			}
			check(fmt.Sprintf("%s-%dx%d", wm, s[0], s[1]), s[0], s[1], wantFS)
		}
	}
	run("nowm", false)
	waitWM(t, x, "", startProc(t, env, "openbox"))
	check("openbox-1280x720", 1280, 720, true)
	run("openbox", true)
}
