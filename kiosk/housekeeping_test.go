package kiosk

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The night's housekeeping prunes old proof of play, removes renditions no
// item uses and stray rendition files, compacts a database with much free
// space, and says so in status.
func TestHousekeeping(t *testing.T) {
	k := openTestKiosk(t)
	ctx := context.Background()
	w := k.Store.w
	now := time.Now()
	mustExec := func(q string, args ...any) {
		t.Helper()
		if _, err := w.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	mustExec(`INSERT INTO items(id, kind, source, hash, added_at, updated_at) VALUES(1, 'artwork', 'artworks/A/live.jpg', 'aaaa', 0, 0)`)
	mustExec(`INSERT INTO items(id, kind, source, hash, added_at, updated_at, gone_at) VALUES(2, 'artwork', 'artworks/A/gone.jpg', 'bbbb', 0, 0, 1)`)
	var keep, drop string
	for _, r := range []struct{ hash string }{{"aaaa"}, {"bbbb"}} {
		p := renditionPath(k.Show.Renditions, r.hash, 256)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, make([]byte, 1000), 0o644)
		mustExec(`INSERT INTO renditions(hash, box, path, width, height, created_at) VALUES(?, 256, ?, 10, 10, 0)`, r.hash, p)
		if r.hash == "aaaa" {
			keep = p
		} else {
			drop = p
		}
	}
	stray := filepath.Join(k.Show.Renditions, "cc", "cccc-256.jpg")
	os.MkdirAll(filepath.Dir(stray), 0o755)
	os.WriteFile(stray, make([]byte, 500), 0o644)
	old := now.Add(-2 * time.Hour)
	os.Chtimes(stray, old, old)
	// 401 days of plays of the live item, one a day, and ~5 MB of them
	// to free: the retention is 400 days.
	pad := strings.Repeat("x", 6000)
	for d := range 401 {
		mustExec(`INSERT INTO plays(item_id, started_at, shown_ms, screen) VALUES(1, ?, 1000, '')`, now.AddDate(0, 0, -d-1).UnixMilli())
	}
	for i := range 900 {
		mustExec(`INSERT INTO plays(item_id, started_at, shown_ms, screen) VALUES(1, ?, 1000, ?)`, now.AddDate(-2, 0, 0).UnixMilli()+int64(i), pad)
	}

	h := k.Housekeep(ctx)
	if h.Error != "" {
		t.Fatal(h.Error)
	}
	if h.PlaysPruned != 902 { // 900 two years old, 401 and 400 days (just before the cut)
		t.Errorf("pruned %d plays, want the 902 older than 400 days", h.PlaysPruned)
	}
	if h.RenditionsRemoved != 2 || h.FilesFreedBytes != 1500 {
		t.Errorf("removed %d renditions (%d bytes), want the gone item's and the stray file (1500 bytes)", h.RenditionsRemoved, h.FilesFreedBytes)
	}
	for p, want := range map[string]bool{keep: true, drop: false, stray: false} {
		if _, err := os.Stat(p); (err == nil) != want {
			t.Errorf("%s there: %v, want %v", p, err == nil, want)
		}
	}
	if !h.Vacuumed || h.DBFreedBytes < 1<<20 {
		t.Errorf("vacuumed %v, freed %d bytes; want a compaction of the ~5 MB freed", h.Vacuumed, h.DBFreedBytes)
	}
	st := k.Storage(ctx)
	if st.RenditionsFiles != 1 || st.LastHousekeeping == nil || st.LastHousekeeping.PlaysPruned != 902 || !strings.Contains(st.Text(), "902 plays pruned") {
		t.Errorf("storage status %+v: %s", st, st.Text())
	}
	// Due once in a day: a second closing the same night does nothing.
	mustExec(`INSERT INTO plays(item_id, started_at, shown_ms, screen) VALUES(1, 0, 1000, '')`)
	k.housekeepIfDue(ctx)
	if n, _ := k.Store.CountPlaysBefore(ctx, now.AddDate(0, 0, -400)); n != 1 {
		t.Errorf("housekeeping ran twice in a night: %d old plays left, want 1", n)
	}
}
