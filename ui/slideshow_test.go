package ui

import (
	"image"
	"image/color"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// painting is a made-up artwork: sky, sun and steppe, w x h.
func painting(w, h int) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := color.NRGBA{R: 90, G: 160, B: 230, A: 255}
			if y > h*2/3 {
				c = color.NRGBA{R: 200, G: 170, B: 60, A: 255}
			}
			if dx, dy := x-w*3/4, y-h/4; dx*dx+dy*dy < (h/8)*(h/8) {
				c = color.NRGBA{R: 255, G: 210, B: 40, A: 255}
			}
			img.Set(x, y, c)
		}
	}
	return img
}

func artworkSlide(w, h int) kiosk.Slide {
	return kiosk.Slide{
		Item: kiosk.Item{ID: 1, Kind: kiosk.KindArtwork, Source: "artworks/Көктем 2026/dala.jpg",
			Title: slides.Text{slides.KK: "Күн шуағындағы кең дала", slides.RU: "Степь в солнечных лучах", slides.EN: "The steppe in the sun"},
			Meta: kiosk.Meta{Exhibition: "Көктем 2026", Age: "9", Author: slides.Text{slides.KK: "Әлия Нұрғазықызы", slides.RU: "Алия Нургазыевна"},
				Technique: slides.Text{slides.KK: "Акварель", slides.EN: "Watercolour"}, Names: slides.NamesFull}},
		Image:    painting(w, h),
		Duration: 10 * time.Second,
		Langs:    []slides.Lang{slides.KK, slides.RU, slides.EN},
	}
}

// newShowWindow is a slideshow as the app shows it, the clubs button on
// top, in a test window of the given size (the theme sized for it).
func newShowWindow(t *testing.T, screen fyne.Size) (*Slideshow, fyne.Window) {
	t.Helper()
	s := NewSlideshow()
	s.transition = 0
	w := newTestWindow(t, screen, container.NewStack(s.Content(), NewClubsLauncher(slides.Langs, func() {})))
	s.KeepClear(ClubsLauncherCorner(slides.Langs))
	return s, w
}

// TestNothingUnderTheClubsButton: wide and tall pictures and posters, on
// landscape and portrait screens, keep out of the button's corner.
func TestNothingUnderTheClubsButton(t *testing.T) {
	for _, screen := range []fyne.Size{fyne.NewSize(1920, 1080), fyne.NewSize(1080, 1920)} {
		for _, shape := range [][2]int{{900, 300}, {400, 300}, {300, 400}, {300, 900}} {
			for _, kind := range []kiosk.Kind{kiosk.KindArtwork, kiosk.KindPoster} {
				s, _ := newShowWindow(t, screen)
				sl := artworkSlide(shape[0], shape[1])
				sl.Item.Kind = kind
				s.Show(sl)
				corner := ClubsLauncherCorner(slides.Langs)
				img := s.layers[s.front].image
				right, top := img.Position().X+img.Size().Width, img.Position().Y
				if right > screen.Width-corner.Width && top < corner.Height {
					t.Errorf("%v on %v, %dx%d: picture reaches (%.0f, %.0f), under the button's corner %v",
						kind, screen, shape[0], shape[1], right, top, corner)
				}
			}
		}
	}
}

func newTestWindow(t *testing.T, size fyne.Size, content fyne.CanvasObject) fyne.Window {
	t.Helper()
	a := test.NewTempApp(t)
	th := newKioskTheme()
	th.setScreen(size.Width, size.Height)
	a.Settings().SetTheme(th)
	w := test.NewTempWindow(t, content)
	w.SetPadded(false)
	w.Resize(size)
	return w
}

func TestArtworkSlideGolden(t *testing.T) {
	for _, tc := range []struct {
		name   string
		screen fyne.Size
		w, h   int
	}{
		{"artwork_landscape.png", fyne.NewSize(1920, 1080), 400, 300},
		{"artwork_portrait.png", fyne.NewSize(1080, 1920), 400, 300},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, w := newShowWindow(t, tc.screen)
			s.Show(artworkSlide(tc.w, tc.h))
			test.AssertImageMatches(t, tc.name, w.Canvas().Capture())
		})
	}
}

// TestArtworkLabelIsReadable checks the layout rules: the picture is not
// cropped, the label does not cover it, and the label text is at least 1/30
// of the screen height.
func TestArtworkLabelIsReadable(t *testing.T) {
	for _, screen := range []fyne.Size{fyne.NewSize(1920, 1080), fyne.NewSize(1080, 1920)} {
		s := NewSlideshow()
		s.transition = 0
		newTestWindow(t, screen, s.Content())
		s.Show(artworkSlide(300, 400))
		l := s.layers[s.front]
		img, label := l.image, l.label
		ip, is := img.Position(), img.Size()
		if ip.X < 0 || ip.Y < 0 || ip.X+is.Width > screen.Width+0.5 || ip.Y+is.Height > screen.Height+0.5 {
			t.Errorf("%v: picture at %v size %v leaves the screen", screen, ip, is)
		}
		if ratio := is.Width / is.Height; ratio < 0.74 || ratio > 0.76 {
			t.Errorf("%v: picture drawn at ratio %.3f, want 0.75", screen, ratio)
		}
		lp, ls := label.Position(), label.Size()
		overlapX := lp.X < ip.X+is.Width && ip.X < lp.X+ls.Width
		overlapY := lp.Y < ip.Y+is.Height && ip.Y < lp.Y+ls.Height
		if overlapX && overlapY {
			t.Errorf("%v: label %v+%v covers the picture %v+%v", screen, lp, ls, ip, is)
		}
		if lp.Y+ls.Height > screen.Height || lp.X+ls.Width > screen.Width {
			t.Errorf("%v: label %v+%v is cut off", screen, lp, ls)
		}
		if body := fyne.CurrentApp().Settings().Theme().Size(sizeBody); body < min(screen.Height/30, screen.Width/20)-0.5 || body < 36 {
			t.Errorf("%v: body text %.0f px, want 1/30 of the height (1/20 of the width on a portrait screen), at least 36", screen, body)
		}
	}
}

// TestKazakhIHasItsDot renders "і" (U+0456) in the kiosk font and counts the
// separate runs of ink down its middle: a dot and a stem make two. Fyne's
// bundled Noto Sans 2.000 draws it without the dot.
func TestKazakhIHasItsDot(t *testing.T) {
	text := canvas.NewText("і", color.Black)
	text.TextSize = 120
	w := newTestWindow(t, fyne.NewSize(160, 200), container.NewCenter(text))
	w.Canvas().SetContent(container.NewStack(canvas.NewRectangle(color.White), container.NewCenter(text)))
	img := w.Canvas().Capture()
	b := img.Bounds()
	best := 0
	for x := b.Min.X; x < b.Max.X; x++ {
		runs, inInk := 0, false
		for y := b.Min.Y; y < b.Max.Y; y++ {
			r, _, _, _ := img.At(x, y).RGBA()
			ink := r < 0x8000
			if ink && !inInk {
				runs++
			}
			inInk = ink
		}
		best = max(best, runs)
	}
	if best != 2 {
		t.Errorf("the letter і is drawn with %d separate parts down its middle, want 2 (dot and stem)", best)
	}
}

func TestAgeText(t *testing.T) {
	for _, tc := range []struct {
		l    slides.Lang
		age  string
		want string
	}{
		// The number and its unit are joined by a no-break space: wrapText
		// never parts them.
		{slides.RU, "1", "1" + keep + "год"}, {slides.RU, "3", "3" + keep + "года"}, {slides.RU, "11", "11" + keep + "лет"},
		{slides.RU, "21", "21" + keep + "год"}, {slides.KK, "9", "9" + keep + "жас"}, {slides.EN, "9", "age" + keep + "9"},
		{slides.KK, "9-10 лет", "9-10" + keep + "лет"}, {slides.EN, "", ""},
	} {
		if got := ageText(tc.l, tc.age); got != tc.want {
			t.Errorf("ageText(%s, %q) = %q, want %q", tc.l, tc.age, got, tc.want)
		}
	}
}

func TestWithoutTitle(t *testing.T) {
	for _, tc := range []struct{ body, title, want string }{
		{"# Open day\nCome!", "Open day", "Come!"},
		{"\n## Open Day \nCome!", "Open day", "Come!"},
		{"# Concert\nCome!", "Open day", "# Concert\nCome!"},
		{"Open day\nCome!", "Open day", "Open day\nCome!"},
	} {
		if got := withoutTitle(tc.body, tc.title); got != tc.want {
			t.Errorf("withoutTitle(%q, %q) = %q, want %q", tc.body, tc.title, got, tc.want)
		}
	}
}
