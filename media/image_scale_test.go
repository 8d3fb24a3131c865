package media

import (
	"image"
	"testing"
)

func TestFitInside(t *testing.T) {
	for _, tc := range []struct {
		w, h int
		box  Size
		fw   int
		fh   int
	}{
		{6000, 4000, Size{1920, 1920}, 1920, 1280},
		{4000, 6000, Size{1920, 1920}, 1280, 1920},
		{4000, 3000, Size{1920, 1080}, 1440, 1080},
		{3000, 4000, Size{1080, 1920}, 1080, 1440},
		{1000, 500, Size{1920, 1920}, 1000, 500}, // never enlarged
		{1920, 1920, Size{1920, 1920}, 1920, 1920},
		{5000, 1, Size{100, 100}, 100, 1}, // never 0 pixels
		{1, 5000, Size{100, 100}, 1, 100},
		{2001, 1000, Size{1000, 1000}, 1000, 500}, // 499.75 rounds to 500
		{1003, 1000, Size{500, 500}, 500, 499},    // 498.5 rounds to 499
	} {
		if w, h := fitInside(tc.w, tc.h, tc.box); w != tc.fw || h != tc.fh {
			t.Errorf("fitInside(%d, %d, %v) = %d, %d; want %d, %d", tc.w, tc.h, tc.box, w, h, tc.fw, tc.fh)
		}
	}
}

func TestAreaFilterWeights(t *testing.T) {
	for _, n := range [][2]int{{10, 10}, {10, 3}, {2000, 1920}, {730, 100}, {7, 1}, {3, 2}, {1, 1}, {5, 4}} {
		f := newAreaFilter(n[0], n[1])
		for i := range n[1] {
			sum := int32(0)
			for k, wt := range f.w[i*f.taps : (i+1)*f.taps] {
				if wt < 0 || f.start[i] < 0 || f.start[i]+k >= n[0] {
					t.Fatalf("%d->%d: pixel %d has weight %d at source %d", n[0], n[1], i, wt, f.start[i]+k)
				}
				sum += wt
			}
			if sum != 1<<weightBits {
				t.Errorf("%d->%d: weights of pixel %d sum to %d", n[0], n[1], i, sum)
			}
		}
	}
}

// TestResizeAreaTaps: the unrolled 2- and 3-tap paths agree with the
// general one, which a many-tap filter takes.
func TestResizeAreaTaps(t *testing.T) {
	src := noiseImage(90, 60)
	for _, size := range [][2]int{{60, 40}, {50, 35}, {89, 59}, {20, 13}, {7, 5}} {
		got := resizeArea(src, size[0], size[1])
		for y := range size[1] {
			for x := range size[0] {
				// The same area average, computed in floating point.
				sx, sy := float64(90)/float64(size[0]), float64(60)/float64(size[1])
				var sum, area float64
				for j := 0; j < 60; j++ {
					cy := min(float64(y+1)*sy, float64(j+1)) - max(float64(y)*sy, float64(j))
					for i := 0; i < 90; i++ {
						cx := min(float64(x+1)*sx, float64(i+1)) - max(float64(x)*sx, float64(i))
						if cx > 0 && cy > 0 {
							sum += cx * cy * float64(src.Pix[src.PixOffset(i, j)])
							area += cx * cy
						}
					}
				}
				if d := float64(got.Pix[got.PixOffset(x, y)]) - sum/area; d > 1.5 || d < -1.5 {
					t.Fatalf("%dx%d: red at (%d, %d) = %d, want %.1f", size[0], size[1], x, y, got.Pix[got.PixOffset(x, y)], sum/area)
				}
			}
		}
	}
}

// TestResizeAreaMeans: shrinking by a whole factor averages each block.
func TestResizeAreaMeans(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 6, 3))
	for i := range src.Pix {
		src.Pix[i] = 0xFF
	}
	for x := range 2 { // the left third black
		for y := range 3 {
			src.Pix[src.PixOffset(x, y)], src.Pix[src.PixOffset(x, y)+1], src.Pix[src.PixOffset(x, y)+2] = 0, 0, 0
		}
	}
	got := resizeArea(src, 2, 1) // 2 black and 1 white, 3 white
	if got.Pix[0] != 0x55 || got.Pix[4] != 0xFF || got.Pix[3] != 0xFF {
		t.Errorf("6x3 to 2x1: %v, want reds 85, 255", got.Pix)
	}
	got = resizeArea(src, 4, 1) // 1.5 black; 0.5 black and 1 white; ...
	if want := [4]uint8{0, 0xAA, 0xFF, 0xFF}; [4]uint8{got.Pix[0], got.Pix[4], got.Pix[8], got.Pix[12]} != want {
		t.Errorf("6x3 to 4x1: %v, want reds %v", got.Pix, want)
	}
}

func TestOrientUndoes(t *testing.T) {
	src := quadrants(5, 3, red, blue, green, yellow)
	// Applying the orientation that undoes each one twice (or its inverse)
	// gives back the original.
	inverse := map[int]int{2: 2, 3: 3, 4: 4, 5: 5, 6: 8, 7: 7, 8: 6}
	for o, inv := range inverse {
		back := orient(orient(src, o), inv)
		if back.Rect != src.Rect || string(back.Pix) != string(src.Pix) {
			t.Errorf("orientation %d then %d does not give back the original", o, inv)
		}
	}
}
