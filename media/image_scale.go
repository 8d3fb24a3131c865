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
//
// Every destination pixel has the same number of taps (padded with zero
// weights), so that the common cases of 2 and 3 taps run unrolled.
type areaFilter struct {
	taps  int
	start []int   // first source pixel of each destination pixel
	w     []int32 // destination i's weights are w[i*taps:(i+1)*taps], summing to 1<<weightBits
}

func newAreaFilter(srcN, dstN int) areaFilter {
	scale := float64(srcN) / float64(dstN)
	span := func(i int) (lo, hi float64, j0, j1 int) {
		lo, hi = float64(i)*scale, min(float64(i+1)*scale, float64(srcN))
		return lo, hi, int(lo), max(int(lo)+1, min(int(math.Ceil(hi)), srcN))
	}
	f := areaFilter{taps: 1, start: make([]int, dstN)}
	for i := range dstN {
		_, _, j0, j1 := span(i)
		f.taps = max(f.taps, j1-j0)
	}
	f.w = make([]int32, dstN*f.taps)
	for i := range dstN {
		lo, hi, j0, j1 := span(i)
		start := min(j0, srcN-f.taps) // keep all taps inside the source
		f.start[i] = start
		w := f.w[i*f.taps : (i+1)*f.taps]
		sum, big := int32(0), j0-start
		for j := j0; j < j1; j++ {
			cover := min(hi, float64(j+1)) - max(lo, float64(j))
			wt := int32(math.Round(cover / scale * (1 << weightBits)))
			w[j-start] = wt
			sum += wt
			if wt > w[big] {
				big = j - start
			}
		}
		w[big] += 1<<weightBits - sum // rounding leftovers to the largest weight
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

// weightRound is added before shifting a weighted sum down to 8 bits.
const weightRound = 1 << (weightBits - 1)

// resizeRows changes the width of each row to w.
func resizeRows(src *image.RGBA, w int) *image.RGBA {
	sw, h := src.Rect.Dx(), src.Rect.Dy()
	f := newAreaFilter(sw, w)
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		row := src.Pix[y*src.Stride : y*src.Stride+4*sw]
		out := dst.Pix[y*dst.Stride : y*dst.Stride+4*w]
		switch f.taps {
		case 2:
			for x := range w {
				s, wt := 4*f.start[x], f.w[2*x:2*x+2:2*x+2]
				p := row[s : s+8 : s+8]
				o := out[4*x : 4*x+4 : 4*x+4]
				o[0] = uint8((int32(p[0])*wt[0] + int32(p[4])*wt[1] + weightRound) >> weightBits)
				o[1] = uint8((int32(p[1])*wt[0] + int32(p[5])*wt[1] + weightRound) >> weightBits)
				o[2] = uint8((int32(p[2])*wt[0] + int32(p[6])*wt[1] + weightRound) >> weightBits)
				o[3] = 0xFF
			}
		case 3:
			for x := range w {
				s, wt := 4*f.start[x], f.w[3*x:3*x+3:3*x+3]
				p := row[s : s+12 : s+12]
				o := out[4*x : 4*x+4 : 4*x+4]
				o[0] = uint8((int32(p[0])*wt[0] + int32(p[4])*wt[1] + int32(p[8])*wt[2] + weightRound) >> weightBits)
				o[1] = uint8((int32(p[1])*wt[0] + int32(p[5])*wt[1] + int32(p[9])*wt[2] + weightRound) >> weightBits)
				o[2] = uint8((int32(p[2])*wt[0] + int32(p[6])*wt[1] + int32(p[10])*wt[2] + weightRound) >> weightBits)
				o[3] = 0xFF
			}
		default:
			for x := range w {
				ws := f.w[x*f.taps : (x+1)*f.taps]
				p := row[4*f.start[x] : 4*(f.start[x]+f.taps)]
				r, g, b := int32(weightRound), int32(weightRound), int32(weightRound)
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
	}
	return dst
}

// resizeColumns changes the height of each column to h.
func resizeColumns(src *image.RGBA, h int) *image.RGBA {
	w, sh := src.Rect.Dx(), src.Rect.Dy()
	f := newAreaFilter(sh, h)
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	n := 4 * w
	rowAt := func(sy int) []byte { return src.Pix[sy*src.Stride : sy*src.Stride+n] }
	var acc []int32
	for y := range h {
		out := dst.Pix[y*dst.Stride : y*dst.Stride+n]
		wt, sy := f.w[y*f.taps:(y+1)*f.taps], f.start[y]
		switch f.taps {
		case 2:
			r0, r1 := rowAt(sy), rowAt(sy+1)
			w0, w1 := wt[0], wt[1]
			for i := 0; i+3 < len(out); i += 4 {
				a, b, o := r0[i:i+3:i+3], r1[i:i+3:i+3], out[i:i+4:i+4]
				o[0] = uint8((int32(a[0])*w0 + int32(b[0])*w1 + weightRound) >> weightBits)
				o[1] = uint8((int32(a[1])*w0 + int32(b[1])*w1 + weightRound) >> weightBits)
				o[2] = uint8((int32(a[2])*w0 + int32(b[2])*w1 + weightRound) >> weightBits)
				o[3] = 0xFF
			}
		case 3:
			r0, r1, r2 := rowAt(sy), rowAt(sy+1), rowAt(sy+2)
			w0, w1, w2 := wt[0], wt[1], wt[2]
			for i := 0; i+3 < len(out); i += 4 {
				a, b, c, o := r0[i:i+3:i+3], r1[i:i+3:i+3], r2[i:i+3:i+3], out[i:i+4:i+4]
				o[0] = uint8((int32(a[0])*w0 + int32(b[0])*w1 + int32(c[0])*w2 + weightRound) >> weightBits)
				o[1] = uint8((int32(a[1])*w0 + int32(b[1])*w1 + int32(c[1])*w2 + weightRound) >> weightBits)
				o[2] = uint8((int32(a[2])*w0 + int32(b[2])*w1 + int32(c[2])*w2 + weightRound) >> weightBits)
				o[3] = 0xFF
			}
		default:
			if acc == nil {
				acc = make([]int32, n)
			}
			for i := range acc {
				acc[i] = weightRound
			}
			for k, wk := range wt {
				row := rowAt(sy + k)
				acc := acc[:len(row)]
				for i, v := range row {
					acc[i] += int32(v) * wk
				}
			}
			for i := range out {
				out[i] = uint8(acc[i] >> weightBits)
			}
		}
	}
	return dst
}
