package media

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// fakeTrack describes a made-up track: frames samples at rate, each channel
// valued amp, or, with ramp, the sample's position/4 (to tell where a resumed
// track went on); openErr fails the open, failAt the decode at that sample.
type fakeTrack struct {
	rate, frames int
	amp          int16
	ramp         bool
	openErr      error
	failAt       int
}

type fakeSource struct {
	fakeTrack
	pos int
}

func (s *fakeSource) Rate() int    { return s.rate }
func (s *fakeSource) Close() error { return nil }

func (s *fakeSource) Read(p []byte) (int, error) {
	n := 0
	for ; n+4 <= len(p) && s.pos < s.frames; n += 4 {
		if s.failAt > 0 && s.pos >= s.failAt {
			return n, &AudioError{Kind: AudioDamaged, Err: errors.New("made-up damage")}
		}
		v := s.amp
		if s.ramp {
			v = int16(s.pos / 4)
		}
		binary.LittleEndian.PutUint16(p[n:], uint16(v))
		binary.LittleEndian.PutUint16(p[n+2:], uint16(v))
		s.pos++
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// playerRig is a Player on a fakeOutput whose tracks are made-up files in a
// temporary folder (real files, so that changes can be seen).
type playerRig struct {
	t      *testing.T
	dir    string
	out    *fakeOutput
	p      *Player
	mu     sync.Mutex
	tracks map[string]fakeTrack
	opens  []string
	cancel context.CancelFunc
	done   chan error
}

func newRig(t *testing.T, opts PlayerOptions, tracks map[string]fakeTrack) *playerRig {
	t.Helper()
	r := &playerRig{t: t, dir: t.TempDir(), out: newFakeOutput(), tracks: tracks}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	r.p = NewPlayer(r.out, opts)
	r.p.retry = 30 * time.Millisecond
	r.p.open = func(path string) (pcmSource, error) {
		r.mu.Lock()
		defer r.mu.Unlock()
		name := filepath.Base(path)
		r.opens = append(r.opens, name)
		tr, ok := r.tracks[name]
		if !ok {
			return nil, os.ErrNotExist
		}
		if tr.openErr != nil {
			return nil, tr.openErr
		}
		return &fakeSource{fakeTrack: tr}, nil
	}
	for name := range tracks {
		r.touch(name, "v1")
	}
	return r
}

// touch writes the file name with content, so that it exists or changes.
func (r *playerRig) touch(name, content string) string {
	path := filepath.Join(r.dir, name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		r.t.Fatal(err)
	}
	return path
}

func (r *playerRig) setTracks(names ...string) {
	var paths []string
	for _, n := range names {
		paths = append(paths, filepath.Join(r.dir, n))
	}
	r.p.SetTracks(paths)
}

func (r *playerRig) start() {
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel, r.done = cancel, make(chan error, 1)
	go func() { r.done <- r.p.Run(ctx) }()
	r.t.Cleanup(r.stop)
}

func (r *playerRig) stop() {
	if r.cancel == nil {
		return
	}
	r.cancel()
	select {
	case err := <-r.done:
		if !errors.Is(err, context.Canceled) {
			r.t.Errorf("Run returned %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		r.t.Fatal("Run did not return after cancel")
	}
	r.cancel = nil
}

func (r *playerRig) openCount() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.opens)
}

// waitFor polls cond for up to 5 s.
func (r *playerRig) waitFor(what string, cond func() bool) {
	r.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			r.t.Fatalf("timed out waiting for %s; status %+v", what, r.p.Status())
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// waitIdle waits until Run sleeps having seen every change made so far
// (SetTracks, SetSilenced): from then on it does nothing until told more,
// so what has not happened yet will not happen.
func (r *playerRig) waitIdle(what string) {
	r.t.Helper()
	r.waitFor(what, func() bool {
		r.p.mu.Lock()
		defer r.p.mu.Unlock()
		return r.p.idleSeen == r.p.pokes
	})
}

// streamsAtLeast waits until n streams are closed and returns them.
func (r *playerRig) streamsAtLeast(n int) []streamRecord {
	r.t.Helper()
	var ss []streamRecord
	r.waitFor("streams", func() bool {
		ss = r.out.Streams()
		closed := 0
		for _, s := range ss {
			if s.Closed {
				closed++
			}
		}
		return closed >= n
	})
	return ss
}

// amp is the value of a stream's middle sample: which track it played.
func amp(s streamRecord) int16 {
	if len(s.Samples) == 0 {
		return 0
	}
	return s.Samples[len(s.Samples)/2&^1]
}
