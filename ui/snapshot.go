package ui

import (
	"time"

	"fyne.io/fyne/v2"
)

// snapshotDelay lets the window draw the slide's last frame before it is
// captured (Capture reads what was drawn).
const snapshotDelay = 150 * time.Millisecond

// settle marks the transition ended and tells whoever waits for it.
func (s *Slideshow) settle() {
	s.moving = false
	if s.settled != nil {
		s.settled()
	}
}

// snapshot hands the snapshotter a picture of the window when it wants
// one, once the slide's last frame is drawn, unless another transition has
// begun by then. Called on the UI goroutine.
func (dp *display) snapshot() {
	sn := dp.deps.Snapshot
	if sn == nil || !sn.WantSnapshot() {
		return
	}
	time.AfterFunc(snapshotDelay, func() {
		fyne.Do(func() {
			if dp.show.moving {
				return // the next slide is coming in: the next settle takes it
			}
			sn.TakeSnapshot(dp.win.Canvas().Capture())
		})
	})
}
