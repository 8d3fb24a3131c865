package media

import (
	"context"
	"encoding/binary"
	"errors"
	"sync"
	"time"
)

// FakeOutput is an Output for tests: it keeps every sample written, can
// take them at the pace of playback (or faster), and can fail like a device
// that is missing or unplugged, then recover. It is safe for concurrent use.
type FakeOutput struct {
	mu      sync.Mutex
	pace    float64 // 0: writes return at once; 1: real time; 10: ten times faster
	fail    error
	streams []*fakeStream
}

// FakeStream is what one stream of a FakeOutput received.
type FakeStream struct {
	Rate    int
	Samples []int16 // interleaved left, right
	Closed  bool
}

// NewFakeOutput returns a FakeOutput that takes samples as fast as they come.
func NewFakeOutput() *FakeOutput { return &FakeOutput{} }

// SetPace makes writes take 1/speed of the time the sound would play: 1 is
// real time, 0 (the default) no time at all.
func (f *FakeOutput) SetPace(speed float64) {
	f.mu.Lock()
	f.pace = speed
	f.mu.Unlock()
}

// SetFailure makes Open and the writes of open streams fail with err, like
// a device that is not there; nil makes the device work again.
func (f *FakeOutput) SetFailure(err error) {
	f.mu.Lock()
	f.fail = err
	f.mu.Unlock()
}

// Name implements Output; it is "fake".
func (f *FakeOutput) Name() string { return "fake" }

// Open implements Output.
func (f *FakeOutput) Open(ctx context.Context, rate int) (OutputStream, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return nil, f.fail
	}
	if rate <= 0 {
		return nil, errors.New("fake output: bad rate")
	}
	s := &fakeStream{f: f, FakeStream: FakeStream{Rate: rate}}
	f.streams = append(f.streams, s)
	return s, nil
}

// Streams returns copies of the streams opened so far, oldest first.
func (f *FakeOutput) Streams() []FakeStream {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make([]FakeStream, len(f.streams))
	for i, s := range f.streams {
		out[i] = s.FakeStream
		out[i].Samples = append([]int16(nil), s.Samples...)
	}
	return out
}

// Samples returns everything written to all streams, in order.
func (f *FakeOutput) Samples() []int16 {
	f.mu.Lock()
	defer f.mu.Unlock()
	var all []int16
	for _, s := range f.streams {
		all = append(all, s.Samples...)
	}
	return all
}

type fakeStream struct {
	f *FakeOutput
	FakeStream
}

func (s *fakeStream) Write(ctx context.Context, pcm []byte) error {
	s.f.mu.Lock()
	fail, pace := s.f.fail, s.f.pace
	if fail == nil {
		for i := 0; i+1 < len(pcm); i += 2 {
			s.Samples = append(s.Samples, int16(binary.LittleEndian.Uint16(pcm[i:])))
		}
	}
	s.f.mu.Unlock()
	if fail != nil {
		return fail
	}
	if pace > 0 {
		d := time.Duration(float64(len(pcm)/4) / float64(s.Rate) / pace * float64(time.Second))
		return sleepCtx(ctx, nil, d)
	}
	return ctx.Err()
}

func (s *fakeStream) Close() error {
	s.f.mu.Lock()
	s.Closed = true
	s.f.mu.Unlock()
	return nil
}
