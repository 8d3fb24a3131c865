package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestE2EScreens starts the built binary under Xvfb with an empty HOME, in
// landscape and portrait, and checks from outside that it wrote the demo
// content, took it in, and shows a fullscreen picture. make test builds the
// binary and sets KIOSK_E2E_BIN; screenshots go to KIOSK_E2E_SHOTS if set.
func TestE2EScreens(t *testing.T) {
	bin := os.Getenv("KIOSK_E2E_BIN")
	if bin == "" || testing.Short() {
		t.Skip("set KIOSK_E2E_BIN to a built kiosk binary (make test does)")
	}
	for _, tool := range []string{"Xvfb", "import", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is needed for the end-to-end test (make test-deps installs it)", tool)
		}
	}
	for i, screen := range []struct{ w, h int }{{1920, 1080}, {1080, 1920}} {
		t.Run(fmt.Sprintf("%dx%d", screen.w, screen.h), func(t *testing.T) {
			x := startXvfb(t, 70+i, screen.w, screen.h)
			home := t.TempDir()
			env := kioskEnv(home, x)
			k := exec.Command(bin, "run")
			k.Env = env
			var logs bytes.Buffer
			k.Stdout, k.Stderr = &logs, &logs
			if err := k.Start(); err != nil {
				t.Fatal(err)
			}
			defer func() {
				k.Process.Signal(syscall.SIGTERM)
				done := make(chan error, 1)
				go func() { done <- k.Wait() }()
				select {
				case <-done:
				case <-time.After(15 * time.Second):
					k.Process.Kill()
					t.Errorf("kiosk did not stop on SIGTERM within 15 s")
				}
				if t.Failed() {
					t.Logf("kiosk log:\n%s", logs.String())
				}
			}()

			shot, win := waitForPicture(t, x, 90*time.Second)
			if win.w != screen.w || win.h != screen.h || win.x != 0 || win.y != 0 {
				t.Errorf("kiosk window is %dx%d at %d,%d; want it to cover the %dx%d screen", win.w, win.h, win.x, win.y, screen.w, screen.h)
			}
			if dir := os.Getenv("KIOSK_E2E_SHOTS"); dir != "" {
				os.MkdirAll(dir, 0o755)
				os.WriteFile(filepath.Join(dir, fmt.Sprintf("kiosk-%dx%d.png", screen.w, screen.h)), shot, 0o644)
			}
			for _, p := range []string{"Kiosk/kiosk.toml", "Kiosk/artworks", "Kiosk/announcements", "Kiosk/clubs"} {
				if _, err := os.Stat(filepath.Join(home, p)); err != nil {
					t.Errorf("demo content not written: %v", err)
				}
			}
			// The same store, read by another process while the kiosk runs.
			st := exec.Command(bin, "status", "--json")
			st.Env = env
			out, err := st.Output()
			if err != nil {
				t.Fatalf("kiosk status: %v", err)
			}
			var status struct {
				Items map[string]int `json:"items"`
			}
			if err := json.Unmarshal(out, &status); err != nil {
				t.Fatalf("status JSON: %v\n%s", err, out)
			}
			if status.Items["artwork"] < 8 {
				t.Errorf("status counts %d artworks, want the demo's 8 or more", status.Items["artwork"])
			}
			if i == 0 {
				visitorSession(t, x, home)
			}
		})
	}
}

func kioskEnv(home, display string) []string {
	return []string{
		"HOME=" + home, "DISPLAY=" + display, "LANG=C.UTF-8", "PATH=" + os.Getenv("PATH"),
		"XDG_DATA_HOME=" + filepath.Join(home, ".local/share"),
		"XDG_CONFIG_HOME=" + filepath.Join(home, ".config"),
		"XDG_CACHE_HOME=" + filepath.Join(home, ".cache"),
		"XDG_RUNTIME_DIR=" + home,
	}
}

// startXvfb runs an X server on a free display from n up, for the test;
// KIOSK_E2E_DISPLAY=N starts the search at N instead, apart from other test
// runs on the same machine.
func startXvfb(t *testing.T, n, w, h int) string {
	t.Helper()
	if first, err := strconv.Atoi(os.Getenv("KIOSK_E2E_DISPLAY")); err == nil {
		n = first
	}
	for ; n < 1000; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
			continue
		}
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", n)); err == nil {
			continue
		}
		break
	}
	display := ":" + strconv.Itoa(n)
	// -noreset: by default Xvfb resets when its last client leaves, and a
	// client that connects during the reset (openbox right after the last
	// start's kiosk and openbox were stopped) fails to open the display.
	x := exec.Command("Xvfb", display, "-screen", "0", fmt.Sprintf("%dx%dx24", w, h), "-nolisten", "tcp", "-noreset")
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Process.Kill(); x.Wait() })
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
			return display
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("Xvfb %s did not start", display)
	return ""
}

type geometry struct{ x, y, w, h int }

// waitForPicture waits until the kiosk window is up and the screen shows a
// picture: many colours, not a blank or single-colour frame.
func waitForPicture(t *testing.T, display string, limit time.Duration) ([]byte, geometry) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	var last string
	for ; ctx.Err() == nil; time.Sleep(time.Second) {
		win, err := kioskWindow(ctx, display)
		if err != nil {
			last = err.Error()
			continue
		}
		shot, err := exec.CommandContext(ctx, "import", "-display", display, "-window", "root", "png:-").Output()
		if err != nil {
			last = "screenshot: " + err.Error()
			continue
		}
		img, err := png.Decode(bytes.NewReader(shot))
		if err != nil {
			last = "screenshot: " + err.Error()
			continue
		}
		if n := colours(img); n < 2000 {
			last = fmt.Sprintf("screen shows only %d colours", n)
			continue
		}
		return shot, win
	}
	t.Fatalf("no picture on screen within %v: %s", limit, last)
	return nil, geometry{}
}

func kioskWindow(ctx context.Context, display string) (geometry, error) {
	cmd := exec.CommandContext(ctx, "xdotool", "search", "--onlyvisible", "--name", "^Kiosk$")
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	out, err := cmd.Output()
	if err != nil {
		return geometry{}, fmt.Errorf("no kiosk window yet")
	}
	id := strings.Fields(string(out))[0]
	cmd = exec.CommandContext(ctx, "xdotool", "getwindowgeometry", "--shell", id)
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	out, err = cmd.Output()
	if err != nil {
		return geometry{}, err
	}
	var g geometry
	for _, line := range strings.Split(string(out), "\n") {
		k, v, _ := strings.Cut(line, "=")
		n, _ := strconv.Atoi(v)
		switch k {
		case "X":
			g.x = n
		case "Y":
			g.y = n
		case "WIDTH":
			g.w = n
		case "HEIGHT":
			g.h = n
		}
	}
	return g, nil
}

// colours counts distinct colours on a grid of the image (quantised a little).
func colours(img image.Image) int {
	seen := map[uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[(r>>10)<<12|(g>>10)<<6|bl>>10] = true
		}
	}
	return len(seen)
}

// visitorSession taps the screen as a visitor would: the club browser opens
// (the touch is logged), keys that close other programs do nothing, and the
// kiosk is still there once it has taken a tap made after them.
func visitorSession(t *testing.T, display, home string) {
	t.Helper()
	xdo := func(args ...string) {
		cmd := exec.Command("xdotool", args...)
		cmd.Env = append(os.Environ(), "DISPLAY="+display)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("xdotool %v: %v %s", args, err, out)
		}
	}
	db := filepath.Join(home, ".local/share/kiosk/kiosk.db")
	xdo("mousemove", "960", "600", "click", "1")
	if !waitForTouch(db, "open", 20*time.Second) {
		t.Fatal("a tap did not open the club browser (no touch logged)")
	}
	for _, keys := range []string{"Escape", "alt+F4", "ctrl+q", "ctrl+w", "super+q"} {
		xdo("key", keys)
	}
	// The browser's close button, top right on a 1920x1080 screen (body
	// text 36 px: a 83 px square 25 px in from the edge, in a header row
	// 15 px down). The kiosk handles input in order, so once this tap is
	// logged, the keys before it have been handled too.
	xdo("mousemove", "1853", "64", "click", "1")
	if !waitForTouch(db, "close", 20*time.Second) {
		t.Fatal("a tap on the close button after the keys was not logged")
	}
	if _, err := kioskWindow(context.Background(), display); err != nil {
		t.Fatalf("the kiosk window is gone after key presses: %v", err)
	}
}

// waitForTouch waits up to limit for a touch of event in the store.
func waitForTouch(db, event string, limit time.Duration) bool {
	for deadline := time.Now().Add(limit); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if countTouches(db, event) > 0 {
			return true
		}
	}
	return false
}

func countTouches(path, event string) int {
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro&_busy_timeout=5000")
	if err != nil {
		return 0
	}
	defer db.Close()
	var n int
	db.QueryRow(`SELECT count(*) FROM touches WHERE event = ?`, event).Scan(&n)
	return n
}
