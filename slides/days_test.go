package slides

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseDay(t *testing.T) {
	tests := map[string]int{
		"1": 1, "7": 7,
		"Mon": 1, "monday": 1, "TUE": 2, "Tues": 2, "wed": 3, "Thu": 4, "thurs": 4, "Fri": 5, "Sat": 6, "Sunday": 7,
		"Пн": 1, "пнд": 1, "Пнд.": 1, "понедельник": 1, "ВТ": 2, "вторник": 2, "Ср": 3, "среда": 3,
		"Чт": 4, "четверг": 4, "Пт": 5, "пятница": 5, "Сб": 6, "суббота": 6, "Вс": 7, "воскресенье": 7,
		"Дс": 1, "Дүйсенбі": 1, "дуйсенби": 1, "Сс": 2, "Сейсенбі": 2, "сейсенби": 2,
		"Сәрсенбі": 3, "сарсенби": 3, "Бс": 4, "Бейсенбі": 4, "бейсенби": 4, "Жм": 5, "Жұма": 5, "жума": 5,
		"Сн": 6, "Сенбі": 6, "сенби": 6, "Жс": 7, "Жексенбі": 7, "жексенби": 7,
		"Dúısenbi": 1, "Jeksenbi": 7,
		"Cб":                  6, // Latin C typed in a Cyrillic word
		" пт ":                5,
		"\u0421\u0435\u0301н": 0, // not a day: mark on е
	}
	for in, want := range tests {
		got, err := ParseDay(in)
		if want == 0 {
			if err == nil {
				t.Errorf("ParseDay(%q) = %d, want an error", in, got)
			}
			continue
		}
		if err != nil || got != want {
			t.Errorf("ParseDay(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
}

func TestParseDayRefuses(t *testing.T) {
	for _, in := range []string{"", "0", "8", "Пнн", "Monday2", "xyz", "12"} {
		_, err := ParseDay(in)
		var re RowError
		if !errors.As(err, &re) {
			t.Errorf("ParseDay(%q) error = %v, want a RowError", in, err)
			continue
		}
		if in == "Пнн" {
			if want := "непонятный день недели «Пнн»"; re.Reason[RU] != want {
				t.Errorf("ParseDay(%q) ru reason = %q, want %q", in, re.Reason[RU], want)
			}
			if want := "апта күні түсініксіз «Пнн»"; re.Reason[KK] != want {
				t.Errorf("ParseDay(%q) kk reason = %q, want %q", in, re.Reason[KK], want)
			}
			if want := `unknown day "Пнн"`; re.Error() != want {
				t.Errorf("ParseDay(%q) error = %q, want %q", in, re.Error(), want)
			}
		}
	}
}

func TestParseDays(t *testing.T) {
	const monFri, satSun = 0b0011111, 0b1100000
	tests := []struct {
		in   string
		want Weekdays
		ok   bool
	}{
		{"Mon-Fri", monFri, true},
		{"Mon - Fri", monFri, true},
		{"Sat, Sun", satSun, true},
		{"Пн-Пт", monFri, true},
		{"Пн–Пт", monFri, true},
		{"Сб,Вс", satSun, true},
		{"Дс-Жм", monFri, true},
		{"Сн, Жс", satSun, true},
		{"Fri-Mon", 0b1110001, true},
		{"Пн, Ср и Пт", 0b0010101, true},
		{"1,3,5", 0b0010101, true},
		{"daily", 0, true},
		{"Ежедневно", 0, true},
		{"күн сайын", 0, true},
		{"кун сайын", 0, true},
		{"", 0, true},
		{"Пн-Вс", 0, true},
		{"будни", monFri, true},
		{"выходные", satSun, true},
		{"Пн-Пнн", 0, false},
		{"Mon,,Xyz", 0, false},
		{"-", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseDays(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseDays(%q) = %v (%07b), %v; want %v (%07b), ok=%v", tt.in, got, uint8(got), err, tt.want, uint8(tt.want), tt.ok)
		}
	}
}

func TestWeekdaysHas(t *testing.T) {
	tests := []struct {
		w    Weekdays
		d    time.Weekday
		want bool
	}{
		{0, time.Sunday, true},
		{0b0000001, time.Monday, true},
		{0b0000001, time.Sunday, false},
		{0b1000000, time.Sunday, true},
		{0b1000000, time.Saturday, false},
		{0b0011111, time.Friday, true},
	}
	for _, tt := range tests {
		if got := tt.w.Has(tt.d); got != tt.want {
			t.Errorf("Weekdays(%07b).Has(%v) = %v, want %v", uint8(tt.w), tt.d, got, tt.want)
		}
	}
	if got := Weekdays(0b0010101).String(); !strings.EqualFold(got, "Mon,Wed,Fri") {
		t.Errorf("String() = %q, want %q", got, "Mon,Wed,Fri")
	}
}
