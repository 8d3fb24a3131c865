package ui

import (
	"image"
	"image/color"
	"strings"
	"testing"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/ui/xscreen"
)

func flatImage(w, h int, c color.Color) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, c)
		}
	}
	return img
}

func gradient(w, h int) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), 90, 255})
		}
	}
	return img
}

func TestBlankProblem(t *testing.T) {
	black := flatImage(64, 64, color.Black)
	photo := kiosk.Slide{Item: kiosk.Item{ID: 1, Kind: kiosk.KindArtwork}, Image: gradient(64, 64)}
	poster := kiosk.Slide{Item: kiosk.Item{ID: 2, Kind: kiosk.KindPoster}, Image: flatImage(64, 64, color.Black)}
	text := kiosk.Slide{Item: kiosk.Item{ID: 3, Kind: kiosk.KindAnnouncement}}
	for _, tc := range []struct {
		name       string
		frame      image.Image
		slide      kiosk.Slide
		cw, ch     int
		mw, mh     int
		known      bool
		wantPrefix string // "" = no event
	}{
		{"a photo on screen", gradient(24, 24), photo, 1920, 1080, 1920, 1080, true, ""},
		{"a photo that came out black", black, photo, 1920, 1080, 1920, 1080, true, "a slide that should show"},
		{"a black poster, on purpose", black, poster, 1920, 1080, 1920, 1080, true, ""},
		{"a text slide that came out flat", black, text, 1920, 1080, 1920, 1080, true, "a slide that should show"},
		{"the canvas smaller than the monitor", gradient(24, 24), photo, 100, 125, 1920, 1080, true, "the picture is drawn at 100x125"},
		{"monitor unknown (windowed)", gradient(24, 24), photo, 800, 600, 0, 0, false, ""},
	} {
		got := blankProblem(tc.frame, tc.slide, tc.cw, tc.ch, tc.mw, tc.mh, tc.known)
		if (tc.wantPrefix == "") != (got == "") || !strings.HasPrefix(got, tc.wantPrefix) {
			t.Errorf("%s: blankProblem = %q, want %q...", tc.name, got, tc.wantPrefix)
		}
	}
}

func TestScreenProblem(t *testing.T) {
	mon := xscreen.Rect{W: 1920, H: 1080}
	ok := xscreen.State{Monitor: mon, Window: mon, Mapped: true, HasWM: true, WM: "Openbox", Fullscreen: true, Managed: true}
	race := ok // the window manager started with the kiosk
	race.Window, race.Fullscreen, race.OverrideRedirect = xscreen.Rect{X: 909, Y: 477, W: 1920, H: 1080}, false, true
	noWM := xscreen.State{Monitor: mon, Window: mon, Mapped: true}
	newMode := noWM
	newMode.Monitor = xscreen.Rect{W: 1280, H: 1024}
	for _, tc := range []struct {
		name   string
		st     xscreen.State
		cw, ch int
		bad    bool
	}{
		{"fullscreen under openbox", ok, 1920, 1080, false},
		{"the start-up race", race, 100, 125, true},
		{"no window manager, covering", noWM, 1920, 1080, false},
		{"the resolution changed", newMode, 1920, 1080, true},
		{"the canvas lags the window", noWM, 100, 125, true},
		{"not fullscreen under a manager", func() xscreen.State { s := ok; s.Fullscreen = false; return s }(), 1920, 1080, true},
	} {
		if got := screenProblem(tc.st, tc.cw, tc.ch); (got != "") != tc.bad {
			t.Errorf("%s: screenProblem = %q, want a problem: %v", tc.name, got, tc.bad)
		}
	}
}
