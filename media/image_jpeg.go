package media

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// jpegHeader is what the markers before a JPEG's first scan tell.
type jpegHeader struct {
	width, height int
	components    int
	progressive   bool
	adobe         bool  // an Adobe APP14 segment: CMYK data is stored inverted
	orientation   int   // from the EXIF APP1 segment, 1 if none
	sos           int64 // offset of the first scan's marker; 0 unless read up to it
	arithmetic    bool  // arithmetic coding (SOF9-SOF11): libjpeg-turbo decodes it, image/jpeg does not
}

// readJPEGHeader reads the markers of a JPEG from r, which starts at the SOI
// marker, up to the frame header (SOFn), or with toScan up to the first scan.
// It skips stray bytes between markers as libjpeg does.
func readJPEGHeader(r *bufio.Reader, toScan bool) (jpegHeader, error) {
	h := jpegHeader{orientation: 1}
	if _, err := r.Discard(2); err != nil { // SOI
		return h, err
	}
	off := int64(2)
	var seenFrame, seenExif bool
	for {
		marker, err := nextMarker(r, &off)
		if err != nil {
			return h, err
		}
		switch {
		case marker == 0x00, marker == 0x01, marker >= 0xD0 && marker <= 0xD8:
			continue // stuffed zero, TEM, RSTn, SOI: no segment
		case marker == 0xD9:
			return h, imageErr(KindDamaged, errors.New("jpeg: the file ends before its picture"))
		}
		var lb [2]byte
		if _, err := io.ReadFull(r, lb[:]); err != nil {
			return h, err
		}
		off += 2
		n := int(lb[0])<<8 | int(lb[1]) - 2 // bytes after the length
		if n < 0 {
			return h, imageErr(KindDamaged, errors.New("jpeg: bad segment length"))
		}
		var body []byte
		switch {
		case isSOF(marker):
			if seenFrame {
				return h, imageErr(KindDamaged, errors.New("jpeg: two frame headers"))
			}
			seenFrame = true
			if n < 6 {
				return h, imageErr(KindDamaged, errors.New("jpeg: short frame header"))
			}
			if body, err = readSegment(r, n); err != nil {
				return h, err
			}
			if err := h.setFrame(marker, body); err != nil {
				return h, err
			}
			if !toScan {
				return h, nil
			}
		case marker == 0xDA: // SOS
			if !seenFrame {
				return h, imageErr(KindDamaged, errors.New("jpeg: scan before frame header"))
			}
			h.sos = off - 4
			return h, nil
		case marker == 0xE1 && !seenExif && n >= 14: // APP1, maybe Exif
			if body, err = readSegment(r, n); err != nil {
				return h, err
			}
			if bytes.HasPrefix(body, []byte("Exif\x00\x00")) {
				seenExif = true
				h.orientation = exifOrientation(body[6:])
			}
		case marker == 0xEE && n >= 12: // APP14, maybe Adobe
			if body, err = readSegment(r, n); err != nil {
				return h, err
			}
			h.adobe = h.adobe || bytes.HasPrefix(body, []byte("Adobe"))
		default:
			if _, err := r.Discard(n); err != nil {
				return h, err
			}
		}
		off += int64(n)
	}
}

// nextMarker reads up to the next marker, 0xFF (any number of them) then
// its code, skipping stray bytes before it, and returns the code; off
// counts the bytes read.
func nextMarker(r *bufio.Reader, off *int64) (byte, error) {
	for {
		c, err := r.ReadByte()
		if err != nil {
			return 0, err
		}
		*off++
		if c != 0xFF {
			continue
		}
		for c == 0xFF {
			if c, err = r.ReadByte(); err != nil {
				return 0, err
			}
			*off++
		}
		return c, nil
	}
}

// setFrame reads a frame header's body and refuses the JPEG processes that
// libjpeg-turbo's TurboJPEG API does not decode.
func (h *jpegHeader) setFrame(marker byte, b []byte) error {
	h.height = int(b[1])<<8 | int(b[2])
	h.width = int(b[3])<<8 | int(b[4])
	h.components = int(b[5])
	h.progressive = marker&3 == 2
	h.arithmetic = marker >= 0xC9 && marker <= 0xCB
	switch {
	case marker&3 == 3:
		return imageErr(KindUnsupported, errors.New("lossless jpeg images are not supported")).found("lossless jpeg")
	case marker >= 0xC5 && marker <= 0xC7, marker >= 0xCD:
		return imageErr(KindUnsupported, errors.New("hierarchical jpeg images are not supported")).found("hierarchical jpeg")
	case b[0] != 8:
		return imageErrf(KindUnsupported, "%d-bit jpeg images are not supported", b[0]).found(fmt.Sprintf("%d-bit jpeg", b[0]))
	case h.components != 1 && h.components != 3 && h.components != 4:
		return imageErrf(KindUnsupported, "jpeg images with %d colour components are not supported", h.components).found(fmt.Sprintf("%d-channel jpeg", h.components))
	}
	return nil
}

// isSOF reports whether a marker starts a frame (SOF0-SOF15, which share
// their range with DHT, JPG and DAC).
func isSOF(m byte) bool {
	return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC
}

// readSegment reads exactly n bytes.
func readSegment(r io.Reader, n int) ([]byte, error) {
	b := make([]byte, n)
	_, err := io.ReadFull(r, b)
	return b, err
}

// jpegEndsEarly reports whether a JPEG has no end-of-image marker after the
// start of its first scan, which is how a file cut short looks. (In entropy-
// coded data 0xFF is always followed by 0x00 or a restart marker, so the
// bytes FF D9 there can only be the real end; an EXIF thumbnail's end marker
// comes before the scan.)
func jpegEndsEarly(data []byte, sos int64) bool {
	if sos <= 0 || sos > int64(len(data)) {
		return true
	}
	return bytes.LastIndex(data[sos:], []byte{0xFF, 0xD9}) < 0
}

// jpegKind names the kind of JPEG a decoder's message refuses.
func jpegKind(lower string) string {
	switch {
	case strings.Contains(lower, "arith"):
		return "arithmetic jpeg"
	case strings.Contains(lower, "precision"):
		return "12-bit jpeg"
	case strings.Contains(lower, "color"):
		return "cmyk jpeg"
	}
	return "jpeg"
}
