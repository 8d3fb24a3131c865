package media

import (
	"context"
	"errors"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// needFFmpeg skips a test on a machine without ffmpeg (make test-deps
// installs it).
func needFFmpeg(t testing.TB) {
	t.Helper()
	for _, tool := range []string{"ffmpeg", "ffprobe"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
}

var clipMu sync.Mutex

// makeClip renders a test clip with ffmpeg's lavfi sources into dir, once
// per name: args are ffmpeg's, between the inputs and the output.
func makeClip(t testing.TB, dir, name string, args ...string) string {
	t.Helper()
	needFFmpeg(t)
	clipMu.Lock()
	defer clipMu.Unlock()
	out := filepath.Join(dir, name)
	if _, err := os.Stat(out); err == nil {
		return out
	}
	all := append([]string{"-v", "error", "-y"}, args...)
	all = append(all, out)
	if b, err := exec.Command("ffmpeg", all...).CombinedOutput(); err != nil {
		t.Fatalf("ffmpeg %v: %v\n%s", all, err, b)
	}
	return out
}

func testsrc(size string, rate string, secs string) []string {
	return []string{"-f", "lavfi", "-i", "testsrc2=size=" + size + ":rate=" + rate, "-t", secs,
		"-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"}
}

func TestProbeVideo(t *testing.T) {
	dir := t.TempDir()
	clip := makeClip(t, dir, "clip.mp4", testsrc("320x180", "25", "2")...)
	info, err := ProbeVideo(context.Background(), clip, VideoLimits{})
	if err != nil {
		t.Fatal(err)
	}
	if info.Codec != "h264" || info.Width != 320 || info.Height != 180 || info.Rotation != 0 ||
		info.FrameRate != 25 || info.Frames != 50 || info.Duration != 2*time.Second {
		t.Errorf("info = %+v", info)
	}
	if info.CodecName() != "H.264" {
		t.Errorf("codec name %q", info.CodecName())
	}

	// A phone held upright: stored 320×180, turned by its display matrix.
	rot := makeClip(t, dir, "rot.mp4", "-i", clip, "-c", "copy", "-metadata:s:v:0", "rotate=90")
	info, err = ProbeVideo(context.Background(), rot, VideoLimits{})
	if err != nil {
		t.Fatal(err)
	}
	if w, h := info.Upright(); w != 180 || h != 320 || info.Rotation%180 != 90 {
		t.Errorf("rotated: %+v, upright %d×%d", info, w, h)
	}

	// A long clip, and a large one, against the limits.
	_, err = ProbeVideo(context.Background(), clip, VideoLimits{MaxDuration: time.Second})
	wantVideoKind(t, err, VideoTooLong)
	_, err = ProbeVideo(context.Background(), clip, VideoLimits{MaxPixels: 320 * 100})
	wantVideoKind(t, err, VideoTooLarge)
}

func TestProbeVideoRefusals(t *testing.T) {
	dir := t.TempDir()
	clip := makeClip(t, dir, "clip.mp4", testsrc("320x180", "25", "4")...)
	data, err := os.ReadFile(clip)
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// Index first (as ffmpeg's faststart writes it), then cut: the start
	// plays, the end is missing.
	fast := makeClip(t, dir, "fast.mp4", "-i", clip, "-c", "copy", "-movflags", "+faststart")
	fdata, _ := os.ReadFile(fast)
	sound := makeClip(t, dir, "sound.mp4", "-f", "lavfi", "-i", "sine=f=440", "-t", "1", "-c:a", "aac")
	for _, c := range []struct {
		name string
		path string
		want VideoErrorKind
	}{
		{"empty", write("empty.mp4", nil), VideoEmpty},
		{"text", write("letter.mp4", []byte("Құрметті ата-аналар!\n")), VideoNotVideo},
		{"index last, cut", write("cut.mp4", data[:len(data)/2]), VideoCut},
		{"index first, cut", write("cut-fast.mp4", fdata[:len(fdata)*2/3]), VideoCut},
		{"sound only", sound, VideoNoPicture},
		{"garbage", write("noise.mkv", append([]byte{0x1a, 0x45, 0xdf, 0xa3}, make([]byte, 4000)...)), VideoDamaged},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ProbeVideo(context.Background(), c.path, VideoLimits{})
			wantVideoKind(t, err, c.want)
		})
	}
}

func TestProbeVideoCodecs(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name, codec, want string
		args              []string
	}{
		{"h265.mp4", "hevc", "H.265 10-bit", []string{"-f", "lavfi", "-i", "testsrc2=size=256x144:rate=25", "-t", "1",
			"-c:v", "libx265", "-x265-params", "log-level=error", "-pix_fmt", "yuv420p10le"}},
		{"vp9.webm", "vp9", "VP9", []string{"-f", "lavfi", "-i", "testsrc2=size=256x144:rate=25", "-t", "1",
			"-c:v", "libvpx-vp9", "-deadline", "realtime"}},
		{"vp8.mkv", "vp8", "VP8", []string{"-f", "lavfi", "-i", "testsrc2=size=256x144:rate=25", "-t", "1",
			"-c:v", "libvpx", "-deadline", "realtime"}},
	} {
		clip := makeClip(t, dir, c.name, c.args...)
		info, err := ProbeVideo(context.Background(), clip, VideoLimits{})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if info.Codec != c.codec || info.CodecName() != c.want {
			t.Errorf("%s: codec %q (%q)", c.name, info.Codec, info.CodecName())
		}
		if info.Duration < 960*time.Millisecond || info.Duration > 1040*time.Millisecond || info.Frames != 25 {
			t.Errorf("%s: %v, %d frames; want 1 s, 25", c.name, info.Duration, info.Frames)
		}
	}
}

// A browser's recording (WebM written as it goes: no length in it).
func TestProbeVideoLiveWebM(t *testing.T) {
	needFFmpeg(t)
	out := filepath.Join(t.TempDir(), "recording.webm")
	cmd := exec.Command("sh", "-c", "ffmpeg -v error -f lavfi -i testsrc2=size=320x180:rate=30 -t 3 -c:v libvpx -deadline realtime -f webm pipe:1 > "+out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v %s", err, b)
	}
	info, err := ProbeVideo(context.Background(), out, VideoLimits{})
	if err != nil {
		t.Fatal(err)
	}
	if info.Duration < 2900*time.Millisecond || info.Duration > 3100*time.Millisecond || info.Frames != 90 {
		t.Errorf("live WebM: %v, %d frames", info.Duration, info.Frames)
	}
}

// A decoder this machine lacks is told apart from damage, by ffmpeg's
// words (a stand-in ffmpeg says them).
func TestProbeVideoCodecMissing(t *testing.T) {
	dir := t.TempDir()
	clip := makeClip(t, dir, "clip.mp4", testsrc("160x90", "25", "1")...)
	fake := filepath.Join(dir, "ffmpeg")
	script := "#!/bin/sh\necho '[hevc @ 0x1] Decoder (codec hevc) not found for input stream #0:0' >&2\nexit 1\n"
	if err := os.WriteFile(fake, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	old := ffmpegTool
	ffmpegTool = fake
	defer func() { ffmpegTool = old }()
	_, err := ProbeVideo(context.Background(), clip, VideoLimits{})
	wantVideoKind(t, err, VideoCodec)
}

func wantVideoKind(t *testing.T, err error, want VideoErrorKind) {
	t.Helper()
	var ve *VideoError
	if !errors.As(err, &ve) || ve.Kind != want {
		t.Fatalf("err = %v, want video error kind %d", err, want)
	}
}

func TestMakeVideoPoster(t *testing.T) {
	dir := t.TempDir()
	flat := makeClip(t, dir, "clip.mp4", testsrc("320x180", "25", "1")...)
	clip := makeClip(t, dir, "rot.mp4", "-i", flat, "-c", "copy", "-metadata:s:v:0", "rotate=90")
	r, err := MakeVideoPoster(context.Background(), clip, filepath.Join(dir, "r", "poster.jpg"), Size{W: 100, H: 100})
	if err != nil {
		t.Fatal(err)
	}
	// Upright (taller than wide), fitted in the box.
	if r.Width > 100 || r.Height != 100 || r.Width >= r.Height {
		t.Errorf("poster %+v", r)
	}
	if _, err := DecodeRendition(r.Path); err != nil {
		t.Error(err)
	}
}

func TestPlayVideo(t *testing.T) {
	dir := t.TempDir()
	clip := makeClip(t, dir, "clip.mp4", testsrc("320x180", "25", "1")...)
	var frames []image.Image
	var last *image.RGBA
	// Slip: on a loaded machine (the race detector, two cores) every frame
	// is still shown; leaving frames out is for clips with sound.
	st, err := PlayVideo(context.Background(), PlayOptions{Path: clip, Size: image.Pt(64, 36), FPS: 25, Frames: 25, Slip: true},
		func(f *image.RGBA) {
			if f == last {
				t.Error("the same buffer presented twice in a row")
			}
			last = f
			if len(frames) < 2 {
				frames = append(frames, cloneRGBA(f))
			}
		})
	if err != nil {
		t.Fatal(err)
	}
	if st.Decoded != 25 || st.Shown != 25 || st.Late != 0 {
		t.Errorf("stats %+v", st)
	}
	if st.Played < 900*time.Millisecond {
		t.Errorf("played in %v: not paced by the clip's clock", st.Played)
	}
	if len(frames) == 2 && sameImage(frames[0], frames[1]) {
		t.Error("the first two frames are alike: testsrc2 moves")
	}
}

func TestPlayVideoLimit(t *testing.T) {
	dir := t.TempDir()
	clip := makeClip(t, dir, "clip.mp4", testsrc("160x90", "25", "3")...)
	st, err := PlayVideo(context.Background(), PlayOptions{Path: clip, Size: image.Pt(32, 18), FPS: 25, Limit: 400 * time.Millisecond},
		func(*image.RGBA) {})
	if err != nil || st.Decoded != 10 {
		t.Errorf("err %v, stats %+v", err, st)
	}
}

func TestPlayVideoDeleted(t *testing.T) {
	dir := t.TempDir()
	clip := makeClip(t, dir, "clip.mp4", testsrc("160x90", "25", "5")...)
	n := 0
	st, err := PlayVideo(context.Background(), PlayOptions{Path: clip, Size: image.Pt(32, 18), FPS: 25},
		func(*image.RGBA) {
			if n++; n == 5 {
				os.Remove(clip)
			}
		})
	if !errors.Is(err, ErrVideoGone) || st.Decoded > 50 {
		t.Errorf("err %v, stats %+v", err, st)
	}
}

func TestPlayVideoStalls(t *testing.T) {
	dir := t.TempDir()
	clip := filepath.Join(dir, "clip.mp4")
	os.WriteFile(clip, []byte("x"), 0o644)
	// A decoder that gives one frame and then hangs.
	fake := filepath.Join(dir, "ffmpeg")
	script := "#!/bin/sh\nhead -c 64 /dev/zero\nexec sleep 30\n"
	if err := os.WriteFile(fake, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	old := ffmpegTool
	ffmpegTool = fake
	defer func() { ffmpegTool = old }()
	began := time.Now()
	st, err := PlayVideo(context.Background(), PlayOptions{Path: clip, Size: image.Pt(4, 4), FPS: 25}, func(*image.RGBA) {})
	if !errors.Is(err, ErrVideoStalled) || st.Shown != 1 {
		t.Errorf("err %v, stats %+v", err, st)
	}
	if d := time.Since(began); d > 10*time.Second {
		t.Errorf("gave up after %v", d)
	}
}

func TestPlayVideoFailsMidway(t *testing.T) {
	dir := t.TempDir()
	clip := filepath.Join(dir, "clip.mp4")
	os.WriteFile(clip, []byte("x"), 0o644)
	fake := filepath.Join(dir, "ffmpeg")
	script := "#!/bin/sh\nhead -c 100 /dev/zero\necho 'Invalid NAL unit size' >&2\nexit 1\n"
	os.WriteFile(fake, []byte(script), 0o755)
	old := ffmpegTool
	ffmpegTool = fake
	defer func() { ffmpegTool = old }()
	_, err := PlayVideo(context.Background(), PlayOptions{Path: clip, Size: image.Pt(4, 4), FPS: 25}, func(*image.RGBA) {})
	wantVideoKind(t, err, VideoDamaged)
}

func cloneRGBA(f *image.RGBA) *image.RGBA {
	c := image.NewRGBA(f.Rect)
	copy(c.Pix, f.Pix)
	return c
}

func sameImage(a, b image.Image) bool {
	ra, rb := a.(*image.RGBA), b.(*image.RGBA)
	return string(ra.Pix) == string(rb.Pix)
}

func TestPlayClipSound(t *testing.T) {
	dir := t.TempDir()
	clip := makeClip(t, dir, "sound.mp4", "-f", "lavfi", "-i", "testsrc2=size=160x90:rate=25",
		"-f", "lavfi", "-i", "sine=f=440:sample_rate=44100", "-t", "1", "-c:v", "libx264", "-preset", "ultrafast",
		"-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest")
	out := newFakeOutput()
	start := make(chan struct{})
	done := make(chan error, 1)
	go func() { done <- PlayClipSound(context.Background(), out, clip, 0, start) }()
	time.Sleep(100 * time.Millisecond)
	if s := out.Streams(); len(s) == 1 && len(s[0].Samples) > 0 {
		t.Error("sound went out before the pictures' clock started")
	}
	close(start)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	s := out.Streams()
	if len(s) != 1 || s[0].Rate != 48000 || !s[0].Closed {
		t.Fatalf("streams %+v", len(s))
	}
	// A second of stereo at 48 kHz (AAC's priming may add or take a frame).
	if n := len(s[0].Samples) / 2; n < 46000 || n > 50000 {
		t.Errorf("%d samples, want about 48000", n)
	}
	loud := 0
	for _, v := range s[0].Samples {
		if v > 1000 || v < -1000 {
			loud++
		}
	}
	if loud < len(s[0].Samples)/8 {
		t.Logf("%d of %d samples loud", loud, len(s[0].Samples))
		t.Error("the sound is silent")
	}
}

// A camcorder's PAL clip: 720×576 stored, 16:9 shown, interlaced.
func TestProbeVideoAnamorphicInterlaced(t *testing.T) {
	dir := t.TempDir()
	clip := makeClip(t, dir, "dv.mp4", "-f", "lavfi", "-i", "testsrc2=size=720x576:rate=25", "-t", "1",
		"-vf", "setsar=64/45", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
		"-flags", "+ildct+ilme", "-x264-params", "interlaced=1:tff=1")
	info, err := ProbeVideo(context.Background(), clip, VideoLimits{MaxLoad: 100})
	if err != nil {
		t.Fatal(err)
	}
	if w, h := info.Upright(); w != 1024 || h != 576 {
		t.Errorf("upright %d×%d, want 1024×576 (SAR %v)", w, h, info.SAR)
	}
	if !info.Interlaced {
		t.Error("not seen as interlaced")
	}
	if info.Load <= 0 {
		t.Error("decode load not measured")
	}
	r, err := MakeVideoPoster(context.Background(), clip, filepath.Join(dir, "p.jpg"), Size{W: 512, H: 512})
	if err != nil {
		t.Fatal(err)
	}
	if r.Width != 512 || r.Height != 288 {
		t.Errorf("poster %d×%d, want 512×288", r.Width, r.Height)
	}
	var frames int
	_, err = PlayVideo(context.Background(), PlayOptions{Path: clip, Size: image.Pt(256, 144), FPS: 25,
		Filter: info.ShowFilter(256, 144)}, func(*image.RGBA) { frames++ })
	if err != nil || frames < 20 {
		t.Errorf("played %d frames: %v", frames, err)
	}
}
