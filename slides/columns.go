package slides

import "strings"

// columns finds a table's columns by their canonical names, so that
// "Title (KK)", "title-kz" and "title_kk" all mean the Kazakh title.
type columns struct {
	// cells maps base name and language ("" for none) to header names.
	cells map[colKey][]string
}

// colKey is a column's canonical base name plus its language suffix.
type colKey struct {
	base string
	lang Lang
}

// newColumns indexes header names (already lower-cased) by canonical key.
func newColumns(header []string) columns {
	c := columns{cells: map[colKey][]string{}}
	for _, h := range header {
		if h == "" {
			continue
		}
		k := splitColumnName(canonColumn(h))
		c.cells[k] = append(c.cells[k], h)
	}
	return c
}

// canonColumn lower-cases a header name and turns spaces, dashes, dots,
// slashes and brackets into single underscores.
func canonColumn(h string) string {
	h = strings.ToLower(strings.TrimSpace(h))
	var b strings.Builder
	under := false
	for _, r := range h {
		switch r {
		case ' ', '-', '.', '/', '(', ')', '[', ']', '_', '\u00A0':
			under = true
			continue
		}
		if under && b.Len() > 0 {
			b.WriteByte('_')
		}
		under = false
		b.WriteRune(r)
	}
	return b.String()
}

// splitColumnName splits "title_kk" into its base and language; names
// without a language suffix have lang "".
func splitColumnName(name string) colKey {
	if i := strings.LastIndexByte(name, '_'); i > 0 {
		if l, ok := parseLang(name[i+1:]); ok {
			return colKey{base: name[:i], lang: l}
		}
	}
	return colKey{base: name}
}

// has reports whether any of the aliases names a column, with or without a
// language suffix.
func (c columns) has(aliases ...string) bool {
	for _, a := range aliases {
		for _, l := range append([]Lang{""}, Langs...) {
			if len(c.cells[colKey{a, l}]) > 0 {
				return true
			}
		}
	}
	return false
}

// value returns the first non-empty cell of row in a column named by one of
// the aliases without a language suffix.
func (c columns) value(row TableRow, aliases ...string) string {
	return c.langValue(row, "", aliases...)
}

// langValue is value for the columns with the given language suffix.
func (c columns) langValue(row TableRow, lang Lang, aliases ...string) string {
	for _, a := range aliases {
		for _, h := range c.cells[colKey{a, lang}] {
			if v := row.Cells[h]; v != "" {
				return v
			}
		}
	}
	return ""
}

// text returns the cell in each language: the language's own column
// (title_kk) when it has a value, else the plain column (title).
func (c columns) text(row TableRow, aliases ...string) Text {
	t := Text{}
	plain := c.value(row, aliases...)
	for _, l := range Langs {
		v := c.langValue(row, l, aliases...)
		if v == "" {
			v = plain
		}
		if v != "" {
			t[l] = v
		}
	}
	return t
}
