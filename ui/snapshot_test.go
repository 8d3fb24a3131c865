package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// TestSettledOnlyAfterTheTransition: the snapshot hook is told when a slide
// is fully up, never while a transition runs.
func TestSettledOnlyAfterTheTransition(t *testing.T) {
	s, _ := newShowWindow(t, fyne.NewSize(480, 270))
	n := 0
	s.settled = func() { n++ }
	s.transition = 0
	s.Show(pictureSlide(1))
	if n != 1 || s.moving {
		t.Fatalf("a slide put up at once: settled %d times, moving %v", n, s.moving)
	}
	// The test driver runs an animation to its end at once: settled once
	// more, at the end.
	s.transition = time.Second
	s.Show(pictureSlide(2))
	if n != 2 || s.moving {
		t.Fatalf("after the transition: settled %d times, moving %v", n, s.moving)
	}
	// The frames in between do not settle.
	s.moving = true
	s.step(0.5)
	if n != 2 {
		t.Fatalf("settled mid-transition (%d)", n)
	}
}
