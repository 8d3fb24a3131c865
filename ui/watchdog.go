package ui

import (
	"context"
	"fmt"
	"image"
	"log/slog"
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"github.com/shygarmashylyq/kiosk/kiosk"
)

// blankWatch looks at the picture, not only at the frame counter: once a
// slide has fully appeared it samples what the window shows (the canvas's
// own image, a few hundred pixels). A slide that should show something but
// comes out as one flat colour, or a canvas of the wrong size, is a "blank
// screen" event: logged, counted for `kiosk status`, and the window is
// rebuilt. Three in a row end the process, so systemd starts it afresh. A
// slide that is flat on purpose (a black poster) is no event.
type blankWatch struct {
	ctx     context.Context // ends with the display
	w       fyne.Window
	show    *Slideshow
	monitor func() (w, h int, ok bool) // the monitor's size, if known
	// sample, if set, reads what the window shows from the X server; else
	// the canvas is captured.
	sample func() (image.Image, error)
	// calm, if set, says whether the window has been settled long enough
	// to be judged (a window manager that just restarted, a new mode).
	calm    func(time.Duration) bool
	rebuild func()              // rebuilds the window (UI goroutine)
	end     func(reason string) // three in a row: ends the process
	settle  time.Duration       // after the transition, before looking

	mu      sync.Mutex
	events  int
	inRow   int
	last    string
	lastAt  time.Time
	checked int
}

// blankInRow is how many blank screens in a row end the process.
const blankInRow = 3

// addFacts adds the watchdog's count to the screen's facts.
func (b *blankWatch) addFacts(f *kiosk.ScreenFacts) {
	b.mu.Lock()
	defer b.mu.Unlock()
	f.BlankScreens, f.BlankScreensInRow, f.ScreenChecks = b.events, b.inRow, b.checked
	if b.last != "" {
		at := b.lastAt
		f.LastBlankScreen, f.LastBlankScreenAt = b.last, &at
	}
}

// Shown is told that a slide went up; it looks once the transition is over.
// Call from the slideshow's goroutine (not the UI one).
func (b *blankWatch) Shown(transition time.Duration) {
	sleep(b.ctx, transition+b.settle)
	if b.ctx.Err() != nil {
		return
	}
	var img image.Image
	var cur kiosk.Slide
	var canvasW, canvasH int
	fyne.DoAndWait(func() {
		cur = b.show.Current()
		c := b.w.Canvas()
		if b.sample == nil {
			img = c.Capture()
		}
		canvasW, canvasH = int(c.Size().Width*c.Scale()+0.5), int(c.Size().Height*c.Scale()+0.5)
	})
	if b.sample != nil {
		if b.calm != nil && !b.calm(1500*time.Millisecond) {
			return // the screen guard is at work, or just was: not judged
		}
		var err error
		if img, err = b.sample(); err != nil {
			slog.Warn("cannot look at the screen", "err", err)
			return
		}
		if flat(img, 24) && (cur.Image == nil || !flat(cur.Image, 24)) {
			// Look once more: a frame being redrawn is not a blank screen.
			sleep(b.ctx, 500*time.Millisecond)
			if img, err = b.sample(); err != nil || (b.calm != nil && !b.calm(2*time.Second)) {
				return
			}
		}
	}
	if img == nil || cur.Item.ID == 0 {
		return
	}
	mw, mh, known := 0, 0, false
	if b.monitor != nil {
		mw, mh, known = b.monitor()
	}
	problem := blankProblem(img, cur, canvasW, canvasH, mw, mh, known)
	b.mu.Lock()
	b.checked++
	if problem == "" {
		b.inRow = 0
		b.mu.Unlock()
		return
	}
	b.events++
	b.inRow++
	b.last, b.lastAt = problem+" ("+cur.Item.Source+")", time.Now()
	inRow := b.inRow
	b.mu.Unlock()
	slog.Error("blank screen", "problem", problem, "slide", cur.Item.Source, "in_a_row", inRow)
	if inRow >= blankInRow {
		b.end(fmt.Sprintf("the screen came out blank %d times in a row: %s", inRow, problem))
		return
	}
	fyne.Do(b.rebuild)
}

// blankProblem says what is wrong with a captured frame, "" if nothing.
func blankProblem(frame image.Image, cur kiosk.Slide, canvasW, canvasH, monW, monH int, monKnown bool) string {
	fb := frame.Bounds()
	if monKnown && (abs(canvasW-monW) > 2 || abs(canvasH-monH) > 2) {
		return fmt.Sprintf("the picture is drawn at %dx%d on a monitor of %dx%d", canvasW, canvasH, monW, monH)
	}
	if fb.Dx() < 8 || fb.Dy() < 8 {
		return fmt.Sprintf("the window's picture is %dx%d", fb.Dx(), fb.Dy())
	}
	if !flat(frame, 24) {
		return ""
	}
	if cur.Image != nil && flat(cur.Image, 24) {
		return "" // a flat poster, on purpose
	}
	return "a slide that should show a picture came out one flat colour"
}

// flat reports whether an n x n grid of samples of img is all one colour
// (within a small tolerance, for the dithering of a dark gradient).
func flat(img image.Image, n int) bool {
	b := img.Bounds()
	var first [3]int32
	for j := 0; j < n; j++ {
		for i := 0; i < n; i++ {
			x := b.Min.X + (2*i+1)*b.Dx()/(2*n)
			y := b.Min.Y + (2*j+1)*b.Dy()/(2*n)
			r, g, bl, _ := img.At(x, y).RGBA()
			c := [3]int32{int32(r >> 8), int32(g >> 8), int32(bl >> 8)}
			if i == 0 && j == 0 {
				first = c
				continue
			}
			for k := range c {
				if d := c[k] - first[k]; d > 6 || d < -6 {
					return false
				}
			}
		}
	}
	return true
}

// rebuildWindow lays out and draws the whole window again, and has the
// screen guard show it afresh. Call on the UI goroutine.
func rebuildWindow(w fyne.Window, g *screenGuard) {
	c := w.Content()
	w.SetContent(c)
	w.Canvas().Refresh(c)
	g.Remap()
}
