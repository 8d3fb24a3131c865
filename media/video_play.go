package media

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"io"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"time"
)

// Playback: ffmpeg decodes the clip, turns it upright and scales it to the
// size the screen shows it at (never a 4K frame in the kiosk's memory), and
// writes RGBA frames on a constant clock at the clip's own frame rate (its
// timestamps placed on that clock: a frame is repeated or left out where a
// phone's variable rate needs it). PlayVideo reads them into a few buffers
// made once, and hands each to present when its time comes.

// VideoStall is how long a clip may go without a new frame before it is
// given up.
const VideoStall = 2 * time.Second

// Errors of PlayVideo besides the clip's own (a *VideoError).
var (
	ErrVideoStalled = errors.New("no new picture for 2 s")
	ErrVideoGone    = errors.New("the file was deleted or replaced while it played")
)

// PlayOptions say what to play and how.
type PlayOptions struct {
	Path   string
	Size   image.Point // the frame size on screen, upright
	FPS    float64     // the clip's frame rate (VideoInfo.FrameRate)
	Frames int         // frames in the clip, for the stats
	// Limit ends the clip early (a shorter duration in its labels); 0: none.
	Limit time.Duration
	// Start, if not nil, holds the clock until it is closed: frames are read
	// ahead meanwhile, so the first is on screen the moment it opens.
	Start <-chan struct{}
	// Buffers is how many frames are held (at least 2; default 3).
	Buffers int
	// Slip lets the clock slip when presenting falls behind (a muted clip
	// has no sound to keep up with): every frame is shown, a little late,
	// instead of frames being left out.
	Slip bool
	// Filter, if set, is the ffmpeg filter that makes the frames (see
	// VideoInfo.ShowFilter); the default scales to Size.
	Filter string
	// PixFmt is the frames' byte order: "rgba" (the default, an
	// image.RGBA as it says) or "bgr0" (blue, green, red, unused: an X
	// window's pixels, carried in the same type).
	PixFmt string
}

// PlayStats count what a play did.
type PlayStats struct {
	Frames  int           // frames in the clip (from the probe)
	Decoded int           // frames ffmpeg delivered
	Shown   int           // frames presented on time
	Late    int           // frames left out because presenting fell behind
	Slipped time.Duration // how much later than its clock a slipping clip ended
	Played  time.Duration
}

// PlayVideo plays a clip: present is called with each frame at its time
// and must return once the frame is on screen (the frame must not be read
// after the next call returns: its buffer is filled again). It returns
// when the clip ends (nil), ctx ends (ctx's error), no frame came for
// VideoStall (ErrVideoStalled), the file went (ErrVideoGone) or ffmpeg
// failed (a *VideoError with its words).
func PlayVideo(ctx context.Context, o PlayOptions, present func(*image.RGBA)) (PlayStats, error) {
	st := PlayStats{Frames: o.Frames}
	if o.Size.X <= 0 || o.Size.Y <= 0 || o.FPS <= 0 {
		return st, fmt.Errorf("play %s: no size or frame rate", o.Path)
	}
	before, err := os.Stat(o.Path)
	if err != nil {
		return st, fmt.Errorf("play %s: %w", o.Path, err)
	}
	bin, err := exec.LookPath(ffmpegTool)
	if err != nil {
		return st, &VideoError{Kind: VideoNoTool, Path: o.Path, Detail: err.Error()}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	fps := min(max(o.FPS, 1), 60)
	args := append(decodeThreads(), "-i", o.Path, "-map", "0:v:0", "-an", "-sn", "-dn")
	if o.Limit > 0 {
		args = append(args, "-t", strconv.FormatFloat(o.Limit.Seconds(), 'f', 3, 64))
	}
	args = append(args,
		"-vf", filterOr(o.Filter, o.Size),
		"-fps_mode", "cfr", "-r", strconv.FormatFloat(fps, 'f', 4, 64),
		"-pix_fmt", pixFmt(o.PixFmt), "-f", "rawvideo", "pipe:1")
	cmd := exec.CommandContext(ctx, bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &limitedBuffer{max: 4 << 10, b: &stderr}
	cmd.WaitDelay = time.Second
	out, err := cmd.StdoutPipe()
	if err != nil {
		return st, fmt.Errorf("play %s: %w", o.Path, err)
	}
	if err := cmd.Start(); err != nil {
		return st, fmt.Errorf("play %s: %w", o.Path, err)
	}

	n := max(o.Buffers, 2)
	if o.Buffers == 0 {
		n = 3
	}
	free := make(chan *image.RGBA, n)
	for range n {
		free <- image.NewRGBA(image.Rect(0, 0, o.Size.X, o.Size.Y))
	}
	full := make(chan *image.RGBA, n)
	var readErr error
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(full)
		r := bufio.NewReaderSize(out, 1<<20)
		for {
			var buf *image.RGBA
			select {
			case buf = <-free:
			case <-ctx.Done():
				return
			}
			if _, err := io.ReadFull(r, buf.Pix); err != nil {
				if !errors.Is(err, io.EOF) {
					readErr = err
				}
				return
			}
			full <- buf // never blocks: at most n buffers exist
		}
	}()
	exited := make(chan error, 1)
	finish := func(playErr error) (PlayStats, error) {
		if playErr == nil {
			// The frames ended: ffmpeg is exiting; give it a moment to say
			// whether it failed.
			go func() { wg.Wait(); exited <- cmd.Wait() }()
			select {
			case werr := <-exited:
				exited <- werr
			case <-time.After(2 * time.Second):
			}
		}
		cancel()
		wg.Wait()
		var werr error
		select {
		case werr = <-exited:
		default:
			werr = cmd.Wait()
		}
		if playErr != nil {
			return st, playErr
		}
		if werr != nil || readErr != nil {
			detail := firstLine(stderr.Bytes())
			if detail == "" && werr != nil {
				detail = werr.Error()
			}
			if detail == "" {
				detail = readErr.Error()
			}
			return st, &VideoError{Kind: VideoDamaged, Path: o.Path, Detail: detail}
		}
		return st, nil
	}

	if o.Start != nil {
		select {
		case <-o.Start:
		case <-ctx.Done():
			return finish(ctx.Err())
		}
	}
	frame := time.Duration(float64(time.Second) / fps)
	var start time.Time
	var shown *image.RGBA
	stall := time.NewTimer(VideoStall)
	defer stall.Stop()
	check := time.NewTicker(500 * time.Millisecond)
	defer check.Stop()
	for i := 0; ; {
		var buf *image.RGBA
		var ok bool
		select {
		case buf, ok = <-full:
		case <-ctx.Done():
			return finish(ctx.Err())
		case <-stall.C:
			return finish(ErrVideoStalled)
		case <-check.C:
			if gone(o.Path, before) {
				return finish(ErrVideoGone)
			}
			continue
		}
		if !ok {
			st.Played = time.Since(start)
			return finish(nil)
		}
		stall.Reset(VideoStall)
		st.Decoded++
		if start.IsZero() {
			start = time.Now()
		}
		due := start.Add(time.Duration(i) * frame)
		i++
		if wait := time.Until(due); wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-t.C:
			case <-ctx.Done():
				t.Stop()
				return finish(ctx.Err())
			}
		} else if -wait > frame && st.Shown > 0 {
			if o.Slip {
				// Behind: the clip goes on from here, a little later.
				start = start.Add(-wait)
				st.Slipped += -wait
			} else {
				// Behind by more than a frame: leave this one out to
				// catch up with the sound.
				st.Late++
				free <- buf
				continue
			}
		}
		present(buf)
		st.Shown++
		if shown != nil {
			free <- shown // the screen holds buf now
		}
		shown = buf
	}
}

func filterOr(f string, size image.Point) string {
	if f != "" {
		return f
	}
	return fmt.Sprintf("scale=%d:%d:flags=bilinear", size.X, size.Y)
}

func pixFmt(f string) string {
	if f == "bgr0" {
		return f
	}
	return "rgba"
}

// decodeThreads starts ffmpeg's arguments: quiet, and the decoder on two
// threads, the scaler on one. ffmpeg's own choice (a thread a core and
// one, for decoding and again for filtering) holds a frame more per
// thread: 40 MB more for a 1080p clip, and more CPU, not less, on two cores.
func decodeThreads() []string {
	return []string{"-nostdin", "-hide_banner", "-v", "error", "-filter_threads", "1", "-threads", "2"}
}

// gone reports whether the file at path is no longer the one that started
// playing: deleted, or replaced by another.
func gone(path string, before os.FileInfo) bool {
	now, err := os.Stat(path)
	return err != nil || !os.SameFile(before, now)
}
