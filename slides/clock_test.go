package slides

import (
	"reflect"
	"testing"
)

func TestParseClock(t *testing.T) {
	tests := []struct {
		in   string
		want Clock
		ok   bool
	}{
		{"15:00", 900, true},
		{"9:05", 545, true},
		{"09:05", 545, true},
		{"15.00", 900, true},
		{"1500", 900, true},
		{"15:00:00", 900, true},
		{" 8:30 ", 510, true},
		{"0.625", 900, true},
		{"0,625", 900, true},
		{"0.5", 720, true},
		{"0.3958333333", 570, true},
		{"00.25", 25, true},
		{"24:00", 1440, true},
		{"0:00", 0, true},
		{"3:00 PM", 900, true},
		{"12:30 am", 30, true},
		{"3 pm", 900, true},
		{"25:00", 0, false},
		{"24:01", 0, false},
		{"15:60", 0, false},
		{"15:0", 0, false},
		{"15", 0, false},
		{"15::00", 0, false},
		{"1.5", 0, false},
		{"abc", 0, false},
		{"", 0, false},
		{"-1:00", 0, false},
		{"0.", 0, false},
		{"1.2.3", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseClock(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseClock(%q) = %d, %v; want %d, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestClockString(t *testing.T) {
	for c, want := range map[Clock]string{0: "00:00", 545: "09:05", 900: "15:00", 1440: "24:00", -1: "Clock(-1)"} {
		if got := c.String(); got != want {
			t.Errorf("Clock(%d).String() = %q, want %q", int(c), got, want)
		}
	}
}

func TestParseHours(t *testing.T) {
	tests := []struct {
		in   string
		want []TimeRange
		ok   bool
	}{
		{"09:00-18:00", []TimeRange{{540, 1080}}, true},
		{"09:00–12:00, 14:00—18:00", []TimeRange{{540, 720}, {840, 1080}}, true},
		{"с 9:00 до 18:00", []TimeRange{{540, 1080}}, true},
		{"9-18", []TimeRange{{540, 1080}}, true},
		{"22:00-02:00", []TimeRange{{1320, 120}}, true},
		{"10:00-24:00; 0:00-1:00", []TimeRange{{600, 1440}, {0, 60}}, true},
		{"", nil, true},
		{"09:00", nil, false},
		{"10:00-10:00", nil, false},
		{"24:00-10:00", nil, false},
		{"9:00-25:00", nil, false},
	}
	for _, tt := range tests {
		got, err := ParseHours(tt.in)
		if (err == nil) != tt.ok || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseHours(%q) = %v, %v; want %v, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}
