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
	// Sound says a video clip's own sound is heard (a clip's NAME.yml).
	Sound bool
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
	fm, body, found, err := splitFrontMatter(text)
	if err != nil {
		return Announcement{}, err
	}
	a := Announcement{Title: Text{}, Body: Text{}}
	if found {
		doc, err := parseYAML(fm, fmFirstLine)
		if err != nil {
			return Announcement{}, err
		}
		if err := decodeMeta(doc, lang, fmFirstLine, &a); err != nil {
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

// TitleFromFirstLine gives an announcement with no title one from its
// text, as staff type a notice: "Концерт" on the first line, the details
// below. Each language's first line becomes its title and leaves the body
// when it is short and more text follows; a long or only line is the text
// itself, and the title stays empty (the caller then names the slide after
// its file).
func (a *Announcement) TitleFromFirstLine() {
	if !a.Title.IsEmpty() {
		return
	}
	if a.Title == nil {
		a.Title = Text{}
	}
	for l, body := range a.Body {
		first, rest, _ := strings.Cut(strings.TrimLeft(body, " \t\n"), "\n")
		first, rest = strings.TrimSpace(first), strings.TrimSpace(rest)
		if first == "" || rest == "" || utf8.RuneCountInString(first) > maxLineTitle ||
			strings.ContainsAny(first[:1], "-*+>|`<[!#0123456789") {
			continue
		}
		a.Title[l], a.Body[l] = strings.TrimRight(first, ":"), rest
	}
}

// maxLineTitle is the longest first line taken as a title (in letters).
const maxLineTitle = 60

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
