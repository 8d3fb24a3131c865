package media

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jfreymuth/pulse"
	"github.com/jfreymuth/pulse/proto"
)

// dialPulse connects to the PulseAudio server (or PipeWire's pulse server)
// named by PULSE_SERVER, or the user's default one.
func dialPulse() (*pulse.Client, error) {
	c, err := pulse.NewClient(pulse.ClientApplicationName("kiosk"), pulse.ClientTimeout(2*time.Second))
	if err != nil {
		return nil, fmt.Errorf("PulseAudio: %w", err)
	}
	return c, nil
}

// pulseStream plays through one PulseAudio playback stream at the file's
// own rate; the server resamples. The library pulls samples on its own
// goroutine; a shortfall is filled with silence, since its request must be
// met at once.
type pulseStream struct {
	q  *pcmQueue
	st *pulse.PlaybackStream
}

func openPulseStream(c *pulse.Client, rate int) (*pulseStream, error) {
	s := &pulseStream{q: newPCMQueue(rate)}
	st, err := c.NewPlayback(pulse.NewReader(pulseSource{s.q}, proto.FormatInt16LE),
		pulse.PlaybackStereo, pulse.PlaybackSampleRate(rate), pulse.PlaybackLatency(0.1),
		pulse.PlaybackMediaName("background music"))
	if err != nil {
		return nil, fmt.Errorf("PulseAudio stream at %d Hz: %w", rate, err)
	}
	s.st = st
	st.Start()
	return s, nil
}

type pulseSource struct{ q *pcmQueue }

func (p pulseSource) Read(b []byte) (int, error) { return p.q.take(b, true), nil }

// lost reports an error once the stream has stopped: the server went away
// (the reader never fails, so that is the only way). It reads only the
// library's locked state; its Error is written without a lock.
func (s *pulseStream) lost() error {
	if !s.st.Running() {
		return errors.New("PulseAudio: the server went away")
	}
	return nil
}

// Write implements OutputStream.
func (s *pulseStream) Write(ctx context.Context, pcm []byte) error {
	return s.q.write(ctx, pcm, s.lost)
}

// Close implements OutputStream.
func (s *pulseStream) Close() error {
	s.q.drain(drainTimeout, s.lost)
	if s.lost() == nil {
		// The server's own buffer (the 0.1 s latency asked for) still plays;
		// its drain request would wait for the silence the reader pads with.
		time.Sleep(150 * time.Millisecond)
	}
	s.st.Close()
	return nil
}
