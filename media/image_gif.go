package media

import (
	"bytes"
	"compress/lzw"
	"slices"
)

// GIF code sizes: the spec allows an LZW minimum code size of 2 to 8 and
// Go's decoder refuses anything else, while browsers take 1 (two-colour
// pictures from some encoders) up to 11. fixGIFCodeSize rewrites a first
// frame of such a code size with one Go reads; the pixels are the same.

// fixGIFCodeSize returns data with its first frame re-encoded when its LZW
// code size is outside 2..8, or data itself when it is not (or the frame
// cannot be read: the decoder then says why).
func fixGIFCodeSize(data []byte) []byte {
	at, w, h := gifFirstFrame(data)
	if at < 0 || at >= len(data) {
		return data
	}
	lw := int(data[at])
	if lw >= 2 && lw <= 8 || lw < 1 || lw > 11 {
		return data
	}
	// A frame larger than the logical screen (whose size was checked
	// against the pixel limit) is refused by the decoder: no work for it.
	if sw, sh := int(data[6])|int(data[7])<<8, int(data[8])|int(data[9])<<8; w > sw || h > sh {
		return data
	}
	src, ok := gifSubBlocks(data[at+1:])
	if !ok {
		return data
	}
	pix, ok := gifLZW(src, lw, w*h)
	if !ok {
		return data
	}
	var enc bytes.Buffer
	zw := lzw.NewWriter(&enc, lzw.LSB, 8)
	if _, err := zw.Write(pix); err != nil {
		return data
	}
	if err := zw.Close(); err != nil {
		return data
	}
	out := append(append([]byte(nil), data[:at]...), 8)
	for b := enc.Bytes(); len(b) > 0; {
		n := min(len(b), 255)
		out = append(append(out, byte(n)), b[:n]...)
		b = b[n:]
	}
	return append(out, 0, 0x3B) // block terminator, trailer
}

// gifFirstFrame finds the offset of the first frame's LZW code size byte and
// the frame's size, or -1.
func gifFirstFrame(d []byte) (at, w, h int) {
	p := gifDescriptor(d)
	if p < 0 || p+10 > len(d) {
		return -1, 0, 0
	}
	w, h = int(d[p+5])|int(d[p+6])<<8, int(d[p+7])|int(d[p+8])<<8
	at = p + 10
	if flags := d[p+9]; flags&0x80 != 0 {
		at += 3 << (flags&7 + 1)
	}
	return at, w, h
}

// gifDescriptor finds the offset of the first image descriptor, or -1.
func gifDescriptor(d []byte) int {
	if len(d) < 13 {
		return -1
	}
	p := 13
	if d[10]&0x80 != 0 {
		p += 3 << (d[10]&7 + 1)
	}
	for p < len(d) {
		switch d[p] {
		case 0x21: // extension: label, then sub-blocks
			n, ok := skipSubBlocks(d, p+2)
			if !ok {
				return -1
			}
			p = n
		case 0x2C:
			return p
		default:
			return -1
		}
	}
	return -1
}

// skipSubBlocks returns the offset after the sub-blocks starting at p.
func skipSubBlocks(d []byte, p int) (int, bool) {
	for p < len(d) {
		n := int(d[p])
		p += 1 + n
		if n == 0 {
			return p, true
		}
	}
	return p, false
}

// gifSubBlocks joins the data of the sub-blocks at the start of d.
func gifSubBlocks(d []byte) ([]byte, bool) {
	var out []byte
	for p := 0; p < len(d); {
		n := int(d[p])
		if n == 0 {
			return out, true
		}
		if p+1+n > len(d) {
			return nil, false
		}
		out = append(out, d[p+1:p+1+n]...)
		p += 1 + n
	}
	return nil, false
}

// gifLZW decodes GIF's variable-width LSB-first LZW with a literal width of
// lw bits into at most n palette indices, the way browsers do (Mozilla's
// and Chromium's GIF readers): the code width grows when the next free code
// has no bits in common with the code mask, and the mask grows by that code.
// It fails on codes that are out of place and on indices above 255.
func gifLZW(src []byte, lw, n int) ([]byte, bool) {
	const maxCode = 4096
	var prefix [maxCode]uint16
	var suffix [maxCode]byte
	clear, eoi := 1<<lw, 1<<lw+1
	width, mask, next, prev := lw+1, 1<<(lw+1)-1, clear+2, -1
	out := make([]byte, 0, min(n, 1<<20))
	var stack []byte
	expand := func(c int) []byte {
		stack = stack[:0]
		for c >= clear+2 {
			stack = append(stack, suffix[c])
			c = int(prefix[c])
		}
		stack = append(stack, byte(c))
		for i, j := 0, len(stack)-1; i < j; i, j = i+1, j-1 {
			stack[i], stack[j] = stack[j], stack[i]
		}
		return stack
	}
	var bits uint32
	nbits, pos := 0, 0
	for len(out) < n {
		for nbits < width && pos < len(src) {
			bits |= uint32(src[pos]) << nbits
			pos, nbits = pos+1, nbits+8
		}
		if nbits < width {
			break
		}
		code := int(bits&(1<<width-1)) & mask
		bits, nbits = bits>>width, nbits-width
		switch {
		case code == clear:
			width, mask, next, prev = lw+1, 1<<(lw+1)-1, clear+2, -1
			continue
		case code == eoi:
			return out, len(out) > 0
		case code < clear && code > 255:
			return nil, false
		case prev < 0:
			if code >= clear {
				return nil, false
			}
			out, prev = append(out, byte(code)), code
			continue
		case code > next || code == next && next >= maxCode:
			return nil, false
		}
		var entry []byte
		if code < next {
			entry = expand(code)
		} else {
			entry = expand(prev)
			entry = append(entry, entry[0])
		}
		out = append(out, entry...)
		if next < maxCode {
			prefix[next], suffix[next] = uint16(prev), entry[0]
			next++
			if next&mask == 0 && next < maxCode {
				width++
				mask += next
			}
		}
		prev = code
	}
	return out[:min(len(out), n)], len(out) > 0
}

// gifEndsEarly reports whether a GIF stops before the end of its first
// frame's data: a picture copied only in part, whatever Go's decoder calls
// the error.
func gifEndsEarly(data []byte) bool {
	at, _, _ := gifFirstFrame(data)
	if at < 0 || at >= len(data) {
		return at < 0 && len(data) < 13 || at >= len(data)
	}
	_, ok := skipSubBlocks(data, at+1)
	return !ok
}

// padGIFPalette returns data with its colour tables (the global one and the
// first frame's) grown to 256 entries, the new ones black, as browsers show
// pixels whose index is past the end of a short table; Go's decoder refuses
// them ("invalid pixel value").
func padGIFPalette(data []byte) []byte {
	grow := func(out []byte, flagsAt, tableAt int) []byte {
		flags := out[flagsAt]
		if flags&0x80 == 0 || flags&7 == 7 || tableAt > len(out) {
			return out
		}
		n := 3 << (flags&7 + 1)
		out[flagsAt] = flags | 7
		return slices.Insert(out, min(tableAt+n, len(out)), make([]byte, 768-n)...)
	}
	if len(data) < 13 {
		return data
	}
	out := grow(append([]byte(nil), data...), 10, 13)
	if p := gifDescriptor(out); p >= 0 && p+10 <= len(out) {
		out = grow(out, p+9, p+10)
	}
	return out
}

// gifCanvas is the size a GIF is shown at: its logical screen, grown to
// hold the first frame when that frame reaches past it, as browsers do
// (Go's decoder refuses such a frame). A screen of no size stays so: the
// file is damaged. data may be only the file's first bytes.
func gifCanvas(data []byte, sw, sh int) (int, int) {
	p := gifDescriptor(data)
	if p < 0 || p+10 > len(data) || sw == 0 || sh == 0 {
		return sw, sh
	}
	le := func(i int) int { return int(data[i]) | int(data[i+1])<<8 }
	return max(sw, le(p+1)+le(p+5)), max(sh, le(p+3)+le(p+7))
}

// withGIFScreen returns data with its logical screen set to w x h when that
// is larger than the stored one, so that Go's decoder takes a first frame
// that reaches past it.
func withGIFScreen(data []byte, w, h int) []byte {
	if len(data) < 10 || w > 0xFFFF || h > 0xFFFF {
		return data
	}
	sw, sh := int(data[6])|int(data[7])<<8, int(data[8])|int(data[9])<<8
	if w <= sw && h <= sh {
		return data
	}
	out := append([]byte(nil), data...)
	out[6], out[7], out[8], out[9] = byte(w), byte(w>>8), byte(h), byte(h>>8)
	return out
}
