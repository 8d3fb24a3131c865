package slides

import "strings"

// parseConsent reads a labels.csv row's consent columns. A date that cannot
// be read or an unknown show_name is reported, and the row keeps the
// reading that shows least: the work held back, the name hidden.
func parseConsent(cols columns, row TableRow) (Consent, []RowError) {
	var c Consent
	var problems []RowError
	if s := cols.value(row, labelUntil...); s != "" {
		d, err := ParseDate(s)
		if err != nil {
			c.Unreadable = s
			problems = append(problems, wrapErr(err, row.Line,
				"келісім мерзімі түсініксіз "+g(s)+" (мысалы, 31.05.2026), жұмыс көрсетілмейді",
				"непонятный срок согласия "+g(s)+" (пишите, например, 31.05.2026), работа не показывается",
				"unclear consent_until "+q(s)+" (write it like 31.05.2026 or 2026-05-31), the work is not shown"))
		} else {
			c.Until = d
		}
	}
	if s := cols.value(row, labelShowName...); s != "" {
		p, ok := ParseNamePolicy(s)
		if !ok {
			p = NamesNone
			problems = append(problems, rowErr(row.Line,
				"show_name мәні белгісіз "+g(s)+" (full, first немесе none), аты көрсетілмейді",
				"непонятное значение show_name "+g(s)+" (full, first или none), имя не показывается",
				"unknown show_name "+q(s)+" (write full, first or none), the name is not shown"))
		}
		c.Names = p
	}
	c.Withdrawn = cols.value(row, labelWithdrawn...) != ""
	if s := cols.value(row, labelRequire...); s != "" {
		yes := isYes(s)
		c.Require = &yes
	}
	if !c.IsZero() {
		c.Row = row.Line
	}
	return c, problems
}

// isYes reads a yes/no cell; anything but a clear no is yes (a column that
// asks for consent is meant to ask for it).
func isYes(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "no", "false", "0", "нет", "жоқ", "off", "-":
		return false
	}
	return true
}

// allFilesMixed reports a row that gives "*" (every file) and also names a
// file, in one cell ("* a.jpg") or in two file columns.
func allFilesMixed(cols columns, row TableRow) (RowError, bool) {
	var cells []string
	for _, a := range labelFile {
		for _, h := range cols.cells[colKey{a, ""}] {
			if v := strings.TrimSpace(row.Cells[h]); v != "" {
				cells = append(cells, v)
			}
		}
	}
	star, other := false, ""
	for _, v := range cells {
		switch {
		case v == AllFiles:
			star = true
		case strings.Contains(v, AllFiles):
			star, other = true, v
		default:
			other = v
		}
	}
	if !star || other == "" {
		return RowError{}, false
	}
	return rowErr(row.Line,
		"«*» жолы папкадағы барлық файлға арналған, онда файл аты ("+g(other)+") болмауы керек, жол өткізілді",
		"строка «*» относится ко всем файлам папки и не может называть файл ("+g(other)+"), строка пропущена",
		`a "*" row is for every file of the folder and cannot also name a file (`+q(other)+`), row skipped`), true
}
