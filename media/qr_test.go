package media

import (
	"image/color"
	"testing"
)

func TestQRCode(t *testing.T) {
	img, err := QRCode("https://example.org/clubs/robo", 300)
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	if b.Dx() < 250 || b.Dx() != b.Dy() {
		t.Fatalf("QR code is %v, want a square of about 300 px", b)
	}
	// Quiet zone white, and both black and white modules inside.
	if r, g, bl, _ := img.At(2, 2).RGBA(); r != 0xffff || g != 0xffff || bl != 0xffff {
		t.Errorf("corner is not white")
	}
	black := 0
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			if color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y < 128 {
				black++
			}
		}
	}
	if black == 0 {
		t.Error("no dark modules")
	}
}
