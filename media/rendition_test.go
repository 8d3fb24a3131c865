package media

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// render makes a rendition of the file at src inside box and decodes it.
func render(t *testing.T, src string, box Size) (Rendition, *image.RGBA) {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "r", "out.jpg")
	r, err := MakeRendition(context.Background(), src, dst, box, 100e6)
	if err != nil {
		t.Fatalf("MakeRendition(%s): %v", filepath.Base(src), err)
	}
	img, err := DecodeRendition(r.Path)
	if err != nil {
		t.Fatalf("DecodeRendition: %v", err)
	}
	m, ok := img.(*image.RGBA)
	if !ok {
		t.Fatalf("DecodeRendition returned %T, want *image.RGBA", img)
	}
	if b := m.Bounds(); r.Path != dst || b.Dx() != r.Width || b.Dy() != r.Height {
		t.Fatalf("rendition %+v, but its file is %v at %s", r, b, dst)
	}
	return r, m
}

// checkQuadrants checks the colours at the centres of an image's quarters.
func checkQuadrants(t *testing.T, what string, m image.Image, want [4]color.RGBA) {
	t.Helper()
	b := m.Bounds()
	at := [4]image.Point{
		{b.Dx() / 4, b.Dy() / 4}, {3 * b.Dx() / 4, b.Dy() / 4},
		{b.Dx() / 4, 3 * b.Dy() / 4}, {3 * b.Dx() / 4, 3 * b.Dy() / 4},
	}
	for i, p := range at {
		if got := m.At(p.X, p.Y); !nearColor(got, want[i], 40) {
			t.Errorf("%s: pixel at %v (quarter %d) = %v, want %v", what, p, i, got, want[i])
		}
	}
}

// TestRenditionOrientation stores an 80x40 picture of four coloured quarters
// under each EXIF orientation and checks that the rendition is the upright
// picture that orientation describes.
func TestRenditionOrientation(t *testing.T) {
	jpg := stdJPEG(t, quadrants(80, 40, red, blue, green, yellow), 95)
	// Upright quarters (top left, top right, bottom left, bottom right) of
	// the stored red|blue over green|yellow, per the EXIF standard.
	R, B, G, Y := red, blue, green, yellow
	want := map[int][4]color.RGBA{
		1: {R, B, G, Y},
		2: {B, R, Y, G}, // mirrored
		3: {Y, G, B, R}, // upside down
		4: {G, Y, R, B}, // mirrored top to bottom
		5: {R, G, B, Y}, // transposed
		6: {G, R, Y, B}, // turned a quarter clockwise: the left edge is on top
		7: {Y, B, G, R}, // transversed
		8: {B, Y, R, G}, // turned a quarter anticlockwise: the left edge is at the bottom
	}
	for o := 1; o <= 8; o++ {
		src := writeImageFile(t, "o.jpg", withExif(jpg, o))
		for _, box := range []Size{{1920, 1920}, {20, 20}} {
			r, m := render(t, src, box)
			wantW, wantH := 80, 40
			if o >= 5 {
				wantW, wantH = 40, 80
			}
			if box.W == 20 {
				wantW, wantH = wantW/4, wantH/4
			}
			if r.Width != wantW || r.Height != wantH {
				t.Errorf("orientation %d in %v: rendition %dx%d, want %dx%d", o, box, r.Width, r.Height, wantW, wantH)
				continue
			}
			checkQuadrants(t, "orientation "+string(rune('0'+o)), m, want[o])
		}
	}
}

// TestRenditionExiftool: a 40x20 picture, red on the left and blue on the
// right, tagged Orientation=6 by exiftool, comes out 20x40 with red on top.
func TestRenditionExiftool(t *testing.T) {
	exiftool := needTool(t, "exiftool")
	src := writeImageFile(t, "six.jpg", stdJPEG(t, quadrants(40, 20, red, blue, red, blue), 95))
	runTool(t, exiftool, "-q", "-overwrite_original", "-n", "-Orientation=6", src)
	r, m := render(t, src, Size{1920, 1080})
	if r.Width != 20 || r.Height != 40 {
		t.Fatalf("rendition %dx%d, want 20x40", r.Width, r.Height)
	}
	checkQuadrants(t, "orientation 6", m, [4]color.RGBA{red, red, blue, blue})
}

func TestRenditionSizes(t *testing.T) {
	src := writeImageFile(t, "a.png", func() []byte {
		var b bytes.Buffer
		png.Encode(&b, quadrants(400, 100, red, red, red, red))
		return b.Bytes()
	}())
	for _, tc := range []struct {
		box  Size
		w, h int
	}{
		{Size{1920, 1080}, 400, 100}, // never enlarged
		{Size{400, 100}, 400, 100},
		{Size{200, 200}, 200, 50},
		{Size{1000, 10}, 40, 10},
		{Size{3, 3}, 3, 1},
	} {
		r, _ := render(t, src, tc.box)
		if r.Width != tc.w || r.Height != tc.h {
			t.Errorf("400x100 in %v: %dx%d, want %dx%d", tc.box, r.Width, r.Height, tc.w, tc.h)
		}
	}
	if _, err := MakeRendition(context.Background(), src, filepath.Join(t.TempDir(), "x.jpg"), Size{0, 10}, 0); err == nil {
		t.Error("MakeRendition with an empty box succeeded")
	}
}

// TestRenditionRefusals: broken files give the right kind of error, leave
// no file (not even a temporary one) behind, and a too-large picture is
// refused before its pixels are allocated.
func TestRenditionRefusals(t *testing.T) {
	jpg := stdJPEG(t, noiseImage(256, 256), 90)
	cut := jpg[:len(jpg)/2]
	if h, err := readImageHeader(writeImageFile(t, "whole.jpg", jpg)); err != nil || h.jpeg.sos > int64(len(cut)) {
		t.Fatalf("the cut is not in the scan: %+v, %v", h.jpeg, err)
	}
	for _, tc := range []struct {
		name string
		data []byte
		kind ImageErrorKind
	}{
		{"cut.jpg", cut, KindDamaged},
		// Cut, but with an end marker added: TurboJPEG's warning must tell.
		{"cut-with-eoi.jpg", append(append([]byte{}, cut...), 0xFF, 0xD9), KindDamaged},
		{"empty.jpg", nil, KindEmpty},
		{"text.jpg", []byte("Hello, I am a text file.\n"), KindNotImage},
		{"huge.png", pngHeader(30000, 30000), KindTooLarge},
		{"header-only.png", pngHeader(30, 30), KindDamaged},
		{"header-only.gif", []byte("GIF89a\x10\x00\x10\x00\x00\x00\x00"), KindDamaged},
	} {
		dir := t.TempDir()
		src := writeImageFile(t, tc.name, tc.data)
		dst := filepath.Join(dir, "out.jpg")
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		_, err := MakeRendition(context.Background(), src, dst, Size{1920, 1920}, 100e6)
		took := time.Since(start)
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		if imageKind(err) != tc.kind {
			t.Errorf("%s: error %v (kind %v), want kind %v", tc.name, err, imageKind(err), tc.kind)
		}
		// (Go's decoder, without cgo, finds the cut with an end marker
		// added only as broken data.)
		if (tc.name == "cut.jpg" || tc.name == "cut-with-eoi.jpg" && jpegTurbo) && !errors.Is(err, errEndsEarly) {
			t.Errorf("%s: error %v does not say the picture ends early", tc.name, err)
		}
		if tc.kind == KindTooLarge {
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
				t.Errorf("%s: refusing allocated %d bytes", tc.name, alloc)
			}
			if took > hangGuard {
				t.Errorf("%s: refusing took %v", tc.name, took)
			}
		}
		if ents, _ := os.ReadDir(dir); len(ents) != 0 {
			t.Errorf("%s: left %v behind", tc.name, ents)
		}
	}
}

// TestRenditionStrayBytes: stray bytes between markers make libjpeg warn,
// but the picture is whole and must be shown.
func TestRenditionStrayBytes(t *testing.T) {
	jpg := stdJPEG(t, quadrants(64, 64, red, blue, green, yellow), 90)
	end := 4 + int(jpg[4])<<8 | int(jpg[5]) // after the first segment
	stray := append(append(append([]byte{}, jpg[:end]...), "abc"...), jpg[end:]...)
	_, m := render(t, writeImageFile(t, "stray.jpg", stray), Size{64, 64})
	checkQuadrants(t, "stray bytes", m, [4]color.RGBA{red, blue, green, yellow})
}

func TestRenditionProgressive(t *testing.T) {
	jpegtran := needTool(t, "jpegtran")
	src := writeImageFile(t, "base.jpg", stdJPEG(t, quadrants(640, 480, red, blue, green, yellow), 90))
	prog := filepath.Join(filepath.Dir(src), "prog.jpg")
	runTool(t, jpegtran, "-progressive", "-outfile", prog, src)
	if h, err := readImageHeader(prog); err != nil || !h.jpeg.progressive {
		t.Fatalf("jpegtran did not make a progressive JPEG: %+v, %v", h, err)
	}
	r, m := render(t, prog, Size{320, 320})
	if r.Width != 320 || r.Height != 240 {
		t.Errorf("rendition %dx%d, want 320x240", r.Width, r.Height)
	}
	checkQuadrants(t, "progressive", m, [4]color.RGBA{red, blue, green, yellow})

	data, _ := os.ReadFile(prog)
	for _, at := range []int{len(data) / 2, len(data) - 20} {
		cut := writeImageFile(t, "cut.jpg", data[:at])
		_, err := MakeRendition(context.Background(), cut, filepath.Join(t.TempDir(), "x.jpg"), Size{320, 320}, 0)
		if imageKind(err) != KindDamaged {
			t.Errorf("progressive JPEG cut at %d of %d bytes: error %v, want KindDamaged", at, len(data), err)
		}
	}
}

// noiseImage returns a w x h picture of pseudo-random colours, which compresses
// badly: most of its JPEG is scan data.
func noiseImage(w, h int) *image.RGBA {
	m := image.NewRGBA(image.Rect(0, 0, w, h))
	x := uint32(1)
	for i := range m.Pix {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		m.Pix[i] = uint8(x)
	}
	return m
}

// readImageHeader probes a file up to its first scan.
func readImageHeader(path string) (imageHeader, error) {
	_, h, err := readImage(path, 0)
	return h, err
}

// TestRenditionAlpha: transparency is laid over white.
func TestRenditionAlpha(t *testing.T) {
	m := image.NewNRGBA(image.Rect(0, 0, 64, 32))
	for y := range 32 {
		for x := range 64 {
			switch {
			case x < 32:
				m.SetNRGBA(x, y, color.NRGBA{0, 0, 0xFF, 0}) // invisible blue
			case y < 16:
				m.SetNRGBA(x, y, color.NRGBA{0xFF, 0, 0, 0x80}) // half-transparent red
			default:
				m.SetNRGBA(x, y, color.NRGBA{0, 0, 0xFF, 0xFF})
			}
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, m); err != nil {
		t.Fatal(err)
	}
	_, out := render(t, writeImageFile(t, "alpha.png", b.Bytes()), Size{64, 64})
	pink := color.RGBA{0xFF, 0x7F, 0x7F, 0xFF}
	checkQuadrants(t, "alpha", out, [4]color.RGBA{white, pink, white, blue})
}

// TestRenditionGIF: the first frame, placed on the logical screen, with its
// transparent colour showing white.
func TestRenditionGIF(t *testing.T) {
	pal := color.Palette{color.RGBA{}, red, blue}
	first := image.NewPaletted(image.Rect(0, 0, 40, 20), pal)
	for y := range 20 {
		for x := range 40 {
			if x < 20 {
				first.SetColorIndex(x, y, 1) // red left, transparent right
			}
		}
	}
	second := image.NewPaletted(image.Rect(0, 0, 40, 20), pal)
	for i := range second.Pix {
		second.Pix[i] = 2
	}
	var b bytes.Buffer
	err := gif.EncodeAll(&b, &gif.GIF{Image: []*image.Paletted{first, second}, Delay: []int{10, 10},
		Config: image.Config{ColorModel: pal, Width: 40, Height: 20}})
	if err != nil {
		t.Fatal(err)
	}
	src := writeImageFile(t, "anim.gif", b.Bytes())
	if info, err := ProbeImage(src, 0); err != nil || info != (ImageInfo{"gif", 40, 20, 1}) {
		t.Errorf("ProbeImage = %+v, %v", info, err)
	}
	_, out := render(t, src, Size{40, 40})
	checkQuadrants(t, "gif", out, [4]color.RGBA{red, white, red, white})
}

func TestRenditionWebP(t *testing.T) {
	var b bytes.Buffer
	png.Encode(&b, quadrants(64, 32, red, blue, green, yellow))
	src := writeImageFile(t, "in.png", b.Bytes())
	out := filepath.Join(filepath.Dir(src), "out.webp")
	if p, err := exec.LookPath("cwebp"); err == nil {
		runTool(t, p, "-quiet", "-q", "95", src, "-o", out)
	} else {
		runTool(t, needTool(t, "vips"), "copy", src, out+"[Q=95]")
	}
	if info, err := ProbeImage(out, 0); err != nil || info.Format != "webp" || info.Width != 64 || info.Height != 32 {
		t.Fatalf("ProbeImage = %+v, %v", info, err)
	}
	_, m := render(t, out, Size{32, 32})
	checkQuadrants(t, "webp", m, [4]color.RGBA{red, blue, green, yellow})
}

// TestRenditionCMYK: a CMYK JPEG (as from a print shop) comes out in its colours.
func TestRenditionCMYK(t *testing.T) {
	convert := needTool(t, "convert")
	var b bytes.Buffer
	png.Encode(&b, quadrants(64, 64, red, blue, green, white))
	src := writeImageFile(t, "in.png", b.Bytes())
	out := filepath.Join(filepath.Dir(src), "cmyk.jpg")
	runTool(t, convert, src, "-colorspace", "CMYK", "-quality", "95", out)
	h, err := readImageHeader(out)
	if err != nil || h.jpeg.components != 4 {
		t.Skipf("convert did not make a CMYK JPEG: %+v %v", h, err)
	}
	_, m := render(t, out, Size{32, 32})
	checkQuadrants(t, "cmyk", m, [4]color.RGBA{red, blue, green, white})
}

// TestRenditionNoAliasing: a fine black and white checkerboard shrunk 7.3
// times is an even grey, not stripes or a moiré.
func TestRenditionNoAliasing(t *testing.T) {
	const n, box = 730, 100
	m := image.NewGray(image.Rect(0, 0, n, n))
	for y := range n {
		for x := range n {
			if (x+y)%2 == 0 {
				m.Pix[y*n+x] = 0xFF
			}
		}
	}
	var b bytes.Buffer
	png.Encode(&b, m)
	files := map[string][]byte{"checker.png": b.Bytes(), "checker.jpg": stdJPEG(t, m, 100)}
	for name, data := range files {
		_, out := render(t, writeImageFile(t, name, data), Size{box, box})
		lo, hi := 255, 0
		for i := 0; i < len(out.Pix); i += 4 {
			lo, hi = min(lo, int(out.Pix[i+1])), max(hi, int(out.Pix[i+1]))
		}
		if lo < 128-16 || hi > 128+16 {
			t.Errorf("%s shrunk 7.3x: greens from %d to %d, want all within 128±16", name, lo, hi)
		}
	}
}

// TestRenditionPhotos compares renditions of real photos with a reference
// made the slow way (Go's decoder at full size, then the area filter).
func TestRenditionPhotos(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	// Three of Debian's mate-backgrounds photos, scaled to 2048 px wide so
	// the repository stays small; committed so the test never skips.
	files, _ := filepath.Glob("testdata/photos/*.jpg")
	if len(files) < 3 {
		t.Fatalf("testdata/photos holds %d photos, want 3", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		full, err := jpeg.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		for _, box := range []Size{{1920, 1920}, {800, 800}, {300, 300}} {
			r, got := render(t, f, box)
			w, h := fitInside(full.Bounds().Dx(), full.Bounds().Dy(), box)
			if r.Width != w || r.Height != h {
				t.Errorf("%s in %v: %dx%d, want %dx%d", filepath.Base(f), box, r.Width, r.Height, w, h)
				continue
			}
			ref := resizeArea(flatten(full), w, h)
			// vipsthumbnail scores 29.4-45.7 dB on these (Dune.jpg at 300
			// pixels is the lowest); this code within about a decibel of it.
			if db := psnr(ref, got); db < 27 {
				t.Errorf("%s in %v: PSNR %.1f dB against the reference, want >= 27", filepath.Base(f), box, db)
			}
		}
	}
}

func TestRenditionCancel(t *testing.T) {
	src := writeImageFile(t, "a.jpg", stdJPEG(t, quadrants(64, 64, red, blue, green, yellow), 90))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	dst := filepath.Join(t.TempDir(), "out.jpg")
	if _, err := MakeRendition(ctx, src, dst, Size{32, 32}, 0); !errors.Is(err, context.Canceled) {
		t.Errorf("MakeRendition with a cancelled context: %v", err)
	}
	if _, err := os.Stat(dst); err == nil {
		t.Error("a cancelled MakeRendition wrote its file")
	}
}

// TestRenditionReplaces: a new rendition replaces the old file whole, and
// no temporary file stays behind.
func TestRenditionReplaces(t *testing.T) {
	dir := t.TempDir()
	dst := filepath.Join(dir, "sub", "out.jpg")
	for _, c := range []color.RGBA{red, blue} {
		src := writeImageFile(t, "a.jpg", stdJPEG(t, quadrants(64, 64, c, c, c, c), 90))
		if _, err := MakeRendition(context.Background(), src, dst, Size{32, 32}, 0); err != nil {
			t.Fatal(err)
		}
		img, err := DecodeRendition(dst)
		if err != nil {
			t.Fatal(err)
		}
		checkQuadrants(t, "replaced", img, [4]color.RGBA{c, c, c, c})
	}
	ents, _ := os.ReadDir(filepath.Dir(dst))
	if len(ents) != 1 {
		t.Errorf("folder holds %v, want only out.jpg", ents)
	}
	if fi, err := os.Stat(dst); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("rendition mode %v, %v; want 0644", fi.Mode(), err)
	}
}

func TestDecodeRenditionErrors(t *testing.T) {
	for name, data := range map[string][]byte{"empty.jpg": nil, "text.jpg": []byte("hello"), "cut.jpg": stdJPEG(t, image.NewGray(image.Rect(0, 0, 64, 64)), 90)[:300]} {
		if _, err := DecodeRendition(writeImageFile(t, name, data)); imageKind(err) == 0 {
			t.Errorf("DecodeRendition(%s) = %v, want an ImageError", name, err)
		}
	}
}
