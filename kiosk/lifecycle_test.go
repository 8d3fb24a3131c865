package kiosk

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// openTestKiosk opens a kiosk on an empty content folder (no demo).
func openTestKiosk(t *testing.T) *Kiosk {
	t.Helper()
	dir := t.TempDir()
	content := filepath.Join(dir, "Kiosk")
	os.MkdirAll(filepath.Join(content, "artworks"), 0o755)
	os.WriteFile(filepath.Join(content, "kiosk.toml"), []byte("rescan_seconds = 3600\n"), 0o644)
	k, err := Open(Options{Content: content, DB: filepath.Join(dir, "db", "kiosk.db"), Box: 256})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { k.Close() })
	return k
}

// waitFor polls cond for up to 10 s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}

func TestWatchFollowsTheFolder(t *testing.T) {
	k := openTestKiosk(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- k.Watch(ctx) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Watch: %v", err)
		}
	}()
	has := func(src string) func() bool {
		return func() bool {
			it, _ := k.Store.liveItemBySource(context.Background(), src)
			return it != nil
		}
	}

	// A picture written slowly, in pieces over two seconds, is never refused
	// and never taken half-written.
	data := jpegBytes(300, 200, 4)
	dir := filepath.Join(k.Opts.Content, "artworks", "Жаңа көрме")
	os.MkdirAll(dir, 0o755)
	f, err := os.Create(filepath.Join(dir, "slow.jpg"))
	if err != nil {
		t.Fatal(err)
	}
	step := len(data) / 10
	for i := 0; i < len(data); i += step {
		f.Write(data[i:min(i+step, len(data))])
		time.Sleep(200 * time.Millisecond)
		if refused, _ := k.Store.Refused(ctx); len(refused) > 0 {
			t.Fatalf("file refused while being copied: %+v", refused)
		}
		if has("artworks/Жаңа көрме/slow.jpg")() && i+step < len(data) {
			t.Fatal("half-written file taken")
		}
	}
	f.Close()
	waitFor(t, "the slowly copied picture", has("artworks/Жаңа көрме/slow.jpg"))
	it, _ := k.Store.liveItemBySource(ctx, "artworks/Жаңа көрме/slow.jpg")
	if it.Width != 300 || it.Height != 200 {
		t.Errorf("slow copy taken as %dx%d, want 300x200", it.Width, it.Height)
	}

	// A new subfolder with a file in it, made at once.
	nested := filepath.Join(k.Opts.Content, "artworks", "B", "deeper")
	os.MkdirAll(nested, 0o755)
	os.WriteFile(filepath.Join(nested, "x.jpg"), jpegBytes(20, 20, 5), 0o644)
	waitFor(t, "a picture in a new subfolder", has("artworks/B/deeper/x.jpg"))

	// Rename keeps the item; deletion takes it out (after the grace period).
	old, _ := k.Store.liveItemBySource(ctx, "artworks/B/deeper/x.jpg")
	os.Rename(filepath.Join(nested, "x.jpg"), filepath.Join(nested, "y.jpg"))
	waitFor(t, "the renamed picture", has("artworks/B/deeper/y.jpg"))
	moved, _ := k.Store.liveItemBySource(ctx, "artworks/B/deeper/y.jpg")
	if moved.ID != old.ID {
		t.Errorf("renamed picture got id %d, want %d", moved.ID, old.ID)
	}
	os.Remove(filepath.Join(nested, "y.jpg"))
	waitFor(t, "the deleted picture to leave", func() bool { return !has("artworks/B/deeper/y.jpg")() })
}

func TestWatchKeepsPlaylistWhileFolderIsGone(t *testing.T) {
	k := openTestKiosk(t)
	art := filepath.Join(k.Opts.Content, "artworks", "A")
	os.MkdirAll(art, 0o755)
	os.WriteFile(filepath.Join(art, "x.jpg"), jpegBytes(40, 30, 1), 0o644)
	old := time.Now().Add(-time.Second)
	os.Chtimes(filepath.Join(art, "x.jpg"), old, old)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- k.Watch(ctx) }()
	defer func() { cancel(); <-done }()
	count := func() int { n, _ := k.Store.CountItems(ctx); return n[KindArtwork] }
	waitFor(t, "the first picture", func() bool { return count() == 1 })

	// The stick is pulled: the folder vanishes.
	aside := filepath.Join(t.TempDir(), "away")
	if err := os.Rename(k.Opts.Content, aside); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "a warning in status", func() bool {
		st, _ := BuildStatus(ctx, k.Store)
		for _, w := range st.Warnings {
			if w == rootMissingWarning {
				return true
			}
		}
		return false
	})
	if count() != 1 {
		t.Fatal("the playlist was emptied while the folder was gone")
	}
	// It comes back with a new picture in it.
	os.WriteFile(filepath.Join(aside, "artworks", "A", "y.jpg"), jpegBytes(40, 30, 2), 0o644)
	os.Chtimes(filepath.Join(aside, "artworks", "A", "y.jpg"), old, old)
	if err := os.Rename(aside, k.Opts.Content); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the new picture after the folder came back", func() bool { return count() == 2 })
	waitFor(t, "the warning to clear", func() bool {
		st, _ := BuildStatus(ctx, k.Store)
		return len(st.Warnings) == 0
	})
}

// TestDemoOnlyOnFirstStart: the demo fills a missing folder only for a new
// store and only when asked; a folder missing later (a stick pulled out
// while a status query runs, or a restart before the share is mounted) stays
// missing, so the real playlist is kept and the warning can show.
func TestDemoOnlyOnFirstStart(t *testing.T) {
	dir := t.TempDir()
	content, db := filepath.Join(dir, "Kiosk"), filepath.Join(dir, "kiosk.db")
	open := func(demo bool) *Kiosk {
		k, err := Open(Options{Content: content, DB: db, Box: 256, Demo: demo})
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	k := open(false) // a query on a new machine
	k.Close()
	if _, err := os.Stat(content); !os.IsNotExist(err) {
		t.Fatalf("a query command wrote the content folder: %v", err)
	}
	k = open(true) // the first `kiosk run` or `kiosk scan`
	if _, err := os.Stat(filepath.Join(content, "kiosk.toml")); err != nil {
		t.Fatalf("first start did not write the demo: %v", err)
	}
	if _, err := k.ScanOnce(context.Background(), 5*time.Second); err != nil { // the demo files are new: let them settle
		t.Fatal(err)
	}
	k.Close()

	if err := os.Rename(content, content+".unplugged"); err != nil {
		t.Fatal(err)
	}
	k = open(true) // restarted while the stick is out
	defer k.Close()
	if _, err := os.Stat(content); !os.IsNotExist(err) {
		t.Fatalf("the demo was written over a missing folder of a used store: %v", err)
	}
	if items, err := k.Store.Items(context.Background()); err != nil || len(items) == 0 {
		t.Errorf("playlist after restart without the folder: %d items, %v", len(items), err)
	}
	if ws := k.Warnings(); !slices.Contains(ws, rootMissingWarning) {
		t.Errorf("warnings with the folder gone = %q, want the missing-folder warning", ws)
	}
}
