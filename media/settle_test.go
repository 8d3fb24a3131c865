package media

import (
	"slices"
	"testing"
	"time"
)

func TestSettleArriving(t *testing.T) {
	now := time.Date(2026, 1, 10, 15, 0, 0, 0, time.UTC)
	s := Settle{Quiet: time.Second}
	tests := []struct {
		mtime    time.Time
		arriving bool
	}{
		{now, true},
		{now.Add(-999 * time.Millisecond), true},
		{now.Add(-time.Second), false},
		{now.Add(-time.Hour), false},
		{now.Add(time.Hour), false}, // a clock ahead: settled
	}
	for _, tt := range tests {
		due, arriving := s.Arriving(tt.mtime, now)
		if arriving != tt.arriving || !due.Equal(tt.mtime.Add(time.Second)) {
			t.Errorf("Arriving(%v) = %v, %v; want %v, %v", tt.mtime.Sub(now), due.Sub(now), arriving,
				tt.mtime.Add(time.Second).Sub(now), tt.arriving)
		}
	}
	if got := s.Again(now); !got.Equal(now.Add(time.Second)) {
		t.Errorf("Again = %v, want a second later", got.Sub(now))
	}
	if !s.Recent(now.Add(-3*time.Second), now) || s.Recent(now.Add(-4*time.Second), now) {
		t.Error("Recent is not four quiet periods")
	}
	if (Settle{}).Period() != DefaultQuiet {
		t.Errorf("zero Settle waits %v, want %v", Settle{}.Period(), DefaultQuiet)
	}
}

func TestLater(t *testing.T) {
	now := time.Date(2026, 1, 10, 15, 0, 0, 0, time.UTC)
	var l Later
	if _, ok := l.Next(); ok || l.Len() != 0 || l.Take(now) != nil {
		t.Fatal("the zero Later is not empty")
	}
	l.Add(nil, now) // nothing
	l.Add([]string{"b", "a"}, now.Add(2*time.Second))
	l.Add([]string{"c"}, now.Add(time.Second))
	l.Add([]string{"a"}, now.Add(time.Second))   // earlier wins
	l.Add([]string{"c"}, now.Add(3*time.Second)) // later loses
	if next, ok := l.Next(); !ok || !next.Equal(now.Add(time.Second)) {
		t.Fatalf("Next = %v, %v; want in a second", next.Sub(now), ok)
	}
	if got := l.Paths(); !slices.Equal(got, []string{"a", "b", "c"}) {
		t.Errorf("Paths = %v", got)
	}
	if got := l.Take(now); got != nil {
		t.Errorf("Take before due = %v", got)
	}
	if got := l.Take(now.Add(time.Second)); !slices.Equal(got, []string{"a", "c"}) {
		t.Errorf("Take at 1s = %v, want [a c]", got)
	}
	if got := l.Take(now.Add(time.Hour)); !slices.Equal(got, []string{"b"}) || l.Len() != 0 {
		t.Errorf("Take at 1h = %v (left %d), want [b]", got, l.Len())
	}
	l.Add([]string{"x"}, time.Time{}) // a zero time is a time too
	if _, ok := l.Next(); !ok {
		t.Error("a path due at the zero time is not waiting")
	}
	l.Clear()
	if l.Len() != 0 {
		t.Error("Clear left paths")
	}
}
