package main

import (
	"image"
	"math"
)

// The application icon: a painter's palette and brush under a smiling sun
// on a turquoise tile.

func roundRect(x0, y0, x1, y1, r float64) []P {
	var pts []P
	pts = append(pts, arc(x1-r, y0+r, r, -math.Pi/2, 0, 10)...)
	pts = append(pts, arc(x1-r, y1-r, r, 0, math.Pi/2, 10)...)
	pts = append(pts, arc(x0+r, y1-r, r, math.Pi/2, math.Pi, 10)...)
	pts = append(pts, arc(x0+r, y0+r, r, math.Pi, 1.5*math.Pi, 10)...)
	return pts
}

func drawIcon(n int) image.Image {
	c := newCanvas(512, 512, float64(n)/512, 2026)
	// smooth paper: an icon must stay crisp and compress well
	for i := range c.grain {
		c.grain[i], c.tooth[i] = 0.62, 0.62
		c.r[i], c.g[i], c.b[i] = 1, 1, 1
	}
	tileM := c.fill(roundRect(8, 8, 504, 504, 96))
	c.paint(tileM, hx("#3FD3E0"), wo{op: 1, gouache: true, vary: 0.15, soft: 0.01, wl: 200,
		col2: hx("#138FC4"), mixFn: func(x, y float64) float64 { return y / 512 }})
	// sun
	sx, sy, sr := 372.0, 138.0, 66.0
	for i := 0; i < 12; i++ {
		a := 2 * math.Pi * float64(i) / 12
		d := P{math.Cos(a), math.Sin(a)}
		c.paint(c.stroke([]P{P{sx, sy}.add(d.mul(sr + 14)), P{sx, sy}.add(d.mul(sr + 40))}, 15, 11), hx("#FFE04D"), wo{op: 1, gouache: true, soft: 0.01})
	}
	sunM := c.fill(ellipse(sx, sy, sr, sr, 0))
	c.paint(sunM, hx("#FFD21F"), wo{op: 1, gouache: true, vary: 0.1, soft: 0.01, col2: hx("#FFB000"), mix: 0.6, wl: 60})
	c.outline(sunM, hx("#E07800"), 5, 1)
	c.paint(c.fill(ellipse(sx-24, sy-12, 8, 10, 0)), hx("#3A2A1A"), wo{op: 1, gouache: true, soft: 0.01})
	c.paint(c.fill(ellipse(sx+24, sy-12, 8, 10, 0)), hx("#3A2A1A"), wo{op: 1, gouache: true, soft: 0.01})
	c.paint(c.stroke(arc(sx, sy+4, 28, deg(25), deg(155), 12), 8, 8), hx("#C2410C"), wo{op: 1, gouache: true, soft: 0.01})
	// palette
	pal := spline([]P{{70, 300}, {130, 210}, {250, 190}, {370, 250}, {420, 340}, {380, 430}, {300, 430}, {255, 400}, {205, 440}, {110, 440}, {60, 380}}, 8, true)
	palM := c.fill(pal)
	hole := c.fill(ellipse(300, 375, 26, 22, 0))
	palM.minus(hole)
	c.paint(c.fill(tf(pal, P{8, 12}, 1, false)).minus(palM), hx("#0B5E86"), wo{op: 0.5, gouache: true, soft: 6})
	c.paint(palM, hx("#FFF1D0"), wo{op: 1, gouache: true, vary: 0.08, soft: 0.01, col2: hx("#F5D49A"), mix: 0.5, wl: 120})
	blobs := []struct {
		x, y, r float64
		col     string
	}{{125, 310, 34, "#E8322B"}, {185, 245, 32, "#FF9A1A"}, {265, 235, 30, "#FFD21F"}, {335, 285, 30, "#3DBB4A"}, {135, 395, 30, "#2F6FD6"}, {205, 375, 28, "#9A4FD8"}}
	for _, b := range blobs {
		m := c.fill(c.wob(ellipse(b.x, b.y, b.r, b.r*0.85, 0.4), true, 2, 30))
		c.paint(m, hx(b.col), wo{op: 1, gouache: true, vary: 0.1, soft: 0.01})
		c.paint(c.fill(ellipse(b.x-b.r*0.35, b.y-b.r*0.35, b.r*0.22, b.r*0.15, -0.5)), hx("#FFFFFF"), wo{op: 0.8, gouache: true, soft: 0.01})
	}
	c.outline(palM, hx("#1E2A5A"), 9, 1)
	// brush
	handle := c.fill([]P{{452, 470}, {470, 452}, {330, 312}, {312, 330}})
	c.paint(handle, hx("#E8322B"), wo{op: 1, gouache: true, soft: 0.01})
	fer := c.fill([]P{{330, 312}, {312, 330}, {290, 308}, {308, 290}})
	c.paint(fer, hx("#C9D2E0"), wo{op: 1, gouache: true, soft: 0.01})
	tip := c.fill(spline([]P{{306, 288}, {262, 250}, {236, 228}, {256, 270}, {288, 306}}, 6, true))
	c.paint(tip, hx("#2F6FD6"), wo{op: 1, gouache: true, soft: 0.01})
	for _, m := range []*mask{handle, fer, tip} {
		c.outline(m, hx("#1E2A5A"), 6, 1)
	}
	c.outline(tileM, hx("#0E6E9A"), 6, 1)
	img := image.NewNRGBA(image.Rect(0, 0, c.w, c.h))
	for y := 0; y < c.h; y++ {
		for x := 0; x < c.w; x++ {
			i := y*c.w + x
			a := tileM.get(x, y)
			img.Pix[4*i] = to8(c.r[i])
			img.Pix[4*i+1] = to8(c.g[i])
			img.Pix[4*i+2] = to8(c.b[i])
			img.Pix[4*i+3] = to8(a)
		}
	}
	return img
}
