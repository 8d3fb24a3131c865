package main

import "math"

// drawLake paints artwork 6: a sailing boat on a lake at sunset.
func drawLake(c *canvas) {
	horizon := 640.0
	water := c.shape(rect(-20, horizon, 1620, 1220), 0)
	hillsL := c.shape(append(spline([]P{{-20, 520}, {150, 470}, {330, 540}, {520, 600}, {600, horizon + 8}}, 8, false), P{-20, horizon + 8}), 3)
	hillsR := c.shape(append(spline([]P{{1050, horizon + 8}, {1200, 560}, {1380, 500}, {1620, 540}}, 8, false), P{1620, horizon + 8}), 3)
	hills := union(hillsL, hillsR).minus(water).times(c.shape(rect(26, 26, 1574, 1174), 5))
	sky := c.shape(rect(26, 26, 1574, horizon+4), 5).minus(hills)
	c.paint(sky, hx("#FFE066"), wo{op: 0.95, vary: 0.4, soft: 12, rim: 0.3, wl: 240,
		col2: hx("#FF6F91"), mixFn: func(x, y float64) float64 { return 1.1 - y/560 }})
	// a violet glaze that fades out towards the horizon
	c.paint(sky, hx("#9B6FE0"), wo{op: 0.75, vary: 0.5, soft: 5, wl: 200,
		col2: hx("#FFFFFF"), mixFn: func(x, y float64) float64 { return (y - 60) / 330 }})
	// the setting sun
	sunM := c.fill(append(arc(800, horizon, 170, math.Pi, 2*math.Pi, 40), P{970, horizon + 2}, P{630, horizon + 2}))
	c.paint(sunM, hx("#FF8A1A"), wo{op: 0.95, gouache: true, vary: 0.2, col2: hx("#FFD21F"), mix: 0.8, wl: 100})
	c.outline(sunM, hx("#E8322B"), 5, 0.6)
	c.paint(hills, hx("#7D4FB8"), wo{op: 0.95, vary: 0.4, soft: 2, rim: 0.8, col2: hx("#4B2E8A"), mix: 0.7, wl: 100})
	c.clipLine([]P{{-20, horizon}, {1620, horizon}}, c.shape(rect(26, 26, 1574, 1174), 5), hx("#4B2E8A"), 4, 0.6)
	lake := c.shape(rect(26, horizon, 1574, 1174), 5)
	c.paint(lake, hx("#3FA9F5"), wo{op: 0.95, vary: 0.5, soft: 2, rim: 0.6, wl: 200, brush: 0.25,
		col2: hx("#2B3F9E"), mixFn: func(x, y float64) float64 { return (y - horizon) / 520 }})
	// sun path on the water
	for i := 0; i < 22; i++ {
		y := horizon + 20 + float64(i)*22
		w := 150 - float64(i)*2.5 + c.rf(-30, 30)
		x := 800 + c.rf(-25, 25)
		col := hx("#FFD21F")
		if i%3 == 1 {
			col = hx("#FF8A1A")
		}
		c.brushLine([]P{{x - w, y}, {x + w, y + c.rf(-3, 3)}}, col, 12, 8, wo{op: 0.9, gouache: true, vary: 0.3})
	}
	for i := 0; i < 40; i++ { // waves
		x, y := c.rf(60, 1540), c.rf(horizon+40, 1150)
		if x > 600 && x < 1000 {
			continue
		}
		w := 20 + (y-horizon)*0.08
		c.line([]P{{x - w, y}, {x - w/2, y - w/3}, {x, y}, {x + w/2, y - w/3}, {x + w, y}}, false, hx("#D8F0FF"), 3.5, 0.7)
	}
	// the boat
	bx, by := 560.0, 900.0
	c.paint(c.shape([]P{{bx - 160, by + 60}, {bx + 170, by + 60}, {bx + 150, by + 120}, {bx - 150, by + 120}}, 3), hx("#1F2A6B"), wo{op: 0.5, soft: 14, vary: 0.4})
	mast := []P{{bx, by - 330}, {bx + 3, by}}
	sail := c.shape([]P{{bx + 14, by - 320}, {bx + 190, by - 40}, {bx + 14, by - 30}}, 3)
	sail2 := c.shape([]P{{bx - 10, by - 280}, {bx - 10, by - 40}, {bx - 150, by - 40}}, 3)
	c.paint(sail, hx("#FFFFFF"), wo{op: 0.97, gouache: true, vary: 0.1})
	c.paint(sail2, hx("#FFF3C4"), wo{op: 0.97, gouache: true, vary: 0.1})
	c.line([]P{{bx + 40, by - 200}, {bx + 90, by - 120}}, false, hx("#2F7DE1"), 6, 0.8)
	c.outline(sail, ink, 4, 0.8)
	c.outline(sail2, ink, 4, 0.8)
	c.line(mast, false, hx("#6B3410"), 9, 0.95)
	flag := c.shape([]P{{bx, by - 345}, {bx + 70, by - 330}, {bx, by - 310}}, 1.5)
	c.paint(flag, hx("#2EC4D6"), G)
	c.dot(bx+22, by-329, 6, hx("#FFD21F"), G)
	hull := c.shape(spline([]P{{bx - 220, by - 20}, {bx + 240, by - 20}, {bx + 170, by + 60}, {bx, by + 75}, {bx - 170, by + 60}}, 6, true), 2)
	c.paint(hull, hx("#E8322B"), wo{op: 0.97, gouache: true, vary: 0.25, col2: hx("#B71C1C"), mix: 0.5})
	c.line([]P{{bx - 200, by + 8}, {bx + 215, by + 8}}, false, hx("#FFE14D"), 7, 0.9)
	for _, x := range []float64{-100, 0, 100} {
		c.dot(bx+x, by+38, 13, hx("#FFFFFF"), G)
		c.outline(c.shape(ellipse(bx+x, by+38, 14, 14, 0), 1), ink, 3, 0.8)
	}
	c.outline(hull, ink, 5, 0.85)
	// seagulls
	for _, g := range [][3]float64{{1100, 200, 1}, {1240, 280, 0.8}, {980, 330, 0.7}, {350, 170, 0.9}} {
		x, y, k := g[0], g[1], g[2]
		c.line(spline([]P{{x - 40*k, y}, {x - 20*k, y - 18*k}, {x, y}, {x + 20*k, y - 18*k}, {x + 40*k, y}}, 4, false), false, hx("#3A2A5A"), 5*k, 0.9)
	}
	// reeds in the corner
	for i := 0; i < 11; i++ {
		x := 1330 + float64(i)*22 + c.rf(-8, 8)
		top := 820 + c.rf(-60, 60)
		bend := c.rf(-30, 30)
		c.brushLine(spline([]P{{x, 1180}, {x + bend*0.3, (top + 1180) / 2}, {x + bend, top}}, 6, false), hx("#3B7A2A"), 9, 4, wo{op: 0.95, gouache: true, vary: 0.3})
		if i%2 == 0 {
			h := c.shape(ellipse(x+bend*0.95, top+50, 11, 38, bend/300), 1.5)
			c.paint(h, hx("#7A3E16"), G)
		}
	}
}

// star returns a five-pointed star.
func star(x, y, r, rot float64) []P {
	var pts []P
	for i := 0; i < 10; i++ {
		rr := r
		if i%2 == 1 {
			rr = r * 0.45
		}
		a := rot - math.Pi/2 + float64(i)*math.Pi/5
		pts = append(pts, P{x + rr*math.Cos(a), y + rr*math.Sin(a)})
	}
	return pts
}

func firework(c *canvas, x, y, r float64, cols []rgb) {
	n := 16
	for i := 0; i < n; i++ {
		a := 2*math.Pi*float64(i)/float64(n) + c.rf(-0.05, 0.05)
		col := cols[i%len(cols)]
		d := P{math.Cos(a), math.Sin(a)}
		rr := r * c.rf(0.8, 1.05)
		c.line([]P{P{x, y}.add(d.mul(r * 0.25)), P{x, y}.add(d.mul(rr))}, false, col, 5, 0.8)
		c.dot(x+d.X*(rr+14), y+d.Y*(rr+14), 7, col, G)
	}
	c.dot(x, y, 10, hx("#FFFFFF"), G)
}
