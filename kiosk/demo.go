package kiosk

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// demo is the content written to an empty content folder: a working example
// of every file type, in Kazakh, Russian and English. It doubles as the
// staff's documentation.
//
//go:embed all:demo
var demo embed.FS

// WriteDemo writes the demo content into dir if dir does not exist yet. It
// reports whether it wrote anything.
func WriteDemo(dir string) (bool, error) {
	if _, err := os.Stat(dir); err == nil {
		return false, nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return false, fmt.Errorf("demo content: %w", err)
	}
	// Write into a temporary sibling, then rename, so a crash never leaves a
	// half-written folder that would then count as "existing".
	tmp := dir + ".writing"
	if err := os.RemoveAll(tmp); err != nil {
		return false, fmt.Errorf("demo content: %w", err)
	}
	err := fs.WalkDir(demo, "demo", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel("demo", filepath.FromSlash(p))
		dst := filepath.Join(tmp, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := demo.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err == nil {
		err = os.Rename(tmp, dir)
	}
	if err != nil {
		os.RemoveAll(tmp)
		return false, fmt.Errorf("demo content: %w", err)
	}
	return true, nil
}
