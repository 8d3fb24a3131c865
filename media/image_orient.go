package media

import "image"

// orient turns and flips an image stored with EXIF orientation o (1-8) so
// that it is upright. It returns src itself for orientation 1.
func orient(src *image.RGBA, o int) *image.RGBA {
	if o < 2 || o > 8 {
		return src
	}
	w, h, s := src.Rect.Dx(), src.Rect.Dy(), src.Stride
	dw, dh := w, h
	if o >= 5 {
		dw, dh = h, w
	}
	// The source pixel shown at (dx, dy) of the upright image starts at byte
	// base + dx*stepX + dy*stepY of the source.
	last, bottom := 4*(w-1), s*(h-1)
	var base, stepX, stepY int
	switch o {
	case 2: // mirrored left to right
		base, stepX, stepY = last, -4, s
	case 3: // upside down
		base, stepX, stepY = bottom+last, -4, -s
	case 4: // mirrored top to bottom
		base, stepX, stepY = bottom, 4, -s
	case 5: // mirrored along the top-left to bottom-right diagonal
		base, stepX, stepY = 0, s, 4
	case 6: // needs a quarter turn clockwise
		base, stepX, stepY = bottom, -s, 4
	case 7: // mirrored along the other diagonal
		base, stepX, stepY = bottom+last, -s, -4
	case 8: // needs a quarter turn anticlockwise
		base, stepX, stepY = last, s, -4
	}
	pix := src.Pix[src.PixOffset(src.Rect.Min.X, src.Rect.Min.Y):]
	dst := image.NewRGBA(image.Rect(0, 0, dw, dh))
	for dy := range dh {
		out := dst.Pix[dy*dst.Stride : dy*dst.Stride+4*dw]
		i := base + dy*stepY
		for dx := 0; dx < len(out); dx += 4 {
			*(*[4]byte)(out[dx:]) = *(*[4]byte)(pix[i:])
			i += stepX
		}
	}
	return dst
}
