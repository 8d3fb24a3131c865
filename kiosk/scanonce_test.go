package kiosk

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/shygarmashylyq/kiosk/media"
)

// A one-shot scan waits for a file that has just been written, up to its
// wait; a wait too short for it says the file is still being copied.
func TestScanOnceWaitsForFilesToSettle(t *testing.T) {
	k := openTestKiosk(t)
	k.Ingest.Settle = media.Settle{Quiet: 2 * time.Second} // generous: a loaded machine scans late
	ctx := context.Background()
	old := time.Now().Add(-time.Minute)
	os.Chtimes(filepath.Join(k.Opts.Content, configFile), old, old) // settled long ago
	rel := "artworks/A/new.jpg"
	p := filepath.Join(k.Opts.Content, filepath.FromSlash(rel))
	os.MkdirAll(filepath.Dir(p), 0o755)
	write := func() {
		if err := os.WriteFile(p, jpegBytes(30, 20, 1), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	write()
	res, err := k.ScanOnce(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Pending, []string{rel}) || res.Added != 0 {
		t.Fatalf("no wait for a file just written: %+v, want it pending", res)
	}

	write() // changed again: it settles 2 s from now
	res, err = k.ScanOnce(ctx, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Pending) != 0 || res.Added != 1 || res.Refused != 0 {
		t.Fatalf("waited for a file written just before: %+v, want it added", res)
	}
	if it, _ := k.Store.liveItemBySource(ctx, rel); it == nil || it.Width != 30 {
		t.Fatalf("the settled file is not in the playlist: %+v", it)
	}
}
