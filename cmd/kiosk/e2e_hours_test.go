package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// hoursTOML closes the centre at 20:00 on a Friday (2026-01-09) and keeps
// it closed over the weekend.
const hoursTOML = `timezone = "Asia/Almaty"
[durations]
artwork = 4
[hours]
mon-fri = "08:30-20:00"
sat-sun = "closed"
wake_minutes = 1
`

// TestE2EHoursXvfb runs `kiosk run --at` 15 seconds before closing under
// Xvfb, which has no DPMS: after closing the window is black and status
// says why and when it comes back; a tap brings the show back.
func TestE2EHoursXvfb(t *testing.T) {
	bin := e2eBin(t)
	x := startXvfb(t, 150, 1280, 720)
	closingSession(t, bin, x, false)
}

// TestE2EHoursXorgDummy runs the same under Xorg with the dummy driver, the
// real X path: `xset q` must say the monitor is off after closing and on
// after a tap, where that X server has DPMS.
func TestE2EHoursXorgDummy(t *testing.T) {
	bin := e2eBin(t)
	if os.Geteuid() != 0 {
		t.Skip("Xorg with the dummy driver needs root here")
	}
	if _, err := os.Stat("/usr/lib/xorg/modules/drivers/dummy_drv.so"); err != nil {
		t.Fatal("xserver-xorg-video-dummy is needed (make test-deps installs it)")
	}
	x := startXorgDummy(t, 155)
	q := xsetQ(t, x)
	if !strings.Contains(q, "DPMS is") {
		// Debian 12's xserver-xorg-video-dummy 0.4.0 sets no DPMS hook:
		// Xorg then leaves the extension out. The kiosk falls back to the
		// black window, which is then what this real Xorg must show.
		t.Logf("this Xorg's dummy driver has no DPMS (xset q: %q): checking the black window", lastLines(q, 2))
		closingSession(t, bin, x, false)
		return
	}
	closingSession(t, bin, x, true)
}

func e2eBin(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("KIOSK_E2E_BIN")
	if bin == "" || testing.Short() {
		t.Skip("set KIOSK_E2E_BIN to a built kiosk binary (make test does)")
	}
	for _, tool := range []string{"Xvfb", "import", "xdotool", "xset"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is needed for the end-to-end test (make test-deps installs it)", tool)
		}
	}
	return bin
}

type displayJSON struct {
	Display struct {
		State, Reason, Why, Next string
		Power                    []string
		Running                  bool
	} `json:"display"`
}

func closingSession(t *testing.T, bin, x string, dpms bool) {
	home := t.TempDir()
	env := kioskEnv(home, x)
	scan := exec.Command(bin, "scan")
	scan.Env = env
	if out, err := scan.CombinedOutput(); err != nil {
		t.Fatalf("kiosk scan: %v\n%s", err, out)
	}
	if err := os.WriteFile(filepath.Join(home, "Kiosk", "kiosk.toml"), []byte(hoursTOML), 0o644); err != nil {
		t.Fatal(err)
	}
	k := exec.Command(bin, "run", "--at", "2026-01-09 19:59:45")
	k.Env = env
	var logs bytes.Buffer
	k.Stdout, k.Stderr = &logs, &logs
	if err := k.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		k.Process.Signal(syscall.SIGTERM)
		k.Wait()
		if t.Failed() {
			t.Logf("kiosk log:\n%s", logs.String())
		}
	}()
	waitForPicture(t, x, 90*time.Second)
	st := waitDisplay(t, bin, env, "off", 60*time.Second)
	if st.Display.Reason != "closed" || st.Display.Next != "on at 08:20 Monday" || !strings.Contains(st.Display.Why, "opens at 08:30 Monday") {
		t.Errorf("status after closing: %+v; want closed, on at 08:20 Monday", st.Display)
	}
	if mean := screenMean(t, x); mean > 2 {
		t.Errorf("after closing the screen is not black: mean level %.1f", mean)
	}
	if dpms {
		waitXset(t, x, "Monitor is Off")
	} else if len(st.Display.Power) == 0 || !strings.Contains(st.Display.Power[0], "black window") {
		t.Errorf("status says the display is switched by %q; want the black window", st.Display.Power)
	}
	text := statusText(t, bin, env)
	if !strings.Contains(text, "display: off (closed; opens at 08:30 Monday), on at 08:20 Monday") {
		t.Errorf("kiosk status does not say the display is off and when it comes back:\n%s", text)
	}

	cmd := exec.Command("xdotool", "mousemove", "640", "360", "click", "1")
	cmd.Env = append(os.Environ(), "DISPLAY="+x)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("xdotool: %v %s", err, out)
	}
	st = waitDisplay(t, bin, env, "on", 20*time.Second)
	if st.Display.Reason != "touch" || !strings.HasPrefix(st.Display.Next, "off at 20:0") {
		t.Errorf("status after a tap: %+v; want on by a touch, off a minute later", st.Display)
	}
	if dpms {
		waitXset(t, x, "Monitor is On")
	}
	waitForPicture(t, x, 20*time.Second)

	// A bad value keeps the screen on, after closing too, and is reported.
	bad := strings.Replace(hoursTOML, `"08:30-20:00"`, `"08:30-25:00"`, 1)
	if err := os.WriteFile(filepath.Join(home, "Kiosk", "kiosk.toml"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for text = statusText(t, bin, env); time.Now().Before(deadline) && !strings.Contains(text, "bad_hours") && !strings.Contains(text, "[hours] not applied, the screen stays on"); text = statusText(t, bin, env) {
		time.Sleep(500 * time.Millisecond)
	}
	if !strings.Contains(text, "[hours] not applied, the screen stays on") || !strings.Contains(text, "unclear time range") {
		t.Errorf("a bad [hours] is not reported:\n%s", text)
	}
	for st = waitDisplay(t, bin, env, "on", 30*time.Second); st.Display.Reason != "bad_hours" && time.Now().Before(deadline.Add(30*time.Second)); {
		time.Sleep(500 * time.Millisecond)
		st = waitDisplay(t, bin, env, "on", 30*time.Second)
	}
	if st.Display.Reason != "bad_hours" {
		t.Errorf("with bad hours the display is %+v; want on because of them", st.Display)
	}
}

func statusText(t *testing.T, bin string, env []string) string {
	t.Helper()
	cmd := exec.Command(bin, "status")
	cmd.Env = env
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("kiosk status: %v", err)
	}
	return string(out)
}

// waitDisplay waits until a running kiosk's status says the display is
// state.
func waitDisplay(t *testing.T, bin string, env []string, state string, limit time.Duration) displayJSON {
	t.Helper()
	deadline := time.Now().Add(limit)
	var st displayJSON
	for time.Now().Before(deadline) {
		cmd := exec.Command(bin, "status", "--json")
		cmd.Env = env
		out, err := cmd.Output()
		if err == nil && json.Unmarshal(out, &st) == nil && st.Display.Running && st.Display.State == state {
			return st
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Fatalf("the display was not %s within %v: last status %+v", state, limit, st.Display)
	return st
}

// screenMean is the mean grey level of the screen (0-255).
func screenMean(t *testing.T, x string) float64 {
	t.Helper()
	img := rootShot(t, x)
	var sum, n float64
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			r, g, bl, _ := img.At(x, y).RGBA()
			sum += float64(r+g+bl) / 3 / 257
			n++
		}
	}
	return sum / n
}

func xsetQ(t *testing.T, x string) string {
	t.Helper()
	cmd := exec.Command("xset", "q")
	cmd.Env = append(os.Environ(), "DISPLAY="+x)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("xset q: %v %s", err, out)
	}
	return string(out)
}

func waitXset(t *testing.T, x, want string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	q := ""
	for time.Now().Before(deadline) {
		if q = xsetQ(t, x); strings.Contains(q, want) {
			return
		}
		time.Sleep(300 * time.Millisecond)
	}
	t.Errorf("xset q does not say %q: %s", want, lastLines(q, 3))
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], " / ")
}

// dummyConf is a minimal xorg.conf for the dummy driver at 1280x720.
const dummyConf = `Section "ServerFlags"
  Option "AutoAddDevices" "false"
  Option "AutoAddGPU" "false"
  Option "DontVTSwitch" "true"
EndSection
Section "Extensions"
  Option "DPMS" "Enable"
EndSection
Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 65536
EndSection
Section "Monitor"
  Identifier "monitor"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
  Modeline "1280x720" 74.25 1280 1390 1430 1650 720 725 730 750
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  Monitor "monitor"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Modes "1280x720"
  EndSubSection
EndSection
`

// startXorgDummy runs Xorg with the dummy driver on a free display from n.
func startXorgDummy(t *testing.T, n int) string {
	t.Helper()
	if first, err := strconv.Atoi(os.Getenv("KIOSK_E2E_DISPLAY")); err == nil {
		n = first + 5 // apart from the Xvfb displays of the same run
	}
	for ; n < 200; n++ {
		_, e1 := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n))
		_, e2 := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", n))
		if e1 != nil && e2 != nil {
			break
		}
	}
	dir := t.TempDir()
	conf := filepath.Join(dir, "xorg.conf")
	if err := os.WriteFile(conf, []byte(dummyConf), 0o644); err != nil {
		t.Fatal(err)
	}
	display := fmt.Sprintf(":%d", n)
	x := exec.Command("Xorg", display, "-config", conf, "-logfile", filepath.Join(dir, "xorg.log"),
		"-noreset", "-nolisten", "tcp")
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Process.Kill(); x.Wait() })
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for ctx.Err() == nil {
		cmd := exec.CommandContext(ctx, "xset", "q")
		cmd.Env = append(os.Environ(), "DISPLAY="+display)
		if cmd.Run() == nil {
			return display
		}
		time.Sleep(200 * time.Millisecond)
	}
	log, _ := os.ReadFile(filepath.Join(dir, "xorg.log"))
	t.Fatalf("Xorg %s did not start:\n%s", display, lastLines(string(log), 20))
	return ""
}
