package slides

import (
	"strconv"
	"strings"
)

// readClub reads one clubs row; a nil error means the row is usable.
func readClub(cc columns, row TableRow) (Club, *RowError) {
	c := Club{
		ID:          cc.value(row, clubID...),
		Name:        cc.text(row, clubName...),
		Category:    CategoryNames(cc.text(row, clubCategory...)),
		CategoryKey: categoryAsWritten(cc, row),
		Teacher:     cc.text(row, clubTeacher...),
		Room:        cc.text(row, clubRoom...),
		Description: cc.text(row, clubDescription...),
		SignupURL:   cc.value(row, clubSignup...),
	}
	if c.ID == "" {
		e := rowErr(row.Line, "үйірменің id-і жоқ, жол өткізілді", "нет id кружка, строка пропущена", "no club id, row skipped")
		return c, &e
	}
	var ok bool
	if s := cc.value(row, clubAge...); s != "" {
		if c.AgeFrom, c.AgeTo, ok = parseAgeRange(s); !ok {
			return c, badAge(row.Line, s)
		}
	}
	for _, a := range []struct {
		aliases []string
		to      *int
	}{{clubAgeFrom, &c.AgeFrom}, {clubAgeTo, &c.AgeTo}} {
		if s := cc.value(row, a.aliases...); s != "" {
			if *a.to, ok = parseAge(s); !ok {
				return c, badAge(row.Line, s)
			}
		}
	}
	if c.AgeFrom > 0 && c.AgeTo > 0 && c.AgeFrom > c.AgeTo {
		e := rowErr(row.Line,
			"жас аралығы қате: "+itoa(c.AgeFrom)+" жастан "+itoa(c.AgeTo)+" жасқа дейін, жол өткізілді",
			"неверный возраст: от "+itoa(c.AgeFrom)+" до "+itoa(c.AgeTo)+", строка пропущена",
			"age_from "+itoa(c.AgeFrom)+" is above age_to "+itoa(c.AgeTo)+", row skipped")
		return c, &e
	}
	return c, nil
}

// badAge builds the error for an unreadable age.
func badAge(line int, s string) *RowError {
	e := rowErr(line,
		"жас түсініксіз "+g(s)+", жол өткізілді",
		"непонятный возраст "+g(s)+", строка пропущена",
		"unclear age "+q(s)+", row skipped")
	return &e
}

// parseAge reads an age such as "7", "7 лет", "7+" or "7.0".
func parseAge(s string) (int, bool) {
	s = strings.TrimSpace(s)
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || n > 2 {
		return 0, false
	}
	rest := strings.TrimSpace(s[n:])
	if strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, ",") {
		if strings.Trim(rest[1:], "0") != "" {
			return 0, false
		}
	}
	age, _ := strconv.Atoi(s[:n])
	return age, true
}

// parseAgeRange reads an age column such as "7-12", "7–12 лет" or "7+".
func parseAgeRange(s string) (from, to int, ok bool) {
	if a, b, found := cutRange(s); found {
		from, ok1 := parseAge(a)
		to, ok2 := parseAge(b)
		return from, to, ok1 && ok2
	}
	from, ok = parseAge(s)
	return from, 0, ok
}

// signupURL accepts a web address, adding https:// to a bare
// "example.kz/path".
func signupURL(s string) (string, error) {
	if u, err := parseWebURL(s); err == nil {
		return u, nil
	}
	if !strings.Contains(s, "://") && strings.Contains(s, ".") && !strings.ContainsAny(s, " @") {
		return parseWebURL("https://" + s)
	}
	return parseWebURL(s)
}
