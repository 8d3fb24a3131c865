package slides

import (
	"cmp"
	"errors"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Club is one club (кружок, үйірме) with its weekly timetable.
type Club struct {
	// ID is the club's identifier as written in the clubs table.
	ID string
	// Name, Category, Teacher, Room and Description are the club's texts.
	// A plain category naming a usual kind of club ("art", "Музыка") is
	// given in all three languages.
	Name, Category, Teacher, Room, Description Text
	// CategoryKey is the category as the clubs table wrote it (the plain
	// column, else the English one), for scripts.
	CategoryKey string
	// AgeFrom and AgeTo are the age range; 0 means not given.
	AgeFrom, AgeTo int
	// SignupURL is an http or https address for signing up, or "".
	SignupURL string
	// Sessions are the weekly sessions, sorted by day, then start.
	Sessions []Session
}

// Session is one weekly session of a club.
type Session struct {
	// Day is 1 (Monday) ... 7 (Sunday).
	Day int
	// Start and End are the session's times; End is after Start.
	Start, End Clock
	// Room is the session's room; it defaults to the club's room.
	Room string
	// Group names the group that meets, or "".
	Group string
}

// Column names (and courtesy aliases) of the clubs and timetable tables.
var (
	clubID          = []string{"id", "club_id", "код", "код_кружка", "идентификатор"}
	clubName        = []string{"name", "title", "club", "название", "кружок", "атауы", "үйірме"}
	clubCategory    = []string{"category", "категория", "направление", "санат", "бағыт"}
	clubAgeFrom     = []string{"age_from", "возраст_от", "от_возраста", "жасы_бастап", "жастан"}
	clubAgeTo       = []string{"age_to", "возраст_до", "до_возраста", "жасқа_дейін"}
	clubAge         = []string{"age", "ages", "возраст", "жасы", "жас"}
	clubTeacher     = []string{"teacher", "педагог", "преподаватель", "руководитель", "мұғалім", "жетекші"}
	clubRoom        = []string{"room", "кабинет", "аудитория", "каб", "бөлме", "кабинет_номер"}
	clubDescription = []string{"description", "описание", "сипаттама"}
	clubSignup      = []string{"signup_url", "signup", "url", "link", "ссылка", "запись", "сілтеме", "тіркелу"}
	ttClubID        = []string{"club_id", "club", "id", "кружок", "код_кружка", "id_кружка", "үйірме"}
	ttDay           = []string{"day", "weekday", "день", "день_недели", "күн", "апта_күні"}
	ttStart         = []string{"start", "from", "begin", "начало", "с", "басталуы", "басы"}
	ttEnd           = []string{"end", "to", "until", "конец", "до", "окончание", "аяқталуы", "соңы"}
	ttTime          = []string{"time", "hours", "время", "часы", "уақыт"}
	ttGroup         = []string{"group", "группа", "топ"}
)

// ParseClubsCSV reads clubs.csv and timetable.csv (see ReadTable for the
// file formats accepted).
//
// Clubs columns: id, name, category, age_from, age_to, teacher, room,
// description, signup_url; text columns may come per language (name_kk,
// name_ru, name_en). Timetable columns: club_id, day, start, end, room,
// group. Column names are matched ignoring case, and Russian names
// (название, педагог, кабинет, день, начало, конец ...) are accepted too.
//
// A row that cannot be read (no id, a repeated id, age_from over age_to,
// unknown day, unclear time, end not after start, unknown club_id) is
// reported as a RowError and skipped; the other rows are taken. A day cell
// may list several days ("Пн, Ср"). A clubs table without an id column, or
// a timetable without club_id, day or start columns, is an error.
func ParseClubsCSV(clubs, timetable []byte) ([]Club, []RowError, error) {
	ct, err := ReadTable(clubs)
	if err != nil {
		return nil, nil, inTable(err, "clubs.csv")
	}
	tt, err := ReadTable(timetable)
	if err != nil {
		return nil, nil, inTable(err, "timetable.csv")
	}
	return parseClubs(ct, tt, "clubs.csv", "timetable.csv")
}

// ParseClubsXLSX reads clubs.xlsx with the sheets Clubs and Timetable
// (also found as Кружки / Үйірмелер and Расписание / Кесте), with the same
// columns and rules as ParseClubsCSV. A workbook without a timetable sheet
// gives its clubs without sessions and one RowError saying so.
func ParseClubsXLSX(data []byte) ([]Club, []RowError, error) {
	wb, err := openXLSX(data)
	if err != nil {
		return nil, nil, err
	}
	defer wb.f.Close()
	clubSheet, ok := wb.findSheet("Clubs", "Кружки", "Үйірмелер", "Клубы")
	if !ok {
		return nil, nil, wb.missingSheet("Clubs")
	}
	ct, err := wb.readSheet(clubSheet)
	if err != nil {
		return nil, nil, inTable(err, clubSheet)
	}
	var problems []RowError
	var tt Table
	ttSheet, ok := wb.findSheet("Timetable", "Расписание", "Кесте", "Сабақ кестесі", "Schedule")
	if ok {
		if tt, err = wb.readSheet(ttSheet); err != nil {
			return nil, nil, inTable(err, ttSheet)
		}
	} else {
		ttSheet = "Timetable"
		problems = append(problems, wb.missingSheet(ttSheet).inTable(ttSheet))
	}
	list, more, err := parseClubs(ct, tt, clubSheet, ttSheet)
	if err != nil {
		return nil, nil, err
	}
	return list, append(problems, more...), nil
}

// inTable marks a RowError as belonging to table; other errors pass.
func inTable(err error, table string) error {
	var re RowError
	if errors.As(err, &re) {
		return re.inTable(table)
	}
	return err
}

// clubKey is the form of an id that timetable rows are matched by.
func clubKey(id string) string {
	return strings.ToLower(norm.NFC.String(strings.TrimSpace(id)))
}

// parseClubs builds clubs from the two tables; names are for messages.
func parseClubs(ct, tt Table, clubsName, ttName string) ([]Club, []RowError, error) {
	cc := newColumns(ct.Header)
	if !cc.has(clubID...) {
		return nil, nil, rowErr(0,
			"кестеде «id» бағаны жоқ",
			"в таблице нет столбца «id»",
			`the table has no "id" column`).inTable(clubsName)
	}
	var problems []RowError
	report := func(table string, e RowError) { problems = append(problems, e.inTable(table)) }
	var list []Club
	index := map[string]int{}
	lines := map[string]int{}
	for _, row := range ct.Rows {
		c, err := readClub(cc, row)
		if err != nil {
			report(clubsName, *err)
			continue
		}
		key := clubKey(c.ID)
		if first, dup := lines[key]; dup {
			report(clubsName, rowErr(row.Line,
				"id "+g(c.ID)+" "+itoa(first)+"-жолда бұрын жазылған, жол өткізілді",
				"id "+g(c.ID)+" уже есть в строке "+itoa(first)+", строка пропущена",
				"id "+q(c.ID)+" is already used in row "+itoa(first)+", row skipped"))
			continue
		}
		if c.SignupURL != "" {
			u, err := signupURL(c.SignupURL)
			if err != nil {
				report(clubsName, rowErr(row.Line,
					"жазылу сілтемесі "+g(c.SignupURL)+" веб-мекенжай емес, ескерілмеді",
					"ссылка для записи "+g(c.SignupURL)+" не веб-адрес, она не учтена",
					"signup link "+q(c.SignupURL)+" is not a web address, ignored"))
			}
			c.SignupURL = u
		}
		lines[key] = row.Line
		index[key] = len(list)
		list = append(list, c)
	}
	if len(tt.Rows) > 0 {
		tc := newColumns(tt.Header)
		for _, need := range [][]string{ttClubID, ttDay} {
			if !tc.has(need...) {
				return nil, nil, rowErr(0,
					"кестеде "+g(need[0])+" бағаны жоқ",
					"в таблице нет столбца "+g(need[0]),
					"the table has no "+q(need[0])+" column").inTable(ttName)
			}
		}
		if !tc.has(ttStart...) && !tc.has(ttTime...) {
			return nil, nil, rowErr(0,
				"кестеде «start» бағаны жоқ",
				"в таблице нет столбца «start»",
				`the table has no "start" column`).inTable(ttName)
		}
		for _, row := range tt.Rows {
			ss, i, err := readSessions(tc, row, index)
			if err != nil {
				report(ttName, *err)
				continue
			}
			c := &list[i]
			for _, s := range ss {
				if s.Room == "" {
					s.Room = c.Room.Get([]Lang{RU})
				}
				c.Sessions = append(c.Sessions, s)
			}
		}
	}
	for i := range list {
		slices.SortStableFunc(list[i].Sessions, func(a, b Session) int {
			return cmp.Or(cmp.Compare(a.Day, b.Day), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
	}
	return list, problems, nil
}
