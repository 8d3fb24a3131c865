package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
)

// Burn-in care: the things that never move (the clubs button, the label
// block, the timetable heading) move by a few pixels every so often, so no
// pixel of the panel shows the same bright edge for months. The shift stays
// inside the margins those elements already keep (the launcher's margin,
// the label's padding, the timetable's 5 % border).
const (
	burnInEvery = 10 * time.Minute
	burnInReach = 3 // pixels, each way
)

// burnInNow is the clock of the shift (tests move it).
var burnInNow = time.Now

// burnInRing are the offsets taken in turn: the centre and eight points
// around it.
var burnInRing = [...]fyne.Position{
	{X: 0, Y: 0}, {X: 3, Y: 0}, {X: 2, Y: 2}, {X: 0, Y: 3}, {X: -2, Y: 2},
	{X: -3, Y: 0}, {X: -2, Y: -2}, {X: 0, Y: -3}, {X: 2, Y: -2},
}

// burnInShift is the offset of the fixed elements now.
func burnInShift() fyne.Position {
	n := burnInNow().Unix() / int64(burnInEvery/time.Second)
	return burnInRing[int(n%int64(len(burnInRing)))]
}

// shifted is pos moved by the burn-in shift.
func shifted(pos fyne.Position) fyne.Position { return pos.Add(burnInShift()) }

// burnInLoop lays the window out again at each step, so the fixed elements
// take their new place (nothing else changes; a sleeping screen is left
// alone, it shows nothing).
func burnInLoop(ctx context.Context, root fyne.CanvasObject, asleep func() bool) {
	t := time.NewTicker(burnInEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if !asleep() {
				fyne.Do(root.Refresh)
			}
		}
	}
}

// shiftLayout places its one object at its size, moved by the burn-in
// shift (the timetable heading).
type shiftLayout struct{}

func (shiftLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (shiftLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	place(objs[0], shifted(fyne.NewPos(0, 0)), size)
}
