package media

import (
	"bytes"
	"encoding/json"
	"errors"
	"image"
	"image/jpeg"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// audioKind returns the Kind of an *AudioError, or 0.
func audioKind(err error) AudioErrorKind {
	var ae *AudioError
	if errors.As(err, &ae) {
		return ae.Kind
	}
	return 0
}

// TestMP3DurationMatchesMpg123 encodes speech in the shapes staff bring
// (mono 22050 Hz, stereo 44100 and 48000 Hz, CBR and VBR, with tags) and
// checks that the decoded length is mpg123's to within 50 ms.
func TestMP3DurationMatchesMpg123(t *testing.T) {
	needTools(t, "espeak-ng", "sox", "lame", "mpg123")
	dir := t.TempDir()
	speechWAV(t, dir) // before the subtests share it
	for _, tc := range []struct {
		name           string
		rate, channels int
		lame           []string
	}{
		{"mono-22050-cbr.mp3", 22050, 1, []string{"-b", "64"}},
		{"mono-22050-vbr.mp3", 22050, 1, []string{"-V2"}},
		{"stereo-44100-cbr.mp3", 44100, 2, []string{"-b", "128"}},
		{"stereo-44100-vbr.mp3", 44100, 2, []string{"-V2"}},
		{"stereo-48000-vbr.mp3", 48000, 2, []string{"-V2"}},
		{"stereo-44100-tags.mp3", 44100, 2, []string{"-b", "128", "--add-id3v2", "--tt", "Küy", "--ta", "Dina"}},
		{"stereo-44100-nolametag.mp3", 44100, 2, []string{"-b", "128", "-t"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			path := speechMP3(t, dir, tc.name, tc.rate, tc.channels, tc.lame...)
			got, err := MP3Duration(path)
			if err != nil {
				t.Fatalf("MP3Duration: %v", err)
			}
			samples, rate := mpg123Samples(t, path)
			want := time.Duration(samples) * time.Second / time.Duration(rate)
			t.Logf("go-mp3 %v, mpg123 %v (%d samples at %d Hz)", got, want, samples, rate)
			if d := (got - want).Abs(); d > 50*time.Millisecond {
				t.Errorf("MP3Duration = %v, mpg123 -w says %v (off by %v)", got, want, d)
			}
		})
	}
}

// TestMP3DurationFixtures decodes the committed files against the results
// beside them (measured with mpg123 -w): one with a LAME header, one too
// small for one.
func TestMP3DurationFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/audio/*.mp3")
	if len(files) == 0 {
		t.Fatal("no testdata/audio/*.mp3")
	}
	for _, path := range files {
		var want struct{ Samples, Rate int }
		data, err := os.ReadFile(strings.TrimSuffix(path, ".mp3") + ".json")
		if err == nil {
			err = json.Unmarshal(data, &want)
		}
		if err != nil {
			t.Fatalf("%s: expected result: %v", path, err)
		}
		got, err := MP3Duration(path)
		if err != nil {
			t.Fatalf("MP3Duration(%s): %v", path, err)
		}
		if w := time.Duration(want.Samples) * time.Second / time.Duration(want.Rate); got != w {
			t.Errorf("MP3Duration(%s) = %v, want %v", path, got, w)
		}
	}
}

func TestMP3Errors(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile("testdata/audio/tone-44100-stereo.mp3")
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	noise := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		return b
	}
	var jpg bytes.Buffer
	jpeg.Encode(&jpg, image.NewGray(image.Rect(0, 0, 64, 64)), nil)
	middle := bytes.Clone(good)
	copy(middle[len(good)*45/100:], noise(len(good)/10))
	for _, tc := range []struct {
		name string
		data []byte
		want AudioErrorKind // 0: plays
	}{
		{"empty.mp3", nil, AudioEmpty},
		{"text.mp3", bytes.Repeat([]byte("This is not music, just a note.\n"), 200), AudioNotMP3},
		{"photo.mp3", jpg.Bytes(), AudioNotMP3},
		{"noise.mp3", noise(300 << 10), AudioNotMP3},
		{"garbage-in-middle.mp3", middle, AudioDamaged},
		{"truncated-half.mp3", good[:len(good)/2], AudioDamaged},
		{"cut-in-first-frame.mp3", good[:300], AudioDamaged},
		{"last-bytes-cut.mp3", good[:len(good)-50], 0},
		{"trailing-id3v1.mp3", append(bytes.Clone(good), append([]byte("TAG"), make([]byte, 125)...)...), 0},
		{"layer2.mp2", syntheticFrames(0xFD, 0x94, 30), AudioUnsupported},
		{"mpeg25.mp3", syntheticFrames(0xE3, 0x94, 30), AudioUnsupported},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name)
			if err := os.WriteFile(path, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := MP3Duration(path)
			if got := audioKind(err); got != tc.want {
				t.Fatalf("MP3Duration: kind %v (err %v), want %v", got, err, tc.want)
			}
			if tc.want != 0 && !strings.HasPrefix(err.Error(), path+": ") {
				t.Errorf("error %q does not start with the path", err)
			}
			if got := audioKind(checkMP3(path)); got != tc.want {
				t.Errorf("checkMP3: kind %v, want %v", got, tc.want)
			}
		})
	}
}

// syntheticFrames returns n frames of silence-like bytes with the header
// FF b1 b2 C4 (b1 picks version and layer, b2 bitrate and rate).
func syntheticFrames(b1, b2 byte, n int) []byte {
	h, ok := parseMPEGHeader([]byte{0xFF, b1, b2, 0xC4})
	if !ok {
		panic("bad synthetic header")
	}
	frame := make([]byte, h.size)
	copy(frame, []byte{0xFF, b1, b2, 0xC4})
	return bytes.Repeat(frame, n)
}

// TestMP3DurationJunkIsQuick feeds 100 MB of junk: random bytes, zeros, and
// random bytes after a good MP3. Each must be refused in well under a second.
func TestMP3DurationJunkIsQuick(t *testing.T) {
	size := int64(100 << 20)
	if testing.Short() {
		size = 10 << 20
	}
	dir := t.TempDir()
	good, err := os.ReadFile("testdata/audio/tone-44100-stereo.mp3")
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, prefix []byte, random bool) string {
		path := filepath.Join(dir, name)
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		f.Write(prefix)
		if random {
			chacha := rand.NewChaCha8([32]byte{1})
			buf := make([]byte, 1<<20)
			for n := int64(0); n < size; n += int64(len(buf)) {
				chacha.Read(buf)
				f.Write(buf)
			}
		} else if err := f.Truncate(size); err != nil {
			t.Fatal(err)
		}
		return path
	}
	for _, tc := range []struct {
		path     string
		want     AudioErrorKind
		maxBytes int64 // read by the frame scanner; a tag is skipped, not read
	}{
		{write("random.mp3", nil, true), AudioNotMP3, 400 << 10},
		{write("zeros.mp3", nil, false), AudioNotMP3, 400 << 10},
		{write("id3-then-zeros.mp3", []byte("ID3\x04\x00\x00\x7f\x7f\x7f\x7f"), false), AudioNotMP3, 400 << 10},
		{write("good-then-random.mp3", good, true), AudioDamaged, int64(len(good)) + 200<<10},
	} {
		name := filepath.Base(tc.path)
		start := time.Now()
		_, err := MP3Duration(tc.path)
		took := time.Since(start)
		if got := audioKind(err); got != tc.want {
			t.Errorf("%s: kind %v (err %v), want %v", name, got, err, tc.want)
		}
		t.Logf("%s: %v in %v", name, err, took)
		if took > hangGuard { // well under 1 s without the race detector
			t.Errorf("%s took %v", name, took)
		}
		// The time is bounded because the reading is: count the bytes.
		f, err := os.Open(tc.path)
		if err != nil {
			t.Fatal(err)
		}
		cr := &countingReader{File: f}
		s, err := newFrameScanner(cr, size)
		for err == nil {
			_, err = s.next()
		}
		f.Close()
		if cr.n > tc.maxBytes {
			t.Errorf("%s: the scanner read %d bytes of %d before giving up (%v), want at most %d", name, cr.n, size, err, tc.maxBytes)
		}
	}
}

// countingReader counts the bytes read from a file (and seeks, like one).
type countingReader struct {
	*os.File
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.File.Read(p)
	c.n += int64(n)
	return n, err
}

func TestAudioErrorString(t *testing.T) {
	err := error(&AudioError{Kind: AudioDamaged, Path: "music/a.mp3", Err: errors.New("the file ends early")})
	if got, want := err.Error(), "music/a.mp3: damaged MP3: the file ends early"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if errors.Unwrap(err) == nil || audioKind(err) != AudioDamaged {
		t.Errorf("Unwrap or errors.As lost the cause or kind")
	}
}
