package slides

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Limits on the tables ReadTable and ReadXLSXTables accept.
const (
	MaxColumns   = 1000    // columns in one row
	MaxRows      = 100000  // data rows after the header
	MaxCellBytes = 1 << 20 // bytes in one cell
)

// Table is a spreadsheet read into rows keyed by their header names.
type Table struct {
	// Header holds the column names from the header row: trimmed,
	// lower-cased and NFC-normalised. Columns without a name are "".
	Header []string
	// Rows holds the data rows that are not completely empty.
	Rows []TableRow
}

// TableRow is one data row of a Table.
type TableRow struct {
	// Line is the 1-based line (CSV) or row (XLSX) number in the file.
	Line int
	// Cells maps every named header column to the row's trimmed,
	// NFC-normalised cell; missing cells are "".
	Cells map[string]string
}

// record is one parsed CSV record or spreadsheet row before normalisation.
type record struct {
	line   int
	fields []string
}

// ReadTable reads a CSV file as staff save it.
//
// The bytes may be UTF-8 with or without a byte order mark, UTF-16 with a
// byte order mark (Excel's "Unicode text"), or Windows-1251 (Russian Excel)
// when they are not valid UTF-8. The delimiter is sniffed from the header
// line among ',', ';' and tab; an Excel "sep=;" first line is honoured.
// Line ends may be CRLF, LF or CR. Quoted cells may span lines; a quotation
// mark inside an unquoted cell is taken literally. Ragged rows are allowed.
//
// The first non-empty row is the header. Completely empty rows are skipped.
// More than MaxColumns columns, MaxRows rows or MaxCellBytes in a cell, and
// a quotation mark that is never closed, are errors of type RowError.
func ReadTable(data []byte) (Table, error) {
	text := decodeText(data)
	recs, err := parseCSV(text)
	if err != nil {
		return Table{}, err
	}
	return buildTable(recs)
}

// decodeText turns the bytes of a text file into a string, guessing its
// encoding as described for ReadTable.
func decodeText(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return strings.ToValidUTF8(string(data[3:]), "\uFFFD")
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder()
		if out, err := dec.Bytes(data); err == nil {
			return strings.TrimPrefix(string(out), "\uFEFF")
		}
	case utf8.Valid(data):
		return string(data)
	}
	out, err := charmap.Windows1251.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return string(out)
}

// buildTable normalises parsed records into a Table: the first non-empty
// record is the header, empty records are dropped, and limits are checked.
func buildTable(recs []record) (Table, error) {
	var t Table
	headerDone := false
	for _, r := range recs {
		if len(r.fields) > MaxColumns {
			return Table{}, rowErr(r.line,
				"1000-нан артық баған бар",
				"больше 1000 столбцов",
				"more than 1000 columns")
		}
		for _, f := range r.fields {
			if len(f) > MaxCellBytes {
				return Table{}, rowErr(r.line,
					"ұяшық 1 МиБ-тан ұзын",
					"ячейка длиннее 1 МиБ",
					"a cell is longer than 1 MiB")
			}
		}
		cells := make([]string, len(r.fields))
		empty := true
		for i, f := range r.fields {
			cells[i] = cleanCell(f)
			if cells[i] != "" {
				empty = false
			}
		}
		if empty {
			continue
		}
		if !headerDone {
			headerDone = true
			t.Header = make([]string, len(cells))
			for i, c := range cells {
				t.Header[i] = norm.NFC.String(strings.ToLower(c))
			}
			continue
		}
		if len(t.Rows) >= MaxRows {
			return Table{}, errTooManyRows
		}
		row := TableRow{Line: r.line, Cells: make(map[string]string, len(t.Header))}
		for i, h := range t.Header {
			if h == "" {
				continue
			}
			v := ""
			if i < len(cells) {
				v = cells[i]
			}
			if old, ok := row.Cells[h]; ok && (old != "" || v == "") {
				continue // a repeated column fills in only what is still empty
			}
			row.Cells[h] = v
		}
		t.Rows = append(t.Rows, row)
	}
	return t, nil
}

// errTooManyRows is returned for tables over MaxRows data rows.
var errTooManyRows = rowErr(0,
	"кестеде 100000-нан артық жол бар",
	"в таблице больше 100000 строк",
	"the table has more than 100000 rows")

// cleanCell trims a cell (spaces, no-break spaces, stray byte order marks
// and zero-width spaces), unifies line ends to "\n" and NFC-normalises it.
func cleanCell(s string) string {
	s = strings.TrimFunc(s, isBlank)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return norm.NFC.String(s)
}

// isBlank reports whether r is white space or an invisible character that
// spreadsheets leave around cell values.
func isBlank(r rune) bool {
	return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B' || r == '\u200E' || r == '\u200F'
}
