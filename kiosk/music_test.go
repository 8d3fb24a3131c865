package kiosk

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

func TestInQuietHours(t *testing.T) {
	windows := []string{"13:00-14:00", "22:00-07:30"}
	for _, tc := range []struct {
		at   string
		want bool
	}{
		{"12:59", false}, {"13:00", true}, {"13:59", true}, {"14:00", false},
		{"21:59", false}, {"23:30", true}, {"03:00", true}, {"07:29", true}, {"07:30", false},
	} {
		at, _ := time.Parse("15:04", tc.at)
		at = time.Date(2025, 1, 10, at.Hour(), at.Minute(), 0, 0, time.UTC)
		if got := inQuietHours(windows, at); got != tc.want {
			t.Errorf("quiet at %s = %v, want %v", tc.at, got, tc.want)
		}
	}
}

// makeMP3 speaks text into an MP3 with espeak-ng and lame, or skips.
func makeMP3(t *testing.T, dir, name, text string) (string, time.Duration) {
	t.Helper()
	for _, tool := range []string{"espeak-ng", "lame"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (make test-deps installs it)", tool)
		}
	}
	wav := filepath.Join(dir, name+".wav")
	if out, err := exec.Command("espeak-ng", "-w", wav, text).CombinedOutput(); err != nil {
		t.Fatalf("espeak-ng: %v %s", err, out)
	}
	info, _ := os.Stat(wav)
	// espeak-ng writes 22050 Hz mono 16-bit PCM after a 44-byte header.
	length := time.Duration(float64(info.Size()-44) / 2 / 22050 * float64(time.Second))
	mp3 := filepath.Join(dir, name+".mp3")
	if out, err := exec.Command("lame", "--quiet", "-b", "64", wav, mp3).CombinedOutput(); err != nil {
		t.Fatalf("lame: %v %s", err, out)
	}
	return mp3, length
}

func TestTracksAreMeasuredAndBadOnesRefused(t *testing.T) {
	f := newFixture(t)
	src, length := makeMP3(t, t.TempDir(), "song", "Сәлеметсіз бе! Welcome to the palace of schoolchildren.")
	data, _ := os.ReadFile(src)
	f.write("music/әуен.mp3", data)
	corrupt := bytes.Clone(data)
	for i := len(corrupt) / 3; i < len(corrupt)*2/3; i++ {
		corrupt[i] = byte(i * 7)
	}
	f.write("music/corrupt.mp3", corrupt)
	f.write("music/cut.mp3", data[:len(data)/3])
	f.write("music/letter.mp3", []byte("This is not music.\n"))
	f.write("music/empty.mp3", nil)
	f.write("music/notes.docx", []byte("PK"))
	f.scan()
	it, ok := f.items()["music/әуен.mp3"]
	if !ok || it.Kind != KindTrack {
		t.Fatalf("track not taken; refused %v", f.refused())
	}
	if d := it.Duration - length; d < -100*time.Millisecond || d > 100*time.Millisecond {
		t.Errorf("track duration %v, the speech is %v long", it.Duration, length)
	}
	refused := f.refused()
	for _, rel := range []string{"music/corrupt.mp3", "music/cut.mp3", "music/letter.mp3", "music/empty.mp3", "music/notes.docx"} {
		if refused[rel] == "" {
			t.Errorf("%s not refused (refused: %v)", rel, refused)
		}
	}
}
