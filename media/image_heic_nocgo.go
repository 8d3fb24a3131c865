//go:build !cgo

package media

import (
	"errors"
	"image"
)

// Without cgo there is no libheif: HEIC pictures are refused as a kind not
// shown.

// heicSupported says HEIC pictures are decoded.
const heicSupported = false

var errNoHEIC = imageErr(KindUnsupported, errors.New("heic images need libheif (a build with cgo)")).found("heic")

func probeHEICData([]byte) (ImageInfo, error) { return ImageInfo{}, errNoHEIC }

func decodeHEIC([]byte) (image.Image, error) { return nil, errNoHEIC }
