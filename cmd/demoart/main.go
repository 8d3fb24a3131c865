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
	"flag"
	"fmt"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"sync"
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
