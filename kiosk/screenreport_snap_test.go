package kiosk

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/jpeg"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestEncodeSnapshotSmall(t *testing.T) {
	// Noise is the worst case for JPEG: it must still come under 100 KB.
	img := image.NewRGBA(image.Rect(0, 0, 1920, 1080))
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range img.Pix {
		img.Pix[i] = byte(rng.IntN(256))
	}
	b, err := EncodeSnapshot(img)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) >= 100<<10 {
		t.Errorf("%d bytes", len(b))
	}
	got, err := jpeg.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if sz := got.Bounds().Size(); sz != image.Pt(480, 270) {
		t.Errorf("size %v", sz)
	}
}

func TestSnapshotWrittenAndReported(t *testing.T) {
	k := reportKiosk(t)
	dir := t.TempDir()
	r := &ScreenReporter{Kiosk: k, Dir: dir, Every: time.Hour}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if r.WantSnapshot() {
		t.Fatal("a reporter not running wants a snapshot")
	}
	r.startSnapshots(ctx)
	r.TakeSnapshot(image.NewRGBA(image.Rect(0, 0, 64, 36)), "artworks/a.jpg") // all black: not written, still wanted
	if !r.WantSnapshot() {
		t.Fatal("no first snapshot wanted")
	}
	img := image.NewRGBA(image.Rect(0, 0, 1280, 720))
	for i := range img.Pix {
		img.Pix[i] = 200
	}
	img.Set(0, 0, color.Black)
	r.TakeSnapshot(img, "artworks/b.jpg")
	if r.WantSnapshot() {
		t.Error("another snapshot wanted within the interval")
	}
	waitFor(t, "now.jpg", func() bool {
		r.mu.Lock()
		defer r.mu.Unlock()
		return !r.snapAt.IsZero()
	})
	if _, err := os.Stat(filepath.Join(dir, SnapshotFile)); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteOnce(ctx); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, ScreenReportFile))
	if !bytes.Contains(b, []byte(`"snapshot": "now.jpg"`)) || !bytes.Contains(b, []byte(`"snapshot_source": "artworks/b.jpg"`)) {
		t.Errorf("screen.json does not name the snapshot and its slide:\n%s", b)
	}
}
