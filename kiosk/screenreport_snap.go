package kiosk

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/jpeg"
	"log/slog"
	"time"

	"golang.org/x/image/draw"
)

// Snapshot sizes: now.jpg is about snapshotWidth pixels wide and under
// snapshotMaxBytes.
const (
	snapshotWidth    = 480
	snapshotMaxBytes = 100 << 10
)

type snapshotJob struct {
	img    image.Image
	source string
	at     time.Time
}

// snapshotEvery is the shortest time between two snapshots (or the report
// interval, if shorter): a slideshow of one-second slides does not write
// now.jpg every second.
const snapshotEvery = 5 * time.Second

// WantSnapshot reports whether a snapshot is due: the window asks it on the
// UI goroutine after each slide has fully appeared, so now.jpg shows the
// slide on screen (at most every snapshotEvery). It returns at once.
func (r *ScreenReporter) WantSnapshot() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.snaps == nil {
		return false // not running
	}
	return r.snapWanted.IsZero() || time.Since(r.snapWanted) >= min(r.Every, snapshotEvery)
}

// TakeSnapshot hands over a picture of the window showing the slide from
// source. It returns at once; the scaling and encoding happen on the
// reporter's own goroutine, which then writes screen.json afresh (so the
// two agree), and a picture that comes while one is still being written is
// dropped.
func (r *ScreenReporter) TakeSnapshot(img image.Image, source string) {
	if img == nil || img.Bounds().Empty() {
		return
	}
	if OneColour(img) {
		// A slide is never one flat colour: the picture was not read back
		// (Fyne's capture under llvmpipe is black) or the display is off
		// behind its black cover. Keep the last one.
		slog.Debug("the window's capture is one flat colour: not written")
		return
	}
	r.mu.Lock()
	ch := r.snaps
	r.snapWanted = time.Now()
	r.mu.Unlock()
	if ch == nil {
		return
	}
	select {
	case ch <- snapshotJob{img: img, source: source, at: time.Now()}:
	default:
	}
}

// startSnapshots starts writing the snapshots handed over until ctx ends.
func (r *ScreenReporter) startSnapshots(ctx context.Context) {
	ch := make(chan snapshotJob, 1)
	r.mu.Lock()
	r.snaps = ch
	r.mu.Unlock()
	go func() {
		for {
			select {
			case <-ctx.Done():
				r.mu.Lock()
				r.snaps = nil
				r.mu.Unlock()
				return
			case job := <-ch:
				if err := r.writeSnapshot(job); err != nil {
					slog.Warn("snapshot not written", "dir", r.Dir, "err", err)
					continue
				}
				r.mu.Lock()
				r.snapAt, r.snapSource = job.at, job.source
				r.mu.Unlock()
				r.WriteOnce(ctx)
			}
		}
	}()
}

func (r *ScreenReporter) writeSnapshot(job snapshotJob) error {
	b, err := EncodeSnapshot(job.img)
	if err != nil {
		return err
	}
	return writeAtomic(r.Dir, SnapshotFile, b)
}

// EncodeSnapshot scales img to about 480 pixels wide and encodes it as a
// JPEG under 100 KB, lowering the quality until it fits.
func EncodeSnapshot(img image.Image) ([]byte, error) {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	if w > snapshotWidth {
		w, h = snapshotWidth, max(1, b.Dy()*snapshotWidth/b.Dx())
	}
	small := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.ApproxBiLinear.Scale(small, small.Bounds(), img, b, draw.Src, nil)
	var buf bytes.Buffer
	for _, q := range []int{80, 65, 50, 35, 20} {
		buf.Reset()
		if err := jpeg.Encode(&buf, small, &jpeg.Options{Quality: q}); err != nil {
			return nil, fmt.Errorf("snapshot: %w", err)
		}
		if buf.Len() < snapshotMaxBytes {
			return buf.Bytes(), nil
		}
	}
	return nil, fmt.Errorf("snapshot: %d bytes even at the lowest quality", buf.Len())
}

// OneColour reports whether a grid of img's pixels (32 x 32, evenly
// spread) are all one colour: a picture of no slide.
func OneColour(img image.Image) bool {
	b := img.Bounds()
	r0, g0, b0, _ := img.At(b.Min.X, b.Min.Y).RGBA()
	for y := b.Min.Y; y < b.Max.Y; y += max(1, b.Dy()/32) {
		for x := b.Min.X; x < b.Max.X; x += max(1, b.Dx()/32) {
			if r, g, bl, _ := img.At(x, y).RGBA(); r != r0 || g != g0 || bl != b0 {
				return false
			}
		}
	}
	return true
}
