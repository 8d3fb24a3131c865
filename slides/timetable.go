package slides

import "strings"

// readSessions reads one timetable row into sessions (several when the day
// cell lists several days) and the index of their club in the clubs list.
func readSessions(tc columns, row TableRow, index map[string]int) ([]Session, int, *RowError) {
	fail := func(kk, ru, en string) ([]Session, int, *RowError) {
		e := rowErr(row.Line, kk+", жол өткізілді", ru+", строка пропущена", en+", row skipped")
		return nil, 0, &e
	}
	id := tc.value(row, ttClubID...)
	if id == "" {
		return fail("үйірменің id-і жоқ", "нет id кружка", "no club id")
	}
	i, ok := index[clubKey(id)]
	if !ok {
		return fail("мұндай үйірме жоқ "+g(id), "нет такого кружка "+g(id), "unknown club "+q(id))
	}
	dayCell := tc.value(row, ttDay...)
	days, ok := sessionDays(dayCell)
	if !ok {
		return fail("апта күні түсініксіз "+g(dayCell), "непонятный день недели "+g(dayCell), "unknown day "+q(dayCell))
	}
	startCell, endCell := tc.value(row, ttStart...), tc.value(row, ttEnd...)
	if endCell == "" {
		// "15:00-16:30" in the start or time column.
		rangeCell := startCell
		if rangeCell == "" {
			rangeCell = tc.value(row, ttTime...)
		}
		if a, b, found := cutRange(rangeCell); found && a != "" {
			startCell, endCell = a, b
		} else if startCell == "" {
			startCell = rangeCell
		}
	}
	if startCell == "" {
		return fail("басталу уақыты жоқ", "нет времени начала", "no start time")
	}
	start, ok := parseClock(startCell)
	if !ok || start >= 1440 {
		return fail("басталу уақыты түсініксіз "+g(startCell), "непонятное время начала "+g(startCell), "unclear start time "+q(startCell))
	}
	if endCell == "" {
		return fail("аяқталу уақыты жоқ", "нет времени окончания", "no end time")
	}
	end, ok := parseClock(endCell)
	if !ok {
		return fail("аяқталу уақыты түсініксіз "+g(endCell), "непонятное время окончания "+g(endCell), "unclear end time "+q(endCell))
	}
	if end <= start {
		span := " (" + start.String() + "-" + end.String() + ")"
		return fail("аяқталу уақыты басталу уақытынан кейін емес"+span,
			"время окончания не позже времени начала"+span,
			"the end time is not after the start time"+span)
	}
	room := tc.value(row, clubRoom...)
	if room == "" {
		room = tc.text(row, clubRoom...).Get([]Lang{RU})
	}
	group := tc.text(row, ttGroup...).Get([]Lang{RU})
	out := make([]Session, 0, len(days))
	for _, d := range days {
		out = append(out, Session{Day: d, Start: start, End: end, Room: room, Group: group})
	}
	return out, i, nil
}

// sessionDays reads a timetable day cell: one day, or a list or range of
// days ("Пн, Ср", "Пн-Пт"), or every day.
func sessionDays(s string) ([]int, bool) {
	if strings.TrimSpace(s) == "" {
		return nil, false
	}
	if d, err := ParseDay(s); err == nil {
		return []int{d}, true
	}
	w, err := ParseDays(s)
	if err != nil {
		return nil, false
	}
	var days []int
	for d := 1; d <= 7; d++ {
		if w == 0 || w&(1<<(d-1)) != 0 {
			days = append(days, d)
		}
	}
	return days, true
}
