package media

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
	"runtime"
	"runtime/debug"
)

// FuzzMP3Duration feeds arbitrary bytes to the decoder: it must end, never
// panic, and report content problems as *AudioError.
func FuzzMP3Duration(f *testing.F) {
	for _, name := range []string{"tone-22050-mono.mp3", "tone-44100-stereo.mp3"} {
		data, err := os.ReadFile(filepath.Join("testdata/audio", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add(syntheticFrames(0xFB, 0x90, 8))
	f.Add([]byte("ID3\x03\x00\x00\x00\x00\x00\x10\xff\xfb\x90"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "x.mp3")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		tm := time.AfterFunc(3*time.Second, func() { debug.SetTraceback("all"); buf := make([]byte, 1<<20); n := runtime.Stack(buf, true); os.WriteFile("/tmp/fuzzstack.txt", buf[:n], 0o644); os.WriteFile("/tmp/fuzzinput.mp3", data, 0o644) })
		defer tm.Stop()
		var ae *AudioError
		if _, err := MP3Duration(path); err != nil && !errors.As(err, &ae) {
			t.Fatalf("MP3Duration: %v is not an *AudioError", err)
		}
		if err := checkMP3(path); err != nil && !errors.As(err, &ae) {
			t.Fatalf("checkMP3: %v is not an *AudioError", err)
		}
	})
}
