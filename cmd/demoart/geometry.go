package main

import "math"

// Small maths helpers.

// P is a point in logical canvas units (the full-size pixel grid).
type P struct{ X, Y float64 }

func (p P) add(q P) P              { return P{p.X + q.X, p.Y + q.Y} }
func (p P) sub(q P) P              { return P{p.X - q.X, p.Y - q.Y} }
func (p P) mul(k float64) P        { return P{p.X * k, p.Y * k} }
func (p P) len() float64           { return math.Hypot(p.X, p.Y) }
func (p P) rot(a float64) P        { s, c := math.Sincos(a); return P{p.X*c - p.Y*s, p.X*s + p.Y*c} }
func lerpP(a, b P, t float64) P    { return P{a.X + (b.X-a.X)*t, a.Y + (b.Y-a.Y)*t} }
func lerp(a, b, t float64) float64 { return a + (b-a)*t }
func deg(d float64) float64        { return d * math.Pi / 180 }

func clamp01(v float64) float64 {
	if v < 0 {
		return 0
	}
	if v > 1 {
		return 1
	}
	return v
}

func smooth(e0, e1, v float64) float64 {
	t := clamp01((v - e0) / (e1 - e0))
	return t * t * (3 - 2*t)
}

// tf moves, scales and optionally mirrors a list of points.
func tf(pts []P, o P, k float64, flip bool) []P {
	r := make([]P, len(pts))
	for i, p := range pts {
		if flip {
			p.X = -p.X
		}
		r[i] = P{o.X + p.X*k, o.Y + p.Y*k}
	}
	return r
}

// spline returns a Catmull-Rom curve through ctrl with n samples per span.
func spline(ctrl []P, n int, closed bool) []P {
	m := len(ctrl)
	if m < 3 {
		return ctrl
	}
	get := func(i int) P {
		if closed {
			return ctrl[((i%m)+m)%m]
		}
		if i < 0 {
			return ctrl[0].mul(2).sub(ctrl[1])
		}
		if i >= m {
			return ctrl[m-1].mul(2).sub(ctrl[m-2])
		}
		return ctrl[i]
	}
	spans := m - 1
	if closed {
		spans = m
	}
	var out []P
	for i := 0; i < spans; i++ {
		p0, p1, p2, p3 := get(i-1), get(i), get(i+1), get(i+2)
		for j := 0; j < n; j++ {
			t := float64(j) / float64(n)
			t2, t3 := t*t, t*t*t
			x := 0.5 * (2*p1.X + (-p0.X+p2.X)*t + (2*p0.X-5*p1.X+4*p2.X-p3.X)*t2 + (-p0.X+3*p1.X-3*p2.X+p3.X)*t3)
			y := 0.5 * (2*p1.Y + (-p0.Y+p2.Y)*t + (2*p0.Y-5*p1.Y+4*p2.Y-p3.Y)*t2 + (-p0.Y+3*p1.Y-3*p2.Y+p3.Y)*t3)
			out = append(out, P{x, y})
		}
	}
	if !closed {
		out = append(out, ctrl[m-1])
	}
	return out
}

func ellipse(cx, cy, rx, ry, rot float64) []P {
	n := 72
	pts := make([]P, n)
	for i := range pts {
		a := 2 * math.Pi * float64(i) / float64(n)
		pts[i] = P{rx * math.Cos(a), ry * math.Sin(a)}.rot(rot).add(P{cx, cy})
	}
	return pts
}

func rect(x0, y0, x1, y1 float64) []P {
	return []P{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}
}

// arc returns points on a circle arc from angle a0 to a1 (radians).
func arc(cx, cy, r, a0, a1 float64, n int) []P {
	pts := make([]P, n+1)
	for i := range pts {
		a := a0 + (a1-a0)*float64(i)/float64(n)
		pts[i] = P{cx + r*math.Cos(a), cy + r*math.Sin(a)}
	}
	return pts
}
