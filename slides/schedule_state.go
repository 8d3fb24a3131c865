package slides

import "time"

// OffReason says why a schedule keeps a slide off the screen at a time.
type OffReason int

// The reasons, in the order StateAt checks them.
const (
	OnNow      OffReason = iota // the schedule allows it now
	NotYet                      // before its first day (From)
	Ended                       // after its last day (Until), or no window is left before it ends
	OtherDays                   // within its dates, but today is not one of its days
	OtherHours                  // today is one of its days, but not at this hour
)

// ScheduleState is what a schedule means for a slide at a time: on now, or
// off and why, and when it comes on next.
type ScheduleState struct {
	Reason OffReason
	// Next is when the slide may next be shown, in the time's zone; zero
	// while it is on, and when it never will again.
	Next time.Time
}

// On reports whether the slide may be shown.
func (s ScheduleState) On() bool { return s.Reason == OnNow }

// StateAt describes the schedule at t (already in the centre's zone): on
// now, or why not and from when. It agrees with ActiveAt.
func (s Schedule) StateAt(t time.Time) ScheduleState {
	if s.ActiveAt(t) {
		return ScheduleState{Reason: OnNow}
	}
	st := ScheduleState{Next: s.NextStart(t)}
	day := t.Format(DateLayout)
	switch {
	case s.Until != "" && day > s.Until:
		st.Reason = Ended
	case s.From != "" && day < s.From:
		st.Reason = NotYet
	case !s.Days.Has(t.Weekday()):
		st.Reason = OtherDays
	default:
		st.Reason = OtherHours
	}
	if st.Next.IsZero() && s.Until != "" {
		st.Reason = Ended // nothing is left before its last day ends
	}
	return st
}

// NextStart is the first time after t (in t's zone) at which the schedule
// allows showing: the start of an allowed day, or of a window of Hours on
// one. It is zero when there is none (the last day has passed).
func (s Schedule) NextStart(t time.Time) time.Time {
	loc := t.Location()
	y, m, d := t.Date()
	first := time.Date(y, m, d, 0, 0, 0, 0, loc)
	if s.From != "" {
		if from, err := time.ParseInLocation(DateLayout, s.From, loc); err == nil && from.After(first) {
			first = from
		}
	}
	// After From the days and hours repeat every week: eight days ahead
	// are enough to find the next start.
	for i := range 8 {
		day := time.Date(first.Year(), first.Month(), first.Day()+i, 0, 0, 0, 0, loc)
		if s.Until != "" && day.Format(DateLayout) > s.Until {
			break
		}
		if !s.dayAllowed(day) {
			continue
		}
		if len(s.Hours) == 0 {
			if day.After(t) {
				return day
			}
			continue
		}
		var best time.Time
		for _, r := range s.Hours {
			at := time.Date(day.Year(), day.Month(), day.Day(), int(r.Start)/60, int(r.Start)%60, 0, 0, loc)
			if at.After(t) && (best.IsZero() || at.Before(best)) {
				best = at
			}
		}
		if !best.IsZero() {
			return best
		}
	}
	return time.Time{}
}
