package media

import (
	"errors"
	"fmt"
	"strings"
)

// ImageErrorKind says what is wrong with a picture, in terms staff can act on.
type ImageErrorKind int

// The kinds of ImageError.
const (
	KindEmpty       ImageErrorKind = iota + 1 // the file has zero bytes
	KindNotImage                              // not a known image format, e.g. text named .jpg
	KindDamaged                               // truncated or corrupt data: the picture ends early
	KindTooLarge                              // Width x Height is over the limit
	KindUnsupported                           // an image, but one this package cannot decode (HEIC, TIFF, animated WebP, 12-bit JPEG...)
)

// String returns a short lower-case description of the kind.
func (k ImageErrorKind) String() string {
	switch k {
	case KindEmpty:
		return "empty file"
	case KindNotImage:
		return "not an image"
	case KindDamaged:
		return "damaged image"
	case KindTooLarge:
		return "image too large"
	case KindUnsupported:
		return "unsupported image"
	}
	return fmt.Sprintf("ImageErrorKind(%d)", int(k))
}

// ImageError is the one error type of the image functions for problems with
// a picture's content; the kiosk translates Kind into words for staff.
// Problems reading the file (missing, no permission) are returned as the
// *fs.PathError from package os, and cancellation as the context's error.
type ImageError struct {
	Kind          ImageErrorKind
	Width, Height int    // the stored size when known (always for KindTooLarge)
	Path          string // the file, when known
	Err           error  // the cause; errEndsEarly for most truncated files
	// Found names what the file is, as SniffType does, for KindNotImage (a
	// "pdf" named .jpg) and KindUnsupported (also "animated webp",
	// "12-bit jpeg", "arithmetic jpeg", "lossless jpeg", "cmyk jpeg").
	Found string
	// Limit is the largest number of pixels taken, for KindTooLarge.
	Limit int64
}

// EndsEarly reports whether a KindDamaged picture is cut short (copied only
// in part), rather than damaged inside (a wrong checksum, bad data).
func (e *ImageError) EndsEarly() bool { return errors.Is(e.Err, errEndsEarly) }

// found sets the Found field of e and returns e.
func (e *ImageError) found(what string) *ImageError {
	e.Found = what
	return e
}

// errEndsEarly is the cause of a KindDamaged error for a truncated file.
var errEndsEarly = errors.New("the picture ends early")

// Error returns e.g. "a.jpg: damaged image: the picture ends early".
func (e *ImageError) Error() string {
	var b strings.Builder
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Kind.String())
	if e.Width > 0 && e.Height > 0 {
		fmt.Fprintf(&b, " (%dx%d)", e.Width, e.Height)
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *ImageError) Unwrap() error { return e.Err }

// imageErr makes an *ImageError without a path; the exported functions add it.
func imageErr(kind ImageErrorKind, err error) *ImageError {
	return &ImageError{Kind: kind, Err: err}
}

// imageErrf makes an *ImageError whose cause is a formatted message.
func imageErrf(kind ImageErrorKind, format string, args ...any) *ImageError {
	return &ImageError{Kind: kind, Err: fmt.Errorf(format, args...)}
}

// withPath sets the path of an *ImageError (in place) and returns err.
func withPath(err error, path string) error {
	var ie *ImageError
	if errors.As(err, &ie) && ie.Path == "" {
		ie.Path = path
	}
	return err
}
