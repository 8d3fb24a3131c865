package main

import "math"

// drawSunflowers paints artwork 5: sunflowers in a jug (square).
func drawSunflowers(c *canvas) {
	table := c.shape(append(spline([]P{{-20, 900}, {600, 880}, {1220, 905}}, 8, false), P{1220, 1220}, P{-20, 1220}), 3).times(c.shape(rect(22, 22, 1178, 1178), 5))
	wall := c.shape(rect(22, 22, 1178, 940), 5).minus(table)
	c.paint(wall, hx("#BDE8F0"), wo{op: 0.9, vary: 0.55, soft: 3, rim: 0.6, wl: 200, col2: hx("#8FC9F2"), mix: 0.8})
	// polka-dot wallpaper
	for y := 90.0; y < 860; y += 110 {
		for x := 80.0 + math.Mod(y, 220)/2; x < 1150; x += 130 {
			c.dot(x+c.rf(-8, 8), y+c.rf(-8, 8), 13, hx("#FFFFFF"), wo{op: 0.75, gouache: true, vary: 0.2})
		}
	}
	c.paint(table, hx("#F2A65A"), wo{op: 0.95, vary: 0.45, soft: 2, rim: 0.6, col2: hx("#D9793A"), mix: 0.6, brush: 0.25})
	for y := 960.0; y < 1180; y += 60 {
		c.line([]P{{30, y + c.rf(-5, 5)}, {600, y + c.rf(-10, 10)}, {1170, y + c.rf(-5, 5)}}, false, hx("#B8632A"), 3.5, 0.45)
	}
	// stems and leaves behind the jug
	heads := []struct{ x, y, r float64 }{{380, 330, 150}, {770, 250, 165}, {900, 560, 120}, {560, 560, 110}}
	for _, h := range heads {
		c.brushLine(spline([]P{{600 + (h.x-600)*0.15, 780}, {(h.x*2 + 600) / 3, (h.y + 780) / 2}, {h.x, h.y}}, 8, false), hx("#3E9B3A"), 20, 14, wo{op: 0.97, gouache: true, vary: 0.3, col2: hx("#2A6E2A"), mix: 0.5})
	}
	for _, l := range [][4]float64{{470, 620, -1, 0.4}, {700, 480, 1, -0.3}, {560, 720, -1, -0.2}, {720, 690, 1, 0.3}} {
		leaf(c, P{l[0], l[1]}, l[2], l[3])
	}
	for _, h := range heads {
		sunflower(c, h.x, h.y, h.r)
	}
	// jug with ornament
	jugPts := spline([]P{{480, 740}, {440, 820}, {420, 920}, {450, 1040}, {520, 1090}, {680, 1090}, {750, 1040}, {780, 920}, {760, 820}, {720, 740}}, 8, false)
	jug := c.shape(append(jugPts, P{700, 720}, P{500, 720}), 3)
	c.paint(jug, hx("#2F6FD6"), wo{op: 0.97, gouache: true, vary: 0.3, col2: hx("#1E4FA8"), mix: 0.7, wl: 80})
	c.paint(c.shape(ellipse(520, 900, 30, 120, 0.15), 6), hx("#8FB8F5"), wo{op: 0.6, gouache: true, soft: 10})
	neck := c.shape(ellipse(600, 728, 112, 26, 0), 2)
	c.paint(neck, hx("#1E4FA8"), G)
	c.outline(neck, ink, 4, 0.8)
	for x := 470.0; x < 740; x += 50 {
		c.line([]P{{x, 960}, {x + 12, 935}, {x + 25, 960}, {x + 38, 935}, {x + 50, 960}}, false, hx("#FFFFFF"), 5, 0.9)
	}
	for _, x := range []float64{510, 560, 610, 660, 710} {
		c.dot(x, 1010, 9, hx("#FFD21F"), G)
		c.dot(x+25, 870, 8, hx("#FFFFFF"), G)
	}
	c.outline(jug, ink, 5, 0.85)
	// a ladybird on the table
	lb := c.shape(ellipse(930, 1010, 38, 30, 0.1), 1.5)
	c.paint(lb, hx("#E8322B"), G)
	c.dot(962, 1005, 16, ink, G)
	c.line([]P{{930, 982}, {928, 1040}}, false, ink, 3, 0.9)
	for _, d := range [][2]float64{{912, 998}, {908, 1024}, {945, 995}, {948, 1024}} {
		c.dot(d[0], d[1], 5, ink, G)
	}
	c.outline(lb, ink, 3, 0.8)
}

func leaf(c *canvas, base P, dir, tilt float64) {
	tipv := P{dir * 170, -40}.rot(tilt)
	tip := base.add(tipv)
	nrm := P{-tipv.Y, tipv.X}.mul(0.3)
	pts := spline([]P{base, lerpP(base, tip, 0.45).add(nrm), tip, lerpP(base, tip, 0.45).sub(nrm)}, 8, true)
	m := c.shape(pts, 2)
	c.paint(m, hx("#4CB648"), wo{op: 0.97, gouache: true, vary: 0.3, col2: hx("#2E8B3A"), mix: 0.7, wl: 60})
	c.line([]P{base, lerpP(base, tip, 0.5).add(nrm.mul(0.15)), tip}, false, hx("#1F6E35"), 3.5, 0.8)
	c.outline(m, hx("#1F5E2E"), 3.5, 0.75)
}

func sunflower(c *canvas, x, y, r float64) {
	n := 17
	for layer := 0; layer < 2; layer++ {
		for i := 0; i < n; i++ {
			a := 2*math.Pi*(float64(i)+0.5*float64(layer))/float64(n) + c.rf(-0.06, 0.06)
			d := P{math.Cos(a), math.Sin(a)}
			p := P{-d.Y, d.X}
			base := P{x, y}.add(d.mul(r * 0.42))
			tip := P{x, y}.add(d.mul(r * (0.98 + c.rf(-0.06, 0.08) - 0.1*float64(layer))))
			mid := lerpP(base, tip, 0.45)
			pet := []P{base.add(p.mul(r * 0.13)), mid.add(p.mul(r * 0.12)), tip, mid.sub(p.mul(r * 0.12)), base.sub(p.mul(r * 0.13))}
			m := c.fill(c.wob(spline(pet, 5, true), true, 1.5, 40))
			col := hx("#FFC400")
			if layer == 1 {
				col = hx("#FFDD33")
			}
			c.paint(m, col, wo{op: 0.98, gouache: true, vary: 0.25, col2: hx("#FF9A1A"), mix: 0.6, wl: r / 3, rim: 0.4})
			c.outline(m, hx("#D9740F"), 3, 0.6)
		}
	}
	disc := c.shape(ellipse(x, y, r*0.45, r*0.44, 0), 2)
	c.paint(disc, hx("#7A4416"), wo{op: 0.98, gouache: true, vary: 0.3, col2: hx("#4A2A10"), mix: 0.7, wl: r / 3})
	for i := 0; i < 60; i++ { // seeds in a sunflower spiral
		a := float64(i) * 2.39996
		rr := r * 0.4 * math.Sqrt(float64(i)/60)
		c.dot(x+rr*math.Cos(a), y+rr*math.Sin(a), r*0.03, hx("#2A170A"), G)
	}
	c.outline(disc, hx("#2A170A"), 4, 0.8)
}
