// Package kiosk is the core of the lobby-screen kiosk: the SQLite store, the
// ingest of the content folder, the rotation and schedule, the settings and
// the lifecycle. It knows nothing of Fyne or pixels on screen.
package kiosk

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is the SQLite database of one kiosk. Writes go through a single
// connection (one writer); reads use their own pool so the display never waits
// behind an ingest.
type Store struct {
	path string
	w    *sql.DB // the one writer
	r    *sql.DB // readers
	// Clock stamps the rows (nil: the wall clock).
	Clock Clock
	// fallback: a read-only or in-memory stand-in (store_fallback.go).
	fallback bool
	// Recovered is set when the database at path was unreadable and was
	// moved aside to this file at open.
	Recovered string
}

// DefaultDBPath is the database location when --db is not given:
// $XDG_DATA_HOME/kiosk/kiosk.db, by default ~/.local/share/kiosk/kiosk.db.
func DefaultDBPath() string {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			home = "."
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "kiosk", "kiosk.db")
}

// OpenStore opens (creating if needed) the database at path and applies the
// migrations. A database that is corrupt or not a database at all is moved
// aside, never deleted, and a fresh one is made in its place; the playlist is
// then rebuilt from the content folder by the next scan.
func OpenStore(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	s, err := openStore(path)
	if err == nil || !isCorrupt(err) {
		return s, err
	}
	aside := fmt.Sprintf("%s.broken-%s", path, time.Now().Format("20060102-150405"))
	slog.Warn("database is damaged, moving it aside", "db", path, "to", aside, "err", err)
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Rename(path+suffix, aside+suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("move damaged database aside: %w", err)
		}
	}
	s, err = openStore(path)
	if err != nil {
		return nil, err
	}
	s.Recovered = aside
	_ = s.SetFact(context.Background(), "recovered_from", aside)
	return s, nil
}

func openStore(path string) (*Store, error) {
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_synchronous", "NORMAL")
	q.Set("_foreign_keys", "on")
	q.Set("_busy_timeout", "10000")
	q.Set("_txlock", "immediate")
	q.Set("_secure_delete", "on") // a dropped name is overwritten, not left in a free page
	dsn := "file:" + path + "?" + q.Encode()
	w, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	s := &Store{path: path, w: w}
	if err := s.migrate(); err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	var check string
	if err := w.QueryRow("PRAGMA quick_check").Scan(&check); err != nil || check != "ok" {
		w.Close()
		if err == nil {
			err = sqlite3.ErrCorrupt
		}
		return nil, fmt.Errorf("open store %s: check: %s: %w", path, check, err)
	}
	r, err := sql.Open("sqlite3", dsn)
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	r.SetMaxOpenConns(4)
	s.r = r
	return s, nil
}

// neverScanned reports whether the store is new: no scan recorded and no
// item ever taken (a database moved aside and rebuilt counts as new).
func (s *Store) neverScanned(ctx context.Context) bool {
	var used bool
	err := s.r.QueryRowContext(ctx, `SELECT EXISTS(SELECT 1 FROM scans) OR EXISTS(SELECT 1 FROM items)`).Scan(&used)
	return err == nil && !used
}

func isCorrupt(err error) bool {
	var se sqlite3.Error
	if errors.As(err, &se) {
		return se.Code == sqlite3.ErrCorrupt || se.Code == sqlite3.ErrNotADB
	}
	return errors.Is(err, sqlite3.ErrCorrupt) || errors.Is(err, sqlite3.ErrNotADB)
}

// migrate applies the numbered migrations newer than PRAGMA user_version,
// each in its own transaction.
func (s *Store) migrate() error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	var have int
	if err := s.w.QueryRow("PRAGMA user_version").Scan(&have); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	for _, name := range names {
		n, err := strconv.Atoi(strings.SplitN(filepath.Base(name), "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: bad number", name)
		}
		if n <= have {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		tx, err := s.w.Begin()
		if err != nil {
			return err
		}
		if _, err := tx.Exec(string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", name, err)
		}
		if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", n)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", name, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error {
	return errors.Join(s.r.Close(), s.w.Close())
}
