package media

import (
	"context"
	"encoding/binary"
	"errors"
	"sync"
	"time"
)

// fakeOutput is an Output for tests: it keeps every sample written, can
// take them at the pace of playback (or faster), and can fail like a device
// that is missing or unplugged, then recover. It is safe for concurrent use.
type fakeOutput struct {
	mu      sync.Mutex
	pace    float64 // 0: writes return at once; 1: real time; 10: ten times faster
	fail    error
	streams []*fakeStream
	opens   int // calls to Open, failed ones too
}

// streamRecord is what one stream of a fakeOutput received.
type streamRecord struct {
	Rate    int
	Samples []int16 // interleaved left, right
	Closed  bool
}

// newFakeOutput returns a fakeOutput that takes samples as fast as they come.
func newFakeOutput() *fakeOutput { return &fakeOutput{} }

// SetPace makes writes take 1/speed of the time the sound would play: 1 is
// real time, 0 (the default) no time at all.
func (f *fakeOutput) SetPace(speed float64) {
	f.mu.Lock()
	f.pace = speed
	f.mu.Unlock()
}

// SetFailure makes Open and the writes of open streams fail with err, like
// a device that is not there; nil makes the device work again.
func (f *fakeOutput) SetFailure(err error) {
	f.mu.Lock()
	f.fail = err
	f.mu.Unlock()
}

// Name implements Output; it is "fake".
func (f *fakeOutput) Name() string { return "fake" }

// Open implements Output.
func (f *fakeOutput) Open(ctx context.Context, rate int) (OutputStream, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.opens++
	if f.fail != nil {
		return nil, f.fail
	}
	if rate <= 0 {
		return nil, errors.New("fake output: bad rate")
	}
	s := &fakeStream{f: f, streamRecord: streamRecord{Rate: rate}}
	f.streams = append(f.streams, s)
	return s, nil
}

// Opens returns how many times Open was called, failed calls too.
func (f *fakeOutput) Opens() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.opens
}

// Streams returns copies of the streams opened so far, oldest first.
func (f *fakeOutput) Streams() []streamRecord {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make([]streamRecord, len(f.streams))
	for i, s := range f.streams {
		out[i] = s.streamRecord
		out[i].Samples = append([]int16(nil), s.Samples...)
	}
	return out
}

// Samples returns everything written to all streams, in order.
func (f *fakeOutput) Samples() []int16 {
	f.mu.Lock()
	defer f.mu.Unlock()
	var all []int16
	for _, s := range f.streams {
		all = append(all, s.Samples...)
	}
	return all
}

type fakeStream struct {
	f *fakeOutput
	streamRecord
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
