package media

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"image/gif"
	"io"
	"os"

	"golang.org/x/image/webp"
)

// ImageInfo describes an image from its header, without decoding pixels.
type ImageInfo struct {
	Format        string // "jpeg", "png", "webp" or "gif"
	Width, Height int    // as stored
	Orientation   int    // EXIF orientation 1-8; 1 if none
}

// Upright returns the size of the image as it is meant to be seen: Width and
// Height swapped for orientations 5-8, which turn it by a quarter.
func (i ImageInfo) Upright() (w, h int) {
	if i.Orientation >= 5 && i.Orientation <= 8 {
		return i.Height, i.Width
	}
	return i.Width, i.Height
}

// imageHeader is what probing learns: the ImageInfo and, for a JPEG, what its
// decoder needs.
type imageHeader struct {
	ImageInfo
	jpeg jpegHeader
}

// ProbeImage reads only the header (and EXIF) of the file at path. If
// maxPixels > 0, images with more than maxPixels pixels are refused with
// KindTooLarge before any decoding.
func ProbeImage(path string, maxPixels int64) (ImageInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return ImageInfo{}, err
	}
	defer f.Close()
	h, err := probeHeader(bufio.NewReaderSize(f, 16<<10), maxPixels, false)
	if err != nil {
		return ImageInfo{}, withPath(err, path)
	}
	return h.ImageInfo, nil
}

// probeHeader reads an image header from r. With toScan, a JPEG's markers
// are read up to its first scan, so that imageHeader.jpeg.sos is known.
func probeHeader(r *bufio.Reader, maxPixels int64, toScan bool) (imageHeader, error) {
	head, err := r.Peek(32)
	if len(head) == 0 {
		if err == io.EOF {
			return imageHeader{}, imageErr(KindEmpty, errors.New("the file has no bytes"))
		}
		return imageHeader{}, err
	}
	var h imageHeader
	format := sniff(head)
	if format == "" {
		more, _ := r.Peek(min(4096, r.Buffered()))
		return imageHeader{}, notImage(more)
	}
	switch format {
	case "jpeg":
		h.jpeg, err = readJPEGHeader(r, toScan)
		h.Width, h.Height, h.Orientation = h.jpeg.width, h.jpeg.height, h.jpeg.orientation
	case "png":
		h.ImageInfo, err = probePNG(r)
	case "gif":
		h.ImageInfo, err = probeGIF(r)
	case "webp":
		h.ImageInfo, err = probeWebP(r)
	case "heic":
		h.ImageInfo, err = probeHEIC(r)
	default:
		return imageHeader{}, imageErrf(KindUnsupported, "%s images are not supported", format).found(format)
	}
	if err != nil {
		return imageHeader{}, readErr(err)
	}
	h.Format = format
	if h.Orientation < 1 || h.Orientation > 8 {
		h.Orientation = 1
	}
	if h.Width <= 0 || h.Height <= 0 {
		return imageHeader{}, imageErrf(KindDamaged, "%s header gives no size (%dx%d)", h.Format, h.Width, h.Height)
	}
	if maxPixels > 0 && int64(h.Width)*int64(h.Height) > maxPixels {
		return imageHeader{}, &ImageError{
			Kind: KindTooLarge, Width: h.Width, Height: h.Height, Limit: maxPixels,
			Err: fmt.Errorf("%d pixels is over the limit of %d", int64(h.Width)*int64(h.Height), maxPixels),
		}
	}
	return h, nil
}

// maxHEICFile is the largest HEIC file read: an iPhone's 48 MP photo is
// about 10 MB.
const maxHEICFile = 128 << 20

// probeHEIC reads a HEIC file (libheif needs it whole) for its upright size.
func probeHEIC(r io.Reader) (ImageInfo, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxHEICFile+1))
	if err != nil {
		return ImageInfo{}, err
	}
	if len(data) > maxHEICFile {
		return ImageInfo{}, imageErrf(KindTooLarge, "heic file over %d MB", maxHEICFile>>20)
	}
	return probeHEICData(data)
}

// notImage is the error for a file that is no picture we know; head is its
// first bytes. A PNG whose signature was broken (by a copy in "text mode",
// which turns line ends around) is a damaged picture, not another type.
func notImage(head []byte) error {
	if bytes.HasPrefix(head[min(1, len(head)):], []byte("PNG")) || (len(head) >= 16 && string(head[12:16]) == "IHDR") {
		return imageErr(KindDamaged, errors.New("png: the signature is damaged")).found("png")
	}
	what := SniffType(head)
	switch what {
	case "":
		return imageErr(KindNotImage, errors.New("not a JPEG, PNG, WebP or GIF file"))
	case "svg", "ico":
		return imageErrf(KindUnsupported, "%s images are not supported", what).found(what)
	}
	return imageErrf(KindNotImage, "the file is %s, not a picture", what).found(what)
}

// readErr turns a reader's end of data into KindDamaged; other errors pass.
func readErr(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return imageErr(KindDamaged, errEndsEarly)
	}
	return err
}

// sniff names the format of a file from its first bytes: one of ours, the
// name of one we know but cannot decode, or "" for anything else.
func sniff(b []byte) string {
	has := func(off int, s string) bool {
		return len(b) >= off+len(s) && string(b[off:off+len(s)]) == s
	}
	switch {
	case has(0, "\xff\xd8\xff"):
		return "jpeg"
	case has(0, "\x89PNG\r\n\x1a\n"):
		return "png"
	case has(0, "GIF87a"), has(0, "GIF89a"):
		return "gif"
	case has(0, "RIFF") && has(8, "WEBP"):
		return "webp"
	case has(4, "ftyp") && len(b) >= 12:
		switch string(b[8:12]) {
		case "avif", "avis":
			return "avif"
		case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1":
			return "heic"
		}
	case has(0, "II*\x00"), has(0, "MM\x00*"):
		return "tiff"
	case has(0, "BM") && len(b) >= 18:
		switch binary.LittleEndian.Uint32(b[14:18]) { // size of the DIB header
		case 12, 40, 52, 56, 64, 108, 124:
			return "bmp"
		}
	case has(0, "\xff\x0a"), has(0, "\x00\x00\x00\x0cJXL \x0d\x0a\x87\x0a"):
		return "jpeg xl"
	case has(0, "8BPS"):
		return "photoshop"
	}
	return ""
}

// probeGIF reads a GIF's logical screen size, grown to hold its first
// frame when that frame reaches past it (see gifCanvas).
func probeGIF(r *bufio.Reader) (ImageInfo, error) {
	head, _ := r.Peek(r.Size())
	c, err := gif.DecodeConfig(r)
	if err != nil {
		return ImageInfo{}, decodeErr(err)
	}
	w, h := gifCanvas(head, c.Width, c.Height)
	return ImageInfo{Format: "gif", Width: w, Height: h, Orientation: 1}, nil
}

// probeWebP reads a WebP's size and, in the extended format, finds the
// EXIF orientation. An animation's size is its canvas: its first frame is
// shown.
func probeWebP(r *bufio.Reader) (ImageInfo, error) {
	info := ImageInfo{Format: "webp", Orientation: 1}
	head, err := r.Peek(30)
	if len(head) < 16 {
		return info, err
	}
	if string(head[12:16]) != "VP8X" {
		// A tiny lossless picture may have fewer than 30 bytes.
		c, err := webp.DecodeConfig(r)
		if err != nil {
			return info, decodeErr(err)
		}
		info.Width, info.Height = c.Width, c.Height
		return info, nil
	}
	if err != nil {
		return info, err
	}
	const exif = 1 << 3
	flags := head[20]
	le24 := func(b []byte) int { return int(b[0]) | int(b[1])<<8 | int(b[2])<<16 }
	info.Width, info.Height = le24(head[24:])+1, le24(head[27:])+1
	if flags&exif != 0 {
		if _, err := r.Discard(30); err != nil {
			return info, err
		}
		if b := findChunk(r, "EXIF", false, 1<<16); b != nil {
			info.Orientation = exifOrientation(bytes.TrimPrefix(b, []byte("Exif\x00\x00")))
		}
	}
	return info, nil
}

// probePNG reads a PNG's IHDR chunk and looks for an eXIf chunk before the
// image data.
func probePNG(r *bufio.Reader) (ImageInfo, error) {
	info := ImageInfo{Format: "png", Orientation: 1}
	var b [33]byte // signature, IHDR length and name, 13 bytes of IHDR, CRC
	if _, err := io.ReadFull(r, b[:]); err != nil {
		return info, err
	}
	if binary.BigEndian.Uint32(b[8:12]) != 13 || string(b[12:16]) != "IHDR" {
		return info, imageErr(KindDamaged, errors.New("png: the first chunk is not IHDR"))
	}
	if crc32.ChecksumIEEE(b[12:29]) != binary.BigEndian.Uint32(b[29:33]) {
		return info, imageErr(KindDamaged, errors.New("png: header checksum mismatch"))
	}
	w, h := binary.BigEndian.Uint32(b[16:20]), binary.BigEndian.Uint32(b[20:24])
	if w > 1<<31-1 || h > 1<<31-1 {
		return info, &ImageError{Kind: KindTooLarge, Width: int(w), Height: int(h), Err: errors.New("png: impossible size")}
	}
	info.Width, info.Height = int(w), int(h)
	if x := findChunk(r, "eXIf", true, 1<<16, "IDAT", "IEND"); x != nil {
		info.Orientation = exifOrientation(x)
	}
	return info, nil
}

// findChunk reads RIFF (little-endian lengths, padded to even) or PNG
// (big-endian lengths, CRC after the data) chunks from r and returns the data
// of the first one named id that is at most limit bytes long. It gives up
// (nil) at the end of the data, after 64 chunks, or at a chunk named in stop.
func findChunk(r *bufio.Reader, id string, png bool, limit uint32, stop ...string) []byte {
	var hdr [8]byte
	for range 64 {
		if _, err := io.ReadFull(r, hdr[:]); err != nil {
			return nil
		}
		var n uint32
		name := ""
		if png {
			n, name = binary.BigEndian.Uint32(hdr[:4]), string(hdr[4:])
		} else {
			name, n = string(hdr[:4]), binary.LittleEndian.Uint32(hdr[4:])
		}
		for _, s := range stop {
			if name == s {
				return nil
			}
		}
		if name == id && n <= limit {
			b := make([]byte, n)
			if _, err := io.ReadFull(r, b); err != nil {
				return nil
			}
			return b
		}
		skip := int64(n)
		if png {
			skip += 4 // CRC
		} else {
			skip += int64(n & 1) // padding
		}
		if _, err := r.Discard(int(min(skip, 1<<31-1))); err != nil {
			return nil
		}
	}
	return nil
}
