package media

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"slices"
	"time"
)

// Run plays until ctx ends, and then returns ctx's error. Without tracks,
// while silenced, and while there is no device it waits without using the
// processor; a track that cannot be decoded is skipped (logged and listed in
// Status().Skipped) and the next one plays.
func (p *Player) Run(ctx context.Context) error {
	p.mu.Lock()
	if p.running {
		p.mu.Unlock()
		return errRunning
	}
	p.running = true
	p.mu.Unlock()
	defer func() {
		if p.held != nil {
			p.held.close()
			p.held = nil
		}
		p.mu.Lock()
		p.running = false
		p.status.Track, p.status.Playing = "", false
		p.mu.Unlock()
	}()
	for ctx.Err() == nil {
		if p.isSilenced() {
			p.setTrack(p.heldPath(), false)
			_ = sleepCtx(ctx, p.wake, time.Hour)
			continue
		}
		t := p.resumeOrNext()
		if t == nil {
			p.setTrack("", false)
			_ = sleepCtx(ctx, p.wake, time.Hour)
			continue
		}
		out, err := p.out.Open(ctx, t.rate)
		if err != nil {
			p.held = t
			if ctx.Err() == nil {
				p.outputFailed(err)
				_ = sleepCtx(ctx, p.wake, p.retry)
			}
			continue
		}
		p.outputOK()
		p.setTrack(t.path, true)
		how, err := p.play(ctx, out, t)
		out.Close()
		switch how {
		case endOfTrack:
			t.close()
			p.setTrack("", false)
			if p.opts.Gap > 0 {
				_ = sleepCtx(ctx, nil, p.opts.Gap)
			}
		case trackFailed:
			t.close()
			p.skip(t.path, t.sig, err)
		case interrupted:
			p.held = t
		case dropped:
			t.close()
		case outputFailed:
			p.held = t
			p.outputFailed(err)
			_ = sleepCtx(ctx, nil, p.retry)
		}
	}
	return ctx.Err()
}

// outcome is how the playing of a track ended.
type outcome int

const (
	endOfTrack   outcome = iota
	trackFailed          // the file turned out to be damaged
	interrupted          // silenced: keep the track to resume
	dropped              // the file was removed or changed
	outputFailed         // the device went away: keep the track to resume
	stopped              // ctx ended
)

// playChunk is the number of samples written at a time (23 ms at 44.1 kHz):
// how soon the Player notices a change.
const playChunk = 1024

// play sends t to out from where it stands, fading in, until the track ends
// (fading out over its last samples) or something interrupts it (fading
// out from there).
func (p *Player) play(ctx context.Context, out OutputStream, t *trackReader) (outcome, error) {
	fadeN := 0
	if p.opts.Fade > 0 {
		fadeN = int(int64(p.opts.Fade) * int64(t.rate) / int64(time.Second))
	}
	volStep := 1 / (0.05 * float64(t.rate)) // full scale in 50 ms
	in, stopAt, why := 0, -1, endOfTrack
	vol := math.NaN()
	pcm := make([]byte, 0, playChunk*4)
	for {
		p.mu.Lock()
		target, silenced, gen := p.volume, p.silenced, p.gen
		p.mu.Unlock()
		if math.IsNaN(vol) {
			vol = target
		}
		if stopAt < 0 && silenced != "" {
			stopAt, why = in, interrupted
		}
		if stopAt < 0 && gen != t.gen {
			t.gen = gen
			if !p.listed(t.path) || statSig(t.path) != t.sig {
				stopAt, why = in, dropped
			}
		}
		if stopAt >= 0 && in-stopAt >= fadeN {
			return why, nil
		}
		t.fill(playChunk + fadeN)
		n := min(playChunk, len(t.fifo)/2)
		if n == 0 {
			if t.err != nil {
				return trackFailed, t.err
			}
			return endOfTrack, nil
		}
		left := len(t.fifo) / 2 // exact once t.eof
		pcm = pcm[:0]
		for i := range n {
			g := 1.0
			if fadeN > 0 {
				g = min(1, float64(in+i)/float64(fadeN))
				if t.eof {
					g = min(g, float64(left-i-1)/float64(fadeN))
				}
				if stopAt >= 0 {
					g = min(g, max(0, 1-float64(in+i-stopAt)/float64(fadeN)))
				}
			}
			if vol < target {
				vol = min(target, vol+volStep)
			} else if vol > target {
				vol = max(target, vol-volStep)
			}
			g *= vol
			for ch := range 2 {
				v := math.Round(float64(t.fifo[2*i+ch]) * g)
				pcm = binary.LittleEndian.AppendUint16(pcm, uint16(int16(v)))
			}
		}
		if err := out.Write(ctx, pcm); err != nil {
			if ctx.Err() != nil {
				return stopped, ctx.Err()
			}
			return outputFailed, err
		}
		t.fifo = t.fifo[2*n:]
		in += n
	}
}

// trackReader is a track being played: the decoder and the samples decoded
// ahead, enough to fade out over before the end is reached.
type trackReader struct {
	path string
	sig  fileSig
	gen  int // the Player's gen when the track was last checked
	src  pcmSource
	rate int
	fifo []int16 // decoded, not yet played (left, right, ...)
	eof  bool
	err  error // why the track ended early, if it did
	buf  []byte
}

// fill decodes until frames samples are ahead or the track ends.
func (t *trackReader) fill(frames int) {
	for !t.eof && len(t.fifo) < 2*frames {
		n, err := t.src.Read(t.buf)
		for i := 0; i+1 < n; i += 2 {
			t.fifo = append(t.fifo, int16(binary.LittleEndian.Uint16(t.buf[i:])))
		}
		if err == io.EOF {
			t.eof = true
		} else if err != nil {
			t.eof, t.err = true, err
		}
	}
}

func (t *trackReader) close() {
	if t.src != nil {
		t.src.Close()
		t.src = nil
	}
}

// resumeOrNext returns the held track if it is still there and unchanged,
// or else opens the next one; nil when there is nothing to play.
func (p *Player) resumeOrNext() *trackReader {
	if h := p.held; h != nil {
		p.held = nil
		if p.listed(h.path) && statSig(h.path) == h.sig {
			return h
		}
		h.close()
	}
	for {
		path := p.pick()
		if path == "" {
			return nil
		}
		p.mu.Lock()
		gen := p.gen
		p.mu.Unlock()
		sig := statSig(path)
		src, err := p.open(path)
		if err == nil && src.Rate() <= 0 {
			src.Close()
			err = &AudioError{Kind: AudioDamaged, Path: path, Err: errors.New("no sample rate")}
		}
		if err != nil {
			p.skip(path, sig, err)
			continue
		}
		return &trackReader{path: path, sig: sig, gen: gen, src: src, rate: src.Rate(), buf: make([]byte, 16<<10)}
	}
}

// pick chooses the next track: the next by name after the last one, or in
// shuffle mode one not yet played this round (a new round never starts
// with the track that ended the last). Skipped tracks wait until they change.
func (p *Player) pick() string {
	p.mu.Lock()
	tracks := slices.Clone(p.tracks)
	skips := make(map[string]fileSig, len(p.skipped))
	for path, s := range p.skipped {
		skips[path] = s.sig
	}
	p.mu.Unlock()
	cands := tracks[:0]
	for _, path := range tracks {
		if sig, ok := skips[path]; ok {
			if statSig(path) == sig {
				continue
			}
			p.mu.Lock()
			delete(p.skipped, path) // changed: try it again
			p.mu.Unlock()
		}
		cands = append(cands, path)
	}
	if len(cands) == 0 {
		return ""
	}
	var next string
	if !p.opts.Shuffle {
		i, _ := slices.BinarySearch(cands, p.last)
		if i < len(cands) && cands[i] == p.last {
			i++
		}
		next = cands[i%len(cands)]
	} else {
		var left []string
		for _, path := range cands {
			if !p.played[path] {
				left = append(left, path)
			}
		}
		if len(left) == 0 {
			clear(p.played)
			for _, path := range cands {
				if path != p.last || len(cands) == 1 {
					left = append(left, path)
				}
			}
		}
		next = left[p.rng.IntN(len(left))]
		p.played[next] = true
	}
	p.last = next
	return next
}

func (p *Player) listed(path string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	_, ok := slices.BinarySearch(p.tracks, path)
	return ok
}

func (p *Player) isSilenced() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.silenced != ""
}

func (p *Player) heldPath() string {
	if p.held == nil {
		return ""
	}
	return p.held.path
}

func (p *Player) setTrack(path string, playing bool) {
	p.mu.Lock()
	p.status.Track, p.status.Playing = path, playing
	p.mu.Unlock()
}

// skip records that the track at path, as sig describes it, cannot play.
func (p *Player) skip(path string, sig fileSig, err error) {
	reason := err.Error()
	var ae *AudioError
	if errors.As(err, &ae) {
		reason = ae.Kind.String()
		if ae.Err != nil {
			reason += ": " + ae.Err.Error()
		}
	}
	p.log.Warn("music track skipped", "path", path, "reason", reason)
	p.mu.Lock()
	if _, ok := slices.BinarySearch(p.tracks, path); ok {
		p.skipped[path] = skipped{reason: reason, sig: sig}
	}
	p.mu.Unlock()
}

func (p *Player) outputFailed(err error) {
	msg := "no sound output: " + err.Error()
	p.mu.Lock()
	changed := p.status.OutputErr != msg
	p.status.OutputErr, p.status.Output, p.status.Playing = msg, p.out.Name(), false
	p.mu.Unlock()
	if changed {
		p.log.Warn("music: no sound output; trying again every few seconds", "err", err)
	}
}

func (p *Player) outputOK() {
	name := p.out.Name()
	p.mu.Lock()
	was := p.status.OutputErr
	p.status.OutputErr, p.status.Output = "", name
	p.mu.Unlock()
	if was != "" {
		p.log.Info("music: sound output is back", "output", name)
	}
}
