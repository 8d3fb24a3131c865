package kiosk

import (
	"sync/atomic"
	"time"
)

// PreviewClock is the clock of a preview (`kiosk run --at`): it starts at a
// chosen moment and runs on from there. Its Now is a Clock for Options;
// the zero value reads the wall clock until StartAt.
type PreviewClock struct {
	offset atomic.Int64 // nanoseconds ahead of the wall clock
}

// Now is the preview's current time.
func (c *PreviewClock) Now() time.Time {
	off := time.Duration(c.offset.Load())
	if off == 0 {
		return time.Now()
	}
	return time.Now().Add(off)
}

// StartAt makes the clock read t now and advance from there.
func (c *PreviewClock) StartAt(t time.Time) { c.offset.Store(int64(time.Until(t))) }
