package kiosk

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeTool puts a shell script named name first on PATH: it appends its
// arguments to a log and prints out.
func fakeTool(t *testing.T, name, out string) (log string) {
	t.Helper()
	dir := t.TempDir()
	log = filepath.Join(dir, name+".log")
	script := "#!/bin/sh\necho \"$*\" >> " + log + "\ncat <<'EOF'\n" + out + "\nEOF\n"
	if err := os.WriteFile(filepath.Join(dir, name), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	return log
}

func readLog(t *testing.T, log string) string {
	t.Helper()
	b, _ := os.ReadFile(log)
	return strings.TrimSpace(string(b))
}

// With an X server that has DPMS the monitor is switched with xset; when it
// comes on, the server's own timeouts are cleared so it never blanks the show.
func TestDPMSThroughXset(t *testing.T) {
	log := fakeTool(t, "xset", "DPMS (Energy Star):\n  Standby: 0    Suspend: 0    Off: 0\n  DPMS is Enabled\n  Monitor is On")
	t.Setenv("DISPLAY", ":99")
	ctx := context.Background()
	if ok, why := dpmsAvailable(ctx); !ok {
		t.Fatalf("DPMS not found: %s", why)
	}
	if err := setDPMS(ctx, false); err != nil {
		t.Fatal(err)
	}
	if err := setDPMS(ctx, true); err != nil {
		t.Fatal(err)
	}
	want := "q\ndpms force off\ndpms force on\ndpms 0 0 0\ns off"
	if got := readLog(t, log); got != want {
		t.Errorf("xset was run as\n%s\nwant\n%s", got, want)
	}
}

// An X server without DPMS (Xvfb) leaves the black window, and says so.
func TestNoDPMSMeansTheBlackWindow(t *testing.T) {
	fakeTool(t, "xset", "DPMS (Energy Star):\n  Server does not have the DPMS Extension")
	t.Setenv("DISPLAY", ":99")
	power, notes := findPower(context.Background())
	for _, p := range power {
		if p.name == powerDPMS {
			t.Errorf("DPMS used on a server without it")
		}
	}
	if len(notes) == 0 || notes[0] != "black window (the X server has no DPMS)" {
		t.Errorf("notes %q", notes)
	}
	t.Setenv("DISPLAY", "")
	if _, why := dpmsAvailable(context.Background()); why != "no X display" {
		t.Errorf("without DISPLAY: %q", why)
	}
}

// A TV on an HDMI-CEC adapter is put into standby and woken with cec-ctl,
// the adapter set up as a playback device once.
func TestCECStandbyAndWake(t *testing.T) {
	log := fakeTool(t, "cec-ctl", "")
	sw := cecSwitch("/dev/cec0")
	ctx := context.Background()
	for _, on := range []bool{false, true, false} {
		if err := sw.set(ctx, on); err != nil {
			t.Fatal(err)
		}
	}
	want := "-d /dev/cec0 --playback\n-d /dev/cec0 --to 0 --standby\n-d /dev/cec0 --to 0 --image-view-on\n-d /dev/cec0 --to 0 --standby"
	if got := readLog(t, log); got != want {
		t.Errorf("cec-ctl was run as\n%s\nwant\n%s", got, want)
	}
}
