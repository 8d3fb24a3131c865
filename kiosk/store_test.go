package kiosk

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// newTestStore is a new store in a temp dir, closed when the test ends.
func newTestStore(t *testing.T) *Store {
	t.Helper()
	s, err := OpenStore(filepath.Join(t.TempDir(), "kiosk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestOpenStoreAppliesMigrations(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "kiosk.db")
	s, err := OpenStore(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var version int
	var journal string
	var fk int
	if err := s.w.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		t.Fatal(err)
	}
	if err := s.w.QueryRow("PRAGMA journal_mode").Scan(&journal); err != nil {
		t.Fatal(err)
	}
	if err := s.w.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil {
		t.Fatal(err)
	}
	if version < 1 || journal != "wal" || fk != 1 {
		t.Errorf("user_version=%d journal_mode=%q foreign_keys=%d; want >=1, wal, 1", version, journal, fk)
	}
	for _, table := range []string{"items", "files", "renditions", "refused", "plays", "scans", "facts"} {
		var n int
		if err := s.r.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?`, table).Scan(&n); err != nil || n != 1 {
			t.Errorf("table %s missing (err %v)", table, err)
		}
	}
	s.Close()
	// Opening again applies nothing twice.
	s2, err := OpenStore(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	s2.Close()
}

func TestOpenStoreMovesDamagedDatabaseAside(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kiosk.db")
	garbage := []byte("this is not a database, it is a shopping list: paper, paint, brushes\n")
	for len(garbage) < 8192 {
		garbage = append(garbage, garbage...)
	}
	if err := os.WriteFile(path, garbage, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := OpenStore(path)
	if err != nil {
		t.Fatalf("open over a damaged file: %v", err)
	}
	defer s.Close()
	if s.Recovered == "" {
		t.Fatal("Recovered not set")
	}
	kept, err := os.ReadFile(s.Recovered)
	if err != nil || string(kept) != string(garbage) {
		t.Errorf("the damaged file was not kept intact at %s (err %v)", s.Recovered, err)
	}
	st, err := BuildStatus(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Warnings) == 0 {
		t.Error("status does not say the database was recovered")
	}
}

func TestFacts(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	if v, err := s.Fact(ctx, "x"); err != nil || v != "" {
		t.Errorf("missing fact = %q, %v", v, err)
	}
	s.SetFact(ctx, "x", "1")
	s.SetFact(ctx, "x", "2")
	if v, _ := s.Fact(ctx, "x"); v != "2" {
		t.Errorf("fact = %q, want 2", v)
	}
}

// TestDemoContentIsClean: the demo is the staff's documentation, so it must
// load without a warning.
func TestDemoContentIsClean(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "Kiosk")
	if wrote, err := WriteDemo(dir); err != nil || !wrote {
		t.Fatalf("WriteDemo: %v, %v", wrote, err)
	}
	if wrote, _ := WriteDemo(dir); wrote {
		t.Error("demo written over an existing folder")
	}
	_, warnings, err := LoadConfig(dir)
	if err != nil || len(warnings) > 0 {
		t.Errorf("demo kiosk.toml: %v, warnings %v", err, warnings)
	}
}

// TestLastScanAddsLaterLooks: `kiosk status` gives the last full scan with
// the looks at changed files since then added in, not the last small one.
func TestLastScanAddsLaterLooks(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	if si, err := s.LastScan(ctx); si != nil || err != nil {
		t.Fatalf("a new store's last scan: %+v, %v", si, err)
	}
	s.recordScan(ctx, time.Now(), true, ScanResult{Files: 90, Added: 5, Refused: 1}, nil)  // an old one
	s.recordScan(ctx, time.Now(), true, ScanResult{Files: 100, Added: 2, Refused: 3}, nil) // the last full scan
	s.recordScan(ctx, time.Now(), false, ScanResult{Files: 1, Added: 1}, nil)              // a file that settled
	si, err := s.LastScan(ctx)
	if err != nil || si == nil || si.Files != 100 || si.Added != 3 || si.Refused != 3 || !si.Full {
		t.Errorf("last scan = %+v, %v; want 100 files, 3 added, 3 refused", si, err)
	}
}

// TestClubsStoredBeforeCategoryNames: clubs stored by an older kiosk (no
// category key, the category as written) read with the key and the names,
// without waiting for the clubs file to change.
func TestClubsStoredBeforeCategoryNames(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	if _, err := s.w.ExecContext(ctx, `INSERT INTO clubs(id, data, sort_order) VALUES('robo', ?, 0)`,
		`{"ID":"robo","Category":{"kk":"technical","ru":"technical","en":"technical"}}`); err != nil {
		t.Fatal(err)
	}
	clubs, err := s.Clubs(ctx)
	if err != nil || len(clubs) != 1 {
		t.Fatalf("clubs: %v, %v", clubs, err)
	}
	if c := clubs[0]; c.CategoryKey != "technical" || c.Category["kk"] != "Техникалық" {
		t.Errorf("old club read as key %q, names %v", c.CategoryKey, c.Category)
	}
}
