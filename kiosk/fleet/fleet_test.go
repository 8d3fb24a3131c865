package fleet

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/shygarmashylyq/kiosk/kiosk"
)

var now = time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)

func report(t *testing.T, age time.Duration, fp string) []byte {
	t.Helper()
	return reportFrame(t, age, age, fp)
}

func reportFrame(t *testing.T, age, frameAge time.Duration, fp string) []byte {
	t.Helper()
	b, err := json.Marshal(kiosk.ScreenReport{Schema: kiosk.ScreenReportSchema, Screen: "x", Version: "0.1.0",
		IntervalS: 60, Written: now.Add(-age), LastFrame: now.Add(-frameAge), Fingerprint: fp,
		Showing: kiosk.Showing{Source: "artworks/A/a.jpg", Title: "A"}, Taken: 3})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestFleetStates(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	os.WriteFile(filepath.Join(outside, "screen.json"), report(t, 0, "aaa"), 0o644)
	put := func(name, file string, data []byte) {
		os.MkdirAll(filepath.Join(dir, name), 0o755)
		if data != nil {
			os.WriteFile(filepath.Join(dir, name, file), data, 0o644)
		}
	}
	put("hall", "screen.json", report(t, 30*time.Second, "aaa"))
	put("hall", "now.jpg", []byte("jpeg"))
	put("lobby", "screen.json", report(t, 2*time.Minute, "aaa"))
	put("attic", "screen.json", reportFrame(t, 10*time.Second, 10*time.Minute, "bbb")) // reports, draws not
	put("cellar", "screen.json", report(t, 3*time.Hour, "aaa"))
	put("empty", "", nil)
	put("garbage", "screen.json", []byte("\x00\xffnot json at all"))
	put("cut", "screen.json", report(t, 0, "aaa")[:40])
	put("zero", "screen.json", []byte{})
	put("future", "screen.json", []byte(`{"schema": 99, "written": "2026-12-03T12:00:00Z"}`))
	put("other", "screen.json", []byte(`{"hello": "world"}`))
	put("line\nbreak", "screen.json", report(t, 0, "aaa"))
	put("link", "", nil)
	os.Symlink(filepath.Join(outside, "screen.json"), filepath.Join(dir, "link", "screen.json"))
	os.Symlink(outside, filepath.Join(dir, "linked-folder")) // a symlinked screen folder is not followed
	put("huge", "", nil)
	big, _ := os.Create(filepath.Join(dir, "huge", "screen.json"))
	big.Truncate(1 << 30) // sparse: 1 GB on paper
	big.Close()
	put("snaplink", "screen.json", report(t, 0, "aaa"))
	os.Symlink("/etc/passwd", filepath.Join(dir, "snaplink", "now.jpg"))
	os.WriteFile(filepath.Join(dir, "stray.txt"), []byte("x"), 0o644)
	os.MkdirAll(filepath.Join(dir, ".stfolder"), 0o755)

	f, err := Read(dir, now)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Screen{}
	for _, s := range f.Screens {
		got[s.Name] = s
	}
	for _, tc := range []struct{ name, state, why string }{
		{"hall", Online, ""}, {"lobby", Online, ""}, {"attic", Stale, ""}, {"cellar", Offline, ""},
		{"line\nbreak", Online, ""}, {"snaplink", Online, ""},
		{"empty", Unreadable, "missing"}, {"garbage", Unreadable, "not JSON"}, {"cut", Unreadable, "truncated"},
		{"zero", Unreadable, "truncated"}, {"future", Unreadable, "newer version"},
		{"other", Unreadable, "not a screen report"}, {"link", Unreadable, "symlink"}, {"huge", Unreadable, "too large"},
	} {
		s, ok := got[tc.name]
		if !ok {
			t.Errorf("%q: not listed", tc.name)
			continue
		}
		if s.State != tc.state || !strings.Contains(s.Why, tc.why) {
			t.Errorf("%q: %s (%s), want %s (%s)", tc.name, s.State, s.Why, tc.state, tc.why)
		}
	}
	if len(f.Screens) != 14 {
		t.Errorf("%d screens, want 14 (no stray file, dot folder or symlinked folder)", len(f.Screens))
	}
	if !strings.Contains(got["attic"].Why, "not been drawn") {
		t.Errorf("stale without why: %q", got["attic"].Why)
	}
	if f.Fingerprint != "aaa" || !got["hall"].InStep || got["attic"].InStep || got["garbage"].InStep {
		t.Errorf("in step: majority %q hall %v attic %v", f.Fingerprint, got["hall"].InStep, got["attic"].InStep)
	}
	if got["hall"].Snapshot != "hall/now.jpg" || got["lobby"].Snapshot != "" || got["snaplink"].Snapshot != "" {
		t.Errorf("snapshots: %q %q %q", got["hall"].Snapshot, got["lobby"].Snapshot, got["snaplink"].Snapshot)
	}
	if s := got["cellar"]; s.LastSeen == nil || !s.LastSeen.Equal(now.Add(-3*time.Hour)) {
		t.Errorf("offline since %v", s.LastSeen)
	}
}

func TestFleetJSONKeys(t *testing.T) {
	b, _ := json.Marshal(Fleet{Screens: []Screen{{Name: "a"}}})
	var v struct {
		Screens []map[string]json.RawMessage `json:"screens"`
	}
	json.Unmarshal(b, &v)
	for _, k := range []string{"name", "state", "last_seen", "showing", "snapshot", "taken", "refused", "warnings", "version", "fingerprint"} {
		if _, ok := v.Screens[0][k]; !ok {
			t.Errorf("no %q", k)
		}
	}
	var sh map[string]json.RawMessage
	json.Unmarshal(v.Screens[0]["showing"], &sh)
	if _, ok := sh["source"]; !ok {
		t.Error("showing has no source")
	}
	if _, ok := sh["title"]; !ok {
		t.Error("showing has no title")
	}
}

func TestFleetMissingDir(t *testing.T) {
	if _, err := Read(filepath.Join(t.TempDir(), "none"), now); err == nil {
		t.Error("no error for a missing folder")
	}
}
