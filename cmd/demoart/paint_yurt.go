package main

// drawYurt paints artwork 1: a yurt in the steppe.
func drawYurt(c *canvas) {
	far := spline([]P{{0, 640}, {250, 590}, {520, 630}, {860, 585}, {1180, 625}, {1420, 575}, {1620, 615}}, 10, false)
	far = append(far, P{1620, 1220}, P{-20, 1220})
	sheet := c.shape(rect(28, 26, 1574, 1174), 5)
	farM := c.shape(far, 4).times(sheet)
	sky := c.shape(rect(28, 26, 1574, 760), 5).minus(farM)
	c.paint(sky, hx("#86D0F5"), wo{op: 0.95, vary: 0.45, soft: 2, rim: 0.5, wl: 230, brush: 0.08, angle: 0.1,
		col2: hx("#3C8EE6"), mixFn: func(x, y float64) float64 { return 1 - y/650 }})
	sun(c, 250, 215, 105, true)
	cloud(c, 1200, 180, 1, hx("#4B9BE0"))
	cloud(c, 790, 115, 0.62, hx("#4B9BE0"))

	near := spline([]P{{-20, 770}, {300, 740}, {700, 780}, {1100, 750}, {1620, 785}}, 10, false)
	near = append(near, P{1620, 1220}, P{-20, 1220})
	steppe := c.shape(near, 4).times(sheet)
	farM.minus(steppe)
	c.paint(farM, hx("#A6CF5A"), wo{op: 0.9, vary: 0.35, rim: 0.7, soft: 2, col2: hx("#6FAE3F"), mix: 0.6})
	path := spline([]P{{740, 815}, {690, 920}, {630, 1040}, {590, 1200}}, 8, false)
	path2 := spline([]P{{700, 1200}, {790, 1040}, {840, 920}, {860, 815}}, 8, false)
	pathM := c.shape(append(path, path2...), 4)
	steppe.minus(pathM)
	c.paint(steppe, hx("#74C043"), wo{op: 0.95, vary: 0.45, rim: 0.5, soft: 3, col2: hx("#D8D23A"), mix: 0.7, wl: 200, brush: 0.2, angle: -0.15})
	c.paint(pathM, hx("#EBC27E"), W)
	c.scribble(pathM, hx("#C8914A"), deg(70), 26, 3, 0.45)

	// the yurt
	wallPts := rect(500, 565, 1100, 815)
	wall := c.shape(wallPts, 3)
	c.paint(wall, hx("#FFF4DF"), wo{op: 0.95, vary: 0.2, soft: 1, rim: 0.2, gouache: true})
	for x := 380.0; x < 1120; x += 50 { // kerege lattice
		c.clipLine([]P{{x, 815}, {x + 190, 580}}, wall, hx("#C99A5B"), 3.5, 0.55)
		c.clipLine([]P{{x + 190, 815}, {x, 580}}, wall, hx("#C99A5B"), 3.5, 0.55)
	}
	domeTop := spline([]P{{485, 572}, {585, 450}, {710, 378}, {800, 366}, {890, 378}, {1015, 450}, {1115, 572}}, 10, false)
	dome := c.shape(domeTop, 3)
	c.paint(dome, hx("#FFFDF6"), wo{op: 0.96, vary: 0.15, soft: 1, rim: 0.1, gouache: true})
	for i := 0; i <= 14; i++ { // uyk poles
		f := float64(i) / 14
		c.line([]P{{765 + 70*f, 382}, {505 + 590*f, 565}}, false, hx("#B5793A"), 4, 0.6)
	}
	shade := c.shape(append(spline([]P{{880, 378}, {1015, 450}, {1115, 572}}, 8, false), P{1100, 815}, P{1000, 815}, P{960, 560}), 4)
	c.paint(shade.times(union(dome, wall)), hx("#8FA8D6"), wo{op: 0.35, soft: 18, vary: 0.4})
	// ornament band
	band := c.shape(rect(494, 552, 1106, 602), 2)
	c.paint(band, hx("#E23A2E"), G)
	for x := 512.0; x+56 <= 1100; x += 56 {
		c.line(spline([]P{{x, 590}, {x + 8, 566}, {x + 22, 570}, {x + 24, 586}, {x + 34, 570}, {x + 48, 566}, {x + 56, 590}}, 4, false), false, hx("#FFE14D"), 4.5, 0.85)
	}
	c.outline(band, ink, 4, 0.8)
	// shanyrak
	crown := c.shape(ellipse(800, 368, 62, 20, 0), 2)
	c.paint(crown, hx("#C46A2B"), G)
	c.line([]P{{748, 366}, {852, 370}}, false, hx("#6B3410"), 3.5, 0.8)
	c.line([]P{{800, 350}, {800, 386}}, false, hx("#6B3410"), 3.5, 0.8)
	c.outline(crown, ink, 4, 0.8)
	// door
	door := c.shape(rect(730, 640, 870, 815), 2)
	c.paint(door, hx("#F07F1E"), G)
	c.line(rect(746, 656, 854, 800), true, hx("#B4420F"), 4, 0.8)
	c.line([]P{{800, 672}, {838, 728}, {800, 784}, {762, 728}}, true, hx("#FFE14D"), 6, 0.9)
	c.line([]P{{800, 700}, {816, 728}, {800, 756}, {784, 728}}, true, hx("#2F7DE1"), 5, 0.9)
	c.outline(door, ink, 5, 0.85)
	c.line(append(append([]P{}, domeTop...), P{1100, 815}, P{500, 815}), true, ink, 6.5, 0.85)

	grassTufts(c, 110, 800, 1180, []rgb{hx("#2F8F3A"), hx("#4CAF2F"), hx("#1F6E35"), hx("#8BC34A")})
	// steppe tulips
	for i := 0; i < 22; i++ {
		x, y := c.rf(60, 1540), c.rf(860, 1160)
		if (x > 520 && x < 900) || (x > 1080 && y < 1080) {
			continue
		}
		col := hx("#E8322B")
		if i%3 == 0 {
			col = hx("#FFC21A")
		}
		tulip(c, x, y, 0.9+0.6*(y-860)/300, col)
	}
	// sheep
	for i, s := range [][3]float64{{1250, 880, 1}, {1420, 935, 0.9}, {1210, 1040, 1.15}} {
		sheep(c, s[0], s[1], s[2], i%2 == 1)
	}
}

func sheep(c *canvas, x, y, k float64, flip bool) {
	f := 1.0
	if flip {
		f = -1
	}
	for _, l := range []float64{-45, -20, 25, 50} {
		c.line([]P{{x + l*k, y + 20*k}, {x + l*k*1.05, y + 70*k}}, false, ink, 9*k, 0.95)
	}
	var ms []*mask
	for _, b := range [][3]float64{{-40, 0, 38}, {0, -15, 42}, {40, 0, 38}, {0, 20, 40}, {-20, 22, 32}, {25, 22, 32}} {
		ms = append(ms, c.shape(ellipse(x+b[0]*k, y+b[1]*k, b[2]*k, b[2]*k*0.9, 0), 2))
	}
	body := union(ms...)
	c.paint(body, hx("#FFFFFF"), wo{op: 0.95, vary: 0.1, gouache: true})
	c.outline(body, hx("#6E6A7C"), 4, 0.7)
	head := c.shape(ellipse(x+f*80*k, y-20*k, 24*k, 30*k, f*0.5), 2)
	c.paint(head, hx("#3A3340"), G)
	c.dot(x+f*88*k, y-30*k, 4*k, hx("#FFFFFF"), G)
	c.paint(c.shape(ellipse(x+f*60*k, y-38*k, 16*k, 7*k, -f*0.4), 1), hx("#3A3340"), G)
}

func tulip(c *canvas, x, y, k float64, col rgb) {
	green := hx("#2E8B3A")
	c.line(spline([]P{{x, y}, {x - 4*k, y - 30*k}, {x, y - 62*k}}, 6, false), false, green, 5*k, 0.9)
	c.paint(c.shape([]P{{x, y}, {x - 22*k, y - 38*k}, {x - 26*k, y - 52*k}, {x - 8*k, y - 30*k}}, 1), hx("#3FA34D"), G)
	c.paint(c.shape([]P{{x + 2*k, y}, {x + 20*k, y - 30*k}, {x + 24*k, y - 46*k}, {x + 6*k, y - 26*k}}, 1), hx("#3FA34D"), G)
	head := []P{{x - 18*k, y - 88*k}, {x - 9*k, y - 74*k}, {x, y - 90*k}, {x + 9*k, y - 74*k}, {x + 18*k, y - 88*k}, {x + 16*k, y - 62*k}, {x, y - 54*k}, {x - 16*k, y - 62*k}}
	m := c.shape(head, 1.5)
	c.paint(m, col, wo{op: 0.95, vary: 0.2, rim: 0.3, soft: 1, gouache: true, col2: hx("#FF8A3D"), mix: 0.5, wl: 30})
	c.outline(m, mixc(col, ink, 0.55), 3, 0.7)
}
