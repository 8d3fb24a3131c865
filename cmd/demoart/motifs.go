package main

import "math"

// Shared motifs.

func sun(c *canvas, x, y, r float64, face bool) {
	for i := 0; i < 14; i++ {
		a := 2*math.Pi*float64(i)/14 + c.rf(-0.08, 0.08)
		r1 := r * 1.22
		r2 := r * (1.55 + 0.25*float64(i%2))
		col := hx("#FFB020")
		if i%2 == 1 {
			col = hx("#FF7A1A")
		}
		c.line([]P{{x + r1*math.Cos(a), y + r1*math.Sin(a)}, {x + r2*math.Cos(a), y + r2*math.Sin(a)}}, false, col, r*0.09, 0.8)
	}
	disc := c.shape(ellipse(x, y, r, r*0.97, 0), r*0.04)
	c.paint(disc, hx("#FFD21F"), wo{op: 0.97, vary: 0.15, soft: 2, rim: 0.3, col2: hx("#FFA41B"), mix: 0.7, wl: r, gouache: true, brush: 0.1})
	c.outline(disc, hx("#FF8A00"), r*0.06, 0.75)
	if face {
		c.dot(x-r*0.35, y-r*0.18, r*0.09, ink, G)
		c.dot(x+r*0.35, y-r*0.18, r*0.09, ink, G)
		c.dot(x-r*0.55, y+r*0.2, r*0.16, hx("#FF6F7F"), wo{op: 0.5, soft: r * 0.15})
		c.dot(x+r*0.55, y+r*0.2, r*0.16, hx("#FF6F7F"), wo{op: 0.5, soft: r * 0.15})
		c.line(arc(x, y+r*0.05, r*0.45, deg(25), deg(155), 12), false, hx("#C2410C"), r*0.07, 0.85)
	}
}

func cloud(c *canvas, x, y, k float64, edge rgb) {
	var ms []*mask
	for _, b := range [][3]float64{{-110, 10, 60}, {-50, -25, 75}, {30, -35, 85}, {105, 0, 62}, {0, 20, 70}} {
		ms = append(ms, c.shape(ellipse(x+b[0]*k, y+b[1]*k, b[2]*k, b[2]*k*0.85, 0), 3))
	}
	m := union(ms...)
	c.paint(m, hx("#FFFFFF"), wo{op: 0.92, vary: 0.1, soft: 2, gouache: true})
	c.outline(m, edge, 5, 0.55)
}

func grassTufts(c *canvas, n int, y0, y1 float64, cols []rgb, avoid ...*mask) {
	for i := 0; i < n; i++ {
		x, y := c.rf(20, c.lw-20), c.rf(y0, y1)
		skip := false
		for _, m := range avoid {
			if m.get(c.px(x), c.px(y)) > 0.05 || m.get(c.px(x), c.px(y-40)) > 0.05 {
				skip = true
			}
		}
		if skip {
			continue
		}
		h := lerp(18, 46, (y-y0)/(y1-y0+1))
		col := cols[c.rng.IntN(len(cols))]
		for j := -1; j <= 1; j++ {
			c.line([]P{{x + float64(j)*4, y}, {x + float64(j)*h*0.45, y - h*(1-0.2*math.Abs(float64(j)))}}, false, col, 3.2, 0.7)
		}
	}
}

// ramHorn draws a "qoshqar muiz" curl pair (a ram-horn ornament).
func ramHorn(c *canvas, x, y, k, rot float64, col rgb, w float64) {
	for _, side := range []float64{-1, 1} {
		var pts []P
		for i := 0; i <= 24; i++ {
			t := float64(i) / 24
			a := math.Pi*0.5 + t*math.Pi*1.6
			r := 26 * (1 - 0.65*t)
			cx := 26.0
			pts = append(pts, P{side * (cx - r*math.Cos(a)), -20 - r*math.Sin(a) + 20})
		}
		pts = append([]P{{0, 30}, {0, 6}}, pts...)
		for i := range pts {
			pts[i] = pts[i].mul(k).rot(rot).add(P{x, y})
		}
		c.line(pts, false, col, w, 0.85)
	}
}

func note(c *canvas, x, y, k float64, col rgb, double bool) {
	heads := []P{{x, y}}
	if double {
		heads = append(heads, P{x + 60*k, y - 14*k})
	}
	for _, h := range heads {
		m := c.shape(ellipse(h.X, h.Y, 20*k, 14*k, -0.4), 1.5)
		c.paint(m, col, wo{op: 0.98, gouache: true, vary: 0.2})
		c.line([]P{{h.X + 17*k, h.Y - 4*k}, {h.X + 18*k, h.Y - 90*k}}, false, col, 6*k, 0.9)
	}
	if double {
		c.brushLine([]P{{x + 18*k, y - 90*k}, {x + 78*k, y - 104*k}}, col, 14*k, 14*k, wo{op: 0.98, gouache: true})
		return
	}
	c.line(spline([]P{{x + 18*k, y - 90*k}, {x + 40*k, y - 70*k}, {x + 46*k, y - 45*k}}, 5, false), false, col, 6*k, 0.9)
}
