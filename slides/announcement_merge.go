package slides

import (
	"strings"
	"unicode/utf8"
)

// SplitLangSuffix splits a file name into its base and language suffix:
// "open-day.kk.md" gives ("open-day", KK, true) and "open-day.md" gives
// ("open-day", "", false). Any extension works (.md, .txt, .yml, .jpg ...);
// the suffix may be kk, ru or en in any case, and kz is taken as kk.
func SplitLangSuffix(name string) (base string, lang Lang, ok bool) {
	base = name
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		if l, found := parseLang(base[i+1:]); found && isASCII(base[i+1:]) {
			return base[:i], l, true
		}
	}
	return base, "", false
}

// isASCII reports whether s is plain ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// MergeAnnouncements merges the language parts of one slide, keyed by their
// language ("" for the part without a suffix). Each language's title and
// body come from that language's own part when it has them, otherwise from
// the first part in the order kk, ru, en, "" that does. Each setting
// (from, until, days, hours, priority, duration, qr) comes from the first
// part in the order kk, ru, en, "" that sets it.
func MergeAnnouncements(parts map[Lang]Announcement) Announcement {
	order := []Lang{KK, RU, EN, ""}
	out := Announcement{Title: Text{}, Body: Text{}}
	for _, l := range Langs {
		for _, from := range append([]Lang{l}, order...) {
			p, ok := parts[from]
			if !ok {
				continue
			}
			if out.Title[l] == "" && p.Title[l] != "" {
				out.Title[l] = p.Title[l]
			}
			if out.Body[l] == "" && p.Body[l] != "" {
				out.Body[l] = p.Body[l]
			}
		}
	}
	for _, from := range order {
		p, ok := parts[from]
		if !ok {
			continue
		}
		s := &out.Schedule
		if s.From == "" {
			s.From = p.Schedule.From
		}
		if s.Until == "" {
			s.Until = p.Schedule.Until
		}
		if s.Days == 0 {
			s.Days = p.Schedule.Days
		}
		if len(s.Hours) == 0 && len(p.Schedule.Hours) > 0 {
			s.Hours = append([]TimeRange(nil), p.Schedule.Hours...)
		}
		if out.Priority == Normal {
			out.Priority = p.Priority
		}
		if out.Duration == 0 {
			out.Duration = p.Duration
		}
		if out.QR == "" {
			out.QR = p.QR
		}
	}
	return out
}
