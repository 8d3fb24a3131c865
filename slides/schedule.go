package slides

import "time"

// Schedule says when a slide may be shown.
type Schedule struct {
	// From and Until are the first and last day ("2006-01-02"), both
	// included; "" leaves that side open.
	From, Until string
	// Days are the days of the week; 0 means every day.
	Days Weekdays
	// Hours are the daily windows; empty means all day.
	Hours []TimeRange
}

// IsZero reports whether the schedule sets nothing, that is "always".
func (s Schedule) IsZero() bool {
	return s.From == "" && s.Until == "" && s.Days&everyDay == 0 && len(s.Hours) == 0
}

// ActiveAt reports whether the schedule allows showing at t, which must
// already be in the centre's time zone. A window that runs past midnight,
// such as 22:00-02:00, belongs to the day it starts on: its early-morning
// part counts only when the previous day is allowed.
func (s Schedule) ActiveAt(t time.Time) bool {
	if len(s.Hours) == 0 {
		return s.dayAllowed(t)
	}
	m := ClockAt(t)
	for _, r := range s.Hours {
		switch {
		case r.Start < r.End:
			if m >= r.Start && m < r.End && s.dayAllowed(t) {
				return true
			}
		case r.Start > r.End:
			if m >= r.Start && s.dayAllowed(t) {
				return true
			}
			if m < r.End && s.dayAllowed(previousDay(t)) {
				return true
			}
		}
	}
	return false
}

// dayAllowed reports whether t's calendar day is within From..Until and
// on one of Days.
func (s Schedule) dayAllowed(t time.Time) bool {
	day := t.Format(DateLayout)
	if s.From != "" && day < s.From {
		return false
	}
	if s.Until != "" && day > s.Until {
		return false
	}
	return s.Days.Has(t.Weekday())
}

// previousDay returns noon of the calendar day before t, in UTC, which is
// all dayAllowed needs and is safe across daylight saving changes.
func previousDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d-1, 12, 0, 0, 0, time.UTC)
}
