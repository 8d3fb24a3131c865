package main

import "math"

// wo are the options of a paint layer.
type wo struct {
	op      float64 // pigment density (1 = full colour)
	vary    float64 // blotchiness 0..1
	wl      float64 // blotch size (logical units)
	soft    float64 // edge softness (logical units)
	rim     float64 // darker pigment collected at the edges
	gouache bool    // opaque paint instead of a transparent glaze
	col2    rgb     // second colour mixed in ...
	mix     float64 // ... by noise with this strength
	mixFn   func(x, y float64) float64
	brush   float64 // brush streak strength
	angle   float64 // brush streak direction (radians)
}

func (o wo) norm() wo {
	if o.op == 0 {
		o.op = 0.85
	}
	if o.wl == 0 {
		o.wl = 150
	}
	return o
}

// W is the default watercolour layer.
var W = wo{op: 0.9, vary: 0.35, soft: 1.5, rim: 0.5}

// G is the default gouache layer.
var G = wo{op: 0.93, vary: 0.12, soft: 1, rim: 0.12, gouache: true, brush: 0.12}

// paint lays colour through a mask.
func (c *canvas) paint(m *mask, col rgb, o wo) {
	o = o.norm()
	softPx := int(o.soft * c.s)
	rimPx := c.pxr(14)
	m = m.grow(softPx*2 + rimPx*2 + 2)
	a := m
	if softPx > 0 {
		a = m.blur(max(1, softPx/2), 2)
	}
	var b *mask
	if o.rim > 0 {
		b = a.blur(rimPx, 2)
	}
	off := c.rng.Float64()*800 + 50
	sn, cs := math.Sincos(o.angle)
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
			i := y*m.w + x
			av := float64(a.a[i])
			if av < 0.003 {
				continue
			}
			lx, ly := float64(px)/c.s, float64(py)/c.s
			d := o.op
			if o.vary > 0 {
				nv := 0.5 + 0.75*c.nz.fbm(lx/o.wl+off, ly/o.wl-off, 3)
				d *= 1 - o.vary + o.vary*2*clamp01(nv)
			}
			if o.brush > 0 {
				u, v := lx*cs+ly*sn, -lx*sn+ly*cs
				v += 40 * c.nz.at(lx/350-off, ly/350+off)
				d *= 1 - o.brush + o.brush*2*clamp01(0.5+0.8*c.nz.at(u/170+off, v/12))
			}
			d *= av
			if b != nil {
				if e := av - float64(b.a[i]); e > 0 {
					d += o.rim * e * 1.6
				}
			}
			pi := py*c.w + px
			d *= 0.9 + 0.2*float64(c.tooth[pi])
			col2 := col
			if o.mixFn != nil {
				col2 = mixc(col, o.col2, clamp01(o.mixFn(lx, ly)+0.15*c.nz.at(lx/90-off, ly/90)))
			} else if o.mix > 0 {
				t := clamp01(0.5 + 1.1*c.nz.fbm(lx/(o.wl*1.4)-off, ly/(o.wl*1.4)+off, 2))
				col2 = mixc(col, o.col2, t*o.mix)
			}
			if o.gouache {
				d = clamp01(d)
				c.r[pi] += float32((col2.r - float64(c.r[pi])) * d)
				c.g[pi] += float32((col2.g - float64(c.g[pi])) * d)
				c.b[pi] += float32((col2.b - float64(c.b[pi])) * d)
			} else {
				d = math.Min(d, 1.15)
				c.r[pi] *= float32(math.Max(0, 1-d*(1-col2.r)))
				c.g[pi] *= float32(math.Max(0, 1-d*(1-col2.g)))
				c.b[pi] *= float32(math.Max(0, 1-d*(1-col2.b)))
			}
		}
	}
}

// crayon applies wax crayon through a mask: the paper tooth shows through
// where the pressure is low.
func (c *canvas) crayon(m *mask, col rgb, pressure float64) {
	thr := 0.83 - 0.6*pressure
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
			av := float64(m.a[y*m.w+x])
			if av <= 0.01 {
				continue
			}
			pi := py*c.w + px
			g := 0.7*float64(c.tooth[pi]) + 0.3*(0.5+0.6*c.nz.at(float64(px)/5.3+7.7, float64(py)/5.3-3.3))
			cov := smooth(thr-0.13, thr+0.13, g-(1-av)*0.7) * math.Min(1, av*2.5) * 0.97
			c.r[pi] += float32((col.r - float64(c.r[pi])) * cov)
			c.g[pi] += float32((col.g - float64(c.g[pi])) * cov)
			c.b[pi] += float32((col.b - float64(c.b[pi])) * cov)
		}
	}
}

// line draws a wobbly crayon line through pts.
func (c *canvas) line(pts []P, closed bool, col rgb, w, pressure float64) {
	q := c.wob(pts, closed, 1.2+w*0.25, 70)
	if closed && len(q) > 0 {
		q = append(q, q[0], q[min(1, len(q)-1)])
	}
	c.crayon(c.stroke(q, w, w), col, pressure)
}

// clipLine draws a crayon line that only shows inside clip.
func (c *canvas) clipLine(pts []P, clip *mask, col rgb, w, pressure float64) {
	q := c.wob(pts, false, 1.2+w*0.25, 70)
	c.crayon(c.stroke(q, w, w).times(clip), col, pressure)
}

// brushLine draws a wobbly painted stroke tapering from w0 to w1.
func (c *canvas) brushLine(pts []P, col rgb, w0, w1 float64, o wo) {
	q := c.wob(pts, false, 1+w0*0.1, 80)
	c.paint(c.stroke(q, w0, w1), col, o)
}

// outline draws a crayon contour along the edge of a mask.
func (c *canvas) outline(m *mask, col rgb, w, pressure float64) {
	r := max(1, int(w*c.s/1.6+0.5))
	b := m.grow(r*3+2).blur(r, 2)
	for i, v := range b.a {
		d := float64(v) - 0.5
		if d < 0 {
			d = -d
		}
		b.a[i] = float32(clamp01(1.6 - d*5.2))
	}
	c.crayon(b, col, pressure)
}

// scribble fills a mask with a back-and-forth crayon zigzag.
func (c *canvas) scribble(clip *mask, col rgb, ang, gap, w, pressure float64) {
	x0, y0 := float64(clip.x0)/c.s, float64(clip.y0)/c.s
	x1, y1 := float64(clip.x0+clip.w)/c.s, float64(clip.y0+clip.h)/c.s
	ctr := P{(x0 + x1) / 2, (y0 + y1) / 2}
	r := math.Hypot(x1-x0, y1-y0)/2 + gap
	var path []P
	k := 0
	for v := -r; v <= r; v += gap * (0.8 + 0.4*c.rng.Float64()) {
		u := r * (0.9 + 0.1*c.rng.Float64())
		if k%2 == 1 {
			u = -u
		}
		path = append(path, P{u, v}.rot(ang).add(ctr))
		k++
	}
	path = c.wob(path, false, 1.5, 60)
	m := c.stroke(path, w, w)
	m.times(clip)
	c.crayon(m, col, pressure)
}

// dot paints a small round blob.
func (c *canvas) dot(x, y, r float64, col rgb, o wo) {
	c.paint(c.shape(ellipse(x, y, r, r*(0.85+0.3*c.rng.Float64()), c.rng.Float64()*3), r*0.12), col, o)
}

// frame returns a wobbly rectangle inset from the sheet edge.
func (c *canvas) frame(inset float64) []P {
	return rect(inset, inset, c.lw-inset, c.lh-inset)
}

func (c *canvas) rf(a, b float64) float64 { return a + (b-a)*c.rng.Float64() }
