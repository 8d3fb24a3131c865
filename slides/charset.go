package slides

import (
	"bytes"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lost letters: a Russian Excel saves "CSV (comma delimited)" in
// Windows-1251, which has no Kazakh letters (Қ, ұ, ә, ғ, ң, ө, ү, һ, і), so
// it writes "?" for each: "Қысқы кеш" becomes "?ыс?ы кеш". The file reads,
// and the label would show the question marks; staff are told instead.

// savedAsCP1251 says ReadTable reads data as Windows-1251.
func savedAsCP1251(data []byte) bool {
	return !bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) &&
		!bytes.HasPrefix(data, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(data, []byte{0xFE, 0xFF}) &&
		!utf8.Valid(data)
}

// lostLetterRows finds, in a table read as Windows-1251, the rows with a
// "?" inside or at the edge of a Cyrillic word, and returns one problem for
// each (the row is still used). Columns are looked at in their header order.
func lostLetterRows(t Table) []RowError {
	var out []RowError
	for _, row := range t.Rows {
		var words []string
		cols := make([]string, 0, len(row.Cells))
		for c := range row.Cells {
			cols = append(cols, c)
		}
		sort.Strings(cols)
		for _, c := range cols {
			if w := lostLetterWord(row.Cells[c]); w != "" {
				words = append(words, w)
			}
		}
		if len(words) == 0 {
			continue
		}
		e := rowErr(row.Line,
			"қазақ әріптерінің орнында «?»: "+g(words[0]),
			"вместо казахских букв «?»: "+g(words[0]),
			`"?" instead of Kazakh letters: `+q(words[0]))
		e.Code = "letters_lost"
		out = append(out, e)
	}
	return out
}

// lostLetterWord returns the first word of s in which a "?" stands between
// Cyrillic letters or starts a Cyrillic word, or "". A "?" that ends a word
// is taken for a question mark ("Кто я?").
func lostLetterWord(s string) string {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '.' }) {
		rs := []rune(w)
		cyr := func(k int) bool { return unicode.Is(unicode.Cyrillic, rs[k]) }
		for i := 0; i < len(rs); i++ {
			if rs[i] != '?' {
				continue
			}
			j := i
			for j < len(rs) && rs[j] == '?' {
				j++
			}
			if (i == 0 || cyr(i-1)) && j < len(rs) && cyr(j) {
				return w
			}
			i = j
		}
	}
	return ""
}

// LostLetters reads a CSV file as ReadTable does and, when it was saved as
// Windows-1251, returns a problem (Code "letters_lost") for each row where
// Kazakh letters became "?". ParseLabels reports these itself; the clubs
// tables are checked with this.
func LostLetters(data []byte) []RowError {
	if !savedAsCP1251(data) {
		return nil
	}
	t, err := ReadTable(data)
	if err != nil {
		return nil
	}
	return lostLetterRows(t)
}
