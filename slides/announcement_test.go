package slides

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

// billionLaughs is the classic YAML bomb: nine levels of nine aliases.
const billionLaughs = `---
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
title: *i
---
boom
`

// parseAnnouncementTests are real-world announcement files;
// FuzzParseAnnouncement starts from them.
var parseAnnouncementTests = []struct {
	name    string
	in      string
	lang    Lang
	want    Announcement
	errText string // part of the English error
	errRow  int
}{
	{
		name: "full front matter, ISO dates, CRLF",
		in: "---\r\ntitle: Ашық есік күні\r\nfrom: 2025-01-10\r\nuntil: 2025-01-20\r\ndays: Дс-Жм\r\n" +
			"hours: 09:00-18:00\r\npriority: жоғары\r\nduration: 20\r\nqr: https://example.kz/open\r\n---\r\n\r\nБәріңізді шақырамыз!\r\n",
		lang: KK,
		want: Announcement{
			Title: Text{KK: "Ашық есік күні"}, Body: Text{KK: "Бәріңізді шақырамыз!"},
			Schedule: Schedule{From: "2025-01-10", Until: "2025-01-20", Days: 0b0011111, Hours: []TimeRange{{540, 1080}}},
			Priority: High, Duration: 20 * time.Second, QR: "https://example.kz/open",
		},
	},
	{
		name: "day-first dates, hours list, Russian priority, 20s",
		in:   "---\ntitle: День открытых дверей\nfrom: 10.01.2025\nuntil: 20/01/2025\ndays: [Сб, Вс]\nhours:\n  - 10:00-12:00\n  - 14:00-16:00\npriority: срочный\nduration: 20s\n---\nПриходите!\n",
		lang: RU,
		want: Announcement{
			Title: Text{RU: "День открытых дверей"}, Body: Text{RU: "Приходите!"},
			Schedule: Schedule{From: "2025-01-10", Until: "2025-01-20", Days: 0b1100000, Hours: []TimeRange{{600, 720}, {840, 960}}},
			Priority: Urgent, Duration: 20 * time.Second,
		},
	},
	{
		name: "no front matter: heading is the title, no suffix fills all languages",
		in:   "\uFEFF# Концерт\n\nСегодня в **15:00**.\n",
		want: Announcement{Title: Plain("Концерт"), Body: Plain("Сегодня в **15:00**.")},
	},
	{
		name: "heading later in body stays in body; code fences skipped",
		in:   "Intro\n\n```\n# not a heading\n```\n## Real ##\ntext",
		lang: EN,
		want: Announcement{Title: Text{EN: "Real"}, Body: Text{EN: "Intro\n\n```\n# not a heading\n```\n## Real ##\ntext"}},
	},
	{
		name: "plain text, no heading, unknown keys ignored, title map",
		in:   "---\nauthor: methodist\ntitle:\n  kk: Сәлем\n  ru: Привет\nhours: \"09:00-12:00, 14:00-18:00\"\n---\nJust text.",
		lang: EN,
		want: Announcement{Title: Text{KK: "Сәлем", RU: "Привет"}, Body: Text{EN: "Just text."},
			Schedule: Schedule{Hours: []TimeRange{{540, 720}, {840, 1080}}}},
	},
	{
		name: "empty front matter",
		in:   "---\n---\nbody",
		lang: RU,
		want: Announcement{Title: Text{}, Body: Text{RU: "body"}},
	},
	{name: "impossible date", in: "---\nfrom: 32.13.2025\n---\nx", lang: RU, errText: `line 2: field "from": the date "32.13.2025" does not exist`, errRow: 2},
	{name: "bad days", in: "---\ntitle: x\ndays: Пн-Пнн\n---\n", lang: RU, errText: `field "days": unknown day "Пнн"`, errRow: 3},
	{name: "bad hours", in: "---\nhours: 9 to noon\n---\n", lang: RU, errText: `field "hours"`, errRow: 2},
	{name: "bad priority", in: "---\npriority: very\n---\n", errText: `field "priority"`, errRow: 2},
	{name: "bad duration", in: "---\nduration: forever\n---\n", errText: `field "duration"`, errRow: 2},
	{name: "qr must be http", in: "---\nqr: javascript:alert(1)\n---\n", errText: `field "qr"`, errRow: 2},
	{name: "from after until", in: "---\nfrom: 2025-02-01\nuntil: 2025-01-01\n---\n", errText: "after"},
	{name: "front matter not closed", in: "---\ntitle: x\nbody", errText: "no closing", errRow: 1},
	{name: "front matter not a mapping", in: "---\n- a\n- b\n---\n", errText: "key: value", errRow: 2},
	{name: "broken YAML", in: "---\ntitle: [x\n---\n", errText: "cannot be read (YAML: did not find", errRow: 2},
	{name: "invalid UTF-8 (Windows-1251)", in: "\xcf\xf0\xe8\xe2\xe5\xf2", errText: "not UTF-8"},
	{name: "billion laughs", in: billionLaughs, errText: "too complex"},
	{name: "deep nesting", in: "---\nx: " + strings.Repeat("[", 30) + strings.Repeat("]", 30) + "\n---\n", errText: "too complex"},
	{name: "body too long", in: "# t\n" + strings.Repeat("x", MaxBodyBytes+1), errText: "longer than 256 KiB"},
	{name: "front matter too long", in: "---\n" + strings.Repeat("# comment\n", MaxFrontMatterBytes/10+10) + "---\n", errText: "larger than 64 KiB"},
}

func TestParseAnnouncement(t *testing.T) {
	for _, tt := range parseAnnouncementTests {
		got, err := ParseAnnouncement([]byte(tt.in), tt.lang)
		if tt.errText != "" {
			var re RowError
			if !errors.As(err, &re) || !strings.Contains(err.Error(), tt.errText) || re.Row != tt.errRow ||
				re.Reason[KK] == "" || re.Reason[RU] == "" {
				t.Errorf("%s: ParseAnnouncement(%q, %q) error = %#v, want a trilingual RowError at row %d containing %q",
					tt.name, short([]byte(tt.in)), tt.lang, err, tt.errRow, tt.errText)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: ParseAnnouncement(%q, %q) error: %v", tt.name, short([]byte(tt.in)), tt.lang, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: ParseAnnouncement(%q, %q)\n got %s\nwant %s", tt.name, short([]byte(tt.in)), tt.lang, js(got), js(tt.want))
		}
	}
}

func TestParseAnnouncementBombIsQuick(t *testing.T) {
	start := time.Now()
	for range 100 {
		if _, err := ParseAnnouncement([]byte(billionLaughs), KK); err == nil {
			t.Fatal("billion laughs accepted")
		}
	}
	if d := time.Since(start); d > 2*slowdown*time.Second {
		t.Errorf("refusing the YAML bomb 100 times took %v, want well under 2s", d)
	}
}

func TestParseAnnouncementUnknownLang(t *testing.T) {
	if _, err := ParseAnnouncement([]byte("x"), "de"); err == nil {
		t.Error(`ParseAnnouncement(_, "de") succeeded, want an error`)
	}
}

func TestSplitLangSuffix(t *testing.T) {
	tests := []struct {
		name, base string
		lang       Lang
		ok         bool
	}{
		{"open-day.kk.md", "open-day", KK, true},
		{"open-day.ru.txt", "open-day", RU, true},
		{"poster.EN.yml", "poster", EN, true},
		{"open-day.kz.md", "open-day", KK, true},
		{"open-day.md", "open-day", "", false},
		{"v1.2.md", "v1.2", "", false},
		{"README", "README", "", false},
		{".kk.md", ".kk", "", false},
		{"день.ru.md", "день", RU, true},
	}
	for _, tt := range tests {
		base, lang, ok := SplitLangSuffix(tt.name)
		if base != tt.base || lang != tt.lang || ok != tt.ok {
			t.Errorf("SplitLangSuffix(%q) = %q, %q, %v; want %q, %q, %v", tt.name, base, lang, ok, tt.base, tt.lang, tt.ok)
		}
	}
}

func TestMergeAnnouncements(t *testing.T) {
	parse := func(in string, lang Lang) Announcement {
		a, err := ParseAnnouncement([]byte(in), lang)
		if err != nil {
			t.Fatalf("ParseAnnouncement(%q): %v", in, err)
		}
		return a
	}
	parts := map[Lang]Announcement{
		KK: parse("# Концерт\nКеліңіздер!", KK),
		RU: parse("---\ntitle: Концерт\nfrom: 10.01.2025\npriority: high\nqr: https://a.kz\n---\nПриходите!", RU),
		EN: parse("---\npriority: urgent\nduration: 15\nuntil: 2025-01-31\n---\nCome!", EN),
		"": parse("---\ntitle: Concert (all)\ndays: Sat\nduration: 30\n---\nShared body", ""),
	}
	got := MergeAnnouncements(parts)
	want := Announcement{
		Title:    Text{KK: "Концерт", RU: "Концерт", EN: "Concert (all)"},
		Body:     Text{KK: "Келіңіздер!", RU: "Приходите!", EN: "Come!"},
		Schedule: Schedule{From: "2025-01-10", Until: "2025-01-31", Days: 0b0100000},
		Priority: High, Duration: 15 * time.Second, QR: "https://a.kz",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("MergeAnnouncements\n got %s\nwant %s", js(got), js(want))
	}
	if got := MergeAnnouncements(nil); !got.Title.IsEmpty() || !got.Schedule.IsZero() {
		t.Errorf("MergeAnnouncements(nil) = %s, want empty", js(got))
	}
}

func TestParsePosterMeta(t *testing.T) {
	tests := []struct {
		in      string
		want    Announcement
		errText string
	}{
		{"title: Көрме\nuntil: 31.12.2025\n", Announcement{Title: Plain("Көрме"), Body: Text{}, Schedule: Schedule{Until: "2025-12-31"}}, ""},
		{"title:\n  kk: Көрме\n  ru: Выставка\n  en: Exhibition\ndays: daily\nduration: 10s\n",
			Announcement{Title: Text{KK: "Көрме", RU: "Выставка", EN: "Exhibition"}, Body: Text{}, Duration: 10 * time.Second}, ""},
		{"title_ru: Выставка\npriority: шұғыл\n", Announcement{Title: Text{RU: "Выставка"}, Body: Text{}, Priority: Urgent}, ""},
		{"", Announcement{Title: Text{}, Body: Text{}}, ""},
		{"title: [a, b]\n", Announcement{}, "single value"},
		{billionLaughs[4:strings.Index(billionLaughs, "---\nboom")], Announcement{}, "too complex"},
		{"until: 2025-13-01\n", Announcement{}, "does not exist"},
	}
	for _, tt := range tests {
		got, err := ParsePosterMeta([]byte(tt.in))
		if tt.errText != "" {
			if err == nil || !strings.Contains(err.Error(), tt.errText) {
				t.Errorf("ParsePosterMeta(%q) error = %v, want one containing %q", short([]byte(tt.in)), err, tt.errText)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParsePosterMeta(%q)\n got %s, %v\nwant %s", tt.in, js(got), err, js(tt.want))
		}
	}
}

func TestTitleFromFirstLine(t *testing.T) {
	for _, tc := range []struct {
		body       string
		title, got string
	}{
		{"Концерт\n\nСенбі күні сағат 15:00-де.", "Концерт", "Сенбі күні сағат 15:00-де."},
		{"Бүгін:\nшахмат турнирі", "Бүгін", "шахмат турнирі"},
		{"Ертең ашық есік күні! Барлығын күтеміз.", "", "Ертең ашық есік күні! Барлығын күтеміз."}, // one line: the text
		{"- робототехника\n- акварель", "", "- робототехника\n- акварель"},                         // a list
		{strings.Repeat("өте ұзын жол ", 8) + "\nжәне тағы", "", strings.Repeat("өте ұзын жол ", 8) + "\nжәне тағы"},
	} {
		a := Announcement{Body: Text{KK: tc.body}}
		a.TitleFromFirstLine()
		if a.Title[KK] != tc.title || a.Body[KK] != tc.got {
			t.Errorf("TitleFromFirstLine(%q): title %q, body %q; want %q, %q", tc.body, a.Title[KK], a.Body[KK], tc.title, tc.got)
		}
	}
	a := Announcement{Title: Text{RU: "Есть"}, Body: Text{RU: "Концерт\nв субботу"}}
	if a.TitleFromFirstLine(); a.Title[RU] != "Есть" || a.Body[RU] != "Концерт\nв субботу" {
		t.Errorf("a title from the front matter was replaced: %+v", a)
	}
}
