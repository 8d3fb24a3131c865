package media

import (
	"image"
	"math"
)

// fitInside returns the largest size with the aspect ratio of w x h that fits
// inside box, but never larger than w x h itself.
func fitInside(w, h int, box Size) (int, int) {
	if w <= box.W && h <= box.H {
		return w, h
	}
	if int64(w)*int64(box.H) >= int64(h)*int64(box.W) { // as wide or wider than the box
		return box.W, max(1, int((2*int64(h)*int64(box.W)+int64(w))/(2*int64(w))))
	}
	return max(1, int((2*int64(w)*int64(box.H)+int64(h))/(2*int64(h)))), box.H
}

// weightBits is the fixed-point precision of the filter weights.
const weightBits = 14

// areaFilter holds, for each destination pixel of a row or column, the
// source pixels it covers and by how much: a box filter as wide as the
// scale, with partly covered pixels counted in part ("pixel mixing"). It
// averages every source pixel into the result, so fine patterns become their
// average colour instead of aliasing into stripes.
type areaFilter struct {
	start []int   // first source pixel of each destination pixel
	off   []int   // destination i's weights are w[off[i]:off[i+1]]
	w     []int32 // weights summing to 1<<weightBits per destination pixel
}

func newAreaFilter(srcN, dstN int) areaFilter {
	f := areaFilter{start: make([]int, dstN), off: make([]int, dstN+1)}
	scale := float64(srcN) / float64(dstN)
	for i := range dstN {
		lo, hi := float64(i)*scale, min(float64(i+1)*scale, float64(srcN))
		j0, j1 := int(lo), min(int(math.Ceil(hi)), srcN)
		f.start[i] = j0
		first, sum, big := len(f.w), int32(0), len(f.w)
		for j := j0; j < j1; j++ {
			cover := min(hi, float64(j+1)) - max(lo, float64(j))
			wt := int32(math.Round(cover / scale * (1 << weightBits)))
			f.w = append(f.w, wt)
			sum += wt
			if wt > f.w[big] {
				big = len(f.w) - 1
			}
		}
		if len(f.w) == first { // cannot happen while srcN >= dstN; be safe
			f.w = append(f.w, 0)
			big = first
		}
		f.w[big] += 1<<weightBits - sum // rounding leftovers to the largest weight
		f.off[i+1] = len(f.w)
	}
	return f
}

// resizeArea shrinks an opaque RGBA image to w x h with an area filter. It
// returns src itself if it already has that size. It is meant for shrinking;
// enlarging works but looks blocky. The alpha of the result is 0xFF.
func resizeArea(src *image.RGBA, w, h int) *image.RGBA {
	if src.Rect.Min != (image.Point{}) {
		src = &image.RGBA{Pix: src.Pix[src.PixOffset(src.Rect.Min.X, src.Rect.Min.Y):],
			Stride: src.Stride, Rect: image.Rect(0, 0, src.Rect.Dx(), src.Rect.Dy())}
	}
	if w != src.Rect.Dx() {
		src = resizeRows(src, w)
	}
	if h != src.Rect.Dy() {
		src = resizeColumns(src, h)
	}
	return src
}

// resizeRows changes the width of each row to w.
func resizeRows(src *image.RGBA, w int) *image.RGBA {
	sw, h := src.Rect.Dx(), src.Rect.Dy()
	f := newAreaFilter(sw, w)
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	const round = 1 << (weightBits - 1)
	for y := range h {
		row := src.Pix[y*src.Stride : y*src.Stride+4*sw]
		out := dst.Pix[y*dst.Stride : y*dst.Stride+4*w]
		for x := range w {
			ws := f.w[f.off[x]:f.off[x+1]]
			p := row[4*f.start[x]:]
			p = p[:4*len(ws)]
			r, g, b := int32(round), int32(round), int32(round)
			for k, wt := range ws {
				q := p[4*k : 4*k+3 : 4*k+3]
				r += int32(q[0]) * wt
				g += int32(q[1]) * wt
				b += int32(q[2]) * wt
			}
			o := out[4*x : 4*x+4 : 4*x+4]
			o[0], o[1], o[2], o[3] = uint8(r>>weightBits), uint8(g>>weightBits), uint8(b>>weightBits), 0xFF
		}
	}
	return dst
}

// resizeColumns changes the height of each column to h.
func resizeColumns(src *image.RGBA, h int) *image.RGBA {
	w, sh := src.Rect.Dx(), src.Rect.Dy()
	f := newAreaFilter(sh, h)
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	acc := make([]int32, 4*w)
	const round = 1 << (weightBits - 1)
	for y := range h {
		for i := range acc {
			acc[i] = round
		}
		for k, wt := range f.w[f.off[y]:f.off[y+1]] {
			sy := f.start[y] + k
			row := src.Pix[sy*src.Stride : sy*src.Stride+4*w]
			acc := acc[:len(row)]
			for i, v := range row {
				acc[i] += int32(v) * wt
			}
		}
		out := dst.Pix[y*dst.Stride : y*dst.Stride+4*w]
		for i := range out {
			out[i] = uint8(acc[i] >> weightBits)
		}
	}
	return dst
}
