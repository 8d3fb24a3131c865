package main

import "math"

// drawCat paints artwork 10: my ginger cat on a felt rug (wax crayons).
func drawCat(c *canvas) {
	floor := c.shape(rect(20, 760, 1580, 1180), 3)
	wall := c.shape(rect(20, 20, 1580, 780), 3)
	c.paint(wall, hx("#C4ECC8"), wo{op: 0.85, vary: 0.5, soft: 4, rim: 0.4, wl: 200})
	c.scribble(wall, hx("#A6DDB0"), deg(60), 24, 13, 0.9)
	// window with a sunny sky
	winPts := rect(1040, 110, 1460, 560)
	win := c.shape(winPts, 2)
	c.paint(win, hx("#8FD3F7"), wo{op: 0.95, vary: 0.4, soft: 2, rim: 0.6})
	sun(c, 1370, 200, 50, false)
	cloud(c, 1160, 300, 0.45, hx("#4B9BE0"))
	c.line([]P{{1250, 110}, {1250, 560}}, false, hx("#FFFFFF"), 16, 0.95)
	c.line([]P{{1040, 335}, {1460, 335}}, false, hx("#FFFFFF"), 16, 0.95)
	c.line(winPts, true, hx("#FFFFFF"), 22, 0.95)
	c.line(rect(1025, 95, 1475, 575), true, hx("#8A5A3A"), 5, 0.8)
	sill := c.shape(rect(1010, 560, 1490, 600), 2)
	c.paint(sill, hx("#FFFFFF"), G)
	c.outline(sill, hx("#8A5A3A"), 4, 0.8)
	// cactus in a pot on the sill
	pot := c.shape([]P{{1100, 480}, {1180, 480}, {1170, 560}, {1110, 560}}, 1.5)
	cact := c.shape(ellipse(1140, 430, 34, 60, 0), 2)
	c.erase(cact)
	c.erase(pot)
	c.scribble(cact, hx("#3FA34D"), deg(80), 7, 5, 0.8)
	c.outline(cact, hx("#1F6E35"), 4, 0.8)
	c.dot(1140, 368, 11, hx("#FF5FA2"), G)
	c.scribble(pot, hx("#E07A3A"), deg(10), 7, 5, 0.85)
	c.outline(pot, hx("#8A3A14"), 4, 0.8)
	// floor and rug (tekemet)
	c.paint(floor, hx("#F5D9A8"), wo{op: 0.85, vary: 0.5, soft: 4, rim: 0.4, wl: 200})
	c.scribble(floor, hx("#E8BA7C"), deg(-10), 22, 12, 0.9)
	for y := 800.0; y < 1170; y += 70 {
		c.line([]P{{30, y}, {1570, y + c.rf(-8, 8)}}, false, hx("#B8824A"), 4, 0.5)
	}
	rugPts := spline([]P{{200, 860}, {800, 835}, {1400, 860}, {1460, 1010}, {1400, 1150}, {800, 1170}, {200, 1150}, {140, 1010}}, 6, true)
	rug := c.shape(rugPts, 2)
	c.erase(rug)
	c.paint(rug, hx("#F47A6A"), wo{op: 0.9, vary: 0.3, soft: 2})
	c.scribble(rug, hx("#E23A2E"), deg(20), 15, 12, 0.92)
	innerRug := c.shape(spline([]P{{280, 900}, {800, 880}, {1320, 900}, {1370, 1010}, {1320, 1110}, {800, 1125}, {280, 1110}, {230, 1010}}, 6, true), 2)
	c.erase(innerRug)
	c.paint(innerRug, hx("#7FA8F0"), wo{op: 0.9, vary: 0.3, soft: 2})
	c.scribble(innerRug, hx("#2F6FD6"), deg(-25), 15, 12, 0.92)
	for x := 330.0; x < 1300; x += 150 {
		ramHorn(c, x, 1010, 1.3, 0, hx("#FFD21F"), 7)
	}
	c.outline(innerRug, hx("#FFD21F"), 6, 0.9)
	c.outline(rug, hx("#7A1620"), 5, 0.8)
	// ball of yarn with a thread to the cat's paw
	yarn := c.shape(ellipse(1180, 930, 70, 66, 0), 2)
	c.erase(yarn)
	c.scribble(yarn, hx("#7A4FD8"), deg(35), 9, 6, 0.85)
	for _, a := range []float64{-0.6, 0.3, 1.2} {
		c.line(arc(1180+20*math.Cos(a), 930+20*math.Sin(a), 50, a+0.8, a+2.8, 10), false, hx("#C9B6FF"), 4, 0.8)
	}
	c.outline(yarn, hx("#3A2270"), 4, 0.85)

	// the cat, sitting
	orange, dark := hx("#FF9A2E"), hx("#C2551A")
	tail := c.stroke(spline([]P{{880, 1010}, {980, 1040}, {1040, 980}, {1020, 900}}, 10, false), 44, 34)
	body := c.shape(spline([]P{{640, 560}, {720, 560}, {820, 700}, {880, 860}, {860, 1030}, {680, 1060}, {500, 1030}, {480, 860}, {540, 700}}, 8, true), 2)
	head := c.shape(ellipse(680, 480, 170, 140, 0), 3)
	ears := []*mask{
		c.shape([]P{{545, 420}, {560, 260}, {655, 365}}, 2),
		c.shape([]P{{705, 365}, {800, 260}, {815, 420}}, 2),
	}
	cat := union(append([]*mask{tail, body, head}, ears...)...)
	c.erase(cat)
	c.paint(cat, hx("#FFC070"), wo{op: 0.9, vary: 0.4, soft: 2, wl: 80})
	c.scribble(cat, orange, deg(70), 14, 12, 0.95)
	for _, e := range [][]P{{{565, 400}, {572, 300}, {630, 370}}, {{730, 370}, {790, 300}, {795, 400}}} {
		c.crayon(c.fill(c.wob(e, true, 2, 40)), hx("#FF8FB1"), 0.8)
	}
	// stripes
	for _, s := range [][]P{
		{{600, 360}, {620, 390}}, {{680, 345}, {680, 390}}, {{760, 360}, {740, 390}},
		{{500, 840}, {560, 820}}, {{490, 900}, {560, 890}}, {{500, 960}, {560, 960}},
		{{860, 840}, {800, 820}}, {{870, 900}, {800, 890}}, {{865, 960}, {800, 960}},
		{{950, 1010}, {960, 1055}}, {{1010, 975}, {1055, 990}}, {{1010, 920}, {1050, 910}},
	} {
		c.line(s, false, dark, 10, 0.85)
	}
	c.outline(cat, hx("#7A3410"), 5, 0.85)
	// white chest and paws
	chest := c.shape(ellipse(680, 700, 80, 110, 0), 2)
	c.crayon(chest, hx("#FFF8EE"), 0.8)
	for _, x := range []float64{610, 750} {
		paw := c.shape(ellipse(x, 1040, 55, 32, 0), 2)
		c.crayon(paw, hx("#FFF8EE"), 0.85)
		c.outline(paw, hx("#7A3410"), 4, 0.8)
		c.line([]P{{x - 15, 1030}, {x - 15, 1060}}, false, hx("#7A3410"), 3, 0.8)
		c.line([]P{{x + 15, 1030}, {x + 15, 1060}}, false, hx("#7A3410"), 3, 0.8)
	}
	// face
	for _, x := range []float64{615, 745} {
		eye := c.shape(ellipse(x, 465, 36, 40, 0), 1.5)
		c.paint(eye, hx("#7CD64B"), G)
		c.paint(c.shape(ellipse(x, 468, 9, 30, 0), 1), ink, G)
		c.dot(x+12, 450, 8, hx("#FFFFFF"), G)
		c.outline(eye, ink, 4, 0.85)
	}
	c.paint(c.shape([]P{{662, 525}, {698, 525}, {680, 548}}, 1), hx("#FF6F91"), G)
	c.line([]P{{680, 548}, {680, 565}}, false, ink, 4, 0.9)
	c.line(arc(660, 565, 20, deg(0), deg(160), 8), false, ink, 4, 0.9)
	c.line(arc(700, 565, 20, deg(20), deg(180), 8), false, ink, 4, 0.9)
	for _, w := range [][4]float64{{620, 540, 480, 510}, {620, 555, 470, 560}, {620, 570, 485, 610}, {740, 540, 880, 510}, {740, 555, 890, 560}, {740, 570, 875, 610}} {
		c.line([]P{{w[0], w[1]}, {w[2], w[3]}}, false, ink, 3, 0.8)
	}
	for _, x := range []float64{560, 800} {
		c.dot(x, 530, 22, hx("#FF8FB1"), wo{op: 0.5, soft: 14})
	}
	c.line(spline([]P{{1115, 960}, {1040, 1060}, {940, 1080}, {840, 1050}, {770, 1060}}, 8, false), false, hx("#7A4FD8"), 4, 0.9)
}
