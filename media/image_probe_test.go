package media

import (
	"bytes"
	"errors"
	"image"
	"image/color/palette"
	"image/gif"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// probeCases are small files and what ProbeImage says of them. They also
// seed FuzzProbeImage.
func probeCases(t testing.TB) []struct {
	name string
	data []byte
	want ImageInfo
	kind ImageErrorKind
} {
	jpg := stdJPEG(t, quadrants(40, 20, red, blue, red, blue), 90)
	var pngBuf, gifBuf bytes.Buffer
	if err := png.Encode(&pngBuf, image.NewNRGBA(image.Rect(0, 0, 7, 5))); err != nil {
		t.Fatal(err)
	}
	if err := gif.Encode(&gifBuf, image.NewPaletted(image.Rect(0, 0, 9, 4), palette.Plan9), nil); err != nil {
		t.Fatal(err)
	}
	// A PNG with an eXIf chunk: the header and the chunk are enough to probe.
	pngExif := pngHeader(30, 10, pngChunk("eXIf", exifTIFF(8)), pngChunk("IDAT", nil))
	badCRC := pngHeader(30, 10)
	badCRC[len(badCRC)-1] ^= 1
	return []struct {
		name string
		data []byte
		want ImageInfo
		kind ImageErrorKind
	}{
		{"plain.jpg", jpg, ImageInfo{"jpeg", 40, 20, 1}, 0},
		{"turned.jpg", withExif(jpg, 6), ImageInfo{"jpeg", 40, 20, 6}, 0},
		{"bad-orientation.jpg", withExif(jpg, 9), ImageInfo{"jpeg", 40, 20, 1}, 0},
		{"cut-in-header.jpg", jpg[:40], ImageInfo{}, KindDamaged},
		{"soi-only.jpg", []byte{0xFF, 0xD8, 0xFF}, ImageInfo{}, KindDamaged},
		{"image.png", pngBuf.Bytes(), ImageInfo{"png", 7, 5, 1}, 0},
		{"exif.png", pngExif, ImageInfo{"png", 30, 10, 8}, 0},
		{"bad-crc.png", badCRC, ImageInfo{}, KindDamaged},
		{"huge.png", pngHeader(30000, 30000), ImageInfo{}, KindTooLarge},
		{"zero.png", pngHeader(0, 10), ImageInfo{}, KindDamaged},
		{"image.gif", gifBuf.Bytes(), ImageInfo{"gif", 9, 4, 1}, 0},
		{"empty.jpg", nil, ImageInfo{}, KindEmpty},
		{"text.jpg", []byte("this is not a picture\n"), ImageInfo{}, KindNotImage},
		{"one-byte.jpg", []byte{0xFF}, ImageInfo{}, KindNotImage},
		{"photo.heic", []byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"), ImageInfo{}, heicHeaderOnly},
		{"scan.tif", []byte("II*\x00\x08\x00\x00\x00"), ImageInfo{}, KindUnsupported},
		{"webp-vp8x-animated.webp", []byte("RIFF\x1a\x00\x00\x00WEBPVP8X\x0a\x00\x00\x00\x02\x00\x00\x00\x09\x00\x00\x03\x00\x00"), ImageInfo{"webp", 10, 4, 1}, 0}, // its first frame is shown
		{"webp-vp8x.webp", []byte("RIFF\x1a\x00\x00\x00WEBPVP8X\x0a\x00\x00\x00\x00\x00\x00\x00\x09\x00\x00\x03\x00\x00"), ImageInfo{"webp", 10, 4, 1}, 0},
	}
}

// heicHeaderOnly is the kind of a HEIC file with only its file type box:
// libheif finds no picture in it; without libheif HEIC is not shown.
var heicHeaderOnly = map[bool]ImageErrorKind{true: KindDamaged, false: KindUnsupported}[heicSupported]

func TestProbeImage(t *testing.T) {
	for _, tc := range probeCases(t) {
		p := writeImageFile(t, tc.name, tc.data)
		got, err := ProbeImage(p, 100e6)
		if imageKind(err) != tc.kind || (tc.kind == 0 && err != nil) {
			t.Errorf("ProbeImage(%s) error = %v (kind %v), want kind %v", tc.name, err, imageKind(err), tc.kind)
			continue
		}
		if got != tc.want {
			t.Errorf("ProbeImage(%s) = %+v, want %+v", tc.name, got, tc.want)
		}
		if err != nil && !strings.Contains(err.Error(), p) {
			t.Errorf("ProbeImage(%s) error %q does not name the file", tc.name, err)
		}
	}
}

func TestProbeImageTooLarge(t *testing.T) {
	p := writeImageFile(t, "huge.png", pngHeader(30000, 30000))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	_, err := ProbeImage(p, 100e6)
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	var ie *ImageError
	if !errors.As(err, &ie) || ie.Kind != KindTooLarge || ie.Width != 30000 || ie.Height != 30000 {
		t.Fatalf("ProbeImage(30000x30000 PNG) = %v, want KindTooLarge 30000x30000", err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
		t.Errorf("refusing allocated %d bytes: the pixels were decoded", alloc)
	}
	if took > hangGuard {
		t.Errorf("refusing took %v", took)
	}
	if _, err := ProbeImage(p, 0); err != nil {
		t.Errorf("ProbeImage with no limit: %v", err)
	}
}

func TestProbeImageMissingFile(t *testing.T) {
	_, err := ProbeImage(filepath.Join(t.TempDir(), "gone.jpg"), 0)
	if !errors.Is(err, fs.ErrNotExist) || imageKind(err) != 0 {
		t.Errorf("ProbeImage(missing) = %v, want a not-exist error that is not an ImageError", err)
	}
}

func TestUpright(t *testing.T) {
	for o := 1; o <= 8; o++ {
		w, h := ImageInfo{Width: 40, Height: 20, Orientation: o}.Upright()
		want := [2]int{40, 20}
		if o >= 5 {
			want = [2]int{20, 40}
		}
		if [2]int{w, h} != want {
			t.Errorf("orientation %d: Upright() = %dx%d, want %dx%d", o, w, h, want[0], want[1])
		}
	}
}

// TestProbeExiftool checks the EXIF reader against a file tagged by exiftool
// (little-endian TIFF, more tags) rather than by our own test helper.
func TestProbeExiftool(t *testing.T) {
	exiftool := needTool(t, "exiftool")
	p := writeImageFile(t, "a.jpg", stdJPEG(t, image.NewGray(image.Rect(0, 0, 16, 8)), 90))
	runTool(t, exiftool, "-q", "-overwrite_original", "-n", "-Orientation=7", "-Artist=Test", "-ExifByteOrder=II-", p)
	got, err := ProbeImage(p, 0)
	if err != nil || got != (ImageInfo{"jpeg", 16, 8, 7}) {
		t.Errorf("ProbeImage = %+v, %v; want orientation 7", got, err)
	}
}

func TestImageErrorText(t *testing.T) {
	err := error(&ImageError{Kind: KindTooLarge, Width: 30000, Height: 20000, Path: "a.png", Err: errors.New("over the limit")})
	if got, want := err.Error(), "a.png: image too large (30000x20000): over the limit"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	err = &ImageError{Kind: KindDamaged, Err: errEndsEarly}
	if !errors.Is(err, errEndsEarly) {
		t.Error("Unwrap does not reach the cause")
	}
}

func FuzzProbeImage(f *testing.F) {
	for _, tc := range probeCases(f) {
		f.Add(tc.data)
	}
	f.Add([]byte("RIFF\x30\x00\x00\x00WEBPVP8X\x0a\x00\x00\x00\x08\x00\x00\x00\x09\x00\x00\x03\x00\x00EXIF\x10\x00\x00\x00Exif\x00\x00MM\x00*\x00\x00\x00\x08"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(dir, "x")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		info, err := ProbeImage(p, 1e8)
		if err != nil {
			var ie *ImageError
			if !errors.As(err, &ie) || ie.Kind < KindEmpty || ie.Kind > KindUnsupported {
				t.Fatalf("error %v is not an ImageError of a known kind", err)
			}
			return
		}
		if info.Width <= 0 || info.Height <= 0 || int64(info.Width)*int64(info.Height) > 1e8 ||
			info.Orientation < 1 || info.Orientation > 8 || info.Format == "" {
			t.Fatalf("ProbeImage accepted %+v", info)
		}
	})
}
