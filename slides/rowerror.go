package slides

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// RowError is a staff-readable problem with one row or field of a file.
//
// Reason holds the whole message for staff in Kazakh, Russian and English,
// already starting with the row number when there is one, for example
// en "row 7: unknown day \"Пнн\"", ru "строка 7: непонятный день недели «Пнн»",
// kk "7-жол: апта күні түсініксіз «Пнн»".
type RowError struct {
	// Table names the table the row belongs to when a parser reads more
	// than one (for example "timetable.csv" or the sheet "Timetable");
	// it is "" for single-table files.
	Table string
	// Row is the 1-based line or row number in the file; 0 means the
	// problem concerns the whole file.
	Row int
	// Reason is the message for staff in kk, ru and en.
	Reason Text
	// Line says Row counts the lines of a text file (front matter, a
	// poster's .yml), not the rows of a table.
	Line bool
	// Code, when set, is the kind of whole-file problem as the kiosk's
	// reason catalogue names it: "not_workbook", "workbook_protected",
	// "wrong_sheets". Args are its details: "type" (what the file is, in
	// words), "want" (the missing sheet), "sheets" (the sheets there are).
	Code string
	Args map[string]Text

	cause error
}

// Error returns the English message, such as "row 5: unknown day \"Xyz\"".
func (e RowError) Error() string {
	if s := e.Reason[EN]; s != "" {
		return s
	}
	if s := e.Reason.Get(nil); s != "" {
		return s
	}
	if e.Row > 0 {
		return fmt.Sprintf("row %d: the row cannot be read", e.Row)
	}
	return "the file cannot be read"
}

// Unwrap returns the lower-level error behind the problem, if any.
func (e RowError) Unwrap() error { return e.cause }

// rowErr builds a RowError for row (0 = whole file) from the reason in each
// language, prefixing the row number the way each language writes it.
func rowErr(row int, kk, ru, en string) RowError {
	if row > 0 {
		kk = fmt.Sprintf("%d-жол: %s", row, kk)
		ru = fmt.Sprintf("строка %d: %s", row, ru)
		en = fmt.Sprintf("row %d: %s", row, en)
	}
	return RowError{Row: row, Reason: Text{KK: kk, RU: ru, EN: en}}
}

// wrapErr is rowErr with a lower-level cause kept for errors.Is and As.
func wrapErr(cause error, row int, kk, ru, en string) RowError {
	e := rowErr(row, kk, ru, en)
	e.cause = cause
	return e
}

// lineErr is wrapErr for a line of a text file (front matter, a poster's
// .yml): "line 3: ..." reads better there than "row 3".
func lineErr(cause error, line int, kk, ru, en string) RowError {
	e := wrapErr(cause, 0, kk, ru, en)
	if line > 0 {
		e = wrapErr(cause, line, kk, ru, "")
		e.Reason[EN] = fmt.Sprintf("line %d: %s", line, en)
		e.Line = true
	}
	return e
}

// inTable returns e marked as belonging to table.
func (e RowError) inTable(table string) RowError {
	e.Table = table
	return e
}

// shown returns s shortened and cleaned for quoting in a message: control
// characters become spaces and anything past 40 characters becomes "…".
func shown(s string) string { return shownN(s, 40) }

// shownN is shown with a limit of n characters.
func shownN(s string, n int) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, s)
	if utf8.RuneCountInString(s) > n {
		s = string([]rune(s)[:n]) + "…"
	}
	return s
}

// q quotes s for an English message.
func q(s string) string { return `"` + shown(s) + `"` }

// g quotes s with guillemets for a Russian or Kazakh message.
func g(s string) string { return "«" + shown(s) + "»" }

// itoa formats n for a message.
func itoa(n int) string { return strconv.Itoa(n) }
