package kiosk

import (
	"context"
	"sync"
	"time"
)

// Why a run of the kiosk ended, as `kiosk status` gives it in stop_cause.
const (
	StopSignal      = "signal"       // SIGTERM or SIGINT: systemd, a shutdown, Ctrl+C
	StopStaff       = "staff"        // the staff panel's exit button
	StopXGone       = "x_gone"       // the X server went away
	StopNoDisplay   = "no_display"   // there was no X server to start on
	StopPanic       = "panic"        // a programming error (the trace is in the log)
	StopWatchdog    = "watchdog"     // the monitor found the screen stuck or memory over the ceiling
	StopBlankScreen = "blank_screen" // the screen came out blank three times in a row
	StopKilled      = "killed"       // it ended without a word: kill -9, a power cut, a crash in C
)

// StopCause is why this run ends, set once by whoever ends it (the first
// cause wins: a signal that arrives while the watchdog exits changes
// nothing).
type StopCause struct {
	mu     sync.Mutex
	cause  string
	reason string
}

// Set records the cause and a sentence for people, if none was set yet.
func (c *StopCause) Set(cause, reason string) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cause == "" {
		c.cause, c.reason = cause, reason
	}
}

// Get is the cause and its sentence ("" if none was set).
func (c *StopCause) Get() (cause, reason string) {
	if c == nil {
		return "", ""
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.cause, c.reason
}

// Ended records, before the process ends on its own (os.Exit), that this
// run is over and why. It waits at most two seconds for the store.
func (m *Monitor) Ended(cause, reason string) {
	if m.Cause == nil {
		m.Cause = &StopCause{}
	}
	m.Cause.Set(cause, reason)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_, why := m.Cause.Get()
	m.record(ctx, why, "exited")
}
