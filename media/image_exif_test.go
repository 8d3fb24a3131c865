package media

import (
	"encoding/binary"
	"testing"
)

func TestExifOrientation(t *testing.T) {
	le := func(o uint16, typ uint16) []byte {
		b := []byte("II*\x00\x08\x00\x00\x00\x02\x00")
		e := make([]byte, 12)
		binary.LittleEndian.PutUint16(e, 0x010F) // Make, ignored
		b = append(b, e...)
		binary.LittleEndian.PutUint16(e, 0x0112)
		binary.LittleEndian.PutUint16(e[2:], typ)
		binary.LittleEndian.PutUint32(e[4:], 1)
		binary.LittleEndian.PutUint32(e[8:], uint32(o))
		return append(b, e...)
	}
	cycle := exifTIFF(6)
	binary.BigEndian.PutUint32(cycle[22:], 8) // next IFD is itself
	for _, tc := range []struct {
		name string
		data []byte
		want int
	}{
		{"big-endian", exifTIFF(6), 6},
		{"little-endian", le(3, 3), 3},
		{"long", le(8, 4), 8},
		{"out of range", le(9, 3), 1},
		{"zero", le(0, 3), 1},
		{"wrong type", le(6, 2), 1},
		{"cycle", cycle, 6},
		{"truncated", exifTIFF(6)[:20], 1},
		{"not tiff", []byte("hello world"), 1},
		{"ifd past end", []byte("MM\x00*\x7f\xff\xff\xff"), 1},
		{"empty", nil, 1},
	} {
		if got := exifOrientation(tc.data); got != tc.want {
			t.Errorf("%s: exifOrientation = %d, want %d", tc.name, got, tc.want)
		}
	}
}

func FuzzExifOrientation(f *testing.F) {
	for o := range 10 {
		f.Add(exifTIFF(o))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if o := exifOrientation(data); o < 1 || o > 8 {
			t.Fatalf("orientation %d", o)
		}
	})
}
