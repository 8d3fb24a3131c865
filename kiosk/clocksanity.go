package kiosk

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"sync"
	"time"
)

// ClockStatus is what `kiosk status --json` says of the system clock (key
// "clock"). A mini-PC without a clock battery may start at a wrong date
// until network time arrives. The JSON names are stable.
type ClockStatus struct {
	// Synchronized is "yes", "no" or "unknown" (no systemd time service
	// to ask).
	Synchronized string `json:"synchronized"`
	// Source says where that came from.
	Source string `json:"source,omitempty"`
	// LastJump is the last time the wall clock moved against the steady
	// clock by more than a minute, and by how much (seconds; + forward).
	LastJump  *time.Time `json:"last_jump,omitempty"`
	JumpS     float64    `json:"jump_s,omitempty"`
	Jumps     int        `json:"jumps,omitempty"`
	Preview   bool       `json:"preview,omitempty"` // kiosk run --at: the show's clock is set apart
	CheckedAt time.Time  `json:"checked_at"`
}

// syncFile is systemd-timesyncd's flag: it exists once the clock is synced.
var syncFile = "/run/systemd/timesync/synchronized"

// ClockSync asks whether the system clock is synchronised: systemd-timesyncd's
// flag file, else timedated through timedatectl.
func ClockSync(ctx context.Context) (synced, source string) {
	if _, err := os.Stat(syncFile); err == nil {
		return "yes", syncFile
	}
	if _, err := exec.LookPath("timedatectl"); err == nil {
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		out, err := exec.CommandContext(cctx, "timedatectl", "show", "--property=NTPSynchronized", "--value").Output()
		switch v := string(bytes.TrimSpace(out)); {
		case err == nil && v == "yes":
			return "yes", "timedatectl"
		case err == nil && v == "no":
			return "no", "timedatectl"
		}
	}
	return "unknown", "no systemd time service answered"
}

// clockWatch notices jumps of the wall clock: it compares how far the wall
// clock and the monotonic clock moved between two looks.
type clockWatch struct {
	wall  func() time.Time     // the wall clock, no monotonic reading
	mono  func() time.Duration // the monotonic clock
	limit time.Duration        // a jump is more than this [1 min]

	lastWall time.Time
	lastMono time.Duration
}

func newClockWatch() *clockWatch {
	start := time.Now()
	return &clockWatch{
		wall:  func() time.Time { return time.Now().Round(0) },
		mono:  func() time.Duration { return time.Since(start) },
		limit: time.Minute,
	}
}

// look returns how far the wall clock jumped since the last look (0 if it
// did not).
func (c *clockWatch) look() time.Duration {
	w, m := c.wall(), c.mono()
	defer func() { c.lastWall, c.lastMono = w, m }()
	if c.lastWall.IsZero() {
		return 0
	}
	drift := w.Sub(c.lastWall) - (m - c.lastMono)
	if drift > c.limit || drift < -c.limit {
		return drift
	}
	return 0
}

// clockState is the running kiosk's clock status.
type clockState struct {
	mu sync.Mutex
	st ClockStatus
}

// WatchClock checks the system clock until ctx ends: synchronisation at
// start and every few minutes, jumps every few seconds. On a jump every
// schedule is evaluated again at once (the display, the music, the slide on
// screen through onJump) and the jump is logged and shown in status.
func (k *Kiosk) WatchClock(ctx context.Context, onJump func()) {
	k.watchClock(ctx, newClockWatch(), 5*time.Second, 40, onJump)
}

func (k *Kiosk) watchClock(ctx context.Context, cw *clockWatch, every time.Duration, syncEvery int, onJump func()) {
	t := time.NewTicker(every)
	defer t.Stop()
	cw.look()
	for n := 0; ; n++ {
		if n%syncEvery == 0 {
			synced, src := ClockSync(ctx)
			k.clockSt.mu.Lock()
			was := k.clockSt.st.Synchronized
			k.clockSt.st.Synchronized, k.clockSt.st.Source, k.clockSt.st.CheckedAt = synced, src, time.Now()
			k.clockSt.mu.Unlock()
			if synced != was && synced == "no" {
				slog.Warn("the system clock is not synchronised yet: schedules may follow a wrong date", "source", src)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if d := cw.look(); d != 0 {
			k.clockJumped(d, onJump)
		}
	}
}

func (k *Kiosk) clockJumped(d time.Duration, onJump func()) {
	now := time.Now()
	k.clockSt.mu.Lock()
	k.clockSt.st.LastJump, k.clockSt.st.JumpS = &now, d.Seconds()
	k.clockSt.st.Jumps++
	k.clockSt.mu.Unlock()
	slog.Warn("the system clock jumped: every schedule is evaluated again", "by", d.Round(time.Second).String())
	k.Display.Reevaluate()
	k.changeMusic(func(*music) {})
	if onJump != nil {
		onJump()
	}
}

// ClockStatus is the clock as the running kiosk last saw it, or as it is
// now for a process that does not watch it.
func (k *Kiosk) ClockStatus(ctx context.Context) ClockStatus {
	k.clockSt.mu.Lock()
	st := k.clockSt.st
	k.clockSt.mu.Unlock()
	if st.CheckedAt.IsZero() {
		st.Synchronized, st.Source = ClockSync(ctx)
		st.CheckedAt = time.Now()
	}
	st.Preview = k.Opts.Preview
	return st
}

// Note is the status line of the clock, "" when all is well.
func (st ClockStatus) Note() string {
	var out string
	if st.Synchronized == "no" {
		out = "the system clock is not synchronised with network time yet: schedules and hours may follow a wrong date"
	}
	if st.LastJump != nil {
		if out != "" {
			out += "; "
		}
		out += fmt.Sprintf("the clock jumped %s at %s (%d in this run): schedules were evaluated again",
			jumpText(st.JumpS), st.LastJump.Format("2006-01-02 15:04:05"), st.Jumps)
	}
	return out
}

// jumpText says a jump of s seconds for people: "forward by 340.0 days",
// "back by 2h0m5s".
func jumpText(s float64) string {
	way := "forward"
	if s < 0 {
		way, s = "back", -s
	}
	d := time.Duration(s * float64(time.Second)).Round(time.Second)
	if d >= 48*time.Hour {
		return fmt.Sprintf("%s by %.1f days", way, d.Hours()/24)
	}
	return way + " by " + d.String()
}
