package main

import (
	"log/slog"
	"time"

	"github.com/shygarmashylyq/kiosk/kiosk"
)

// screenReporter is the report writer of `kiosk run --reports DIR` (or
// `[screens.NAME] reports`), nil when no report folder is given or the one
// given is inside the content folder (refused with a warning).
func screenReporter(k *kiosk.Kiosk, o options) *kiosk.ScreenReporter {
	cfg := k.Config()
	dir := o.reports
	if dir == "" {
		dir = cfg.Screens[k.Opts.Screen].Reports
	}
	if dir == "" {
		return nil
	}
	if err := kiosk.CheckReportDir(dir, k.Opts.Content); err != nil {
		slog.Warn("no screen reports", "err", err)
		return nil
	}
	every := cfg.ReportInterval()
	if o.reportSeconds > 0 {
		every = max(time.Duration(o.reportSeconds*float64(time.Second)), time.Second)
	}
	slog.Info("screen reports", "dir", dir, "every", every)
	return &kiosk.ScreenReporter{Kiosk: k, Dir: dir, Every: every}
}
