package main

// drawEagle paints artwork 4: a golden eagle (berkut) above the mountains.
func drawEagle(c *canvas) {
	ridge := []P{{-20, 1260}, {150, 1110}, {300, 1200}, {480, 1020}, {640, 1180}, {820, 1060}, {1000, 1190}, {1220, 1090}}
	sheet := c.shape(rect(24, 24, 1176, 1576), 5)
	mtn := c.shape(append(append([]P{}, ridge...), P{1220, 1620}, P{-20, 1620}), 3).times(sheet)
	ground := c.shape(append(spline([]P{{-20, 1390}, {300, 1360}, {700, 1400}, {1220, 1370}}, 10, false), P{1220, 1620}, P{-20, 1620}), 4).times(sheet)
	mtn.minus(ground)
	sky := c.shape(rect(24, 24, 1176, 1300), 5).minus(mtn).minus(ground)
	c.paint(sky, hx("#8BE0EA"), wo{op: 0.95, vary: 0.5, soft: 2, rim: 0.5, wl: 260,
		col2: hx("#1FA6D4"), mixFn: func(x, y float64) float64 { return 1 - y/1100 }})
	sun(c, 930, 240, 105, false)
	cloud(c, 270, 230, 0.8, hx("#3BA5D8"))
	cloud(c, 980, 950, 0.6, hx("#3BA5D8"))
	c.paint(mtn, hx("#7A88D8"), wo{op: 0.95, vary: 0.45, soft: 2, rim: 0.8, col2: hx("#4C5BB5"), mix: 0.6, wl: 100})
	for _, i := range []int{1, 3, 5, 7} {
		pk := ridge[i]
		capPts := []P{pk, {pk.X + 70, pk.Y + 62}, {pk.X + 35, pk.Y + 48}, {pk.X + 10, pk.Y + 72}, {pk.X - 25, pk.Y + 46}, {pk.X - 70, pk.Y + 64}}
		m := c.shape(capPts, 2).times(sheet)
		c.paint(m, hx("#FFFFFF"), wo{op: 0.97, gouache: true, vary: 0.1})
		c.outline(m, hx("#5A7BD0"), 3, 0.5)
	}
	c.clipLine(ridge, sheet, hx("#2E3A8A"), 5, 0.75)
	c.paint(ground, hx("#C9D94A"), wo{op: 0.95, vary: 0.5, soft: 2, rim: 0.5, col2: hx("#6DB33F"), mix: 0.7, brush: 0.15})
	grassTufts(c, 40, 1420, 1570, []rgb{hx("#3E8E2F"), hx("#6B8E23")})
	for i := 0; i < 14; i++ {
		tulip(c, c.rf(60, 1140), c.rf(1460, 1560), 0.8, []rgb{hx("#E8322B"), hx("#FFC21A")}[i%2])
	}

	brown, dark, gold := hx("#7A4520"), hx("#3E2412"), hx("#D8962F")
	// wings
	for _, flip := range []bool{false, true} {
		T := func(pts ...P) []P { return tf(pts, P{600, 0}, 1, flip) }
		for j := 0; j < 6; j++ { // primary feathers, fanned
			f := float64(j) / 5
			base := lerpP(P{-360, 440}, P{-380, 600}, f)
			dir := P{-1, 0}.rot(deg(lerp(22, -28, f)))
			tip := base.add(dir.mul(135 + 25*float64(j%2) - 20*f))
			c.brushLine(T(base, lerpP(base, tip, 0.5).add(P{0, -6}), tip), dark, 62, 20, wo{op: 0.97, gouache: true, vary: 0.25, col2: brown, mix: 0.5, wl: 60})
		}
		wing := c.fill(c.wob(spline(T(P{-50, 650}, P{-140, 570}, P{-260, 490}, P{-360, 420}, P{-400, 470},
			P{-400, 600}, P{-320, 640}, P{-230, 710}, P{-140, 780}, P{-60, 820}), 6, true), true, 3, 80))
		c.paint(wing, brown, wo{op: 0.97, gouache: true, vary: 0.3, col2: dark, mix: 0.6, wl: 90})
		band := c.fill(c.wob(spline(T(P{-60, 650}, P{-150, 582}, P{-270, 505}, P{-370, 440}, P{-370, 500}, P{-260, 560}, P{-140, 650}, P{-60, 700}), 6, true), true, 3, 80))
		c.paint(band, gold, wo{op: 0.9, gouache: true, vary: 0.3, col2: hx("#B8742A"), mix: 0.6, wl: 60})
		for row := 0; row < 3; row++ { // feather scallops
			for j := 0; j < 7-row; j++ {
				f := float64(j) / 6
				p0 := lerpP(P{-130, 720 - float64(row)*40}, P{-330, 600 - float64(row)*40}, f)
				if row > 0 {
					p0 = p0.add(P{-20 * float64(row), 10})
				}
				T2 := T(arc(p0.X, p0.Y, 26, deg(20), deg(160), 8)...)
				c.line(T2, false, hx("#E8B45A"), 4, 0.6)
			}
		}
		c.outline(wing, dark, 4, 0.7)
	}
	// tail
	tail := c.shape([]P{{555, 920}, {645, 920}, {720, 1090}, {660, 1110}, {600, 1095}, {540, 1110}, {480, 1090}}, 3)
	c.paint(tail, brown, wo{op: 0.97, gouache: true, vary: 0.3, col2: dark, mix: 0.5})
	for _, x := range []float64{-70, -35, 0, 35, 70} {
		c.line([]P{{600 + x*0.2, 935}, {600 + x, 1085}}, false, dark, 4, 0.6)
	}
	c.outline(tail, dark, 4, 0.7)
	// body and legs
	body := c.shape(ellipse(600, 780, 105, 185, 0), 3)
	c.paint(body, brown, wo{op: 0.97, gouache: true, vary: 0.3, col2: hx("#5A3218"), mix: 0.6, wl: 70})
	for i := 0; i < 14; i++ { // breast feathers
		x, y := 540+float64(i%4)*40+float64((i/4)%2)*20, 700+float64(i/4)*55
		c.line(arc(x, y, 18, deg(20), deg(160), 6), false, hx("#A86A32"), 4, 0.6)
	}
	for _, x := range []float64{555, 645} {
		leg := c.shape(ellipse(x, 930, 38, 48, 0), 2)
		c.paint(leg, gold, wo{op: 0.95, gouache: true, vary: 0.3, col2: brown, mix: 0.4})
		c.outline(leg, dark, 3.5, 0.7)
		for _, d := range []float64{-22, 0, 22} {
			c.line([]P{{x, 970}, {x + d, 1005}}, false, hx("#FFC21A"), 9, 0.95)
			c.line([]P{{x + d, 1003}, {x + d*1.25 - 3, 1020}}, false, ink, 5, 0.95)
		}
	}
	c.outline(body, dark, 4, 0.7)
	// head with a hooked beak
	head := c.shape(ellipse(600, 565, 66, 70, 0), 2)
	c.paint(head, gold, wo{op: 0.97, gouache: true, vary: 0.3, col2: hx("#B06A22"), mix: 0.6, wl: 50})
	beak := c.shape([]P{{648, 532}, {700, 536}, {736, 560}, {742, 596}, {724, 582}, {706, 590}, {652, 590}}, 1.5)
	c.paint(beak, hx("#FFC21A"), G)
	c.paint(c.shape([]P{{722, 556}, {740, 575}, {742, 598}, {726, 584}}, 1), hx("#3A2A2A"), G)
	c.outline(beak, dark, 3.5, 0.8)
	c.outline(head, dark, 4, 0.7)
	c.dot(640, 548, 13, hx("#FFFFFF"), G)
	c.dot(644, 549, 8, ink, G)
	c.line([]P{{614, 530}, {640, 526}, {664, 536}}, false, dark, 6, 0.9)
}
