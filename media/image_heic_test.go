package media

import (
	"context"
	"encoding/binary"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
)

// heicFixture makes a HEIC file of img with heif-enc (Debian's
// libheif-examples, in the Makefile's APT_TEST), as an iPhone would give it.
func heicFixture(t *testing.T, img image.Image) string {
	t.Helper()
	enc, err := exec.LookPath("heif-enc")
	if err != nil {
		t.Skip("heif-enc is not installed (make test-deps installs libheif-examples)")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "in.png")
	f, err := os.Create(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
	f.Close()
	out := filepath.Join(dir, "IMG_0001.HEIC")
	if b, err := exec.Command(enc, "-q", "90", "-o", out, src).CombinedOutput(); err != nil {
		t.Fatalf("heif-enc: %v\n%s", err, b)
	}
	return out
}

func TestHEIC(t *testing.T) {
	if !heicSupported {
		t.Skip("built without cgo: HEIC is refused")
	}
	red, blue := color.RGBA{220, 20, 20, 255}, color.RGBA{20, 20, 220, 255}
	p := heicFixture(t, quadrants(64, 32, red, blue, red, blue))
	info, err := ProbeImage(p, 100e6)
	if err != nil || info != (ImageInfo{"heic", 64, 32, 1}) {
		t.Fatalf("ProbeImage = %+v, %v; want heic 64x32", info, err)
	}
	if _, err := ProbeImage(p, 1000); imageKind(err) != KindTooLarge {
		t.Errorf("ProbeImage over the pixel limit: %v, want too large", err)
	}
	r, err := MakeRendition(context.Background(), p, filepath.Join(t.TempDir(), "r.jpg"), Size{200, 200}, 100e6)
	if err != nil || r.Width != 64 || r.Height != 32 {
		t.Fatalf("MakeRendition = %+v, %v; want 64x32", r, err)
	}
	img, err := DecodeRendition(r.Path)
	if err != nil {
		t.Fatal(err)
	}
	if c := color.RGBAModel.Convert(img.At(8, 16)).(color.RGBA); c.R < 150 || c.B > 100 {
		t.Errorf("left half is %v, want red", c)
	}
	if c := color.RGBAModel.Convert(img.At(56, 16)).(color.RGBA); c.B < 150 || c.R > 100 {
		t.Errorf("right half is %v, want blue", c)
	}
	data, _ := os.ReadFile(p)
	cut := writeImageFile(t, "cut.heic", data[:len(data)*2/3])
	if _, err := MakeRendition(context.Background(), cut, filepath.Join(t.TempDir(), "c.jpg"), Size{200, 200}, 100e6); imageKind(err) != KindDamaged {
		t.Errorf("a HEIC cut short: %v, want damaged", err)
	}
}

// withIrot returns a HEIC file (as heif-enc writes it: one primary item,
// iloc version 0 or 1) with an irot property turning the primary picture
// by angle x 90 degrees anticlockwise, as an iPhone held upright writes
// its photos: the boxes that hold it grow, and the picture data's offsets
// move by the bytes added. heif-enc 1.15 cannot write irot itself.
func withIrot(t *testing.T, d []byte, angle byte) []byte {
	t.Helper()
	find := func(path ...string) (int, int) {
		off, end := 0, len(d)
		for i, name := range path {
			for off+8 <= end {
				size := int(binary.BigEndian.Uint32(d[off:]))
				if size < 8 || off+size > end {
					t.Fatalf("bad box at %d", off)
				}
				if string(d[off+4:off+8]) == name {
					break
				}
				off += size
			}
			if off+8 > end {
				t.Fatalf("no %s box", name)
			}
			end = off + int(binary.BigEndian.Uint32(d[off:]))
			if i < len(path)-1 {
				off += map[bool]int{true: 12, false: 8}[name == "meta"]
			}
		}
		return off, end - off
	}
	d = append([]byte(nil), d...)
	meta, _ := find("meta")
	iprp, _ := find("meta", "iprp")
	ipco, ipcoSize := find("meta", "iprp", "ipco")
	ipma, _ := find("meta", "iprp", "ipma")
	iloc, _ := find("meta", "iloc")
	pitm, _ := find("meta", "pitm")
	primary := binary.BigEndian.Uint16(d[pitm+12:])
	props := 0
	for o := ipco + 8; o < ipco+ipcoSize; o += int(binary.BigEndian.Uint32(d[o:])) {
		props++
	}
	// ipma (version 0, 7-bit indices): the primary item gets one more property.
	o, n := ipma+12, int(binary.BigEndian.Uint32(d[ipma+12:]))
	o += 4
	var at int
	for range n {
		k := int(d[o+2])
		if binary.BigEndian.Uint16(d[o:]) == primary {
			d[o+2]++
			at = o + 3 + k
		}
		o += 3 + k
	}
	d = slices.Insert(d, at, 0x80|byte(props+1))
	d = slices.Insert(d, ipco+ipcoSize, 0, 0, 0, 9, 'i', 'r', 'o', 't', angle)
	grow := func(off, by int) { binary.BigEndian.PutUint32(d[off:], binary.BigEndian.Uint32(d[off:])+uint32(by)) }
	grow(ipma+9, 1)
	grow(ipco, 9)
	grow(iprp, 10)
	grow(meta, 10)
	// iloc: absolute offsets of items stored in the file (construction method 0) move by 10.
	ver := d[iloc+8]
	o = iloc + 12
	osz, lsz, bsz := int(d[o]>>4), int(d[o]&15), int(d[o+1]>>4)
	isz := 0
	if ver == 1 || ver == 2 {
		isz = int(d[o+1] & 15)
	}
	o += 2
	count := int(binary.BigEndian.Uint16(d[o:]))
	o += 2
	read := func(o, n int) uint64 {
		var v uint64
		for _, b := range d[o : o+n] {
			v = v<<8 | uint64(b)
		}
		return v
	}
	write := func(o, n int, v uint64) {
		for i := n - 1; i >= 0; i-- {
			d[o+i], v = byte(v), v>>8
		}
	}
	for range count {
		o += 2
		cm := 0
		if ver == 1 || ver == 2 {
			cm = int(d[o+1] & 15)
			o += 2
		}
		o += 2
		baseAt, base := o, read(o, bsz)
		o += bsz
		extents := int(binary.BigEndian.Uint16(d[o:]))
		o += 2
		if cm == 0 && bsz > 0 && base > 0 {
			write(baseAt, bsz, base+10)
		}
		for range extents {
			o += isz
			if cm == 0 && !(bsz > 0 && base > 0) {
				write(o, osz, read(o, osz)+10)
			}
			o += osz + lsz
		}
	}
	return d
}

// TestHEICTurned: a photo stored on its side with irot is shown upright,
// its size the upright one, as for a JPEG with EXIF orientation.
func TestHEICTurned(t *testing.T) {
	if !heicSupported {
		t.Skip("built without cgo: HEIC is refused")
	}
	red, blue := color.RGBA{220, 20, 20, 255}, color.RGBA{20, 20, 220, 255}
	data, err := os.ReadFile(heicFixture(t, quadrants(64, 32, red, blue, red, blue)))
	if err != nil {
		t.Fatal(err)
	}
	p := writeImageFile(t, "IMG_0002.HEIC", withIrot(t, data, 1)) // 90° anticlockwise: the blue right half on top
	info, err := ProbeImage(p, 100e6)
	if err != nil || info != (ImageInfo{"heic", 32, 64, 1}) {
		t.Fatalf("ProbeImage = %+v, %v; want heic 32x64 (upright)", info, err)
	}
	r, err := MakeRendition(context.Background(), p, filepath.Join(t.TempDir(), "r.jpg"), Size{200, 200}, 100e6)
	if err != nil || r.Width != 32 || r.Height != 64 {
		t.Fatalf("MakeRendition = %+v, %v; want 32x64", r, err)
	}
	img, err := DecodeRendition(r.Path)
	if err != nil {
		t.Fatal(err)
	}
	if c := color.RGBAModel.Convert(img.At(16, 8)).(color.RGBA); c.B < 150 || c.R > 100 {
		t.Errorf("top is %v, want blue", c)
	}
	if c := color.RGBAModel.Convert(img.At(16, 56)).(color.RGBA); c.R < 150 || c.B > 100 {
		t.Errorf("bottom is %v, want red", c)
	}
}
