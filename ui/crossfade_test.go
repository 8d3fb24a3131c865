package ui

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// frameStats are a frame's mean brightness and its spread (a frame with
// nothing but the background has none).
func frameStats(img image.Image) (mean, spread float64) {
	b := img.Bounds()
	var sum, sq float64
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			r, g, bl, _ := img.At(x, y).RGBA()
			l := (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(bl)) / 65535
			sum += l
			sq += l * l
			n++
		}
	}
	mean = sum / float64(n)
	return mean, math.Sqrt(max(0, sq/float64(n)-mean*mean))
}

func pictureSlide(id int64) kiosk.Slide {
	img := image.NewRGBA(image.Rect(0, 0, 320, 200))
	for y := range 200 {
		for x := range 320 {
			img.Set(x, y, color.RGBA{uint8(x * 255 / 320), uint8(y * 255 / 200), 200, 255})
		}
	}
	return kiosk.Slide{Item: kiosk.Item{ID: id, Kind: kiosk.KindArtwork, Source: fmt.Sprintf("artworks/a%d.jpg", id),
		Title: slides.Text{slides.EN: "A painting"}}, Image: img, Langs: kkRuEn}
}

// transitionDips runs a transition from a to b and returns the first frame
// that is darker or emptier than both slides, "" if none.
func transitionDips(t *testing.T, a, b kiosk.Slide, drawn bool) string {
	t.Helper()
	s, w := newShowWindow(t, fyne.NewSize(480, 270))
	s.Show(a)
	if drawn {
		s.takeSnapshot(a.Item.ID)
	}
	meanA, spreadA := frameStats(w.Canvas().Capture())
	s.transition = time.Hour // driven by hand below
	s.Show(b)
	s.anim.Stop()
	var frames [][2]float64
	for i := 0; i <= 10; i++ {
		s.step(float32(i) / 10)
		m, sp := frameStats(w.Canvas().Capture())
		frames = append(frames, [2]float64{m, sp})
	}
	meanB, spreadB := frameStats(w.Canvas().Capture())
	for i, f := range frames {
		if f[0] < min(meanA, meanB)-0.02 || f[1] < min(spreadA, spreadB)-0.02 {
			return fmt.Sprintf("frame %d/10: brightness %.3f, spread %.3f; the slides: %.3f/%.3f and %.3f/%.3f",
				i, f[0], f[1], meanA, spreadA, meanB, spreadB)
		}
	}
	return ""
}

// TestCrossfadeNeverDips samples the frames of transitions between every
// kind of slide: none is darker or emptier than both of its ends.
func TestCrossfadeNeverDips(t *testing.T) {
	text, table, pic := announcementTestSlide(), timetableTestSlide(), pictureSlide(20)
	for _, tc := range []struct {
		name string
		a, b kiosk.Slide
	}{
		{"text to picture", text, pic},
		{"picture to text", pic, text},
		{"timetable to text", table, text},
		{"picture to picture", pictureSlide(21), pic},
	} {
		if dip := transitionDips(t, tc.a, tc.b, true); dip != "" {
			t.Errorf("%s: %s", tc.name, dip)
		}
	}
	// The test can fail: a fade through the background (no drawing of the
	// slide that goes) is caught.
	if dip := transitionDips(t, text, pic, false); dip == "" {
		t.Errorf("a fade through the background was not caught")
	}
}

// BenchmarkRenderSlide is the cost of drawing the slide on screen for the
// crossfade to the next (once a slide, on the UI goroutine): a 1920x1280
// photo on a 1920x1080 screen.
func BenchmarkRenderSlide(b *testing.B) {
	img := image.NewRGBA(image.Rect(0, 0, 1920, 1280))
	for i := range img.Pix {
		img.Pix[i] = uint8(i * 7)
	}
	sl := pictureSlide(1)
	sl.Image = img
	th := newKioskTheme()
	th.setScreen(1920, 1080)
	test.NewTempApp(b).Settings().SetTheme(th)
	for b.Loop() {
		renderSlide(sl, fyne.NewSize(1920, 1080), fyne.NewSize(200, 120))
	}
}
