package kiosk

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/coreos/go-systemd/v22/daemon"
)

// Monitor watches the running kiosk from inside: it records uptime, the last
// time the UI answered, the slide on screen and memory in the store (for
// `kiosk status`), keeps systemd's watchdog fed while all is well, and stops
// feeding it - then exits - when the screen is stuck or memory passes the
// ceiling, so systemd restarts the kiosk.
type Monitor struct {
	Store   *Store
	Screen  string
	Started time.Time
	Every   time.Duration // how often to check and record [5s]
	Stuck   time.Duration // the UI not answering for this long is fatal [60s]
	MaxRSS  uint64        // bytes; 0 = 1.5 GiB
	Exit    func(code int)
	PingUI  func(ctx context.Context) bool // asks the UI goroutine to answer; true if it did
	Extra   func() *MusicFacts             // the music's runtime facts, nil without music
	More    func(*RunFacts)                // adds more facts (the display, the clock)
	Display func() *ScreenFacts            // the screen's facts, nil without a display
	Cause   *StopCause                     // why the run ends, once known
	// sideFacts: the store refused the facts, they go to sideFactsPath.
	sideFacts bool
	mu        sync.Mutex
	slide     string
	slideID   int64
	lastTick  time.Time
}

// Showing records the slide now on screen.
func (m *Monitor) Showing(it Item) {
	m.mu.Lock()
	m.slide, m.slideID = it.Source, it.ID
	m.mu.Unlock()
}

// Run checks and records until ctx ends.
func (m *Monitor) Run(ctx context.Context) {
	if m.Every == 0 {
		m.Every = 5 * time.Second
	}
	if m.Stuck == 0 {
		m.Stuck = 60 * time.Second
	}
	if m.MaxRSS == 0 {
		m.MaxRSS = 1536 << 20
	}
	if m.Exit == nil {
		m.Exit = os.Exit
	}
	m.lastTick = time.Now()
	release := m.Store.holdRunLock(ctx)
	defer release()
	if ok, _ := daemon.SdNotify(false, daemon.SdNotifyReady); ok {
		slog.Info("told systemd the kiosk is ready")
	}
	t := time.NewTicker(m.Every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			daemon.SdNotify(false, daemon.SdNotifyStopping)
			// Say so, for `kiosk status`: the facts stay as the last run's.
			sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			_, why := m.Cause.Get()
			m.record(sctx, why, "stopped")
			cancel()
			return
		case <-t.C:
		}
		if problem := m.check(ctx); problem != "" {
			slog.Error("the kiosk is unwell and exits so it can be restarted", "problem", problem)
			if m.Cause == nil {
				m.Cause = &StopCause{}
			}
			m.Cause.Set(StopWatchdog, problem)
			m.record(ctx, problem, "exited")
			m.Exit(3)
			return
		}
		daemon.SdNotify(false, daemon.SdNotifyWatchdog)
		m.record(ctx, "", "")
	}
}

// check returns a problem that needs a restart, or "".
func (m *Monitor) check(ctx context.Context) string {
	if m.PingUI != nil {
		pctx, cancel := context.WithTimeout(ctx, m.Every)
		ok := m.PingUI(pctx)
		cancel()
		if ok {
			m.mu.Lock()
			m.lastTick = time.Now()
			m.mu.Unlock()
		}
	}
	m.mu.Lock()
	since := time.Since(m.lastTick)
	m.mu.Unlock()
	if since > m.Stuck {
		return fmt.Sprintf("the screen has not been drawn for %s", since.Round(time.Second))
	}
	if rss := ResidentMemory(); rss > m.MaxRSS {
		return fmt.Sprintf("memory %d MiB is over the ceiling of %d MiB", rss>>20, m.MaxRSS>>20)
	}
	return ""
}

// record writes the runtime facts that `kiosk status` shows.
// A non-empty end ("stopped", "exited") marks the last record of a run.
func (m *Monitor) record(ctx context.Context, problem, end string) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	now := time.Now()
	m.mu.Lock()
	facts := RunFacts{
		PID: os.Getpid(), Screen: m.Screen, Started: m.Started, Updated: now,
		UptimeS: int(now.Sub(m.Started).Seconds()), LastFrame: m.lastTick,
		CurrentSlide: m.slide, CurrentItem: m.slideID,
		RSSBytes: ResidentMemory(), HeapBytes: ms.HeapAlloc, Goroutines: runtime.NumGoroutine(),
		ExitReason: problem,
	}
	m.mu.Unlock()
	switch end {
	case "stopped":
		facts.Stopped = &now
	case "exited":
		facts.Exited = &now
	}
	if end != "" {
		facts.StopCause, _ = m.Cause.Get()
	}
	if m.Extra != nil {
		facts.MusicFacts = m.Extra()
	}
	if m.More != nil {
		m.More(&facts)
	}
	if m.Display != nil {
		facts.ScreenFacts = m.Display()
	}
	b, _ := json.Marshal(facts)
	if err := m.Store.SetFact(ctx, "running", string(b)); err != nil && ctx.Err() == nil {
		if !m.sideFacts {
			slog.Warn("cannot record runtime status in the database; keeping it beside", "err", err, "file", sideFactsPath())
		}
		m.sideFacts = true
	}
	if m.sideFacts || m.Store.fallback {
		writeSideFacts(b)
	}
}

// ResidentMemory is the process's resident set size in bytes (Linux), 0 if
// unknown.
func ResidentMemory() uint64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}
