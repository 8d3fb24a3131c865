package media

import (
	"encoding/binary"
	"errors"
	"io"
	"slices"
)

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
