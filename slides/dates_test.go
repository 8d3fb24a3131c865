package slides

import (
	"errors"
	"strings"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
		errText  string // part of the English error
	}{
		{"2025-01-10", "2025-01-10", ""},
		{"10.01.2025", "2025-01-10", ""},
		{"10/01/2025", "2025-01-10", ""},
		{"1.2.2025", "2025-02-01", ""},
		{"10.01.25", "2025-01-10", ""},
		{" 2025-01-10T09:00:00Z ", "2025-01-10", ""},
		{"2025-01-10 00:00:00", "2025-01-10", ""},
		{"29.02.2024", "2024-02-29", ""},
		{"45667", "2025-01-10", ""},
		{"32.13.2025", "", "does not exist"},
		{"29.02.2025", "", "does not exist"},
		{"2025-02-30", "", "does not exist"},
		{"00.01.2025", "", "does not exist"},
		{"10 января 2025", "", "unclear date"},
		{"2025/1", "", "unclear date"},
		{"", "", "unclear date"},
		{"1.1.1.2025", "", "unclear date"},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if tt.errText != "" {
			var re RowError
			if !errors.As(err, &re) || !strings.Contains(re.Error(), tt.errText) || re.Reason[RU] == "" || re.Reason[KK] == "" {
				t.Errorf("ParseDate(%q) = %q, %v; want a trilingual RowError containing %q", tt.in, got, err, tt.errText)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}
