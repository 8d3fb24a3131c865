package kiosk

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// kiosk run --at and kiosk playlist --at agree: the show, started on a
// clock set to a time, shows what the playlist says is active then.
func TestClockStartAtAgreesWithPlaylist(t *testing.T) {
	k, clock := openPreviewKiosk(t)
	ann := filepath.Join(k.Opts.Content, "announcements")
	os.MkdirAll(ann, 0o755)
	os.WriteFile(filepath.Join(k.Opts.Content, "kiosk.toml"), []byte("timezone = \"Asia/Almaty\"\n"), 0o644)
	k.reloadConfig()
	os.WriteFile(filepath.Join(ann, "concert.md"), []byte("---\ntitle: Concert\nfrom: 2025-01-10\nuntil: 2025-01-10\nhours: 19:00-20:00\n---\nTonight.\n"), 0o644)
	ctx := context.Background()
	if _, err := k.ScanOnce(ctx, time.Second); err != nil {
		t.Fatal(err)
	}
	loc, _ := k.Config().Location()
	for _, tc := range []struct {
		at   time.Time
		want bool
	}{
		{time.Date(2025, 1, 10, 19, 59, 0, 0, loc), true},
		{time.Date(2025, 1, 10, 20, 1, 0, 0, loc), false},
	} {
		clock.StartAt(tc.at)
		if d := k.Now().Sub(tc.at); d < 0 || d > time.Second {
			t.Fatalf("the clock reads %v, want about %v", k.Now(), tc.at)
		}
		p, err := BuildPlaylist(ctx, k.Store, k.Config(), k.Now())
		if err != nil {
			t.Fatal(err)
		}
		active := len(p.Items) == 1 && p.Items[0].Active
		k.Show.queue = nil
		sl, err := k.Show.Next(ctx)
		shown := err == nil && sl.Item.Source == "announcements/concert.md"
		if active != tc.want || shown != tc.want {
			t.Errorf("at %v: playlist active %v, show shows it %v (%v); want %v", tc.at, active, shown, err, tc.want)
		}
	}
}

// openPreviewKiosk is openTestKiosk on a preview's clock (kiosk run --at).
func openPreviewKiosk(t *testing.T) (*Kiosk, *PreviewClock) {
	t.Helper()
	dir := t.TempDir()
	content := filepath.Join(dir, "Kiosk")
	os.MkdirAll(filepath.Join(content, "artworks"), 0o755)
	os.WriteFile(filepath.Join(content, "kiosk.toml"), []byte("rescan_seconds = 3600\n"), 0o644)
	clock := &PreviewClock{}
	k, err := Open(Options{Content: content, DB: filepath.Join(dir, "db", "kiosk.db"), Box: 256, Clock: clock.Now, Preview: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { k.Close() })
	return k, clock
}
