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

// lostLetterWord returns the first word of s in which a "?" stands beside a
// Cyrillic letter, or "".
func lostLetterWord(s string) string {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '.' }) {
		rs := []rune(w)
		for i, r := range rs {
			if r != '?' {
				continue
			}
			if i > 0 && unicode.Is(unicode.Cyrillic, rs[i-1]) || i+1 < len(rs) && unicode.Is(unicode.Cyrillic, rs[i+1]) {
				return w
			}
		}
	}
	return ""
}
