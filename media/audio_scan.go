package media

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Limits of the frame scanner. A file is damaged when more than 1% of its
// size, but at least junkAllowance and at most maxJunk bytes, are neither
// frames nor tags (a 4 MB song may hold 40 KB of garbage: under 3 s), or
// when fewer than minFramesRatio of the frames its encoder header announces
// are there. A glitch of a frame or two passes; a file cut short or with a
// block of garbage inside does not, since it would play as a burst of noise
// or stop mid-phrase.
const (
	firstFrameWindow = 256 << 10 // bytes searched for the first frame after the tags
	junkAllowance    = 4 << 10
	maxJunk          = 64 << 10
	minFramesRatio   = 0.9
)

// frameScanner walks the frames of an MP3 stream: it skips tags (ID3v2,
// ID3v1, APE), finds the first frame, keeps the encoder header frame aside,
// and hands out whole audio frames one at a time, so that memory stays
// bounded whatever the file holds.
type frameScanner struct {
	src     io.Reader
	r       *bufio.Reader
	size    int64 // file size, for the junk budget
	pos     int64 // offset of the next unread byte
	first   mpegHeader
	xing    xingInfo
	pending []byte // the first audio frame, read by start
	frame   []byte
	frames  int   // audio frames handed out
	junk    int64 // bytes that were neither frames nor tags
	cut     bool  // the last frame was incomplete
}

// newFrameScanner reads up to the first audio frame of r, whose length is size.
func newFrameScanner(r io.Reader, size int64) (*frameScanner, error) {
	if size == 0 {
		return nil, audioErrf(AudioEmpty, "the file has no bytes")
	}
	s := &frameScanner{src: r, r: bufio.NewReaderSize(r, 64<<10), size: size}
	return s, s.start()
}

func (s *frameScanner) start() error {
	for {
		ok, err := s.skipTag()
		if err != nil {
			return err
		}
		if !ok {
			break
		}
	}
	begin, cut := s.pos, false
	limit := begin + firstFrameWindow
	for {
		b, err := s.r.Peek(4)
		if len(b) < 4 || s.pos >= limit {
			if err != nil && !errors.Is(err, io.EOF) {
				return fmt.Errorf("read at byte %d: %w", s.pos, err)
			}
			if cut {
				return audioErrf(AudioDamaged, "the file ends inside its first frame")
			}
			return audioErrf(AudioNotMP3, "no MPEG audio frames at the start of the file")
		}
		h, ok := parseMPEGHeader(b)
		if !ok && s.pos == begin && freeFormat(b) {
			return &AudioError{Kind: AudioUnsupported, Found: "free-format mp3", Err: errors.New("a free-format MP3 (its frames give no bitrate)")}
		}
		if ok && s.confirmed(h, h) {
			s.first = h
			break
		}
		if ok && s.pos == begin {
			b, _ := s.r.Peek(h.size)
			cut = len(b) < h.size // the file ends in its first frame
		}
		if err := s.skipToSync(limit); err != nil && err != io.EOF {
			return err
		}
	}
	h := s.first
	if h.layer != 3 || h.version == 25 {
		e := audioErrf(AudioUnsupported, "MPEG-%s Layer %s audio at %d Hz; only MPEG-1/2 Layer III (MP3) plays",
			map[int]string{1: "1", 2: "2", 25: "2.5"}[h.version], map[int]string{1: "I", 2: "II", 3: "III"}[h.layer], h.rate)
		e.Found = map[int]string{1: "mpeg layer i", 2: "mpeg layer ii", 3: "mpeg 2.5"}[h.layer]
		return e
	}
	f, err := s.readFrame(h)
	if err != nil {
		if err == io.EOF {
			return audioErrf(AudioDamaged, "the file ends inside its first frame")
		}
		return err
	}
	if x, ok := parseXing(h, f); ok {
		s.xing = x
		return nil
	}
	s.pending = append([]byte(nil), f...)
	return nil
}

// next returns the next audio frame, valid until the following call, or
// io.EOF after the last one, or a damaged-file *AudioError.
func (s *frameScanner) next() ([]byte, error) {
	if s.pending != nil {
		s.frame, s.pending = append(s.frame[:0], s.pending...), nil
		s.frames++
		return s.frame, nil
	}
	for {
		b, err := s.r.Peek(4)
		if len(b) < 4 {
			if err != nil && !errors.Is(err, io.EOF) {
				return nil, fmt.Errorf("read at byte %d: %w", s.pos, err)
			}
			s.junk += int64(len(b))
			return nil, io.EOF
		}
		if h, ok := parseMPEGHeader(b); ok && h.sameStream(s.first) {
			f, err := s.readFrame(h)
			if err == nil {
				s.frames++
			}
			return f, err
		}
		if ok, err := s.skipTag(); err != nil {
			return nil, err
		} else if ok {
			continue
		}
		if err := s.resync(); err != nil {
			return nil, err
		}
	}
}

// more reports whether another audio frame follows, without consuming it.
func (s *frameScanner) more() bool {
	b, _ := s.r.Peek(4)
	h, ok := parseMPEGHeader(b)
	return ok && h.sameStream(s.first)
}

// check reports a damaged file once the frames have run out.
func (s *frameScanner) check() error {
	if s.frames == 0 {
		return audioErrf(AudioDamaged, "no audio frames after the header")
	}
	if want := s.xing.frames; want > 0 && float64(s.frames) < minFramesRatio*float64(want) {
		return audioErrf(AudioDamaged, "the file ends early: %d of %d frames (%d%%)",
			s.frames, want, 100*s.frames/want)
	}
	return nil
}

// readFrame reads the frame whose header h is at the reading position; an
// incomplete last frame is io.EOF.
func (s *frameScanner) readFrame(h mpegHeader) ([]byte, error) {
	if cap(s.frame) < h.size {
		s.frame = make([]byte, h.size, 2*h.size)
	}
	s.frame = s.frame[:h.size]
	n, err := io.ReadFull(s.r, s.frame)
	s.pos += int64(n)
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		s.cut = true
		return nil, io.EOF
	case err != nil:
		return nil, fmt.Errorf("read at byte %d: %w", s.pos, err)
	}
	return s.frame, nil
}

// confirmed reports whether a frame with header h at the reading position is
// followed by another frame of the same stream as ref, a tag or the end.
func (s *frameScanner) confirmed(h, ref mpegHeader) bool {
	if !h.sameStream(ref) {
		return false
	}
	b, _ := s.r.Peek(h.size + 10)
	if len(b) <= h.size+3 {
		return len(b) == h.size
	}
	after := b[h.size:]
	if nh, ok := parseMPEGHeader(after); ok {
		return nh.sameStream(ref)
	}
	return bytes.HasPrefix(after, []byte("TAG")) || bytes.HasPrefix(after, []byte("ID3")) ||
		bytes.HasPrefix(after, []byte("APETAGEX"))
}

// resync skips bytes that are not frames up to the next confirmed frame of the
// stream, counting them as junk.
func (s *frameScanner) resync() error {
	budget := min(max(junkAllowance, s.size/100), maxJunk)
	for {
		start := s.pos
		err := s.skipToSync(s.pos + budget + 1)
		s.junk += s.pos - start
		if s.junk > budget {
			return audioErrf(AudioDamaged, "%d bytes of garbage instead of sound near byte %d", s.junk, start)
		}
		if err != nil {
			return err
		}
		b, _ := s.r.Peek(4)
		if len(b) < 4 {
			s.junk += int64(len(b))
			return io.EOF
		}
		if h, ok := parseMPEGHeader(b); ok && s.confirmed(h, s.first) {
			return nil
		}
		if isTagStart(b) {
			return nil
		}
	}
}

// skipToSync discards at least one byte and then up to the next 0xFF byte, or
// to limit; it returns io.EOF at the end of the file.
func (s *frameScanner) skipToSync(limit int64) error {
	if _, err := s.discard(1); err != nil {
		return err
	}
	for s.pos < limit {
		b, err := s.r.Peek(min(s.r.Size(), int(limit-s.pos)))
		if i := bytes.IndexByte(b, 0xFF); i >= 0 {
			_, err := s.discard(int64(i))
			return err
		}
		if _, derr := s.discard(int64(len(b))); derr != nil {
			return derr
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil // the caller sees the end when it peeks
			}
			return fmt.Errorf("read at byte %d: %w", s.pos, err)
		}
	}
	return nil
}

func isTagStart(b []byte) bool {
	return bytes.HasPrefix(b, []byte("TAG")) || bytes.HasPrefix(b, []byte("ID3")) || bytes.HasPrefix(b, []byte("APET"))
}

// skipTag skips an ID3v2, ID3v1 or APE tag at the reading position and
// reports whether there was one.
func (s *frameScanner) skipTag() (bool, error) {
	b, _ := s.r.Peek(32)
	var n int64
	switch {
	case len(b) >= 10 && string(b[:3]) == "ID3" && b[3] < 0xFF && b[6]|b[7]|b[8]|b[9] < 0x80:
		n = 10 + int64(b[6])<<21 | int64(b[7])<<14 | int64(b[8])<<7 | int64(b[9])
		if b[5]&0x10 != 0 {
			n += 10 // footer
		}
	case len(b) >= 3 && string(b[:3]) == "TAG":
		n = 128
	case len(b) >= 32 && string(b[:8]) == "APETAGEX":
		n = 32
		if binary.LittleEndian.Uint32(b[20:])&(1<<29) != 0 { // a header: the items follow
			n += int64(binary.LittleEndian.Uint32(b[12:]))
		}
	default:
		return false, nil
	}
	_, err := s.discard(n)
	if errors.Is(err, io.EOF) {
		err = nil // a tag cut short at the end costs no sound
	}
	return true, err
}

// discard skips n bytes: through the buffer, or, for a long skip (a large
// tag) over a file, by seeking, so that nothing is read in vain.
func (s *frameScanner) discard(n int64) (int64, error) {
	var done int64
	if sk, ok := s.src.(io.Seeker); ok && n > int64(s.r.Buffered())+64<<10 {
		b, _ := s.r.Discard(s.r.Buffered())
		done, s.pos = int64(b), s.pos+int64(b)
		rest := min(n-done, max(s.size-s.pos, 0))
		if _, err := sk.Seek(rest, io.SeekCurrent); err != nil {
			return done, fmt.Errorf("seek at byte %d: %w", s.pos, err)
		}
		s.r.Reset(s.src)
		done, s.pos = done+rest, s.pos+rest
		if done < n {
			return done, io.EOF
		}
		return done, nil
	}
	for done < n {
		k, err := s.r.Discard(int(min(n-done, 1<<30)))
		done += int64(k)
		s.pos += int64(k)
		if err != nil {
			if errors.Is(err, io.EOF) {
				return done, io.EOF
			}
			return done, fmt.Errorf("read at byte %d: %w", s.pos, err)
		}
	}
	return done, nil
}
