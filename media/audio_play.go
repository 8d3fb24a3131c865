package media

import (
	"context"
	"encoding/binary"
	"math"
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
			p.idle(ctx)
			continue
		}
		t := p.resumeOrNext()
		if t == nil {
			p.setTrack("", false)
			p.idle(ctx)
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
		case stopped:
			t.close()
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
