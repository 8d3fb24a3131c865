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

// agesText is "9–15 жас", or "" when the club gives no ages.
func agesText(l slides.Lang, from, to int) string {
	if from <= 0 && to <= 0 {
		return ""
	}
	return tr(l, "ages", map[string]any{"From": max(from, 0), "To": agesTo(to)})
}
