package main

import "math"

// drawHorses paints artwork 2: galloping horses in a poppy field.
func drawHorses(c *canvas) {
	mtn := []P{{-20, 600}, {120, 470}, {230, 530}, {400, 380}, {560, 520}, {700, 440}, {860, 560}, {1040, 420}, {1200, 520}, {1340, 400}, {1500, 500}, {1620, 450}, {1620, 700}, {-20, 700}}
	sheet := c.shape(rect(24, 30, 1576, 1172), 5)
	mtnM := c.shape(mtn, 4).times(sheet)
	meadowPts := append(spline([]P{{-20, 640}, {400, 610}, {800, 650}, {1200, 600}, {1620, 630}}, 10, false), P{1620, 1220}, P{-20, 1220})
	meadow := c.shape(meadowPts, 4).times(sheet)
	mtnM.minus(meadow)
	sky := c.shape(rect(24, 30, 1576, 700), 5).minus(mtnM).minus(meadow)
	c.paint(sky, hx("#A8DDF7"), wo{op: 0.9, vary: 0.5, soft: 3, rim: 0.4, wl: 260,
		col2: hx("#5AA8EA"), mixFn: func(x, y float64) float64 { return 1 - y/600 }})
	cloud(c, 330, 170, 0.8, hx("#6AAEE8"))
	cloud(c, 1250, 140, 0.7, hx("#6AAEE8"))
	c.paint(mtnM, hx("#8C8FD6"), wo{op: 0.85, vary: 0.4, soft: 2, rim: 0.8, col2: hx("#5C6AC4"), mix: 0.6, wl: 120})
	for _, pk := range [][2]float64{{400, 380}, {1040, 420}, {1340, 400}, {120, 470}} {
		cap := c.shape([]P{{pk[0], pk[1] - 4}, {pk[0] + 62, pk[1] + 60}, {pk[0] + 30, pk[1] + 45}, {pk[0] + 5, pk[1] + 66}, {pk[0] - 25, pk[1] + 44}, {pk[0] - 58, pk[1] + 62}}, 2)
		c.paint(cap, hx("#FFFFFF"), wo{op: 0.95, gouache: true, vary: 0.1})
	}
	c.clipLine(mtn[:12], sheet, hx("#3F3C8F"), 4, 0.6)
	c.paint(meadow, hx("#7DCB4A"), wo{op: 0.95, vary: 0.5, soft: 3, rim: 0.4, wl: 180, col2: hx("#3E9B3A"),
		mixFn: func(x, y float64) float64 { return (y - 620) / 600 }, brush: 0.15, angle: 0.05})
	// poppies in the distance and near
	for i := 0; i < 260; i++ {
		y := c.rf(650, 1140)
		x := c.rf(50, 1550)
		k := 0.35 + 0.9*(y-650)/520
		if i < 170 {
			c.dot(x, y, 9*k, hx("#F23A2A"), wo{op: 0.95, gouache: true, vary: 0.2})
			continue
		}
		poppy(c, x, y, k*1.3)
	}
	horse(c, P{560, 760}, 0.85, hx("#EDE6DA"), hx("#8D8797"), hx("#5B5566"), hx("#2F7DE1"))
	horse(c, P{930, 860}, 1.15, hx("#B5602C"), hx("#6E2E12"), hx("#2E1C14"), hx("#E23A2E"))
	grassTufts(c, 60, 1000, 1180, []rgb{hx("#2F8F3A"), hx("#1F6E35")})
}

func poppy(c *canvas, x, y, k float64) {
	c.line(spline([]P{{x, y + 40*k}, {x + 4*k, y + 15*k}, {x, y}}, 5, false), false, hx("#2E7D32"), 4*k, 0.8)
	for i := 0; i < 4; i++ {
		a := float64(i)*math.Pi/2 + 0.4
		m := c.shape(ellipse(x+13*k*math.Cos(a), y+13*k*math.Sin(a), 15*k, 12*k, a), 1.5*k)
		c.paint(m, hx("#F4362A"), wo{op: 0.95, gouache: true, vary: 0.2, col2: hx("#FF6A3D"), mix: 0.4, wl: 20})
	}
	c.dot(x, y, 6*k, hx("#231A2A"), G)
}

// horse paints a galloping horse facing right; o is the body centre.
func horse(c *canvas, o P, k float64, coat, shade, mane, blanket rgb) {
	T := func(pts ...P) []P { return tf(pts, o, k, false) }
	var parts []*mask
	parts = append(parts, c.shape(T(ellipse(0, 0, 150, 70, -0.05)...), 2))
	parts = append(parts, c.fill(spline(T(P{95, -45}, P{145, -115}, P{185, -178}, P{232, -168}, P{212, -100}, P{170, 10}, P{110, 40}), 6, true)))
	parts = append(parts, c.fill(spline(T(P{182, -188}, P{215, -204}, P{252, -188}, P{300, -148}, P{332, -112}, P{324, -88}, P{292, -84}, P{250, -108}, P{212, -132}), 6, true)))
	parts = append(parts, c.fill(T(P{204, -192}, P{212, -236}, P{230, -196})))
	parts = append(parts, c.fill(T(P{220, -196}, P{236, -230}, P{244, -188})))
	legs := [][]P{
		T(P{125, 20}, P{178, 78}, P{232, 70}, P{262, 94}),
		T(P{92, 38}, P{118, 104}, P{112, 168}),
		T(P{-112, 24}, P{-172, 84}, P{-246, 104}, P{-280, 130}),
		T(P{-92, 40}, P{-66, 108}, P{-92, 170}),
	}
	for _, l := range legs {
		parts = append(parts, c.stroke(spline(l, 8, false), 34*k, 20*k))
	}
	// tail behind the body
	for i := 0; i < 5; i++ {
		dy := float64(i)*12 - 24
		c.brushLine(spline(T(P{-140, -38}, P{-200, -72 + dy}, P{-262, -40 + dy*1.5}, P{-310, 10 + dy*2.2}), 8, false), mane, 30*k, 5*k, wo{op: 0.95, gouache: true, vary: 0.25, col2: mixc(mane, coat, 0.3), mix: 0.5, wl: 40})
	}
	body := union(parts...)
	c.paint(body, coat, wo{op: 0.95, vary: 0.25, rim: 0.3, soft: 1, gouache: true, col2: mixc(coat, hx("#FFFFFF"), 0.35), mix: 0.6, wl: 60 * k})
	belly := c.shape(T(ellipse(0, 50, 150, 45, 0)...), 6)
	c.paint(belly.times(body), shade, wo{op: 0.35, soft: 20, vary: 0.4})
	c.outline(body, ink, 7*k, 0.95)
	for _, l := range legs {
		e := l[len(l)-1]
		c.paint(c.shape(ellipse(e.X, e.Y, 13*k, 10*k, 0.3), 1), hx("#2A2024"), G)
	}
	// saddle blanket with ornament
	bl := c.shape(T(P{-55, -66}, P{55, -70}, P{60, 0}, P{-60, 4}), 2)
	c.paint(bl, blanket, G)
	c.line(T(P{-45, -40}, P{-30, -55}, P{-15, -40}, P{0, -55}, P{15, -40}, P{30, -55}, P{45, -40}), false, hx("#FFE14D"), 5*k, 0.9)
	c.line(T(P{-45, -15}, P{45, -18}), false, hx("#FFE14D"), 4*k, 0.8)
	c.outline(bl, ink, 4*k, 0.75)
	// mane
	for i := 0; i < 7; i++ {
		t := float64(i) / 6
		b := lerpP(P{204, -188}, P{118, -60}, t)
		l := 75 + 30*math.Sin(float64(i)*2.3)
		e := b.add(P{-l, -5 + 25*t})
		m1 := lerpP(b, e, 0.35).add(P{0, -18})
		m2 := lerpP(b, e, 0.7).add(P{0, 10})
		c.brushLine(spline(T(b, m1, m2, e), 6, false), mane, 30*k, 5*k, wo{op: 0.95, gouache: true, vary: 0.25, col2: mixc(mane, coat, 0.3), mix: 0.5, wl: 40})
	}
	c.dot(o.X+264*k, o.Y-150*k, 7*k, ink, G)
	c.dot(o.X+266*k, o.Y-153*k, 2.5*k, hx("#FFFFFF"), G)
	c.dot(o.X+316*k, o.Y-104*k, 4*k, ink, G)
	c.line(T(P{300, -90}, P{318, -94}), false, ink, 3*k, 0.8)
}
