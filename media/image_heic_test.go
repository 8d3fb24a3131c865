package media

import (
	"context"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
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
