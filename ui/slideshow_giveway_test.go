package ui

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// fakeSource hands out slides 1, 2, 3... of a minute each; an id in gone
// may no longer be shown.
type fakeSource struct {
	n      atomic.Int64
	mu     sync.Mutex
	gone   map[int64]bool
	played []time.Duration
}

func (f *fakeSource) Next(context.Context) (kiosk.Slide, error) {
	id := f.n.Add(1)
	f.mu.Lock()
	defer f.mu.Unlock()
	for f.gone[id] {
		id = f.n.Add(1)
	}
	return kiosk.Slide{Item: kiosk.Item{ID: id, Kind: kiosk.KindAnnouncement, Title: slides.Plain("x")},
		Duration: time.Minute, Langs: slides.Langs}, nil
}

func (f *fakeSource) Still(_ context.Context, s kiosk.Slide) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return !f.gone[s.Item.ID]
}

func (f *fakeSource) Played(_ context.Context, _ kiosk.Item, _ time.Time, d time.Duration) error {
	f.mu.Lock()
	f.played = append(f.played, d)
	f.mu.Unlock()
	return nil
}

// TestWithdrawnSlideGivesWayAtOnce: the slide on screen and the one prepared
// after it are withdrawn together; the show moves on to a third at once,
// not when the first slide's minute is up.
func TestWithdrawnSlideGivesWayAtOnce(t *testing.T) {
	s, _ := newShowWindow(t, fyne.NewSize(640, 360))
	s.transition = 0
	src := &fakeSource{gone: map[int64]bool{}}
	shown := make(chan int64, 8)
	s.shown = func(it kiosk.Item) { shown <- it.ID }
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Run(ctx, src, func() []slides.Lang { return slides.Langs }, "")
	wait := func(want int64) {
		t.Helper()
		select {
		case id := <-shown:
			if id != want {
				t.Fatalf("shown %d, want %d", id, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("slide %d did not come up", want)
		}
	}
	wait(1)
	time.Sleep(100 * time.Millisecond) // slide 2 is prepared
	src.mu.Lock()
	src.gone[1], src.gone[2] = true, true
	src.mu.Unlock()
	s.Next() // as Show.Guard's Advance does
	wait(3)
}
