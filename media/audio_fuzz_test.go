package media

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// FuzzMP3Duration feeds arbitrary bytes to the frame scanner and the
// decoder behind MP3Duration: they must end, never panic, and report content
// problems as *AudioError.
func FuzzMP3Duration(f *testing.F) {
	// Small seeds: the fuzzer minimises each find by running it over and
	// over, and a long input makes that take minutes.
	mono, err := os.ReadFile("testdata/audio/tone-22050-mono.mp3")
	if err != nil {
		f.Fatal(err)
	}
	stereo, err := os.ReadFile("testdata/audio/tone-44100-stereo.mp3")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(mono)
	f.Add(stereo[:1500]) // the LAME header frame and a few more
	f.Add(syntheticFrames(0xFB, 0x90, 8))
	f.Add([]byte("ID3\x03\x00\x00\x00\x00\x00\x10\xff\xfb\x90"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "x.mp3")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		var ae *AudioError
		if err := checkMP3(path); err != nil && !errors.As(err, &ae) {
			t.Fatalf("checkMP3: %v is not an *AudioError", err)
		}
		// Decode at most 64 KiB of sound (all of the mono seed): the fuzzer
		// runs each input many times over while it minimises it.
		s, err := openMP3(path)
		if err != nil {
			if !errors.As(err, &ae) {
				t.Fatalf("openMP3: %v is not an *AudioError", err)
			}
			return
		}
		defer s.Close()
		if _, err := io.Copy(io.Discard, io.LimitReader(s, 64<<10)); err != nil && !errors.As(err, &ae) {
			t.Fatalf("decode: %v is not an *AudioError", err)
		}
	})
}
