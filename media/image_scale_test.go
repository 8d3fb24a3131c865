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
	for _, n := range [][2]int{{10, 10}, {10, 3}, {2000, 1920}, {730, 100}, {7, 1}, {3, 2}} {
		f := newAreaFilter(n[0], n[1])
		for i := range n[1] {
			sum := int32(0)
			for k, wt := range f.w[f.off[i]:f.off[i+1]] {
				if wt < 0 || f.start[i]+k >= n[0] {
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
