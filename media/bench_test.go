package media

import (
	"context"
	"image"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// benchPhotos returns the JPEG photos of Debian's mate-backgrounds and their
// total megapixels, or skips.
func benchPhotos(b *testing.B) ([]string, float64) {
	files, _ := filepath.Glob("/usr/share/backgrounds/mate/*/*.jpg")
	if len(files) == 0 {
		b.Skip("no photos in /usr/share/backgrounds/mate (apt-get install mate-backgrounds)")
	}
	var mp float64
	for _, f := range files {
		info, err := ProbeImage(f, 0)
		if err != nil {
			b.Fatal(err)
		}
		mp += float64(info.Width*info.Height) / 1e6
	}
	return files, mp
}

// BenchmarkMakeRendition makes 1920x1920 renditions of all the photos, one
// after another and on two workers (the kiosk's mini-PC has two cores).
func BenchmarkMakeRendition(b *testing.B) {
	files, mp := benchPhotos(b)
	dir := b.TempDir()
	box := Size{1920, 1920}
	for _, workers := range []int{1, 2} {
		b.Run(map[int]string{1: "serial", 2: "2workers"}[workers], func(b *testing.B) {
			for b.Loop() {
				var wg sync.WaitGroup
				next := make(chan string)
				for w := range workers {
					wg.Go(func() {
						for f := range next {
							dst := filepath.Join(dir, string(rune('a'+w))+filepath.Base(f))
							if _, err := MakeRendition(context.Background(), f, dst, box, 0); err != nil {
								b.Error(err)
							}
						}
					})
				}
				for _, f := range files {
					next <- f
				}
				close(next)
				wg.Wait()
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/mp, "ms/MP")
		})
	}
}

// BenchmarkStages times the stages of one rendition of the largest photo.
func BenchmarkStages(b *testing.B) {
	files, _ := benchPhotos(b)
	var (
		data    []byte
		h       imageHeader
		largest int
	)
	for _, f := range files {
		d, hd, err := readImage(f, 0)
		if err != nil {
			b.Fatal(err)
		}
		if n := hd.Width * hd.Height; n > largest {
			data, h, largest = d, hd, n
		}
	}
	w, ht := fitInside(h.Width, h.Height, Size{1920, 1920})
	var img *image.RGBA
	b.Run("decode", func(b *testing.B) {
		for b.Loop() {
			var err error
			if img, _, err = decodeImage(data, h, w, ht, false); err != nil {
				b.Fatal(err)
			}
		}
	})
	var small *image.RGBA
	b.Run("resize", func(b *testing.B) {
		for b.Loop() {
			small = resizeArea(img, w, ht)
		}
	})
	b.Run("orient", func(b *testing.B) {
		for b.Loop() {
			orient(small, 6)
		}
	})
	var out []byte
	b.Run("encode", func(b *testing.B) {
		for b.Loop() {
			var err error
			if out, err = encodeJPEG(small, renditionQuality); err != nil {
				b.Fatal(err)
			}
		}
	})
	p := filepath.Join(b.TempDir(), "r.jpg")
	if err := os.WriteFile(p, out, 0o644); err != nil {
		b.Fatal(err)
	}
	b.Run("DecodeRendition", func(b *testing.B) {
		for b.Loop() {
			if _, err := DecodeRendition(p); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkResizeArea shrinks what a 6000x3750 photo decodes to at 1/2
// (3000x1875) to fit 1920x1920.
func BenchmarkResizeArea(b *testing.B) {
	src := noiseImage(3000, 1875)
	for b.Loop() {
		resizeArea(src, 1920, 1200)
	}
}
