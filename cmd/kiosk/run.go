package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"sync"
	"time"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/media"
	"github.com/shygarmashylyq/kiosk/ui"
)

// cmdRun runs the display until a signal or staff exit it.
func cmdRun(k *kiosk.Kiosk, o options, _ io.Writer) error {
	// Decoded slides are large and short-lived: collecting garbage sooner
	// keeps resident memory ~90 MB lower at 1920x1080, for a few more
	// collections during transitions only (measured; docs/BENCHMARKS.md).
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(40)
	}
	if err := startClockAt(k, o); err != nil {
		return err
	}
	ctx, cause := runContext()
	kiosk.NotePreviousRun(ctx, k.Store)
	if err := ui.CheckDisplay(); err != nil {
		slog.Error("the kiosk ends: there is no display to show on; systemd tries again in a few seconds", "err", err)
		recordNoDisplay(k, err)
		return err
	}
	err := runDisplay(ctx, k, ui.Options{Windowed: o.windowed, Cause: cause, StartAfresh: startAfresh}, screenReporter(k, o))
	if errors.Is(err, ui.ErrDisplayRefused) {
		k.Close()
		startAfresh(err) // returns only if it cannot
	}
	return err
}

// runDisplay is the composition root of a running kiosk: it starts the
// watcher, the music and the monitor, and runs the window on this (the
// main) goroutine with what it consumes of the kiosk, until ctx ends or
// staff exit. rep, if not nil, writes the screen's report.
func runDisplay(ctx context.Context, k *kiosk.Kiosk, opts ui.Options, rep *kiosk.ScreenReporter) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	first := newFirstSlide()
	screen := ui.NewScreenState()
	mon := &kiosk.Monitor{Store: k.Store, Screen: k.Opts.Screen, Started: time.Now(), PingUI: ui.Ping,
		Extra: k.RuntimeFacts, More: k.AddRunFacts, Display: screen.Facts, Cause: opts.Cause}
	opts.Screen, opts.Ended = screen, mon.Ended
	go watchAfterFirstSlide(ctx, k, first)
	sound := media.NewOtoOutput() // the music's, and clips' with sound on
	go k.RunMusic(ctx, sound)
	go k.Display.Run(ctx)
	jumps := make(chan struct{}, 1)
	go k.WatchClock(ctx, func() {
		select {
		case jumps <- struct{}{}:
		default:
		}
	})
	monDone := make(chan struct{})
	go func() { mon.Run(ctx); close(monDone) }()
	if rep != nil {
		go rep.Run(ctx)
	}
	deps := displayDeps(k)
	deps.TakeOff = guardConsent(ctx, k)
	deps.ClockJumped = jumps
	deps.ClipAudio = sound
	if rep != nil {
		deps.Snapshot = rep
	}
	deps.Shown = func(it kiosk.Item) {
		mon.Showing(it)
		k.Show.OnScreen(it) // watched: its consent may end while it is up
		first.shown()
	}
	err := ui.Run(ctx, deps, opts)
	// Let the monitor record that this run stopped before the store closes.
	cancel()
	select {
	case <-monDone:
	case <-time.After(3 * time.Second):
	}
	return err
}

// watchAfterFirstSlide keeps the store in line with the content folder
// until ctx ends. When the store already holds a playlist (of the last
// run), the first slide goes up before the first full scan competes with
// it for the cores.
func watchAfterFirstSlide(ctx context.Context, k *kiosk.Kiosk, first *firstSlide) {
	if counts, err := k.Store.CountItems(ctx); err == nil && len(counts) > 0 && !first.wait(ctx, time.Second, 3*time.Second) {
		return
	}
	if err := k.Watch(ctx); err != nil {
		slog.Error("watching the content folder stopped", "err", err)
	}
}

// firstSlide says when the first slide is on screen.
type firstSlide struct {
	once sync.Once
	up   chan struct{}
}

func newFirstSlide() *firstSlide { return &firstSlide{up: make(chan struct{})} }

// shown notes a slide on screen; only the first counts.
func (f *firstSlide) shown() { f.once.Do(func() { close(f.up) }) }

// wait waits until the first slide has been on screen for settle, or for
// limit if none comes (an empty playlist shows no slide), and reports
// whether ctx is still on.
func (f *firstSlide) wait(ctx context.Context, settle, limit time.Duration) bool {
	t := time.NewTimer(limit)
	defer t.Stop()
	select {
	case <-f.up:
		t.Reset(settle)
		select {
		case <-t.C:
		case <-ctx.Done():
		}
	case <-t.C:
	case <-ctx.Done():
	}
	return ctx.Err() == nil
}
