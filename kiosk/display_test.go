package kiosk

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// fakePower records how the display was switched.
type fakePower struct {
	mu  sync.Mutex
	got []bool
}

func (f *fakePower) switches() []bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.got)
}

func hoursKiosk(t *testing.T, toml string) (*Kiosk, *PreviewClock, *fakePower) {
	t.Helper()
	k, clock := openPreviewKiosk(t)
	if err := os.WriteFile(filepath.Join(k.Opts.Content, "kiosk.toml"), []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	k.reloadConfig()
	fp := &fakePower{}
	k.Display.findPower = func(context.Context) ([]powerSwitch, []string) {
		return []powerSwitch{{name: "fake", set: func(_ context.Context, on bool) error {
			fp.mu.Lock()
			fp.got = append(fp.got, on)
			fp.mu.Unlock()
			return nil
		}}}, []string{"fake"}
	}
	return k, clock, fp
}

const fridayHours = "timezone = \"Asia/Almaty\"\n[hours]\nmon-fri = \"08:30-20:00\"\nwake_minutes = 1\n"

// At closing the display goes off on its own (the clock set a moment
// before 20:00, as kiosk run --at does), the UI is told, and a touch wakes
// it for wake_minutes.
func TestDisplayOffAtClosingAndWokenByATouch(t *testing.T) {
	k, clock, fp := hoursKiosk(t, fridayHours)
	loc, _ := k.Config().Location()
	clock.StartAt(time.Date(2026, 1, 9, 19, 59, 59, 500e6, loc))
	var mu sync.Mutex
	var told []bool
	k.Display.Notify(func(on bool) {
		mu.Lock()
		told = append(told, on)
		mu.Unlock()
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go k.Display.Run(ctx)
	waitFor(t, "the display to go off at 20:00", k.Display.Off)
	if got := fp.switches(); len(got) == 0 || got[0] {
		t.Fatalf("monitor switched %v; want off first (and never on at the start)", got)
	}
	hiddenByDisplay := func() bool {
		k.Show.view.mu.Lock()
		defer k.Show.view.mu.Unlock()
		return k.Show.view.hidden["display"]
	}
	if !hiddenByDisplay() {
		t.Error("the slides count as in view while the display is off (proof of play)")
	}
	st := k.Display.State()
	if st.Reason != slides.DisplayClosed || st.NextText(k.Now()) != "on at 08:20 Monday" {
		t.Errorf("after closing: %+v, next %q", st, st.NextText(k.Now()))
	}
	var facts RunFacts
	k.AddRunFacts(&facts)
	if ds := *facts.Display; ds.State != "off" || ds.Next != "on at 08:20 Monday" || !ds.Running {
		t.Errorf("facts for status: %+v", ds)
	}

	k.Display.Wake()
	waitFor(t, "a touch to wake the display", func() bool { return !k.Display.Off() })
	if hiddenByDisplay() {
		t.Error("the slides still count as hidden after the display came on")
	}
	if got := fp.switches(); got[len(got)-1] != true {
		t.Errorf("monitor switched %v; want on after the touch", got)
	}
	st = k.Display.State()
	if st.Reason != slides.DisplayTouch || !strings.HasPrefix(st.NextText(k.Now()), "off at 20:01") {
		t.Errorf("woken: %+v, next %q; want off a minute after the touch", st, st.NextText(k.Now()))
	}
	mu.Lock()
	defer mu.Unlock()
	if !slices.Equal(told, []bool{true, false, true}) {
		t.Errorf("the UI was told %v; want on, off, on", told)
	}
}

// Without [hours] the monitor is never switched and a touch changes nothing.
func TestDisplayWithoutHoursLeavesTheMonitorAlone(t *testing.T) {
	k, _, fp := hoursKiosk(t, "rescan_seconds = 3600\n")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go k.Display.Run(ctx)
	waitFor(t, "the display to run", func() bool {
		k.Display.mu.Lock()
		defer k.Display.mu.Unlock()
		return k.Display.applied
	})
	k.Display.Wake()
	if st := k.Display.State(); !st.On || st.Reason != slides.DisplayAlways {
		t.Errorf("no hours: %+v", st)
	}
	if got := fp.switches(); len(got) != 0 {
		t.Errorf("monitor switched %v without [hours]", got)
	}
}

// A bad [hours] keeps the screen on and says so.
func TestDisplayBadHoursStaysOn(t *testing.T) {
	k, _, _ := hoursKiosk(t, "[hours]\nmon-fri = \"8:30-25:00\"\n")
	st := k.DisplayNow()
	if st.State != "on" || st.Reason != DisplayBadHours || !strings.Contains(st.Why, "unclear time range") {
		t.Errorf("bad hours: %+v", st)
	}
	if ws := k.Warnings(); len(ws) == 0 || !strings.Contains(strings.Join(ws, "\n"), "[hours] not applied, the screen stays on") {
		t.Errorf("warnings %q", ws)
	}
}

// kiosk playlist --at says the display's state at that time, by the hours.
func TestDisplayAtForThePlaylist(t *testing.T) {
	k, _, _ := hoursKiosk(t, fridayHours)
	at := time.Date(2026, 1, 9, 20, 1, 0, 0, k.Location())
	d := k.DisplayAt(at)
	if d == nil || d.State != "off" || d.Next != "on at 08:20 Monday" {
		t.Errorf("at %v: %+v", at, d)
	}
	k2, _, _ := hoursKiosk(t, "rescan_seconds = 3600\n")
	if d := k2.DisplayAt(at); d != nil {
		t.Errorf("without [hours]: %+v, want none", d)
	}
}
