package ui

import (
	"image/color"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// While the display is off the window is black and the show is held; a tap
// or a key wakes it.
func TestSleepCoverBlacksOutAndWakes(t *testing.T) {
	show := NewSlideshow()
	root := container.NewStack(show.Content())
	w := newTestWindow(t, fyne.NewSize(640, 360), root)
	var woken atomic.Int32
	cover, onChange := sleeper(w, show, func() { woken.Add(1) })
	root.Objects = append(root.Objects, cover)
	root.Refresh()

	onChange(false)
	waitUntil(t, "the cover to show", func() bool { return cover.Visible() })
	if !show.held() {
		t.Error("the show is not held while the display is off")
	}
	img := w.Canvas().Capture()
	for _, p := range [][2]int{{5, 5}, {320, 180}, {630, 350}} {
		if c := color.NRGBAModel.Convert(img.At(p[0], p[1])).(color.NRGBA); c.R+c.G+c.B != 0 {
			t.Errorf("pixel %v is %v, want black", p, c)
		}
	}
	test.TapCanvas(w.Canvas(), fyne.NewPos(320, 180))
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeySpace})
	waitUntil(t, "a tap and a key to wake the display", func() bool { return woken.Load() >= 2 })

	onChange(true)
	waitUntil(t, "the cover to go", func() bool { return !cover.Visible() })
	if show.held() {
		t.Error("the show is still held after the display came on")
	}
}

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		ok := false
		fyne.DoAndWait(func() { ok = cond() })
		if ok {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}
