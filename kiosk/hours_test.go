package kiosk

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

func loadTOML(t *testing.T, text string) (Config, []string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "kiosk.toml"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	c, warnings, err := LoadConfig(dir)
	if err != nil {
		t.Fatalf("%q: %v", text, err)
	}
	return c, warnings
}

func TestHoursFromKioskTOML(t *testing.T) {
	c, warnings := loadTOML(t, `timezone = "Asia/Almaty"
[hours]
mon-fri = "08:30-20:00"
sat = ["09:00-13:00", "14:00-18:00"]
sun = "closed"
closed_dates = ["01.01.2026", "21.03.2026-23.03.2026"]
wake_minutes = 5

[screens.hall.hours]
daily = "10:00-22:00"
wake_before = 0
`)
	if len(warnings) > 0 {
		t.Fatalf("warnings: %v", warnings)
	}
	loc, _ := c.Location()
	fri := time.Date(2026, 1, 9, 20, 0, 0, 0, loc)
	if st := c.DisplayAt(fri, time.Time{}); st.On || st.NextText(fri) != "on at 08:50 Saturday" {
		t.Errorf("Friday 20:00: %+v, next %q", st, st.NextText(fri))
	}
	if c.Hours.WakeFor() != 5*time.Minute {
		t.Errorf("wake_minutes: %v", c.Hours.WakeFor())
	}
	hall := c.ForScreen("hall")
	if st := hall.DisplayAt(fri, time.Time{}); !st.On || st.NextText(fri) != "off at 22:00" {
		t.Errorf("hall, Friday 20:00: %+v, next %q", st, st.NextText(fri))
	}
	sat := time.Date(2026, 1, 10, 13, 30, 0, 0, loc)
	if st := c.DisplayAt(sat, time.Time{}); st.On || st.NextText(sat) != "on at 13:50" {
		t.Errorf("Saturday lunch: %+v, next %q", st, st.NextText(sat))
	}
}

func TestHoursWithoutSectionAlwaysOn(t *testing.T) {
	c, _ := loadTOML(t, "pin = \"1234\"\n")
	if st := c.DisplayAt(time.Now(), time.Time{}); !st.On || st.Reason != slides.DisplayAlways {
		t.Errorf("no [hours]: %+v", st)
	}
}

// A bad value keeps the screen on, says why, and the rest of kiosk.toml
// still applies.
func TestHoursBadValuesKeepTheScreenOn(t *testing.T) {
	for _, tc := range []struct{ toml, want string }{
		{"[hours]\nmon-fri = \"8:30-25:00\"\n", `mon-fri = "8:30-25:00": unclear time range`},
		{"[hours]\nmon-fri = 830\n", `mon-fri: 830 is not text in quotes`},
		{"[hours]\nfunday = \"10:00-12:00\"\n", `unknown day "funday"`},
		{"[hours]\nclosed_dates = [\"30.02.2026\"]\n", `does not exist`},
		{"[hours]\nwake_before = \"ten\"\n", `wake_before: ten is not a whole number`},
		{"[hours]\nwake_minutes = 0\n", `wake_minutes must be 1 to 1440`},
		{"[screens.hall.hours]\nsat = \"18:00-18:00\"\n", `[screens.hall.hours] not applied`},
	} {
		c, warnings := loadTOML(t, "pin = \"1357\"\n"+tc.toml)
		if c.PIN != "1357" {
			t.Errorf("%q: the rest of kiosk.toml was not applied", tc.toml)
		}
		if len(warnings) != 1 || !strings.Contains(warnings[0], tc.want) || !strings.Contains(warnings[0], "stays on") {
			t.Errorf("%q: warnings %q; want one saying %q and that the screen stays on", tc.toml, warnings, tc.want)
		}
		if st := c.ForScreen("hall").DisplayAt(time.Now(), time.Time{}); !st.On || st.Reason != DisplayBadHours {
			t.Errorf("%q: display %+v, want on because of bad hours", tc.toml, st)
		}
	}
}
