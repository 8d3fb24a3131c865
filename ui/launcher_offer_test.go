package ui

import (
	"context"
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

func TestFirstLetter(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"«Дарын»", "Д"}, {"\"Өнер\" студиясы", "Ө"}, {"  Робототехника", "Р"},
		{"(3D) модельдеу", "3"}, {"— ән —", "ә"}, {"«»", "?"}, {"", "?"},
	} {
		if got := firstLetter(c.name); got != c.want {
			t.Errorf("firstLetter(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestClubsButtonOnlyWithClubs: no clubs, no button (and no corner kept
// clear for it); clubs copied in later bring it back.
func TestClubsButtonOnlyWithClubs(t *testing.T) {
	s := NewSlideshow()
	opened := 0
	launcher := NewClubsLauncher(slides.Langs, func() { opened++ })
	w := newTestWindow(t, fyne.NewSize(1920, 1080), container.NewStack(canvas.NewRectangle(color.Black), s.Content(), launcher))
	corner := ClubsLauncherCorner(slides.Langs)
	offer := newClubsOffer(launcher, s, corner)
	if launcher.Visible() || *s.layers[0].corner != (fyne.Size{}) {
		t.Fatalf("before any clubs are known: button visible %v, corner kept clear %v", launcher.Visible(), *s.layers[0].corner)
	}
	src := &fakeClubs{}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	got := make(chan bool, 16)
	go watchClubs(ctx, src, 20*time.Millisecond, func(has bool) { offer.set(has); got <- has })
	waitFor := func(want bool) {
		t.Helper()
		deadline := time.After(5 * time.Second)
		for {
			select {
			case has := <-got:
				if has == want {
					return
				}
			case <-deadline:
				t.Fatalf("the clubs button never became offered=%v", want)
			}
		}
	}
	waitFor(false)
	test.TapCanvas(w.Canvas(), fyne.NewPos(600, 700))
	if launcher.Visible() || opened != 0 {
		t.Errorf("with no clubs: button visible %v, a tap opened the browser %d times", launcher.Visible(), opened)
	}
	src.mu.Lock()
	src.clubs = []kiosk.Club{{Club: slides.Club{ID: "art", Name: slides.Text{slides.KK: "«Дарын»"}}}}
	src.mu.Unlock()
	waitFor(true)
	if !launcher.Visible() || *s.layers[0].corner != corner {
		t.Errorf("with a club: button visible %v, corner kept clear %v, want %v", launcher.Visible(), *s.layers[0].corner, corner)
	}
	src.mu.Lock()
	src.clubs = nil
	src.mu.Unlock()
	waitFor(false)
	if launcher.Visible() {
		t.Error("the clubs button stays after the clubs went")
	}
}
