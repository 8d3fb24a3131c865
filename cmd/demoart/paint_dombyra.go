package main

import "math"

// drawDombyra paints artwork 9: a dombyra with flying notes, in an ornamental frame.
func drawDombyra(c *canvas) {
	frameOuter := c.shape(rect(30, 30, 1570, 1170), 3)
	inner := c.shape(rect(110, 110, 1490, 1090), 3)
	c.paint(inner, hx("#FFF4C2"), wo{op: 0.9, vary: 0.55, soft: 3, rim: 0.6, wl: 220, col2: hx("#FFD98A"), mix: 0.8})
	border := frameOuter.minus(inner)
	c.paint(border, hx("#D7322B"), wo{op: 0.98, gouache: true, vary: 0.3, col2: hx("#A81E2A"), mix: 0.6})
	for x := 150.0; x < 1500; x += 110 {
		ramHorn(c, x, 70, 0.9, 0, hx("#FFD21F"), 5)
		ramHorn(c, x, 1130, 0.9, math.Pi, hx("#FFD21F"), 5)
	}
	for y := 200.0; y < 1050; y += 110 {
		ramHorn(c, 70, y, 0.9, -math.Pi/2, hx("#FFD21F"), 5)
		ramHorn(c, 1530, y, 0.9, math.Pi/2, hx("#FFD21F"), 5)
	}
	c.outline(inner, hx("#7A1620"), 5, 0.8)
	// staff with notes
	staffY := func(x float64) float64 { return 330 + 70*math.Sin(x/210) - (x-150)*0.08 }
	for l := 0; l < 5; l++ {
		var pts []P
		for x := 160.0; x <= 1080; x += 20 {
			pts = append(pts, P{x, staffY(x) + float64(l)*20})
		}
		c.line(pts, false, hx("#6B4AA8"), 3.5, 0.7)
	}
	c.line(spline([]P{{200, 410}, {190, 300}, {230, 260}, {215, 330}, {180, 380}, {215, 420}, {245, 380}, {200, 360}}, 6, false), false, hx("#6B4AA8"), 6, 0.9)
	cols := []rgb{hx("#E8322B"), hx("#2F7DE1"), hx("#1FA34A"), hx("#8A3FD0"), hx("#FF7A1A"), hx("#E0368C")}
	for i, x := range []float64{330, 440, 560, 700, 820, 960} {
		note(c, x, staffY(x)+float64((i*37)%5)*20, 0.9, cols[i%len(cols)], i%3 == 1)
	}
	for i, p := range [][2]float64{{1180, 520}, {1300, 700}, {1120, 880}, {260, 620}, {980, 620}, {1380, 460}} {
		note(c, p[0], p[1], 1.1, cols[(i+2)%len(cols)], i%2 == 0)
	}
	// the dombyra
	o := P{520, 780}
	dir := P{math.Cos(deg(-32)), math.Sin(deg(-32))}
	nrm := P{-dir.Y, dir.X}
	D := func(pts ...P) []P {
		out := make([]P, len(pts))
		for i, p := range pts {
			out[i] = o.add(dir.mul(p.X)).add(nrm.mul(p.Y))
		}
		return out
	}
	neck := c.shape(D(P{180, -30}, P{900, -24}, P{900, 24}, P{180, 30}), 2)
	c.paint(neck, hx("#8A4A1E"), wo{op: 0.98, gouache: true, vary: 0.3, col2: hx("#5A2E12"), mix: 0.5})
	head := c.shape(D(P{895, -32}, P{1010, -40}, P{1020, 0}, P{1010, 40}, P{895, 32}), 2)
	c.paint(head, hx("#6B3410"), G)
	for _, u := range []float64{935, 980} {
		for _, v := range []float64{-1, 1} {
			pp := D(P{u, v * 58})[0]
			c.line(D(P{u, v * 30}, P{u, v * 55}), false, hx("#3A1E0A"), 8, 0.95)
			pm := c.shape(ellipse(pp.X, pp.Y, 14, 10, deg(58)), 1)
			c.paint(pm, hx("#F2C14E"), G)
			c.outline(pm, ink, 3, 0.8)
		}
	}
	bodyPts := spline(D(P{-265, 0}, P{-235, 125}, P{-120, 175}, P{20, 155}, P{140, 85}, P{215, 36}, P{215, -36}, P{140, -85}, P{20, -155}, P{-120, -175}, P{-235, -125}), 8, true)
	body := c.shape(bodyPts, 2)
	c.paint(body, hx("#C8622A"), wo{op: 0.98, gouache: true, vary: 0.3, col2: hx("#8E3A16"), mix: 0.8, wl: 90})
	for _, r := range []float64{0.82, 0.62, 0.42} { // wood grain
		var g []P
		for _, p := range []P{{-265, 0}, {-235, 125}, {-120, 175}, {20, 155}, {140, 85}, {215, 36}} {
			g = append(g, P{p.X * r, p.Y * r})
		}
		c.line(spline(D(g...), 6, false), false, hx("#A0521D"), 3, 0.45)
	}
	// painted ornament on the soundboard
	mid := D(P{-70, 0})[0]
	ramHorn(c, mid.X, mid.Y, 1.6, deg(-32)+math.Pi/2, hx("#FFF3C4"), 6)
	for _, u := range []float64{-200, 60} {
		p := D(P{u, 0})[0]
		c.dot(p.X, p.Y, 12, hx("#2EC4D6"), G)
		c.outline(c.shape(ellipse(p.X, p.Y, 12, 12, 0), 0.5), ink, 2.5, 0.8)
	}
	c.outline(body, hx("#4A230C"), 5.5, 0.85)
	// frets, bridge and strings
	for i := 0; i < 12; i++ {
		u := 880 - 640*(1-math.Pow(0.93, float64(i)))/(1-math.Pow(0.93, 12))
		c.line(D(P{u, -24}, P{u, 24}), false, hx("#FFE9B0"), 3, 0.8)
	}
	c.paint(c.shape(D(P{-160, -40}, P{-140, -40}, P{-140, 40}, P{-160, 40}), 1), hx("#3A1E0A"), G)
	for _, v := range []float64{-9, 9} {
		c.line(D(P{-150, v}, P{905, v * 0.9}), false, hx("#F4F4F4"), 3, 0.9)
	}
	c.outline(neck, ink, 4, 0.8)
	c.outline(head, ink, 4, 0.8)
}
