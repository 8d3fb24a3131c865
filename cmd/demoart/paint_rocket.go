package main

import "math"

// drawRocket paints artwork 8: a rocket launch at Baikonur.
func drawRocket(c *canvas) {
	groundPts := append(spline([]P{{-20, 900}, {400, 880}, {900, 905}, {1300, 875}, {1620, 895}}, 10, false), P{1620, 1220}, P{-20, 1220})
	ground := c.shape(groundPts, 4).times(c.shape(rect(24, 24, 1576, 1176), 5))
	sky := c.shape(rect(24, 24, 1576, 920), 5).minus(ground)
	c.paint(sky, hx("#7FD3F7"), wo{op: 0.98, vary: 0.45, soft: 2, rim: 0.5, wl: 240, gouache: true, brush: 0.07, angle: 0.4,
		col2: hx("#1C2370"), mixFn: func(x, y float64) float64 { return 1.15 - y/700 }})
	for i := 0; i < 30; i++ {
		x, y := c.rf(50, 1550), c.rf(40, 330)
		if i%4 == 0 {
			c.paint(c.shape(star(x, y, c.rf(12, 22), 0.2), 1.2), hx("#FFF3A0"), G)
		} else {
			c.dot(x, y, c.rf(3, 5), hx("#FFFFFF"), G)
		}
	}
	// a ringed planet and the moon
	planet := c.shape(ellipse(1330, 200, 80, 80, 0), 2)
	c.paint(planet, hx("#FF9A5A"), wo{op: 0.97, gouache: true, vary: 0.3, col2: hx("#FF5F7A"), mix: 0.7, wl: 40})
	c.line(ellipse(1330, 200, 150, 32, -0.3), true, hx("#FFE14D"), 9, 0.85)
	c.outline(planet, ink, 4, 0.7)
	moon := c.shape(ellipse(230, 180, 60, 60, 0), 2)
	c.paint(moon, hx("#E6E6F0"), wo{op: 0.97, gouache: true, vary: 0.2})
	for _, cr := range [][3]float64{{210, 165, 14}, {250, 200, 10}, {240, 150, 7}} {
		c.line(ellipse(cr[0], cr[1], cr[2], cr[2], 0), true, hx("#9A9AB0"), 3, 0.7)
	}
	// steppe ground
	c.paint(ground, hx("#E9C46A"), wo{op: 0.97, vary: 0.45, soft: 2, rim: 0.5, col2: hx("#C98A3A"), mix: 0.7, wl: 160, brush: 0.2})
	for i := 0; i < 70; i++ {
		x, y := c.rf(40, 1560), c.rf(930, 1170)
		c.line([]P{{x - 12, y}, {x + 12, y - 2}}, false, hx("#A86A2A"), 3, 0.5)
	}
	// launch tower
	tx := 420.0
	for _, x := range []float64{tx, tx + 90} {
		c.line([]P{{x, 910}, {x, 330}}, false, hx("#D8322B"), 9, 0.95)
	}
	for y := 900.0; y > 350; y -= 60 {
		c.line([]P{{tx, y}, {tx + 90, y - 60}}, false, hx("#D8322B"), 5, 0.8)
		c.line([]P{{tx, y - 60}, {tx + 90, y}}, false, hx("#D8322B"), 5, 0.8)
		c.line([]P{{tx, y}, {tx + 90, y}}, false, hx("#8A1E1E"), 4, 0.8)
	}
	c.line([]P{{tx + 90, 420}, {660, 420}}, false, hx("#D8322B"), 8, 0.9)
	c.line([]P{{tx + 90, 600}, {660, 600}}, false, hx("#D8322B"), 8, 0.9)
	// smoke clouds
	var puffs []*mask
	for i := 0; i < 24; i++ {
		x := 800 + c.rf(-400, 400)
		y := 910 + c.rf(-30, 50) - 90*math.Max(0, 1-math.Abs(x-800)/320)
		r := c.rf(60, 100) * (1.2 - 0.4*math.Abs(x-800)/400)
		puffs = append(puffs, c.shape(ellipse(x, y, r, r*0.82, 0), 4))
	}
	smoke := union(puffs...)
	c.paint(smoke, hx("#FFFFFF"), wo{op: 0.97, gouache: true, vary: 0.15})
	c.paint(c.fill(rect(300, 930, 1300, 1100)).times(smoke), hx("#C9C2E0"), wo{op: 0.6, soft: 30, gouache: true, vary: 0.4})
	c.outline(smoke, hx("#8E88B8"), 4, 0.6)
	// the rocket, slightly tilted
	ang := deg(6)
	o := P{800, 540}
	R := func(pts ...P) []P {
		out := make([]P, len(pts))
		for i, p := range pts {
			out[i] = p.rot(ang).add(o)
		}
		return out
	}
	flame := c.shape(R(spline([]P{{-70, 250}, {-95, 340}, {-40, 430}, {0, 520}, {40, 430}, {95, 340}, {70, 250}}, 6, false)...), 4)
	c.paint(flame, hx("#FF6A1A"), wo{op: 0.98, gouache: true, vary: 0.3, col2: hx("#FFD21F"), mix: 0.5})
	inner := c.shape(R(spline([]P{{-40, 250}, {-50, 320}, {0, 420}, {50, 320}, {40, 250}}, 6, false)...), 3)
	c.paint(inner, hx("#FFE14D"), wo{op: 0.98, gouache: true, vary: 0.2, col2: hx("#FFFFFF"), mix: 0.5})
	for _, side := range []float64{-1, 1} {
		fin := c.shape(R(P{side * 70, 120}, P{side * 150, 230}, P{side * 150, 280}, P{side * 70, 235}), 2)
		c.paint(fin, hx("#E8322B"), G)
		c.outline(fin, ink, 5, 0.85)
	}
	body := c.shape(R(spline([]P{{-75, 250}, {-80, 50}, {-72, -150}, {-40, -280}, {0, -340}, {40, -280}, {72, -150}, {80, 50}, {75, 250}}, 6, false)...), 2)
	c.paint(body, hx("#FFFFFF"), wo{op: 0.98, gouache: true, vary: 0.1})
	c.paint(c.fill(R(rect(20, -330, 90, 260)...)).times(body), hx("#B8C4E8"), wo{op: 0.5, soft: 14, gouache: true})
	nose := c.shape(R(spline([]P{{-66, -185}, {-40, -280}, {0, -340}, {40, -280}, {66, -185}}, 6, false)...), 1.5)
	c.paint(nose, hx("#E8322B"), wo{op: 0.98, gouache: true, vary: 0.2})
	band := c.shape(R(rect(-82, 120, 82, 160)...), 1.5)
	c.paint(band, hx("#E8322B"), G)
	// porthole with a happy cosmonaut
	win := R(P{0, -80})[0]
	c.paint(c.shape(ellipse(win.X, win.Y, 50, 50, 0), 1.5), hx("#FFC21A"), G)
	c.paint(c.shape(ellipse(win.X, win.Y, 36, 36, 0), 1.5), hx("#5EC8F5"), G)
	c.dot(win.X, win.Y+4, 18, hx("#FFD9B0"), G)
	c.dot(win.X-6, win.Y, 2.5, ink, G)
	c.dot(win.X+6, win.Y, 2.5, ink, G)
	c.line(arc(win.X, win.Y+6, 8, deg(20), deg(160), 6), false, hx("#C2410C"), 2.5, 0.9)
	c.line(ellipse(win.X, win.Y, 50, 50, 0), true, ink, 4, 0.85)
	// a little flag on the side
	fl := R(P{-8, 30})[0]
	flag := c.shape(R(rect(-45, 10, 45, 70)...), 1.5)
	c.paint(flag, hx("#2EC4D6"), G)
	c.dot(fl.X, fl.Y+10, 14, hx("#FFD21F"), G)
	c.outline(body, ink, 5.5, 0.85)
	c.outline(nose, ink, 4, 0.8)
	// speed lines
	for _, x := range []float64{-130, 130, -170, 170} {
		c.line(R(P{x, -150 + math.Abs(x)*0.3}, P{x * 1.05, 20 + math.Abs(x)*0.3}), false, hx("#FFFFFF"), 5, 0.7)
	}
	// a camel watching the launch
	camel(c, 1390, 960, 0.85)
}

func camel(c *canvas, x, y, k float64) {
	T := func(pts ...P) []P { return tf(pts, P{x, y}, k, true) }
	col := hx("#B8793A")
	var parts []*mask
	parts = append(parts, c.fill(spline(T(P{-110, -60}, P{-80, -150}, P{-40, -100}, P{0, -160}, P{40, -100}, P{90, -70}, P{100, -20}, P{-100, -10}), 6, true)))
	parts = append(parts, c.fill(spline(T(P{80, -60}, P{130, -110}, P{150, -170}, P{195, -175}, P{200, -150}, P{170, -145}, P{150, -90}, P{100, -30}), 6, true)))
	for _, lx := range []float64{-85, -55, 50, 80} {
		parts = append(parts, c.stroke(T(P{lx, -30}, P{lx + 4, 40}), 16*k, 12*k))
	}
	m := union(parts...)
	c.paint(m, col, wo{op: 0.97, gouache: true, vary: 0.3, col2: hx("#8A5226"), mix: 0.5})
	c.outline(m, ink, 4, 0.8)
	e := T(P{180, -160})[0]
	c.dot(e.X, e.Y, 4, ink, G)
	c.line(T(P{-105, -40}, P{-130, 10}), false, ink, 4, 0.8)
}
