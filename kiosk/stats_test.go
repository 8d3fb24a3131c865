package kiosk

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

func TestStatsCountPlaysAndTouches(t *testing.T) {
	f := newFixture(t)
	f.write("artworks/Milestone/a.jpg", jpegBytes(20, 20, 1))
	f.write("artworks/Milestone/b.jpg", jpegBytes(20, 20, 2))
	f.scan()
	items := f.items()
	show := &Show{Store: f.in.Store, Screen: "hall"}
	ctx := context.Background()
	day1 := time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)
	day2 := day1.AddDate(0, 0, 1)
	for i := range 3 {
		show.Played(ctx, items["artworks/Milestone/a.jpg"], day1.Add(time.Duration(i)*time.Minute), 10*time.Second)
	}
	show.Played(ctx, items["artworks/Milestone/b.jpg"], day2, 8*time.Second)
	f.in.Store.LogTouch(ctx, "hall", Touch{At: day2, Session: day2, Event: TouchClub, ClubID: "robo"})
	f.in.Store.LogTouch(ctx, "hall", Touch{At: day2, Session: day2, Event: TouchClose, Length: 42 * time.Second})

	rows, err := Stats(ctx, f.in.Store, day1.Add(-time.Hour), time.UTC, slides.Langs)
	if err != nil {
		t.Fatal(err)
	}
	find := func(date, kind, source string) StatRow {
		for _, r := range rows {
			if r.Date == date && r.Kind == kind && (r.Source == source || r.ID == source || r.Exhibition == source && kind == "exhibition") {
				return r
			}
		}
		t.Fatalf("no row %s %s %s in %+v", date, kind, source, rows)
		return StatRow{}
	}
	if r := find("2025-03-01", "artwork", "artworks/Milestone/a.jpg"); r.Plays != 3 || r.Seconds != 30 {
		t.Errorf("a.jpg on day 1: %+v", r)
	}
	if r := find("total", "exhibition", "Milestone"); r.Plays != 4 || r.Seconds != 38 {
		t.Errorf("exhibition total: %+v", r)
	}
	if r := find("2025-03-02", "club", "robo"); r.Touches != 1 {
		t.Errorf("club touches: %+v", r)
	}
	if r := find("total", "touch_sessions", ""); r.Touches != 1 || r.Seconds != 42 {
		t.Errorf("sessions: %+v", r)
	}
	// Totals come after the days, grouped: items, exhibitions, clubs, sessions.
	var kinds []string
	for _, r := range rows {
		if r.Date == "total" {
			kinds = append(kinds, r.Kind)
		}
	}
	if want := []string{"artwork", "artwork", "exhibition", "club", "touch_sessions"}; !slices.Equal(kinds, want) {
		t.Errorf("total rows in the order %q, want %q", kinds, want)
	}
	// --since after day 1 leaves only day 2.
	rows, _ = Stats(ctx, f.in.Store, day2.Add(-time.Hour), time.UTC, slides.Langs)
	for _, r := range rows {
		if r.Date == "2025-03-01" {
			t.Errorf("row before --since: %+v", r)
		}
	}
	// Pruning before day 2 drops day 1's plays.
	if err := f.in.Store.Prune(ctx, day2.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	rows, _ = Stats(ctx, f.in.Store, time.Time{}, time.UTC, slides.Langs)
	if r := find("total", "exhibition", "Milestone"); r.Plays != 1 {
		t.Errorf("after pruning: %+v", r)
	}
}

// TestStatsKeepTheExhibitionOfEachPlay: an artwork moved to another
// exhibition keeps the plays it had in the first one there.
func TestStatsKeepTheExhibitionOfEachPlay(t *testing.T) {
	f := newFixture(t)
	f.write("artworks/Spring/a.jpg", jpegBytes(20, 20, 1))
	f.scan()
	show := &Show{Store: f.in.Store}
	ctx := context.Background()
	day := time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)
	show.Played(ctx, f.items()["artworks/Spring/a.jpg"], day, 10*time.Second)
	if err := os.MkdirAll(filepath.Join(f.root, "artworks/Summer"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(f.root, "artworks/Spring/a.jpg"), filepath.Join(f.root, "artworks/Summer/a.jpg")); err != nil {
		t.Fatal(err)
	}
	f.scan()
	moved := f.items()["artworks/Summer/a.jpg"]
	show.Played(ctx, moved, day.Add(time.Minute), 10*time.Second)
	show.Played(ctx, moved, day.Add(2*time.Minute), 10*time.Second)
	rows, err := Stats(ctx, f.in.Store, time.Time{}, time.UTC, slides.Langs)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, r := range rows {
		if r.Date == "total" && r.Kind == "exhibition" {
			got[r.Exhibition] = r.Plays
		}
	}
	if got["Spring"] != 1 || got["Summer"] != 2 {
		t.Errorf("plays per exhibition = %v, want Spring 1, Summer 2", got)
	}
}
