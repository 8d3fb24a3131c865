package kiosk

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// The facts and scans tables, and what `kiosk status` reads of the store.

// SetFact stores a small named value.
func (s *Store) SetFact(ctx context.Context, key, value string) error {
	_, err := s.w.ExecContext(ctx, `INSERT INTO facts(key, value) VALUES(?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fmt.Errorf("set fact %s: %w", key, err)
	}
	return nil
}

// Fact reads a value stored with SetFact; "" if there is none.
func (s *Store) Fact(ctx context.Context, key string) (string, error) {
	var v string
	err := s.r.QueryRowContext(ctx, `SELECT value FROM facts WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read fact %s: %w", key, err)
	}
	return v, nil
}

// lastScanFiles is how many files the last scan found, 0 if none.
func (s *Store) lastScanFiles(ctx context.Context) int {
	var n int
	_ = s.r.QueryRowContext(ctx, `SELECT files FROM scans WHERE full = 1 ORDER BY id DESC LIMIT 1`).Scan(&n)
	return min(n, 1<<20)
}

func (s *Store) recordScan(ctx context.Context, started time.Time, full bool, res ScanResult, scanErr error) error {
	msg := ""
	if scanErr != nil {
		msg = scanErr.Error()
	}
	_, err := s.w.ExecContext(ctx, `INSERT INTO scans(started_at, finished_at, full, files, added, updated, removed, refused, error)
		VALUES(?,?,?,?,?,?,?,?,?)`, started.UnixMilli(), s.nowMS(), boolInt(full), res.Files, res.Added, res.Updated,
		res.Removed, res.Refused, msg)
	if err != nil {
		return fmt.Errorf("record scan: %w", err)
	}
	// Keep the last thousand scans.
	_, err = s.w.ExecContext(ctx, `DELETE FROM scans WHERE id <= (SELECT max(id) - 1000 FROM scans)`)
	return err
}

// Refused lists the refused files, by path.
func (s *Store) Refused(ctx context.Context) ([]RefusedFile, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT path, code, reason, at FROM refused ORDER BY path`)
	if err != nil {
		return nil, fmt.Errorf("list refused: %w", err)
	}
	defer rows.Close()
	out := []RefusedFile{}
	for rows.Next() {
		var f RefusedFile
		var reason string
		var at int64
		if err := rows.Scan(&f.Source, &f.Code, &reason, &at); err != nil {
			return nil, fmt.Errorf("list refused: %w", err)
		}
		_ = json.Unmarshal([]byte(reason), &f.Reasons)
		f.ReasonCode, f.Code = f.Code, legacyCode(f.Code)
		f.Reason = f.Reasons.Get([]slides.Lang{slides.EN})
		f.At = time.UnixMilli(at)
		out = append(out, f)
	}
	return out, rows.Err()
}

// LastScan describes the newest scan, nil if there was none.
func (s *Store) LastScan(ctx context.Context) (*ScanInfo, error) {
	var si ScanInfo
	var at int64
	var full int
	// The last full scan, with the scans of changed files since it added in:
	// a watcher's (or `kiosk scan`'s look at files that were still being
	// copied) are part of the same picture of the folder.
	err := s.r.QueryRowContext(ctx, `WITH last AS (SELECT coalesce(max(id), 0) AS id FROM scans WHERE full = 1)
		SELECT max(finished_at), max(full), coalesce(sum(CASE WHEN full = 1 THEN files END), max(files)),
			sum(added), sum(updated), sum(removed), sum(refused),
			coalesce((SELECT error FROM scans ORDER BY id DESC LIMIT 1), '')
		FROM scans WHERE id >= (SELECT id FROM last) HAVING count(*) > 0`).Scan(&at, &full, &si.Files, &si.Added, &si.Updated, &si.Removed, &si.Refused, &si.Error)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("last scan: %w", err)
	}
	si.At, si.Full = time.UnixMilli(at), full != 0
	return &si, nil
}
