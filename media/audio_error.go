package media

import (
	"errors"
	"fmt"
	"strings"
)

// AudioErrorKind says what is wrong with a music file, in terms staff can act on.
type AudioErrorKind int

// The kinds of AudioError.
const (
	AudioEmpty       AudioErrorKind = iota + 1 // the file has zero bytes
	AudioNotMP3                                // not an MP3 at all, e.g. text or a JPEG named .mp3
	AudioDamaged                               // an MP3 with corrupt or missing frames: cut short, garbage in the middle
	AudioUnsupported                           // MPEG audio this package cannot play: Layer I/II, MPEG 2.5 (8-12 kHz)
)

// String returns a short lower-case description of the kind.
func (k AudioErrorKind) String() string {
	switch k {
	case AudioEmpty:
		return "empty file"
	case AudioNotMP3:
		return "not an MP3"
	case AudioDamaged:
		return "damaged MP3"
	case AudioUnsupported:
		return "unsupported MP3"
	}
	return fmt.Sprintf("AudioErrorKind(%d)", int(k))
}

// AudioError is the error type of MP3 reading for problems with a file's
// content; the kiosk turns Kind into words for staff. Problems opening the
// file (missing, no permission) are the *fs.PathError from package os.
type AudioError struct {
	Kind AudioErrorKind
	Path string // the file, when known
	Err  error  // the cause, e.g. "only 41% of the frames are there"
	// Found names, for AudioUnsupported, the kind of MPEG audio: "free-format
	// mp3", "mpeg layer i", "mpeg layer ii" or "mpeg 2.5".
	Found string
}

// EndsEarly reports whether an AudioDamaged file is cut short rather than
// damaged inside.
func (e *AudioError) EndsEarly() bool {
	return e.Err != nil && strings.Contains(e.Err.Error(), "ends")
}

// Error returns e.g. "music/a.mp3: damaged MP3: the file ends early".
func (e *AudioError) Error() string {
	var b strings.Builder
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Kind.String())
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *AudioError) Unwrap() error { return e.Err }

// audioErrf makes an *AudioError whose cause is a formatted message.
func audioErrf(kind AudioErrorKind, format string, args ...any) *AudioError {
	return &AudioError{Kind: kind, Err: fmt.Errorf(format, args...)}
}

// withAudioPath sets the path of an *AudioError (in place) and returns err.
func withAudioPath(err error, path string) error {
	var ae *AudioError
	if errors.As(err, &ae) && ae.Path == "" {
		ae.Path = path
	}
	return err
}
