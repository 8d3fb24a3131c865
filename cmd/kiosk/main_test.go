package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/ui"
)

// kioskCmd runs one command line against a temp content folder and store.
func kioskCmd(t *testing.T, dir string, args ...string) []byte {
	t.Helper()
	args = append(args, "--content", filepath.Join(dir, "Kiosk"), "--db", filepath.Join(dir, "data", "kiosk.db"))
	var out, errs bytes.Buffer
	if code := run(args, &out, &errs); code != 0 {
		t.Fatalf("kiosk %s: exit %d\n%s", strings.Join(args, " "), code, errs.String())
	}
	return out.Bytes()
}

// TestHeadlessCommandsOnDemoContent runs every command that needs no
// display on the demo content, in turn on one folder and store.
func TestHeadlessCommandsOnDemoContent(t *testing.T) {
	dir := t.TempDir()
	checkScan(t, dir)
	checkPlaylist(t, dir)
	checkPlaylistAt(t, dir)
	checkStatus(t, dir)
	checkClubs(t, dir)
	if out := string(kioskCmd(t, dir, "version")); !strings.HasPrefix(out, "kiosk ") {
		t.Errorf("version = %q", out)
	}
}

// checkScan: the first scan writes the demo content and takes all of it.
func checkScan(t *testing.T, dir string) {
	t.Helper()
	var scan struct {
		Added   int `json:"added"`
		Refused int `json:"refused"`
	}
	if err := json.Unmarshal(kioskCmd(t, dir, "scan", "--json"), &scan); err != nil {
		t.Fatal(err)
	}
	if scan.Added == 0 || scan.Refused != 0 {
		t.Errorf("scan of the demo content: %+v, want items added and none refused", scan)
	}
}

// checkPlaylist: every item has its fields, and the demo's kinds are there.
func checkPlaylist(t *testing.T, dir string) {
	t.Helper()
	var pl struct {
		Items []map[string]any `json:"items"`
	}
	if err := json.Unmarshal(kioskCmd(t, dir, "playlist", "--json"), &pl); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, it := range pl.Items {
		for _, field := range []string{"id", "kind", "source", "title", "duration_s", "active"} {
			if _, ok := it[field]; !ok {
				t.Errorf("playlist item %v has no %q", it["source"], field)
			}
		}
		kind := it["kind"].(string)
		kinds[kind]++
		if kind == "artwork" && (it["width"].(float64) <= 0 || it["height"].(float64) <= 0) {
			t.Errorf("artwork %v without width and height", it["source"])
		}
		title := it["title"].(map[string]any)
		if title["kk"] == nil && title["ru"] == nil && title["en"] == nil {
			t.Errorf("%v has no title", it["source"])
		}
	}
	if kinds["announcement"] != 2 || kinds["timetable"] != 1 || kinds["artwork"] < 8 {
		t.Errorf("demo playlist kinds = %v, want 2 announcements, 1 timetable, 8+ artworks", kinds)
	}
}

// checkPlaylistAt: the schedule of announcements and the timetable at a
// given time.
func checkPlaylistAt(t *testing.T, dir string) {
	t.Helper()
	var pl struct {
		Items []map[string]any `json:"items"`
	}
	// The sign-up announcement runs from 2026-08-15: not active in January 2025.
	if err := json.Unmarshal(kioskCmd(t, dir, "playlist", "--json", "--at", "2025-01-10 15:00"), &pl); err != nil {
		t.Fatal(err)
	}
	for _, it := range pl.Items {
		if it["source"] == "announcements/signup.md" && it["active"] != false {
			t.Errorf("sign-up announcement active before its from date")
		}
		// Friday 15:00: watercolour (14:00-15:30) is on, dombra (17:00) is next.
		if it["kind"] == "timetable" && (it["active"] != true || it["sessions_left"] != 2.0) {
			t.Errorf("timetable on Friday 15:00: active %v, sessions_left %v; want true, 2", it["active"], it["sessions_left"])
		}
	}
	// By 19:00 every session has ended: no timetable slide is due.
	if err := json.Unmarshal(kioskCmd(t, dir, "playlist", "--json", "--at", "2025-01-10 19:00"), &pl); err != nil {
		t.Fatal(err)
	}
	for _, it := range pl.Items {
		if it["kind"] == "timetable" && it["active"] != false {
			t.Errorf("timetable active at 19:00 with nothing left: %v", it)
		}
	}
}

func checkStatus(t *testing.T, dir string) {
	t.Helper()
	var st struct {
		Items    map[string]int   `json:"items"`
		Refused  []map[string]any `json:"refused"`
		LastScan map[string]any   `json:"last_scan"`
	}
	if err := json.Unmarshal(kioskCmd(t, dir, "status", "--json"), &st); err != nil {
		t.Fatal(err)
	}
	if st.Items["announcement"] != 2 || st.LastScan == nil || st.Refused == nil {
		t.Errorf("status = %+v", st)
	}
}

// checkClubs: the clubs for scripts and for people.
func checkClubs(t *testing.T, dir string) {
	t.Helper()
	var clubs struct {
		Clubs []struct {
			ID           string            `json:"id"`
			Category     string            `json:"category"`
			CategoryName map[string]string `json:"category_name"`
			Sessions     []struct {
				Day   int    `json:"day"`
				Start string `json:"start"`
			} `json:"sessions"`
		} `json:"clubs"`
	}
	if err := json.Unmarshal(kioskCmd(t, dir, "clubs", "--json"), &clubs); err != nil {
		t.Fatal(err)
	}
	if len(clubs.Clubs) != 6 || clubs.Clubs[0].ID != "robo" || clubs.Clubs[0].Sessions[0].Day != 1 || clubs.Clubs[0].Sessions[0].Start != "15:00" {
		t.Errorf("clubs = %+v", clubs)
	}
	// The demo's clubs.csv names the category per language: scripts get the
	// English one, visitors their own.
	if c := clubs.Clubs[0]; c.Category != "Technical" || c.CategoryName["kk"] != "Техникалық" {
		t.Errorf("robo's category = %q, names %v", c.Category, c.CategoryName)
	}
	text := string(kioskCmd(t, dir, "clubs"))
	if !strings.Contains(text, "\n    Mon 15:00-16:30  204\n") || !strings.Contains(text, "\n    Sun ") {
		t.Errorf("kiosk clubs does not list robo's Monday session and a Sunday one:\n%s", text)
	}
}

func TestHelpListsTheCommands(t *testing.T) {
	for _, arg := range []string{"help", "--help", "-h"} {
		var out, errs bytes.Buffer
		if code := run([]string{arg}, &out, &errs); code != 0 || !strings.Contains(out.String(), "kiosk stats") {
			t.Errorf("kiosk %s: exit %d, %q", arg, code, out.String())
		}
	}
}

func TestUnknownCommand(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run([]string{"dance"}, &out, &errs); code != 2 || !strings.Contains(errs.String(), "unknown command") {
		t.Errorf("exit %d, stderr %q", code, errs.String())
	}
}

// TestFyneAppTomlAgrees keeps FyneApp.toml (read by `fyne package`) and the
// code (used by `go run` and `kiosk version`) telling the same story.
func TestFyneAppTomlAgrees(t *testing.T) {
	var meta struct {
		Details struct{ ID, Name, Version, Icon string }
		Source  struct{ Dir string }
	}
	if _, err := toml.DecodeFile("../../FyneApp.toml", &meta); err != nil {
		t.Fatal(err)
	}
	if meta.Details.Version != kiosk.Version || meta.Details.ID != ui.AppID || meta.Source.Dir != "cmd/kiosk" {
		t.Errorf("FyneApp.toml says %+v; code says version %s, id %s", meta, kiosk.Version, ui.AppID)
	}
	if _, err := os.Stat(filepath.Join("../..", meta.Details.Icon)); err != nil {
		t.Errorf("icon: %v", err)
	}
}

// TestBrokenSettingsKeepTheShow: a broken kiosk.toml does not stop a scan,
// and status says why it was not applied.
func TestBrokenSettingsKeepTheShow(t *testing.T) {
	dir := t.TempDir()
	kioskCmd(t, dir, "scan") // writes the demo
	os.WriteFile(filepath.Join(dir, "Kiosk", "kiosk.toml"), []byte("[durations\nartwork = ten\n"), 0o644)
	kioskCmd(t, dir, "scan")
	var st struct {
		Warnings []string       `json:"warnings"`
		Items    map[string]int `json:"items"`
	}
	if err := json.Unmarshal(kioskCmd(t, dir, "status", "--json"), &st); err != nil {
		t.Fatal(err)
	}
	if len(st.Warnings) == 0 || !strings.Contains(strings.Join(st.Warnings, "\n"), "kiosk.toml") || st.Items["artwork"] == 0 {
		t.Errorf("status after a broken kiosk.toml: %+v", st)
	}
}

func TestStatsText(t *testing.T) {
	var b strings.Builder
	writeStatsText(&b, nil, time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), "k.db")
	if !strings.Contains(b.String(), "no slides shown") || !strings.Contains(b.String(), "since 2030-01-01") {
		t.Errorf("stats with nothing to show: %q", b.String())
	}
	b.Reset()
	writeStatsText(&b, []kiosk.StatRow{
		{Date: "2025-03-01", Kind: "artwork", Source: "artworks/A/a.jpg", Plays: 3, Seconds: 30},
		{Date: "2025-03-02", Kind: "club", ID: "robo", Title: "Robotics", Touches: 2},
		{Date: "total", Kind: "artwork", Source: "artworks/A/a.jpg", Plays: 3, Seconds: 30},
		{Date: "total", Kind: "exhibition", Title: "A", Plays: 3, Seconds: 30},
		{Date: "total", Kind: "club", ID: "robo", Title: "Robotics", Touches: 2},
	}, time.Time{}, "k.db")
	out := b.String()
	for _, want := range []string{"2025-03-01\n", "2025-03-02\n", "totals\n", "shown    3 times for 30 s", `exhibition "A"`,
		"in all: 3 slides shown for 30 s; club pages opened 2 times"} {
		if !strings.Contains(out, want) {
			t.Errorf("stats text lacks %q:\n%s", want, out)
		}
	}
}

func TestPrintable(t *testing.T) {
	if got := printable("artworks/Hall/new\nline.jpg"); got != `"artworks/Hall/new\nline.jpg"` {
		t.Errorf("printable = %s", got)
	}
	if got := printable("artworks/Көктем/a.jpg"); got != "artworks/Көктем/a.jpg" {
		t.Errorf("printable changed a plain name: %s", got)
	}
}
