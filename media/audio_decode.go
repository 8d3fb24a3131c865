package media

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/hajimehoshi/go-mp3"
)

// gaplessDelay is the decoder delay of MPEG Layer III synthesis in samples;
// with the encoder delay from a LAME header it says where the music starts
// (the value mpg123 uses).
const gaplessDelay = 529

// MP3Duration decodes the whole file at path and returns its playing time.
// It reads the file as a stream in constant memory, and gives up early on
// files that are not MP3s or hold much garbage. The time excludes the
// encoder's header frame, delay and padding (as `mpg123 -w` does), so it is
// the length of the music that was encoded. Problems with the content are
// *AudioError values.
func MP3Duration(path string) (time.Duration, error) {
	s, err := openMP3(path)
	if err != nil {
		return 0, err
	}
	defer s.Close()
	buf := make([]byte, 32<<10)
	var n int64
	for {
		k, err := s.Read(buf)
		n += int64(k)
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, err
		}
	}
	samples := n / 4
	return time.Duration(samples) * time.Second / time.Duration(s.Rate()), nil
}

// checkMP3 walks the frames of the file at path without decoding them, which
// takes a few milliseconds, and returns the *AudioError a decode would meet.
func checkMP3(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	s, err := newFrameScanner(f, info.Size())
	for err == nil {
		_, err = s.next()
	}
	if err == io.EOF {
		err = s.check()
	}
	return withAudioPath(err, path)
}

// mp3Stream decodes an MP3 file with go-mp3 into 16-bit little-endian
// stereo PCM at the file's own rate. go-mp3 sees only the audio frames the
// scanner found, never the encoder header frame (which it would play as
// 1152 samples of silence), and the output is trimmed to the encoded music
// when a LAME header gives the encoder delay and padding.
type mp3Stream struct {
	f          *os.File
	path       string
	scan       *frameScanner
	feed       frameFeed
	dec        *mp3.Decoder
	pos        int64 // samples out of go-mp3 so far
	start, end int64 // the samples kept: [start, end); end < 0 keeps all
	failed     int   // frames go-mp3 refused
	done       bool
}

// openMP3 opens the file at path and decodes its first frame.
func openMP3(path string) (*mp3Stream, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	s, err := newMP3Stream(f, path)
	if err != nil {
		f.Close()
		return nil, withAudioPath(err, path)
	}
	return s, nil
}

func newMP3Stream(f *os.File, path string) (*mp3Stream, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	scan, err := newFrameScanner(f, info.Size())
	if err != nil {
		return nil, err
	}
	s := &mp3Stream{f: f, path: path, scan: scan, end: -1}
	s.feed.scan = scan
	if x := scan.xing; x.gapless {
		s.start = int64(x.delay + gaplessDelay)
		s.end = int64(x.frames*scan.first.samples-x.padding) + gaplessDelay
	}
	s.dec, err = decodeSafely(func() (*mp3.Decoder, error) { return mp3.NewDecoder(&s.feed) })
	if err != nil {
		if s.feed.err != nil && s.feed.err != io.EOF {
			return nil, s.feed.err
		}
		if s.feed.err == io.EOF {
			return nil, audioErrf(AudioDamaged, "the file ends after its first frame")
		}
		return nil, &AudioError{Kind: AudioDamaged, Err: fmt.Errorf("first frame: %w", err)}
	}
	return s, nil
}

// Rate returns the sample rate, e.g. 44100.
func (s *mp3Stream) Rate() int { return s.scan.first.rate }

// Close closes the file.
func (s *mp3Stream) Close() error { return s.f.Close() }

// Read fills p with whole stereo samples. It returns io.EOF at the end of
// the music, or an *AudioError when the file turns out to be damaged.
func (s *mp3Stream) Read(p []byte) (int, error) {
	p = p[:len(p)&^3]
	if len(p) == 0 {
		return 0, nil
	}
	for !s.done {
		n, err := decodeSafely(func() (int, error) { return s.dec.Read(p) })
		if n > 0 {
			if n = s.trim(p[:n&^3]); n > 0 {
				return n, nil
			}
			continue
		}
		switch {
		case s.feed.err != nil && s.feed.err != io.EOF:
			return 0, withAudioPath(s.feed.err, s.path)
		case err == io.EOF:
			s.done = true
			if err := s.scan.check(); err != nil {
				return 0, withAudioPath(err, s.path)
			}
		case err != nil:
			// go-mp3 refused a frame: drop the rest of it and go on, unless
			// that happens too often to sound right.
			s.failed++
			s.feed.cur = nil
			if s.failed > 3 && s.failed > s.scan.frames/100 {
				return 0, withAudioPath(&AudioError{Kind: AudioDamaged,
					Err: fmt.Errorf("%d frames cannot be decoded, the last: %w", s.failed, err)}, s.path)
			}
		}
	}
	return 0, io.EOF
}

// trim keeps the part of the n/4 samples just decoded into p that lies in
// [start, end), moves it to the front of p and returns its length in bytes.
func (s *mp3Stream) trim(p []byte) int {
	first := s.pos
	s.pos += int64(len(p) / 4)
	if want := s.scan.xing.frames; s.end >= 0 && s.pos > s.end &&
		(s.scan.frames > want || s.scan.frames == want && s.scan.more()) {
		s.end = -1 // more frames than the header said (joined files): keep them all
	}
	lo, hi := max(first, s.start), s.pos
	if s.end >= 0 {
		hi = min(hi, s.end)
	}
	if hi <= lo {
		return 0
	}
	return copy(p, p[(lo-first)*4:(hi-first)*4])
}

// frameFeed is the io.Reader go-mp3 decodes: the scanner's frames back to
// back, so go-mp3's own search for frames never meets garbage.
type frameFeed struct {
	scan *frameScanner
	cur  []byte
	err  error // the scanner's error, io.EOF at the end
}

func (f *frameFeed) Read(p []byte) (int, error) {
	for len(f.cur) == 0 {
		if f.err != nil {
			return 0, f.err
		}
		f.cur, f.err = f.scan.next()
	}
	n := copy(p, f.cur)
	f.cur = f.cur[n:]
	return n, nil
}

// decodeSafely calls fn and turns a panic inside go-mp3, which malformed
// frames can cause, into an error: a bad file must never stop the kiosk.
func decodeSafely[T any](fn func() (T, error)) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint("mp3 decoder panic: ", r))
		}
	}()
	return fn()
}
