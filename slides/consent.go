package slides

import (
	"strings"
	"unicode"
)

// NamePolicy says how much of a child's name may be shown.
type NamePolicy string

// The name policies of labels.csv's show_name and kiosk.toml's [privacy] names.
const (
	NamesFull  NamePolicy = "full"  // the name as written
	NamesFirst NamePolicy = "first" // the first name only: "Дана Әбдірахманова" shows "Дана"
	NamesNone  NamePolicy = "none"  // no name at all
)

// ParseNamePolicy reads a show_name value: full, first or none (also in
// Russian and Kazakh: полностью/толық, имя/аты, нет/жоқ). ok is false for
// anything else.
func ParseNamePolicy(s string) (NamePolicy, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "full", "полностью", "полное", "полное_имя", "толық", "толық_аты", "fio", "фио":
		return NamesFull, true
	case "first", "first_name", "имя", "только_имя", "аты", "тек_аты":
		return NamesFirst, true
	case "none", "no", "hide", "нет", "не_показывать", "жоқ", "көрсетпеу":
		return NamesNone, true
	}
	return "", false
}

// stricter returns the policy that shows less of the two ("" = not said).
func stricter(a, b NamePolicy) NamePolicy {
	rank := map[NamePolicy]int{"": 0, NamesFull: 1, NamesFirst: 2, NamesNone: 3}
	if rank[b] > rank[a] {
		return b
	}
	return a
}

// DisplayName is an author as policy allows them to be shown: the name as
// written (full), each author's first word only (first: "Дана Әбдірахманова"
// gives "Дана", "Дана Ә., Ерлан Б." gives "Дана, Ерлан"), or nothing (none).
// An unknown or empty policy is read as first. Every screen, list and report
// that shows a child's name shows it through this function.
func DisplayName(author Text, policy NamePolicy) Text {
	out := Text{}
	if policy == NamesNone {
		return out
	}
	for l, s := range author {
		if policy != NamesFull {
			s = firstNames(s)
		}
		if s = strings.TrimSpace(s); s != "" {
			out[l] = s
		}
	}
	return out
}

// firstNames keeps the first word of each author in a list separated by
// commas, semicolons or "&".
func firstNames(s string) string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '&' || r == '+' })
	var names []string
	for _, p := range parts {
		words := strings.FieldsFunc(p, func(r rune) bool { return unicode.IsSpace(r) })
		if len(words) > 0 {
			names = append(names, strings.Trim(words[0], ".:"))
		}
	}
	return strings.Join(names, ", ")
}

// Consent is what a labels.csv row says a parent or guardian allowed for a
// work (or, on the "*" row, for every work of the folder).
type Consent struct {
	// Until is the last day the work may be shown (DateLayout), "" if the
	// row gives no date.
	Until string `json:"until,omitempty"`
	// Names is the row's show_name, "" if it says none.
	Names NamePolicy `json:"names,omitempty"`
	// Withdrawn is set when the withdrawn column has anything in it.
	Withdrawn bool `json:"withdrawn,omitempty"`
	// Unreadable is the consent date as written when it could not be read:
	// such a work is not shown until the date is fixed.
	Unreadable string `json:"unreadable,omitempty"`
	// Require is the "*" row's require_consent (nil: kiosk.toml decides).
	Require *bool `json:"require,omitempty"`
	// Row is the line of labels.csv the consent comes from (0: none).
	Row int `json:"row,omitempty"`
}

// IsZero reports whether the row said nothing about consent.
func (c Consent) IsZero() bool {
	return c.Until == "" && c.Names == "" && !c.Withdrawn && c.Unreadable == "" && c.Require == nil
}

// Under is a file's consent with the folder's "*" row filling what the
// file's own row leaves out: the file's date and name policy come first;
// either row withdrawing or being unreadable holds the work back.
func (c Consent) Under(all Consent) Consent {
	out := c
	if out.Until == "" {
		out.Until = all.Until
	}
	if out.Names == "" {
		out.Names = all.Names
	}
	out.Withdrawn = c.Withdrawn || all.Withdrawn
	if out.Unreadable == "" {
		out.Unreadable = all.Unreadable
	}
	if out.Require == nil {
		out.Require = all.Require
	}
	if out.Row == 0 {
		out.Row = all.Row
	}
	return out
}

// narrowed is c with a second row's holding-back parts added (a repeated
// row): withdrawn or unreadable in either, the earlier date, the stricter
// name policy. A second row never shows more than the first.
func (c Consent) narrowed(d Consent) Consent {
	c.Withdrawn = c.Withdrawn || d.Withdrawn
	if c.Unreadable == "" {
		c.Unreadable = d.Unreadable
	}
	if d.Until != "" && (c.Until == "" || d.Until < c.Until) {
		c.Until = d.Until
	}
	c.Names = stricter(c.Names, d.Names)
	if c.Row == 0 {
		c.Row = d.Row
	}
	if d.Require != nil && *d.Require {
		c.Require = d.Require
	}
	return c
}
