package kiosk

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// reportWarningFact is the store fact that holds why the last report could
// not be written ("" once one was): a warning in `kiosk status`.
const reportWarningFact = "report_warning"

// ScreenReporter writes screen.json (and now.jpg, from the snapshots it is
// handed) into Dir every Every, until its context ends. A report that cannot
// be written never stops or slows the show: it is a warning in `kiosk status`.
type ScreenReporter struct {
	Kiosk *Kiosk
	Dir   string
	Every time.Duration

	mu         sync.Mutex
	snapAt     time.Time // when the last snapshot was written
	snapSource string    // the slide it shows
	snapWanted time.Time // when the last snapshot was asked for
	failing    string
	snaps      chan snapshotJob // nil while not running
}

// ReportInterval is report_seconds as a duration (60 s when unset, at least
// one second).
func (c Config) ReportInterval() time.Duration {
	s := c.ReportSeconds
	if s <= 0 {
		s = 60
	}
	return max(time.Duration(s*float64(time.Second)), time.Second)
}

// CheckReportDir refuses a report folder inside the content folder (on a
// fleet screen the content folder is Receive Only, and staff files would
// mix with reports). Both are compared as absolute paths with symlinks
// resolved where they exist.
func CheckReportDir(dir, content string) error {
	if dir == "" {
		return errors.New("no report folder")
	}
	d, c := resolved(dir), resolved(content)
	if d == c || strings.HasPrefix(d, c+string(filepath.Separator)) {
		return fmt.Errorf("the report folder %s is inside the content folder %s: reports must go to a folder of their own", dir, content)
	}
	return nil
}

func resolved(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	// A folder not made yet: resolve its parent.
	if r, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(r, filepath.Base(abs))
	}
	return abs
}

// Run writes a report at once and then every Every until ctx ends.
func (r *ScreenReporter) Run(ctx context.Context) {
	if r.Every <= 0 {
		r.Every = r.Kiosk.Config().ReportInterval()
	}
	r.startSnapshots(ctx)
	t := time.NewTicker(r.Every)
	defer t.Stop()
	for {
		r.WriteOnce(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// WriteOnce writes screen.json now and records whether it could.
func (r *ScreenReporter) WriteOnce(ctx context.Context) error {
	err := r.write(ctx)
	if ctx.Err() != nil {
		return err
	}
	msg := ""
	if err != nil {
		msg = "the screen report cannot be written to " + r.Dir + ": " + err.Error()
	}
	r.mu.Lock()
	changed := msg != r.failing
	r.failing = msg
	r.mu.Unlock()
	if changed {
		if msg != "" {
			slog.Warn("screen report not written", "dir", r.Dir, "err", err)
		}
		if serr := r.Kiosk.Store.SetFact(ctx, reportWarningFact, msg); serr != nil {
			slog.Warn("cannot record the report's state", "err", serr)
		}
	}
	return err
}

func (r *ScreenReporter) write(ctx context.Context) error {
	if err := os.MkdirAll(r.Dir, 0o755); err != nil {
		return fmt.Errorf("make the report folder: %w", err)
	}
	rep, err := BuildScreenReport(ctx, r.Kiosk, r.Every)
	if err != nil {
		return err
	}
	r.mu.Lock()
	if !r.snapAt.IsZero() {
		at := r.snapAt
		rep.Snapshot, rep.SnapshotAt, rep.SnapshotSource = SnapshotFile, &at, r.snapSource
	}
	r.mu.Unlock()
	b, err := marshalReport(rep)
	if err != nil {
		return err
	}
	return writeAtomic(r.Dir, ScreenReportFile, b)
}
