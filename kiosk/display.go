package kiosk

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// Display keeps the screen on in opening hours and off outside them
// ([hours] in kiosk.toml): it switches the monitor (DPMS, HDMI-CEC), tells
// the UI to go black and hold the show, silences the music, and wakes for
// a while when someone touches the screen. Without [hours] it never
// touches the monitor.
type Display struct {
	k *Kiosk
	// onChange is told of each change, on the display's goroutine (the UI
	// covers the window and holds the show while off); see Notify.
	onChange func(on bool)
	// findPower finds the ways to switch the monitor; tests replace it.
	findPower func(ctx context.Context) ([]powerSwitch, []string)

	mu      sync.Mutex
	running bool
	state   slides.DisplayState
	applied bool // state.On has been applied
	wasOff  bool // the display was switched off by this run
	woken   time.Time
	power   []powerSwitch
	notes   []string // how the monitor is switched, for status
	probed  bool
	kick    chan struct{}
}

// powerSwitch is one way to switch the monitor: DPMS or HDMI-CEC.
type powerSwitch struct {
	name string
	set  func(ctx context.Context, on bool) error
	// again: "off" is sent again while off (DPMS: a passing mouse lights
	// the monitor; a TV is not told to stand by every minute).
	again bool
}

func newDisplay(k *Kiosk) *Display {
	return &Display{k: k, findPower: findPower, kick: make(chan struct{}, 1)}
}

// Run keeps the display in line with the opening hours until ctx ends.
func (d *Display) Run(ctx context.Context) {
	d.mu.Lock()
	d.running = true
	d.mu.Unlock()
	defer func() {
		d.mu.Lock()
		d.running = false
		d.mu.Unlock()
	}()
	for {
		st := d.apply(ctx)
		wait := time.Minute
		if !st.Next.IsZero() {
			wait = min(wait, st.Next.Sub(d.k.Now())+50*time.Millisecond)
		}
		t := time.NewTimer(max(wait, 10*time.Millisecond))
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-d.kick:
		case <-t.C:
		}
		t.Stop()
	}
}

// evaluate is the state the display should be in now.
func (d *Display) evaluate() slides.DisplayState {
	cfg := d.k.Config().ForScreen(d.k.Opts.Screen)
	d.mu.Lock()
	woken := d.woken
	d.mu.Unlock()
	return cfg.DisplayAt(d.k.Now(), woken)
}

// apply brings the monitor, the UI and the music in line with the hours.
func (d *Display) apply(ctx context.Context) slides.DisplayState {
	st := d.evaluate()
	d.mu.Lock()
	changed := !d.applied || st.On != d.state.On
	// Without [hours] the monitor is left as it is, as before there were hours.
	touch := changed && (!st.On || d.wasOff)
	if !st.On {
		d.wasOff = true
	}
	d.state, d.applied = st, true
	d.mu.Unlock()
	if touch {
		d.switchPower(ctx, st.On, false)
	} else if !st.On {
		d.switchPower(ctx, false, true) // a passing mouse may have lit the monitor
	}
	if changed {
		// Time with the display off is no proof of play.
		d.k.Show.SetInView("display", st.On)
		slog.Info("display", "on", st.On, "reason", st.Reason, "why", st.Why, "next", st.NextText(d.k.Now()))
		d.mu.Lock()
		f := d.onChange
		d.mu.Unlock()
		if f != nil {
			f(st.On)
		}
		d.k.changeMusic(func(*music) {})
	}
	// The night's housekeeping while closed; without hours, at 3 at night.
	if !st.On || (st.Reason == slides.DisplayAlways && d.k.Now().Hour() == 3) {
		go d.k.housekeepIfDue(ctx)
	}
	return st
}

// switchPower switches the monitor by every means found (looked for the
// first time the monitor is switched).
func (d *Display) switchPower(ctx context.Context, on, again bool) {
	d.mu.Lock()
	if !d.probed {
		d.probed = true
		d.mu.Unlock()
		power, notes := d.findPower(ctx)
		d.mu.Lock()
		d.power, d.notes = power, notes
	}
	power := d.power
	d.mu.Unlock()
	for _, p := range power {
		if again && !p.again {
			continue
		}
		sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		if err := p.set(sctx, on); err != nil && ctx.Err() == nil {
			slog.Warn("cannot switch the monitor", "by", p.name, "on", on, "err", err)
		}
		cancel()
	}
}

// Notify has f told of each change from now on, and at once of the state
// now when the display runs (the UI).
func (d *Display) Notify(f func(on bool)) {
	d.mu.Lock()
	d.onChange = f
	on, ok := d.state.On, d.applied
	d.mu.Unlock()
	if ok && f != nil {
		f(on)
	}
}

// Wake turns a closed screen on for wake_minutes (a touch or a key); a
// screen already woken stays on that long from now.
func (d *Display) Wake() {
	cfg := d.k.Config().ForScreen(d.k.Opts.Screen)
	d.mu.Lock()
	off := d.applied && (!d.state.On || d.state.Reason == slides.DisplayTouch)
	if off {
		d.woken = d.k.Now().Add(cfg.Hours.WakeFor())
	}
	d.mu.Unlock()
	if off {
		d.Reevaluate()
	}
}

// Reevaluate looks at the hours again at once (settings changed, the clock
// jumped).
func (d *Display) Reevaluate() {
	select {
	case d.kick <- struct{}{}:
	default:
	}
}

// Off reports whether a running display is switched off now.
func (d *Display) Off() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.running && d.applied && !d.state.On
}

// State is the display's state: as applied while it runs, else as the
// hours say now.
func (d *Display) State() slides.DisplayState {
	d.mu.Lock()
	st, ok := d.state, d.running && d.applied
	d.mu.Unlock()
	if ok {
		return st
	}
	return d.evaluate()
}

// Facts are the display's runtime facts, for `kiosk status`.
func (d *Display) Facts() DisplayStatus {
	st := d.State()
	d.mu.Lock()
	notes := append([]string{}, d.notes...)
	d.mu.Unlock()
	return displayStatus(st, d.k.Now(), notes, true)
}
