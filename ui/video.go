package ui

import (
	"context"
	"errors"
	"image"
	"log/slog"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/media"
)

// Video slides. The slide goes up as its first picture (the poster made at
// ingest), crossfading from the slide before like any picture. ffmpeg
// starts meanwhile, and when the transition ends the clip plays over the
// poster, frame by frame, each frame the size the screen shows it at. The
// frames go into an X window of the clip's own laid exactly over the
// picture (frameSink, xscreen.Overlay): Fyne does not draw the window again
// for each frame, which under software OpenGL costs more than decoding.
// Where there is no such window (tests, a display that is not 24-bit) they
// go into the slide's canvas.Image at most the clip's size, uploaded as
// they are (no scaling in software). Decoding and pacing run on a
// goroutine of their own (media.PlayVideo); the UI goroutine only swaps a
// frame in. When the clip ends, fails or stalls, or the show is paused, its
// last frame is handed to the slide, the overlay closes, that frame is the
// snapshot the crossfade to the next slide starts from, and the show goes
// on.

// videoPlay is a clip playing on the layer in front.
type videoPlay struct {
	id     int64
	cancel context.CancelFunc
	done   chan struct{}
}

// stop ends the clip and waits until it has.
func (p *videoPlay) stop() {
	if p == nil {
		return
	}
	p.cancel()
	<-p.done
}

// frameSink shows frames outside Fyne's drawing: an X window over the
// slide (xscreen.Overlay), so no frame costs a redraw of the whole window.
type frameSink interface {
	Put(pix []byte, stride int) error
	Close()
}

// videoPlace is where a clip is shown: its size in pixels, and its place
// in the window's pixels.
type videoPlace struct {
	size image.Point
	at   image.Point
}

// startVideo plays the clip of sl, the slide just put on screen, once its
// transition is over. From Run's goroutine.
func (s *Slideshow) startVideo(ctx context.Context, sl kiosk.Slide) *videoPlay {
	clip := sl.Video
	var place videoPlace
	var l *layer
	start := make(chan struct{})
	sinkable := s.newSink != nil
	fyne.DoAndWait(func() {
		l = s.layers[s.front]
		if l.slide.Item.ID != sl.Item.ID {
			return
		}
		place = s.videoPlace(l, clip, sinkable)
		if s.moving {
			s.videoStart = start // settle opens it
		} else {
			close(start)
		}
	})
	if place.size.X <= 0 || place.size.Y <= 0 {
		return nil
	}
	ctx, cancel := context.WithCancel(ctx)
	p := &videoPlay{id: sl.Item.ID, cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(p.done)
		defer cancel()
		var sink frameSink
		if sinkable {
			var err error
			if sink, err = s.newSink(image.Rectangle{Min: place.at, Max: place.at.Add(place.size)}); err != nil {
				slog.Info("video drawn by Fyne: no window of its own", "err", err)
				sink = nil
				// Fyne fits frames itself: no larger than the clip.
				place.size = fitIn(clip.Size, place.size, false)
			}
		}
		if clip.Sound && s.clipSound != nil {
			s.clipSound(ctx, clip, start) // its own sound, the music lowered meanwhile
		}
		opts := media.PlayOptions{Path: clip.Path, Size: place.size, FPS: clip.FPS,
			Frames: clip.Frames, Limit: clip.Limit, Start: start, Slip: !clip.Sound}
		present := func(frame *image.RGBA) {
			fyne.DoAndWait(func() {
				if l.slide.Item.ID == p.id && l.root.Visible() {
					l.image.Image = frame
					l.image.Refresh()
					if s.frameShown != nil {
						s.frameShown(frame, l.image.ScaleMode)
					}
				}
			})
		}
		var last *image.RGBA
		opts.Filter = media.VideoInfo{Interlaced: clip.Interlaced}.ShowFilter(place.size.X, place.size.Y)
		if sink != nil {
			opts.PixFmt = "bgr0"
			present = func(frame *image.RGBA) {
				if s.held() {
					cancel() // the browser, the panel or the sleep cover goes over the slide
					return
				}
				if err := sink.Put(frame.Pix, frame.Stride); err != nil {
					slog.Warn("video frame not shown", "err", err)
					cancel()
				}
				last = frame
			}
		}
		// The screen's report shows a frame from the clip playing, not
		// its poster: the report's snapshot is offered again mid-clip.
		go func() {
			select {
			case <-start:
			case <-ctx.Done():
				return
			}
			in := 2 * time.Second // into the clip, or half of a shorter one
			if clip.FPS > 0 && clip.Frames > 0 {
				in = min(in, time.Duration(float64(clip.Frames)/clip.FPS*float64(time.Second))/2)
			}
			sleep(ctx, in)
			if ctx.Err() == nil && s.settled != nil {
				fyne.Do(func() {
					if l.slide.Item.ID == p.id && !s.moving {
						s.settled()
					}
				})
			}
		}()
		began := time.Now()
		st, err := media.PlayVideo(ctx, opts, present)
		if sink != nil {
			s.closeSink(l, p.id, sink, last)
		}
		args := []any{"source", sl.Item.Source, "size", place.size.String(), "frames_in_clip", st.Frames,
			"decoded", st.Decoded, "shown", st.Shown, "late", st.Late,
			"slipped", st.Slipped.Round(time.Millisecond).String(), "seconds", st.Played.Seconds(),
			"took", time.Since(began).Round(time.Millisecond).String(), "overlay", sink != nil}
		switch {
		case err == nil:
			slog.Info("video played", args...)
		case errors.Is(err, context.Canceled):
			slog.Info("video ended early", args...)
		default:
			// Stalled, failed mid-way, deleted: the show goes on from its
			// last frame.
			slog.Warn("video skipped", append(args, "reason", err.Error())...)
		}
	}()
	return p
}

// playClipSound plays a clip's own sound through out, the music faded
// out meanwhile and back in after, unless staff muted the screen. It
// returns at once; the sound ends with ctx.
func playClipSound(ctx context.Context, out media.Output, music SoundControl, clip *kiosk.Clip, start <-chan struct{}) {
	if music.Muted() {
		return
	}
	music.SetClipSound(true)
	go func() {
		defer music.SetClipSound(false)
		if err := media.PlayClipSound(ctx, out, clip.Path, clip.Limit, start); err != nil && ctx.Err() == nil {
			slog.Warn("a clip's sound did not play", "source", clip.Path, "err", err)
		}
	}()
}

// closeSink hands the clip's last frame to Fyne's layer, lets it be drawn
// under the overlay, and only then takes the overlay away: the screen
// never shows what was under it.
func (s *Slideshow) closeSink(l *layer, id int64, sink frameSink, last *image.RGBA) {
	if last != nil {
		frame := bgrToRGBA(last)
		fyne.DoAndWait(func() {
			if l.slide.Item.ID == id {
				l.image.Image = frame
				l.image.Refresh()
				if s.frameShown != nil {
					s.frameShown(frame, l.image.ScaleMode)
				}
			}
		})
		time.Sleep(80 * time.Millisecond) // a few of the window's frames
	}
	sink.Close()
	// What was under the overlay is drawn again: Fyne does not redraw on
	// the X server's expose, and whatever now covers the slide (the
	// browser, the sleep cover) would show the clip's last frame there.
	fyne.Do(func() { s.fade.Refresh() })
}

// bgrToRGBA turns frame, whose bytes are blue, green, red, unused, into an
// image.RGBA of its own.
func bgrToRGBA(frame *image.RGBA) *image.RGBA {
	out := image.NewRGBA(frame.Rect)
	p, q := frame.Pix, out.Pix
	for i := 0; i+3 < len(p) && i+3 < len(q); i += 4 {
		q[i], q[i+1], q[i+2], q[i+3] = p[i+2], p[i+1], p[i], 0xff
	}
	return out
}

// videoPlace is where a clip is shown on layer l: fitted in the picture's
// area as the poster is, and even-sized (the scaler's chroma wants it).
// Drawn by Fyne, it is never larger than the clip (the GPU enlarges it);
// in a window of its own (sinkable) it is the size on screen. UI
// goroutine.
func (s *Slideshow) videoPlace(l *layer, clip *kiosk.Clip, sinkable bool) videoPlace {
	l.art.Refresh() // lay the picture out beside this slide's label
	c := fyne.CurrentApp().Driver().CanvasForObject(s.root)
	if c == nil || clip.Size.X <= 0 || clip.Size.Y <= 0 {
		return videoPlace{}
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(l.image)
	x0, y0 := c.PixelCoordinateForPosition(pos)
	x1, y1 := c.PixelCoordinateForPosition(pos.Add(fyne.NewPos(l.image.Size().Width, l.image.Size().Height)))
	area := image.Pt(x1-x0, y1-y0)
	screen := fitIn(clip.Size, area, true)
	size := screen
	if !sinkable {
		size = fitIn(clip.Size, area, false)
	}
	if size.X < 2 || size.Y < 2 {
		return videoPlace{}
	}
	// Frames go up as they are, and the GPU's linear filter fits them.
	l.image.ScaleMode = canvas.ImageScaleFastest
	return videoPlace{size: size, at: image.Pt(x0+(area.X-screen.X)/2, y0+(area.Y-screen.Y)/2)}
}

// fitIn is clip's size fitted in area keeping its aspect, even, and no
// larger than the clip unless enlarge.
func fitIn(clip, area image.Point, enlarge bool) image.Point {
	if clip.X <= 0 || clip.Y <= 0 {
		return image.Point{}
	}
	scale := min(float64(area.X)/float64(clip.X), float64(area.Y)/float64(clip.Y))
	if !enlarge {
		scale = min(scale, 1)
	}
	return image.Pt(int(float64(clip.X)*scale)&^1, int(float64(clip.Y)*scale)&^1)
}

// waitVideo waits until the clip ends, or the slide is ended (Next), or
// ctx ends; then, held, until the show may go on.
func (s *Slideshow) waitVideo(ctx context.Context, p *videoPlay) {
	for ctx.Err() == nil {
		select {
		case <-ctx.Done():
		case <-p.done:
			s.waitTurn(ctx, time.Now()) // a pause holds the last frame
			return
		case <-s.wake:
			if s.skip.Swap(false) || s.held() {
				// Ended, or something goes over the slide: the clip
				// stops on the frame it is at.
				p.stop()
				s.waitTurn(ctx, time.Now())
				return
			}
		}
	}
}

// snapshotLastFrame keeps the clip's last frame, on screen now, as the
// snapshot the crossfade to the next slide starts from.
func (s *Slideshow) snapshotLastFrame(id int64) {
	fyne.DoAndWait(func() {
		// The fallback draws the slide: let it draw the last frame.
		if l := s.layers[s.front]; l.slide.Item.ID == id && l.image.Image != nil && l.image.Image != l.slide.Image {
			l.slide.Image = l.image.Image
		}
	})
	if s.transition <= 0 {
		return
	}
	if s.readScreen != nil && s.snapshotFromScreen(id) {
		return
	}
	fyne.DoAndWait(func() { s.takeSnapshot(id) })
}
