package media

import (
	"bytes"
	"encoding/binary"
	"errors"
	"image"
	"image/draw"

	"golang.org/x/image/webp"
)

// webpFrame is the picture of a WebP file, taken out of its container: the
// first frame of an animation, or the one picture of a still image.
type webpFrame struct {
	vp8, vp8l, alph []byte // the bitstream (one of vp8 and vp8l) and a VP8's alpha
	x, y            int    // where the frame sits on the canvas
	animated        bool
}

// decodeWebP decodes a WebP: a still picture with Go's decoder, or the first
// frame of an animation (README promises it), laid on a white canvas of
// w x h. A still picture that Go's decoder refuses is tried again with its
// container's sizes trusted only as far as the data goes (a RIFF size that
// is too small or odd, a missing pad byte), as libwebp reads it; the
// bitstream itself is never padded, so a picture cut short stays refused.
func decodeWebP(data []byte, w, h int) (image.Image, error) {
	fr, ferr := findWebPFrame(data)
	if ferr == nil {
		// The bitstream says its own size: never more than the size checked
		// against the pixel limit (a bomb in an animation's frame).
		c, err := webp.DecodeConfig(bytes.NewReader(fr.simple()))
		if err != nil {
			return nil, err
		}
		if c.Width > w || c.Height > h {
			return nil, imageErrf(KindDamaged, "webp: a %dx%d picture on a %dx%d canvas", c.Width, c.Height, w, h)
		}
	}
	if ferr == nil && !fr.animated {
		img, err := webp.Decode(bytes.NewReader(data))
		if err == nil {
			return img, nil
		}
		if img, err2 := webp.Decode(bytes.NewReader(fr.simple())); err2 == nil {
			return img, nil
		}
		return nil, err
	}
	if ferr != nil {
		img, err := webp.Decode(bytes.NewReader(data))
		if err != nil {
			return nil, err
		}
		return img, nil
	}
	img, err := webp.Decode(bytes.NewReader(fr.simple()))
	if err != nil {
		return nil, err
	}
	canvas := whiteRGBA(w, h)
	b := img.Bounds()
	draw.Draw(canvas, b.Add(image.Pt(fr.x, fr.y)), img, b.Min, draw.Over)
	return canvas, nil
}

var errNoWebPFrame = errors.New("webp: no picture in the file")

// findWebPFrame walks the chunks of a WebP file, trusting its sizes only as
// far as the data goes, to the first VP8 or VP8L bitstream.
func findWebPFrame(data []byte) (webpFrame, error) {
	var fr webpFrame
	if len(data) < 12 {
		return fr, errNoWebPFrame
	}
	end := len(data)
	if n := int(binary.LittleEndian.Uint32(data[4:])) + 8; n >= 12 && n < end {
		end = n
	}
	if err := fr.walk(data[12:end], true); err != nil {
		return fr, err
	}
	if fr.vp8 == nil && fr.vp8l == nil {
		return fr, errNoWebPFrame
	}
	return fr, nil
}

// walk reads chunks from b; top says b is the file's list (an ANMF frame
// holds chunks of its own).
func (fr *webpFrame) walk(b []byte, top bool) error {
	for len(b) >= 8 {
		id, n := string(b[:4]), int(binary.LittleEndian.Uint32(b[4:8]))
		body := b[8:]
		if n < len(body) {
			body = body[:n]
		}
		switch id {
		case "ALPH":
			fr.alph = body
		case "VP8 ":
			fr.vp8 = body
			return nil
		case "VP8L":
			fr.vp8l = body
			return nil
		case "ANMF":
			if !top || len(body) < 16 {
				return errNoWebPFrame
			}
			le24 := func(p []byte) int { return int(p[0]) | int(p[1])<<8 | int(p[2])<<16 }
			fr.animated, fr.x, fr.y = true, 2*le24(body[0:]), 2*le24(body[3:])
			return fr.walk(body[16:], false)
		}
		skip := 8 + n + n&1
		if skip > len(b) || skip < 8 {
			return nil
		}
		b = b[skip:]
	}
	return nil
}

// simple writes the frame as a WebP of its own: VP8L alone, VP8 alone, or
// VP8X + ALPH + VP8 when the frame has alpha.
func (fr webpFrame) simple() []byte {
	var body bytes.Buffer
	chunk := func(id string, p []byte) {
		var hdr [8]byte
		copy(hdr[:], id)
		binary.LittleEndian.PutUint32(hdr[4:], uint32(len(p)))
		body.Write(hdr[:])
		body.Write(p)
		if len(p)&1 == 1 {
			body.WriteByte(0)
		}
	}
	switch {
	case fr.vp8l != nil:
		chunk("VP8L", fr.vp8l)
	case fr.alph != nil && len(fr.vp8) >= 10:
		w := int(binary.LittleEndian.Uint16(fr.vp8[6:])) & 0x3FFF
		h := int(binary.LittleEndian.Uint16(fr.vp8[8:])) & 0x3FFF
		x := []byte{0x10, 0, 0, 0, byte(w - 1), byte((w - 1) >> 8), byte((w - 1) >> 16), byte(h - 1), byte((h - 1) >> 8), byte((h - 1) >> 16)}
		chunk("VP8X", x)
		chunk("ALPH", fr.alph)
		chunk("VP8 ", fr.vp8)
	default:
		chunk("VP8 ", fr.vp8)
	}
	out := make([]byte, 12, 12+body.Len())
	copy(out, "RIFF")
	binary.LittleEndian.PutUint32(out[4:], uint32(4+body.Len()))
	copy(out[8:], "WEBP")
	return append(out, body.Bytes()...)
}
