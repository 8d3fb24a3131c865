package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestRotatingFileStaysBounded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kiosk.log")
	r, err := newRotatingFile(path, 1000)
	if err != nil {
		t.Fatal(err)
	}
	line := bytes.Repeat([]byte("x"), 99)
	line = append(line, '\n')
	for range 35 {
		if _, err := r.Write(line); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []string{path, path + ".1"} {
		info, err := os.Stat(p)
		if err != nil || info.Size() > 1000 {
			t.Errorf("%s: %v, size %d; want at most 1000 bytes", p, err, info.Size())
		}
	}
}
