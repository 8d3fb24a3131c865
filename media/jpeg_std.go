//go:build !cgo

package media

// Without cgo, JPEGs are decoded and encoded with the standard library: the
// same results, several times slower (no shrinking while decoding).

import (
	"bytes"
	"image"
	"image/jpeg"
)

// jpegTurbo says JPEGs go through libjpeg-turbo.
const jpegTurbo = false

// decodeJPEG decodes a JPEG into an opaque RGBA image at full size; the
// standard decoder cannot shrink while decoding. It undoes Adobe's inverted
// CMYK itself, so adobe is unused, and the pixels are always on Go's heap.
func decodeJPEG(data []byte, adobe bool, minW, minH int, scratch bool) (*image.RGBA, func(), error) {
	img, err := jpeg.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, func() {}, decodeErr(err)
	}
	return flatten(img), func() {}, nil
}

// encodeJPEG encodes an RGBA image (alpha ignored) as a baseline JPEG with
// 4:2:0 chroma subsampling at the given quality.
func encodeJPEG(img *image.RGBA, quality int) ([]byte, error) {
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: quality}); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
