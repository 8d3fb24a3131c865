package kiosk

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

// RenditionRef is one prepared picture of the renditions table.
type RenditionRef struct {
	Hash string
	Box  int
	Path string
}

// UnusedRenditions lists the renditions of content no live item has any
// more (its file left the folder or changed).
func (s *Store) UnusedRenditions(ctx context.Context) ([]RenditionRef, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT hash, box, path FROM renditions
		WHERE hash NOT IN (SELECT hash FROM items WHERE gone_at IS NULL) ORDER BY path`)
	if err != nil {
		return nil, fmt.Errorf("unused renditions: %w", err)
	}
	defer rows.Close()
	var out []RenditionRef
	for rows.Next() {
		var r RenditionRef
		if err := rows.Scan(&r.Hash, &r.Box, &r.Path); err != nil {
			return nil, fmt.Errorf("unused renditions: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// RenditionPaths is the set of files the renditions table knows.
func (s *Store) RenditionPaths(ctx context.Context) (map[string]bool, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT path FROM renditions`)
	if err != nil {
		return nil, fmt.Errorf("rendition paths: %w", err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			return nil, fmt.Errorf("rendition paths: %w", err)
		}
		out[p] = true
	}
	return out, rows.Err()
}

// ForgetRendition deletes a rendition's row (its file is the caller's),
// unless a live item took its content again meanwhile.
func (s *Store) ForgetRendition(ctx context.Context, r RenditionRef) error {
	_, err := s.w.ExecContext(ctx, `DELETE FROM renditions WHERE hash = ? AND box = ?
		AND hash NOT IN (SELECT hash FROM items WHERE gone_at IS NULL)`, r.Hash, r.Box)
	if err != nil {
		return fmt.Errorf("forget rendition %s: %w", r.Path, err)
	}
	return nil
}

// CountPlaysBefore counts the proof-of-play rows older than before.
func (s *Store) CountPlaysBefore(ctx context.Context, before time.Time) (int64, error) {
	var n int64
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM plays WHERE started_at < ?`, before.UnixMilli()).Scan(&n); err != nil {
		return 0, fmt.Errorf("count plays: %w", err)
	}
	return n, nil
}

// FreeBytes is how much of the database file is free pages.
func (s *Store) FreeBytes(ctx context.Context) (int64, error) {
	var free, size int64
	if err := s.w.QueryRowContext(ctx, `SELECT freelist_count, page_size FROM pragma_freelist_count, pragma_page_size`).Scan(&free, &size); err != nil {
		return 0, fmt.Errorf("free pages: %w", err)
	}
	return free * size, nil
}

// Compact writes the write-ahead log into the database and rebuilds the
// file without its free pages.
func (s *Store) Compact(ctx context.Context) error {
	for _, q := range []string{`PRAGMA wal_checkpoint(TRUNCATE)`, `VACUUM`, `PRAGMA wal_checkpoint(TRUNCATE)`} {
		if _, err := s.w.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("compact: %s: %w", q, err)
		}
	}
	return nil
}

// DiskBytes is the size of the database's files (with its log).
func (s *Store) DiskBytes() int64 {
	var n int64
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if fi, err := os.Stat(s.path + suffix); err == nil {
			n += fi.Size()
		} else if !errors.Is(err, fs.ErrNotExist) {
			continue
		}
	}
	return n
}
