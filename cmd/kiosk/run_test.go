package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// openTestKiosk opens a kiosk on a content folder holding kiosk.toml.
func openTestKiosk(t *testing.T, toml string) *kiosk.Kiosk {
	t.Helper()
	dir := t.TempDir()
	content := filepath.Join(dir, "Kiosk")
	if err := os.MkdirAll(content, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(content, "kiosk.toml"), []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	k, err := kiosk.Open(kiosk.Options{Content: content, DB: filepath.Join(dir, "data", "kiosk.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { k.Close() })
	return k
}

func TestDisplayDeps(t *testing.T) {
	k := openTestKiosk(t, "pin = \"2468\"\ntransition = 0.8\nidle_timeout = 45\nlanguages = [\"ru\", \"kk\"]\ntimezone = \"Asia/Almaty\"\n")
	d := displayDeps(k)
	st := d.Settings()
	if st.Transition != 800*time.Millisecond || st.Idle != 45*time.Second || len(st.Langs) == 0 || st.Langs[0] != slides.RU {
		t.Errorf("settings = %+v, want 0.8 s, 45 s, Russian first", st)
	}
	if zone, _ := d.Now().Zone(); zone != "+05" && zone != "ALMT" {
		t.Errorf("the clock reads zone %q, want Almaty's", zone)
	}
	if !d.Staff.CheckPIN("2468") || d.Staff.CheckPIN("1234") || d.Staff.CheckPIN("") {
		t.Error("CheckPIN does not take exactly kiosk.toml's PIN")
	}
	d.TimetableRows(4)
	if n := k.Show.RowsPerPage.Load(); n != 4 {
		t.Errorf("rows per timetable page = %d, want 4", n)
	}
	status, err := d.Status.Status(context.Background())
	if err != nil || status.Content != k.Opts.Content || status.Version != kiosk.Version || status.Running == nil {
		t.Errorf("status = %+v, %v; want this kiosk's, with running facts", status, err)
	}
	if free, err := d.Status.FreeDisk(); err != nil || free == 0 {
		t.Errorf("free disk = %d, %v", free, err)
	}
	if qr, err := d.Clubs.SignupQR("https://example.org/clubs/robo", 480); err != nil || qr.Bounds().Dx() != 480 {
		t.Errorf("sign-up QR: %v, %v", qr, err)
	}
}

func TestNoPINNoPanel(t *testing.T) {
	k := openTestKiosk(t, "")
	if displayDeps(k).Staff.CheckPIN("") {
		t.Error("with no PIN in kiosk.toml an empty PIN opens the staff panel")
	}
}

func TestFirstSlideWait(t *testing.T) {
	ctx := context.Background()
	// No slide: the wait ends at its limit.
	if !newFirstSlide().wait(ctx, time.Hour, time.Millisecond) {
		t.Error("the wait reported a cancelled context")
	}
	// A slide: the wait ends once it has settled, not at the limit.
	f := newFirstSlide()
	f.shown()
	f.shown() // only the first counts
	done := make(chan bool, 1)
	go func() { done <- f.wait(ctx, time.Millisecond, time.Hour) }()
	select {
	case ok := <-done:
		if !ok {
			t.Error("the wait reported a cancelled context")
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the wait did not end after the first slide")
	}
	// Cancelled: false at once.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if newFirstSlide().wait(cctx, time.Hour, time.Hour) {
		t.Error("a cancelled wait reported true")
	}
}
