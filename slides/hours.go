package slides

import (
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"time"
)

// OpeningHours are a centre's hours: when it is open on each day of the
// week, the days it is closed, and how early the screen wakes before it
// opens. The zero value is "always open".
type OpeningHours struct {
	// Week holds the open windows of each day, Monday first. A window whose
	// End is before its Start, such as 18:00-02:00, belongs to the day it
	// starts on and runs past midnight.
	Week [7][]TimeRange
	// Closed are the days the centre is closed whatever the weekday says.
	Closed []DateRange
	// WakeBefore is how long before opening the screen comes on.
	WakeBefore time.Duration
	// Set is false for the zero value: no hours given, the screen stays on.
	Set bool
}

// DateRange is a span of days, both ends included, as "2006-01-02".
type DateRange struct{ From, Until string }

// String writes the range as staff do: "01.01.2026" or
// "21.03.2026-23.03.2026".
func (r DateRange) String() string {
	if r.From == r.Until {
		return staffDate(r.From)
	}
	return staffDate(r.From) + "-" + staffDate(r.Until)
}

func staffDate(d string) string {
	t, err := time.Parse(DateLayout, d)
	if err != nil {
		return d
	}
	return t.Format("02.01.2006")
}

// ParseClosedDate reads a closed day or span as staff write it:
// "01.01.2026", "2026-01-01", "21.03.2026-23.03.2026" (also with spaces
// or a dash around the hyphen).
func ParseClosedDate(s string) (DateRange, error) {
	t := strings.TrimSpace(s)
	for _, d := range []string{"–", "—", " - ", " -", "- "} {
		t = strings.ReplaceAll(t, d, "-")
	}
	// A span: a hyphen that has a whole date on each side of it.
	for i := 0; i < len(t); i++ {
		if t[i] != '-' {
			continue
		}
		from, err1 := parsePlainDate(t[:i])
		until, err2 := parsePlainDate(t[i+1:])
		if err1 == nil && err2 == nil {
			if until < from {
				return DateRange{}, rowErr(0,
					g(s)+": соңғы күн бірінші күннен бұрын",
					g(s)+": последний день раньше первого",
					q(s)+": the last day is before the first")
			}
			return DateRange{from, until}, nil
		}
	}
	d, err := parsePlainDate(t)
	if err != nil {
		return DateRange{}, err
	}
	return DateRange{d, d}, nil
}

// parsePlainDate is ParseDate without a time of day after the date.
func parsePlainDate(s string) (string, error) {
	if strings.ContainsAny(strings.TrimSpace(s), " T") {
		return ParseDate("x") // the same "unclear date" reason
	}
	return ParseDate(s)
}

// closedWords are the values that mark a day closed.
var closedWords = []string{"closed", "off", "-", "", "закрыто", "выходной", "жабық", "демалыс"}

// ParseDayHours reads one day's value: "08:30-20:00", several windows
// "09:00-13:00, 14:00-18:00", or "closed". Closed gives no windows.
func ParseDayHours(s string) ([]TimeRange, error) {
	if slices.Contains(closedWords, strings.ToLower(strings.TrimSpace(s))) {
		return nil, nil
	}
	rs, err := ParseHours(s)
	if err != nil {
		return nil, err
	}
	return rs, nil
}

// SetDays gives days (a ParseDays key such as "mon-fri") the windows. A key
// naming fewer days wins over one naming more ("fri" over "mon-fri"),
// whatever their order; two keys of the same size for one day are an error.
func (h *OpeningHours) SetDays(key string, windows []TimeRange, setBy *[7]string) error {
	days, err := ParseDays(key)
	if err != nil {
		return err
	}
	if days == 0 {
		days = everyDay
	}
	n := bits.OnesCount8(uint8(days))
	for i := range 7 {
		if days&(1<<i) == 0 {
			continue
		}
		if prev := setBy[i]; prev != "" {
			pd, _ := ParseDays(prev)
			if pd == 0 {
				pd = everyDay
			}
			pn := bits.OnesCount8(uint8(pd))
			if pn == n {
				return fmt.Errorf("%q and %q both set %s", prev, key, dayShort[i])
			}
			if pn < n {
				continue // the narrower key stays
			}
		}
		setBy[i] = key
		h.Week[i] = slices.Clone(windows)
	}
	h.Set = true
	return nil
}

var dayShort = [7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
var dayLong = [7]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// weekIndex is t's day of the week, Monday 0.
func weekIndex(t time.Time) int { return (int(t.Weekday()) + 6) % 7 }

// closedOn reports whether the calendar day "2006-01-02" is a closed date.
func (h OpeningHours) closedOn(day string) (DateRange, bool) {
	for _, r := range h.Closed {
		if day >= r.From && day <= r.Until {
			return r, true
		}
	}
	return DateRange{}, false
}

// span is one stretch of time the screen is on: an open window with the
// wake-up before it.
type span struct {
	on, open, close time.Time
	window          TimeRange
}

// spans lists the on-spans of the windows that start on the days from
// first to last (calendar days in loc), in order.
func (h OpeningHours) spans(first, last time.Time, loc *time.Location) []span {
	var out []span
	y, m, d := first.In(loc).Date()
	for day := time.Date(y, m, d, 0, 0, 0, 0, loc); !day.After(last); day = time.Date(day.Year(), day.Month(), day.Day()+1, 0, 0, 0, 0, loc) {
		if _, closed := h.closedOn(day.Format(DateLayout)); closed {
			continue
		}
		for _, w := range h.Week[weekIndex(day)] {
			open := clockOn(day, w.Start, loc)
			endDay := day
			if w.End <= w.Start {
				endDay = time.Date(day.Year(), day.Month(), day.Day()+1, 0, 0, 0, 0, loc)
			}
			closeAt := clockOn(endDay, w.End, loc)
			out = append(out, span{on: open.Add(-h.WakeBefore), open: open, close: closeAt, window: w})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].on.Before(out[j].on) })
	return out
}

// clockOn is the instant of clock c on the calendar day of day, in loc.
// A time that a daylight-saving change skips comes out an hour later.
func clockOn(day time.Time, c Clock, loc *time.Location) time.Time {
	return time.Date(day.Year(), day.Month(), day.Day(), int(c)/60, int(c)%60, 0, 0, loc)
}

// ParseOpeningHours reads the [hours] of kiosk.toml: days maps day keys
// ("mon-fri", "sat", "sun", "Пн-Пт") to their windows or "closed", closed
// lists closed dates and spans. Days no key names are closed; with no day
// keys at all every day is open all day, except the closed dates.
func ParseOpeningHours(days map[string]string, closed []string, wakeBefore time.Duration) (OpeningHours, error) {
	h := OpeningHours{Set: true, WakeBefore: wakeBefore}
	if wakeBefore < 0 || wakeBefore > 12*time.Hour {
		return OpeningHours{}, fmt.Errorf("wake_before must be 0 to 720 minutes, not %v", wakeBefore.Minutes())
	}
	keys := make([]string, 0, len(days))
	for k := range days {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var setBy [7]string
	for _, k := range keys {
		ws, err := ParseDayHours(days[k])
		if err != nil {
			return OpeningHours{}, fmt.Errorf("%s = %q: %w", k, days[k], err)
		}
		if err := h.SetDays(k, ws, &setBy); err != nil {
			return OpeningHours{}, fmt.Errorf("%s: %w", k, err)
		}
	}
	if len(keys) == 0 {
		for i := range h.Week {
			h.Week[i] = []TimeRange{{0, 1440}}
		}
	}
	for _, c := range closed {
		r, err := ParseClosedDate(c)
		if err != nil {
			return OpeningHours{}, fmt.Errorf("closed_dates %q: %w", c, err)
		}
		h.Closed = append(h.Closed, r)
	}
	return h, nil
}
