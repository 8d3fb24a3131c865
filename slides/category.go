package slides

import "strings"

// knownCategories names the usual kinds of club in the three languages, so
// a clubs table that says only "art" in a plain category column still reads
// "Өнер" to a Kazakh visitor and "Искусство" to a Russian one. The keys are
// what staff are told to write (README, demo content); the synonyms are the
// same kind as staff also write it in one language only.
var knownCategories = []struct {
	key      string
	names    Text
	synonyms []string
}{
	{"technical", Text{KK: "Техникалық", RU: "Техническое творчество", EN: "Technical"},
		[]string{"tech", "technology", "техника", "техническое", "техническое творчество", "техникалық", "техникалық шығармашылық"}},
	{"art", Text{KK: "Бейнелеу өнері", RU: "Изобразительное искусство", EN: "Art"},
		[]string{"arts", "fine art", "изо", "искусство", "изобразительное искусство", "өнер", "бейнелеу өнері"}},
	{"music", Text{KK: "Музыка", RU: "Музыка", EN: "Music"}, []string{"музыка"}},
	{"dance", Text{KK: "Би", RU: "Хореография", EN: "Dance"},
		[]string{"choreography", "хореография", "танцы", "би", "хореография өнері"}},
	{"science", Text{KK: "Ғылым", RU: "Наука", EN: "Science"},
		[]string{"sciences", "наука", "естественные науки", "ғылым", "жаратылыстану"}},
	{"sport", Text{KK: "Спорт", RU: "Спорт", EN: "Sport"}, []string{"sports", "спорт"}},
	{"career", Text{KK: "Кәсіптік бағдар", RU: "Профориентация", EN: "Career"},
		[]string{"careers", "профориентация", "кәсіптік бағдар"}},
	{"crafts", Text{KK: "Қолөнер", RU: "Декоративно-прикладное искусство", EN: "Crafts"},
		[]string{"craft", "дпи", "декоративно-прикладное искусство", "рукоделие", "қолөнер"}},
	{"theatre", Text{KK: "Театр", RU: "Театр", EN: "Theatre"}, []string{"theater", "театр"}},
	{"languages", Text{KK: "Тілдер", RU: "Языки", EN: "Languages"}, []string{"языки", "тілдер"}},
}

// CategoryNames returns the names of a known kind of club in every language
// when t is one plain word for it (the same text in every language, as a
// plain category column gives); any other t, such as one with staff's own
// per-language names, is returned as it is.
func CategoryNames(t Text) Text {
	if t.IsEmpty() {
		return t
	}
	first := t.Get(Langs)
	for _, l := range Langs {
		if t[l] != first {
			return t
		}
	}
	word := strings.ToLower(strings.Join(strings.Fields(first), " "))
	for _, k := range knownCategories {
		if word == k.key {
			return cloneText(k.names)
		}
		for _, s := range k.synonyms {
			if word == s {
				return cloneText(k.names)
			}
		}
	}
	return t
}

func cloneText(t Text) Text {
	c := make(Text, len(t))
	for l, s := range t {
		c[l] = s
	}
	return c
}

// categoryAsWritten is the category a script is given: the plain column as
// staff wrote it, else the English, Russian or Kazakh one.
func categoryAsWritten(cc columns, row TableRow) string {
	if s := cc.value(row, clubCategory...); s != "" {
		return s
	}
	for _, l := range []Lang{EN, RU, KK} {
		if s := cc.langValue(row, l, clubCategory...); s != "" {
			return s
		}
	}
	return ""
}

// CategoryID identifies a category across languages, for grouping and
// filtering clubs: its name in the first language that has one, trimmed and
// lower-cased. "" for a club with no category.
func CategoryID(t Text) string {
	return strings.ToLower(strings.TrimSpace(t.Get(Langs)))
}

// categoryKindWords are beginnings of words that tell the usual kinds of
// club by name, in the order they are tried: a category named "Robotics and
// art" is technical.
var categoryKindWords = []struct {
	kind     string // a key of knownCategories
	prefixes []string
}{
	{"technical", []string{"tech", "техн", "robot", "робот", "инженер"}},
	{"art", []string{"art", "искусств", "өнер", "бейнелеу", "сурет", "рисов", "изо", "живопис", "керамик", "қыш"}},
	{"music", []string{"music", "музык", "вокал", "домб", "ән"}},
	{"dance", []string{"dance", "танц", "хореог", "би"}},
	{"science", []string{"science", "наук", "ғылым", "эколог", "natur", "табиғат", "хими", "физик"}},
	{"sport", []string{"sport", "спорт", "шахмат", "chess", "тогыз", "тоғыз"}},
}

// CategoryKinds are the kinds of club CategoryKind tells, in its order:
// "technical", "art", "music", "dance", "science", "sport".
func CategoryKinds() []string {
	kinds := make([]string, len(categoryKindWords))
	for i, k := range categoryKindWords {
		kinds[i] = k.kind
	}
	return kinds
}

// CategoryKind is the usual kind of club a category's name tells, in any
// of its languages, by the beginnings of its words ("Робототехника",
// "Бейнелеу өнері", "Chess"): one of CategoryKinds, or "" when the name
// tells none.
func CategoryKind(t Text) string {
	var words []string
	for _, l := range Langs {
		words = append(words, strings.Fields(strings.ToLower(t[l]))...)
	}
	for _, k := range categoryKindWords {
		for _, w := range words {
			for _, p := range k.prefixes {
				if strings.HasPrefix(w, p) {
					return k.kind
				}
			}
		}
	}
	return ""
}
