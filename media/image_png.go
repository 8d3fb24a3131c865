package media

import (
	"encoding/binary"
	"hash/crc32"
)

// dropBadAncillary returns a PNG without the ancillary chunks (metadata: a
// lower-case first letter, such as tEXt, iCCP, pHYs) whose checksum is
// wrong, as libpng and so every browser and viewer ignore them; Go's decoder
// refuses the whole picture. Critical chunks (IHDR, PLTE, IDAT, IEND) are
// left alone, so a picture damaged where it matters is still refused, and
// so is one cut short. It returns data itself when nothing is dropped.
func dropBadAncillary(data []byte) []byte {
	const sig = 8
	if len(data) < sig {
		return data
	}
	var out []byte
	kept := sig // data[:kept] is copied to out before the first drop
	for off := sig; off+12 <= len(data); {
		n := int(binary.BigEndian.Uint32(data[off:]))
		end := off + 12 + n
		if n < 0 || n > 1<<31-1 || end > len(data) || end < off {
			break // cut short or garbage: the decoder says so
		}
		typ := data[off+4 : off+8]
		bad := typ[0]&0x20 != 0 && crc32.ChecksumIEEE(data[off+4:end-4]) != binary.BigEndian.Uint32(data[end-4:])
		switch {
		case bad && out == nil:
			out = append(make([]byte, 0, len(data)), data[:off]...)
		case !bad && out != nil:
			out = append(out, data[off:end]...)
		}
		kept, off = end, end
		if string(typ) == "IEND" {
			break
		}
	}
	if out == nil {
		return data
	}
	return append(out, data[kept:]...)
}

// pngEndsEarly reports whether a PNG stops before its IEND chunk: a picture
// copied only in part, whatever Go's decoder calls the error.
func pngEndsEarly(data []byte) bool {
	for off := 8; ; {
		if off+12 > len(data) {
			return true
		}
		end := off + 12 + int(binary.BigEndian.Uint32(data[off:]))
		if end > len(data) || end < off {
			return true
		}
		if string(data[off+4:off+8]) == "IEND" {
			return false
		}
		off = end
	}
}
