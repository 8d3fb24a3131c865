package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestRefusedCountsAgree: a rescan that finds nothing new still counts the
// files refused now, in scan --json, status --json and the text status.
func TestRefusedCountsAgree(t *testing.T) {
	dir := t.TempDir()
	kioskCmd(t, dir, "scan")
	bad := filepath.Join(dir, "Kiosk", "artworks", "letter.jpg")
	if err := os.MkdirAll(filepath.Dir(bad), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("not a picture\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	kioskCmd(t, dir, "scan", "--wait", "0s")
	kioskCmd(t, dir, "scan", "--wait", "0s")
	var scan struct {
		Refused       int `json:"refused"`
		RefusedInScan int `json:"refused_in_scan"`
	}
	if err := json.Unmarshal(kioskCmd(t, dir, "scan", "--json"), &scan); err != nil {
		t.Fatal(err)
	}
	var st struct {
		Refused []struct {
			ReasonCode string `json:"reason_code"`
		} `json:"refused"`
		LastScan struct {
			Refused int `json:"refused"`
		} `json:"last_scan"`
	}
	if err := json.Unmarshal(kioskCmd(t, dir, "status", "--json"), &st); err != nil {
		t.Fatal(err)
	}
	text := string(kioskCmd(t, dir, "status"))
	n := len(st.Refused)
	if n == 0 || scan.Refused != n || st.LastScan.Refused != n || !strings.Contains(text, "refused files ("+strconv.Itoa(n)+")") ||
		!strings.Contains(text, "; "+strconv.Itoa(n)+" refused now") {
		t.Errorf("refused: scan --json %d (in that scan %d), status --json last_scan %d, listed %d; text:\n%s",
			scan.Refused, scan.RefusedInScan, st.LastScan.Refused, n, text)
	}
}
