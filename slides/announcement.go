package slides

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Announcement is one announcement or poster slide.
type Announcement struct {
	// Title is the slide title; it may be empty (the caller then uses
	// the file name).
	Title Text
	// Body is the Markdown text.
	Body Text
	// Schedule says when the slide may be shown.
	Schedule Schedule
	// Priority says how eagerly to show it.
	Priority Priority
	// Duration is how long to show it; 0 means the player's default.
	Duration time.Duration
	// QR is an http or https address to show as a QR code, or "".
	QR string
}

// errText is the cause of files that are not UTF-8 text or too large.
var errText = errors.New("unusable text file")

// ParseAnnouncement parses one language file of an announcement (.md or
// .txt). lang is the language of the file; "" means the file name has no
// language suffix and the texts are stored under all three languages.
//
// Optional YAML front matter between "---" lines sets title, from, until,
// days, hours, priority, duration and qr; other keys are ignored. Without a
// title setting, the first Markdown heading ("# ...") is the title, and it
// is removed from the body when it is the body's first line.
//
// Invalid UTF-8, front matter over MaxFrontMatterBytes or that is hostile
// YAML, a body over MaxBodyBytes, and settings that cannot be read are
// errors of type RowError; the latter name the setting.
func ParseAnnouncement(data []byte, lang Lang) (Announcement, error) {
	if lang != "" && lang != KK && lang != RU && lang != EN {
		return Announcement{}, fmt.Errorf("parse announcement: unknown language %q", lang)
	}
	text, err := utf8Text(data)
	if err != nil {
		return Announcement{}, err
	}
	fm, fmLine, body, _, found, err := splitFrontMatter(text)
	if err != nil {
		return Announcement{}, err
	}
	a := Announcement{Title: Text{}, Body: Text{}}
	if found {
		doc, err := parseYAML(fm, fmLine)
		if err != nil {
			return Announcement{}, err
		}
		if err := decodeMeta(doc, lang, fmLine, &a); err != nil {
			return Announcement{}, err
		}
	}
	if len(body) > MaxBodyBytes {
		return Announcement{}, wrapErr(errText, 0,
			"мәтін 256 КиБ-тан ұзын",
			"текст длиннее 256 КиБ",
			"the text is longer than 256 KiB")
	}
	body = norm.NFC.String(strings.ReplaceAll(body, "\r\n", "\n"))
	if a.Title.IsEmpty() {
		var title string
		title, body = headingTitle(body)
		a.Title.set(lang, title)
	}
	a.Body.set(lang, strings.Trim(body, "\n \t"))
	return a, nil
}

// utf8Text checks that data is UTF-8 text, drops a byte order mark and
// unifies line ends to "\n".
func utf8Text(data []byte) (string, error) {
	s := strings.TrimPrefix(string(data), "\uFEFF")
	if !utf8.ValidString(s) {
		return "", wrapErr(errText, 0,
			"файл UTF-8 мәтіні емес; оны UTF-8 кодымен сақтаңыз",
			"файл не в кодировке UTF-8; сохраните его в UTF-8",
			"the file is not UTF-8 text; save it as UTF-8")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n"), nil
}

// headingTitle finds the first ATX Markdown heading ("# Title") outside
// code fences. It returns the heading text and the body, without the
// heading when it is the body's first non-blank line.
func headingTitle(body string) (title, rest string) {
	fence := ""
	firstText := true
	offset := 0
	for offset < len(body) {
		end := strings.IndexByte(body[offset:], '\n')
		if end < 0 {
			end = len(body) - offset
		}
		line := body[offset : offset+end]
		next := min(offset+end+1, len(body))
		t := strings.TrimSpace(line)
		switch {
		case fence != "":
			if strings.HasPrefix(t, fence) {
				fence = ""
			}
		case strings.HasPrefix(t, "```"), strings.HasPrefix(t, "~~~"):
			fence = t[:3]
		case len(line)-len(strings.TrimLeft(line, " ")) <= 3 && strings.HasPrefix(t, "#"):
			if h, ok := atxHeading(t); ok {
				if firstText {
					return h, body[next:]
				}
				return h, body
			}
		}
		if t != "" {
			firstText = false
		}
		offset = next
	}
	return "", body
}

// atxHeading returns the text of an ATX heading line such as "## Title ##".
func atxHeading(t string) (string, bool) {
	n := len(t) - len(strings.TrimLeft(t, "#"))
	if n > 6 || (n < len(t) && t[n] != ' ' && t[n] != '\t') {
		return "", false
	}
	h := strings.TrimSpace(t[n:])
	if closed := strings.TrimRight(h, "#"); closed == "" || strings.HasSuffix(closed, " ") {
		h = strings.TrimSpace(closed)
	}
	return h, h != ""
}

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

// ParsePosterMeta parses the NAME.yml beside a poster image. It takes the
// same settings as announcement front matter; title may be a string (used
// for all languages) or a mapping of kk, ru and en.
func ParsePosterMeta(data []byte) (Announcement, error) {
	text, err := utf8Text(data)
	if err != nil {
		return Announcement{}, err
	}
	doc, err := parseYAML(text, 1)
	if err != nil {
		return Announcement{}, err
	}
	a := Announcement{Title: Text{}, Body: Text{}}
	if err := decodeMeta(doc, "", 1, &a); err != nil {
		return Announcement{}, err
	}
	return a, nil
}
