package main

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The screen end-to-end tests (issue 21): a window manager that starts with
// the kiosk, restarts or is replaced, and a resolution that changes, must
// leave a fullscreen picture within 3 s. They need KIOSK_E2E_BIN, as
// TestE2EScreens does.

// fillLimit is how soon the window must fill the screen again.
const fillLimit = 3 * time.Second

func screenTestBin(t *testing.T, tools ...string) string {
	t.Helper()
	bin := os.Getenv("KIOSK_E2E_BIN")
	if bin == "" || testing.Short() {
		t.Skip("set KIOSK_E2E_BIN to a built kiosk binary (make test does)")
	}
	for _, tool := range append([]string{"Xvfb", "import", "xdotool", "xprop", "xwininfo"}, tools...) {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is needed for the end-to-end test (make test-deps installs it)", tool)
		}
	}
	return bin
}

// photoHome is a HOME whose content folder holds a few photo-like JPEGs
// (gradients and noise: thousands of colours), already scanned, so a kiosk
// started on it shows its first picture at once.
func photoHome(t *testing.T, bin string) (home, content string) {
	t.Helper()
	home = t.TempDir()
	content = filepath.Join(home, "Kiosk")
	dir := filepath.Join(content, "artworks", "Photos")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(content, "kiosk.toml"), []byte("[durations]\nartwork = 4\n"), 0o644)
	r := rand.New(rand.NewPCG(21, 21))
	for i := range 5 {
		img := image.NewRGBA(image.Rect(0, 0, 640, 400))
		for y := range 400 {
			for x := range 640 {
				img.Set(x, y, color.RGBA{uint8(x*255/640 + i*40), uint8(y * 255 / 400), uint8(r.IntN(256)), 255})
			}
		}
		var b bytes.Buffer
		jpeg.Encode(&b, img, &jpeg.Options{Quality: 85})
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("photo%d.jpg", i)), b.Bytes(), 0o644)
	}
	scan := exec.Command(bin, "scan", "--content", content)
	scan.Env = kioskEnv(home, ":0")
	if out, err := scan.CombinedOutput(); err != nil {
		t.Fatalf("kiosk scan: %v\n%s", err, out)
	}
	return home, content
}

// proc is a program the test started and stops.
type proc struct {
	cmd  *exec.Cmd
	logs *bytes.Buffer
}

// photoScreen is the set-up of a test of the kiosk on a screen of its own:
// the built kiosk (with tools on the PATH), an Xvfb of w x h from display
// number n, a home with the test photos, and the kiosk's environment.
func photoScreen(t *testing.T, n, w, h int, tools ...string) (bin, display, content string, env []string) {
	t.Helper()
	bin = screenTestBin(t, tools...)
	display = startXvfb(t, n, w, h)
	home, content := photoHome(t, bin)
	return bin, display, content, kioskEnv(home, display)
}

// exited says whether the program has ended (a zombie not yet waited for
// counts: its /proc stat says Z).
func (p *proc) exited() bool {
	if p.cmd.ProcessState != nil {
		return true
	}
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", p.cmd.Process.Pid))
	if err != nil {
		return true
	}
	if i := bytes.LastIndexByte(stat, ')'); i >= 0 && i+2 < len(stat) {
		return stat[i+2] == 'Z'
	}
	return false
}

func startProc(t *testing.T, env []string, name string, args ...string) *proc {
	t.Helper()
	p := &proc{cmd: exec.Command(name, args...), logs: &bytes.Buffer{}}
	p.cmd.Env = env
	p.cmd.Stdout, p.cmd.Stderr = p.logs, p.logs
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", name, err)
	}
	t.Cleanup(p.stop)
	return p
}

// stop ends the program (SIGTERM, then SIGKILL) and waits for it.
func (p *proc) stop() {
	if p.cmd.ProcessState != nil || p.cmd.Process == nil {
		return
	}
	p.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { p.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		p.cmd.Process.Kill()
		<-done
	}
}

func xcmd(display string, name string, args ...string) *exec.Cmd {
	c := exec.Command(name, args...)
	c.Env = append(os.Environ(), "DISPLAY="+display)
	return c
}

// windowState is the kiosk window's geometry and whether a window manager
// holds it fullscreen (_NET_WM_STATE).
func windowState(display string) (geometry, bool, error) {
	g, err := kioskWindow(context.Background(), display)
	if err != nil {
		return g, false, err
	}
	out, err := xcmd(display, "xdotool", "search", "--onlyvisible", "--name", "^Kiosk$").Output()
	if err != nil || len(strings.Fields(string(out))) == 0 {
		return g, false, fmt.Errorf("no kiosk window")
	}
	st, _ := xcmd(display, "xprop", "-id", strings.Fields(string(out))[0], "_NET_WM_STATE").Output()
	return g, strings.Contains(string(st), "_NET_WM_STATE_FULLSCREEN"), nil
}

// wmCheck is the running window manager's check window, "" for none.
func wmCheck(display string) string {
	out, _ := xcmd(display, "xprop", "-root", "_NET_SUPPORTING_WM_CHECK").Output()
	s := string(out)
	if i := strings.Index(s, "# "); i >= 0 {
		return strings.TrimSpace(s[i+2:])
	}
	return ""
}

// waitFilled waits until the kiosk window covers the w x h screen and is
// held fullscreen (when a window manager runs: wantFS), within limit; then
// until a screenshot shows a picture (a screenshot takes its time on a
// busy machine, and the first slide of a start its own). It returns the
// screenshot and how long the window took, or what it saw last.
func waitFilled(display string, w, h int, wantFS bool, limit time.Duration) ([]byte, time.Duration, error) {
	start := time.Now()
	last := "nothing seen"
	var took time.Duration
	for took == 0 {
		if time.Since(start) > limit {
			return nil, time.Since(start), fmt.Errorf("the window did not fill the screen within %v: %s", limit, last)
		}
		g, fs, err := windowState(display)
		switch {
		case err != nil:
			last = err.Error()
		case g != (geometry{0, 0, w, h}):
			last = fmt.Sprintf("window %dx%d+%d+%d on a %dx%d screen", g.w, g.h, g.x, g.y, w, h)
		case wantFS && !fs:
			last = "the window manager does not hold the window fullscreen"
		default:
			took = time.Since(start)
			continue
		}
		time.Sleep(100 * time.Millisecond)
	}
	again := 0
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if g, fs, err := windowState(display); err != nil || g != (geometry{0, 0, w, h}) || (wantFS && !fs) {
			// Fyne re-sizes its window for a new monitor's scale a moment
			// after: it must be put right again within the same limit.
			if again > 0 {
				return nil, took, fmt.Errorf("the window filled the screen after %v, then no longer, twice (%+v, fullscreen %v, %v)", took, g, fs, err)
			}
			again++
			_, retook, err := waitFilled(display, w, h, wantFS, limit)
			if err != nil {
				return nil, took, fmt.Errorf("the window filled the screen after %v, then no longer, and: %v", took, err)
			}
			took += retook
			continue
		}
		shot, err := xcmd(display, "import", "-window", "root", "png:-").Output()
		if err != nil {
			last = "screenshot: " + err.Error()
			continue
		}
		img, err := png.Decode(bytes.NewReader(shot))
		if err != nil {
			last = "screenshot: " + err.Error()
			continue
		}
		if b := img.Bounds(); b.Dx() != w || b.Dy() != h {
			last = fmt.Sprintf("screenshot %dx%d", b.Dx(), b.Dy())
			continue
		}
		if n := colours(img); n < 500 {
			last = fmt.Sprintf("the screen shows only %d colours", n)
			continue
		}
		return shot, took, nil
	}
	return nil, took, fmt.Errorf("the window filled the screen after %v but showed no picture: %s", took, last)
}

func saveShot(name string, shot []byte) {
	if dir := os.Getenv("KIOSK_E2E_SHOTS"); dir != "" && shot != nil {
		os.MkdirAll(dir, 0o755)
		os.WriteFile(filepath.Join(dir, name), shot, 0o644)
	}
}

// waitWindow waits for the kiosk's window to exist (the start-up).
func waitWindow(t *testing.T, display string, limit time.Duration, k *proc) time.Time {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if _, err := kioskWindow(context.Background(), display); err == nil {
			return time.Now()
		}
		time.Sleep(100 * time.Millisecond)
	}
	k.cmd.Process.Signal(syscall.SIGQUIT) // a goroutine dump, into the log
	time.Sleep(time.Second)
	t.Fatalf("no kiosk window within %v; kiosk log:\n%s", limit, k.logs.String())
	return time.Time{}
}

// waitWM waits for the window manager wm to be up: a check window on the
// root other than old (the one before it).
func waitWM(t *testing.T, display, old string, wm *proc) time.Time {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if c := wmCheck(display); c != "" && c != old {
			return time.Now()
		}
		time.Sleep(50 * time.Millisecond)
	}
	state := "still running"
	if wm.exited() {
		state = "it has exited"
	}
	t.Fatalf("the window manager did not come up within 10 s (%s); its log:\n%s", state, wm.logs.String())
	return time.Time{}
}
