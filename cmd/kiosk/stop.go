package main

import (
	"context"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"log/slog"

	"github.com/shygarmashylyq/kiosk/kiosk"
)

// runContext is the context of `kiosk run`: it ends on SIGTERM, SIGINT or
// SIGHUP, and the cause says which signal ended it.
func runContext() (context.Context, *kiosk.StopCause) {
	ctx, cancel := context.WithCancel(context.Background())
	cause := &kiosk.StopCause{}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		sig := <-sigs
		name := map[os.Signal]string{os.Interrupt: "SIGINT", syscall.SIGTERM: "SIGTERM", syscall.SIGHUP: "SIGHUP"}[sig]
		why := "stopped by " + name + " (systemd, a shutdown, or Ctrl+C)"
		cause.Set(kiosk.StopSignal, why)
		slog.Info("the kiosk ends: " + why)
		cancel()
		signal.Stop(sigs)
	}()
	return ctx, cause
}

// recordNoDisplay notes, for `kiosk status`, a run that could not start for
// want of a display.
func recordNoDisplay(k *kiosk.Kiosk, err error) {
	m := &kiosk.Monitor{Store: k.Store, Screen: k.Opts.Screen, Started: time.Now()}
	m.Ended(kiosk.StopNoDisplay, "no display to show on: "+err.Error())
}

// startAfresh runs the kiosk again in this process's place, a few times
// at most (KIOSK_FRESH_STARTS counts them), after a moment's pause: a
// display that refused the toolkit at start-up mostly lets it in at the
// second try, sooner than systemd's restart would.
func startAfresh(why error) {
	n, _ := strconv.Atoi(os.Getenv("KIOSK_FRESH_STARTS"))
	if n >= 5 {
		slog.Error("the kiosk ends: " + why.Error() + ", five times; systemd tries again in a few seconds")
		return
	}
	slog.Warn("starting afresh", "why", why, "try", n+2)
	time.Sleep(500 * time.Millisecond)
	exe, err := os.Executable()
	if err != nil {
		return
	}
	env := []string{"KIOSK_FRESH_STARTS=" + strconv.Itoa(n+1)}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "KIOSK_FRESH_STARTS=") {
			env = append(env, kv)
		}
	}
	err = syscall.Exec(exe, os.Args, env)
	slog.Error("cannot start afresh", "err", err)
}
