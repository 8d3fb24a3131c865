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

// snapshotWhenSettled has the slide on screen kept as a picture for the
// crossfade to the next, once its own transition is over (if that comes
// before its time is up). From Run's goroutine. The picture is read from
// the screen when the window can be read (readScreen: what the window
// shows, off the UI goroutine, a few milliseconds); otherwise the slide is
// drawn by the software painter on the UI goroutine (a few hundred).
func (s *Slideshow) snapshotWhenSettled(ctx context.Context, cur kiosk.Slide, shownAt time.Time) {
	settled := shownAt.Add(s.transition + 300*time.Millisecond)
	if !settled.Before(shownAt.Add(cur.Duration)) || s.transition <= 0 {
		return
	}
	sleep(ctx, time.Until(settled))
	id := cur.Item.ID
	if s.readScreen != nil && s.snapshotFromScreen(id) {
		return
	}
	fyne.DoAndWait(func() { s.takeSnapshot(id) })
}

// snapshotFromScreen keeps what the window shows as the snapshot of slide
// id, if it is still on screen, nothing moves, and the picture is the
// slideshow's size and not one flat colour (a driver that cannot be read).
func (s *Slideshow) snapshotFromScreen(id int64) bool {
	var want image.Point
	ok := false
	fyne.DoAndWait(func() { want, ok = s.settledOn(id) })
	if !ok {
		return false
	}
	img, err := s.readScreen()
	if err != nil || img.Bounds().Size() != want || kiosk.OneColour(img) {
		return false
	}
	fyne.DoAndWait(func() {
		if now, still := s.settledOn(id); still && now == want {
			s.snap = &snapshot{id: id, size: s.root.Size(), img: img}
		}
	})
	return true
}

// settledOn is the slideshow's size in pixels while slide id is on screen
// and nothing moves. UI goroutine.
func (s *Slideshow) settledOn(id int64) (image.Point, bool) {
	size := s.root.Size()
	c := fyne.CurrentApp().Driver().CanvasForObject(s.root)
	if c == nil || s.layers[s.front].slide.Item.ID != id || s.moving || s.fadeImg.Visible() ||
		size.Width < 8 || size.Height < 8 || c.Size() != size {
		return image.Point{}, false
	}
	w, h := c.PixelCoordinateForPosition(fyne.NewPos(size.Width, size.Height))
	return image.Pt(w, h), true
}

// renderSlide draws a copy of a slide at size into an image.
func renderSlide(sl kiosk.Slide, size, corner fyne.Size) image.Image {
	l := newLayer()
	*l.corner = corner
	l.show(sl)
	// The software painter's smooth scaling is Catmull-Rom: about 300 ms
	// for a screen-sized photo, on the UI goroutine, every slide. Its
	// "fastest" is bilinear, as the GPU draws the photo on screen anyway.
	l.image.ScaleMode = canvas.ImageScaleFastest
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
		// Not s.fadeImg.Refresh(): that throws its texture away, and a
		// screen-sized picture uploaded again 60 times a second costs a
		// core. The painter reads Translucency as it draws; refreshing the
		// (transparent) fade rectangle only has the frame drawn again.
		s.fade.Refresh()
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
