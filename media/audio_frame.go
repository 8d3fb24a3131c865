package media

import (
	"bytes"
	"encoding/binary"
)

// mpegHeader is the 4-byte header of an MPEG audio frame, decoded.
type mpegHeader struct {
	version  int // 1 (MPEG-1), 2 (MPEG-2) or 25 (MPEG-2.5)
	layer    int // 1, 2 or 3
	crc      bool
	bitrate  int // bits a second
	rate     int // samples a second
	padding  int // bytes
	channels int
	size     int // bytes of the whole frame, header included
	samples  int // samples a channel
}

var (
	mpegRates = [3][3]int{ // [version index][rate index]
		{44100, 48000, 32000}, {22050, 24000, 16000}, {11025, 12000, 8000},
	}
	mpegBitrates = [2][3][15]int{ // kbit/s: [MPEG-1, MPEG-2/2.5][layer-1][index]
		{
			{0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448},
			{0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},
			{0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},
		},
		{
			{0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},
			{0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},
			{0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},
		},
	}
)

// parseMPEGHeader decodes b[0:4]; ok is false unless it is a plausible frame
// header (sync word, no reserved values, no free-format bitrate).
func parseMPEGHeader(b []byte) (h mpegHeader, ok bool) {
	if len(b) < 4 || b[0] != 0xFF || b[1]&0xE0 != 0xE0 {
		return h, false
	}
	verBits, layerBits := (b[1]>>3)&3, (b[1]>>1)&3
	brIndex, rateIndex := int(b[2]>>4), int(b[2]>>2)&3
	if verBits == 1 || layerBits == 0 || brIndex == 0 || brIndex == 15 || rateIndex == 3 || b[3]&3 == 2 {
		return h, false
	}
	h.layer = 4 - int(layerBits)
	vi, bi := 0, 0
	switch verBits {
	case 3:
		h.version = 1
	case 2:
		h.version, vi, bi = 2, 1, 1
	case 0:
		h.version, vi, bi = 25, 2, 1
	}
	h.crc = b[1]&1 == 0
	h.bitrate = mpegBitrates[bi][h.layer-1][brIndex] * 1000
	h.rate = mpegRates[vi][rateIndex]
	h.padding = int(b[2]>>1) & 1
	h.channels = 2
	if b[3]>>6 == 3 {
		h.channels = 1
	}
	switch {
	case h.layer == 1:
		h.samples = 384
		h.size = (12*h.bitrate/h.rate + h.padding) * 4
	case h.layer == 3 && h.version != 1:
		h.samples = 576
		h.size = 72*h.bitrate/h.rate + h.padding
	default:
		h.samples = 1152
		h.size = 144*h.bitrate/h.rate + h.padding
	}
	return h, true
}

// sameStream reports whether h could follow first in one stream.
func (h mpegHeader) sameStream(first mpegHeader) bool {
	return h.version == first.version && h.layer == first.layer && h.rate == first.rate
}

// sideInfoSize is the length of Layer III side information after the header.
func (h mpegHeader) sideInfoSize() int {
	switch {
	case h.version == 1 && h.channels == 2:
		return 32
	case h.version == 1 || h.channels == 2:
		return 17
	}
	return 9
}

// xingInfo is what an encoder's header frame (Xing/Info, VBRI, LAME) says
// about the stream. go-mp3 would decode that frame as 1152 samples of silence.
type xingInfo struct {
	frames          int // audio frames after the header frame; 0 if unknown
	delay, padding  int // encoder delay and end padding in samples, when gapless is set
	gapless         bool
	encoder, marker string
}

// parseXing looks for an encoder header in frame (a whole Layer III frame
// described by h); ok is false when it is an ordinary audio frame.
func parseXing(h mpegHeader, frame []byte) (x xingInfo, ok bool) {
	off := 4 + h.sideInfoSize()
	if h.crc {
		off += 2
	}
	if len(frame) >= 36+18 && string(frame[36:40]) == "VBRI" {
		x.marker = "VBRI"
		x.frames = int(binary.BigEndian.Uint32(frame[36+14:]))
		return x, true
	}
	if len(frame) < off+8 {
		return x, false
	}
	tag := string(frame[off : off+4])
	if tag != "Xing" && tag != "Info" {
		return x, false
	}
	x.marker = tag
	flags := binary.BigEndian.Uint32(frame[off+4:])
	p := off + 8
	if flags&1 != 0 && len(frame) >= p+4 {
		x.frames = int(binary.BigEndian.Uint32(frame[p:]))
		p += 4
	}
	for _, f := range []struct {
		bit  uint32
		size int
	}{{2, 4}, {4, 100}, {8, 4}} { // bytes, TOC, quality
		if flags&f.bit != 0 {
			p += f.size
		}
	}
	// The LAME extension: a 9-byte encoder string, then at +21 the
	// encoder delay and padding as two 12-bit numbers.
	if len(frame) >= p+24 {
		enc := frame[p : p+9]
		x.encoder = string(bytes.TrimRight(enc, "\x00 "))
		if bytes.HasPrefix(enc, []byte("LAME")) || bytes.HasPrefix(enc, []byte("Lavc")) ||
			bytes.HasPrefix(enc, []byte("Lavf")) {
			d := frame[p+21:]
			x.delay = int(d[0])<<4 | int(d[1])>>4
			x.padding = int(d[1]&0x0F)<<8 | int(d[2])
			x.gapless = x.frames > 0
		}
	}
	return x, true
}

// freeFormat reports whether b starts an MPEG audio frame header of the
// "free format" (bitrate index 0), which is legal but which go-mp3 cannot
// play.
func freeFormat(b []byte) bool {
	if len(b) < 4 || b[0] != 0xFF || b[1]&0xE0 != 0xE0 {
		return false
	}
	verBits, layerBits := (b[1]>>3)&3, (b[1]>>1)&3
	return verBits != 1 && layerBits != 0 && b[2]>>4 == 0 && (b[2]>>2)&3 != 3
}
