package media

import (
	"context"
	"errors"
	"sync"
	"time"
)

// Output is where the Player sends sound: a sound device, or a fake in
// tests. The Player owns the interface's use: one stream at a time, opened
// for a track and closed after it.
type Output interface {
	// Open starts a stream of interleaved 16-bit little-endian stereo
	// samples at rate samples a second (an MP3's own rate: 22050, 44100,
	// 48000...). It returns an error at once when there is no device; the
	// Player tries again later.
	Open(ctx context.Context, rate int) (OutputStream, error)
	// Name says which device plays, e.g. "pulseaudio" or "alsa"; "" while
	// there is none.
	Name() string
}

// OutputStream is one open stream of an Output.
type OutputStream interface {
	// Write queues pcm (whole stereo samples) and blocks while the device's
	// buffer is full, so a writer goes at the pace of playback. An error
	// means the device is gone, or ctx ended.
	Write(ctx context.Context, pcm []byte) error
	// Close lets the queued sound play out, for a second at most, and
	// releases the stream.
	Close() error
}

// Limits of a device stream.
const (
	queueTime    = 200 * time.Millisecond // sound queued ahead of the device
	maxAhead     = 2 * time.Second        // writes never run further ahead of the clock
	stallTimeout = 3 * time.Second        // a device that takes nothing this long is gone
	drainTimeout = time.Second
)

var errStalled = errors.New("the sound device stopped taking samples")

// pcmQueue is the buffer between a writer, paced by it, and a device that
// takes samples on its own goroutine. Besides the device's pull it keeps
// writes within maxAhead of the wall clock, so that a device that swallows
// everything at once (an ALSA null device) cannot make a busy loop.
type pcmQueue struct {
	mu       sync.Mutex
	buf      []byte
	r, n     int
	room     chan struct{} // signalled when the device takes bytes
	lastTake time.Time

	rate    int
	started time.Time // the first write
	written int64     // bytes written
}

func newPCMQueue(rate int) *pcmQueue {
	size := int(int64(rate)*4*int64(queueTime)/int64(time.Second)) &^ 3
	return &pcmQueue{buf: make([]byte, size), room: make(chan struct{}, 1), rate: rate}
}

// write queues all of p. It returns early when ctx ends, when lost reports
// an error, or when the device has taken nothing for stallTimeout.
func (q *pcmQueue) write(ctx context.Context, p []byte, lost func() error) error {
	if q.started.IsZero() {
		q.started = time.Now()
		q.mu.Lock()
		q.lastTake = q.started
		q.mu.Unlock()
	}
	q.written += int64(len(p))
	for {
		q.mu.Lock()
		k := q.put(p)
		last := q.lastTake
		q.mu.Unlock()
		p = p[k:]
		if len(p) == 0 {
			break
		}
		if err := lost(); err != nil {
			return err
		}
		if time.Since(last) > stallTimeout {
			return errStalled
		}
		if err := sleepCtx(ctx, q.room, 100*time.Millisecond); err != nil {
			return err
		}
	}
	ahead := time.Duration(q.written/4)*time.Second/time.Duration(q.rate) - time.Since(q.started)
	if ahead > maxAhead {
		return sleepCtx(ctx, nil, ahead-maxAhead)
	}
	return nil
}

// put copies what fits of p into the ring; q.mu is held.
func (q *pcmQueue) put(p []byte) int {
	total := 0
	for len(p) > 0 && q.n < len(q.buf) {
		w := (q.r + q.n) % len(q.buf)
		end := len(q.buf)
		if w < q.r {
			end = q.r
		}
		k := copy(q.buf[w:end], p)
		q.n += k
		p = p[k:]
		total += k
	}
	return total
}

// take copies queued bytes into p and returns how many; with pad it fills
// the rest of p with silence and returns len(p).
func (q *pcmQueue) take(p []byte, pad bool) int {
	q.mu.Lock()
	total := 0
	for total < len(p) && q.n > 0 {
		end := min(len(q.buf), q.r+q.n)
		k := copy(p[total:], q.buf[q.r:end])
		q.r = (q.r + k) % len(q.buf)
		q.n -= k
		total += k
	}
	q.lastTake = time.Now()
	q.mu.Unlock()
	if total > 0 {
		select {
		case q.room <- struct{}{}:
		default:
		}
	}
	if pad {
		clear(p[total:])
		return len(p)
	}
	return total
}

// drain waits until the device has taken everything, for at most timeout.
func (q *pcmQueue) drain(timeout time.Duration, lost func() error) {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) && lost() == nil {
		q.mu.Lock()
		n := q.n
		q.mu.Unlock()
		if n == 0 {
			return
		}
		_ = sleepCtx(context.Background(), q.room, 20*time.Millisecond)
	}
}

// sleepCtx waits for d, a signal on wake (which may be nil) or the end of ctx.
func sleepCtx(ctx context.Context, wake <-chan struct{}, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-wake:
	case <-t.C:
	}
	return nil
}
