package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/shygarmashylyq/kiosk/slides"
)

// The goldens are drawn with no shift: the ring's centre.
func init() { burnInNow = func() time.Time { return time.Unix(0, 0) } }

// rect is an object's place in the window.
type rect struct{ x0, y0, x1, y1 float32 }

func rectOf(o fyne.CanvasObject, parent fyne.Position) rect {
	p := o.Position().Add(parent)
	return rect{p.X, p.Y, p.X + o.Size().Width, p.Y + o.Size().Height}
}

func (r rect) inside(o rect) bool {
	return r.x0 >= o.x0 && r.y0 >= o.y0 && r.x1 <= o.x1 && r.y1 <= o.y1
}

// TestBurnInShiftStaysInTheSafeArea lays the screen out at every step of
// the burn-in ring, landscape and portrait: the clubs button stays in the
// corner the slideshow keeps clear for it, the label block on the screen
// and clear of the picture, the timetable heading inside the screen; and
// each of them really moves.
func TestBurnInShiftStaysInTheSafeArea(t *testing.T) {
	defer func() { burnInNow = func() time.Time { return time.Unix(0, 0) } }()
	for _, p := range burnInRing {
		if max(p.X, -p.X) > burnInReach || max(p.Y, -p.Y) > burnInReach {
			t.Fatalf("ring point %v is further than %d px", p, burnInReach)
		}
	}
	for _, screen := range []fyne.Size{fyne.NewSize(1920, 1080), fyne.NewSize(1080, 1920)} {
		s := NewSlideshow()
		s.transition = 0
		launcher := NewClubsLauncher(slides.Langs, func() {})
		tt := timetableSlide(timetableTestSlide())
		root := container.NewStack(s.Content(), launcher)
		w := newTestWindow(t, screen, root)
		corner := ClubsLauncherCorner(slides.Langs)
		s.KeepClear(corner)
		s.Show(artworkSlide(400, 300))
		whole := rect{0, 0, screen.Width, screen.Height}
		safeCorner := rect{screen.Width - corner.Width, 0, screen.Width, corner.Height}
		seen := map[[3]fyne.Position]bool{}
		for step := range len(burnInRing) {
			burnInNow = func() time.Time { return time.Unix(int64(step)*int64(burnInEvery/time.Second), 0) }
			var button, label, image, heading rect
			fyne.DoAndWait(func() {
				root.Objects = []fyne.CanvasObject{s.Content(), launcher, tt}
				root.Refresh()
				w.Resize(screen)
				button = rectOf(launcher.(*fyne.Container).Objects[1], launcher.Position())
				l := s.layers[s.front]
				label, image = rectOf(l.label, l.art.Position()), rectOf(l.image, l.art.Position())
				heading = rectOf(headerOf(tt), fyne.NewPos(0, 0))
			})
			if !button.inside(safeCorner) {
				t.Errorf("%v step %d: the clubs button %v leaves its corner %v", screen, step, button, safeCorner)
			}
			if !label.inside(whole) {
				t.Errorf("%v step %d: the label %v leaves the screen", screen, step, label)
			}
			overlap := label.x0 < image.x1 && image.x0 < label.x1 && label.y0 < image.y1 && image.y0 < label.y1
			if overlap {
				t.Errorf("%v step %d: the label %v covers the picture %v", screen, step, label, image)
			}
			if heading.x0 < 0 || heading.y0 < 0 || heading.x1 > screen.Width {
				t.Errorf("%v step %d: the timetable heading %v leaves the screen", screen, step, heading)
			}
			seen[[3]fyne.Position{{X: button.x0, Y: button.y0}, {X: label.x0, Y: label.y0}, {X: heading.x0, Y: heading.y0}}] = true
		}
		if len(seen) != len(burnInRing) {
			t.Errorf("%v: %d different places in %d steps; the fixed elements do not move", screen, len(seen), len(burnInRing))
		}
	}
}

// headerOf finds the timetable slide's heading: the one object of the
// shiftLayout container, with its position in the slide.
func headerOf(o fyne.CanvasObject) fyne.CanvasObject {
	var found fyne.CanvasObject
	var walk func(o fyne.CanvasObject, at fyne.Position)
	walk = func(o fyne.CanvasObject, at fyne.Position) {
		c, ok := o.(*fyne.Container)
		if !ok || found != nil {
			return
		}
		if _, ok := c.Layout.(shiftLayout); ok {
			in := c.Objects[0]
			found = &positioned{in, at.Add(c.Position()).Add(in.Position())}
			return
		}
		for _, child := range c.Objects {
			walk(child, at.Add(c.Position()))
		}
	}
	walk(o, fyne.NewPos(0, 0))
	return found
}

// positioned reports an object at its absolute place.
type positioned struct {
	fyne.CanvasObject
	at fyne.Position
}

func (p *positioned) Position() fyne.Position { return p.at }
