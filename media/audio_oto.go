package media

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/ebitengine/oto/v3"
	"github.com/jfreymuth/pulse"
)

// NewOtoOutput returns the real sound output. It never blocks and never
// fails: with no device, Open returns "PulseAudio: ...; ALSA: ..." and the
// Player shows it and tries again every 10 s.
//
// Why not oto alone: oto can make one context per process, and a context
// that failed (no sound card, PulseAudio not yet started at boot) stays
// failed, while its players claim to play. So each Open first tries
// PulseAudio (or PipeWire's pulse server) directly through
// github.com/jfreymuth/pulse, the library oto itself uses, with a fresh
// connection whenever the last one is gone: music resumes when the server
// starts after the kiosk or restarts under it. Only when PulseAudio is not
// there does it fall back to oto, once per process, for its ALSA path
// (a mini-PC with a sound card and no sound server); a working oto context
// is kept from then on. A sound card that appears later on a machine with no
// PulseAudio needs the kiosk restarted.
func NewOtoOutput() Output {
	return &deviceOutput{}
}

type deviceOutput struct {
	mu     sync.Mutex
	client *pulse.Client
	name   string
	noOto  bool // PulseAudio only (tests that listen to a PulseAudio sink)
}

// Name implements Output.
func (o *deviceOutput) Name() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.name
}

// Open implements Output.
func (o *deviceOutput) Open(ctx context.Context, rate int) (OutputStream, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if c := theOto.working(); c != nil && !o.noOto {
		o.name = "alsa"
		return newOtoStream(c, rate), nil
	}
	s, perr := o.openPulse(rate)
	if perr == nil {
		o.name = "pulseaudio"
		return s, nil
	}
	if o.noOto {
		o.name = ""
		return nil, perr
	}
	c, oerr := theOto.start(ctx)
	if oerr == nil {
		o.name = "alsa"
		return newOtoStream(c, rate), nil
	}
	o.name = ""
	return nil, fmt.Errorf("%w; ALSA: %s", perr, shortOtoErr(oerr))
}

// shortOtoErr keeps the ALSA part of oto's error, for the first device it
// tried: oto lists its PulseAudio attempt (already reported) and twenty ALSA
// devices.
func shortOtoErr(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, "ALSA: "); i >= 0 {
		s = s[i+len("ALSA: "):]
	}
	s = strings.ReplaceAll(s, "oto: ", "")
	if n := strings.Count(s, `, "`); n > 0 {
		s = fmt.Sprintf("%s (and %d more devices)", s[:strings.Index(s, `, "`)], n)
	}
	return s
}

// openPulse opens a stream on the current connection, or on a new one when
// there is none or it has gone; o.mu is held.
func (o *deviceOutput) openPulse(rate int) (OutputStream, error) {
	for range 2 {
		if o.client == nil {
			c, err := dialPulse()
			if err != nil {
				return nil, err
			}
			o.client = c
		}
		s, err := openPulseStream(o.client, rate)
		if err == nil {
			return s, nil
		}
		o.client.Close()
		o.client = nil
	}
	return nil, errors.New("PulseAudio: cannot open a stream")
}

// otoRate is the rate of the one oto context; other rates are resampled.
const otoRate = 44100

// theOto is the process's one oto context.
var theOto otoState

type otoState struct {
	mu    sync.Mutex
	made  bool
	ctx   *oto.Context
	ready chan struct{}
	err   error
}

// start makes the context on the first call and waits (5 s at most) until
// it is ready; afterwards it reports the same context or error.
func (s *otoState) start(ctx context.Context) (*oto.Context, error) {
	s.mu.Lock()
	if !s.made {
		s.made = true
		s.ctx, s.ready, s.err = oto.NewContext(&oto.NewContextOptions{
			SampleRate: otoRate, ChannelCount: 2, Format: oto.FormatSignedInt16LE,
			BufferSize: 100 * time.Millisecond, ApplicationName: "kiosk",
		})
	}
	c, ready, err := s.ctx, s.ready, s.err
	s.mu.Unlock()
	if err != nil {
		return nil, err
	}
	t := time.NewTimer(5 * time.Second)
	defer t.Stop()
	select {
	case <-ready:
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-t.C:
		return nil, errors.New("oto: the sound device is still starting")
	}
	if err := c.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// working returns the context if it was made and is playing.
func (s *otoState) working() *oto.Context {
	s.mu.Lock()
	c, ready := s.ctx, s.ready
	s.mu.Unlock()
	if ready == nil {
		return nil
	}
	select {
	case <-ready:
	default:
		return nil
	}
	if c.Err() != nil {
		return nil
	}
	return c
}

// otoStream plays through one oto player fed from a queue.
type otoStream struct {
	c  *oto.Context
	q  *pcmQueue
	p  *oto.Player
	rs *resampler
}

func newOtoStream(c *oto.Context, rate int) *otoStream {
	s := &otoStream{c: c, q: newPCMQueue(otoRate)}
	if rate != otoRate {
		s.rs = newResampler(rate, otoRate)
	}
	s.p = c.NewPlayer(otoSource{s.q})
	s.p.SetBufferSize(otoRate * 4 / 10)
	s.p.Play()
	return s
}

// otoSource gives oto what is queued, possibly nothing: oto's mixer then
// waits a millisecond and asks again.
type otoSource struct{ q *pcmQueue }

func (o otoSource) Read(b []byte) (int, error) { return o.q.take(b, false), nil }

func (s *otoStream) lost() error {
	if err := s.c.Err(); err != nil {
		return fmt.Errorf("ALSA: %w", err)
	}
	if err := s.p.Err(); err != nil {
		return fmt.Errorf("ALSA: %w", err)
	}
	return nil
}

// Write implements OutputStream.
func (s *otoStream) Write(ctx context.Context, pcm []byte) error {
	if s.rs != nil {
		pcm = s.rs.convert(pcm)
	}
	return s.q.write(ctx, pcm, s.lost)
}

// Close implements OutputStream.
func (s *otoStream) Close() error {
	s.q.drain(drainTimeout, s.lost)
	deadline := time.Now().Add(drainTimeout)
	for s.p.BufferedSize() > 0 && time.Now().Before(deadline) && s.lost() == nil {
		time.Sleep(20 * time.Millisecond)
	}
	return s.p.Close()
}
