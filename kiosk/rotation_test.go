package kiosk

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

func art(id int64, src string) Item {
	return Item{ID: id, Kind: KindArtwork, Source: src, Enabled: true, Meta: Meta{Exhibition: "A"}}
}

func text(id int64, src string, p slides.Priority) Item {
	return Item{ID: id, Kind: KindAnnouncement, Source: src, Enabled: true, Priority: p}
}

// sequence runs the rotation n times and writes the sources it picked.
func sequence(r *Rotation, items []Item, n int, cfg Config) string {
	var got []string
	for range n {
		it, ok := r.Next(items, time.Date(2025, 1, 10, 12, 0, 0, 0, time.UTC), cfg)
		if !ok {
			got = append(got, "-")
			continue
		}
		got = append(got, it.Source)
	}
	return strings.Join(got, " ")
}

func TestRotationMixesTextsBetweenArtworks(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Mix.AnnouncementEvery = 2
	cfg.Mix.TimetableEvery = 0
	items := []Item{art(1, "a1"), art(2, "a2"), art(3, "a3"), text(4, "t1", slides.Normal), text(5, "t2", slides.Normal)}
	var r Rotation
	if got, want := sequence(&r, items, 9, cfg), "a1 a2 t1 a3 a1 t2 a2 a3 t1"; got != want {
		t.Errorf("rotation = %q, want %q", got, want)
	}
}

func TestRotationUrgentFirstAndRecurring(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Mix.AnnouncementEvery = 0
	cfg.Mix.UrgentEvery = 3
	items := []Item{art(1, "a1"), art(2, "a2"), art(3, "a3"), art(4, "a4"), text(9, "urgent", slides.Urgent)}
	var r Rotation
	got := sequence(&r, items, 8, cfg)
	if want := "urgent a1 a2 a3 urgent a4 a1 a2"; got != want {
		t.Errorf("rotation = %q, want %q", got, want)
	}
}

func TestRotationSurvivesRemovalAndSchedule(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Mix.AnnouncementEvery = 0
	items := []Item{art(1, "a1"), art(2, "a2"), art(3, "a3")}
	var r Rotation
	sequence(&r, items, 2, cfg) // a1 a2
	// a2 (on screen) and a3 are deleted; the rotation goes on from where it was.
	left := []Item{art(1, "a1"), art(4, "a4")}
	if got := sequence(&r, left, 3, cfg); got != "a4 a1 a4" {
		t.Errorf("after removal: %q, want %q", got, "a4 a1 a4")
	}
	expired := art(5, "a5")
	expired.Schedule.Until = "2024-12-31"
	disabled := art(6, "a6")
	disabled.Enabled = false
	if got := sequence(&Rotation{}, []Item{expired, disabled}, 1, cfg); got != "-" {
		t.Errorf("expired and disabled items shown: %q", got)
	}
}

func TestTodayTimetable(t *testing.T) {
	clock := func(s string) slides.Clock { c, _ := slides.ParseClock(s); return c }
	club := func(id string, sessions ...slides.Session) Club {
		return Club{Club: slides.Club{ID: id, Name: slides.Plain(id), Category: slides.Plain("cat-" + id[:1]), Sessions: sessions}}
	}
	mon := func(start, end string) slides.Session {
		return slides.Session{Day: 1, Start: clock(start), End: clock(end), Room: "1"}
	}
	clubs := []Club{
		club("robo", mon("15:00", "16:30"), slides.Session{Day: 2, Start: clock("15:00"), End: clock("16:00")}),
		club("art", mon("10:00", "11:00"), mon("14:00", "15:30")),
		club("vocal", mon("17:00", "18:00")),
		club("dance", mon("17:00", "18:00")),
	}
	// Monday 23 November 2026, 15:10.
	pages := TodayTimetable(clubs, time.Date(2026, 11, 23, 15, 10, 0, 0, time.UTC), 6)
	if len(pages) != 1 {
		t.Fatalf("%d pages, want 1", len(pages))
	}
	var got []string
	for _, r := range pages[0].Rows {
		mark := ""
		if r.Now {
			mark = "*"
		}
		if r.Next {
			mark = ">"
		}
		got = append(got, fmt.Sprintf("%s%s%s", mark, r.ClubID, r.Start))
	}
	if want := "*art14:00 *robo15:00 >dance17:00 >vocal17:00"; strings.Join(got, " ") != want {
		t.Errorf("rows = %q, want %q (ended sessions dropped, now and next marked)", strings.Join(got, " "), want)
	}
	// Many sessions and several categories: pages per category.
	var many []Club
	for i := range 20 {
		many = append(many, club(fmt.Sprintf("%c%d", 'a'+i%2, i), mon("18:00", "19:00")))
	}
	pages = TodayTimetable(many, time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC), 4)
	if len(pages) != 6 || pages[0].Category.IsEmpty() || pages[0].Pages != 3 {
		t.Errorf("20 sessions in 2 categories at 4 a page: %d pages (want 6), first %+v", len(pages), pages[0])
	}
}

func TestScreenSections(t *testing.T) {
	cfg, _, err := loadConfigText(t, `
[screens.hall]
folders = ["artworks/Hall"]
kinds = ["artwork", "timetable"]
languages = ["ru", "kk"]
`)
	if err != nil {
		t.Fatal(err)
	}
	hall := art(1, "artworks/Hall/a.jpg")
	other := art(2, "artworks/Other/b.jpg")
	news := text(3, "announcements/x.md", slides.Normal)
	table := Item{ID: 4, Kind: KindTimetable, Source: "clubs/timetable", Enabled: true}
	for _, tc := range []struct {
		screen string
		it     Item
		want   bool
	}{
		{"hall", hall, true}, {"hall", other, false}, {"hall", news, false}, {"hall", table, true},
		{"", other, true}, {"lobby", news, true},
	} {
		if got := cfg.Shows(tc.screen, tc.it); got != tc.want {
			t.Errorf("screen %q shows %s = %v, want %v", tc.screen, tc.it.Source, got, tc.want)
		}
	}
	if got := cfg.ForScreen("hall").LangOrder()[0]; got != slides.RU {
		t.Errorf("hall's first language = %s, want ru", got)
	}
}

func TestConfigBrokenAndUnknownKeys(t *testing.T) {
	_, warnings, err := loadConfigText(t, "transition = 1\ncolour = \"red\"\n")
	if err != nil || len(warnings) != 1 || !strings.Contains(warnings[0], "colour") {
		t.Errorf("unknown key: warnings %v, err %v; want one warning naming it", warnings, err)
	}
	for _, bad := range []string{"durations = [", "[durations]\nartwork = -5\n", "timezone = \"Mars/Olympus\"\n", "languages = [\"de\"]\n"} {
		if _, _, err := loadConfigText(t, bad); err == nil {
			t.Errorf("config %q accepted", bad)
		}
	}
	cfg, _, err := loadConfigText(t, "timezone = \"Asia/Almaty\"\n[durations]\nartwork = 7.5\n")
	if err != nil || cfg.Durations.Artwork != 7.5 || cfg.Durations.Announcement != 15 {
		t.Errorf("partial config: %+v, %v", cfg.Durations, err)
	}
}

func loadConfigText(t *testing.T, text string) (Config, []string, error) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "kiosk.toml"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return LoadConfig(dir)
}

// TestTimetableTurnsThroughLanguages: each showing of the timetable leads
// with the next language, so a reader of each gets it in full in turn.
func TestTimetableTurnsThroughLanguages(t *testing.T) {
	s := &Show{}
	order := []slides.Lang{slides.KK, slides.RU, slides.EN}
	var firsts []slides.Lang
	for range 4 {
		firsts = append(firsts, s.turn(7, order, order)[0])
	}
	if want := []slides.Lang{slides.KK, slides.RU, slides.EN, slides.KK}; !slices.Equal(firsts, want) {
		t.Errorf("first languages of four showings = %v, want %v", firsts, want)
	}
	if got := s.turn(8, order[:1], order[:1]); !slices.Equal(got, order[:1]) {
		t.Errorf("one language: %v", got)
	}
}
