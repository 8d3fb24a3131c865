package kiosk

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestStoreFallback: a database on a read-only disk opens read-only with
// its playlist; with no database at all, `kiosk run` gets one in memory.
// Both say why.
func TestStoreFallback(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a read-only tmpfs needs root")
	}
	dir := filepath.Join(t.TempDir(), "ro")
	os.MkdirAll(dir, 0o755)
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	db := filepath.Join(dir, "kiosk.db")
	f := newFixture(t)
	f.in.Store.Close()
	st, err := OpenStore(db)
	if err != nil {
		t.Fatal(err)
	}
	f.in.Store = st
	f.write("artworks/Show/a.jpg", jpegBytes(64, 48, 1))
	f.scan()
	st.Close()
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Fatalf("remount ro: %v %s", err, out)
	}

	ro, warning, err := openStoreFallback(db, false)
	if err != nil {
		t.Fatalf("read-only database: %v", err)
	}
	defer ro.Close()
	if !strings.Contains(warning, "cannot be written") {
		t.Errorf("warning = %q, want it to say the database cannot be written", warning)
	}
	items, err := ro.Items(context.Background())
	if err != nil || len(items) != 1 {
		t.Errorf("read-only playlist: %d items, %v; want the one taken", len(items), err)
	}

	_, _, err = openStoreFallback(filepath.Join(dir, "none", "kiosk.db"), false)
	if err == nil {
		t.Errorf("a query command got a database where none can be made")
	}
	mem, warning, err := openStoreFallback(filepath.Join(dir, "none", "kiosk.db"), true)
	if err != nil {
		t.Fatalf("in-memory fallback: %v", err)
	}
	defer os.Remove(mem.Path())
	defer mem.Close()
	if !strings.Contains(warning, "into memory") {
		t.Errorf("warning = %q, want it to say the folder is read into memory", warning)
	}
}
