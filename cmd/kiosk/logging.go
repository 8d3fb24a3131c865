package main

import (
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
)

// maxLogBytes bounds the log file beside the database; one older file is
// kept, so the copy never takes more than twice this.
const maxLogBytes = 4 << 20

// setupLogging logs to stderr (the journal, under systemd) and, for `run`,
// to a size-bounded kiosk.log in the data folder.
func setupLogging(stderr io.Writer, logFile string) {
	var w io.Writer = stderr
	if logFile != "" {
		if f, err := newRotatingFile(logFile, maxLogBytes); err == nil {
			w = io.MultiWriter(stderr, f)
		}
	}
	slog.SetDefault(slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo})))
}

// rotatingFile is an append-only file that moves itself to NAME.1 when it
// passes max bytes.
type rotatingFile struct {
	mu   sync.Mutex
	path string
	max  int64
	f    *os.File
	size int64
}

func newRotatingFile(path string, max int64) (*rotatingFile, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	r := &rotatingFile{path: path, max: max}
	return r, r.open()
}

func (r *rotatingFile) open() error {
	f, err := os.OpenFile(r.path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return err
	}
	r.f, r.size = f, info.Size()
	return nil
}

func (r *rotatingFile) Write(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.size+int64(len(p)) > r.max {
		r.f.Close()
		os.Rename(r.path, r.path+".1")
		if err := r.open(); err != nil {
			return 0, err
		}
	}
	n, err := r.f.Write(p)
	r.size += int64(n)
	return n, err
}
