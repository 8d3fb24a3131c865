package slides

import "time"

// OnAt reports whether the session is going on at t: on t's day of the
// week, from its start up to (not including) its end. t must already be in
// the centre's time zone.
func (s Session) OnAt(t time.Time) bool {
	now := ClockAt(t)
	return s.Day == ISOWeekday(t) && s.Start <= now && now < s.End
}

// LeftAt reports whether the session is still to be seen on t's day: on
// that day of the week and not ended by t (going on, or still to start).
func (s Session) LeftAt(t time.Time) bool {
	return s.Day == ISOWeekday(t) && ClockAt(t) < s.End
}

// MeetsOn reports whether the club has a session on day 1 (Monday) ... 7
// (Sunday).
func (c Club) MeetsOn(day int) bool {
	for _, s := range c.Sessions {
		if s.Day == day {
			return true
		}
	}
	return false
}

// OnAt reports whether one of the club's sessions is going on at t.
func (c Club) OnAt(t time.Time) bool {
	for _, s := range c.Sessions {
		if s.OnAt(t) {
			return true
		}
	}
	return false
}

// NextStart is the earliest start, later than t's time of day, of the
// sessions on t's day: what a timetable marks "next". ok is false when
// none starts later that day.
func NextStart(sessions []Session, t time.Time) (start Clock, ok bool) {
	day, now := ISOWeekday(t), ClockAt(t)
	for _, s := range sessions {
		if s.Day == day && s.Start > now && (!ok || s.Start < start) {
			start, ok = s.Start, true
		}
	}
	return start, ok
}
