package kiosk

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// reportKiosk is a kiosk with two pictures and a broken file in its folder.
func reportKiosk(t *testing.T) *Kiosk {
	t.Helper()
	k := openTestKiosk(t)
	ex := filepath.Join(k.Opts.Content, "artworks", "Spring")
	os.MkdirAll(ex, 0o755)
	os.WriteFile(filepath.Join(ex, "a.png"), pngBytes(t, 40, 30), 0o644)
	os.WriteFile(filepath.Join(ex, "b.png"), pngBytes(t, 30, 40), 0o644)
	os.WriteFile(filepath.Join(ex, "broken.jpg"), []byte("not a picture"), 0o644)
	old := time.Now().Add(-time.Hour) // settled long ago
	for _, n := range []string{"a.png", "b.png", "broken.jpg"} {
		os.Chtimes(filepath.Join(ex, n), old, old)
	}
	if _, err := k.ScanOnce(context.Background(), 0); err != nil {
		t.Fatal(err)
	}
	return k
}

func TestScreenReportWritten(t *testing.T) {
	k := reportKiosk(t)
	dir := filepath.Join(t.TempDir(), "reports", "hall")
	r := &ScreenReporter{Kiosk: k, Dir: dir, Every: 7 * time.Second}
	if err := r.WriteOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, ScreenReportFile))
	if err != nil {
		t.Fatal(err)
	}
	var rep ScreenReport
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Schema != ScreenReportSchema || rep.IntervalS != 7 || rep.Version != Version || rep.Host == "" {
		t.Errorf("header: %+v", rep)
	}
	if rep.Taken != 2 || rep.Refused != 1 || len(rep.RefusedFiles) != 1 {
		t.Fatalf("taken %d refused %d %v", rep.Taken, rep.Refused, rep.RefusedFiles)
	}
	rf := rep.RefusedFiles[0]
	if rf.Source != "artworks/Spring/broken.jpg" || rf.Reasons["kk"] == "" || rf.Reasons["ru"] == "" || rf.Reasons["en"] == "" {
		t.Errorf("refused file: %+v", rf)
	}
	if rep.Items != 2 || len(rep.Fingerprint) != 16 {
		t.Errorf("fingerprint %q of %d items", rep.Fingerprint, rep.Items)
	}
	if rep.DBFreeBytes == 0 {
		t.Error("no free space of the database's disk")
	}
	for _, key := range []string{`"schema"`, `"screen"`, `"showing"`, `"fingerprint"`, `"refused_files"`, `"warnings"`, `"started"`, `"last_frame"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("screen.json lacks %s", key)
		}
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*tmp"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestFingerprintFollowsContentNotOrder(t *testing.T) {
	a := []Item{{Source: "x.png", Hash: "1"}, {Source: "y.png", Hash: "2"}}
	b := []Item{{Source: "y.png", Hash: "2"}, {Source: "x.png", Hash: "1"}}
	c := []Item{{Source: "x.png", Hash: "1"}, {Source: "y.png", Hash: "3"}}
	if Fingerprint(a) != Fingerprint(b) {
		t.Error("the same items in another order give another fingerprint")
	}
	if Fingerprint(a) == Fingerprint(c) {
		t.Error("changed content gives the same fingerprint")
	}
}

func TestScreenReportFailureIsAWarning(t *testing.T) {
	k := reportKiosk(t)
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o644)
	r := &ScreenReporter{Kiosk: k, Dir: filepath.Join(file, "under-a-file"), Every: time.Second}
	if err := r.WriteOnce(context.Background()); err == nil {
		t.Fatal("a report under a file was written")
	}
	st, _ := BuildStatus(context.Background(), k.Store)
	if !strings.Contains(strings.Join(st.Warnings, "\n"), "screen report cannot be written") {
		t.Errorf("no warning in status: %v", st.Warnings)
	}
	r.Dir = t.TempDir()
	if err := r.WriteOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	st, _ = BuildStatus(context.Background(), k.Store)
	if strings.Contains(strings.Join(st.Warnings, "\n"), "screen report cannot be written") {
		t.Errorf("warning stays after a good report: %v", st.Warnings)
	}
}

func TestCheckReportDirRefusesTheContentFolder(t *testing.T) {
	content := t.TempDir()
	for dir, bad := range map[string]bool{
		content: true, filepath.Join(content, "reports"): true, filepath.Join(content, "a", "..", "b"): true,
		filepath.Join(filepath.Dir(content), "reports"): false, content + "-reports": false,
	} {
		if err := CheckReportDir(dir, content); (err != nil) != bad {
			t.Errorf("%s: err %v", dir, err)
		}
	}
}
