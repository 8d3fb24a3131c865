package slides

import (
	"testing"
	"time"
)

func TestScheduleStateAt(t *testing.T) {
	hours := func(s string) []TimeRange {
		rs, err := ParseHours(s)
		if err != nil {
			t.Fatal(err)
		}
		return rs
	}
	days := func(s string) Weekdays {
		w, err := ParseDays(s)
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	loc := time.FixedZone("Asia/Almaty", 5*3600)
	at := func(s string) time.Time {
		v, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	// 2026-12-03 is a Thursday.
	for _, c := range []struct {
		name   string
		s      Schedule
		t      string
		reason OffReason
		next   string // "" for none
	}{
		{"always", Schedule{}, "2026-12-03 10:00", OnNow, ""},
		{"not yet", Schedule{From: "2026-12-20"}, "2026-12-03 10:00", NotYet, "2026-12-20 00:00"},
		{"not yet, Fridays evening", Schedule{From: "2026-12-20", Days: days("Fri"), Hours: hours("17:00-20:00")}, "2026-12-03 10:00", NotYet, "2026-12-25 17:00"},
		{"ended", Schedule{Until: "2026-11-30"}, "2026-12-03 10:00", Ended, ""},
		{"ended today's window", Schedule{Until: "2026-12-03", Hours: hours("09:00-10:00")}, "2026-12-03 11:00", Ended, ""},
		{"last day on", Schedule{Until: "2026-12-03"}, "2026-12-03 23:59", OnNow, ""},
		{"Fridays", Schedule{Days: days("Fri"), Hours: hours("17:00-20:00")}, "2026-12-03 18:00", OtherDays, "2026-12-04 17:00"},
		{"Fridays, on", Schedule{Days: days("Fri"), Hours: hours("17:00-20:00")}, "2026-12-04 18:00", OnNow, ""},
		{"Friday after the window", Schedule{Days: days("Fri"), Hours: hours("17:00-20:00")}, "2026-12-04 20:00", OtherHours, "2026-12-11 17:00"},
		{"before today's window", Schedule{Hours: hours("09:00-12:00,14:00-18:00")}, "2026-12-03 12:30", OtherHours, "2026-12-03 14:00"},
		{"weekend", Schedule{Days: days("Sat,Sun")}, "2026-12-03 12:30", OtherDays, "2026-12-05 00:00"},
		{"past midnight", Schedule{Days: days("Fri"), Hours: hours("22:00-02:00")}, "2026-12-05 01:00", OnNow, ""},
		{"past midnight, after", Schedule{Days: days("Fri"), Hours: hours("22:00-02:00")}, "2026-12-05 03:00", OtherDays, "2026-12-11 22:00"},
		{"no day left", Schedule{Until: "2026-12-06", Days: days("Mon")}, "2026-12-03 10:00", Ended, ""},
	} {
		now := at(c.t)
		got := c.s.StateAt(now)
		var next string
		if !got.Next.IsZero() {
			next = got.Next.Format("2006-01-02 15:04")
		}
		if got.Reason != c.reason || next != c.next {
			t.Errorf("%s: StateAt(%s) = reason %d next %q, want %d %q", c.name, c.t, got.Reason, next, c.reason, c.next)
		}
		if got.On() != c.s.ActiveAt(now) {
			t.Errorf("%s: On() = %v but ActiveAt = %v", c.name, got.On(), !got.On())
		}
		if !got.Next.IsZero() && (!c.s.ActiveAt(got.Next) || got.Next.Location() != loc) {
			t.Errorf("%s: the schedule is not on at its next start %v", c.name, got.Next)
		}
	}
}
