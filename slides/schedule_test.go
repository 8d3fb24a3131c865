package slides

import (
	"testing"
	"time"
)

func TestScheduleActiveAt(t *testing.T) {
	almaty := time.FixedZone("Asia/Almaty", 5*3600)
	at := func(s string) time.Time {
		tm, err := time.ParseInLocation("2006-01-02 15:04", s, almaty)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	// 2025-01-10 is a Friday.
	tests := []struct {
		name string
		s    Schedule
		at   string
		want bool
	}{
		{"zero schedule always", Schedule{}, "2025-01-10 03:00", true},
		{"from inclusive", Schedule{From: "2025-01-10"}, "2025-01-10 00:00", true},
		{"before from", Schedule{From: "2025-01-10"}, "2025-01-09 23:59", false},
		{"until inclusive whole day", Schedule{Until: "2025-01-10"}, "2025-01-10 23:59", true},
		{"after until", Schedule{Until: "2025-01-10"}, "2025-01-11 00:00", false},
		{"weekday in set", Schedule{Days: 0b0010000}, "2025-01-10 12:00", true},
		{"weekday not in set", Schedule{Days: 0b0100000}, "2025-01-10 12:00", false},
		{"hours start inclusive", Schedule{Hours: []TimeRange{{540, 1080}}}, "2025-01-10 09:00", true},
		{"hours end exclusive", Schedule{Hours: []TimeRange{{540, 1080}}}, "2025-01-10 18:00", false},
		{"second window", Schedule{Hours: []TimeRange{{540, 720}, {840, 1080}}}, "2025-01-10 14:30", true},
		{"between windows", Schedule{Hours: []TimeRange{{540, 720}, {840, 1080}}}, "2025-01-10 13:00", false},
		{"end 24:00", Schedule{Hours: []TimeRange{{1200, 1440}}}, "2025-01-10 23:59", true},
		{"wrap evening", Schedule{Hours: []TimeRange{{1320, 120}}}, "2025-01-10 23:00", true},
		{"wrap after midnight", Schedule{Hours: []TimeRange{{1320, 120}}}, "2025-01-11 01:59", true},
		{"wrap end exclusive", Schedule{Hours: []TimeRange{{1320, 120}}}, "2025-01-11 02:00", false},
		{"wrap midday", Schedule{Hours: []TimeRange{{1320, 120}}}, "2025-01-10 12:00", false},
		{"wrap belongs to Friday", Schedule{Days: 0b0010000, Hours: []TimeRange{{1320, 120}}}, "2025-01-11 01:00", true},
		{"wrap not from Thursday", Schedule{Days: 0b0010000, Hours: []TimeRange{{1320, 120}}}, "2025-01-10 01:00", false},
		{"wrap past until", Schedule{Until: "2025-01-10", Hours: []TimeRange{{1320, 120}}}, "2025-01-11 01:00", true},
		{"wrap past until next night", Schedule{Until: "2025-01-10", Hours: []TimeRange{{1320, 120}}}, "2025-01-11 23:00", false},
		{"wrap before from", Schedule{From: "2025-01-10", Hours: []TimeRange{{1320, 120}}}, "2025-01-10 01:00", false},
	}
	for _, tt := range tests {
		if got := tt.s.ActiveAt(at(tt.at)); got != tt.want {
			t.Errorf("%s: %+v.ActiveAt(%s) = %v, want %v", tt.name, tt.s, tt.at, got, tt.want)
		}
	}
}
