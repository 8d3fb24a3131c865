package kiosk

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestOneClock: the clock given in Options is the one the store, the ingest
// and the show read, in the zone of the settings, parsed once.
func TestOneClock(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "Kiosk")
	if err := os.MkdirAll(filepath.Join(content, "artworks", "Spring"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(content, "kiosk.toml"), []byte("timezone = \"Asia/Almaty\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2030, 1, 10, 10, 0, 0, 0, time.UTC)
	k, err := Open(Options{Content: content, DB: filepath.Join(dir, "db", "kiosk.db"), Box: 64,
		Clock: func() time.Time { return at }})
	if err != nil {
		t.Fatal(err)
	}
	defer k.Close()
	if k.Location() != k.Location() || k.Location().String() != "Asia/Almaty" {
		t.Errorf("zone %v: not parsed once", k.Location())
	}
	if now := k.Now(); !now.Equal(at) || now.Location() != k.Location() {
		t.Errorf("Now = %v, want %v in the centre's zone", now, at)
	}
	ctx := context.Background()
	if _, err := k.Ingest.Scan(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if si, err := k.Store.LastScan(ctx); err != nil || si == nil || !si.At.Equal(at) {
		t.Errorf("the scan is dated %v (%v), want %v", si, err, at)
	}
	if err := k.Touch(ctx, Touch{Event: TouchOpen}); err != nil {
		t.Fatal(err)
	}
	var ms int64
	if err := k.Store.r.QueryRow(`SELECT at FROM touches`).Scan(&ms); err != nil || ms != at.UnixMilli() {
		t.Errorf("the touch is dated %v (%v), want %v", time.UnixMilli(ms), err, at)
	}
}
