package main

import (
	"image"
	"math"
	"math/rand/v2"

	"golang.org/x/image/vector"
)

// Canvas: a sheet of paper that is painted on in logical coordinates.

type canvas struct {
	lw, lh     float64
	s          float64
	w, h       int
	r, g, b    []float32
	pr, pg, pb []float32 // the bare paper, for erase
	grain      []float32 // fine paper grain
	tooth      []float32 // coarser grain that wax crayon catches on
	nz         *noise
	rng        *rand.Rand
}

func newCanvas(lw, lh int, s float64, seed uint64) *canvas {
	w := max(8, int(math.Round(float64(lw)*s)))
	h := max(8, int(math.Round(float64(lh)*s)))
	c := &canvas{
		lw: float64(lw), lh: float64(lh), s: float64(w) / float64(lw), w: w, h: h,
		r: make([]float32, w*h), g: make([]float32, w*h), b: make([]float32, w*h),
		grain: make([]float32, w*h),
		nz:    newNoise(seed),
		rng:   rand.New(rand.NewPCG(seed, seed*2654435761+12345)),
	}
	c.paper()
	t := (&mask{0, 0, w, h, append([]float32(nil), c.grain...)}).blur(1, 1)
	for i, v := range t.a {
		t.a[i] = float32(clamp01((float64(v)-0.5)*1.9 + 0.5))
	}
	c.tooth = t.a
	c.pr = append([]float32(nil), c.r...)
	c.pg = append([]float32(nil), c.g...)
	c.pb = append([]float32(nil), c.b...)
	return c
}

// erase restores bare paper under a mask (as if the area had been left
// unpainted), so that later crayon strokes do not mix with what is below.
func (c *canvas) erase(m *mask) {
	for y := 0; y < m.h; y++ {
		py := y + m.y0
		if py < 0 || py >= c.h {
			continue
		}
		for x := 0; x < m.w; x++ {
			px := x + m.x0
			if px < 0 || px >= c.w {
				continue
			}
			a := m.a[y*m.w+x]
			if a <= 0 {
				continue
			}
			i := py*c.w + px
			c.r[i] += (c.pr[i] - c.r[i]) * a
			c.g[i] += (c.pg[i] - c.g[i]) * a
			c.b[i] += (c.pb[i] - c.b[i]) * a
		}
	}
}

// paper fills the canvas with a warm off-white sheet with a little tooth.
func (c *canvas) paper() {
	for y := 0; y < c.h; y++ {
		for x := 0; x < c.w; x++ {
			i := y*c.w + x
			fx, fy := float64(x), float64(y)
			g := 0.5 + 0.8*(0.6*c.nz.at(fx/1.7+17.3, fy/1.9+3.1)+0.4*c.nz.at(fx/4.1+51.2, fy/3.6+9.4))
			g = clamp01(g)
			c.grain[i] = float32(g)
			lx, ly := fx/c.s, fy/c.s
			tone := c.nz.fbm(lx/420+200, ly/420+40, 2)
			v := 0.962 + 0.015*tone + 0.014*(g-0.5)
			c.r[i] = float32(v + 0.012)
			c.g[i] = float32(v)
			c.b[i] = float32(v - 0.035)
		}
	}
}

func (c *canvas) image() *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, c.w, c.h))
	for i := range c.r {
		img.Pix[4*i] = to8(c.r[i])
		img.Pix[4*i+1] = to8(c.g[i])
		img.Pix[4*i+2] = to8(c.b[i])
		img.Pix[4*i+3] = 255
	}
	return img
}

func to8(v float32) uint8 {
	if v <= 0 {
		return 0
	}
	if v >= 1 {
		return 255
	}
	return uint8(v*255 + 0.5)
}

func (c *canvas) px(v float64) int { return int(math.Round(v * c.s)) }

// pxr converts a logical radius to pixels, at least 1.
func (c *canvas) pxr(v float64) int { return max(1, c.px(v)) }

// wob makes a hand-drawn version of a path: it is resampled and pushed
// sideways by smooth noise (amp logical units, wavelength wl).
func (c *canvas) wob(pts []P, closed bool, amp, wl float64) []P {
	if len(pts) < 2 {
		return pts
	}
	src := pts
	if closed {
		src = append(append([]P(nil), pts...), pts[0])
	}
	var rs []P
	var ts []float64
	t := 0.0
	step := 4.0
	for i := 0; i+1 < len(src); i++ {
		a, b := src[i], src[i+1]
		l := b.sub(a).len()
		n := max(1, int(l/step))
		for j := 0; j < n; j++ {
			rs = append(rs, lerpP(a, b, float64(j)/float64(n)))
			ts = append(ts, t+l*float64(j)/float64(n))
		}
		t += l
	}
	if !closed {
		rs = append(rs, src[len(src)-1])
		ts = append(ts, t)
	}
	total := t
	off := c.rng.Float64() * 900
	out := make([]P, len(rs))
	for i, p := range rs {
		var n float64
		if closed {
			// sample noise on a circle so that the shape closes smoothly
			ang := 2 * math.Pi * ts[i] / total
			R := total / (2 * math.Pi * wl)
			R2 := total / (2 * math.Pi * wl * 0.23)
			n = c.nz.at(R*math.Cos(ang)+off, R*math.Sin(ang)-off) +
				0.3*c.nz.at(R2*math.Cos(ang)-off, R2*math.Sin(ang)+off*0.5)
		} else {
			n = c.nz.at(ts[i]/wl+off, off*0.37) + 0.3*c.nz.at(ts[i]/(wl*0.23)-off, off)
		}
		var prev, next P
		if closed {
			prev, next = rs[(i-1+len(rs))%len(rs)], rs[(i+1)%len(rs)]
		} else {
			prev, next = rs[max(0, i-1)], rs[min(len(rs)-1, i+1)]
		}
		d := next.sub(prev)
		l := d.len()
		if l == 0 {
			out[i] = p
			continue
		}
		nrm := P{-d.Y / l, d.X / l}
		out[i] = p.add(nrm.mul(amp * n * 1.6))
	}
	return out
}

// fill rasterises polygons (logical coordinates) into an anti-aliased mask.
func (c *canvas) fill(polys ...[]P) *mask {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, pts := range polys {
		for _, p := range pts {
			x0, y0 = math.Min(x0, p.X*c.s), math.Min(y0, p.Y*c.s)
			x1, y1 = math.Max(x1, p.X*c.s), math.Max(y1, p.Y*c.s)
		}
	}
	// clip to the canvas plus a margin
	m := float64(c.pxr(60))
	x0, y0 = math.Max(x0, -m), math.Max(y0, -m)
	x1, y1 = math.Min(x1, float64(c.w)+m), math.Min(y1, float64(c.h)+m)
	if x1 <= x0 || y1 <= y0 {
		return newMask(0, 0, 1, 1)
	}
	mk := newMask(int(math.Floor(x0))-1, int(math.Floor(y0))-1, int(math.Ceil(x1))+1, int(math.Ceil(y1))+1)
	z := vector.NewRasterizer(mk.w, mk.h)
	for _, pts := range polys {
		if len(pts) < 3 {
			continue
		}
		for i, p := range pts {
			x, y := float32(p.X*c.s-float64(mk.x0)), float32(p.Y*c.s-float64(mk.y0))
			if i == 0 {
				z.MoveTo(x, y)
			} else {
				z.LineTo(x, y)
			}
		}
		z.ClosePath()
	}
	dst := image.NewAlpha(image.Rect(0, 0, mk.w, mk.h))
	z.Draw(dst, dst.Bounds(), image.Opaque, image.Point{})
	for i, v := range dst.Pix {
		mk.a[i] = float32(v) / 255
	}
	return mk
}

// shape is fill of a wobbly (hand-drawn) closed outline.
func (c *canvas) shape(pts []P, amp float64) *mask {
	return c.fill(c.wob(pts, true, amp, 90))
}

// stroke rasterises a brush path with width tapering from w0 to w1
// (logical units) by stamping soft discs.
func (c *canvas) stroke(pts []P, w0, w1 float64) *mask {
	if len(pts) == 0 {
		return newMask(0, 0, 1, 1)
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pts {
		x0, y0 = math.Min(x0, p.X), math.Min(y0, p.Y)
		x1, y1 = math.Max(x1, p.X), math.Max(y1, p.Y)
	}
	wm := math.Max(w0, w1)
	pad := wm + 4
	mk := newMask(c.px(x0-pad), c.px(y0-pad), c.px(x1+pad)+1, c.px(y1+pad)+1)
	total := 0.0
	for i := 1; i < len(pts); i++ {
		total += pts[i].sub(pts[i-1]).len()
	}
	off := c.rng.Float64() * 500
	stamp := func(p P, w float64) {
		r := math.Max(0.55, w*c.s/2)
		cx, cy := p.X*c.s-float64(mk.x0), p.Y*c.s-float64(mk.y0)
		ix0, ix1 := max(0, int(cx-r-1)), min(mk.w-1, int(cx+r+1))
		iy0, iy1 := max(0, int(cy-r-1)), min(mk.h-1, int(cy+r+1))
		for y := iy0; y <= iy1; y++ {
			dy := float64(y) + 0.5 - cy
			row := mk.a[y*mk.w:]
			for x := ix0; x <= ix1; x++ {
				dx := float64(x) + 0.5 - cx
				v := float32(clamp01(r - math.Sqrt(dx*dx+dy*dy) + 0.5))
				if v > row[x] {
					row[x] = v
				}
			}
		}
	}
	t := 0.0
	width := func(t float64) float64 {
		f := 0.0
		if total > 0 {
			f = t / total
		}
		return lerp(w0, w1, f) * (1 + 0.18*c.nz.at(t/70+off, off))
	}
	stamp(pts[0], width(0))
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		l := b.sub(a).len()
		w := width(t)
		step := math.Max(0.35/c.s, w*0.2)
		n := max(1, int(math.Ceil(l/step)))
		for j := 1; j <= n; j++ {
			f := float64(j) / float64(n)
			stamp(lerpP(a, b, f), width(t+l*f))
		}
		t += l
	}
	return mk
}
