package main

import (
	"math"
	"math/rand/v2"
)

// Gradient noise.

type noise struct{ perm [512]uint8 }

func newNoise(seed uint64) *noise {
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	n := &noise{}
	for i, v := range r.Perm(256) {
		n.perm[i] = uint8(v)
		n.perm[i+256] = uint8(v)
	}
	return n
}

func fade(t float64) float64 { return t * t * t * (t*(t*6-15) + 10) }

func grad2(h uint8, x, y float64) float64 {
	switch h & 7 {
	case 0:
		return x + y
	case 1:
		return -x + y
	case 2:
		return x - y
	case 3:
		return -x - y
	case 4:
		return x
	case 5:
		return -x
	case 6:
		return y
	default:
		return -y
	}
}

// at returns Perlin noise in roughly [-1, 1].
func (n *noise) at(x, y float64) float64 {
	fx, fy := math.Floor(x), math.Floor(y)
	X, Y := int(fx)&255, int(fy)&255
	xf, yf := x-fx, y-fy
	u, v := fade(xf), fade(yf)
	p := &n.perm
	a, b := int(p[X])+Y, int(p[X+1])+Y
	x1 := lerp(grad2(p[a], xf, yf), grad2(p[b], xf-1, yf), u)
	x2 := lerp(grad2(p[a+1], xf, yf-1), grad2(p[b+1], xf-1, yf-1), u)
	return lerp(x1, x2, v)
}

func (n *noise) fbm(x, y float64, oct int) float64 {
	sum, amp, norm := 0.0, 1.0, 0.0
	for i := 0; i < oct; i++ {
		sum += amp * n.at(x, y)
		norm += amp
		amp *= 0.5
		x, y = x*2.03+17.1, y*2.03-9.7
	}
	return sum / norm
}
