package slides

import (
	"fmt"
	"time"
)

// Reasons the display is on or off (DisplayState.Reason). The words are
// stable: scripts read them in `kiosk status --json`.
const (
	DisplayAlways     = "always"      // no [hours]: always on
	DisplayOpen       = "open"        // within opening hours
	DisplayWaking     = "waking"      // the minutes before opening
	DisplayTouch      = "touch"       // woken by a touch or a key while closed
	DisplayClosed     = "closed"      // outside opening hours
	DisplayClosedDate = "closed_date" // a closed date of [hours]
)

// DisplayState is whether the screen is on at one moment, why, and when
// that changes next.
type DisplayState struct {
	On     bool
	Reason string    // one of the Display* words
	Why    string    // a sentence for the technician
	Next   time.Time // the next change; zero when none is due within a year
}

// horizon is how far ahead the next change is looked for.
const horizon = 400

// At tells whether the screen is on at t (in the centre's zone) with these
// hours, when a touch woke it until wokenUntil (zero: not woken).
func (h OpeningHours) At(t, wokenUntil time.Time) DisplayState {
	if !h.Set {
		return DisplayState{On: true, Reason: DisplayAlways, Why: "no opening hours set: always on"}
	}
	loc := t.Location()
	wokenUntil = wokenUntil.In(loc)
	for _, days := range []int{9, horizon} {
		st, found := h.at(t, wokenUntil, h.spans(t.AddDate(0, 0, -2), t.AddDate(0, 0, days), loc))
		if found {
			return st
		}
		if days == horizon {
			if st.On && st.Reason != DisplayTouch {
				// On to the end of the year looked at: windows that touch
				// or overlap (with the minutes before opening) every day
				// never let the screen go off.
				st.Next = time.Time{}
				st.Why += "; no break within a year"
			}
			return st
		}
	}
	panic("unreachable")
}

// at evaluates t against the on-spans; found is false when the next change
// may lie beyond them.
func (h OpeningHours) at(t, wokenUntil time.Time, spans []span) (DisplayState, bool) {
	// The stretch of on-time around t: overlapping or touching spans join.
	var cur *span
	var end time.Time
	for i := range spans {
		s := &spans[i]
		switch {
		case cur == nil && !s.on.After(t) && s.close.After(t):
			cur, end = s, s.close
		case cur != nil && !s.on.After(end) && s.close.After(end):
			end = s.close
		}
	}
	if cur != nil {
		if wokenUntil.After(end) {
			end = h.afterWoken(wokenUntil, spans)
		}
		found := end.Before(spans[len(spans)-1].close)
		st := DisplayState{On: true, Reason: DisplayOpen, Next: end, Why: "open " + cur.window.String()}
		if found {
			st.Why += " until " + end.Format("15:04")
		}
		if t.Before(cur.open) {
			st.Reason = DisplayWaking
			st.Why = fmt.Sprintf("opens at %s; on %d minutes before", cur.open.Format("15:04"), int(h.WakeBefore.Minutes()))
		}
		return st, found
	}
	var next *span
	for i := range spans {
		if spans[i].on.After(t) {
			next = &spans[i]
			break
		}
	}
	if wokenUntil.After(t) {
		end := h.afterWoken(wokenUntil, spans)
		return DisplayState{On: true, Reason: DisplayTouch, Next: end,
			Why: "closed, woken by a touch until " + end.Format("15:04")}, next != nil
	}
	st := DisplayState{Reason: DisplayClosed, Why: "closed"}
	if r, ok := h.closedOn(t.Format(DateLayout)); ok {
		st.Reason, st.Why = DisplayClosedDate, "closed on "+r.String()
	}
	if next == nil {
		st.Why += "; no opening within a year"
		return st, false
	}
	st.Next = next.on
	st.Why += "; opens at " + whenText(next.open, t)
	return st, true
}

// afterWoken is when a screen woken until w goes off: at w, or at the end
// of opening hours that begin before w.
func (h OpeningHours) afterWoken(w time.Time, spans []span) time.Time {
	end := w
	for _, s := range spans {
		if !s.on.After(end) && s.close.After(end) {
			end = s.close
		}
	}
	return end
}

// NextText says the next change for people, relative to now: "off at
// 20:00", "on at 08:20 Monday", "on at 08:20 Monday 05.01.2026" (a week or
// more ahead); "" when none is due.
func (s DisplayState) NextText(now time.Time) string {
	if s.Next.IsZero() {
		return ""
	}
	word := "on"
	if s.On {
		word = "off"
	}
	return word + " at " + whenText(s.Next, now)
}

// whenText writes t as seen from now: "08:20" today, "08:20 Monday" within
// the week, "08:20 Monday 05.01.2026" further ahead.
func whenText(t, now time.Time) string {
	now = now.In(t.Location())
	out := t.Format("15:04")
	y1, m1, d1 := now.Date()
	y2, m2, d2 := t.Date()
	if y1 == y2 && m1 == m2 && d1 == d2 {
		return out
	}
	out += " " + dayLong[weekIndex(t)]
	if t.Sub(now) >= 6*24*time.Hour {
		out += " " + t.Format("02.01.2006")
	}
	return out
}
