package kiosk

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConfigRefusesWhatCannotWork: settings that would stop the show are
// refused with a reason that names them; sensible ones are taken.
func TestConfigRefusesWhatCannotWork(t *testing.T) {
	for _, tc := range []struct {
		toml, errText string
	}{
		{"transition = 30\n[durations]\nartwork = 7\n", "transition must be between 0 and the shortest slide's 7 seconds"},
		{"transition = -1\n", "transition must be"},
		{"[durations]\nartwork = 0\n", "durations.artwork must be more than 0"},
		{"transition = 0.6\n[durations]\nartwork = 1\n", ""},
		{"transition = 0\n", ""},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "kiosk.toml"), []byte(tc.toml), 0o644); err != nil {
			t.Fatal(err)
		}
		_, _, err := LoadConfig(dir)
		switch {
		case tc.errText == "" && err != nil:
			t.Errorf("%q: refused: %v", tc.toml, err)
		case tc.errText != "" && (err == nil || !strings.Contains(err.Error(), tc.errText)):
			t.Errorf("%q: error %v, want one containing %q", tc.toml, err, tc.errText)
		}
	}
}
