package ui

import (
	"context"
	"image"
	"image/color"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/media"
	"github.com/shygarmashylyq/kiosk/slides"
)

// testClip makes a clip of testsrc2 pictures at 25 frames a second (extra:
// more of ffmpeg's options, e.g. a sound input), or skips the test without
// ffmpeg.
func testClip(t *testing.T, size string, secs int, extra ...string) string {
	t.Helper()
	if _, err := exec.LookPath("ffmpeg"); err != nil {
		t.Skip("ffmpeg not installed")
	}
	path := filepath.Join(t.TempDir(), "clip.mp4")
	args := append([]string{"-v", "error", "-f", "lavfi", "-i", "testsrc2=size=" + size + ":rate=25"}, extra...)
	args = append(args, "-t", strconv.Itoa(secs), "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", path)
	if b, err := exec.Command("ffmpeg", args...).CombinedOutput(); err != nil {
		t.Fatalf("ffmpeg: %v %s", err, b)
	}
	return path
}

// clipShow is a slideshow in a 1280×720 test window whose first slide is
// a clip of secs seconds (320×180, 25 frames a second), then pictures;
// shown hears of each slide put up, and ctx ends with the test.
func clipShow(t *testing.T, secs int) (*Slideshow, *clipSource, chan int64, context.Context) {
	t.Helper()
	path := testClip(t, "320x180", secs)
	src := &clipSource{clip: &kiosk.Clip{Path: path, Size: image.Pt(320, 180), FPS: 25, Frames: 25 * secs},
		poster: image.NewUniform(color.Gray{0x80}), played: map[int64]time.Duration{}}
	s, _ := newShowWindow(t, fyne.NewSize(1280, 720))
	shown := make(chan int64, 8)
	s.shown = func(it kiosk.Item) { shown <- it.ID }
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	return s, src, shown, ctx
}

// clipSource hands out a video slide, then pictures.
type clipSource struct {
	mu     sync.Mutex
	n      int64
	clip   *kiosk.Clip
	poster image.Image
	played map[int64]time.Duration
}

func (c *clipSource) Next(context.Context) (kiosk.Slide, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	sl := kiosk.Slide{Item: kiosk.Item{ID: c.n, Kind: kiosk.KindPoster, Title: slides.Plain("x"), Width: 320, Height: 180},
		Image: c.poster, Duration: time.Minute, Langs: slides.Langs}
	if c.n == 1 {
		sl.Video, sl.Duration = c.clip, time.Second
	}
	return sl, nil
}

func (c *clipSource) Still(context.Context, kiosk.Slide) bool { return true }

func (c *clipSource) Played(_ context.Context, it kiosk.Item, _ time.Time, d time.Duration) error {
	c.mu.Lock()
	c.played[it.ID] = d
	c.mu.Unlock()
	return nil
}

// TestVideoSlidePlays: a clip plays in the slide's picture, frame after
// frame at the size the screen shows it (no larger than the clip), and the
// show moves on when it ends, not when a picture's time would be up.
func TestVideoSlidePlays(t *testing.T) {
	s, src, shown, ctx := clipShow(t, 1)

	var mu sync.Mutex
	seen := map[*image.RGBA]bool{}
	var size image.Point
	s.frameShown = func(f *image.RGBA, scale canvas.ImageScale) {
		mu.Lock()
		defer mu.Unlock()
		seen[f] = true
		size = f.Rect.Size()
		if scale != canvas.ImageScaleFastest {
			t.Error("frames are scaled in software")
		}
	}
	go s.Run(ctx, src, func() []slides.Lang { return slides.Langs }, "")
	for id := range shown {
		if id == 2 {
			break
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if len(seen) < 2 {
		t.Fatalf("the clip's frames did not come up (%d buffers seen)", len(seen))
	}
	if len(seen) > 4 {
		t.Errorf("%d frame buffers: they are not reused", len(seen))
	}
	if size != image.Pt(320, 180) {
		t.Errorf("frames of %v, want the clip's 320×180 (the screen area is larger)", size)
	}
	src.mu.Lock()
	d := src.played[1]
	src.mu.Unlock()
	if d < 900*time.Millisecond || d > 5*time.Second {
		t.Errorf("the clip was on screen %v, want about its 1 s", d)
	}
}

// TestVideoDeletedWhilePlaying: the file goes mid-clip; the show moves on
// from the last frame at once.
func TestVideoDeletedWhilePlaying(t *testing.T) {
	s, src, shown, ctx := clipShow(t, 20)
	go s.Run(ctx, src, func() []slides.Lang { return slides.Langs }, "")
	<-shown
	time.Sleep(1500 * time.Millisecond)
	os.Remove(src.clip.Path)
	gone := time.Now()
	select {
	case id := <-shown:
		if id != 2 {
			t.Errorf("slide %d after the clip", id)
		}
		if d := time.Since(gone); d > 4*time.Second {
			t.Errorf("the show moved on %v after the file went", d)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("the show did not move on after the clip's file was deleted")
	}
}

// soundRecorder is a SoundControl and a media.Output that keep what they
// were told and given.
type soundRecorder struct {
	mu     sync.Mutex
	muted  bool
	clip   []bool
	rate   int
	bytes  int
	closed bool
}

func (r *soundRecorder) Muted() bool         { r.mu.Lock(); defer r.mu.Unlock(); return r.muted }
func (r *soundRecorder) SetMuted(m bool)     { r.mu.Lock(); r.muted = m; r.mu.Unlock() }
func (r *soundRecorder) SetBrowsing(bool)    {}
func (r *soundRecorder) SetClipSound(b bool) { r.mu.Lock(); r.clip = append(r.clip, b); r.mu.Unlock() }
func (r *soundRecorder) Name() string        { return "recorder" }
func (r *soundRecorder) Open(_ context.Context, rate int) (media.OutputStream, error) {
	r.mu.Lock()
	r.rate = rate
	r.mu.Unlock()
	return r, nil
}
func (r *soundRecorder) Write(_ context.Context, pcm []byte) error {
	r.mu.Lock()
	r.bytes += len(pcm)
	r.mu.Unlock()
	return nil
}
func (r *soundRecorder) Close() error { r.mu.Lock(); r.closed = true; r.mu.Unlock(); return nil }

// TestClipSound: a clip with sound on plays its sound, the music silenced
// meanwhile and back after; with staff mute nothing plays.
func TestClipSound(t *testing.T) {
	path := testClip(t, "160x90", 1, "-f", "lavfi", "-i", "sine=f=440", "-c:a", "aac", "-shortest")
	rec := &soundRecorder{}
	start := make(chan struct{})
	close(start)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	playClipSound(ctx, rec, rec, &kiosk.Clip{Path: path, Sound: true}, start)
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		rec.mu.Lock()
		done := len(rec.clip) == 2
		rec.mu.Unlock()
		if done {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	rec.mu.Lock()
	if len(rec.clip) != 2 || !rec.clip[0] || rec.clip[1] || rec.rate != 48000 || !rec.closed {
		t.Errorf("music told %v, stream rate %d closed %v", rec.clip, rec.rate, rec.closed)
	}
	if rec.bytes < 44000*4 {
		t.Errorf("%d bytes of sound, want about a second's", rec.bytes)
	}
	rec.clip, rec.bytes, rec.muted = nil, 0, true
	rec.mu.Unlock()
	playClipSound(ctx, rec, rec, &kiosk.Clip{Path: path, Sound: true}, start)
	time.Sleep(300 * time.Millisecond)
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if rec.bytes != 0 || len(rec.clip) != 0 {
		t.Errorf("muted by staff, yet %d bytes of sound and music told %v", rec.bytes, rec.clip)
	}
}

// fakeSink records the frames put into it.
type fakeSink struct {
	mu     sync.Mutex
	puts   int
	closed bool
}

func (f *fakeSink) Put(pix []byte, stride int) error {
	f.mu.Lock()
	f.puts++
	f.mu.Unlock()
	return nil
}

func (f *fakeSink) Close() { f.mu.Lock(); f.closed = true; f.mu.Unlock() }

// TestVideoOverlayGivesWay: frames go into the clip's own window, which is
// placed over the picture, fills its area, and closes as soon as the show
// is paused (a visitor opens the browser), the last frame left in the slide.
func TestVideoOverlayGivesWay(t *testing.T) {
	s, src, shown, ctx := clipShow(t, 20)
	sink := &fakeSink{}
	var place image.Rectangle
	s.newSink = func(r image.Rectangle) (frameSink, error) { place = r; return sink, nil }
	var last *image.RGBA
	s.frameShown = func(f *image.RGBA, _ canvas.ImageScale) { last = f }
	go s.Run(ctx, src, func() []slides.Lang { return slides.Langs }, "")
	<-shown
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		sink.mu.Lock()
		n := sink.puts
		sink.mu.Unlock()
		if n >= 10 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	// Enlarged to the picture's area (a poster fills it), not the clip's 320×180.
	if aspect := float64(place.Dx()) / float64(place.Dy()); place.Dx() <= 320 || aspect < 1.76 || aspect > 1.80 {
		t.Errorf("overlay at %v", place)
	}
	s.SetPaused(true)
	paused := time.Now()
	for time.Now().Before(deadline) {
		sink.mu.Lock()
		closed := sink.closed
		sink.mu.Unlock()
		if closed {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	sink.mu.Lock()
	defer sink.mu.Unlock()
	if !sink.closed {
		t.Fatal("the overlay stayed over the paused show")
	}
	if d := time.Since(paused); d > 3*time.Second {
		t.Errorf("the overlay closed %v after the pause", d)
	}
	if last == nil || last.Rect.Size() != place.Size() {
		t.Errorf("the slide was not handed the last frame (%v)", last)
	}
}
