package kiosk

import (
	"testing"
	"time"
)

func TestInQuietHours(t *testing.T) {
	windows := []string{"13:00-14:00", "22:00-07:30"}
	for _, tc := range []struct {
		at   string
		want bool
	}{
		{"12:59", false}, {"13:00", true}, {"13:59", true}, {"14:00", false},
		{"21:59", false}, {"23:30", true}, {"03:00", true}, {"07:29", true}, {"07:30", false},
	} {
		at, _ := time.Parse("15:04", tc.at)
		at = time.Date(2025, 1, 10, at.Hour(), at.Minute(), 0, 0, time.UTC)
		if got := inQuietHours(windows, at); got != tc.want {
			t.Errorf("quiet at %s = %v, want %v", tc.at, got, tc.want)
		}
	}
}
