package kiosk

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// benchJPEG is the large real photo of the latency benchmark: the file named
// by KIOSK_BENCH_JPEG (make bench makes a 10 MB one), else one that Debian's
// mate-backgrounds ships.
func benchJPEG(b *testing.B) []byte {
	p := os.Getenv("KIOSK_BENCH_JPEG")
	if p == "" {
		p = "/usr/share/backgrounds/mate/abstract/Elephants_5640x3172.jpg"
	}
	data, err := os.ReadFile(p)
	if err != nil {
		b.Skipf("no large JPEG (set KIOSK_BENCH_JPEG or apt-get install mate-backgrounds): %v", err)
	}
	return data
}

// withComment returns the JPEG data with a comment segment holding n right
// after the SOI marker: the same picture, but another file with another hash.
func withComment(data []byte, n int) []byte {
	text := fmt.Sprintf("kiosk bench %08d", n)
	seg := []byte{0xFF, 0xFE, byte((len(text) + 2) >> 8), byte(len(text) + 2)}
	out := make([]byte, 0, len(data)+len(seg)+len(text))
	out = append(out, data[:2]...)
	out = append(out, seg...)
	out = append(out, text...)
	return append(out, data[2:]...)
}

// openBenchKiosk opens a kiosk with the default rendition box (1920) on an
// empty content folder.
func openBenchKiosk(b *testing.B) *Kiosk {
	b.Helper()
	dir := b.TempDir()
	content := filepath.Join(dir, "Kiosk")
	if err := os.MkdirAll(filepath.Join(content, dirArtworks, "Bench"), 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(content, configFile), []byte("rescan_seconds = 3600\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	k, err := Open(Options{Content: content, DB: filepath.Join(dir, "db", "kiosk.db")})
	if err != nil {
		b.Fatal(err)
	}
	k.Ingest.Log = slog.New(slog.DiscardHandler) // keep the benchmark's output readable
	b.Cleanup(func() { k.Close() })
	return k
}

// waitLive polls the store until the item of rel is live, for up to a minute.
func waitLive(b *testing.B, k *Kiosk, rel string) {
	deadline := time.Now().Add(time.Minute)
	for {
		if it, err := k.Store.liveItemBySource(context.Background(), rel); err != nil {
			b.Fatal(err)
		} else if it != nil {
			return
		}
		if time.Now().After(deadline) {
			b.Fatalf("%s not in the playlist after a minute", rel)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// BenchmarkIngestLatency measures, for a 10 MB photo copied into artworks/:
//
//   - watcher: the time from the end of the copy to the item being in the
//     playlist, with k.Watch running. It includes the settle window (a file
//     is read only once it has not changed for media.DefaultQuiet, 500 ms), which
//     is reported as settle-ms.
//   - scan: the work alone, an Ingest.Scan of the one file (hash, probe,
//     rendition, store) with no window to wait for.
//   - vipsthumbnail: the reference, libvips making a 1920x1920 thumbnail of
//     the same file (skipped without vipsthumbnail).
func BenchmarkIngestLatency(b *testing.B) {
	data := benchJPEG(b)
	b.Run("watcher", func(b *testing.B) {
		k := openBenchKiosk(b)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- k.Watch(ctx) }()
		defer func() {
			cancel()
			if err := <-done; err != nil {
				b.Errorf("Watch: %v", err)
			}
		}()
		dir := filepath.Join(k.Opts.Content, dirArtworks, "Bench")
		// The watcher's first scan is over before the first copy.
		if err := os.WriteFile(filepath.Join(dir, "first.jpg"), withComment(data, -1), 0o644); err != nil {
			b.Fatal(err)
		}
		waitLive(b, k, dirArtworks+"/Bench/first.jpg")
		n := 0
		for b.Loop() {
			b.StopTimer()
			n++
			name := fmt.Sprintf("photo-%06d.jpg", n)
			if err := os.WriteFile(filepath.Join(dir, name), withComment(data, n), 0o644); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			waitLive(b, k, dirArtworks+"/Bench/"+name)
		}
		k.Ingest.defaults()
		b.ReportMetric(float64(k.Ingest.Settle.Period().Milliseconds()), "settle-ms")
		b.ReportMetric(float64(len(data))/1e6, "MB")
	})
	b.Run("scan", func(b *testing.B) {
		k := openBenchKiosk(b)
		dir := filepath.Join(k.Opts.Content, dirArtworks, "Bench")
		old := time.Now().Add(-time.Minute) // settled long ago
		n := 0
		for b.Loop() {
			b.StopTimer()
			n++
			name := fmt.Sprintf("photo-%06d.jpg", n)
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, withComment(data, n), 0o644); err != nil {
				b.Fatal(err)
			}
			if err := os.Chtimes(p, old, old); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			res, err := k.Ingest.Scan(context.Background(), []string{dirArtworks + "/Bench/" + name})
			if err != nil || res.Added != 1 {
				b.Fatalf("scan of %s: %+v, %v", name, res, err)
			}
		}
	})
	b.Run("vipsthumbnail", func(b *testing.B) {
		tool, err := exec.LookPath("vipsthumbnail")
		if err != nil {
			b.Skip("no vipsthumbnail (apt-get install libvips-tools)")
		}
		dir := b.TempDir()
		src := filepath.Join(dir, "photo.jpg")
		if err := os.WriteFile(src, data, 0o644); err != nil {
			b.Fatal(err)
		}
		out := filepath.Join(dir, "out", "%s.jpg[Q=88]")
		os.Mkdir(filepath.Dir(out), 0o755)
		for b.Loop() {
			if msg, err := exec.Command(tool, "--size", "1920x1920", "-o", out, src).CombinedOutput(); err != nil {
				b.Fatalf("vipsthumbnail: %v\n%s", err, msg)
			}
		}
	})
}
