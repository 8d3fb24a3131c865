package ui

import "sync/atomic"

// staffActions is what the staff panel does to the running kiosk: the
// status, the PIN and the rescan come from outside, the pause, the skip and
// the exit are the display's own.
type staffActions struct {
	StatusSource
	StaffControl
	sound  SoundControl
	show   *Slideshow
	paused atomic.Bool // staff's own pause, apart from a visitor browsing
	exit   func()
	sync   func() // re-applies the slideshow's pause
}

var _ StaffActions = (*staffActions)(nil)

func (a *staffActions) Paused() bool { return a.paused.Load() }

func (a *staffActions) SetPaused(p bool) {
	a.paused.Store(p)
	a.sync()
}

func (a *staffActions) Next()           { a.show.Next() }
func (a *staffActions) Muted() bool     { return a.sound.Muted() }
func (a *staffActions) SetMuted(m bool) { go a.sound.SetMuted(m) }
func (a *staffActions) Exit()           { a.exit() }
