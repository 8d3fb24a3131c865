package kiosk

import (
	"sync"
	"time"
)

// testClock is a Clock that moves only when a test says so.
type testClock struct {
	mu sync.Mutex
	at time.Time
}

func newTestClock() *testClock { return &testClock{at: time.Now()} }

// Clock returns the Clock to hand to a store or an ingest.
func (c *testClock) Clock() Clock {
	return func() time.Time {
		c.mu.Lock()
		defer c.mu.Unlock()
		return c.at
	}
}

// advance moves the clock on by d.
func (c *testClock) advance(d time.Duration) {
	c.mu.Lock()
	c.at = c.at.Add(d)
	c.mu.Unlock()
}
