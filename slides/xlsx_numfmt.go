package slides

import (
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// numKind is what a cell's number format makes of a number.
type numKind int

const (
	kindNumber numKind = iota
	kindDate
	kindTime
	kindDateTime
)

// formatNumber writes x as the kind of cell it is in.
func formatNumber(x float64, kind numKind, date1904 bool) string {
	if kind == kindNumber || x < 0 || x > 2958465 { // 9999-12-31
		return cleanNumber(x)
	}
	total := int64(math.Round(x * 1440))
	days, mins := total/1440, Clock(total%1440)
	if kind == kindTime {
		if total == 1440 {
			return "24:00"
		}
		return mins.String()
	}
	d, err := excelize.ExcelDateToTime(float64(days), date1904)
	if err != nil {
		return cleanNumber(x)
	}
	if kind == kindDate {
		return d.Format(DateLayout)
	}
	return d.Format(DateLayout) + " " + mins.String()
}

// cleanNumber formats x with at most 15 significant digits, as Excel shows
// it, and no trailing zeros: 7, 0.3, 12.5.
func cleanNumber(x float64) string {
	y, err := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 15, 64), 64)
	if err != nil {
		y = x
	}
	if math.Abs(y) >= 1e21 || (y != 0 && math.Abs(y) < 1e-9) {
		return strconv.FormatFloat(y, 'g', -1, 64)
	}
	return strconv.FormatFloat(y, 'f', -1, 64)
}

// classifyNumFmt tells dates and times from other numbers by a built-in
// number format id or a custom format code.
func classifyNumFmt(id int, code string) numKind {
	if code == "" {
		switch {
		case id >= 14 && id <= 17, id >= 27 && id <= 31, id >= 34 && id <= 36, id >= 50 && id <= 58:
			return kindDate
		case id >= 18 && id <= 21, id >= 45 && id <= 47, id == 32, id == 33:
			return kindTime
		case id == 22:
			return kindDateTime
		}
		return kindNumber
	}
	c := formatTokens(code)
	date := strings.ContainsAny(c, "yd")
	clock := strings.ContainsAny(c, "hs") || strings.Contains(c, "am/pm") || strings.Contains(c, "a/p")
	switch {
	case date && clock:
		return kindDateTime
	case clock:
		return kindTime
	case date, strings.Contains(c, "m"):
		return kindDate
	}
	return kindNumber
}

// formatTokens returns the first section of a number format code, lower-
// cased, without quoted text, escaped characters, padding and bracketed
// parts other than elapsed-time ones ([h], [mm], [ss]).
func formatTokens(code string) string {
	var b strings.Builder
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch c {
		case ';':
			return strings.ToLower(b.String())
		case '"':
			if j := strings.IndexByte(code[i+1:], '"'); j >= 0 {
				i += j + 1
			} else {
				i = len(code)
			}
		case '\\', '_', '*':
			i++
		case '[':
			j := strings.IndexByte(code[i:], ']')
			if j < 0 {
				i = len(code)
				continue
			}
			inner := strings.ToLower(code[i+1 : i+j])
			if strings.Trim(inner, "hms") == "" {
				b.WriteString(inner)
			}
			i += j
		default:
			b.WriteByte(c)
		}
	}
	return strings.ToLower(b.String())
}
