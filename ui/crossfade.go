package ui

import (
	"context"
	"image"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/software"

	"github.com/shygarmashylyq/kiosk/kiosk"
)

// True crossfades. Every layer has an opaque background, and text cannot
// be made translucent, so the slide on screen is drawn into an image
// (Fyne's software painter, on a copy of the slide: the live objects stay
// in their window) while it is up. At the change that image is laid over
// the new slide, which is put on screen at once underneath, and it fades
// out: every frame is a blend of the two slides, never emptier or darker
// than both.

// snapshot is the slide on screen drawn into an image.
type snapshot struct {
	id   int64
	size fyne.Size
	img  image.Image
}

// takeSnapshot draws the slide on screen, if it is still slide id. Call on
// the UI goroutine (the software painter measures text with Fyne's shared
// shaper), once the slide's own transition is over and nothing moves.
func (s *Slideshow) takeSnapshot(id int64) {
	cur := s.layers[s.front]
	size := s.root.Size()
	if cur.slide.Item.ID != id || size.Width < 8 || size.Height < 8 || (s.anim != nil && s.fadeImg.Visible()) {
		return
	}
	s.snap = &snapshot{id: id, size: size, img: renderSlide(cur.slide, size, *cur.corner)}
}

// snapshotWhenSettled has the slide on screen drawn for the crossfade to
// the next, once its own transition is over (if that comes before its time
// is up). From Run's goroutine.
func (s *Slideshow) snapshotWhenSettled(ctx context.Context, cur kiosk.Slide, shownAt time.Time) {
	settled := shownAt.Add(s.transition + 300*time.Millisecond)
	if !settled.Before(shownAt.Add(cur.Duration)) || s.transition <= 0 {
		return
	}
	sleep(ctx, time.Until(settled))
	id := cur.Item.ID
	fyne.DoAndWait(func() { s.takeSnapshot(id) })
}

// renderSlide draws a copy of a slide at size into an image.
func renderSlide(sl kiosk.Slide, size, corner fyne.Size) image.Image {
	l := newLayer()
	*l.corner = corner
	l.show(sl)
	if sl.Item.Kind == kiosk.KindArtwork {
		l.label.Show()
	}
	c := software.NewCanvas()
	c.SetPadded(false)
	c.SetContent(l.root)
	c.Resize(size)
	return c.Capture()
}

// crossfade changes from the slide on screen to the one in layer to, over
// the snapshot of the first; false if there is no snapshot of it (the
// caller falls back).
func (s *Slideshow) crossfade(from, to *layer) bool {
	snap := s.snap
	if snap == nil || snap.id != from.slide.Item.ID || snap.size != s.root.Size() {
		return false
	}
	s.snap = nil
	s.fadeImg.Image = snap.img
	s.fadeImg.Translucency = 0
	s.fadeImg.Show()
	s.fadeImg.Refresh()
	s.swap(from, to)
	s.step = func(p float32) {
		s.fadeImg.Translucency = float64(p)
		if p >= 1 {
			s.endFade()
			return
		}
		s.fadeImg.Refresh()
	}
	return true
}

// endFade takes the snapshot away.
func (s *Slideshow) endFade() {
	s.fadeImg.Hide()
	s.fadeImg.Image = nil
	s.fadeImg.Refresh()
}

func newFadeImage() *canvas.Image {
	img := &canvas.Image{FillMode: canvas.ImageFillStretch, ScaleMode: canvas.ImageScaleFastest}
	img.Hide()
	return img
}
