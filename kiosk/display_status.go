package kiosk

import (
	"context"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// DisplayStatus is the display's state in `kiosk status --json` (key
// "display"). The JSON names are stable.
type DisplayStatus struct {
	State  string     `json:"state"`  // "on" or "off"
	Reason string     `json:"reason"` // always, open, waking, touch, closed, closed_date, bad_hours
	Why    string     `json:"why"`
	Next   string     `json:"next,omitempty"` // "off at 20:00", "on at 08:20 Monday"
	NextAt *time.Time `json:"next_at,omitempty"`
	// Power is how a running kiosk switches the monitor: "DPMS", "black
	// window (the X server has no DPMS)", "HDMI-CEC /dev/cec0".
	Power []string `json:"power,omitempty"`
	// Running is false when no kiosk runs: the state is what the hours say.
	Running bool `json:"running"`
}

func displayStatus(st slides.DisplayState, now time.Time, power []string, running bool) DisplayStatus {
	ds := DisplayStatus{State: "off", Reason: st.Reason, Why: st.Why, Next: st.NextText(now), Power: power, Running: running}
	if st.On {
		ds.State = "on"
	}
	if !st.Next.IsZero() {
		n := st.Next
		ds.NextAt = &n
	}
	return ds
}

// DisplayNow is the display's state for `kiosk status` from a process that
// does not run the display: what the hours say now.
func (k *Kiosk) DisplayNow() DisplayStatus {
	return displayStatus(k.Display.State(), k.Now(), nil, false)
}

// AddRunFacts adds the display's and the clock's state to what a running
// kiosk records for `kiosk status` (Monitor.More).
func (k *Kiosk) AddRunFacts(f *RunFacts) {
	d := k.Display.Facts()
	c := k.ClockStatus(context.Background())
	f.Display, f.Clock = &d, &c
}

// DisplayAt is the screen's state at t by the hours of this kiosk's screen,
// for `kiosk playlist --at`; nil without [hours].
func (k *Kiosk) DisplayAt(t time.Time) *DisplayStatus {
	cfg := k.Config().ForScreen(k.Opts.Screen)
	if !cfg.Hours.Given {
		return nil
	}
	ds := displayStatus(cfg.DisplayAt(t, time.Time{}), t.In(k.Location()), nil, false)
	return &ds
}
