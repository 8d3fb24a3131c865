package media

import (
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkMP3Decode decodes a minute of 44.1 kHz stereo speech (lame -V2)
// and reports how much faster than real time that is, and how much slower
// than mpg123 decoding the same file in the same run (best of five).
func BenchmarkMP3Decode(b *testing.B) {
	needTools(b, "espeak-ng", "sox", "lame", "mpg123")
	dir := b.TempDir()
	speechMP3(b, dir, "seed.mp3", 44100, 2, "-V2")
	long := filepath.Join(dir, "long.wav")
	var parts []string
	for range 8 {
		parts = append(parts, filepath.Join(dir, "seed.mp3.wav"))
	}
	audioTool(b, "sox", append(parts, long)...)
	path := filepath.Join(dir, "long.mp3")
	audioTool(b, "lame", "--quiet", "-V2", long, path)
	length, err := MP3Duration(path)
	if err != nil {
		b.Fatal(err)
	}

	mpg123 := time.Duration(1 << 62)
	for range 5 {
		start := time.Now()
		if out, err := exec.Command("mpg123", "-q", "-w", "/dev/null", path).CombinedOutput(); err != nil {
			b.Fatalf("mpg123: %v\n%s", err, out)
		}
		mpg123 = min(mpg123, time.Since(start))
	}

	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		if _, err := MP3Duration(path); err != nil {
			b.Fatal(err)
		}
	}
	per := time.Since(start) / time.Duration(b.N)
	b.ReportMetric(length.Seconds()/per.Seconds(), "x-realtime")
	b.ReportMetric(per.Seconds()/mpg123.Seconds(), "x-mpg123-time")
	b.ReportMetric(float64(mpg123.Microseconds())/1000, "mpg123-ms")
}
