package kiosk

import "time"

// Clock tells the time. A kiosk has one (Options.Clock), handed to its store,
// ingest and show, so that a test or a preview of another hour (`kiosk run
// --at`) sets the time in one place. The nil Clock is the wall clock.
type Clock func() time.Time

// Now is the clock's time.
func (c Clock) Now() time.Time {
	if c == nil {
		return time.Now()
	}
	return c()
}
