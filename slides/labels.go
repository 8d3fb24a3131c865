package slides

import (
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"
)

// Label is one artwork's label from an exhibition's labels.csv.
type Label struct {
	// File is the image file name as written in the table (NFC).
	File string
	// Title, Author, Technique and Club are the label texts.
	Title, Author, Technique, Club Text
	// Age is the author's age as written, for example "7" or "7 лет".
	Age string
	// Consent is what the row says a parent allowed (consent_until,
	// show_name, withdrawn); the "*" row's is the folder's default.
	Consent Consent
	// Duration (a video clip: play it no longer than this) and Sound (a
	// clip's own sound is heard) are for video clips; 0 and false are the
	// defaults (the whole clip, muted).
	Duration time.Duration
	Sound    bool
}

// AllFiles is the file name of the labels.csv row that speaks for every
// file of the folder (its consent_until, show_name, withdrawn and
// require_consent are each file's defaults).
const AllFiles = "*"

// Column names (and courtesy aliases) of labels.csv.
var (
	labelFile      = []string{"file", "filename", "file_name", "image", "файл", "имя_файла", "файл_аты"}
	labelTitle     = []string{"title", "name", "название", "атауы", "аты"}
	labelAuthor    = []string{"author", "автор", "авторы"}
	labelAge       = []string{"age", "возраст", "жасы", "жас"}
	labelTechnique = []string{"technique", "техника", "материал", "техникасы"}
	labelClub      = []string{"club", "studio", "кружок", "студия", "үйірме"}
	labelUntil     = []string{"consent_until", "consent", "consent_till", "consent_to", "согласие_до", "согласие", "келісім_мерзімі", "келісім"}
	labelShowName  = []string{"show_name", "name_shown", "показ_имени", "показывать_имя", "аты_көрсетілсін", "атын_көрсету"}
	labelWithdrawn = []string{"withdrawn", "withdraw", "отозвано", "отозвать", "согласие_отозвано", "кері_алынды", "келісім_кері_алынды"}
	labelDuration  = []string{"duration", "seconds", "длительность", "секунд", "ұзақтығы", "секунд_саны"}
	labelSound     = []string{"sound", "audio", "звук", "дыбыс"}
	labelRequire   = []string{"require_consent", "нужно_согласие", "согласие_обязательно", "келісім_міндетті"}
)

// ParseLabels reads an exhibition's labels.csv.
//
// Its columns are file, title, author, age, technique and club; each text
// column may also come as title_kk, title_ru, title_en, and a plain title
// fills the languages that have no column of their own. The optional
// consent_until, show_name and withdrawn columns say what a parent allowed
// (see Consent); a row whose file is "*" gives them for every file of the
// folder, and may also have require_consent. The map is keyed by LabelKey
// of the file name ("*" for that row; Of applies it to a file).
//
// Rows without a file name, repeated file names and "*" rows that also name
// a file are reported as RowErrors and skipped, though a withdrawal in them
// still holds. An unreadable consent date or unknown show_name is reported
// too; its row is taken in the reading that shows least (the work is not
// shown; the name is not shown). A file saved as Windows-1251 whose Kazakh
// letters became "?" gets a RowError with Code "letters_lost" for each such
// row, which is taken all the same. A table without a file column, or one
// ReadTable refuses, is an error.
func ParseLabels(data []byte) (map[string]Label, []RowError, error) {
	t, err := ReadTable(data)
	if err != nil {
		return nil, nil, err
	}
	cols := newColumns(t.Header)
	if !cols.has(labelFile...) {
		return nil, nil, rowErr(0,
			"кестеде «file» (файл аты) бағаны жоқ",
			"в таблице нет столбца «file» (имя файла)",
			`the table has no "file" column`)
	}
	labels := make(map[string]Label, len(t.Rows))
	seen := map[string]int{}
	var problems []RowError
	for _, row := range t.Rows {
		file := cols.value(row, labelFile...)
		consent, bad := parseConsent(cols, row)
		problems = append(problems, bad...)
		if file == "" {
			problems = append(problems, rowErr(row.Line,
				"файл аты жазылмаған, жол өткізілді",
				"не указано имя файла, строка пропущена",
				"no file name, row skipped"))
			continue
		}
		if p, ok := allFilesMixed(cols, row); ok {
			problems = append(problems, p)
			if consent.Withdrawn {
				// A withdrawal is never lost to a slip in the file column.
				narrow(labels, AllFiles, Label{File: AllFiles, Consent: Consent{Withdrawn: true, Row: row.Line}})
			}
			continue
		}
		key := LabelKey(file)
		l := Label{File: key, Consent: consent, Title: Text{}, Author: Text{}, Technique: Text{}, Club: Text{}}
		if key != AllFiles {
			l.Title, l.Author = cols.text(row, labelTitle...), cols.text(row, labelAuthor...)
			l.Technique, l.Club = cols.text(row, labelTechnique...), cols.text(row, labelClub...)
			l.Age = cols.text(row, labelAge...).Get([]Lang{RU})
			var bad *RowError
			l.Duration, l.Sound, bad = clipCells(cols, row)
			if bad != nil {
				problems = append(problems, *bad)
			}
		}
		if first, dup := seen[key]; dup {
			problems = append(problems, rowErr(row.Line,
				g(file)+" файлы "+itoa(first)+"-жолда бұрын жазылған, жол өткізілді",
				"файл "+g(file)+" уже описан в строке "+itoa(first)+", строка пропущена",
				"file "+q(file)+" is already described in row "+itoa(first)+", row skipped"))
			narrow(labels, key, l)
			continue
		}
		seen[key] = row.Line
		labels[key] = l
	}
	if savedAsCP1251(data) {
		problems = append(problems, lostLetterRows(t)...)
	}
	return labels, problems, nil
}

// clipCells reads a row's duration and sound (video clips); a duration
// that cannot be read is reported, and the whole clip plays.
func clipCells(cols columns, row TableRow) (time.Duration, bool, *RowError) {
	sound := false
	if s := cols.value(row, labelSound...); strings.TrimSpace(s) != "" {
		sound = isYes(s)
	}
	s := cols.value(row, labelDuration...)
	if strings.TrimSpace(s) == "" {
		return 0, sound, nil
	}
	d, err := parseDuration(s)
	if err != nil {
		bad := rowErr(row.Line,
			"ұзақтығы түсініксіз: "+g(s)+" (секундпен жазыңыз, мысалы 20)",
			"непонятная длительность "+g(s)+" (напишите секунды, например 20)",
			"unclear duration "+q(s)+" (write seconds, for example 20)")
		return 0, sound, &bad
	}
	return d, sound, nil
}

// narrow adds what a further row for key holds back to the label taken
// for it, so a repeated row can withdraw a work but never show more.
func narrow(labels map[string]Label, key string, l Label) {
	had, ok := labels[key]
	if !ok {
		had = Label{File: key, Title: Text{}, Author: Text{}, Technique: Text{}, Club: Text{}}
		if key != AllFiles {
			had.Title, had.Author, had.Technique, had.Club = l.Title, l.Author, l.Technique, l.Club
		}
	}
	had.Consent = had.Consent.narrowed(l.Consent)
	labels[key] = had
}

// Of returns the label of a file with the folder's "*" row applied: the
// file's own row, else only the "*" row's consent. ok is false when
// neither row is there.
func Of(labels map[string]Label, name string) (Label, bool) {
	key := LabelKey(name)
	l, ok := labels[key]
	all, hasAll := labels[AllFiles]
	if !ok && !hasAll {
		return Label{}, false
	}
	if !ok {
		l = Label{File: key, Title: Text{}, Author: Text{}, Technique: Text{}, Club: Text{}}
	}
	if hasAll && key != AllFiles {
		l.Consent = l.Consent.Under(all.Consent)
	}
	return l, true
}

// LabelKey returns the key ParseLabels uses for a file name: the name
// trimmed and NFC-normalised, so that a Cyrillic name matches whether the
// disk gives it in NFC or NFD.
func LabelKey(name string) string {
	return norm.NFC.String(strings.TrimSpace(name))
}
