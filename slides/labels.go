package slides

import (
	"strings"

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
}

// Column names (and courtesy aliases) of labels.csv.
var (
	labelFile      = []string{"file", "filename", "file_name", "image", "файл", "имя_файла", "файл_аты"}
	labelTitle     = []string{"title", "name", "название", "атауы", "аты"}
	labelAuthor    = []string{"author", "автор", "авторы"}
	labelAge       = []string{"age", "возраст", "жасы", "жас"}
	labelTechnique = []string{"technique", "техника", "материал", "техникасы"}
	labelClub      = []string{"club", "studio", "кружок", "студия", "үйірме"}
)

// ParseLabels reads an exhibition's labels.csv.
//
// Its columns are file, title, author, age, technique and club; each text
// column may also come as title_kk, title_ru, title_en, and a plain title
// fills the languages that have no column of their own. The map is keyed by
// LabelKey of the file name. Rows without a file name and repeated file
// names are reported as RowErrors and skipped; the other rows are taken. A
// table without a file column, or one ReadTable refuses, is an error.
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
		if file == "" {
			problems = append(problems, rowErr(row.Line,
				"файл аты жазылмаған, жол өткізілді",
				"не указано имя файла, строка пропущена",
				"no file name, row skipped"))
			continue
		}
		key := LabelKey(file)
		if first, dup := seen[key]; dup {
			problems = append(problems, rowErr(row.Line,
				g(file)+" файлы "+itoa(first)+"-жолда бұрын жазылған, жол өткізілді",
				"файл "+g(file)+" уже описан в строке "+itoa(first)+", строка пропущена",
				"file "+q(file)+" is already described in row "+itoa(first)+", row skipped"))
			continue
		}
		seen[key] = row.Line
		labels[key] = Label{
			File:      key,
			Title:     cols.text(row, labelTitle...),
			Author:    cols.text(row, labelAuthor...),
			Technique: cols.text(row, labelTechnique...),
			Club:      cols.text(row, labelClub...),
			Age:       cols.text(row, labelAge...).Get([]Lang{RU}),
		}
	}
	return labels, problems, nil
}

// LabelKey returns the key ParseLabels uses for a file name: the name
// trimmed and NFC-normalised, so that a Cyrillic name matches whether the
// disk gives it in NFC or NFD.
func LabelKey(name string) string {
	return norm.NFC.String(strings.TrimSpace(name))
}
