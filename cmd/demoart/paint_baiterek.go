package main

import "math"

// drawBaiterek paints artwork 7: the Baiterek tower at night (portrait).
func drawBaiterek(c *canvas) {
	sky := c.shape(rect(22, 22, 1178, 1578), 5)
	c.paint(sky, hx("#2A3A9A"), wo{op: 0.98, vary: 0.35, soft: 2, rim: 0.4, wl: 220, gouache: true, brush: 0.12, angle: -0.2,
		col2: hx("#5A2A8A"), mixFn: func(x, y float64) float64 { return (y - 300) / 1100 }})
	c.paint(c.shape(rect(22, 22, 1178, 500), 5), hx("#101A4A"), wo{op: 0.6, soft: 120, vary: 0.4})
	// moon
	moon := c.fill(c.wob(ellipse(230, 230, 95, 95, 0), true, 2, 60))
	moon.minus(c.fill(ellipse(275, 200, 88, 88, 0)))
	c.paint(moon, hx("#FFF2A6"), wo{op: 0.98, gouache: true, vary: 0.2, col2: hx("#FFD54A"), mix: 0.5})
	c.outline(moon, hx("#FFC21A"), 3, 0.6)
	for i := 0; i < 40; i++ {
		x, y := c.rf(50, 1150), c.rf(50, 1000)
		if math.Hypot(x-600, y-520) < 230 {
			continue
		}
		if i%3 == 0 {
			m := c.shape(star(x, y, c.rf(16, 30), c.rf(-0.3, 0.3)), 1.5)
			c.paint(m, hx("#FFE14D"), G)
		} else {
			c.dot(x, y, c.rf(3, 6), hx("#FFFFFF"), G)
		}
	}
	firework(c, 960, 330, 130, []rgb{hx("#FF5FA2"), hx("#FFE14D"), hx("#7CFF6B")})
	firework(c, 230, 640, 100, []rgb{hx("#6BE3FF"), hx("#FF9A3D"), hx("#FFFFFF")})
	// glow around the golden sphere
	c.paint(c.fill(ellipse(600, 520, 230, 230, 0)), hx("#FFD76A"), wo{op: 0.55, soft: 120, gouache: true, vary: 0.3})
	// Khan Shatyr tent far away
	tent := c.shape([]P{{820, 1060}, {1010, 1340}, {700, 1340}}, 3)
	c.paint(tent, hx("#9FD8F0"), wo{op: 0.7, gouache: true, vary: 0.3})
	for _, f := range []float64{0.25, 0.5, 0.75} {
		c.line([]P{{820, 1060}, {lerp(700, 1010, f), 1340}}, false, hx("#4A7FC0"), 3, 0.6)
	}
	c.line([]P{{820, 1060}, {835, 1010}}, false, hx("#DDDDDD"), 4, 0.9)
	// the tower
	trunk := c.shape([]P{{555, 1420}, {645, 1420}, {630, 1100}, {625, 820}, {645, 740}, {555, 740}, {575, 820}, {570, 1100}}, 2)
	c.paint(trunk, hx("#FFFFFF"), wo{op: 0.97, gouache: true, vary: 0.1})
	c.paint(c.fill(rect(600, 700, 660, 1430)).times(trunk), hx("#B9C6F0"), wo{op: 0.5, soft: 10, gouache: true})
	for _, x := range []float64{580, 600, 620} {
		c.line([]P{{x, 1410}, {x + (x-600)*0.1, 760}}, false, hx("#8E9FD8"), 3, 0.6)
	}
	c.outline(trunk, hx("#1A1A4A"), 4, 0.8)
	for i := 0; i < 11; i++ { // crown branches cradling the sphere
		f := float64(i) / 10
		a := deg(lerp(160, 20, f))
		end := P{600 + 142*math.Cos(a), 520 + 142*math.Sin(a)*0.6 + 40}
		up := P{600 + 150*math.Cos(a)*1.08, 520 - 30 + 60*math.Abs(f-0.5)}
		if i == 0 || i == 10 {
			end = up
		}
		c.brushLine(spline([]P{{600 + (f-0.5)*40, 790}, {600 + (f-0.5)*120, 700}, end}, 8, false), hx("#FFFFFF"), 18, 10, wo{op: 0.97, gouache: true, vary: 0.1})
		c.line(spline([]P{{600 + (f-0.5)*40, 790}, {600 + (f-0.5)*120, 700}, end}, 8, false), false, hx("#8E9FD8"), 3, 0.6)
	}
	ball := c.shape(ellipse(600, 520, 125, 125, 0), 2)
	c.paint(ball, hx("#FFB300"), wo{op: 0.98, gouache: true, vary: 0.3, col2: hx("#FFE066"), mix: 0.9, wl: 70})
	c.paint(c.fill(ellipse(560, 470, 45, 30, -0.6)), hx("#FFFBE0"), wo{op: 0.9, soft: 12, gouache: true})
	c.outline(ball, hx("#C26A00"), 5, 0.8)
	for i := 0; i < 5; i++ { // the branches in front of the sphere
		f := float64(i) / 4
		a := deg(lerp(150, 30, f))
		end := P{600 + 125*math.Cos(a), 520 + 125*math.Sin(a)}
		c.brushLine(spline([]P{{600 + (f-0.5)*60, 700}, {600 + (f-0.5)*160, 660}, end}, 8, false), hx("#FFFFFF"), 14, 8, wo{op: 0.97, gouache: true, vary: 0.1})
	}
	// city blocks with lit windows
	type bld struct {
		x0, x1, top float64
		col         rgb
		roof        int
	}
	blds := []bld{
		{40, 190, 1120, hx("#2B7A8C"), 1}, {170, 330, 1230, hx("#6A3FA0"), 0}, {310, 470, 1050, hx("#1E4F9C"), 2},
		{440, 545, 1260, hx("#C2477A"), 0}, {660, 780, 1200, hx("#2E8C5A"), 2}, {760, 900, 1280, hx("#D9822B"), 0},
		{880, 1020, 1110, hx("#3A5FC8"), 1}, {1000, 1160, 1190, hx("#8A3FA0"), 0},
	}
	for _, b := range blds {
		pts := []P{{b.x0, 1480}, {b.x0, b.top}, {b.x1, b.top}, {b.x1, 1480}}
		switch b.roof {
		case 1:
			pts = []P{{b.x0, 1480}, {b.x0, b.top}, {(b.x0 + b.x1) / 2, b.top - 90}, {b.x1, b.top}, {b.x1, 1480}}
		case 2:
			pts = append([]P{{b.x0, 1480}}, append(arc((b.x0+b.x1)/2, b.top, (b.x1-b.x0)/2, math.Pi, 2*math.Pi, 12), P{b.x1, 1480})...)
		}
		m := c.shape(pts, 2.5)
		c.paint(m, b.col, wo{op: 0.97, gouache: true, vary: 0.3, col2: mixc(b.col, hx("#000000"), 0.35), mix: 0.7, wl: 80})
		for y := b.top + 35; y < 1440; y += 58 {
			for x := b.x0 + 22; x < b.x1-30; x += 42 {
				if c.rng.Float64() < 0.25 {
					continue
				}
				w := c.shape(rect(x, y, x+22, y+28), 1.5)
				c.paint(w, hx("#FFE066"), wo{op: 0.97, gouache: true, vary: 0.2, col2: hx("#FFB84D"), mix: 0.6, wl: 30})
			}
		}
		c.outline(m, hx("#101030"), 4, 0.75)
	}
	ground := c.shape(rect(22, 1470, 1178, 1578), 3)
	c.paint(ground, hx("#24305E"), wo{op: 0.97, gouache: true, vary: 0.3})
	for x := 80.0; x < 1150; x += 130 { // street lamps
		c.line([]P{{x, 1530}, {x, 1440}}, false, hx("#C8C8D8"), 5, 0.9)
		c.paint(c.fill(ellipse(x, 1432, 30, 30, 0)), hx("#FFE066"), wo{op: 0.5, soft: 20, gouache: true})
		c.dot(x, 1432, 10, hx("#FFF6B0"), G)
	}
	c.paint(c.shape(rect(450, 1420, 750, 1480), 2), hx("#E8E8F4"), G)
	c.outline(c.shape(rect(450, 1420, 750, 1480), 0), hx("#101030"), 3, 0.7)
}
