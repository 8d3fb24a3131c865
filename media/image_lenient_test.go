package media

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/png"
	"testing"
)

// Viewers show these files; Go's decoders alone refuse them.

func TestPNGBadAncillaryChecksumIgnored(t *testing.T) {
	var b bytes.Buffer
	png.Encode(&b, quadrants(8, 4, color.RGBA{255, 0, 0, 255}, color.RGBA{0, 0, 255, 255}, color.RGBA{255, 0, 0, 255}, color.RGBA{0, 0, 255, 255}))
	data := b.Bytes()
	text := []byte("tEXtComment\x00x")
	chunk := binary.BigEndian.AppendUint32(nil, uint32(len(text)-4))
	chunk = append(chunk, text...)
	chunk = binary.BigEndian.AppendUint32(chunk, crc32.ChecksumIEEE(text)^1)
	bad := append(append(append([]byte{}, data[:33]...), chunk...), data[33:]...)
	img, err := decodeOther(bad, imageHeader{ImageInfo: ImageInfo{Format: "png", Width: 8, Height: 4}})
	if err != nil {
		t.Fatalf("PNG with a bad tEXt checksum: %v", err)
	}
	if c := img.RGBAAt(6, 1); c.B != 255 || c.R != 0 {
		t.Errorf("pixel (6,1) = %v, want blue", c)
	}
	// A wrong checksum on the picture data itself is still refused.
	idat := bytes.Index(data, []byte("IDAT"))
	n := int(binary.BigEndian.Uint32(data[idat-4:]))
	broken := append([]byte{}, data...)
	broken[idat+4+n] ^= 1
	if _, err := decodeOther(broken, imageHeader{ImageInfo: ImageInfo{Format: "png", Width: 8, Height: 4}}); imageKind(err) != KindDamaged {
		t.Errorf("PNG with a bad IDAT checksum: %v, want damaged", err)
	}
	if got := dropBadAncillary(data); !bytes.Equal(got, data) {
		t.Error("a good PNG was changed")
	}
}

func TestGIFCodeSizeOne(t *testing.T) {
	// Literal codes only, read as browsers read code size 1.
	const w, h = 5, 3
	var bits []int
	width, mask, next := 2, 3, 4
	put := func(code int) {
		for i := range width {
			bits = append(bits, code>>i&1)
		}
	}
	put(2)
	want := make([]byte, w*h)
	for i := range want {
		want[i] = byte(i % 2)
		put(int(want[i]))
		if i > 0 {
			next++
			if next&mask == 0 {
				width++
				mask += next
			}
		}
	}
	put(3)
	var lzwData []byte
	for i := 0; i < len(bits); i += 8 {
		var v byte
		for j := 0; j < 8 && i+j < len(bits); j++ {
			v |= byte(bits[i+j]) << j
		}
		lzwData = append(lzwData, v)
	}
	g := []byte("GIF89a\x05\x00\x03\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff\x2c\x00\x00\x00\x00\x05\x00\x03\x00\x00\x01")
	g = append(append(append(g, byte(len(lzwData))), lzwData...), 0, 0x3B)
	if _, err := gif.Decode(bytes.NewReader(g)); err == nil {
		t.Fatal("Go's decoder takes code size 1 now: fixGIFCodeSize may go")
	}
	m, err := gif.Decode(bytes.NewReader(fixGIFCodeSize(g)))
	if err != nil {
		t.Fatalf("fixed GIF: %v", err)
	}
	p := m.(*image.Paletted)
	for i, v := range want {
		if got := p.Pix[i/w*p.Stride+i%w]; got != v {
			t.Fatalf("pixel %d = %d, want %d", i, got, v)
		}
	}
}

func TestAnimatedWebPFirstFrame(t *testing.T) {
	bs, _ := hex.DecodeString("2f000000008888fe07") // 1 x 1 black, lossless
	chunk := func(id string, p []byte) []byte {
		out := binary.LittleEndian.AppendUint32([]byte(id), uint32(len(p)))
		out = append(out, p...)
		if len(p)%2 == 1 {
			out = append(out, 0)
		}
		return out
	}
	frame := func(x int) []byte {
		return chunk("ANMF", append([]byte{byte(x / 2), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 0, 0, 0}, chunk("VP8L", bs)...))
	}
	body := append([]byte("WEBP"), chunk("VP8X", []byte{2, 0, 0, 0, 3, 0, 0, 1, 0, 0})...)
	body = append(body, chunk("ANIM", make([]byte, 6))...)
	body = append(append(body, frame(2)...), frame(0)...)
	data := append(binary.LittleEndian.AppendUint32([]byte("RIFF"), uint32(len(body))), body...)
	img, err := decodeWebP(data, 4, 2)
	if err != nil {
		t.Fatal(err)
	}
	rgba := flatten(img)
	if c := rgba.RGBAAt(2, 0); c.R != 0 || c.A != 255 {
		t.Errorf("first frame's pixel at (2,0) = %v, want black", c)
	}
	if c := rgba.RGBAAt(0, 0); c.R != 255 {
		t.Errorf("(0,0) = %v, want the white canvas (the second frame is not drawn)", c)
	}
}

// FuzzLenient feeds the repairs of broken files with anything: they must not
// panic, and never grow a file much.
func FuzzLenient(f *testing.F) {
	f.Add([]byte("GIF89a\x05\x00\x03\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff\x2c\x00\x00\x00\x00\x05\x00\x03\x00\x00\x01\x02\x4c\x01\x00\x3b"))
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x01tEXtx\x00\x00\x00\x00"))
	f.Add([]byte("RIFF\x20\x00\x00\x00WEBPANMF\x14\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if out := fixGIFCodeSize(data); len(out) > 4*len(data)+64<<10 {
			t.Fatalf("GIF grew from %d to %d bytes", len(data), len(out))
		}
		if out := dropBadAncillary(data); len(out) > len(data) {
			t.Fatalf("PNG grew from %d to %d bytes", len(data), len(out))
		}
		if fr, err := findWebPFrame(data); err == nil {
			_ = fr.simple()
		}
		_ = pngEndsEarly(data)
		_ = gifEndsEarly(data)
		_ = padGIFPalette(data)
		w, h := gifCanvas(data, 10, 10)
		_ = withGIFScreen(data, w, h)
		_ = SniffType(data)
	})
}

func TestGIFPixelPastItsPalette(t *testing.T) {
	m := image.NewPaletted(image.Rect(0, 0, 4, 2), color.Palette{color.White, color.RGBA{255, 0, 0, 255}})
	m.Pix = []byte{1, 1, 3, 3, 1, 1, 3, 3}
	var b bytes.Buffer
	if err := gif.Encode(&b, m, nil); err != nil {
		t.Fatal(err)
	}
	data := b.Bytes()
	if _, err := gif.Decode(bytes.NewReader(data)); err == nil {
		t.Skip("the encoder grew the palette: no pixel past it")
	}
	img, err := decodeOther(data, imageHeader{ImageInfo: ImageInfo{Format: "gif", Width: 4, Height: 2}})
	if err != nil {
		t.Fatalf("GIF with pixels past its palette: %v", err)
	}
	if c := img.RGBAAt(0, 0); c.R != 255 || c.G != 0 {
		t.Errorf("(0,0) = %v, want red", c)
	}
	if c := img.RGBAAt(3, 1); c.R != 0 || c.G != 0 || c.B != 0 {
		t.Errorf("(3,1) = %v, want black, as browsers show it", c)
	}
	if _, err := decodeOther(data[:len(data)-6], imageHeader{ImageInfo: ImageInfo{Format: "gif", Width: 4, Height: 2}}); imageKind(err) != KindDamaged || !err.(*ImageError).EndsEarly() {
		t.Errorf("GIF cut short: %v, want ends early", err)
	}
}

func TestGIFFrameLargerThanScreen(t *testing.T) {
	m := image.NewPaletted(image.Rect(0, 0, 6, 4), color.Palette{color.White, color.RGBA{255, 0, 0, 255}})
	for i := range m.Pix {
		m.Pix[i] = 1
	}
	var b bytes.Buffer
	if err := gif.Encode(&b, m, nil); err != nil {
		t.Fatal(err)
	}
	data := b.Bytes()
	data[6], data[8] = 4, 2 // the screen says 4 x 2, the frame is 6 x 4
	if _, err := gif.Decode(bytes.NewReader(data)); err == nil {
		t.Fatal("Go's decoder takes a frame past the screen now")
	}
	p := writeImageFile(t, "big-frame.gif", data)
	info, err := ProbeImage(p, 1e6)
	if err != nil || info.Width != 6 || info.Height != 4 {
		t.Fatalf("ProbeImage = %+v, %v; want 6x4", info, err)
	}
	h, _ := probeHeader(bufio.NewReader(bytes.NewReader(data)), 0, true)
	img, err := decodeOther(data, h)
	if err != nil {
		t.Fatal(err)
	}
	if c := img.RGBAAt(5, 3); c.R != 255 || c.G != 0 {
		t.Errorf("(5,3) = %v, want red", c)
	}
}
