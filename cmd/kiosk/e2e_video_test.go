package main

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestE2EVideo plays clips in the real window (issue 17): between the
// photos, a clip plays start to end in a window of its own over the slide,
// the screen changes from frame to frame mid-clip and is never blank, and a
// clip whose file is deleted while it plays gives way to the next slide at
// once, the show going on.
func TestE2EVideo(t *testing.T) {
	bin, display, content, env := photoScreen(t, 150, 1920, 1080, "ffmpeg")
	dir := filepath.Join(content, "artworks", "Photos")
	clip := func(name, size string, secs int) {
		t.Helper()
		out := filepath.Join(dir, name)
		if b, err := exec.Command("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size="+size+":rate=30",
			"-t", strconv.Itoa(secs), "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", out).CombinedOutput(); err != nil {
			t.Fatalf("ffmpeg: %v\n%s", err, b)
		}
	}
	clip("concert.mp4", "1280x720", 4)
	clip("robots.mp4", "1280x720", 30)
	clip("choir.mp4", "1280x720", 30)
	// Clubs, so a tap opens the club browser.
	os.MkdirAll(filepath.Join(content, "clubs"), 0o755)
	for _, f := range []string{"clubs.csv", "timetable.csv"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "kiosk", "demo", "clubs", f))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(content, "clubs", f), b, 0o644)
	}
	scan := exec.Command(bin, "scan", "--content", content)
	scan.Env = env
	if out, err := scan.CombinedOutput(); err != nil {
		t.Fatalf("kiosk scan: %v\n%s", err, out)
	}
	k := startProc(t, env, bin, "run", "--content", content)
	waitWindow(t, display, 30*time.Second, k)
	defer func() {
		if t.Failed() {
			t.Logf("kiosk log:\n%s", lastLines(k.logs.String(), 60))
		}
	}()

	// Mid-clip: two screenshots a moment apart, both pictures, and not
	// the same picture.
	playing := waitClip(t, k, 60*time.Second)
	time.Sleep(700 * time.Millisecond)
	a := rootShot(t, display)
	time.Sleep(400 * time.Millisecond)
	b := rootShot(t, display)
	if now := playingClip(k); now != playing {
		t.Logf("the clip ended between the screenshots (%q, then %q): not compared", playing, now)
	} else {
		saveShot("video-mid-clip.png", encodePNG(a))
		if n := colours(a); n < 20 {
			t.Errorf("mid-clip the screen shows %d colours", n)
		}
		if sameRegion(a, b) {
			t.Errorf("mid-clip (%s) the screen did not change in 400 ms", playing)
		}
	}

	// Both clips play to the end, in their own window.
	deadline := time.Now().Add(90 * time.Second)
	for !strings.Contains(k.logs.String(), `msg="video played" source=artworks/Photos/concert.mp4`) && time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
	}
	line := logLine(k.logs.String(), `msg="video played" source=artworks/Photos/concert.mp4`)
	if line == "" {
		t.Fatal("concert.mp4 did not play to its end")
	}
	if !strings.Contains(line, "overlay=true") || !strings.Contains(line, "decoded=120") {
		t.Errorf("concert.mp4: %s", line)
	}

	// robots.mp4 is deleted a second into its play.
	for playingClip(k) != "robots.mp4" && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	if playingClip(k) != "robots.mp4" {
		t.Fatal("robots.mp4 did not come up")
	}
	time.Sleep(time.Second)
	os.Remove(filepath.Join(dir, "robots.mp4"))
	gone := time.Now()
	for !strings.Contains(k.logs.String(), `msg="video skipped" source=artworks/Photos/robots.mp4`) && time.Since(gone) < 5*time.Second {
		time.Sleep(50 * time.Millisecond)
	}
	skipped := logLine(k.logs.String(), `msg="video skipped" source=artworks/Photos/robots.mp4`)
	if !strings.Contains(skipped, "deleted") {
		t.Fatalf("robots.mp4 deleted mid-clip: not skipped within 5 s (%q)", skipped)
	}
	// The show goes on: a picture, never a blank screen, and the kiosk
	// still runs.
	for range 6 {
		time.Sleep(500 * time.Millisecond)
		if n := colours(rootShot(t, display)); n < 20 {
			t.Errorf("after the deleted clip the screen shows %d colours", n)
		}
	}
	if k.exited() {
		t.Fatal("the kiosk ended")
	}

	// A visitor taps the screen while choir.mp4 plays: the tap reaches
	// the kiosk through the clip's window, the club browser opens over
	// the slide, and the clip stops under it (nothing of it left on top).
	for playingClip(k) != "choir.mp4" && time.Now().Before(deadline.Add(60*time.Second)) {
		time.Sleep(100 * time.Millisecond)
	}
	if playingClip(k) != "choir.mp4" {
		t.Fatal("choir.mp4 did not come up")
	}
	time.Sleep(time.Second)
	tap := xcmd(display, "xdotool", "mousemove", "700", "500", "click", "1")
	if out, err := tap.CombinedOutput(); err != nil {
		t.Fatalf("xdotool: %v %s", err, out)
	}
	db := filepath.Join(filepath.Dir(content), ".local/share/kiosk/kiosk.db")
	if !waitForTouch(db, "open", 10*time.Second) {
		t.Fatal("a tap on the playing clip did not open the club browser")
	}
	stopped := time.Now()
	for !strings.Contains(k.logs.String(), `msg="video ended early" source=artworks/Photos/choir.mp4`) && time.Since(stopped) < 5*time.Second {
		time.Sleep(50 * time.Millisecond)
	}
	if !strings.Contains(k.logs.String(), `msg="video ended early" source=artworks/Photos/choir.mp4`) {
		t.Fatal("the clip went on playing under the club browser")
	}
	time.Sleep(500 * time.Millisecond)
	c := rootShot(t, display)
	time.Sleep(500 * time.Millisecond)
	saveShot("video-browser-over-clip.png", encodePNG(c))
	if !sameRegion(c, rootShot(t, display)) {
		t.Error("the screen still moves under the club browser")
	}
}

// playingClip is the file name of the clip the kiosk's ffmpeg plays, "" if none.
func playingClip(k *proc) string {
	out, _ := exec.Command("pgrep", "-a", "-P", strconv.Itoa(k.cmd.Process.Pid), "ffmpeg").Output()
	for _, f := range strings.Fields(string(out)) {
		if strings.HasSuffix(f, ".mp4") {
			return filepath.Base(f)
		}
	}
	return ""
}

func waitClip(t *testing.T, k *proc, limit time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if c := playingClip(k); c != "" {
			return c
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no clip played within %v", limit)
	return ""
}

func rootShot(t *testing.T, display string) image.Image {
	t.Helper()
	shot, err := exec.Command("import", "-display", display, "-window", "root", "png:-").Output()
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	return img
}

func encodePNG(img image.Image) []byte {
	var b bytes.Buffer
	png.Encode(&b, img)
	return b.Bytes()
}

// sameRegion reports whether two screenshots are alike on a grid.
func sameRegion(a, b image.Image) bool {
	r := a.Bounds()
	diff := 0
	for y := r.Min.Y; y < r.Max.Y; y += 8 {
		for x := r.Min.X; x < r.Max.X; x += 8 {
			if a.At(x, y) != b.At(x, y) {
				diff++
			}
		}
	}
	return diff < 50
}

// logLine is the first line of logs holding s.
func logLine(logs, s string) string {
	for _, l := range strings.Split(logs, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}
