package ui

import (
	"strings"

	"github.com/shygarmashylyq/kiosk/slides"
)

// langNames are the language switch's labels.
var langNames = map[slides.Lang]string{slides.KK: "ҚАЗ", slides.RU: "РУС", slides.EN: "ENG"}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// keepTogether joins the words of a short phrase ("15 жас", "9–15 лет")
// with no-break spaces, so wrapText never parts a number from its unit.
func keepTogether(s string) string { return strings.ReplaceAll(s, " ", keep) }

// agesText is "9–15 жас", or "" when the club gives no ages.
func agesText(l slides.Lang, from, to int) string {
	if from <= 0 && to <= 0 {
		return ""
	}
	return keepTogether(tr(l, "ages", map[string]any{"From": max(from, 0), "To": agesTo(to)}))
}
