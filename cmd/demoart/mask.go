package main

import "math"

// Masks: float coverage over a pixel rectangle (may extend past the canvas).

type mask struct {
	x0, y0, w, h int
	a            []float32
}

func newMask(x0, y0, x1, y1 int) *mask {
	w, h := max(1, x1-x0), max(1, y1-y0)
	return &mask{x0, y0, w, h, make([]float32, w*h)}
}

func (m *mask) get(x, y int) float32 {
	x -= m.x0
	y -= m.y0
	if x < 0 || y < 0 || x >= m.w || y >= m.h {
		return 0
	}
	return m.a[y*m.w+x]
}

func (m *mask) grow(p int) *mask {
	n := newMask(m.x0-p, m.y0-p, m.x0+m.w+p, m.y0+m.h+p)
	for y := 0; y < m.h; y++ {
		copy(n.a[(y+p)*n.w+p:], m.a[y*m.w:(y+1)*m.w])
	}
	return n
}

// blur returns a box-blurred copy (passes times, radius r pixels).
func (m *mask) blur(r, passes int) *mask {
	n := &mask{m.x0, m.y0, m.w, m.h, append([]float32(nil), m.a...)}
	if r < 1 {
		return n
	}
	tmp := make([]float32, max(m.w, m.h))
	inv := 1 / float32(2*r+1)
	for p := 0; p < passes; p++ {
		for y := 0; y < m.h; y++ {
			boxLine(n.a[y*m.w:(y+1)*m.w], 1, m.w, r, inv, tmp)
		}
		for x := 0; x < m.w; x++ {
			boxLine(n.a[x:], m.w, m.h, r, inv, tmp)
		}
	}
	return n
}

func boxLine(a []float32, stride, n, r int, inv float32, tmp []float32) {
	for i := 0; i < n; i++ {
		tmp[i] = a[i*stride]
	}
	var s float32
	for i := 0; i <= r && i < n; i++ {
		s += tmp[i]
	}
	for i := 0; i < n; i++ {
		a[i*stride] = s * inv
		if j := i + r + 1; j < n {
			s += tmp[j]
		}
		if j := i - r; j >= 0 {
			s -= tmp[j]
		}
	}
}

// times multiplies m by o (intersection).
func (m *mask) times(o *mask) *mask {
	for y := 0; y < m.h; y++ {
		for x := 0; x < m.w; x++ {
			m.a[y*m.w+x] *= o.get(x+m.x0, y+m.y0)
		}
	}
	return m
}

// minus removes o from m.
func (m *mask) minus(o *mask) *mask {
	for y := 0; y < m.h; y++ {
		for x := 0; x < m.w; x++ {
			m.a[y*m.w+x] *= 1 - o.get(x+m.x0, y+m.y0)
		}
	}
	return m
}

func union(ms ...*mask) *mask {
	x0, y0, x1, y1 := math.MaxInt32, math.MaxInt32, math.MinInt32, math.MinInt32
	for _, m := range ms {
		x0, y0 = min(x0, m.x0), min(y0, m.y0)
		x1, y1 = max(x1, m.x0+m.w), max(y1, m.y0+m.h)
	}
	u := newMask(x0, y0, x1, y1)
	for _, m := range ms {
		for y := 0; y < m.h; y++ {
			row := u.a[(y+m.y0-y0)*u.w+m.x0-x0:]
			for x := 0; x < m.w; x++ {
				if v := m.a[y*m.w+x]; v > row[x] {
					row[x] = v
				}
			}
		}
	}
	return u
}
