package media

import "encoding/binary"

// exifOrientation returns the Orientation (tag 0x0112) from the first image
// directory of EXIF data in TIFF layout ("II*\0" or "MM\0*"), or 1 if it has
// none or it is out of range.
//
// It reads only that one directory, so unlike general EXIF parsers it cannot
// be sent round in circles by directories that point at each other.
func exifOrientation(tiff []byte) int {
	if len(tiff) < 8 {
		return 1
	}
	var bo binary.ByteOrder
	switch string(tiff[:4]) {
	case "II*\x00":
		bo = binary.LittleEndian
	case "MM\x00*":
		bo = binary.BigEndian
	default:
		return 1
	}
	ifd := uint64(bo.Uint32(tiff[4:8]))
	if ifd < 8 || ifd+2 > uint64(len(tiff)) {
		return 1
	}
	n := int(bo.Uint16(tiff[ifd:]))
	entries := tiff[ifd+2:]
	for i := 0; i < n && 12*i+12 <= len(entries); i++ {
		e := entries[12*i : 12*i+12]
		if bo.Uint16(e[0:2]) != 0x0112 || bo.Uint32(e[4:8]) < 1 {
			continue
		}
		v := 0
		switch bo.Uint16(e[2:4]) { // the value's type
		case 3: // SHORT, as the standard says
			v = int(bo.Uint16(e[8:10]))
		case 4: // LONG
			v = int(bo.Uint32(e[8:12]))
		case 1: // BYTE
			v = int(e[8])
		}
		if v >= 1 && v <= 8 {
			return v
		}
		return 1
	}
	return 1
}
