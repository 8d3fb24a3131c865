package media

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func FuzzZZRendition(f *testing.F) {
	f.Add(stdJPEG(f, noiseImage(40, 30), 80))
	f.Add(withExif(stdJPEG(f, quadrants(24, 16, red, blue, green, yellow), 80), 6))
	f.Add(pngHeader(30, 10))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(dir, "x")
		os.WriteFile(p, data, 0o644)
		_, err := MakeRendition(context.Background(), p, filepath.Join(dir, "o.jpg"), Size{16, 16}, 1e6)
		var ie *ImageError
		if err != nil && !errors.As(err, &ie) {
			t.Fatalf("error %v", err)
		}
		if _, err := DecodeRendition(p); err != nil && !errors.As(err, &ie) {
			t.Fatalf("decode error %v", err)
		}
	})
}
