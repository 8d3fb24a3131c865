package slides

import (
	"reflect"
	"strings"
	"testing"
)

// clubsCSV is clubs.csv as Russian Excel saves it: Windows-1251, ';', CRLF.
var clubsCSV = mustWin1251(
	"id;name_ru;name_en;category;age_from;age_to;teacher;room;description;signup_url",
	"art;ИЗО-студия;Art studio;Рисование;6;12;Иванова А.;204;Рисуем красками;https://example.kz/art",
	"dance;Танцы;Dance;Хореография;5;;Петрова;Зал 1;;example.kz/dance",
	"robot;Робототехника;Robotics;Техника;14;10;Сидоров;301;;",
	";Без id;;;;;;;;",
	"art;Дубль;;;;;;;;",
	"chess;Шахматы;Chess;Интеллект;7 лет;;;115;;не ссылка",
)

// timetableCSV is timetable.csv saved as "CSV UTF-8" (Kazakh day names
// need UTF-8).
var timetableCSV = bomUTF8(
	"club_id,day,start,end,room,group",
	"art,Дс,15:00,16:30,,1",
	"art,Бейсенбі,10:00,11:30,205,2",
	"ART,Сс,0.625,0.6770833333,,",
	"dance,\"Пн, Ср\",17.00,18.00,,",
	"dance,Пнн,17:00,18:00,,",
	"dance,Пт,25:00,26:00,,",
	"dance,Сб,12:00,11:00,,",
	"ghost,Пн,12:00,13:00,,",
	"chess,Жс,10:00-11:00,,,",
	"chess,Sun,,,,",
	",Пн,10:00,11:00,,",
)

// clubsWant is what clubsCSV and timetableCSV, and the same data as .xlsx,
// must give.
var clubsWant = []Club{
	{
		ID: "art", Name: Text{RU: "ИЗО-студия", EN: "Art studio"}, Category: Plain("Рисование"), CategoryKey: "Рисование", Teacher: Plain("Иванова А."),
		Room: Plain("204"), Description: Plain("Рисуем красками"), AgeFrom: 6, AgeTo: 12, SignupURL: "https://example.kz/art",
		Sessions: []Session{
			{Day: 1, Start: 900, End: 990, Room: "204", Group: "1"},
			{Day: 2, Start: 900, End: 975, Room: "204"},
			{Day: 4, Start: 600, End: 690, Room: "205", Group: "2"},
		},
	},
	{
		ID: "dance", Name: Text{RU: "Танцы", EN: "Dance"}, Category: Text{KK: "Би", RU: "Хореография", EN: "Dance"}, CategoryKey: "Хореография", Teacher: Plain("Петрова"),
		Room: Plain("Зал 1"), Description: Text{}, AgeFrom: 5, SignupURL: "https://example.kz/dance",
		Sessions: []Session{
			{Day: 1, Start: 1020, End: 1080, Room: "Зал 1"},
			{Day: 3, Start: 1020, End: 1080, Room: "Зал 1"},
		},
	},
	{
		ID: "chess", Name: Text{RU: "Шахматы", EN: "Chess"}, Category: Plain("Интеллект"), CategoryKey: "Интеллект", Teacher: Text{},
		Room: Plain("115"), Description: Text{}, AgeFrom: 7,
		Sessions: []Session{{Day: 7, Start: 600, End: 660, Room: "115"}},
	},
}

// clubsProblems are the table and row of each RowError, and a part of its
// English text.
var clubsProblems = []string{
	"clubs.csv:4:age_from 14 is above age_to 10",
	"clubs.csv:5:no club id",
	"clubs.csv:6:id \"art\" is already used in row 2",
	"clubs.csv:7:signup link \"не ссылка\" is not a web address, ignored",
	"timetable.csv:6:unknown day \"Пнн\"",
	"timetable.csv:7:unclear start time \"25:00\"",
	"timetable.csv:8:the end time is not after the start time (12:00-11:00)",
	"timetable.csv:9:unknown club \"ghost\"",
	"timetable.csv:11:no start time",
	"timetable.csv:12:no club id",
}

// parseClubsCSVTests are the clubs inputs; FuzzParseClubsCSV starts from
// them.
var parseClubsCSVTests = []struct {
	name           string
	clubs, timetab []byte
	want           []Club
	problems       []string
	errText        string
}{
	{name: "real-world files", clubs: clubsCSV, timetab: timetableCSV, want: clubsWant, problems: clubsProblems},
	{
		name:  "Russian headers, tab separated, no timetable",
		clubs: []byte("ID\tНазвание\tКатегория\tВозраст от\tВозраст до\tПедагог\tКабинет\tОписание\tСсылка\nx\tЛепка\tИЗО\t4\t7\tОра\t12\tГлина\thttp://a.kz\n"),
		want: []Club{{ID: "x", Name: Plain("Лепка"), Category: Text{KK: "Бейнелеу өнері", RU: "Изобразительное искусство", EN: "Art"}, CategoryKey: "ИЗО", Teacher: Plain("Ора"), Room: Plain("12"),
			Description: Plain("Глина"), AgeFrom: 4, AgeTo: 7, SignupURL: "http://a.kz"}},
	},
	{
		name:    "Russian timetable headers and an age column",
		clubs:   []byte("id,name,age\nm,Music,7-10\n"),
		timetab: mustWin1251("Кружок;День;Начало;Конец;Кабинет;Группа", "m;Вт;9:00;9:45;7;А"),
		want: []Club{{ID: "m", Name: Plain("Music"), Category: Text{}, Teacher: Text{}, Room: Text{}, Description: Text{},
			AgeFrom: 7, AgeTo: 10, Sessions: []Session{{Day: 2, Start: 540, End: 585, Room: "7", Group: "А"}}}},
	},
	{
		name:     "end equal to start",
		clubs:    []byte("id\nx\n"),
		timetab:  []byte("club_id,day,start,end\nx,Mon,10:00,10:00\nx,Tue,10:00,10:01\n"),
		want:     []Club{{ID: "x", Name: Text{}, Category: Text{}, Teacher: Text{}, Room: Text{}, Description: Text{}, Sessions: []Session{{Day: 2, Start: 600, End: 601}}}},
		problems: []string{"timetable.csv:2:the end time is not after the start time (10:00-10:00)"},
	},
	{name: "no id column", clubs: []byte("name\nX\n"), errText: `clubs has no "id" column`},
	{name: "timetable without day", clubs: []byte("id\nx\n"), timetab: []byte("club_id,start\nx,10:00\n"), errText: `no "day" column`},
	{name: "broken clubs file", clubs: []byte("id\n\"x\n"), errText: "row 2"},
}

func TestParseClubsCSV(t *testing.T) {
	for _, tt := range parseClubsCSVTests {
		got, problems, err := ParseClubsCSV(tt.clubs, tt.timetab)
		if tt.errText != "" {
			want := strings.Replace(tt.errText, "clubs has", "the table has", 1)
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%s: ParseClubsCSV(%q, %q) error = %v, want one containing %q", tt.name, short(tt.clubs), short(tt.timetab), err, want)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: ParseClubsCSV error: %v", tt.name, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: ParseClubsCSV(%q, %q)\n got %s\nwant %s", tt.name, short(tt.clubs), short(tt.timetab), js(got), js(tt.want))
		}
		checkProblems(t, tt.name, problems, tt.problems, nil)
	}
}

// checkProblems compares RowErrors with "table:row:text" lines; rename
// maps the CSV table names to sheet names for the .xlsx variant.
func checkProblems(t *testing.T, name string, got []RowError, want []string, rename map[string]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d problems, want %d:\n got %v\nwant %v", name, len(got), len(want), got, want)
		return
	}
	for i, w := range want {
		table, rest, _ := strings.Cut(w, ":")
		if r, ok := rename[table]; ok {
			table = r
		}
		row, text, _ := strings.Cut(rest, ":")
		p := got[i]
		if p.Table != table || itoa(p.Row) != row || !strings.Contains(p.Error(), text) ||
			!strings.HasPrefix(p.Reason[RU], "строка "+row+": ") || !strings.HasPrefix(p.Reason[KK], row+"-жол: ") {
			t.Errorf("%s: problem %d = %s %d %v, want %s row %s containing %q in all languages", name, i, p.Table, p.Row, p.Reason, table, row, text)
		}
	}
}

// clubsXLSX holds the same clubs as clubsCSV and timetableCSV, typed into
// Excel: times as time cells, ages as numbers.
var clubsXLSX = mustXLSX([]string{"Clubs", "Timetable"}, map[string][][]any{
	"Clubs": {
		{"id", "name_ru", "name_en", "category", "age_from", "age_to", "teacher", "room", "description", "signup_url"},
		{"art", "ИЗО-студия", "Art studio", "Рисование", 6, 12, "Иванова А.", 204, "Рисуем красками", "https://example.kz/art"},
		{"dance", "Танцы", "Dance", "Хореография", 5, nil, "Петрова", "Зал 1", nil, "example.kz/dance"},
		{"robot", "Робототехника", "Robotics", "Техника", 14, 10, "Сидоров", 301},
		{nil, "Без id"},
		{"art", "Дубль"},
		{"chess", "Шахматы", "Chess", "Интеллект", "7 лет", nil, nil, 115, nil, "не ссылка"},
	},
	"Timetable": {
		{"club_id", "day", "start", "end", "room", "group"},
		{"art", "Дс", timeCell(0.625), timeCell(0.6875), nil, 1},
		{"art", "Бейсенбі", "10:00", "11:30", 205, 2},
		{"ART", "Сс", xlsxCell{v: 0.625, fmtStr: "hh:mm;@"}, xlsxCell{v: 0.677083333333333, fmtStr: "hh:mm"}},
		{"dance", "Пн, Ср", "17.00", "18.00"},
		{"dance", "Пнн", "17:00", "18:00"},
		{"dance", "Пт", "25:00", "26:00"},
		{"dance", "Сб", timeCell(0.5), timeCell(11.0 / 24)},
		{"ghost", "Пн", "12:00", "13:00"},
		{"chess", "Жс", "10:00-11:00"},
		{"chess", "Sun"},
		{nil, "Пн", "10:00", "11:00"},
	},
})

func TestParseClubsXLSX(t *testing.T) {
	got, problems, err := ParseClubsXLSX(clubsXLSX)
	if err != nil {
		t.Fatalf("ParseClubsXLSX: %v", err)
	}
	if !reflect.DeepEqual(got, clubsWant) {
		t.Errorf("ParseClubsXLSX\n got %s\nwant %s", js(got), js(clubsWant))
	}
	checkProblems(t, "xlsx", problems, clubsProblems, map[string]string{"clubs.csv": "Clubs", "timetable.csv": "Timetable"})
}

func TestParseClubsXLSXSheets(t *testing.T) {
	ru := mustXLSX([]string{"кружки", "Расписание"}, map[string][][]any{
		"кружки":     {{"ID", "Название"}, {1, "Лепка"}},
		"Расписание": {{"Кружок", "День", "Начало", "Конец"}, {1, "Ср", timeCell(0.75), timeCell(0.8125)}},
	})
	got, problems, err := ParseClubsXLSX(ru)
	if err != nil || len(problems) != 0 || len(got) != 1 || len(got[0].Sessions) != 1 ||
		got[0].Sessions[0] != (Session{Day: 3, Start: 1080, End: 1170}) {
		t.Errorf("Russian sheet names: got %s, %v, %v", js(got), problems, err)
	}
	onlyClubs := mustXLSX([]string{"Clubs"}, map[string][][]any{"Clubs": {{"id"}, {"a"}}})
	got, problems, err = ParseClubsXLSX(onlyClubs)
	if err != nil || len(got) != 1 || len(problems) != 1 || problems[0].Table != "Timetable" {
		t.Errorf("no timetable sheet: got %s, %v, %v; want the club and one problem", js(got), problems, err)
	}
	noClubs := mustXLSX([]string{"Sheet"}, map[string][][]any{"Sheet": {{"id"}}})
	if _, _, err := ParseClubsXLSX(noClubs); err == nil || !strings.Contains(err.Error(), `no sheet "Clubs"`) {
		t.Errorf("no clubs sheet: error = %v", err)
	}
}

func TestCategoryNames(t *testing.T) {
	for _, tc := range []struct {
		in   Text
		want Text
	}{
		{Plain("technical"), Text{KK: "Техникалық", RU: "Техническое творчество", EN: "Technical"}},
		{Plain(" Art "), Text{KK: "Бейнелеу өнері", RU: "Изобразительное искусство", EN: "Art"}},
		{Plain("Музыка"), Text{KK: "Музыка", RU: "Музыка", EN: "Music"}},
		{Plain("career"), Text{KK: "Кәсіптік бағдар", RU: "Профориентация", EN: "Career"}},
		{Plain("Интеллект"), Plain("Интеллект")},                           // not a usual kind: as written
		{Text{RU: "Музыка", EN: "Songs"}, Text{RU: "Музыка", EN: "Songs"}}, // staff's own names win
		{Text{}, Text{}},
	} {
		if got := CategoryNames(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("CategoryNames(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
