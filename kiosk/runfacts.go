package kiosk

import (
	"encoding/json"
	"errors"
	"syscall"
	"time"
)

// RunFacts are what a running kiosk records about itself every few seconds
// (the "running" fact), shown by `kiosk status` as running or, once that
// kiosk is gone, as last_run. The JSON keys are stable.
type RunFacts struct {
	PID          int       `json:"pid"`
	Screen       string    `json:"screen"`
	Started      time.Time `json:"started"`
	Updated      time.Time `json:"updated"`
	UptimeS      int       `json:"uptime_s"`
	LastFrame    time.Time `json:"last_frame"`
	CurrentSlide string    `json:"current_slide"`
	CurrentItem  int64     `json:"current_item"`
	RSSBytes     uint64    `json:"rss_bytes"`
	HeapBytes    uint64    `json:"heap_bytes"`
	Goroutines   int       `json:"goroutines"`
	// ExitReason is why the kiosk exited to be restarted (the last record
	// of a run that went wrong).
	ExitReason string `json:"exit_reason,omitempty"`
	// Stopped or Exited is when the run ended: stopped as asked, or exited
	// to be restarted.
	Stopped *time.Time `json:"stopped,omitempty"`
	Exited  *time.Time `json:"exited,omitempty"`
	// StopCause is why the run ended, in a word (stopcause.go): signal,
	// staff, x_gone, no_display, panic, watchdog, blank_screen, killed.
	StopCause string `json:"stop_cause,omitempty"`
	// The screen's facts, when the kiosk has a display.
	*ScreenFacts
	// The music's facts, when the kiosk plays music.
	*MusicFacts
	// Display is the display's state by the opening hours; Clock the
	// system clock's.
	Display *DisplayStatus `json:"display,omitempty"`
	Clock   *ClockStatus   `json:"clock,omitempty"`
}

// MusicFacts are the background music's running facts.
type MusicFacts struct {
	Track         string `json:"track"` // slash path in the content folder, "" between tracks
	MusicPlaying  bool   `json:"music_playing"`
	MusicSilenced string `json:"music_silenced"` // why it is silent ("quiet hours"...), "" if it is not
	Sound         string `json:"sound"`          // "ok: OUTPUT", "no sound output: ...", "not opened yet: ..."
	Muted         bool   `json:"muted"`
}

// MarshalJSON writes the keys in sorted order, as the facts were written
// when they were a map.
func (f RunFacts) MarshalJSON() ([]byte, error) {
	type plain RunFacts // without this method
	b, err := json.Marshal(plain(f))
	if err != nil {
		return nil, err
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(b, &keys); err != nil {
		return nil, err
	}
	return json.Marshal(keys)
}

// ended reports whether the facts are the last record of a run.
func (f *RunFacts) ended() bool { return f.Stopped != nil || f.Exited != nil }

// stillRunning tells whether the kiosk that recorded facts is alive: its
// process is there and it recorded within the last half minute (it records
// every few seconds; a process of that number may be another program by
// now). The run lock (runlock.go) says so sooner.
func stillRunning(facts *RunFacts, now time.Time) bool {
	if facts == nil || facts.ended() {
		return false
	}
	if facts.PID <= 0 || facts.Updated.IsZero() || now.Sub(facts.Updated) > 30*time.Second {
		return false
	}
	err := syscall.Kill(facts.PID, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
