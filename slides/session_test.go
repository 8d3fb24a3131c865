package slides

import (
	"testing"
	"time"
)

// at is a time on the week of Monday 2026-11-23, in the centre's zone.
func at(day int, clock string) time.Time {
	c, err := ParseClock(clock)
	if err != nil {
		panic(err)
	}
	return time.Date(2026, 11, 22+day, int(c)/60, int(c)%60, 30, 0, time.FixedZone("Almaty", 5*3600))
}

func session(day int, start, end string) Session {
	s, _ := ParseClock(start)
	e, _ := ParseClock(end)
	return Session{Day: day, Start: s, End: e}
}

func TestISOWeekdayAndClockAt(t *testing.T) {
	for day := 1; day <= 7; day++ {
		if got := ISOWeekday(at(day, "12:00")); got != day {
			t.Errorf("ISOWeekday(%v) = %d, want %d", at(day, "12:00"), got, day)
		}
	}
	if got := ClockAt(at(1, "15:07")); got.String() != "15:07" {
		t.Errorf("ClockAt(15:07:30) = %v, want 15:07", got)
	}
	for day, want := range map[int]string{0: "", 1: "Mon", 4: "Thu", 7: "Sun", 8: ""} {
		if got := DayAbbrev(day); got != want {
			t.Errorf("DayAbbrev(%d) = %q, want %q", day, got, want)
		}
	}
}

func TestSessionOnAtAndLeftAt(t *testing.T) {
	s := session(1, "15:00", "16:30") // Monday
	tests := []struct {
		at         time.Time
		on, left   bool
		whyVisible string
	}{
		{at(1, "14:59"), false, true, "before the start: still to come"},
		{at(1, "15:00"), true, true, "at the start"},
		{at(1, "16:29"), true, true, "in the last minute"},
		{at(1, "16:30"), false, false, "at the end: over"},
		{at(2, "15:30"), false, false, "another day"},
		{at(7, "15:30"), false, false, "Sunday, day 7"},
	}
	for _, tc := range tests {
		if got := s.OnAt(tc.at); got != tc.on {
			t.Errorf("%s: OnAt(%v) = %v, want %v", tc.whyVisible, tc.at, got, tc.on)
		}
		if got := s.LeftAt(tc.at); got != tc.left {
			t.Errorf("%s: LeftAt(%v) = %v, want %v", tc.whyVisible, tc.at, got, tc.left)
		}
	}
	if !session(7, "11:00", "12:00").OnAt(at(7, "11:30")) {
		t.Error("a Sunday session is not on on Sunday")
	}
}

func TestClubOnAtAndMeetsOn(t *testing.T) {
	c := Club{ID: "robo", Sessions: []Session{session(1, "15:00", "16:30"), session(3, "15:00", "16:30"), session(6, "11:00", "12:30")}}
	for day, want := range map[int]bool{1: true, 2: false, 3: true, 6: true, 7: false} {
		if got := c.MeetsOn(day); got != want {
			t.Errorf("MeetsOn(%d) = %v, want %v", day, got, want)
		}
	}
	if !c.OnAt(at(6, "12:00")) || c.OnAt(at(6, "12:30")) || c.OnAt(at(2, "15:30")) {
		t.Error("OnAt: want on on Saturday at 12:00, off at 12:30 and on Tuesday")
	}
	if (Club{}).OnAt(at(1, "15:00")) || (Club{}).MeetsOn(1) {
		t.Error("a club without sessions is on")
	}
}

func TestNextStart(t *testing.T) {
	ss := []Session{session(1, "17:00", "18:00"), session(1, "15:00", "16:00"), session(1, "16:00", "17:00"), session(2, "15:30", "16:00")}
	tests := []struct {
		at   time.Time
		want string // "" none
	}{
		{at(1, "09:00"), "15:00"},
		{at(1, "15:00"), "16:00"}, // the one starting now is on, not next
		{at(1, "16:30"), "17:00"},
		{at(1, "17:00"), ""},
		{at(2, "09:00"), "15:30"},
		{at(3, "09:00"), ""},
	}
	for _, tc := range tests {
		got, ok := NextStart(ss, tc.at)
		if (tc.want == "") == ok || (ok && got.String() != tc.want) {
			t.Errorf("NextStart at %v = %v, %v; want %q", tc.at, got, ok, tc.want)
		}
	}
}
