package slides

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// DateLayout is the layout of the dates this package returns.
const DateLayout = "2006-01-02"

// errDate is the cause of every ParseDate failure.
var errDate = errors.New("not a date")

// ParseDate reads a date and returns it as "2006-01-02". It accepts
// 2025-01-10 (also with a time after it), and day-first 10.01.2025,
// 10/01/2025, 10-01-2025 and 10.01.25. Impossible dates such as 32.13.2025
// are refused with a RowError whose reason says so.
func ParseDate(s string) (string, error) {
	t := strings.TrimSpace(s)
	y, m, d, ok := splitDate(t)
	if !ok {
		return "", wrapErr(errDate, 0,
			"күн түсініксіз "+g(s)+" (мысалы, 10.01.2025 деп жазыңыз)",
			"непонятная дата "+g(s)+" (пишите, например, 10.01.2025)",
			"unclear date "+q(s)+" (write it like 2025-01-10 or 10.01.2025)")
	}
	date := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
	if y < 1900 || y > 2200 || date.Year() != y || int(date.Month()) != m || date.Day() != d {
		return "", wrapErr(errDate, 0,
			g(s)+" деген күн болмайды",
			"такой даты не бывает: "+g(s),
			"the date "+q(s)+" does not exist")
	}
	return date.Format(DateLayout), nil
}

// splitDate finds year, month and day in a date as ParseDate accepts it.
func splitDate(s string) (y, m, d int, ok bool) {
	if i := strings.IndexAny(s, "T "); i >= 0 {
		s = s[:i] // a time after the date is ignored
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '/' || r == '-' })
	if len(parts) != 3 || strings.Count(s, ".")+strings.Count(s, "/")+strings.Count(s, "-") != 2 {
		if allDigits(s) && len(s) == 5 {
			return excelSerialDate(s)
		}
		return 0, 0, 0, false
	}
	n := [3]int{}
	for i, p := range parts {
		if !allDigits(p) || len(p) > 4 {
			return 0, 0, 0, false
		}
		n[i], _ = strconv.Atoi(p)
	}
	switch {
	case len(parts[0]) == 4 && len(parts[1]) <= 2 && len(parts[2]) <= 2:
		return n[0], n[1], n[2], true
	case len(parts[0]) <= 2 && len(parts[1]) <= 2 && len(parts[2]) == 4:
		return n[2], n[1], n[0], true
	case len(parts[0]) <= 2 && len(parts[1]) <= 2 && len(parts[2]) == 2:
		return 2000 + n[2], n[1], n[0], true
	}
	return 0, 0, 0, false
}

// excelSerialDate reads a spreadsheet day number (days since 1899-12-30),
// which is what a date cell shows when its format is lost.
func excelSerialDate(s string) (y, m, d int, ok bool) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 20000 || n > 99999 {
		return 0, 0, 0, false
	}
	t := time.Date(1899, 12, 30, 12, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	return t.Year(), int(t.Month()), t.Day(), true
}
