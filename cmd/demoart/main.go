// Command demoart procedurally paints the demo artworks shipped with the
// kiosk: a handful of "children's paintings" (watercolour washes, gouache,
// wax-crayon strokes on textured paper) split over two exhibitions, a
// labels.csv per exhibition and the application icon.
//
// Every pixel is drawn by this program; nothing is loaded from disk. The
// random generators use fixed seeds, so re-running the command reproduces
// identical files:
//
//	go run ./cmd/demoart -out kiosk/demo -icon Icon.png
package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"

	"golang.org/x/image/vector"
)

func main() {
	out := flag.String("out", "kiosk/demo", "output directory (artworks/ is created inside it)")
	icon := flag.String("icon", "Icon.png", "where to write the 512x512 app icon (empty: skip)")
	scale := flag.Float64("scale", 1, "size factor for the artworks (1 = full size)")
	only := flag.String("only", "", "render only the artwork with this file name (for previews)")
	flag.Parse()
	if err := run(options{out: *out, icon: *icon, scale: *scale, only: *only}); err != nil {
		fmt.Fprintln(os.Stderr, "demoart:", err)
		os.Exit(1)
	}
}

type options struct {
	out   string  // output directory
	icon  string  // icon path, empty to skip
	scale float64 // artwork size factor
	only  string  // if set, render just this file (no labels, no icon)
}

// run paints every artwork into out/artworks/<exhibition>/, writes the
// labels.csv files and, if icon is not empty, the app icon.
func run(opt options) error {
	outDir, iconPath, scale := opt.out, opt.icon, opt.scale
	if scale <= 0 || scale > 4 {
		return fmt.Errorf("bad -scale %v", scale)
	}
	arts := artworks()
	if opt.only != "" {
		var sel []artwork
		for _, a := range arts {
			if a.file == opt.only {
				sel = append(sel, a)
			}
		}
		if len(sel) == 0 {
			return fmt.Errorf("no artwork %q", opt.only)
		}
		arts = sel
	}
	data := make([][]byte, len(arts))
	errs := make([]error, len(arts))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i := range arts {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			data[i], errs[i] = renderJPEG(arts[i], scale)
		}(i)
	}
	wg.Wait()
	for i, a := range arts {
		if errs[i] != nil {
			return fmt.Errorf("%s: %w", a.file, errs[i])
		}
		dir := filepath.Join(outDir, "artworks", a.exhibition)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, a.file), data[i], 0o644); err != nil {
			return err
		}
	}
	if opt.only != "" {
		return nil
	}
	for _, ex := range exhibitions() {
		if err := writeLabels(filepath.Join(outDir, "artworks", ex), ex, arts); err != nil {
			return err
		}
	}
	if iconPath != "" {
		var buf bytes.Buffer
		if err := png.Encode(&buf, drawIcon(512)); err != nil {
			return err
		}
		if err := os.WriteFile(iconPath, buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func renderJPEG(a artwork, scale float64) ([]byte, error) {
	c := newCanvas(a.w, a.h, scale, a.seed)
	a.draw(c)
	var buf bytes.Buffer
	err := jpeg.Encode(&buf, c.image(), &jpeg.Options{Quality: 85})
	return buf.Bytes(), err
}

// labelHeader is the header row of every labels.csv.
var labelHeader = []string{
	"file", "title_kk", "title_ru", "title_en",
	"author_kk", "author_ru", "author_en", "age",
	"technique_kk", "technique_ru", "technique_en",
	"club_kk", "club_ru", "club_en",
}

func writeLabels(dir, exhibition string, arts []artwork) error {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.Write(labelHeader); err != nil {
		return err
	}
	for _, a := range arts {
		if a.exhibition != exhibition || a.label == nil {
			continue
		}
		l := a.label
		row := []string{a.file}
		row = append(row, l.title[:]...)
		row = append(row, l.author[:]...)
		row = append(row, fmt.Sprint(l.age))
		row = append(row, l.technique[:]...)
		row = append(row, l.club[:]...)
		if err := w.Write(row); err != nil {
			return err
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "labels.csv"), buf.Bytes(), 0o644)
}

// ---------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------
// Colours.

type rgb struct{ r, g, b float64 }

func hx(s string) rgb {
	var v uint32
	fmt.Sscanf(s, "#%06x", &v)
	return rgb{float64(v>>16&255) / 255, float64(v>>8&255) / 255, float64(v&255) / 255}
}

func mixc(a, b rgb, t float64) rgb {
	return rgb{lerp(a.r, b.r, t), lerp(a.g, b.g, t), lerp(a.b, b.b, t)}
}

// ---------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------
// Canvas: a sheet of paper that is painted on in logical coordinates.

type canvas struct {
	lw, lh     float64
	s          float64
	w, h       int
	r, g, b    []float32
	pr, pg, pb []float32 // the bare paper, for erase
	grain      []float32 // fine paper grain
	tooth      []float32 // coarser grain that wax crayon catches on
	nz         *noise
	rng        *rand.Rand
}

func newCanvas(lw, lh int, s float64, seed uint64) *canvas {
	w := max(8, int(math.Round(float64(lw)*s)))
	h := max(8, int(math.Round(float64(lh)*s)))
	c := &canvas{
		lw: float64(lw), lh: float64(lh), s: float64(w) / float64(lw), w: w, h: h,
		r: make([]float32, w*h), g: make([]float32, w*h), b: make([]float32, w*h),
		grain: make([]float32, w*h),
		nz:    newNoise(seed),
		rng:   rand.New(rand.NewPCG(seed, seed*2654435761+12345)),
	}
	c.paper()
	t := (&mask{0, 0, w, h, append([]float32(nil), c.grain...)}).blur(1, 1)
	for i, v := range t.a {
		t.a[i] = float32(clamp01((float64(v)-0.5)*1.9 + 0.5))
	}
	c.tooth = t.a
	c.pr = append([]float32(nil), c.r...)
	c.pg = append([]float32(nil), c.g...)
	c.pb = append([]float32(nil), c.b...)
	return c
}

// erase restores bare paper under a mask (as if the area had been left
// unpainted), so that later crayon strokes do not mix with what is below.
func (c *canvas) erase(m *mask) {
	for y := 0; y < m.h; y++ {
		py := y + m.y0
		if py < 0 || py >= c.h {
			continue
		}
		for x := 0; x < m.w; x++ {
			px := x + m.x0
			if px < 0 || px >= c.w {
				continue
			}
			a := m.a[y*m.w+x]
			if a <= 0 {
				continue
			}
			i := py*c.w + px
			c.r[i] += (c.pr[i] - c.r[i]) * a
			c.g[i] += (c.pg[i] - c.g[i]) * a
			c.b[i] += (c.pb[i] - c.b[i]) * a
		}
	}
}

// paper fills the canvas with a warm off-white sheet with a little tooth.
func (c *canvas) paper() {
	for y := 0; y < c.h; y++ {
		for x := 0; x < c.w; x++ {
			i := y*c.w + x
			fx, fy := float64(x), float64(y)
			g := 0.5 + 0.8*(0.6*c.nz.at(fx/1.7+17.3, fy/1.9+3.1)+0.4*c.nz.at(fx/4.1+51.2, fy/3.6+9.4))
			g = clamp01(g)
			c.grain[i] = float32(g)
			lx, ly := fx/c.s, fy/c.s
			tone := c.nz.fbm(lx/420+200, ly/420+40, 2)
			v := 0.962 + 0.015*tone + 0.014*(g-0.5)
			c.r[i] = float32(v + 0.012)
			c.g[i] = float32(v)
			c.b[i] = float32(v - 0.035)
		}
	}
}

func (c *canvas) image() *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, c.w, c.h))
	for i := range c.r {
		img.Pix[4*i] = to8(c.r[i])
		img.Pix[4*i+1] = to8(c.g[i])
		img.Pix[4*i+2] = to8(c.b[i])
		img.Pix[4*i+3] = 255
	}
	return img
}

func to8(v float32) uint8 {
	if v <= 0 {
		return 0
	}
	if v >= 1 {
		return 255
	}
	return uint8(v*255 + 0.5)
}

func (c *canvas) px(v float64) int { return int(math.Round(v * c.s)) }

// pxr converts a logical radius to pixels, at least 1.
func (c *canvas) pxr(v float64) int { return max(1, c.px(v)) }

// wob makes a hand-drawn version of a path: it is resampled and pushed
// sideways by smooth noise (amp logical units, wavelength wl).
func (c *canvas) wob(pts []P, closed bool, amp, wl float64) []P {
	if len(pts) < 2 {
		return pts
	}
	src := pts
	if closed {
		src = append(append([]P(nil), pts...), pts[0])
	}
	var rs []P
	var ts []float64
	t := 0.0
	step := 4.0
	for i := 0; i+1 < len(src); i++ {
		a, b := src[i], src[i+1]
		l := b.sub(a).len()
		n := max(1, int(l/step))
		for j := 0; j < n; j++ {
			rs = append(rs, lerpP(a, b, float64(j)/float64(n)))
			ts = append(ts, t+l*float64(j)/float64(n))
		}
		t += l
	}
	if !closed {
		rs = append(rs, src[len(src)-1])
		ts = append(ts, t)
	}
	total := t
	off := c.rng.Float64() * 900
	out := make([]P, len(rs))
	for i, p := range rs {
		var n float64
		if closed {
			// sample noise on a circle so that the shape closes smoothly
			ang := 2 * math.Pi * ts[i] / total
			R := total / (2 * math.Pi * wl)
			R2 := total / (2 * math.Pi * wl * 0.23)
			n = c.nz.at(R*math.Cos(ang)+off, R*math.Sin(ang)-off) +
				0.3*c.nz.at(R2*math.Cos(ang)-off, R2*math.Sin(ang)+off*0.5)
		} else {
			n = c.nz.at(ts[i]/wl+off, off*0.37) + 0.3*c.nz.at(ts[i]/(wl*0.23)-off, off)
		}
		var prev, next P
		if closed {
			prev, next = rs[(i-1+len(rs))%len(rs)], rs[(i+1)%len(rs)]
		} else {
			prev, next = rs[max(0, i-1)], rs[min(len(rs)-1, i+1)]
		}
		d := next.sub(prev)
		l := d.len()
		if l == 0 {
			out[i] = p
			continue
		}
		nrm := P{-d.Y / l, d.X / l}
		out[i] = p.add(nrm.mul(amp * n * 1.6))
	}
	return out
}

// fill rasterises polygons (logical coordinates) into an anti-aliased mask.
func (c *canvas) fill(polys ...[]P) *mask {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, pts := range polys {
		for _, p := range pts {
			x0, y0 = math.Min(x0, p.X*c.s), math.Min(y0, p.Y*c.s)
			x1, y1 = math.Max(x1, p.X*c.s), math.Max(y1, p.Y*c.s)
		}
	}
	// clip to the canvas plus a margin
	m := float64(c.pxr(60))
	x0, y0 = math.Max(x0, -m), math.Max(y0, -m)
	x1, y1 = math.Min(x1, float64(c.w)+m), math.Min(y1, float64(c.h)+m)
	if x1 <= x0 || y1 <= y0 {
		return newMask(0, 0, 1, 1)
	}
	mk := newMask(int(math.Floor(x0))-1, int(math.Floor(y0))-1, int(math.Ceil(x1))+1, int(math.Ceil(y1))+1)
	z := vector.NewRasterizer(mk.w, mk.h)
	for _, pts := range polys {
		if len(pts) < 3 {
			continue
		}
		for i, p := range pts {
			x, y := float32(p.X*c.s-float64(mk.x0)), float32(p.Y*c.s-float64(mk.y0))
			if i == 0 {
				z.MoveTo(x, y)
			} else {
				z.LineTo(x, y)
			}
		}
		z.ClosePath()
	}
	dst := image.NewAlpha(image.Rect(0, 0, mk.w, mk.h))
	z.Draw(dst, dst.Bounds(), image.Opaque, image.Point{})
	for i, v := range dst.Pix {
		mk.a[i] = float32(v) / 255
	}
	return mk
}

// shape is fill of a wobbly (hand-drawn) closed outline.
func (c *canvas) shape(pts []P, amp float64) *mask {
	return c.fill(c.wob(pts, true, amp, 90))
}

// stroke rasterises a brush path with width tapering from w0 to w1
// (logical units) by stamping soft discs.
func (c *canvas) stroke(pts []P, w0, w1 float64) *mask {
	if len(pts) == 0 {
		return newMask(0, 0, 1, 1)
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pts {
		x0, y0 = math.Min(x0, p.X), math.Min(y0, p.Y)
		x1, y1 = math.Max(x1, p.X), math.Max(y1, p.Y)
	}
	wm := math.Max(w0, w1)
	pad := wm + 4
	mk := newMask(c.px(x0-pad), c.px(y0-pad), c.px(x1+pad)+1, c.px(y1+pad)+1)
	total := 0.0
	for i := 1; i < len(pts); i++ {
		total += pts[i].sub(pts[i-1]).len()
	}
	off := c.rng.Float64() * 500
	stamp := func(p P, w float64) {
		r := math.Max(0.55, w*c.s/2)
		cx, cy := p.X*c.s-float64(mk.x0), p.Y*c.s-float64(mk.y0)
		ix0, ix1 := max(0, int(cx-r-1)), min(mk.w-1, int(cx+r+1))
		iy0, iy1 := max(0, int(cy-r-1)), min(mk.h-1, int(cy+r+1))
		for y := iy0; y <= iy1; y++ {
			dy := float64(y) + 0.5 - cy
			row := mk.a[y*mk.w:]
			for x := ix0; x <= ix1; x++ {
				dx := float64(x) + 0.5 - cx
				v := float32(clamp01(r - math.Sqrt(dx*dx+dy*dy) + 0.5))
				if v > row[x] {
					row[x] = v
				}
			}
		}
	}
	t := 0.0
	width := func(t float64) float64 {
		f := 0.0
		if total > 0 {
			f = t / total
		}
		return lerp(w0, w1, f) * (1 + 0.18*c.nz.at(t/70+off, off))
	}
	stamp(pts[0], width(0))
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		l := b.sub(a).len()
		w := width(t)
		step := math.Max(0.35/c.s, w*0.2)
		n := max(1, int(math.Ceil(l/step)))
		for j := 1; j <= n; j++ {
			f := float64(j) / float64(n)
			stamp(lerpP(a, b, f), width(t+l*f))
		}
		t += l
	}
	return mk
}

// wo are the options of a paint layer.
type wo struct {
	op      float64 // pigment density (1 = full colour)
	vary    float64 // blotchiness 0..1
	wl      float64 // blotch size (logical units)
	soft    float64 // edge softness (logical units)
	rim     float64 // darker pigment collected at the edges
	gouache bool    // opaque paint instead of a transparent glaze
	col2    rgb     // second colour mixed in ...
	mix     float64 // ... by noise with this strength
	mixFn   func(x, y float64) float64
	brush   float64 // brush streak strength
	angle   float64 // brush streak direction (radians)
}

func (o wo) norm() wo {
	if o.op == 0 {
		o.op = 0.85
	}
	if o.wl == 0 {
		o.wl = 150
	}
	return o
}

// W is the default watercolour layer.
var W = wo{op: 0.9, vary: 0.35, soft: 1.5, rim: 0.5}

// G is the default gouache layer.
var G = wo{op: 0.93, vary: 0.12, soft: 1, rim: 0.12, gouache: true, brush: 0.12}

// paint lays colour through a mask.
func (c *canvas) paint(m *mask, col rgb, o wo) {
	o = o.norm()
	softPx := int(o.soft * c.s)
	rimPx := c.pxr(14)
	m = m.grow(softPx*2 + rimPx*2 + 2)
	a := m
	if softPx > 0 {
		a = m.blur(max(1, softPx/2), 2)
	}
	var b *mask
	if o.rim > 0 {
		b = a.blur(rimPx, 2)
	}
	off := c.rng.Float64()*800 + 50
	sn, cs := math.Sincos(o.angle)
	for y := 0; y < m.h; y++ {
		py := y + m.y0
		if py < 0 || py >= c.h {
			continue
		}
		for x := 0; x < m.w; x++ {
			px := x + m.x0
			if px < 0 || px >= c.w {
				continue
			}
			i := y*m.w + x
			av := float64(a.a[i])
			if av < 0.003 {
				continue
			}
			lx, ly := float64(px)/c.s, float64(py)/c.s
			d := o.op
			if o.vary > 0 {
				nv := 0.5 + 0.75*c.nz.fbm(lx/o.wl+off, ly/o.wl-off, 3)
				d *= 1 - o.vary + o.vary*2*clamp01(nv)
			}
			if o.brush > 0 {
				u, v := lx*cs+ly*sn, -lx*sn+ly*cs
				v += 40 * c.nz.at(lx/350-off, ly/350+off)
				d *= 1 - o.brush + o.brush*2*clamp01(0.5+0.8*c.nz.at(u/170+off, v/12))
			}
			d *= av
			if b != nil {
				if e := av - float64(b.a[i]); e > 0 {
					d += o.rim * e * 1.6
				}
			}
			pi := py*c.w + px
			d *= 0.9 + 0.2*float64(c.tooth[pi])
			col2 := col
			if o.mixFn != nil {
				col2 = mixc(col, o.col2, clamp01(o.mixFn(lx, ly)+0.15*c.nz.at(lx/90-off, ly/90)))
			} else if o.mix > 0 {
				t := clamp01(0.5 + 1.1*c.nz.fbm(lx/(o.wl*1.4)-off, ly/(o.wl*1.4)+off, 2))
				col2 = mixc(col, o.col2, t*o.mix)
			}
			if o.gouache {
				d = clamp01(d)
				c.r[pi] += float32((col2.r - float64(c.r[pi])) * d)
				c.g[pi] += float32((col2.g - float64(c.g[pi])) * d)
				c.b[pi] += float32((col2.b - float64(c.b[pi])) * d)
			} else {
				d = math.Min(d, 1.15)
				c.r[pi] *= float32(math.Max(0, 1-d*(1-col2.r)))
				c.g[pi] *= float32(math.Max(0, 1-d*(1-col2.g)))
				c.b[pi] *= float32(math.Max(0, 1-d*(1-col2.b)))
			}
		}
	}
}

// crayon applies wax crayon through a mask: the paper tooth shows through
// where the pressure is low.
func (c *canvas) crayon(m *mask, col rgb, pressure float64) {
	thr := 0.83 - 0.6*pressure
	for y := 0; y < m.h; y++ {
		py := y + m.y0
		if py < 0 || py >= c.h {
			continue
		}
		for x := 0; x < m.w; x++ {
			px := x + m.x0
			if px < 0 || px >= c.w {
				continue
			}
			av := float64(m.a[y*m.w+x])
			if av <= 0.01 {
				continue
			}
			pi := py*c.w + px
			g := 0.7*float64(c.tooth[pi]) + 0.3*(0.5+0.6*c.nz.at(float64(px)/5.3+7.7, float64(py)/5.3-3.3))
			cov := smooth(thr-0.13, thr+0.13, g-(1-av)*0.7) * math.Min(1, av*2.5) * 0.97
			c.r[pi] += float32((col.r - float64(c.r[pi])) * cov)
			c.g[pi] += float32((col.g - float64(c.g[pi])) * cov)
			c.b[pi] += float32((col.b - float64(c.b[pi])) * cov)
		}
	}
}

// line draws a wobbly crayon line through pts.
func (c *canvas) line(pts []P, closed bool, col rgb, w, pressure float64) {
	q := c.wob(pts, closed, 1.2+w*0.25, 70)
	if closed && len(q) > 0 {
		q = append(q, q[0], q[min(1, len(q)-1)])
	}
	c.crayon(c.stroke(q, w, w), col, pressure)
}

// clipLine draws a crayon line that only shows inside clip.
func (c *canvas) clipLine(pts []P, clip *mask, col rgb, w, pressure float64) {
	q := c.wob(pts, false, 1.2+w*0.25, 70)
	c.crayon(c.stroke(q, w, w).times(clip), col, pressure)
}

// brushLine draws a wobbly painted stroke tapering from w0 to w1.
func (c *canvas) brushLine(pts []P, col rgb, w0, w1 float64, o wo) {
	q := c.wob(pts, false, 1+w0*0.1, 80)
	c.paint(c.stroke(q, w0, w1), col, o)
}

// outline draws a crayon contour along the edge of a mask.
func (c *canvas) outline(m *mask, col rgb, w, pressure float64) {
	r := max(1, int(w*c.s/1.6+0.5))
	b := m.grow(r*3+2).blur(r, 2)
	for i, v := range b.a {
		d := float64(v) - 0.5
		if d < 0 {
			d = -d
		}
		b.a[i] = float32(clamp01(1.6 - d*5.2))
	}
	c.crayon(b, col, pressure)
}

// scribble fills a mask with a back-and-forth crayon zigzag.
func (c *canvas) scribble(clip *mask, col rgb, ang, gap, w, pressure float64) {
	x0, y0 := float64(clip.x0)/c.s, float64(clip.y0)/c.s
	x1, y1 := float64(clip.x0+clip.w)/c.s, float64(clip.y0+clip.h)/c.s
	ctr := P{(x0 + x1) / 2, (y0 + y1) / 2}
	r := math.Hypot(x1-x0, y1-y0)/2 + gap
	var path []P
	k := 0
	for v := -r; v <= r; v += gap * (0.8 + 0.4*c.rng.Float64()) {
		u := r * (0.9 + 0.1*c.rng.Float64())
		if k%2 == 1 {
			u = -u
		}
		path = append(path, P{u, v}.rot(ang).add(ctr))
		k++
	}
	path = c.wob(path, false, 1.5, 60)
	m := c.stroke(path, w, w)
	m.times(clip)
	c.crayon(m, col, pressure)
}

// dot paints a small round blob.
func (c *canvas) dot(x, y, r float64, col rgb, o wo) {
	c.paint(c.shape(ellipse(x, y, r, r*(0.85+0.3*c.rng.Float64()), c.rng.Float64()*3), r*0.12), col, o)
}

// frame returns a wobbly rectangle inset from the sheet edge.
func (c *canvas) frame(inset float64) []P {
	return rect(inset, inset, c.lw-inset, c.lh-inset)
}

func (c *canvas) rf(a, b float64) float64 { return a + (b-a)*c.rng.Float64() }

// ---------------------------------------------------------------------------
// The artworks.

const (
	exSteppe = "Ұлы дала"    // "The Great Steppe"
	exDreams = "Арман әлемі" // "World of Dreams"
)

func exhibitions() []string { return []string{exSteppe, exDreams} }

// tri holds the Kazakh, Russian and English versions of a text.
type tri [3]string

type label struct {
	title, author tri
	age           int
	technique     tri
	club          tri
}

type artwork struct {
	exhibition string
	file       string
	w, h       int
	seed       uint64
	draw       func(*canvas)
	label      *label // nil: no row in labels.csv
}

var (
	tWatercolour = tri{"Акварель", "Акварель", "Watercolour"}
	tGouache     = tri{"Гуашь", "Гуашь", "Gouache"}
	tCrayon      = tri{"Балауыз қарындаштар", "Восковые мелки", "Wax crayons"}
	tMixed       = tri{"Аралас техника", "Смешанная техника", "Mixed media"}
	tWaterCrayon = tri{"Акварель мен балауыз қарындаш", "Акварель и восковые мелки", "Watercolour and wax crayons"}

	cArt     = tri{"«Шабыт» бейнелеу студиясы", "Изостудия «Шабыт»", "Shabyt Art Studio"}
	cWater   = tri{"«Түрлі түс» акварель үйірмесі", "Кружок акварели «Радуга красок»", "Rainbow Colours Watercolour Club"}
	cAvia    = tri{"Авиамодельдеу үйірмесі", "Кружок авиамоделирования", "Aviation Modelling Club"}
	cDombyra = tri{"«Сазген» домбыра үйірмесі", "Кружок домбры «Сазген»", "Sazgen Dombyra Club"}
	cNature  = tri{"«Жас натуралист» үйірмесі", "Кружок «Юный натуралист»", "Young Naturalists Club"}
)

func artworks() []artwork {
	return []artwork{
		{exSteppe, "Киіз-үй.jpg", 1600, 1200, 101, drawYurt, &label{
			tri{"Даладағы киіз үй", "Юрта в степи", "A Yurt in the Steppe"},
			tri{"Айгерім Сейітқали", "Айгерим Сейиткали", "Aigerim Seitkali"}, 8,
			tWaterCrayon, cArt}},
		{exSteppe, "tulpar.jpg", 1600, 1200, 202, drawHorses, &label{
			tri{"Жүйрік тұлпарлар", "Быстрые скакуны", "Swift Horses"},
			tri{"Ерасыл Тоқтаров", "Ерасыл Токтаров", "Yerassyl Toktarov"}, 11,
			tGouache, cArt}},
		{exSteppe, "alatau.jpg", 1600, 1200, 303, drawAlatau, &label{
			tri{"Қарлы Алатау", "Снежный Алатау", "Snowy Alatau"},
			tri{"Томирис Бекболатқызы", "Томирис Бекболаткызы", "Tomiris Bekbolatkyzy"}, 14,
			tWatercolour, cWater}},
		{exSteppe, "Бүркіт.jpg", 1200, 1600, 404, drawEagle, &label{
			tri{"Көктегі бүркіт", "Беркут в небе", "Golden Eagle in the Sky"},
			tri{"Әлихан Мұратұлы", "Алихан Муратулы", "Alikhan Muratuly"}, 12,
			tGouache, cArt}},
		{exSteppe, "kunbagys.jpg", 1200, 1200, 505, drawSunflowers, &label{
			tri{"Күнбағыстар", "Подсолнухи", "Sunflowers"},
			tri{"Інжу Қасымова", "Инжу Касымова", "Inzhu Kassymova"}, 9,
			tGouache, cNature}},
		{exSteppe, "kol-qayiq.jpg", 1600, 1200, 606, drawLake, &label{
			tri{"Кеш, көл, қайық", "Вечер, озеро, лодка", "Evening, Lake and a Boat"},
			tri{"Санжар Оспанов", "Санжар Оспанов", "Sanzhar Ospanov"}, 16,
			tWatercolour, cWater}},
		{exDreams, "baiterek-tunde.jpg", 1200, 1600, 707, drawBaiterek, &label{
			tri{"Түнгі шаһар және Бәйтерек", "Ночной город и Байтерек", "Night City and Baiterek"},
			tri{"Дана Әбдірахманова", "Дана Абдрахманова", "Dana Abdrakhmanova"}, 13,
			tGouache, cArt}},
		{exDreams, "Байқоңыр.jpg", 1600, 1200, 808, drawRocket, &label{
			tri{"Ғарышқа сапар", "Полёт в космос", "Journey into Space"},
			tri{"Арсен Жұмабеков", "Арсен Жумабеков", "Arsen Zhumabekov"}, 10,
			tMixed, cAvia}},
		{exDreams, "dombyra.jpg", 1600, 1200, 909, drawDombyra, &label{
			tri{"Домбыра әуені", "Мелодия домбры", "Song of the Dombyra"},
			tri{"Аружан Нұрланқызы", "Аружан Нурланкызы", "Aruzhan Nurlankyzy"}, 15,
			tMixed, cDombyra}},
		{exDreams, "mysyq.jpg", 1600, 1200, 1010, drawCat, &label{
			tri{"Менің мысығым Барсик", "Мой кот Барсик", "My Cat Barsik"},
			tri{"Анастасия Петренко", "Анастасия Петренко", "Anastasia Petrenko"}, 7,
			tWaterCrayon, cArt}},
		{exDreams, "Кемпірқосақ.jpg", 1600, 1200, 1111, drawRainbow, nil},
	}
}

var ink = hx("#2A2238")

// ---------------------------------------------------------------------------
// Shared motifs.

func sun(c *canvas, x, y, r float64, face bool) {
	for i := 0; i < 14; i++ {
		a := 2*math.Pi*float64(i)/14 + c.rf(-0.08, 0.08)
		r1 := r * 1.22
		r2 := r * (1.55 + 0.25*float64(i%2))
		col := hx("#FFB020")
		if i%2 == 1 {
			col = hx("#FF7A1A")
		}
		c.line([]P{{x + r1*math.Cos(a), y + r1*math.Sin(a)}, {x + r2*math.Cos(a), y + r2*math.Sin(a)}}, false, col, r*0.09, 0.8)
	}
	disc := c.shape(ellipse(x, y, r, r*0.97, 0), r*0.04)
	c.paint(disc, hx("#FFD21F"), wo{op: 0.97, vary: 0.15, soft: 2, rim: 0.3, col2: hx("#FFA41B"), mix: 0.7, wl: r, gouache: true, brush: 0.1})
	c.outline(disc, hx("#FF8A00"), r*0.06, 0.75)
	if face {
		c.dot(x-r*0.35, y-r*0.18, r*0.09, ink, G)
		c.dot(x+r*0.35, y-r*0.18, r*0.09, ink, G)
		c.dot(x-r*0.55, y+r*0.2, r*0.16, hx("#FF6F7F"), wo{op: 0.5, soft: r * 0.15})
		c.dot(x+r*0.55, y+r*0.2, r*0.16, hx("#FF6F7F"), wo{op: 0.5, soft: r * 0.15})
		c.line(arc(x, y+r*0.05, r*0.45, deg(25), deg(155), 12), false, hx("#C2410C"), r*0.07, 0.85)
	}
}

func cloud(c *canvas, x, y, k float64, edge rgb) {
	var ms []*mask
	for _, b := range [][3]float64{{-110, 10, 60}, {-50, -25, 75}, {30, -35, 85}, {105, 0, 62}, {0, 20, 70}} {
		ms = append(ms, c.shape(ellipse(x+b[0]*k, y+b[1]*k, b[2]*k, b[2]*k*0.85, 0), 3))
	}
	m := union(ms...)
	c.paint(m, hx("#FFFFFF"), wo{op: 0.92, vary: 0.1, soft: 2, gouache: true})
	c.outline(m, edge, 5, 0.55)
}

func grassTufts(c *canvas, n int, y0, y1 float64, cols []rgb, avoid ...*mask) {
	for i := 0; i < n; i++ {
		x, y := c.rf(20, c.lw-20), c.rf(y0, y1)
		skip := false
		for _, m := range avoid {
			if m.get(c.px(x), c.px(y)) > 0.05 || m.get(c.px(x), c.px(y-40)) > 0.05 {
				skip = true
			}
		}
		if skip {
			continue
		}
		h := lerp(18, 46, (y-y0)/(y1-y0+1))
		col := cols[c.rng.IntN(len(cols))]
		for j := -1; j <= 1; j++ {
			c.line([]P{{x + float64(j)*4, y}, {x + float64(j)*h*0.45, y - h*(1-0.2*math.Abs(float64(j)))}}, false, col, 3.2, 0.7)
		}
	}
}

// ---------------------------------------------------------------------------
// 1. A yurt in the steppe.

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

// ---------------------------------------------------------------------------
// 2. Galloping horses in a poppy field.

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

// ---------------------------------------------------------------------------
// 3. The snowy Alatau mountains.

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

// ---------------------------------------------------------------------------
// 4. A golden eagle (berkut) above the mountains.

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

// ---------------------------------------------------------------------------
// 5. Sunflowers in a jug (square).

func drawSunflowers(c *canvas) {
	table := c.shape(append(spline([]P{{-20, 900}, {600, 880}, {1220, 905}}, 8, false), P{1220, 1220}, P{-20, 1220}), 3).times(c.shape(rect(22, 22, 1178, 1178), 5))
	wall := c.shape(rect(22, 22, 1178, 940), 5).minus(table)
	c.paint(wall, hx("#BDE8F0"), wo{op: 0.9, vary: 0.55, soft: 3, rim: 0.6, wl: 200, col2: hx("#8FC9F2"), mix: 0.8})
	// polka-dot wallpaper
	for y := 90.0; y < 860; y += 110 {
		for x := 80.0 + math.Mod(y, 220)/2; x < 1150; x += 130 {
			c.dot(x+c.rf(-8, 8), y+c.rf(-8, 8), 13, hx("#FFFFFF"), wo{op: 0.75, gouache: true, vary: 0.2})
		}
	}
	c.paint(table, hx("#F2A65A"), wo{op: 0.95, vary: 0.45, soft: 2, rim: 0.6, col2: hx("#D9793A"), mix: 0.6, brush: 0.25})
	for y := 960.0; y < 1180; y += 60 {
		c.line([]P{{30, y + c.rf(-5, 5)}, {600, y + c.rf(-10, 10)}, {1170, y + c.rf(-5, 5)}}, false, hx("#B8632A"), 3.5, 0.45)
	}
	// stems and leaves behind the jug
	heads := []struct{ x, y, r float64 }{{380, 330, 150}, {770, 250, 165}, {900, 560, 120}, {560, 560, 110}}
	for _, h := range heads {
		c.brushLine(spline([]P{{600 + (h.x-600)*0.15, 780}, {(h.x*2 + 600) / 3, (h.y + 780) / 2}, {h.x, h.y}}, 8, false), hx("#3E9B3A"), 20, 14, wo{op: 0.97, gouache: true, vary: 0.3, col2: hx("#2A6E2A"), mix: 0.5})
	}
	for _, l := range [][4]float64{{470, 620, -1, 0.4}, {700, 480, 1, -0.3}, {560, 720, -1, -0.2}, {720, 690, 1, 0.3}} {
		leaf(c, P{l[0], l[1]}, l[2], l[3])
	}
	for _, h := range heads {
		sunflower(c, h.x, h.y, h.r)
	}
	// jug with ornament
	jugPts := spline([]P{{480, 740}, {440, 820}, {420, 920}, {450, 1040}, {520, 1090}, {680, 1090}, {750, 1040}, {780, 920}, {760, 820}, {720, 740}}, 8, false)
	jug := c.shape(append(jugPts, P{700, 720}, P{500, 720}), 3)
	c.paint(jug, hx("#2F6FD6"), wo{op: 0.97, gouache: true, vary: 0.3, col2: hx("#1E4FA8"), mix: 0.7, wl: 80})
	c.paint(c.shape(ellipse(520, 900, 30, 120, 0.15), 6), hx("#8FB8F5"), wo{op: 0.6, gouache: true, soft: 10})
	neck := c.shape(ellipse(600, 728, 112, 26, 0), 2)
	c.paint(neck, hx("#1E4FA8"), G)
	c.outline(neck, ink, 4, 0.8)
	for x := 470.0; x < 740; x += 50 {
		c.line([]P{{x, 960}, {x + 12, 935}, {x + 25, 960}, {x + 38, 935}, {x + 50, 960}}, false, hx("#FFFFFF"), 5, 0.9)
	}
	for _, x := range []float64{510, 560, 610, 660, 710} {
		c.dot(x, 1010, 9, hx("#FFD21F"), G)
		c.dot(x+25, 870, 8, hx("#FFFFFF"), G)
	}
	c.outline(jug, ink, 5, 0.85)
	// a ladybird on the table
	lb := c.shape(ellipse(930, 1010, 38, 30, 0.1), 1.5)
	c.paint(lb, hx("#E8322B"), G)
	c.dot(962, 1005, 16, ink, G)
	c.line([]P{{930, 982}, {928, 1040}}, false, ink, 3, 0.9)
	for _, d := range [][2]float64{{912, 998}, {908, 1024}, {945, 995}, {948, 1024}} {
		c.dot(d[0], d[1], 5, ink, G)
	}
	c.outline(lb, ink, 3, 0.8)
}

func leaf(c *canvas, base P, dir, tilt float64) {
	tipv := P{dir * 170, -40}.rot(tilt)
	tip := base.add(tipv)
	nrm := P{-tipv.Y, tipv.X}.mul(0.3)
	pts := spline([]P{base, lerpP(base, tip, 0.45).add(nrm), tip, lerpP(base, tip, 0.45).sub(nrm)}, 8, true)
	m := c.shape(pts, 2)
	c.paint(m, hx("#4CB648"), wo{op: 0.97, gouache: true, vary: 0.3, col2: hx("#2E8B3A"), mix: 0.7, wl: 60})
	c.line([]P{base, lerpP(base, tip, 0.5).add(nrm.mul(0.15)), tip}, false, hx("#1F6E35"), 3.5, 0.8)
	c.outline(m, hx("#1F5E2E"), 3.5, 0.75)
}

func sunflower(c *canvas, x, y, r float64) {
	n := 17
	for layer := 0; layer < 2; layer++ {
		for i := 0; i < n; i++ {
			a := 2*math.Pi*(float64(i)+0.5*float64(layer))/float64(n) + c.rf(-0.06, 0.06)
			d := P{math.Cos(a), math.Sin(a)}
			p := P{-d.Y, d.X}
			base := P{x, y}.add(d.mul(r * 0.42))
			tip := P{x, y}.add(d.mul(r * (0.98 + c.rf(-0.06, 0.08) - 0.1*float64(layer))))
			mid := lerpP(base, tip, 0.45)
			pet := []P{base.add(p.mul(r * 0.13)), mid.add(p.mul(r * 0.12)), tip, mid.sub(p.mul(r * 0.12)), base.sub(p.mul(r * 0.13))}
			m := c.fill(c.wob(spline(pet, 5, true), true, 1.5, 40))
			col := hx("#FFC400")
			if layer == 1 {
				col = hx("#FFDD33")
			}
			c.paint(m, col, wo{op: 0.98, gouache: true, vary: 0.25, col2: hx("#FF9A1A"), mix: 0.6, wl: r / 3, rim: 0.4})
			c.outline(m, hx("#D9740F"), 3, 0.6)
		}
	}
	disc := c.shape(ellipse(x, y, r*0.45, r*0.44, 0), 2)
	c.paint(disc, hx("#7A4416"), wo{op: 0.98, gouache: true, vary: 0.3, col2: hx("#4A2A10"), mix: 0.7, wl: r / 3})
	for i := 0; i < 60; i++ { // seeds in a sunflower spiral
		a := float64(i) * 2.39996
		rr := r * 0.4 * math.Sqrt(float64(i)/60)
		c.dot(x+rr*math.Cos(a), y+rr*math.Sin(a), r*0.03, hx("#2A170A"), G)
	}
	c.outline(disc, hx("#2A170A"), 4, 0.8)
}

// ---------------------------------------------------------------------------
// 6. A sailing boat on a lake at sunset.

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

// ---------------------------------------------------------------------------
// 7. Baiterek tower at night (portrait).

func drawBaiterek(c *canvas) {
	sky := c.shape(rect(22, 22, 1178, 1578), 5)
	c.paint(sky, hx("#2A3A9A"), wo{op: 0.98, vary: 0.35, soft: 2, rim: 0.4, wl: 220, gouache: true, brush: 0.12, angle: -0.2,
		col2: hx("#5A2A8A"), mixFn: func(x, y float64) float64 { return (y - 300) / 1100 }})
	c.paint(c.shape(rect(22, 22, 1178, 500), 5), hx("#101A4A"), wo{op: 0.6, soft: 120, vary: 0.4})
	// moon
	moon := c.fill(c.wob(ellipse(230, 230, 95, 95, 0), true, 2, 60))
	moon.minus(c.fill(ellipse(275, 200, 88, 88, 0)))
	c.paint(moon, hx("#FFF2A6"), wo{op: 0.98, gouache: true, vary: 0.2, col2: hx("#FFD54A"), mix: 0.5})
	c.outline(moon, hx("#FFC21A"), 3, 0.6)
	for i := 0; i < 40; i++ {
		x, y := c.rf(50, 1150), c.rf(50, 1000)
		if math.Hypot(x-600, y-520) < 230 {
			continue
		}
		if i%3 == 0 {
			m := c.shape(star(x, y, c.rf(16, 30), c.rf(-0.3, 0.3)), 1.5)
			c.paint(m, hx("#FFE14D"), G)
		} else {
			c.dot(x, y, c.rf(3, 6), hx("#FFFFFF"), G)
		}
	}
	firework(c, 960, 330, 130, []rgb{hx("#FF5FA2"), hx("#FFE14D"), hx("#7CFF6B")})
	firework(c, 230, 640, 100, []rgb{hx("#6BE3FF"), hx("#FF9A3D"), hx("#FFFFFF")})
	// glow around the golden sphere
	c.paint(c.fill(ellipse(600, 520, 230, 230, 0)), hx("#FFD76A"), wo{op: 0.55, soft: 120, gouache: true, vary: 0.3})
	// Khan Shatyr tent far away
	tent := c.shape([]P{{820, 1060}, {1010, 1340}, {700, 1340}}, 3)
	c.paint(tent, hx("#9FD8F0"), wo{op: 0.7, gouache: true, vary: 0.3})
	for _, f := range []float64{0.25, 0.5, 0.75} {
		c.line([]P{{820, 1060}, {lerp(700, 1010, f), 1340}}, false, hx("#4A7FC0"), 3, 0.6)
	}
	c.line([]P{{820, 1060}, {835, 1010}}, false, hx("#DDDDDD"), 4, 0.9)
	// the tower
	trunk := c.shape([]P{{555, 1420}, {645, 1420}, {630, 1100}, {625, 820}, {645, 740}, {555, 740}, {575, 820}, {570, 1100}}, 2)
	c.paint(trunk, hx("#FFFFFF"), wo{op: 0.97, gouache: true, vary: 0.1})
	c.paint(c.fill(rect(600, 700, 660, 1430)).times(trunk), hx("#B9C6F0"), wo{op: 0.5, soft: 10, gouache: true})
	for _, x := range []float64{580, 600, 620} {
		c.line([]P{{x, 1410}, {x + (x-600)*0.1, 760}}, false, hx("#8E9FD8"), 3, 0.6)
	}
	c.outline(trunk, hx("#1A1A4A"), 4, 0.8)
	for i := 0; i < 11; i++ { // crown branches cradling the sphere
		f := float64(i) / 10
		a := deg(lerp(160, 20, f))
		end := P{600 + 142*math.Cos(a), 520 + 142*math.Sin(a)*0.6 + 40}
		up := P{600 + 150*math.Cos(a)*1.08, 520 - 30 + 60*math.Abs(f-0.5)}
		if i == 0 || i == 10 {
			end = up
		}
		c.brushLine(spline([]P{{600 + (f-0.5)*40, 790}, {600 + (f-0.5)*120, 700}, end}, 8, false), hx("#FFFFFF"), 18, 10, wo{op: 0.97, gouache: true, vary: 0.1})
		c.line(spline([]P{{600 + (f-0.5)*40, 790}, {600 + (f-0.5)*120, 700}, end}, 8, false), false, hx("#8E9FD8"), 3, 0.6)
	}
	ball := c.shape(ellipse(600, 520, 125, 125, 0), 2)
	c.paint(ball, hx("#FFB300"), wo{op: 0.98, gouache: true, vary: 0.3, col2: hx("#FFE066"), mix: 0.9, wl: 70})
	c.paint(c.fill(ellipse(560, 470, 45, 30, -0.6)), hx("#FFFBE0"), wo{op: 0.9, soft: 12, gouache: true})
	c.outline(ball, hx("#C26A00"), 5, 0.8)
	for i := 0; i < 5; i++ { // the branches in front of the sphere
		f := float64(i) / 4
		a := deg(lerp(150, 30, f))
		end := P{600 + 125*math.Cos(a), 520 + 125*math.Sin(a)}
		c.brushLine(spline([]P{{600 + (f-0.5)*60, 700}, {600 + (f-0.5)*160, 660}, end}, 8, false), hx("#FFFFFF"), 14, 8, wo{op: 0.97, gouache: true, vary: 0.1})
	}
	// city blocks with lit windows
	type bld struct {
		x0, x1, top float64
		col         rgb
		roof        int
	}
	blds := []bld{
		{40, 190, 1120, hx("#2B7A8C"), 1}, {170, 330, 1230, hx("#6A3FA0"), 0}, {310, 470, 1050, hx("#1E4F9C"), 2},
		{440, 545, 1260, hx("#C2477A"), 0}, {660, 780, 1200, hx("#2E8C5A"), 2}, {760, 900, 1280, hx("#D9822B"), 0},
		{880, 1020, 1110, hx("#3A5FC8"), 1}, {1000, 1160, 1190, hx("#8A3FA0"), 0},
	}
	for _, b := range blds {
		pts := []P{{b.x0, 1480}, {b.x0, b.top}, {b.x1, b.top}, {b.x1, 1480}}
		switch b.roof {
		case 1:
			pts = []P{{b.x0, 1480}, {b.x0, b.top}, {(b.x0 + b.x1) / 2, b.top - 90}, {b.x1, b.top}, {b.x1, 1480}}
		case 2:
			pts = append([]P{{b.x0, 1480}}, append(arc((b.x0+b.x1)/2, b.top, (b.x1-b.x0)/2, math.Pi, 2*math.Pi, 12), P{b.x1, 1480})...)
		}
		m := c.shape(pts, 2.5)
		c.paint(m, b.col, wo{op: 0.97, gouache: true, vary: 0.3, col2: mixc(b.col, hx("#000000"), 0.35), mix: 0.7, wl: 80})
		for y := b.top + 35; y < 1440; y += 58 {
			for x := b.x0 + 22; x < b.x1-30; x += 42 {
				if c.rng.Float64() < 0.25 {
					continue
				}
				w := c.shape(rect(x, y, x+22, y+28), 1.5)
				c.paint(w, hx("#FFE066"), wo{op: 0.97, gouache: true, vary: 0.2, col2: hx("#FFB84D"), mix: 0.6, wl: 30})
			}
		}
		c.outline(m, hx("#101030"), 4, 0.75)
	}
	ground := c.shape(rect(22, 1470, 1178, 1578), 3)
	c.paint(ground, hx("#24305E"), wo{op: 0.97, gouache: true, vary: 0.3})
	for x := 80.0; x < 1150; x += 130 { // street lamps
		c.line([]P{{x, 1530}, {x, 1440}}, false, hx("#C8C8D8"), 5, 0.9)
		c.paint(c.fill(ellipse(x, 1432, 30, 30, 0)), hx("#FFE066"), wo{op: 0.5, soft: 20, gouache: true})
		c.dot(x, 1432, 10, hx("#FFF6B0"), G)
	}
	c.paint(c.shape(rect(450, 1420, 750, 1480), 2), hx("#E8E8F4"), G)
	c.outline(c.shape(rect(450, 1420, 750, 1480), 0), hx("#101030"), 3, 0.7)
}

// ---------------------------------------------------------------------------
// 8. A rocket launch at Baikonur.

func drawRocket(c *canvas) {
	groundPts := append(spline([]P{{-20, 900}, {400, 880}, {900, 905}, {1300, 875}, {1620, 895}}, 10, false), P{1620, 1220}, P{-20, 1220})
	ground := c.shape(groundPts, 4).times(c.shape(rect(24, 24, 1576, 1176), 5))
	sky := c.shape(rect(24, 24, 1576, 920), 5).minus(ground)
	c.paint(sky, hx("#7FD3F7"), wo{op: 0.98, vary: 0.45, soft: 2, rim: 0.5, wl: 240, gouache: true, brush: 0.07, angle: 0.4,
		col2: hx("#1C2370"), mixFn: func(x, y float64) float64 { return 1.15 - y/700 }})
	for i := 0; i < 30; i++ {
		x, y := c.rf(50, 1550), c.rf(40, 330)
		if i%4 == 0 {
			c.paint(c.shape(star(x, y, c.rf(12, 22), 0.2), 1.2), hx("#FFF3A0"), G)
		} else {
			c.dot(x, y, c.rf(3, 5), hx("#FFFFFF"), G)
		}
	}
	// a ringed planet and the moon
	planet := c.shape(ellipse(1330, 200, 80, 80, 0), 2)
	c.paint(planet, hx("#FF9A5A"), wo{op: 0.97, gouache: true, vary: 0.3, col2: hx("#FF5F7A"), mix: 0.7, wl: 40})
	c.line(ellipse(1330, 200, 150, 32, -0.3), true, hx("#FFE14D"), 9, 0.85)
	c.outline(planet, ink, 4, 0.7)
	moon := c.shape(ellipse(230, 180, 60, 60, 0), 2)
	c.paint(moon, hx("#E6E6F0"), wo{op: 0.97, gouache: true, vary: 0.2})
	for _, cr := range [][3]float64{{210, 165, 14}, {250, 200, 10}, {240, 150, 7}} {
		c.line(ellipse(cr[0], cr[1], cr[2], cr[2], 0), true, hx("#9A9AB0"), 3, 0.7)
	}
	// steppe ground
	c.paint(ground, hx("#E9C46A"), wo{op: 0.97, vary: 0.45, soft: 2, rim: 0.5, col2: hx("#C98A3A"), mix: 0.7, wl: 160, brush: 0.2})
	for i := 0; i < 70; i++ {
		x, y := c.rf(40, 1560), c.rf(930, 1170)
		c.line([]P{{x - 12, y}, {x + 12, y - 2}}, false, hx("#A86A2A"), 3, 0.5)
	}
	// launch tower
	tx := 420.0
	for _, x := range []float64{tx, tx + 90} {
		c.line([]P{{x, 910}, {x, 330}}, false, hx("#D8322B"), 9, 0.95)
	}
	for y := 900.0; y > 350; y -= 60 {
		c.line([]P{{tx, y}, {tx + 90, y - 60}}, false, hx("#D8322B"), 5, 0.8)
		c.line([]P{{tx, y - 60}, {tx + 90, y}}, false, hx("#D8322B"), 5, 0.8)
		c.line([]P{{tx, y}, {tx + 90, y}}, false, hx("#8A1E1E"), 4, 0.8)
	}
	c.line([]P{{tx + 90, 420}, {660, 420}}, false, hx("#D8322B"), 8, 0.9)
	c.line([]P{{tx + 90, 600}, {660, 600}}, false, hx("#D8322B"), 8, 0.9)
	// smoke clouds
	var puffs []*mask
	for i := 0; i < 24; i++ {
		x := 800 + c.rf(-400, 400)
		y := 910 + c.rf(-30, 50) - 90*math.Max(0, 1-math.Abs(x-800)/320)
		r := c.rf(60, 100) * (1.2 - 0.4*math.Abs(x-800)/400)
		puffs = append(puffs, c.shape(ellipse(x, y, r, r*0.82, 0), 4))
	}
	smoke := union(puffs...)
	c.paint(smoke, hx("#FFFFFF"), wo{op: 0.97, gouache: true, vary: 0.15})
	c.paint(c.fill(rect(300, 930, 1300, 1100)).times(smoke), hx("#C9C2E0"), wo{op: 0.6, soft: 30, gouache: true, vary: 0.4})
	c.outline(smoke, hx("#8E88B8"), 4, 0.6)
	// the rocket, slightly tilted
	ang := deg(6)
	o := P{800, 540}
	R := func(pts ...P) []P {
		out := make([]P, len(pts))
		for i, p := range pts {
			out[i] = p.rot(ang).add(o)
		}
		return out
	}
	flame := c.shape(R(spline([]P{{-70, 250}, {-95, 340}, {-40, 430}, {0, 520}, {40, 430}, {95, 340}, {70, 250}}, 6, false)...), 4)
	c.paint(flame, hx("#FF6A1A"), wo{op: 0.98, gouache: true, vary: 0.3, col2: hx("#FFD21F"), mix: 0.5})
	inner := c.shape(R(spline([]P{{-40, 250}, {-50, 320}, {0, 420}, {50, 320}, {40, 250}}, 6, false)...), 3)
	c.paint(inner, hx("#FFE14D"), wo{op: 0.98, gouache: true, vary: 0.2, col2: hx("#FFFFFF"), mix: 0.5})
	for _, side := range []float64{-1, 1} {
		fin := c.shape(R(P{side * 70, 120}, P{side * 150, 230}, P{side * 150, 280}, P{side * 70, 235}), 2)
		c.paint(fin, hx("#E8322B"), G)
		c.outline(fin, ink, 5, 0.85)
	}
	body := c.shape(R(spline([]P{{-75, 250}, {-80, 50}, {-72, -150}, {-40, -280}, {0, -340}, {40, -280}, {72, -150}, {80, 50}, {75, 250}}, 6, false)...), 2)
	c.paint(body, hx("#FFFFFF"), wo{op: 0.98, gouache: true, vary: 0.1})
	c.paint(c.fill(R(rect(20, -330, 90, 260)...)).times(body), hx("#B8C4E8"), wo{op: 0.5, soft: 14, gouache: true})
	nose := c.shape(R(spline([]P{{-66, -185}, {-40, -280}, {0, -340}, {40, -280}, {66, -185}}, 6, false)...), 1.5)
	c.paint(nose, hx("#E8322B"), wo{op: 0.98, gouache: true, vary: 0.2})
	band := c.shape(R(rect(-82, 120, 82, 160)...), 1.5)
	c.paint(band, hx("#E8322B"), G)
	// porthole with a happy cosmonaut
	win := R(P{0, -80})[0]
	c.paint(c.shape(ellipse(win.X, win.Y, 50, 50, 0), 1.5), hx("#FFC21A"), G)
	c.paint(c.shape(ellipse(win.X, win.Y, 36, 36, 0), 1.5), hx("#5EC8F5"), G)
	c.dot(win.X, win.Y+4, 18, hx("#FFD9B0"), G)
	c.dot(win.X-6, win.Y, 2.5, ink, G)
	c.dot(win.X+6, win.Y, 2.5, ink, G)
	c.line(arc(win.X, win.Y+6, 8, deg(20), deg(160), 6), false, hx("#C2410C"), 2.5, 0.9)
	c.line(ellipse(win.X, win.Y, 50, 50, 0), true, ink, 4, 0.85)
	// a little flag on the side
	fl := R(P{-8, 30})[0]
	flag := c.shape(R(rect(-45, 10, 45, 70)...), 1.5)
	c.paint(flag, hx("#2EC4D6"), G)
	c.dot(fl.X, fl.Y+10, 14, hx("#FFD21F"), G)
	c.outline(body, ink, 5.5, 0.85)
	c.outline(nose, ink, 4, 0.8)
	// speed lines
	for _, x := range []float64{-130, 130, -170, 170} {
		c.line(R(P{x, -150 + math.Abs(x)*0.3}, P{x * 1.05, 20 + math.Abs(x)*0.3}), false, hx("#FFFFFF"), 5, 0.7)
	}
	// a camel watching the launch
	camel(c, 1390, 960, 0.85)
}

func camel(c *canvas, x, y, k float64) {
	T := func(pts ...P) []P { return tf(pts, P{x, y}, k, true) }
	col := hx("#B8793A")
	var parts []*mask
	parts = append(parts, c.fill(spline(T(P{-110, -60}, P{-80, -150}, P{-40, -100}, P{0, -160}, P{40, -100}, P{90, -70}, P{100, -20}, P{-100, -10}), 6, true)))
	parts = append(parts, c.fill(spline(T(P{80, -60}, P{130, -110}, P{150, -170}, P{195, -175}, P{200, -150}, P{170, -145}, P{150, -90}, P{100, -30}), 6, true)))
	for _, lx := range []float64{-85, -55, 50, 80} {
		parts = append(parts, c.stroke(T(P{lx, -30}, P{lx + 4, 40}), 16*k, 12*k))
	}
	m := union(parts...)
	c.paint(m, col, wo{op: 0.97, gouache: true, vary: 0.3, col2: hx("#8A5226"), mix: 0.5})
	c.outline(m, ink, 4, 0.8)
	e := T(P{180, -160})[0]
	c.dot(e.X, e.Y, 4, ink, G)
	c.line(T(P{-105, -40}, P{-130, 10}), false, ink, 4, 0.8)
}

// ramHorn draws a "qoshqar muiz" curl pair (a ram-horn ornament).
func ramHorn(c *canvas, x, y, k, rot float64, col rgb, w float64) {
	for _, side := range []float64{-1, 1} {
		var pts []P
		for i := 0; i <= 24; i++ {
			t := float64(i) / 24
			a := math.Pi*0.5 + t*math.Pi*1.6
			r := 26 * (1 - 0.65*t)
			cx := 26.0
			pts = append(pts, P{side * (cx - r*math.Cos(a)), -20 - r*math.Sin(a) + 20})
		}
		pts = append([]P{{0, 30}, {0, 6}}, pts...)
		for i := range pts {
			pts[i] = pts[i].mul(k).rot(rot).add(P{x, y})
		}
		c.line(pts, false, col, w, 0.85)
	}
}

func note(c *canvas, x, y, k float64, col rgb, double bool) {
	heads := []P{{x, y}}
	if double {
		heads = append(heads, P{x + 60*k, y - 14*k})
	}
	for _, h := range heads {
		m := c.shape(ellipse(h.X, h.Y, 20*k, 14*k, -0.4), 1.5)
		c.paint(m, col, wo{op: 0.98, gouache: true, vary: 0.2})
		c.line([]P{{h.X + 17*k, h.Y - 4*k}, {h.X + 18*k, h.Y - 90*k}}, false, col, 6*k, 0.9)
	}
	if double {
		c.brushLine([]P{{x + 18*k, y - 90*k}, {x + 78*k, y - 104*k}}, col, 14*k, 14*k, wo{op: 0.98, gouache: true})
		return
	}
	c.line(spline([]P{{x + 18*k, y - 90*k}, {x + 40*k, y - 70*k}, {x + 46*k, y - 45*k}}, 5, false), false, col, 6*k, 0.9)
}

// ---------------------------------------------------------------------------
// 9. A dombyra with flying notes, in an ornamental frame.

func drawDombyra(c *canvas) {
	frameOuter := c.shape(rect(30, 30, 1570, 1170), 3)
	inner := c.shape(rect(110, 110, 1490, 1090), 3)
	c.paint(inner, hx("#FFF4C2"), wo{op: 0.9, vary: 0.55, soft: 3, rim: 0.6, wl: 220, col2: hx("#FFD98A"), mix: 0.8})
	border := frameOuter.minus(inner)
	c.paint(border, hx("#D7322B"), wo{op: 0.98, gouache: true, vary: 0.3, col2: hx("#A81E2A"), mix: 0.6})
	for x := 150.0; x < 1500; x += 110 {
		ramHorn(c, x, 70, 0.9, 0, hx("#FFD21F"), 5)
		ramHorn(c, x, 1130, 0.9, math.Pi, hx("#FFD21F"), 5)
	}
	for y := 200.0; y < 1050; y += 110 {
		ramHorn(c, 70, y, 0.9, -math.Pi/2, hx("#FFD21F"), 5)
		ramHorn(c, 1530, y, 0.9, math.Pi/2, hx("#FFD21F"), 5)
	}
	c.outline(inner, hx("#7A1620"), 5, 0.8)
	// staff with notes
	staffY := func(x float64) float64 { return 330 + 70*math.Sin(x/210) - (x-150)*0.08 }
	for l := 0; l < 5; l++ {
		var pts []P
		for x := 160.0; x <= 1080; x += 20 {
			pts = append(pts, P{x, staffY(x) + float64(l)*20})
		}
		c.line(pts, false, hx("#6B4AA8"), 3.5, 0.7)
	}
	c.line(spline([]P{{200, 410}, {190, 300}, {230, 260}, {215, 330}, {180, 380}, {215, 420}, {245, 380}, {200, 360}}, 6, false), false, hx("#6B4AA8"), 6, 0.9)
	cols := []rgb{hx("#E8322B"), hx("#2F7DE1"), hx("#1FA34A"), hx("#8A3FD0"), hx("#FF7A1A"), hx("#E0368C")}
	for i, x := range []float64{330, 440, 560, 700, 820, 960} {
		note(c, x, staffY(x)+float64((i*37)%5)*20, 0.9, cols[i%len(cols)], i%3 == 1)
	}
	for i, p := range [][2]float64{{1180, 520}, {1300, 700}, {1120, 880}, {260, 620}, {980, 620}, {1380, 460}} {
		note(c, p[0], p[1], 1.1, cols[(i+2)%len(cols)], i%2 == 0)
	}
	// the dombyra
	o := P{520, 780}
	dir := P{math.Cos(deg(-32)), math.Sin(deg(-32))}
	nrm := P{-dir.Y, dir.X}
	D := func(pts ...P) []P {
		out := make([]P, len(pts))
		for i, p := range pts {
			out[i] = o.add(dir.mul(p.X)).add(nrm.mul(p.Y))
		}
		return out
	}
	neck := c.shape(D(P{180, -30}, P{900, -24}, P{900, 24}, P{180, 30}), 2)
	c.paint(neck, hx("#8A4A1E"), wo{op: 0.98, gouache: true, vary: 0.3, col2: hx("#5A2E12"), mix: 0.5})
	head := c.shape(D(P{895, -32}, P{1010, -40}, P{1020, 0}, P{1010, 40}, P{895, 32}), 2)
	c.paint(head, hx("#6B3410"), G)
	for _, u := range []float64{935, 980} {
		for _, v := range []float64{-1, 1} {
			pp := D(P{u, v * 58})[0]
			c.line(D(P{u, v * 30}, P{u, v * 55}), false, hx("#3A1E0A"), 8, 0.95)
			pm := c.shape(ellipse(pp.X, pp.Y, 14, 10, deg(58)), 1)
			c.paint(pm, hx("#F2C14E"), G)
			c.outline(pm, ink, 3, 0.8)
		}
	}
	bodyPts := spline(D(P{-265, 0}, P{-235, 125}, P{-120, 175}, P{20, 155}, P{140, 85}, P{215, 36}, P{215, -36}, P{140, -85}, P{20, -155}, P{-120, -175}, P{-235, -125}), 8, true)
	body := c.shape(bodyPts, 2)
	c.paint(body, hx("#C8622A"), wo{op: 0.98, gouache: true, vary: 0.3, col2: hx("#8E3A16"), mix: 0.8, wl: 90})
	for _, r := range []float64{0.82, 0.62, 0.42} { // wood grain
		var g []P
		for _, p := range []P{{-265, 0}, {-235, 125}, {-120, 175}, {20, 155}, {140, 85}, {215, 36}} {
			g = append(g, P{p.X * r, p.Y * r})
		}
		c.line(spline(D(g...), 6, false), false, hx("#A0521D"), 3, 0.45)
	}
	// painted ornament on the soundboard
	mid := D(P{-70, 0})[0]
	ramHorn(c, mid.X, mid.Y, 1.6, deg(-32)+math.Pi/2, hx("#FFF3C4"), 6)
	for _, u := range []float64{-200, 60} {
		p := D(P{u, 0})[0]
		c.dot(p.X, p.Y, 12, hx("#2EC4D6"), G)
		c.outline(c.shape(ellipse(p.X, p.Y, 12, 12, 0), 0.5), ink, 2.5, 0.8)
	}
	c.outline(body, hx("#4A230C"), 5.5, 0.85)
	// frets, bridge and strings
	for i := 0; i < 12; i++ {
		u := 880 - 640*(1-math.Pow(0.93, float64(i)))/(1-math.Pow(0.93, 12))
		c.line(D(P{u, -24}, P{u, 24}), false, hx("#FFE9B0"), 3, 0.8)
	}
	c.paint(c.shape(D(P{-160, -40}, P{-140, -40}, P{-140, 40}, P{-160, 40}), 1), hx("#3A1E0A"), G)
	for _, v := range []float64{-9, 9} {
		c.line(D(P{-150, v}, P{905, v * 0.9}), false, hx("#F4F4F4"), 3, 0.9)
	}
	c.outline(neck, ink, 4, 0.8)
	c.outline(head, ink, 4, 0.8)
}

// ---------------------------------------------------------------------------
// 10. My ginger cat on a felt rug (wax crayons).

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

// ---------------------------------------------------------------------------
// 11. Rainbow: an abstract wet-in-wet watercolour (no label row: its
// title comes from the file name).

func drawRainbow(c *canvas) {
	sheet := c.shape(rect(34, 34, 1566, 1166), 6)
	c.paint(sheet, hx("#CDE7FF"), wo{op: 0.8, vary: 0.6, soft: 40, rim: 0.3, wl: 260, col2: hx("#F3D2FF"), mix: 1})
	cols := []rgb{hx("#E8322B"), hx("#FF8A1A"), hx("#FFD21F"), hx("#4CC33A"), hx("#22A6E8"), hx("#2F4FD6"), hx("#8A3FD0")}
	cx, cy := 800.0, 1060.0
	for i, col := range cols {
		r := 700 - float64(i)*70
		pts := arc(cx, cy, r, deg(186), deg(354), 48)
		pts = c.wob(pts, false, 12, 170)
		c.paint(c.stroke(pts, 92, 80), col, wo{op: 1.05, vary: 0.6, soft: 7, rim: 1.1, wl: 90, col2: cols[(i+1)%len(cols)], mix: 0.45})
	}
	// clouds at both ends of the rainbow
	for _, x := range []float64{150, 1450} {
		var ms []*mask
		for j := 0; j < 7; j++ {
			r := c.rf(70, 110)
			ms = append(ms, c.shape(ellipse(x+c.rf(-150, 150), 1030+c.rf(-50, 50), r, r*0.8, 0), 5))
		}
		cl := union(ms...)
		c.paint(cl, hx("#FFFFFF"), wo{op: 0.95, gouache: true, vary: 0.15, soft: 3})
		c.paint(c.fill(ellipse(x, 1130, 320, 90, 0)).times(cl), hx("#B9C8F0"), wo{op: 0.45, soft: 40, vary: 0.4})
		c.outline(cl, hx("#7C8FD8"), 4, 0.55)
	}
	// blooms of colour in the sky
	for i := 0; i < 14; i++ {
		x, y := c.rf(120, 1480), c.rf(100, 1000)
		d := math.Hypot(x-cx, y-cy)
		if d < 780 && d > 200 {
			continue
		}
		r := c.rf(40, 110)
		k := c.rng.IntN(len(cols))
		m := c.fill(c.wob(ellipse(x, y, r, r*c.rf(0.7, 1), c.rf(0, 3)), true, r*0.2, r*0.6))
		c.paint(m, cols[k], wo{op: 0.7, vary: 0.7, soft: 5, rim: 1.3, wl: 50, col2: cols[(k+1)%len(cols)], mix: 0.8})
	}
	// splatters
	for i := 0; i < 110; i++ {
		x, y := c.rf(60, 1540), c.rf(60, 1140)
		col := cols[c.rng.IntN(len(cols))]
		r := math.Pow(c.rng.Float64(), 3)*14 + 2.5
		c.dot(x, y, r, col, wo{op: 0.85, vary: 0.3, soft: 1, rim: 0.3, gouache: true})
	}
	// playful crayon spirals and a smiling sun in the corner
	for i := 0; i < 3; i++ {
		x, y := []float64{230, 1380, 800}[i], []float64{230, 560, 180}[i]
		var sp []P
		for t := 0.0; t < 3*2*math.Pi; t += 0.2 {
			r := 6 + t*6.5
			sp = append(sp, P{x + r*math.Cos(t), y + r*math.Sin(t)})
		}
		c.line(sp, false, cols[(i*2+5)%len(cols)], 6, 0.8)
	}
	sun(c, 1370, 210, 85, true)
}

// ---------------------------------------------------------------------------
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
