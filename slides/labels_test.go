package slides

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// parseLabelsTests are real-world labels.csv files; FuzzParseLabels starts
// from them.
var parseLabelsTests = []struct {
	name     string
	in       []byte
	want     map[string]Label
	problems []int // rows of the RowErrors
	errText  string
}{
	{
		name: "Russian Excel with per-language titles",
		in: mustWin1251(
			"file;title_kk;title_ru;title_en;author;age;technique;club",
			"пёс.jpg;Ит;Пёс;Dog;Аня Иванова;7;гуашь;ИЗО-студия",
			"дом.jpg;;Дом;;Пётр;9 лет;акварель;",
		),
		want: map[string]Label{
			"пёс.jpg": {File: "пёс.jpg", Title: Text{KK: "Ит", RU: "Пёс", EN: "Dog"}, Author: Plain("Аня Иванова"),
				Age: "7", Technique: Plain("гуашь"), Club: Plain("ИЗО-студия")},
			"дом.jpg": {File: "дом.jpg", Title: Text{RU: "Дом"}, Author: Plain("Пётр"), Age: "9 лет",
				Technique: Plain("акварель"), Club: Text{}},
		},
	},
	{
		name: "plain title fills languages without a column, kz means kk",
		in:   bomUTF8("File,Title,Title (KZ),Author", "a.png,Spring,Көктем,Ali"),
		want: map[string]Label{
			"a.png": {File: "a.png", Title: Text{KK: "Көктем", RU: "Spring", EN: "Spring"}, Author: Plain("Ali"),
				Technique: Text{}, Club: Text{}},
		},
	},
	{
		name: "NFD file name is stored NFC; missing and repeated files reported",
		in:   []byte("file\ttitle\n" + norm.NFD.String("Йолка.jpg") + "\tЁлка\n\tno file\nЙолка.jpg\tagain\nb.jpg\tB\n"),
		want: map[string]Label{
			"Йолка.jpg": {File: "Йолка.jpg", Title: Plain("Ёлка"), Author: Text{}, Technique: Text{}, Club: Text{}},
			"b.jpg":     {File: "b.jpg", Title: Plain("B"), Author: Text{}, Technique: Text{}, Club: Text{}},
		},
		problems: []int{3, 4},
	},
	{
		name: "Russian header names",
		in:   mustWin1251("Файл;Название;Автор;Возраст;Техника;Кружок", "1.jpg;Лето;Маша;6;пластилин;Лепка"),
		want: map[string]Label{
			"1.jpg": {File: "1.jpg", Title: Plain("Лето"), Author: Plain("Маша"), Age: "6",
				Technique: Plain("пластилин"), Club: Plain("Лепка")},
		},
	},
	{
		name:    "no file column",
		in:      []byte("title,author\nA,B\n"),
		errText: `no "file" column`,
	},
	{
		name:    "unclosed quote",
		in:      []byte("file,title\na.jpg,\"x\n"),
		errText: "row 2",
	},
}

func TestParseLabels(t *testing.T) {
	for _, tt := range parseLabelsTests {
		got, problems, err := ParseLabels(tt.in)
		if tt.errText != "" {
			if err == nil || !strings.Contains(err.Error(), tt.errText) {
				t.Errorf("%s: ParseLabels(%q) error = %v, want one containing %q", tt.name, short(tt.in), err, tt.errText)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: ParseLabels(%q) error: %v", tt.name, short(tt.in), err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: ParseLabels(%q)\n got %s\nwant %s", tt.name, short(tt.in), js(got), js(tt.want))
		}
		var rows []int
		for _, p := range problems {
			rows = append(rows, p.Row)
			if p.Reason[KK] == "" || p.Reason[RU] == "" || p.Reason[EN] == "" {
				t.Errorf("%s: problem %v is not in all three languages", tt.name, p.Reason)
			}
		}
		if !reflect.DeepEqual(rows, tt.problems) {
			t.Errorf("%s: problem rows = %v, want %v (problems: %v)", tt.name, rows, tt.problems, problems)
		}
	}
}

func TestLabelKeyMatchesNFDAndNFC(t *testing.T) {
	labels, _, err := ParseLabels([]byte("file,title\nӘлем йүз.jpg,x\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{norm.NFC.String("Әлем йүз.jpg"), norm.NFD.String("Әлем йүз.jpg")} {
		if _, ok := labels[LabelKey(name)]; !ok {
			t.Errorf("labels[LabelKey(%+q)] not found; keys %v", name, js(labels))
		}
	}
}

func TestParseLabelsProblemText(t *testing.T) {
	_, problems, _ := ParseLabels([]byte("file,title\n,x\n"))
	if len(problems) != 1 {
		t.Fatalf("problems = %v, want one", problems)
	}
	want := Text{KK: "2-жол: файл аты жазылмаған, жол өткізілді", RU: "строка 2: не указано имя файла, строка пропущена", EN: "row 2: no file name, row skipped"}
	if !reflect.DeepEqual(problems[0].Reason, want) {
		t.Errorf("reason = %v, want %v", problems[0].Reason, want)
	}
	var re RowError
	if !errors.As(error(problems[0]), &re) || re.Row != 2 {
		t.Errorf("problem = %#v, want RowError at row 2", problems[0])
	}
}
