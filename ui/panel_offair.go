package ui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// The staff panel's list of the slides not shown now: each with why and
// when it comes on ("from 20.12", "Friday 17:00–20:00 · next: Fri 04.12
// 17:00", "until 30.11, ended"). The reasoning is kiosk.OffAirAt's and
// slides.Schedule.StateAt's; this only puts it in words.

// offAirObjects are the panel's rows of the off-air slides, after a heading.
func (p *StaffPanel) offAirObjects(text fyne.ThemeSizeName) []fyne.CanvasObject {
	if !p.loaded || len(p.offAir) == 0 {
		return nil
	}
	l, now := p.lang, p.now()
	objs := []fyne.CanvasObject{richText(seg(tr(l, "offair.title", map[string]any{"N": len(p.offAir)}), text, true, colorNameAccent))}
	for _, o := range p.offAir {
		objs = append(objs, richText(seg(o.Item.Source, text, true, ""), seg(offAirWhy(l, o, now), sizeCaption, false, colorNameMuted)))
	}
	return objs
}

// offCount is how many items of kind k are off air now.
func (p *StaffPanel) offCount(k kiosk.Kind) int {
	n := 0
	for _, o := range p.offAir {
		if o.Item.Kind == k {
			n++
		}
	}
	return n
}

// countText is a kind's count on the panel: "4", or "4 (3 not shown now)".
func (p *StaffPanel) countText(k kiosk.Kind, n int) string {
	if off := p.offCount(k); off > 0 {
		return tr(p.lang, "offair.count", map[string]any{"N": n, "Off": off})
	}
	return fmt.Sprint(n)
}

// offAirWhy is why o is off the screen at now, and when it comes on, in l.
func offAirWhy(l slides.Lang, o kiosk.OffAir, now time.Time) string {
	s, st := o.Item.Schedule, o.Schedule
	var parts []string
	switch st.Reason {
	case slides.Ended:
		if s.Until != "" {
			parts = append(parts, tr(l, "offair.ended", map[string]any{"Date": shortDate(s.Until, now)}))
		} else {
			parts = append(parts, tr(l, "offair.never", nil))
		}
	case slides.NotYet:
		parts = append(parts, tr(l, "offair.from", map[string]any{"Date": shortDate(s.From, now)}))
	}
	if st.Reason != slides.OnNow && st.Reason != slides.Ended {
		if w := weeklyText(l, s); w != "" {
			parts = append(parts, w)
		}
		// The next start says more than "from" only when it is later.
		if !st.Next.IsZero() && st.Next.Format(slides.DateLayout+" 15:04") != s.From+" 00:00" {
			parts = append(parts, tr(l, "offair.next", map[string]any{"When": whenText(l, st.Next, now)}))
		}
	}
	if o.Disabled {
		parts = append(parts, tr(l, "offair.disabled", nil))
	}
	if o.OtherScreen {
		parts = append(parts, tr(l, "offair.screen", nil))
	}
	return strings.Join(parts, " · ")
}

// shortDate writes a schedule date ("2026-12-20") as "20.12", with the
// year when it is not now's.
func shortDate(day string, now time.Time) string {
	d, err := time.Parse(slides.DateLayout, day)
	if err != nil {
		return day
	}
	if d.Year() != now.Year() {
		return d.Format("02.01.2006")
	}
	return d.Format("02.01")
}

// weeklyText is a schedule's days and hours: "Friday 17:00–20:00",
// "Mon, Wed 10:00–12:00", "" for every day at any hour.
func weeklyText(l slides.Lang, s slides.Schedule) string {
	var days []int
	for d := 1; d <= 7; d++ {
		if s.Days.Has(time.Weekday(d % 7)) {
			days = append(days, d)
		}
	}
	var parts []string
	switch {
	case len(days) == 1:
		parts = append(parts, tr(l, fmt.Sprintf("weekday.%d", days[0]), nil))
	case len(days) < 7:
		names := make([]string, len(days))
		for i, d := range days {
			names[i] = tr(l, fmt.Sprintf("weekday.short.%d", d), nil)
		}
		parts = append(parts, strings.Join(names, ", "))
	}
	if len(s.Hours) > 0 {
		hours := make([]string, len(s.Hours))
		for i, r := range s.Hours {
			hours[i] = r.Start.String() + "–" + r.End.String()
		}
		parts = append(parts, strings.Join(hours, ", "))
	}
	return strings.Join(parts, " ")
}

// whenText is when an off-air slide comes on: "Fri 04.12 17:00"; a whole
// day's start has no hour.
func whenText(l slides.Lang, t, now time.Time) string {
	s := tr(l, fmt.Sprintf("weekday.short.%d", slides.ISOWeekday(t)), nil) + " " + shortDate(t.Format(slides.DateLayout), now)
	if t.Hour() != 0 || t.Minute() != 0 {
		s += " " + t.Format("15:04")
	}
	return s
}
