package slides

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Clock is a time of day in minutes since midnight, 0..1440; 1440 is the
// "24:00" that ends a day.
type Clock int

// ClockAt is the time of day of t, to the minute, in t's location.
func ClockAt(t time.Time) Clock { return Clock(t.Hour()*60 + t.Minute()) }

// errClock is the cause of every ParseClock failure.
var errClock = errors.New("not a time of day")

// ParseClock reads a time of day as staff type it: "15:00", "9:05",
// "15.00", "1500", "15:00:00", "3:00 PM", or a spreadsheet day fraction
// such as "0.625" (15:00). A number with integer part "0" and a decimal
// fraction ("0.625", "0.5") is a fraction of a day; "00.25" is 00:25.
// "24:00" is accepted as the end of the day.
func ParseClock(s string) (Clock, error) {
	c, ok := parseClock(s)
	if !ok {
		return 0, wrapErr(errClock, 0,
			"уақыт түсініксіз "+g(s)+" (мысалы, 15:00 деп жазыңыз)",
			"непонятное время "+g(s)+" (пишите, например, 15:00)",
			"unclear time "+q(s)+" (write it like 15:00)")
	}
	return c, nil
}

// parseClock does ParseClock's work.
func parseClock(s string) (Clock, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	pm, am := false, false
	for _, suf := range []string{"pm", "p.m.", "am", "a.m."} {
		if t, ok := strings.CutSuffix(s, suf); ok {
			pm, am = suf[0] == 'p', suf[0] == 'a'
			s = strings.TrimSpace(t)
			break
		}
	}
	if strings.HasPrefix(s, "0,") {
		s = "0." + s[2:] // a Russian decimal comma
	}
	if strings.HasPrefix(s, "0.") && len(s) > 2 && !am && !pm {
		if f, err := strconv.ParseFloat(s, 64); err == nil && f >= 0 && f <= 1 {
			return Clock(math.Round(f * 1440)), true
		}
		return 0, false
	}
	var hs, ms string
	switch {
	case strings.ContainsAny(s, ":."):
		parts := strings.FieldsFunc(s, func(r rune) bool { return r == ':' || r == '.' })
		if len(parts) < 2 || len(parts) > 3 || strings.Count(s, ":")+strings.Count(s, ".") != len(parts)-1 {
			return 0, false
		}
		hs, ms = parts[0], parts[1]
		if len(parts) == 3 && (len(parts[2]) != 2 || !allDigits(parts[2]) || parts[2] >= "60") {
			return 0, false
		}
	case len(s) == 4 && allDigits(s):
		hs, ms = s[:2], s[2:]
	case (len(s) == 1 || len(s) == 2) && allDigits(s) && (am || pm):
		hs, ms = s, "00"
	default:
		return 0, false
	}
	if len(hs) < 1 || len(hs) > 2 || len(ms) != 2 || !allDigits(hs) || !allDigits(ms) {
		return 0, false
	}
	h, _ := strconv.Atoi(hs)
	m, _ := strconv.Atoi(ms)
	if am || pm {
		if h < 1 || h > 12 {
			return 0, false
		}
		h %= 12
		if pm {
			h += 12
		}
	}
	if m > 59 || h > 24 || (h == 24 && m != 0) {
		return 0, false
	}
	return Clock(h*60 + m), true
}

// allDigits reports whether s is non-empty and only ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// String formats c as "15:04"; 1440 is "24:00".
func (c Clock) String() string {
	if c < 0 || c > 1440 {
		return fmt.Sprintf("Clock(%d)", int(c))
	}
	return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60)
}

// TimeRange is a daily time window. Start is included and End is not; a
// window whose End is before its Start, such as 22:00-02:00, runs past
// midnight into the next day.
type TimeRange struct{ Start, End Clock }

// String formats r as "09:00-18:00".
func (r TimeRange) String() string { return r.Start.String() + "-" + r.End.String() }

// ParseTimeRange reads "09:00-18:00" (also with an en or em dash, or "до").
// Equal ends and a Start of 24:00 are refused.
func ParseTimeRange(s string) (TimeRange, error) {
	a, b, ok := cutRange(s)
	if ok {
		start, ok1 := parseRangeEnd(a)
		end, ok2 := parseRangeEnd(b)
		if ok1 && ok2 && start != end && start < 1440 {
			return TimeRange{start, end}, nil
		}
	}
	return TimeRange{}, wrapErr(errClock, 0,
		"уақыт аралығы түсініксіз "+g(s)+" (мысалы, 09:00-18:00 деп жазыңыз)",
		"непонятный промежуток времени "+g(s)+" (пишите, например, 09:00-18:00)",
		"unclear time range "+q(s)+" (write it like 09:00-18:00)")
}

// parseRangeEnd is parseClock that also takes a bare hour, as in "9-18".
func parseRangeEnd(s string) (Clock, bool) {
	if len(s) <= 2 && allDigits(s) {
		h, _ := strconv.Atoi(s)
		return Clock(h * 60), h <= 24
	}
	return parseClock(s)
}

// cutRange splits "a-b" at a hyphen, en dash, em dash or the word "до".
func cutRange(s string) (a, b string, ok bool) {
	s = strings.TrimSpace(s)
	for _, sep := range []string{"–", "—", "-", " до ", " to "} {
		if a, b, ok := strings.Cut(s, sep); ok {
			a = strings.TrimSpace(a)
			for _, p := range []string{"с ", "from "} {
				a = strings.TrimPrefix(a, p)
			}
			return strings.TrimSpace(a), strings.TrimSpace(b), true
		}
	}
	return "", "", false
}

// ParseHours reads one or more time ranges separated by commas, semicolons
// or new lines, such as "09:00-12:00, 14:00-18:00".
func ParseHours(s string) ([]TimeRange, error) {
	var out []TimeRange
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '\n' }) {
		if strings.TrimSpace(part) == "" {
			continue
		}
		r, err := ParseTimeRange(part)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}
