package kiosk

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeClocks is a wall clock and a monotonic clock the test moves.
type fakeClocks struct {
	mu   sync.Mutex
	wall time.Time
	mono time.Duration
}

func (f *fakeClocks) advance(wall, mono time.Duration) {
	f.mu.Lock()
	f.wall, f.mono = f.wall.Add(wall), f.mono+mono
	f.mu.Unlock()
}

func (f *fakeClocks) watch() *clockWatch {
	return &clockWatch{
		wall:  func() time.Time { f.mu.Lock(); defer f.mu.Unlock(); return f.wall },
		mono:  func() time.Duration { f.mu.Lock(); defer f.mu.Unlock(); return f.mono },
		limit: time.Minute,
	}
}

func TestClockWatchSeesJumpsEitherWay(t *testing.T) {
	f := &fakeClocks{wall: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}
	cw := f.watch()
	cw.look()
	for _, tc := range []struct {
		wall, mono, want time.Duration
	}{
		{5 * time.Second, 5 * time.Second, 0},
		{50 * time.Second, 5 * time.Second, 0},                                // 45 s: within a minute
		{6 * 24 * time.Hour, 5 * time.Second, 6*24*time.Hour - 5*time.Second}, // network time arrives
		{-2 * time.Hour, 5 * time.Second, -2*time.Hour - 5*time.Second},
		{5 * time.Second, 5 * time.Second, 0},
	} {
		f.advance(tc.wall, tc.mono)
		if got := cw.look(); got != tc.want {
			t.Errorf("wall +%v, monotonic +%v: jump %v, want %v", tc.wall, tc.mono, got, tc.want)
		}
	}
}

// A jump is noted in status and every schedule is looked at again at once.
func TestClockJumpReevaluates(t *testing.T) {
	k := openTestKiosk(t)
	f := &fakeClocks{wall: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}
	jumped := make(chan struct{}, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go k.watchClock(ctx, f.watch(), 10*time.Millisecond, 1000, func() { jumped <- struct{}{} })
	waitFor(t, "the first look at the clock", func() bool { return !k.ClockStatus(ctx).CheckedAt.IsZero() })
	f.advance(340*24*time.Hour, 10*time.Millisecond)
	select {
	case <-jumped:
	case <-time.After(10 * time.Second):
		t.Fatal("a jump of 340 days did not re-evaluate the show")
	}
	select {
	case <-k.Display.kick:
	default:
		t.Error("the display was not asked to look at the hours again")
	}
	st := k.ClockStatus(ctx)
	if st.Jumps != 1 || st.JumpS < 340*86400-1 || !strings.Contains(st.Note(), "the clock jumped forward by 340.0 days") {
		t.Errorf("status after the jump: %+v, note %q", st, st.Note())
	}
}

func TestClockNotSynchronisedNote(t *testing.T) {
	st := ClockStatus{Synchronized: "no"}
	if !strings.Contains(st.Note(), "not synchronised") {
		t.Errorf("note %q", st.Note())
	}
	if (ClockStatus{Synchronized: "yes"}).Note() != "" {
		t.Error("a synchronised clock has a note")
	}
}
