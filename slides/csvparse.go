package slides

import "strings"

// parseCSV splits text into records. The delimiter is taken from an Excel
// "sep=X" first line, or sniffed from the first non-blank line.
func parseCSV(text string) ([]record, error) {
	first, rest, _ := cutLine(text)
	if f := strings.ToLower(strings.Trim(first, " ")); len(f) == 5 && strings.HasPrefix(f, "sep=") &&
		strings.IndexByte(",;\t|", f[4]) >= 0 {
		return splitCSV(rest, f[4], 2)
	}
	return splitCSV(text, sniffDelimiter(text), 1)
}

// cutLine returns the first line of s without its line end, the rest, and
// whether a line end was found.
func cutLine(s string) (first, rest string, found bool) {
	i := strings.IndexAny(s, "\r\n")
	if i < 0 {
		return s, "", false
	}
	j := i + 1
	if s[i] == '\r' && j < len(s) && s[j] == '\n' {
		j++
	}
	return s[:i], s[j:], true
}

// sniffDelimiter picks ';', tab or ',' by counting them outside quotes in the
// first line that has something other than spaces. Ties go to ';', then tab;
// a line with none of them gives ','.
func sniffDelimiter(text string) byte {
	rest := text
	header := ""
	for rest != "" {
		var l string
		l, rest, _ = cutLine(rest)
		if strings.TrimSpace(l) != "" {
			header = l
			break
		}
	}
	var counts [256]int
	inQuote := false
	for i := 0; i < len(header); i++ {
		switch c := header[i]; c {
		case '"':
			inQuote = !inQuote
		case ';', '\t', ',':
			if !inQuote {
				counts[c]++
			}
		}
	}
	best := byte(',')
	for _, c := range []byte{',', '\t', ';'} {
		if counts[c] > 0 && counts[c] >= counts[best] {
			best = c
		}
	}
	return best
}

// splitCSV parses text with the given delimiter; firstLine is the line
// number of text's first line in the file.
func splitCSV(text string, delim byte, firstLine int) ([]record, error) {
	var recs []record
	line := firstLine
	i := 0
	filled := 0 // records with something in them
	for i < len(text) {
		if c := text[i]; c == '\n' || c == '\r' { // an empty line
			if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			i++
			line++
			continue
		}
		rec := record{line: line}
		for {
			field, next, lines, err := readField(text, i, delim)
			if err != nil {
				return nil, rowErr(line,
					"осы жолда ашылған тырнақша (\") жабылмаған",
					"открытая в этой строке кавычка (\") не закрыта",
					"a quotation mark (\") opened in this row is never closed")
			}
			line += lines
			if len(field) > MaxCellBytes {
				return nil, rowErr(rec.line,
					"ұяшық 1 МиБ-тан ұзын",
					"ячейка длиннее 1 МиБ",
					"a cell is longer than 1 MiB")
			}
			rec.fields = append(rec.fields, field)
			if len(rec.fields) > MaxColumns {
				return nil, rowErr(rec.line,
					"1000-нан артық баған бар",
					"больше 1000 столбцов",
					"more than 1000 columns")
			}
			i = next
			if i >= len(text) {
				break
			}
			if text[i] == delim {
				i++
				if i >= len(text) {
					rec.fields = append(rec.fields, "")
					break
				}
				continue
			}
			// A line end closes the record.
			if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			i++
			line++
			break
		}
		if !blankFields(rec.fields) {
			if filled++; filled > MaxRows+1 {
				return nil, errTooManyRows
			}
			recs = append(recs, rec)
		}
	}
	return recs, nil
}

// readField reads one field starting at text[i]. It returns the field, the
// index just after it (at a delimiter, a line end or the end of text), the
// number of line ends inside a quoted field, and an error for a quote that is
// never closed.
func readField(text string, i int, delim byte) (field string, next, lines int, err error) {
	j := i
	for j < len(text) && (text[j] == ' ' || (text[j] == '\t' && delim != '\t')) {
		j++
	}
	if j >= len(text) || text[j] != '"' {
		end := j
		for end < len(text) && text[end] != delim && text[end] != '\n' && text[end] != '\r' {
			end++
		}
		return text[i:end], end, 0, nil
	}
	var b strings.Builder
	k := j + 1
	for {
		n := strings.IndexByte(text[k:], '"')
		if n < 0 {
			return "", 0, 0, errUnclosedQuote
		}
		seg := text[k : k+n]
		b.WriteString(seg)
		lines += countLineEnds(seg)
		k += n + 1
		if k < len(text) && text[k] == '"' {
			b.WriteByte('"')
			k++
			continue
		}
		break
	}
	// Text after the closing quote is kept as it is, as Excel does.
	end := k
	for end < len(text) && text[end] != delim && text[end] != '\n' && text[end] != '\r' {
		end++
	}
	b.WriteString(text[k:end])
	return b.String(), end, lines, nil
}

// errUnclosedQuote is readField's signal for a quote that is never closed.
var errUnclosedQuote = rowErr(0, "тырнақша жабылмаған", "кавычка не закрыта", "unclosed quotation mark")

// countLineEnds counts CRLF, LF and lone CR line ends in s.
func countLineEnds(s string) int {
	return strings.Count(s, "\n") + strings.Count(s, "\r") - strings.Count(s, "\r\n")
}

// blankFields reports whether every field is empty or white space.
func blankFields(fields []string) bool {
	for _, f := range fields {
		if strings.TrimFunc(f, isBlank) != "" {
			return false
		}
	}
	return true
}
