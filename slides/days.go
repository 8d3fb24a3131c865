package slides

import (
	"errors"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Weekdays is a set of days of the week: bit 0 is Monday ... bit 6 is
// Sunday. The zero value means every day.
type Weekdays uint8

// everyDay has all seven bits set.
const everyDay Weekdays = 1<<7 - 1

// Has reports whether d is in the set; every day is in the zero set.
func (w Weekdays) Has(d time.Weekday) bool {
	return w&everyDay == 0 || w&(1<<((int(d)+6)%7)) != 0
}

// String lists the days as "Mon,Wed,Fri", or "every day".
func (w Weekdays) String() string {
	if w&everyDay == 0 || w&everyDay == everyDay {
		return "every day"
	}
	var names []string
	for i, n := range dayAbbrevs {
		if w&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	return strings.Join(names, ",")
}

// dayAbbrevs are the English short names of the days, Monday first.
var dayAbbrevs = [...]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}

// DayAbbrev is the English short name of day 1 (Monday) ... 7 (Sunday):
// "Mon" ... "Sun"; "" for any other number.
func DayAbbrev(day int) string {
	if day < 1 || day > 7 {
		return ""
	}
	return dayAbbrevs[day-1]
}

// ISOWeekday is t's day of the week numbered as Session.Day and ParseDay
// number it: 1 (Monday) ... 7 (Sunday).
func ISOWeekday(t time.Time) int {
	if d := int(t.Weekday()); d != 0 {
		return d
	}
	return 7
}

// dayNames maps day words, after normalizeDayWord, to 1 (Monday) ... 7.
var dayNames = map[string]int{}

func init() {
	for day, words := range [...][]string{
		{"mon", "monday", "пн", "пнд", "пон", "понед", "понедельник", "дс", "дүйсенбі", "дүй", "duisenbi", "dusenbi"},
		{"tue", "tues", "tuesday", "вт", "втр", "вторник", "сс", "сейсенбі", "сей", "seisenbi"},
		{"wed", "weds", "wednesday", "ср", "срд", "среда", "сәрсенбі", "сэрсенби", "сәр", "sarsenbi"},
		{"thu", "thur", "thurs", "thursday", "чт", "чтв", "чет", "четв", "четверг", "бс", "бейсенбі", "бей", "beisenbi"},
		{"fri", "friday", "пт", "птн", "пят", "пятн", "пятница", "жм", "жұма", "juma", "zhuma"},
		{"sat", "saturday", "сб", "суб", "сбт", "суббота", "сн", "сенбі", "сен", "senbi"},
		{"sun", "sunday", "вс", "вск", "вос", "воск", "воскр", "воскресенье", "жс", "жексенбі", "жек", "jeksenbi", "zheksenbi"},
	} {
		for _, w := range words {
			dayNames[normalizeDayWord(w)] = day + 1
		}
	}
}

// kazakhToRussian maps Kazakh letters to the Russian letters people type
// on a Russian keyboard, and ё to е.
var kazakhToRussian = strings.NewReplacer(
	"ә", "а", "ғ", "г", "қ", "к", "ң", "н", "ө", "о", "ұ", "у", "ү", "у", "һ", "х", "і", "и", "ё", "е",
	"i", "и", // a Latin i typed for і in a Cyrillic word is fixed below
)

// latinLookalikes maps Latin letters to the Cyrillic letters they look like,
// for words typed with a mixed keyboard ("Cб" with a Latin C).
var latinLookalikes = strings.NewReplacer(
	"a", "а", "c", "с", "e", "е", "o", "о", "p", "р", "x", "х", "y", "у", "k", "к", "h", "н", "b", "в", "m", "м", "t", "т",
)

// normalizeDayWord lower-cases w, drops dots, and folds spelling variants:
// Kazakh letters to their Russian-keyboard look-alikes, Latin look-alikes
// in Cyrillic words to Cyrillic, and Latin accents away.
func normalizeDayWord(w string) string {
	w = strings.ToLower(strings.TrimSpace(norm.NFC.String(w)))
	w = strings.Trim(w, ".")
	cyr := false
	for _, r := range w {
		if unicode.Is(unicode.Cyrillic, r) {
			cyr = true
			break
		}
	}
	if cyr {
		return kazakhToRussian.Replace(latinLookalikes.Replace(w))
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'ı':
			b.WriteRune('i')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// errDay is the cause of every day parsing failure.
var errDay = errors.New("unknown day of the week")

// unknownDay builds the error for an unreadable day word.
func unknownDay(s string) error {
	return wrapErr(errDay, 0,
		"апта күні түсініксіз "+g(s),
		"непонятный день недели "+g(s),
		"unknown day "+q(s))
}

// ParseDay reads a day of the week and returns 1 (Monday) ... 7 (Sunday).
// It accepts digits 1-7, English names and abbreviations (Mon, Monday),
// Russian ones (Пн, Пнд, понедельник) and Kazakh ones (Дс, Дүйсенбі, also
// typed without Kazakh letters as Дуйсенби, or in Latin as Dúısenbi), in
// any case and with or without a final dot.
func ParseDay(s string) (int, error) {
	t := strings.TrimSpace(s)
	if len(t) == 1 && t[0] >= '1' && t[0] <= '7' {
		return int(t[0] - '0'), nil
	}
	if d, ok := dayNames[normalizeDayWord(t)]; ok {
		return d, nil
	}
	return 0, unknownDay(s)
}

// dayPhrases maps whole phrases, after normalizeDayWord, to day sets.
var dayPhrases = map[string]Weekdays{}

func init() {
	for w, words := range map[Weekdays][]string{
		0:         {"", "daily", "every day", "everyday", "all week", "ежедневно", "каждый день", "все дни", "күн сайын", "күнде", "апта бойы"},
		0b0011111: {"weekdays", "workdays", "будни", "будние дни", "по будням", "рабочие дни", "жұмыс күндері"},
		0b1100000: {"weekend", "weekends", "выходные", "выходные дни", "по выходным", "демалыс", "демалыс күндері"},
	} {
		for _, p := range words {
			dayPhrases[normalizeDayWord(p)] = w
		}
	}
}

// ParseDays reads a set of days: lists and ranges such as "Mon-Fri",
// "Sat, Sun", "Пн-Пт", "Сб,Вс", "Дс-Жм", "Fri-Mon" (wrapping the weekend),
// and words for every day ("daily", "ежедневно", "күн сайын"), weekdays
// ("будни") and weekends ("выходные", "демалыс"). Every day, including an
// empty string and a list of all seven days, gives 0.
func ParseDays(s string) (Weekdays, error) {
	if w, ok := dayPhrases[normalizeDayWord(strings.Join(strings.Fields(s), " "))]; ok {
		return w, nil
	}
	t := s
	for _, d := range []string{"–", "—", "..", "‒"} {
		t = strings.ReplaceAll(t, d, "-")
	}
	for strings.Contains(t, " -") || strings.Contains(t, "- ") {
		t = strings.ReplaceAll(strings.ReplaceAll(t, " -", "-"), "- ", "-")
	}
	var w Weekdays
	for _, tok := range strings.FieldsFunc(t, func(r rune) bool {
		return r == ',' || r == ';' || r == '/' || r == '+' || r == '&' || unicode.IsSpace(r)
	}) {
		switch normalizeDayWord(tok) {
		case "и", "and", "жане", "":
			continue
		}
		if a, b, ok := strings.Cut(tok, "-"); ok {
			from, err := ParseDay(a)
			if err != nil {
				return 0, err
			}
			to, err := ParseDay(b)
			if err != nil {
				return 0, err
			}
			for d := from; ; d = d%7 + 1 {
				w |= 1 << (d - 1)
				if d == to {
					break
				}
			}
			continue
		}
		if p, ok := dayPhrases[normalizeDayWord(tok)]; ok && p != 0 {
			w |= p
			continue
		}
		d, err := ParseDay(tok)
		if err != nil {
			return 0, err
		}
		w |= 1 << (d - 1)
	}
	if w == everyDay {
		return 0, nil
	}
	return w, nil
}
