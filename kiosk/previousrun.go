package kiosk

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
)

// NotePreviousRun is called as a run starts, before it records anything:
// the facts the last run left are kept as "previous_run", with why it
// ended. A run that ended without a word (no "stopped" or "exited") either
// panicked - Go wrote the panic into crashFile - or was killed. Then the
// crash file is made ready for this run's own panic, if it comes.
func NotePreviousRun(ctx context.Context, s *Store) {
	if r, _ := s.Fact(ctx, "running"); r != "" {
		if facts := parseRunFacts(r); facts != nil && facts.PID != 0 {
			if !facts.ended() {
				s.explainSilentEnd(facts)
				at := facts.Updated
				facts.Exited = &at
			}
			if b, err := json.Marshal(facts); err == nil {
				if err := s.SetFact(ctx, "previous_run", string(b)); err != nil {
					slog.Warn("cannot record how the last run ended", "err", err)
				}
			}
			if facts.ExitReason != "" {
				slog.Info("the last run ended", "cause", facts.StopCause, "why", facts.ExitReason)
			}
		}
	}
	armCrashOutput(s.CrashFile())
}

// CrashFile is where Go writes the trace of a panic of the running kiosk.
func (s *Store) CrashFile() string { return filepath.Join(filepath.Dir(s.path), "kiosk.crash") }

// explainSilentEnd sets stop_cause and exit_reason of a run that recorded
// no end: the crash file says whether it panicked.
func (s *Store) explainSilentEnd(facts *RunFacts) {
	if crash := firstCrashLine(s.CrashFile()); crash != "" {
		facts.StopCause, facts.ExitReason = StopPanic, "it crashed: "+crash+" (the log has the whole trace)"
		return
	}
	facts.StopCause, facts.ExitReason = StopKilled, killedReason
}

const killedReason = "it ended without a word: killed (kill -9), a crash outside Go, or a power cut"

// firstCrashLine is the "panic: ..." or "fatal error: ..." line of a crash
// file, "" if there is none.
func firstCrashLine(path string) string {
	data, err := os.ReadFile(path)
	if err != nil || len(data) == 0 {
		return ""
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "panic:") || strings.HasPrefix(line, "fatal error:") {
			return line
		}
	}
	return "see " + path
}

// armCrashOutput has Go write a panic's trace to path too (it also goes to
// stderr, the journal).
func armCrashOutput(path string) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		slog.Warn("a crash will not be noted for the next start", "err", err)
		return
	}
	defer f.Close()
	if err := debug.SetCrashOutput(f, debug.CrashOptions{}); err != nil {
		slog.Warn("a crash will not be noted for the next start", "err", fmt.Errorf("crash output: %w", err))
	}
}
