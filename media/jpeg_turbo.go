//go:build cgo

package media

// This file decodes and encodes JPEG with libjpeg-turbo's TurboJPEG API
// (Debian: libturbojpeg0-dev). Its decoder can shrink while decoding, by
// leaving out the high frequencies of each 8x8 block, which makes a rendition
// of a 24 MP photo several times faster than decoding it whole.

/*
#cgo pkg-config: libturbojpeg
#include <stdlib.h>
#include <turbojpeg.h>
*/
import "C"

import (
	"errors"
	"fmt"
	"image"
	"slices"
	"strings"
	"sync"
	"unsafe"
)

// jpegTurbo says JPEGs go through libjpeg-turbo.
const jpegTurbo = true

// dctScale is a DCT scaling factor num/denom.
type dctScale struct{ num, denom int }

// of returns n scaled, rounded up as TurboJPEG does (TJSCALED).
func (s dctScale) of(n int) int { return (n*s.num + s.denom - 1) / s.denom }

// jpegScales are the scaling factors worth decoding with, largest first:
// 1/1, 1/2, 3/8, 1/4 and 1/8 where libjpeg-turbo offers them. The others
// below 1 (7/8, 3/4, 5/8) decode slower than 1/1 in libjpeg-turbo 2.1
// (tjbench on a 27 MP photo: 276, 177 and 140 ms against 115 ms for 1/1 and
// 88 ms for 1/2), and larger ones enlarge.
var jpegScales = sync.OnceValue(func() []dctScale {
	var n C.int
	p := C.tjGetScalingFactors(&n)
	var out []dctScale
	if p != nil && n > 0 {
		for _, f := range unsafe.Slice(p, int(n)) {
			s := dctScale{int(f.num), int(f.denom)}
			if s.denom <= 0 || s.num*8%s.denom != 0 {
				continue
			}
			switch s.num * 8 / s.denom {
			case 8, 4, 3, 2, 1:
				out = append(out, s)
			}
		}
	}
	if !slices.Contains(out, dctScale{1, 1}) {
		out = append(out, dctScale{1, 1})
	}
	slices.SortFunc(out, func(a, b dctScale) int { return b.num*a.denom - a.num*b.denom })
	return out
})

// pickScale returns the smallest useful scaling factor that keeps a w x h
// image at least minW x minH.
func pickScale(w, h, minW, minH int) dctScale {
	best := dctScale{1, 1}
	for _, s := range jpegScales() {
		if s.of(w) >= minW && s.of(h) >= minH {
			best = s
		}
	}
	return best
}

// decodeJPEG decodes a JPEG into an opaque RGBA image, shrunk while decoding
// by the smallest factor that keeps it at least minW x minH. adobe says the
// file has an Adobe APP14 segment (CMYK stored inverted). With scratch, the
// pixels are in C memory, which free releases; otherwise free does nothing.
func decodeJPEG(data []byte, adobe bool, minW, minH int, scratch bool) (img *image.RGBA, free func(), err error) {
	free = func() {}
	if len(data) == 0 {
		return nil, free, imageErr(KindEmpty, errors.New("the file has no bytes"))
	}
	h := C.tjInitDecompress()
	if h == nil {
		return nil, free, fmt.Errorf("turbojpeg: %s", C.GoString(C.tjGetErrorStr2(nil)))
	}
	defer C.tjDestroy(h)
	src, n := (*C.uchar)(unsafe.Pointer(&data[0])), C.ulong(len(data))
	var w, ht, subsamp, colorspace C.int
	if C.tjDecompressHeader3(h, src, n, &w, &ht, &subsamp, &colorspace) != 0 {
		if err := turboErr(h); err != nil {
			return nil, free, err
		}
	}
	if w <= 0 || ht <= 0 {
		return nil, free, imageErrf(KindDamaged, "jpeg: no size in the header")
	}
	s := pickScale(int(w), int(ht), minW, minH)
	sw, sh := s.of(int(w)), s.of(int(ht))
	rect := image.Rect(0, 0, sw, sh)
	if scratch {
		p := C.malloc(C.size_t(4 * sw * sh))
		if p == nil {
			return nil, free, fmt.Errorf("jpeg: no memory for %dx%d pixels", sw, sh)
		}
		img = &image.RGBA{Pix: unsafe.Slice((*byte)(p), 4*sw*sh), Stride: 4 * sw, Rect: rect}
		free = func() { C.free(p) }
	} else {
		img = image.NewRGBA(rect)
	}
	format := C.int(C.TJPF_RGBX) // X comes out 0xFF
	cmyk := colorspace == C.TJCS_CMYK || colorspace == C.TJCS_YCCK
	if cmyk {
		format = C.TJPF_CMYK
	}
	if C.tjDecompress2(h, src, n, (*C.uchar)(unsafe.Pointer(&img.Pix[0])),
		C.int(sw), C.int(img.Stride), C.int(sh), format, C.TJFLAG_LIMITSCANS) != 0 {
		if err := turboErr(h); err != nil {
			free()
			return nil, func() {}, err
		}
	}
	if cmyk {
		cmykToRGB(img.Pix, adobe)
	}
	return img, free, nil
}

// cmykToRGB converts CMYK pixels to RGB in place, the simple way (no colour
// profile). Adobe's files store ink amounts inverted (0 is full ink).
func cmykToRGB(pix []byte, inverted bool) {
	for i := 0; i+3 < len(pix); i += 4 {
		p := pix[i : i+4 : i+4]
		c, m, y, k := uint32(p[0]), uint32(p[1]), uint32(p[2]), uint32(p[3])
		if !inverted {
			c, m, y, k = 0xFF-c, 0xFF-m, 0xFF-y, 0xFF-k
		}
		p[0], p[1], p[2], p[3] = uint8((c*k+0x7F)/0xFF), uint8((m*k+0x7F)/0xFF), uint8((y*k+0x7F)/0xFF), 0xFF
	}
}

// turboErr returns the last error of a TurboJPEG handle as an *ImageError,
// or nil for a warning about something harmless (stray bytes between
// markers, an odd but complete progression), after which the picture is fine.
func turboErr(h C.tjhandle) error {
	msg := C.GoString(C.tjGetErrorStr2(h))
	lower := strings.ToLower(msg)
	if C.tjGetErrorCode(h) == C.TJERR_WARNING {
		switch {
		case strings.Contains(lower, "premature end"):
			return imageErr(KindDamaged, errEndsEarly)
		case strings.HasPrefix(lower, "corrupt jpeg data") &&
			!strings.Contains(lower, "extraneous bytes") && !strings.Contains(lower, "icc"):
			return imageErrf(KindDamaged, "jpeg: %s", msg)
		}
		return nil
	}
	switch {
	case strings.Contains(lower, "premature end"):
		return imageErr(KindDamaged, errEndsEarly)
	case strings.Contains(lower, "unsupported jpeg process"),
		strings.Contains(lower, "unsupported jpeg data precision"),
		strings.Contains(lower, "unsupported color conversion"):
		return imageErrf(KindUnsupported, "jpeg: %s", msg).found(jpegKind(lower))
	}
	return imageErrf(KindDamaged, "jpeg: %s", msg)
}

// encodeJPEG encodes an RGBA image (alpha ignored) as a baseline JPEG with
// 4:2:0 chroma subsampling at the given quality.
func encodeJPEG(img *image.RGBA, quality int) ([]byte, error) {
	b := img.Bounds()
	if b.Empty() {
		return nil, errors.New("jpeg: cannot encode an empty image")
	}
	h := C.tjInitCompress()
	if h == nil {
		return nil, fmt.Errorf("turbojpeg: %s", C.GoString(C.tjGetErrorStr2(nil)))
	}
	defer C.tjDestroy(h)
	var (
		out  *C.uchar
		size C.ulong
	)
	pix := img.Pix[img.PixOffset(b.Min.X, b.Min.Y):]
	r := C.tjCompress2(h, (*C.uchar)(unsafe.Pointer(&pix[0])), C.int(b.Dx()), C.int(img.Stride), C.int(b.Dy()),
		C.TJPF_RGBX, &out, &size, C.TJSAMP_420, C.int(quality), 0)
	if out != nil {
		defer C.tjFree(out)
	}
	if r != 0 {
		return nil, fmt.Errorf("jpeg: encode: %s", C.GoString(C.tjGetErrorStr2(h)))
	}
	return C.GoBytes(unsafe.Pointer(out), C.int(size)), nil
}
