package kiosk

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// HoursConfig is the [hours] section of kiosk.toml (or of
// [screens.NAME.hours]) as written: day keys such as `mon-fri =
// "08:30-20:00"`, `closed_dates`, `wake_before` and `wake_minutes`.
// OpeningHours reads it; a bad value leaves the screen always on and is
// reported, while the rest of kiosk.toml applies.
type HoursConfig struct {
	Given       bool              // the section is there
	Days        map[string]string // day key -> windows or "closed"
	ClosedDates []string
	WakeBefore  int // minutes the screen comes on before opening [10]
	WakeMinutes int // minutes a touch wakes a closed screen for [10]
	problems    []string
}

// DisplayBadHours is the reason of a screen kept on because [hours] has a
// bad value.
const DisplayBadHours = "bad_hours"

// UnmarshalTOML keeps the section; values of the wrong kind are noted as
// problems rather than failing the whole file.
func (h *HoursConfig) UnmarshalTOML(v any) error {
	m, ok := v.(map[string]any)
	*h = HoursConfig{Given: true, Days: map[string]string{}, WakeBefore: 10, WakeMinutes: 10}
	if !ok {
		h.problems = append(h.problems, "it is not a section of keys")
		return nil
	}
	for key, val := range m {
		switch key {
		case "closed_dates":
			h.ClosedDates = h.strings(key, val)
		case "wake_before":
			h.WakeBefore = h.minutes(key, val)
		case "wake_minutes":
			h.WakeMinutes = h.minutes(key, val)
		default:
			h.Days[key] = strings.Join(h.strings(key, val), ", ")
		}
	}
	return nil
}

func (h *HoursConfig) strings(key string, v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		out := make([]string, 0, len(v))
		for _, x := range v {
			s, ok := x.(string)
			if !ok {
				h.problems = append(h.problems, fmt.Sprintf("%s: %v is not text in quotes", key, x))
				continue
			}
			out = append(out, s)
		}
		return out
	}
	h.problems = append(h.problems, fmt.Sprintf("%s: %v is not text in quotes, such as \"08:30-20:00\"", key, v))
	return nil
}

func (h *HoursConfig) minutes(key string, v any) int {
	n, ok := v.(int64)
	if !ok {
		h.problems = append(h.problems, fmt.Sprintf("%s: %v is not a whole number of minutes", key, v))
		return 10
	}
	return int(n)
}

// OpeningHours reads the section; without one the screen is always on.
func (h HoursConfig) OpeningHours() (slides.OpeningHours, error) {
	if !h.Given {
		return slides.OpeningHours{}, nil
	}
	if len(h.problems) > 0 {
		sort.Strings(h.problems)
		return slides.OpeningHours{}, fmt.Errorf("%s", h.problems[0])
	}
	if h.WakeMinutes < 1 || h.WakeMinutes > 24*60 {
		return slides.OpeningHours{}, fmt.Errorf("wake_minutes must be 1 to 1440, not %d", h.WakeMinutes)
	}
	return slides.ParseOpeningHours(h.Days, h.ClosedDates, time.Duration(h.WakeBefore)*time.Minute)
}

// WakeFor is how long a touch keeps a closed screen on.
func (h HoursConfig) WakeFor() time.Duration {
	if h.WakeMinutes <= 0 {
		return 10 * time.Minute
	}
	return time.Duration(h.WakeMinutes) * time.Minute
}

// DisplayAt is whether the screen is on at t (any zone: it is read in the
// centre's), woken by a touch until woken. A bad [hours] keeps it on.
func (c Config) DisplayAt(t, woken time.Time) slides.DisplayState {
	loc, err := c.Location()
	if err != nil {
		loc = time.Local
	}
	h, err := c.Hours.OpeningHours()
	if err != nil {
		return slides.DisplayState{On: true, Reason: DisplayBadHours,
			Why: "[hours] not applied, so always on: " + err.Error()}
	}
	return h.At(t.In(loc), woken)
}

// hoursWarnings are the [hours] sections that cannot be applied, for
// `kiosk status`.
func (c Config) hoursWarnings() []string {
	var out []string
	if _, err := c.Hours.OpeningHours(); err != nil {
		out = append(out, fmt.Sprintf("%s: [hours] not applied, the screen stays on: %v", configFile, err))
	}
	names := make([]string, 0, len(c.Screens))
	for n := range c.Screens {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if _, err := c.Screens[n].Hours.OpeningHours(); err != nil {
			out = append(out, fmt.Sprintf("%s: [screens.%s.hours] not applied, that screen stays on: %v", configFile, n, err))
		}
	}
	return out
}
