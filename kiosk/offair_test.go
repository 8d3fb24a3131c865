package kiosk

import (
	"strings"
	"testing"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// TestOffAirAt: four announcements, one on now; the panel is told why each
// other one is off and when it comes on, and nothing that plays is listed.
func TestOffAirAt(t *testing.T) {
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC) // a Thursday
	on := text(1, "announcements/on.md", slides.Normal)
	later := text(2, "announcements/new-year.md", slides.Normal)
	later.Schedule.From = "2026-12-20"
	fridays := text(3, "announcements/fridays.md", slides.Normal)
	fridays.Schedule.Days = slides.Weekdays(1 << 4)
	fridays.Schedule.Hours = []slides.TimeRange{{Start: 17 * 60, End: 20 * 60}}
	ended := text(4, "announcements/old.md", slides.Normal)
	ended.Schedule.Until = "2026-11-30"
	off := art(5, "artworks/A/off.jpg")
	off.Enabled = false
	gone := art(6, "artworks/A/gone.jpg")
	gone.Schedule.Until = "2020-01-01"
	gone.GoneAt = now
	track := Item{ID: 7, Kind: KindTrack, Source: "music/a.mp3", Enabled: true, Schedule: slides.Schedule{Until: "2020-01-01"}}
	lobbyArt := art(8, "artworks/A/lobby.jpg")
	cfg := DefaultConfig()
	cfg.Screens = map[string]ScreenConfig{"hall": {Kinds: []string{"announcement"}}}

	got := OffAirAt([]Item{on, later, fridays, ended, off, gone, track, lobbyArt}, now, cfg, "hall")
	var lines []string
	for _, o := range got {
		lines = append(lines, o.Item.Source+":"+describe(o))
	}
	want := []string{
		"announcements/new-year.md:notyet@2026-12-20 00:00",
		"announcements/fridays.md:otherdays@2026-12-04 17:00",
		"announcements/old.md:ended",
		"artworks/A/off.jpg:disabled,screen",
		"artworks/A/lobby.jpg:screen",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("off air:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

func describe(o OffAir) string {
	var parts []string
	switch o.Schedule.Reason {
	case slides.NotYet:
		parts = append(parts, "notyet@"+o.Schedule.Next.Format("2006-01-02 15:04"))
	case slides.Ended:
		parts = append(parts, "ended")
	case slides.OtherDays:
		parts = append(parts, "otherdays@"+o.Schedule.Next.Format("2006-01-02 15:04"))
	case slides.OtherHours:
		parts = append(parts, "otherhours@"+o.Schedule.Next.Format("2006-01-02 15:04"))
	}
	if o.Disabled {
		parts = append(parts, "disabled")
	}
	if o.OtherScreen {
		parts = append(parts, "screen")
	}
	return strings.Join(parts, ",")
}
