package slides

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// readTableTests are real-world CSV files; FuzzReadTable starts from them.
var readTableTests = []struct {
	name    string
	in      []byte
	header  []string
	rows    []TableRow
	errRow  int    // with errText: the RowError's row
	errText string // part of the English error; "" = no error
}{
	{
		name:   "Russian Excel: Windows-1251, semicolons, CRLF",
		in:     mustWin1251("Файл;Название;Автор;Возраст", "кот.jpg;Кот;Аня Иванова;7", "дом.jpg;\"Дом; сад\";Пётр;9"),
		header: []string{"файл", "название", "автор", "возраст"},
		rows: []TableRow{
			{2, map[string]string{"файл": "кот.jpg", "название": "Кот", "автор": "Аня Иванова", "возраст": "7"}},
			{3, map[string]string{"файл": "дом.jpg", "название": "Дом; сад", "автор": "Пётр", "возраст": "9"}},
		},
	},
	{
		name:   "UTF-8 with BOM, commas, Kazakh",
		in:     bomUTF8("file,title_kk,title_ru", "a.jpg,Көктем,Весна"),
		header: []string{"file", "title_kk", "title_ru"},
		rows:   []TableRow{{2, map[string]string{"file": "a.jpg", "title_kk": "Көктем", "title_ru": "Весна"}}},
	},
	{
		name:   "tab separated with commas in cells",
		in:     []byte("file\ttitle\n1.png\tHello, world\n"),
		header: []string{"file", "title"},
		rows:   []TableRow{{2, map[string]string{"file": "1.png", "title": "Hello, world"}}},
	},
	{
		name:   "UTF-16 Unicode text from Excel",
		in:     utf16LE("File\tTitle", "ә.png\tӘлем"),
		header: []string{"file", "title"},
		rows:   []TableRow{{2, map[string]string{"file": "ә.png", "title": "Әлем"}}},
	},
	{
		name:   "Excel sep= line, headers trimmed and lower-cased",
		in:     []byte("sep=,\r\n  FILE , Title \r\nx.jpg,\"multi\r\nline\"\r\ny.jpg,ok\r\n"),
		header: []string{"file", "title"},
		rows: []TableRow{
			{3, map[string]string{"file": "x.jpg", "title": "multi\nline"}},
			{5, map[string]string{"file": "y.jpg", "title": "ok"}},
		},
	},
	{
		name:   "ragged rows, empty rows and Excel's ;;; rows skipped",
		in:     []byte("a;b;c\n1\n;;\n\n2;3;4;5\n"),
		header: []string{"a", "b", "c"},
		rows: []TableRow{
			{2, map[string]string{"a": "1", "b": "", "c": ""}},
			{5, map[string]string{"a": "2", "b": "3", "c": "4"}},
		},
	},
	{
		name:   "NFD cells become NFC, no-break spaces trimmed",
		in:     []byte("file,title\n\u0438\u0306\u0430.jpg,\u00a0йа\u00a0\n"),
		header: []string{"file", "title"},
		rows:   []TableRow{{2, map[string]string{"file": "йа.jpg", "title": "йа"}}},
	},
	{
		name:   "bare quotes inside a cell are literal, doubled quotes in quoted cells",
		in:     []byte("name;note\nКружок \"Радуга\";\"он сказал \"\"да\"\"\"\n"),
		header: []string{"name", "note"},
		rows:   []TableRow{{2, map[string]string{"name": "Кружок \"Радуга\"", "note": "он сказал \"да\""}}},
	},
	{
		name:   "old Mac CR line ends",
		in:     []byte("a,b\r1,2\r3,4"),
		header: []string{"a", "b"},
		rows: []TableRow{
			{2, map[string]string{"a": "1", "b": "2"}},
			{3, map[string]string{"a": "3", "b": "4"}},
		},
	},
	{name: "empty file", in: nil},
	{
		name:    "unclosed quote reports its row",
		in:      []byte("a,b\n1,2\n3,\"oops\n4,5\n"),
		errRow:  3,
		errText: "quotation mark",
	},
	{
		name:    "too many columns",
		in:      []byte(strings.Repeat("c,", 1000) + "c\n"),
		errRow:  1,
		errText: "more than 1000 columns",
	},
	{
		name:    "cell over 1 MiB",
		in:      []byte("a\n" + strings.Repeat("x", MaxCellBytes+1) + "\n"),
		errRow:  2,
		errText: "longer than 1 MiB",
	},
	{
		name:    "too many rows",
		in:      []byte("a\n" + strings.Repeat("1\n", MaxRows+1)),
		errText: "more than 100000 rows",
	},
}

func TestReadTable(t *testing.T) {
	for _, tt := range readTableTests {
		got, err := ReadTable(tt.in)
		if tt.errText != "" {
			var re RowError
			if !errors.As(err, &re) || re.Row != tt.errRow || !strings.Contains(err.Error(), tt.errText) {
				t.Errorf("%s: ReadTable(%q) error = %v, want RowError at row %d containing %q", tt.name, short(tt.in), err, tt.errRow, tt.errText)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: ReadTable(%q) error: %v", tt.name, short(tt.in), err)
			continue
		}
		if !reflect.DeepEqual(got.Header, tt.header) || !reflect.DeepEqual(got.Rows, tt.rows) {
			t.Errorf("%s: ReadTable(%q)\n got header %s rows %s\nwant header %s rows %s",
				tt.name, short(tt.in), js(got.Header), js(got.Rows), js(tt.header), js(tt.rows))
		}
	}
}

func TestReadTableErrorsAreTrilingual(t *testing.T) {
	_, err := ReadTable([]byte("a\n\"x\n"))
	var re RowError
	if !errors.As(err, &re) {
		t.Fatalf("ReadTable error = %v, want a RowError", err)
	}
	for _, l := range Langs {
		if re.Reason[l] == "" {
			t.Errorf("reason in %s is empty: %v", l, re.Reason)
		}
	}
	if want := "строка 2: "; !strings.HasPrefix(re.Reason[RU], want) {
		t.Errorf("ru reason = %q, want prefix %q", re.Reason[RU], want)
	}
	if want := "2-жол: "; !strings.HasPrefix(re.Reason[KK], want) {
		t.Errorf("kk reason = %q, want prefix %q", re.Reason[KK], want)
	}
	if want := "row 2: "; !strings.HasPrefix(re.Error(), want) {
		t.Errorf("Error() = %q, want prefix %q", re.Error(), want)
	}
}

func TestSniffDelimiter(t *testing.T) {
	tests := []struct {
		in   string
		want byte
	}{
		{"a,b,c", ','},
		{"a;b;c", ';'},
		{"a\tb\tc", '\t'},
		{"\"x;y\",b,c", ','},
		{"single", ','},
		{"\n\n a;b", ';'},
		{"a,b;c;d", ';'},
	}
	for _, tt := range tests {
		if got := sniffDelimiter(tt.in); got != tt.want {
			t.Errorf("sniffDelimiter(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkReadTable(b *testing.B) {
	data := []byte("file;title;author;age\r\n" + strings.Repeat("кот.jpg;Кот;Аня Иванова;7\r\n", 1000))
	for b.Loop() {
		if _, err := ReadTable(data); err != nil {
			b.Fatal(err)
		}
	}
}
