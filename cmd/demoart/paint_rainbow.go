package main

import "math"

// drawRainbow paints artwork 11: a rainbow, an abstract wet-in-wet
// watercolour (no label row: its title comes from the file name).
func drawRainbow(c *canvas) {
	sheet := c.shape(rect(34, 34, 1566, 1166), 6)
	c.paint(sheet, hx("#CDE7FF"), wo{op: 0.8, vary: 0.6, soft: 40, rim: 0.3, wl: 260, col2: hx("#F3D2FF"), mix: 1})
	cols := []rgb{hx("#E8322B"), hx("#FF8A1A"), hx("#FFD21F"), hx("#4CC33A"), hx("#22A6E8"), hx("#2F4FD6"), hx("#8A3FD0")}
	cx, cy := 800.0, 1060.0
	for i, col := range cols {
		r := 700 - float64(i)*70
		pts := arc(cx, cy, r, deg(186), deg(354), 48)
		pts = c.wob(pts, false, 12, 170)
		c.paint(c.stroke(pts, 92, 80), col, wo{op: 1.05, vary: 0.6, soft: 7, rim: 1.1, wl: 90, col2: cols[(i+1)%len(cols)], mix: 0.45})
	}
	// clouds at both ends of the rainbow
	for _, x := range []float64{150, 1450} {
		var ms []*mask
		for j := 0; j < 7; j++ {
			r := c.rf(70, 110)
			ms = append(ms, c.shape(ellipse(x+c.rf(-150, 150), 1030+c.rf(-50, 50), r, r*0.8, 0), 5))
		}
		cl := union(ms...)
		c.paint(cl, hx("#FFFFFF"), wo{op: 0.95, gouache: true, vary: 0.15, soft: 3})
		c.paint(c.fill(ellipse(x, 1130, 320, 90, 0)).times(cl), hx("#B9C8F0"), wo{op: 0.45, soft: 40, vary: 0.4})
		c.outline(cl, hx("#7C8FD8"), 4, 0.55)
	}
	// blooms of colour in the sky
	for i := 0; i < 14; i++ {
		x, y := c.rf(120, 1480), c.rf(100, 1000)
		d := math.Hypot(x-cx, y-cy)
		if d < 780 && d > 200 {
			continue
		}
		r := c.rf(40, 110)
		k := c.rng.IntN(len(cols))
		m := c.fill(c.wob(ellipse(x, y, r, r*c.rf(0.7, 1), c.rf(0, 3)), true, r*0.2, r*0.6))
		c.paint(m, cols[k], wo{op: 0.7, vary: 0.7, soft: 5, rim: 1.3, wl: 50, col2: cols[(k+1)%len(cols)], mix: 0.8})
	}
	// splatters
	for i := 0; i < 110; i++ {
		x, y := c.rf(60, 1540), c.rf(60, 1140)
		col := cols[c.rng.IntN(len(cols))]
		r := math.Pow(c.rng.Float64(), 3)*14 + 2.5
		c.dot(x, y, r, col, wo{op: 0.85, vary: 0.3, soft: 1, rim: 0.3, gouache: true})
	}
	// playful crayon spirals and a smiling sun in the corner
	for i := 0; i < 3; i++ {
		x, y := []float64{230, 1380, 800}[i], []float64{230, 560, 180}[i]
		var sp []P
		for t := 0.0; t < 3*2*math.Pi; t += 0.2 {
			r := 6 + t*6.5
			sp = append(sp, P{x + r*math.Cos(t), y + r*math.Sin(t)})
		}
		c.line(sp, false, cols[(i*2+5)%len(cols)], 6, 0.8)
	}
	sun(c, 1370, 210, 85, true)
}
