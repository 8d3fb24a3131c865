package slides

import "strings"

// Lang is a content language code.
type Lang string

// The content languages, in the order the centres use them.
const (
	KK Lang = "kk" // Kazakh
	RU Lang = "ru" // Russian
	EN Lang = "en" // English
)

// Langs lists the content languages in their fallback order: Kazakh,
// Russian, English.
var Langs = []Lang{KK, RU, EN}

// Text is one text in several languages.
type Text map[Lang]string

// Get returns the text in the first language of order that has a non-empty
// text, then any non-empty text in the order kk, ru, en, else "".
func (t Text) Get(order []Lang) string {
	for _, l := range order {
		if s := t[l]; s != "" {
			return s
		}
	}
	for _, l := range Langs {
		if s := t[l]; s != "" {
			return s
		}
	}
	return ""
}

// IsEmpty reports whether no language has a non-empty text.
func (t Text) IsEmpty() bool {
	for _, s := range t {
		if s != "" {
			return false
		}
	}
	return true
}

// Plain returns s as a text for no specific language: it is stored under
// Kazakh, Russian and English alike. An empty s gives an empty Text.
func Plain(s string) Text {
	if s == "" {
		return Text{}
	}
	return Text{KK: s, RU: s, EN: s}
}

// parseLang recognises a language code as staff write it: kk, ru, en and the
// common slips kz, kaz, қаз, каз, rus, рус, eng, англ. It reports false for
// anything else.
func parseLang(s string) (Lang, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "kk", "kz", "kaz", "kk-kz", "қаз", "каз", "қз", "кз":
		return KK, true
	case "ru", "rus", "ru-ru", "рус", "ру":
		return RU, true
	case "en", "eng", "en-us", "en-gb", "англ", "анг":
		return EN, true
	}
	return "", false
}

// set stores s under lang, or under every language when lang is "".
func (t Text) set(lang Lang, s string) {
	if s == "" {
		return
	}
	if lang == "" {
		for _, l := range Langs {
			t[l] = s
		}
		return
	}
	t[lang] = s
}
