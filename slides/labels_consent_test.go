package slides

import (
	"reflect"
	"strings"
	"testing"
)

func yes() *bool { b := true; return &b }

func init() {
	// The consent columns are in the table FuzzParseLabels starts from.
	parseLabelsTests = append(parseLabelsTests, consentLabelsTests...)
}

var emptyTexts = Label{Title: Text{}, Author: Text{}, Technique: Text{}, Club: Text{}}

func withConsent(file string, title string, c Consent) Label {
	l := emptyTexts
	l.File, l.Consent = file, c
	if title != "" {
		l.Title = Plain(title)
	}
	return l
}

var consentLabelsTests = []struct {
	name     string
	in       []byte
	want     map[string]Label
	problems []int
	errText  string
}{
	{
		name: "consent columns in both date forms, and a * row",
		in: []byte("file,title,consent_until,show_name,withdrawn,require_consent\n" +
			"a.jpg,A,31.05.2026,full,,\n" +
			"b.jpg,B,2026-06-01,,yes,\n" +
			"*,,,none,,да\n"),
		want: map[string]Label{
			"a.jpg": withConsent("a.jpg", "A", Consent{Until: "2026-05-31", Names: NamesFull, Row: 2}),
			"b.jpg": withConsent("b.jpg", "B", Consent{Until: "2026-06-01", Withdrawn: true, Row: 3}),
			"*":     withConsent("*", "", Consent{Names: NamesNone, Require: yes(), Row: 4}),
		},
	},
	{
		name: "bad date, unknown show_name, * row naming a file: reported, read as showing least",
		in: []byte("file;title;consent_until;show_name;withdrawn\n" +
			"a.jpg;A;32.13.2026;;\n" +
			"b.jpg;B;;everything;\n" +
			"* c.jpg;;;;да\n" +
			"d.jpg;D;;;\n"),
		want: map[string]Label{
			"a.jpg": withConsent("a.jpg", "A", Consent{Unreadable: "32.13.2026", Row: 2}),
			"b.jpg": withConsent("b.jpg", "B", Consent{Names: NamesNone, Row: 3}),
			"*":     withConsent("*", "", Consent{Withdrawn: true, Row: 4}),
			"d.jpg": withConsent("d.jpg", "D", Consent{}),
		},
		problems: []int{2, 3, 4},
	},
	{
		name: "a repeated row can withdraw but not show more",
		in: []byte("file,title,consent_until,show_name,withdrawn\n" +
			"a.jpg,A,31.12.2026,full,\n" +
			"a.jpg,A2,31.05.2026,first,x\n"),
		want: map[string]Label{
			"a.jpg": withConsent("a.jpg", "A", Consent{Until: "2026-05-31", Names: NamesFirst, Withdrawn: true, Row: 2}),
		},
		problems: []int{3},
	},
}

func TestLabelsOfAppliesTheStarRow(t *testing.T) {
	labels, _, err := ParseLabels([]byte("file,title,consent_until,show_name,withdrawn\n" +
		"*,,31.05.2026,first,\n" +
		"own.jpg,Own,31.12.2026,full,\n" +
		"gone.jpg,Gone,,,yes\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		file string
		want Consent
	}{
		{"own.jpg", Consent{Until: "2026-12-31", Names: NamesFull, Row: 3}},
		{"gone.jpg", Consent{Until: "2026-05-31", Names: NamesFirst, Withdrawn: true, Row: 4}},
		{"unlisted.jpg", Consent{Until: "2026-05-31", Names: NamesFirst, Row: 2}},
	} {
		l, ok := Of(labels, tt.file)
		if !ok || !reflect.DeepEqual(l.Consent, tt.want) {
			t.Errorf("Of(%q) = %+v, %v; want consent %+v", tt.file, l.Consent, ok, tt.want)
		}
	}
	if _, ok := Of(map[string]Label{}, "x.jpg"); ok {
		t.Error("Of found a label in an empty table")
	}
}

func TestConsentProblemsSayRowAndWhy(t *testing.T) {
	_, problems, _ := ParseLabels([]byte("file,consent_until,show_name\na.jpg,завтра,\nb.jpg,,всё\n*;x.jpg,,\n"))
	want := []string{
		`row 2: unclear consent_until "завтра"`,
		`row 3: unknown show_name "всё"`,
		`row 4: a "*" row is for every file of the folder`,
	}
	if len(problems) != len(want) {
		t.Fatalf("problems = %v, want %d", problems, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(problems[i].Reason[EN], w) || !strings.HasPrefix(problems[i].Reason[RU], "строка ") ||
			!strings.Contains(problems[i].Reason[KK], "-жол: ") {
			t.Errorf("problem %d = %v, want it to start %q in every language", i, problems[i].Reason, w)
		}
	}
}

func TestDisplayName(t *testing.T) {
	full := Plain("Дана Әбдірахманова")
	for _, tt := range []struct {
		author Text
		policy NamePolicy
		want   Text
	}{
		{full, NamesFull, full},
		{full, NamesFirst, Plain("Дана")},
		{full, "", Plain("Дана")},
		{full, NamesNone, Text{}},
		{Plain("Дана Ә., Ерлан Бекұлы; Аня"), NamesFirst, Plain("Дана, Ерлан, Аня")},
		{Text{RU: "Аня Иванова", EN: "Anya Ivanova"}, NamesFirst, Text{RU: "Аня", EN: "Anya"}},
		{Text{}, NamesFirst, Text{}},
	} {
		if got := DisplayName(tt.author, tt.policy); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("DisplayName(%v, %q) = %v, want %v", tt.author, tt.policy, got, tt.want)
		}
	}
}
