package kiosk

import (
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// jsonKeys lists the keys of a JSON object in the order they were written.
func jsonKeys(t *testing.T, raw json.RawMessage) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("not an object: %s", raw)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

// TestStatusJSONKeys pins the keys of `kiosk status --json` (those of the
// running facts in the order they had as a map), on a folder with a refused
// file and a kiosk that records its facts with music.
func TestStatusJSONKeys(t *testing.T) {
	f := newFixture(t)
	f.write("artworks/Spring/a.jpg", jpegBytes(30, 20, 1))
	f.write("artworks/Spring/broken.jpg", []byte("not a picture"))
	f.scan()
	ctx := context.Background()
	m := &Monitor{Store: f.in.Store, Screen: "hall", Started: time.Now(),
		Extra: func() *MusicFacts { return &MusicFacts{Track: "music/a.mp3", Sound: "ok: pulse"} }}
	m.lastTick = time.Now()
	m.Showing(Item{ID: 1, Source: "artworks/Spring/a.jpg"})
	m.record(ctx, "", "")

	st, err := BuildStatus(ctx, f.in.Store)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(b, &top); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"": {"version", "content", "db", "items", "refused", "last_scan", "warnings", "running",
			"withheld", "consent_ending_soon", "consent_ending"}, // added by consent (#16)
		"running": {"current_item", "current_slide", "goroutines", "heap_bytes", "last_frame", "music_playing",
			"music_silenced", "muted", "pid", "rss_bytes", "screen", "sound", "started", "track",
			"updated", "uptime_s"},
		"last_scan": {"at", "full", "files", "added", "updated", "removed", "refused"},
		"items":     {"announcement", "artwork", "poster", "timetable", "track"},
	}
	check := func(name string, raw json.RawMessage) {
		t.Helper()
		if got := jsonKeys(t, raw); !slices.Equal(got, want[name]) {
			t.Errorf("%q keys:\n got %q\nwant %q", name, got, want[name])
		}
	}
	check("", b)
	for _, k := range []string{"running", "last_scan", "items"} {
		check(k, top[k])
	}
	var refused []json.RawMessage
	if err := json.Unmarshal(top["refused"], &refused); err != nil || len(refused) != 1 {
		t.Fatalf("refused: %s (%v)", top["refused"], err)
	}
	want["refused[0]"] = []string{"source", "code", "reason_code", "reason", "reasons", "at"}
	check("refused[0]", refused[0])

	// The last record of a run that exited: last_run, with its end and why;
	// without music there are no music keys.
	m.Extra = nil
	m.record(ctx, "the screen has not been drawn for 1m0s", "exited")
	st, _ = BuildStatus(ctx, f.in.Store)
	if st.Running != nil || st.LastRun == nil {
		t.Fatalf("after exit: running %v, last run %v", st.Running, st.LastRun)
	}
	b, _ = json.Marshal(st.LastRun)
	want["last_run"] = []string{"current_item", "current_slide", "exit_reason", "exited", "goroutines", "heap_bytes",
		"last_frame", "pid", "rss_bytes", "screen", "started", "updated", "uptime_s"}
	check("last_run", b)
	if st.LastRun.PID != os.Getpid() || st.LastRun.CurrentSlide != "artworks/Spring/a.jpg" {
		t.Errorf("last run: pid %d, slide %q", st.LastRun.PID, st.LastRun.CurrentSlide)
	}
}
