package main

import (
	"log/slog"

	"github.com/shygarmashylyq/kiosk/kiosk"
)

// startClockAt starts the kiosk's clock at --at (`kiosk run --at "2025-01-10
// 19:59"`): the whole show then runs as if the time were that and advanced
// from there, as `kiosk playlist --at` evaluates it. "" keeps the wall clock.
func startClockAt(k *kiosk.Kiosk, o options) error {
	if o.preview == nil {
		return nil
	}
	t, err := parseAt(o.at, k.Location())
	if err != nil {
		return err
	}
	o.preview.StartAt(t)
	slog.Info("preview: the show's clock starts at "+t.Format("2006-01-02 15:04:05 MST"), "at", t)
	return nil
}
