package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/media"
	"github.com/shygarmashylyq/kiosk/slides"
)

func posterTestSlide(w, h int) kiosk.Slide {
	sl := artworkSlide(w, h)
	sl.Item.Kind = kiosk.KindPoster
	sl.QR, _ = media.QRCode("https://example.org/concert", 512)
	return sl
}

// TestPosterQR: a poster's qr is drawn beside it, on the screen, clear of
// the poster and of the clubs button; a poster without one has none, and
// an artwork never shows the last poster's code.
func TestPosterQR(t *testing.T) {
	for _, screen := range []fyne.Size{fyne.NewSize(1920, 1080), fyne.NewSize(1080, 1920)} {
		for _, shape := range [][2]int{{1600, 900}, {900, 1600}, {1000, 1000}} {
			s, _ := newShowWindow(t, screen)
			corner := ClubsLauncherCorner(slides.Langs)
			s.Show(posterTestSlide(shape[0], shape[1]))
			l := s.layers[s.front]
			if !l.qr.Visible() || l.qr.Image == nil || !l.qrCaption.Visible() {
				t.Fatalf("%v, poster %v: the QR code is not shown", screen, shape)
			}
			q := boxOf(l.qr)
			img := boxOf(l.image)
			c := boxOf(l.qrCaption)
			if q.w < screen.Height/6 || !q.inside(screen) || !c.inside(screen) {
				t.Errorf("%v, poster %v: QR %v caption %v, want on screen and at least 1/6 of its height", screen, shape, q, c)
			}
			if q.overlaps(img) || c.overlaps(img) {
				t.Errorf("%v, poster %v: the QR %v or caption %v covers the poster %v", screen, shape, q, c, img)
			}
			button := box{screen.Width - corner.Width, 0, corner.Width, corner.Height}
			if q.overlaps(button) || img.overlaps(button) {
				t.Errorf("%v, poster %v: QR %v or poster %v under the clubs button %v", screen, shape, q, img, button)
			}
			s.Show(artworkSlide(400, 300))
			l = s.layers[s.front]
			if l.qr.Visible() {
				t.Errorf("%v: an artwork shows a QR code", screen)
			}
		}
	}
}

func TestPosterQRGoldens(t *testing.T) {
	for _, tc := range []struct {
		name   string
		screen fyne.Size
	}{
		{"poster_qr_landscape.png", fyne.NewSize(1920, 1080)},
		{"poster_qr_portrait.png", fyne.NewSize(1080, 1920)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, w := newShowWindow(t, tc.screen)
			s.Show(posterTestSlide(1200, 1600))
			w.Resize(tc.screen)
			test.AssertImageMatches(t, tc.name, w.Canvas().Capture())
		})
	}
}

// box is an object's rectangle on screen.
type box struct{ x, y, w, h float32 }

func boxOf(o fyne.CanvasObject) box {
	p, s := o.Position(), o.Size()
	return box{p.X, p.Y, s.Width, s.Height}
}

func (b box) inside(screen fyne.Size) bool {
	return b.x >= 0 && b.y >= 0 && b.x+b.w <= screen.Width+0.5 && b.y+b.h <= screen.Height+0.5
}

func (b box) overlaps(o box) bool {
	return b.x < o.x+o.w-0.5 && o.x < b.x+b.w-0.5 && b.y < o.y+o.h-0.5 && o.y < b.y+b.h-0.5
}
