package media

import (
	"bytes"
	"errors"
	"image"
	"image/draw"
	"image/gif"
	"image/jpeg"
	"image/png"
	"strings"
)

// decodeImage decodes data, whose header is h, into an opaque RGBA image in
// stored orientation. Transparent pixels are laid over white, as children's
// drawings are on paper. A JPEG may come out smaller than stored, but never
// smaller than minW x minH.
//
// With scratch, the pixels may live outside Go's heap (no zeroing, no
// garbage collector work for tens of megabytes); then the image must not be
// used after free is called. free is never nil.
func decodeImage(data []byte, h imageHeader, minW, minH int, scratch bool) (img *image.RGBA, free func(), err error) {
	free = func() {}
	if h.Format == "jpeg" {
		if jpegEndsEarly(data, h.jpeg.sos) {
			return nil, free, imageErr(KindDamaged, errEndsEarly)
		}
		if h.jpeg.arithmetic && !jpegTurbo {
			return nil, free, imageErr(KindUnsupported, errors.New("arithmetic-coded jpeg images need libjpeg-turbo")).found("arithmetic jpeg")
		}
		return decodeJPEG(data, h.jpeg.adobe, minW, minH, scratch)
	}
	img, err = decodeOther(data, h)
	return img, free, err
}

// decodeOther decodes a PNG, WebP or GIF image with Go's decoders.
func decodeOther(data []byte, h imageHeader) (*image.RGBA, error) {
	var (
		img image.Image
		err error
	)
	switch h.Format {
	case "png":
		img, err = png.Decode(bytes.NewReader(dropBadAncillary(data)))
	case "webp":
		img, err = decodeWebP(data, h.Width, h.Height)
	case "heic":
		img, err = decodeHEIC(data)
	case "gif":
		// The first frame, on a canvas of the logical screen's size.
		fixed := fixGIFCodeSize(withGIFScreen(data, h.Width, h.Height))
		img, err = gif.Decode(bytes.NewReader(fixed))
		if err != nil && strings.Contains(err.Error(), "invalid pixel value") {
			img, err = gif.Decode(bytes.NewReader(padGIFPalette(fixed)))
		}
		if err == nil {
			canvas := whiteRGBA(h.Width, h.Height)
			draw.Draw(canvas, img.Bounds(), img, img.Bounds().Min, draw.Over)
			return canvas, nil
		}
	default:
		return nil, imageErrf(KindUnsupported, "%s images are not supported", h.Format)
	}
	if err != nil {
		if h.Format == "png" && pngEndsEarly(data) || h.Format == "gif" && gifEndsEarly(data) {
			return nil, imageErr(KindDamaged, errEndsEarly)
		}
		return nil, decodeErr(err)
	}
	return flatten(img), nil
}

// decodeErr sorts a Go image decoder's error into the kinds of ImageError.
func decodeErr(err error) error {
	var (
		ie   *ImageError
		junk jpeg.UnsupportedError
		punk png.UnsupportedError
	)
	switch {
	case errors.As(err, &ie):
		return err
	case errors.As(err, &junk):
		return imageErr(KindUnsupported, err).found(jpegKind(strings.ToLower(err.Error())))
	case errors.As(err, &punk):
		// image/png reads every valid PNG: what it calls unsupported (a
		// colour type 1, a bit depth 3) is a file damaged inside.
		return imageErr(KindDamaged, err)
	}
	if err = readErr(err); errors.As(err, &ie) {
		return err
	}
	return imageErr(KindDamaged, err)
}

// whiteRGBA returns a w x h image filled with opaque white.
func whiteRGBA(w, h int) *image.RGBA {
	m := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range m.Pix {
		m.Pix[i] = 0xFF
	}
	return m
}

// flatten returns img as an opaque *image.RGBA with its origin at (0, 0),
// laying transparent pixels over white. It reuses the pixels of *image.RGBA
// and *image.NRGBA images.
func flatten(img image.Image) *image.RGBA {
	b := img.Bounds()
	switch m := img.(type) {
	case *image.RGBA:
		if b.Min == (image.Point{}) && m.Stride == 4*b.Dx() {
			for i := 0; i+3 < len(m.Pix); i += 4 {
				if a := m.Pix[i+3]; a != 0xFF { // premultiplied: add the white that shows through
					p := m.Pix[i : i+4 : i+4]
					p[0], p[1], p[2], p[3] = min(p[0], a)+0xFF-a, min(p[1], a)+0xFF-a, min(p[2], a)+0xFF-a, 0xFF
				}
			}
			return m
		}
	case *image.NRGBA:
		if b.Min == (image.Point{}) && m.Stride == 4*b.Dx() {
			for i := 0; i+3 < len(m.Pix); i += 4 {
				if a := uint32(m.Pix[i+3]); a != 0xFF {
					m.Pix[i] = overWhite(m.Pix[i], a)
					m.Pix[i+1] = overWhite(m.Pix[i+1], a)
					m.Pix[i+2] = overWhite(m.Pix[i+2], a)
					m.Pix[i+3] = 0xFF
				}
			}
			return &image.RGBA{Pix: m.Pix, Stride: m.Stride, Rect: b}
		}
	case *image.YCbCr, *image.Gray, *image.CMYK:
		dst := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
		draw.Draw(dst, dst.Rect, img, b.Min, draw.Src)
		return dst
	case *image.NYCbCrA:
		dst := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
		draw.Draw(dst, dst.Rect, &m.YCbCr, b.Min, draw.Src)
		for y := range b.Dy() {
			row := dst.Pix[y*dst.Stride : y*dst.Stride+4*b.Dx()]
			alpha := m.A[m.AOffset(b.Min.X, b.Min.Y+y):]
			for x := range b.Dx() {
				if a := uint32(alpha[x]); a != 0xFF {
					p := row[4*x : 4*x+3]
					p[0], p[1], p[2] = overWhite(p[0], a), overWhite(p[1], a), overWhite(p[2], a)
				}
			}
		}
		return dst
	}
	dst := whiteRGBA(b.Dx(), b.Dy())
	draw.Draw(dst, dst.Rect, img, b.Min, draw.Over)
	return dst
}

// overWhite lays a colour value c of alpha a (not premultiplied) over white.
func overWhite(c uint8, a uint32) uint8 {
	return uint8((uint32(c)*a + 0xFF*(0xFF-a) + 0x7F) / 0xFF)
}
