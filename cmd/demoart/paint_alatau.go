package main

import "math"

// drawAlatau paints artwork 3: the snowy Alatau mountains.
func drawAlatau(c *canvas) {
	ridge := []P{{-20, 640}, {140, 450}, {250, 520}, {420, 290}, {560, 430}, {700, 340}, {820, 170}, {980, 390}, {1100, 300}, {1250, 460}, {1400, 330}, {1620, 540}}
	mtnPts := append(append([]P{}, ridge...), P{1620, 820}, P{-20, 820})
	sheet := c.shape(rect(26, 24, 1574, 1176), 5)
	mtn := c.shape(mtnPts, 3).times(sheet)
	backPts := []P{{-20, 560}, {300, 380}, {600, 300}, {940, 250}, {1240, 330}, {1620, 380}, {1620, 800}, {-20, 800}}
	back := c.shape(spline(backPts[:6], 8, false), 4)
	back = c.shape(append(spline(backPts[:6], 8, false), backPts[6:]...), 4).minus(mtn).times(sheet)
	hillsPts := append(spline([]P{{-20, 760}, {200, 690}, {450, 740}, {700, 680}, {1000, 730}, {1300, 670}, {1620, 720}}, 10, false), P{1620, 1220}, P{-20, 1220})
	hills := c.shape(hillsPts, 4).times(sheet)
	mtn.minus(hills)
	back.minus(hills)
	sky := c.shape(rect(26, 24, 1574, 760), 5).minus(mtn).minus(back).minus(hills)
	c.paint(sky, hx("#FFE9A8"), wo{op: 0.9, vary: 0.45, soft: 10, rim: 0.2, wl: 250,
		col2: hx("#5FB2F0"), mixFn: func(x, y float64) float64 { return 1.25 - y/500 }})
	c.paint(back, hx("#D9B8E8"), wo{op: 0.8, vary: 0.4, soft: 3, rim: 0.6, col2: hx("#B9A0E0"), mix: 0.5})
	c.paint(mtn, hx("#6F86DC"), wo{op: 0.95, vary: 0.45, soft: 2, rim: 0.8, col2: hx("#4656B8"), mix: 0.7, wl: 110})
	// snow caps with blue shadows on the right slopes
	peaks := []int{3, 6, 8, 10, 1}
	for _, pi := range peaks {
		pk, l, r := ridge[pi], ridge[pi-1], ridge[pi+1]
		f := 0.5
		a, b := lerpP(pk, l, f), lerpP(pk, r, f)
		var edge []P
		n := 6
		for j := 0; j <= n; j++ {
			q := lerpP(b, a, float64(j)/float64(n))
			if j%2 == 1 {
				q.Y += 22 + c.rf(0, 25)
			} else if j > 0 && j < n {
				q.Y -= 10
			}
			edge = append(edge, q)
		}
		capPts := append([]P{pk}, edge...)
		capM := c.shape(capPts, 2)
		c.paint(capM, hx("#FFFFFF"), wo{op: 0.97, gouache: true, vary: 0.1, soft: 1})
		sh := c.fill([]P{pk, b, P{pk.X + 8, b.Y + 60}, P{pk.X + 6, pk.Y + 10}})
		c.paint(sh.times(capM), hx("#9CC4F0"), wo{op: 0.55, vary: 0.3, soft: 4})
		c.outline(capM, hx("#5A7BD0"), 3, 0.5)
		// ridge line down the middle of the mountain
		c.line([]P{pk, {pk.X + 10, pk.Y + 90}, {pk.X - 10, pk.Y + 190}, {pk.X + 15, pk.Y + 320}}, false, hx("#3B4A9E"), 3.5, 0.55)
	}
	c.clipLine(ridge, sheet, hx("#2E3A8A"), 5, 0.75)
	// green foothills with spruce forest
	c.paint(hills, hx("#5BB548"), wo{op: 0.95, vary: 0.5, soft: 3, rim: 0.5, wl: 170, col2: hx("#2F8A3E"),
		mixFn: func(x, y float64) float64 { return 1 - (y-680)/300 }})
	river := c.shape(append(spline([]P{{760, 700}, {720, 800}, {820, 900}, {700, 1040}, {760, 1220}}, 8, false),
		spline([]P{{980, 1220}, {880, 1040}, {960, 900}, {800, 800}, {790, 700}}, 8, false)...), 3)
	c.paint(river, hx("#FFFFFF"), wo{op: 1, gouache: true, vary: 0, soft: 1})
	c.paint(river, hx("#58B9F0"), wo{op: 0.95, vary: 0.5, soft: 2, rim: 0.9, col2: hx("#2F7DE1"), mix: 0.6, wl: 90})
	mid := spline([]P{{775, 700}, {760, 800}, {890, 900}, {790, 1040}, {870, 1220}}, 12, false)
	for i := 3; i < len(mid)-2; i += 3 {
		q := mid[i]
		w := 12 + (q.Y-700)*0.08
		c.line([]P{{q.X - w, q.Y}, {q.X - w/3, q.Y - 6}, {q.X + w/3, q.Y}, {q.X + w, q.Y - 6}}, false, hx("#FFFFFF"), 3.5, 0.75)
	}
	type tree struct{ x, y, h float64 }
	var trees []tree
	for i := 0; i < 34; i++ {
		x := c.rf(20, 1580)
		if x > 640 && x < 1010 {
			continue
		}
		y := c.rf(730, 900)
		trees = append(trees, tree{x, y, 90 + (y-730)*0.9})
	}
	for i := 1; i < len(trees); i++ { // far trees first
		for j := i; j > 0 && trees[j].y < trees[j-1].y; j-- {
			trees[j], trees[j-1] = trees[j-1], trees[j]
		}
	}
	for _, t := range trees {
		spruce(c, t.x, t.y, t.h)
	}
	for i := 0; i < 45; i++ {
		x, y := c.rf(40, 1560), c.rf(960, 1170)
		if x > 650 && x < 1030 {
			continue
		}
		col := []rgb{hx("#FFD21F"), hx("#FFFFFF"), hx("#FF6FA8")}[i%3]
		for p := 0; p < 5; p++ {
			a := float64(p) * 2 * math.Pi / 5
			c.dot(x+9*math.Cos(a), y+9*math.Sin(a), 7, col, G)
		}
		c.dot(x, y, 5, hx("#FF9800"), G)
	}
	grassTufts(c, 80, 930, 1180, []rgb{hx("#1F6E35"), hx("#2F8F3A")}, river)
	for i := 0; i < 4; i++ {
		x, y := 420+float64(i)*90+c.rf(-20, 20), 150+c.rf(-30, 40)
		c.line([]P{{x - 22, y - 8}, {x - 10, y - 2}, {x, y + 6}, {x + 10, y - 2}, {x + 22, y - 9}}, false, hx("#343060"), 4, 0.8)
	}
}

func spruce(c *canvas, x, y, h float64) {
	c.paint(c.shape(rect(x-h*0.05, y-h*0.15, x+h*0.05, y+h*0.06), 1), hx("#7A4A24"), G)
	var tiers [][]P
	for i := 0; i < 4; i++ {
		top := y - h + float64(i)*h*0.2
		bot := top + h*0.38
		w := h * (0.16 + 0.08*float64(i))
		tiers = append(tiers, c.wob([]P{{x, top}, {x + w, bot}, {x + w*0.3, bot - h*0.04}, {x - w*0.3, bot - h*0.04}, {x - w, bot}}, true, 2, 40))
	}
	m := c.fill(tiers...)
	c.paint(m, hx("#1E7A4E"), wo{op: 0.95, gouache: true, vary: 0.3, col2: hx("#0F4F3A"), mix: 0.8, wl: h / 2})
	c.outline(m, hx("#0B3D2A"), 3, 0.7)
}
