package kiosk

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// clipBytes renders a clip with ffmpeg (testsrc2 pictures; extra are
// ffmpeg's output options) and returns its bytes.
func clipBytes(t *testing.T, size string, secs float64, extra ...string) []byte {
	t.Helper()
	if _, err := exec.LookPath("ffmpeg"); err != nil {
		t.Skip("ffmpeg not installed")
	}
	out := filepath.Join(t.TempDir(), "clip.mp4")
	args := []string{"-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=" + size + ":rate=25",
		"-f", "lavfi", "-i", "sine=f=330", "-t", strconv.FormatFloat(secs, 'f', -1, 64),
		"-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"}
	args = append(append(args, extra...), out)
	if b, err := exec.Command("ffmpeg", args...).CombinedOutput(); err != nil {
		t.Fatalf("ffmpeg: %v\n%s", err, b)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// rotated is a clip as a phone held upright records it: the same pictures
// with a display matrix that turns them a quarter.
func rotated(t *testing.T, clip []byte) []byte {
	t.Helper()
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in.mp4"), filepath.Join(dir, "out.mp4")
	os.WriteFile(in, clip, 0o644)
	if b, err := exec.Command("ffmpeg", "-v", "error", "-y", "-i", in, "-c", "copy", "-metadata:s:v:0", "rotate=90", out).CombinedOutput(); err != nil {
		t.Fatalf("ffmpeg: %v\n%s", err, b)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestIngestVideo(t *testing.T) {
	f := newFixture(t)
	f.in.MaxVideo = 3 * time.Second
	clip := clipBytes(t, "320x180", 2)
	phone := rotated(t, clip)
	long := clipBytes(t, "160x90", 4)
	f.write("artworks/Би/concert.mp4", clip)
	f.write("artworks/Би/phone.mp4", phone)
	f.write("artworks/Би/long.mp4", long)
	f.write("artworks/Би/cut.mp4", clip[:len(clip)/2])
	f.write("artworks/Би/letter.mp4", []byte("Құрметті ата-аналар!\n"))
	f.write("artworks/Би/labels.csv", []byte("file,title,author,duration,sound\n"+
		"concert.mp4,Қара жорға,Айгерім Н.,1.5,иә\nphone.mp4,Робот жарысы,,,\n"))
	f.write("announcements/open-day.mp4", clip)
	f.write("announcements/open-day.yml", []byte("title: Ашық есік күні\nsound: yes\n"))
	f.scan()

	items := f.items()
	c, ok := items["artworks/Би/concert.mp4"]
	if !ok || c.Kind != KindArtwork || c.Meta.Video == nil {
		t.Fatalf("concert: %+v", c)
	}
	v := c.Meta.Video
	if c.Width != 320 || c.Height != 180 || v.Codec != "H.264" || v.Frames != 50 || v.FPS != 25 || !v.Sound || !v.HasAudio {
		t.Errorf("concert: %dx%d %+v", c.Width, c.Height, v)
	}
	if c.Title.Get(nil) != "Қара жорға" || c.Meta.Exhibition != "Би" {
		t.Errorf("label not applied: %v %q", c.Title, c.Meta.Exhibition)
	}
	cfg := DefaultConfig()
	if d := cfg.Duration(c); d != 1500*time.Millisecond {
		t.Errorf("concert plays %v, want the labels' 1.5 s", d)
	}
	p := items["artworks/Би/phone.mp4"]
	if p.Width != 180 || p.Height != 320 || p.Meta.Video == nil || p.Meta.Video.Sound {
		t.Errorf("phone clip: %dx%d %+v", p.Width, p.Height, p.Meta.Video)
	}
	if d := cfg.Duration(p); d != 2*time.Second {
		t.Errorf("phone clip plays %v, want the whole 2 s", d)
	}
	poster := items["announcements/open-day.mp4"]
	if poster.Kind != KindPoster || poster.Meta.Video == nil || !poster.Meta.Video.Sound || poster.Title.Get(nil) != "Ашық есік күні" {
		t.Errorf("poster clip: %+v %+v", poster, poster.Meta.Video)
	}
	// Its poster frame is the rendition.
	if r, ok := f.in.Store.Rendition(context.Background(), c, f.in.Box); !ok || r.Width != 320 || r.Height != 180 {
		t.Errorf("rendition %+v %v", r, ok)
	}

	refused := map[string]string{}
	rs, err := f.in.Store.Refused(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		refused[r.Source] = r.ReasonCode
	}
	for src, want := range map[string]string{
		"artworks/Би/long.mp4":   "video_too_long",
		"artworks/Би/cut.mp4":    "truncated",
		"artworks/Би/letter.mp4": "not_video",
	} {
		if refused[src] != want {
			t.Errorf("%s: refused %q, want %q", src, refused[src], want)
		}
	}

	// The playlist names clips as videos, at the size they are shown.
	pl, err := BuildPlaylist(context.Background(), f.in.Store, cfg, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range pl.Items {
		if e.Source == "artworks/Би/phone.mp4" {
			n++
			if e.Kind != KindVideo || e.Placed != KindArtwork || e.Width != 180 || e.Height != 320 ||
				e.DurationS != 2 || e.Video == nil || e.Video.Frames != 50 {
				t.Errorf("playlist entry %+v %+v", e, e.Video)
			}
		}
	}
	if n != 1 {
		t.Errorf("phone clip %d times in the playlist", n)
	}

	// A changed labels.csv keeps what the clip is.
	f.write("artworks/Би/labels.csv", []byte("file,title\nconcert.mp4,Қара жорға\n"))
	f.scan()
	c = f.items()["artworks/Би/concert.mp4"]
	if c.Meta.Video == nil || c.Meta.Video.Sound || cfg.Duration(c) != 2*time.Second {
		t.Errorf("after a labels change: %+v, plays %v", c.Meta.Video, cfg.Duration(c))
	}
}

// TestLongClipTakenWhenTheLimitIsRaised: a clip refused as too long is
// read again, unchanged, once the limit is raised.
func TestLongClipTakenWhenTheLimitIsRaised(t *testing.T) {
	f := newFixture(t)
	f.in.MaxVideo = 2 * time.Second
	f.write("artworks/V/long.mp4", clipBytes(t, "160x90", 3))
	f.scan()
	if _, ok := f.items()["artworks/V/long.mp4"]; ok {
		t.Fatal("a 3 s clip taken under a 2 s limit")
	}
	f.in.MaxVideo = 5 * time.Second
	f.scan()
	if _, ok := f.items()["artworks/V/long.mp4"]; ok {
		t.Fatal("an unchanged refused file was read again without being asked to")
	}
	if n, err := f.in.Store.lookAgain(context.Background(), "video_too_long"); err != nil || n != 1 {
		t.Fatalf("lookAgain: %d, %v", n, err)
	}
	f.scan()
	if _, ok := f.items()["artworks/V/long.mp4"]; !ok {
		t.Errorf("the clip is still refused: %v", f.refused())
	}
}

// TestReasonCorpusVideo: each reason a clip is refused for, from clips
// ffmpeg makes here (and one it cannot decode, said by a stand-in ffmpeg).
func TestReasonCorpusVideo(t *testing.T) {
	clip := clipBytes(t, "320x180", 2)
	sound := func() []byte {
		out := filepath.Join(t.TempDir(), "sound.mp4")
		if b, err := exec.Command("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=f=440", "-t", "1", "-c:a", "aac", out).CombinedOutput(); err != nil {
			t.Fatalf("%v %s", err, b)
		}
		b, _ := os.ReadFile(out)
		return b
	}()
	huge := clipBytes(t, "4320x2432", 0.04)
	f := newFixture(t)
	f.in.MaxVideo = 3 * time.Second
	corpus := []corpusFile{
		{"artworks/V/concert.mp4", clip, "", ""},
		{"artworks/V/empty.mp4", nil, "empty", "empty"},
		{"artworks/V/cut.mp4", clip[:len(clip)/2], "truncated", "copy the file again"},
		{"artworks/V/letter.mov", []byte("Құрметті ата-аналар!\n"), "not_video", "text file"},
		{"artworks/V/photo.mkv", jpegBytes(40, 30, 1), "not_video", "H.264"},
		{"artworks/V/noise.webm", append([]byte{0x1a, 0x45, 0xdf, 0xa3}, make([]byte, 4000)...), "damaged", "bad video data"},
		{"artworks/V/song.mp4", sound, "video_no_picture", "no picture"},
		{"artworks/V/long.mp4", clipBytes(t, "160x90", 4), "video_too_long", "0:04"},
		{"announcements/big.mp4", huge, "video_too_large", "4320 × 2432"},
	}
	heavy := corpusFile{"artworks/V/heavy.mp4", clipBytes(t, "640x360", 1), "video_too_heavy", "640 × 360 H.264"}
	for _, c := range corpus {
		f.write(c.rel, c.data)
	}
	f.scan()
	checkCorpus(t, f, corpus)

	t.Run("heavy", func(t *testing.T) {
		f := newFixture(t)
		f.in.MaxVideoLoad = 0.0001 // as a 4K H.265 clip is for two cores
		f.write(heavy.rel, heavy.data)
		f.scan()
		checkCorpus(t, f, []corpusFile{heavy})
	})

	t.Run("codec", func(t *testing.T) {
		f := newFixture(t)
		bin := t.TempDir()
		script := "#!/bin/sh\necho '[hevc @ 0x1] Decoder (codec hevc) not found for input stream #0:0' >&2\nexit 1\n"
		os.WriteFile(filepath.Join(bin, "ffmpeg"), []byte(script), 0o755)
		t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
		c := corpusFile{"artworks/V/concert.mp4", clip, "video_codec", "cannot play H.264 video"}
		f.write(c.rel, c.data)
		f.scan()
		checkCorpus(t, f, []corpusFile{c})
	})
}
