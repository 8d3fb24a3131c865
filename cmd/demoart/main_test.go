package main

import (
	"bytes"
	"encoding/csv"
	"image/jpeg"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const testScale = 0.125

func scaled(v int) int { return max(8, int(math.Round(float64(v)*testScale))) }

func isASCII(s string) bool {
	for _, r := range s {
		if r > 127 {
			return false
		}
	}
	return true
}

func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	icon := filepath.Join(dir, "Icon.png")
	if err := run(options{out: dir, icon: icon, scale: testScale}); err != nil {
		t.Fatal(err)
	}
	arts := artworks()
	if len(arts) < 10 {
		t.Fatalf("only %d artworks", len(arts))
	}

	// every artwork is a decodable JPEG of the intended size
	var portrait, square, cyrillic int
	for _, a := range arts {
		b, err := os.ReadFile(filepath.Join(dir, "artworks", a.exhibition, a.file))
		if err != nil {
			t.Fatal(err)
		}
		img, err := jpeg.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", a.file, err)
		}
		if got := img.Bounds().Size(); got.X != scaled(a.w) || got.Y != scaled(a.h) {
			t.Errorf("%s: size %v, want %dx%d", a.file, got, scaled(a.w), scaled(a.h))
		}
		switch {
		case a.h > a.w:
			portrait++
		case a.h == a.w:
			square++
		}
		if !isASCII(a.file) {
			cyrillic++
		}
	}
	if portrait < 2 || square < 1 || cyrillic < 3 {
		t.Errorf("portrait=%d square=%d cyrillic names=%d", portrait, square, cyrillic)
	}

	// nothing else lies in the exhibition folders
	var jpgs int
	for _, ex := range exhibitions() {
		ents, err := os.ReadDir(filepath.Join(dir, "artworks", ex))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			if strings.HasSuffix(e.Name(), ".jpg") {
				jpgs++
			}
		}
	}
	if jpgs != len(arts) {
		t.Errorf("%d jpg files, want %d", jpgs, len(arts))
	}

	// labels.csv: right header, every row names an existing file
	unlabelled := 0
	for _, ex := range exhibitions() {
		f, err := os.Open(filepath.Join(dir, "artworks", ex, "labels.csv"))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", ex, err)
		}
		if strings.Join(rows[0], ",") != strings.Join(labelHeader, ",") {
			t.Errorf("%s: header %q", ex, rows[0])
		}
		named := map[string]bool{}
		for _, r := range rows[1:] {
			if len(r) != len(labelHeader) {
				t.Errorf("%s: row %q has %d fields", ex, r, len(r))
				continue
			}
			if _, err := os.Stat(filepath.Join(dir, "artworks", ex, r[0])); err != nil {
				t.Errorf("%s: row for missing file %q", ex, r[0])
			}
			named[r[0]] = true
		}
		for _, a := range arts {
			if a.exhibition == ex && !named[a.file] {
				unlabelled++
				if ex != exDreams || isASCII(a.file) {
					t.Errorf("unexpected unlabelled artwork %s/%s", ex, a.file)
				}
			}
		}
	}
	if unlabelled != 1 {
		t.Errorf("%d unlabelled artworks, want 1", unlabelled)
	}

	// the icon
	ib, err := os.ReadFile(icon)
	if err != nil {
		t.Fatal(err)
	}
	ic, err := png.Decode(bytes.NewReader(ib))
	if err != nil {
		t.Fatal(err)
	}
	if s := ic.Bounds().Size(); s.X != 512 || s.Y != 512 {
		t.Errorf("icon size %v", s)
	}

	// deterministic: a second run gives identical bytes
	dir2 := t.TempDir()
	a := arts[len(arts)-1]
	if err := run(options{out: dir2, scale: testScale, only: a.file}); err != nil {
		t.Fatal(err)
	}
	b1, _ := os.ReadFile(filepath.Join(dir, "artworks", a.exhibition, a.file))
	b2, err := os.ReadFile(filepath.Join(dir2, "artworks", a.exhibition, a.file))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1, b2) {
		t.Errorf("%s differs between runs", a.file)
	}
	if ib2 := drawIconPNG(t); !bytes.Equal(ib, ib2) {
		t.Error("icon differs between runs")
	}
}

func drawIconPNG(t *testing.T) []byte {
	var buf bytes.Buffer
	if err := png.Encode(&buf, drawIcon(512)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestFullSize renders one portrait artwork at full size.
func TestFullSize(t *testing.T) {
	if testing.Short() {
		t.Skip("full-size render skipped in -short mode")
	}
	dir := t.TempDir()
	a := artworks()[3]
	if err := run(options{out: dir, scale: 1, only: a.file}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "artworks", a.exhibition, a.file))
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Width != a.w || cfg.Height != a.h {
		t.Errorf("%s: %dx%d, want %dx%d", a.file, cfg.Width, cfg.Height, a.w, a.h)
	}
	if len(b) > 420_000 {
		t.Errorf("%s: %d bytes, too big", a.file, len(b))
	}
	// The demo content and the icon the kiosk ships are this program's
	// output, byte for byte.
	shipped, err := os.ReadFile(filepath.Join("..", "..", "kiosk", "demo", "artworks", a.exhibition, a.file))
	if err != nil || !bytes.Equal(b, shipped) {
		t.Errorf("kiosk/demo's %s is not what demoart paints (%v): run go run ./cmd/demoart", a.file, err)
	}
	if icon, err := os.ReadFile(filepath.Join("..", "..", "Icon.png")); err != nil || !bytes.Equal(icon, drawIconPNG(t)) {
		t.Errorf("Icon.png is not what demoart paints (%v): run go run ./cmd/demoart", err)
	}
}
