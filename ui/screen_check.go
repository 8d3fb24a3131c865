package ui

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"time"

	"github.com/shygarmashylyq/kiosk/kiosk"
)

// ScreenState is what the display knows of its screen, for the monitor's
// facts (`kiosk status`): the screen guard's and the blank-screen
// watchdog's. Make one with NewScreenState and hand it to Run in Options.
type ScreenState struct {
	guard *screenGuard
	watch *blankWatch
}

// NewScreenState makes an empty ScreenState.
func NewScreenState() *ScreenState { return &ScreenState{} }

// Facts are the screen's facts now; nil before the display is up.
func (s *ScreenState) Facts() *kiosk.ScreenFacts {
	if s == nil || s.guard == nil {
		return nil
	}
	f := s.guard.facts()
	if s.watch != nil {
		s.watch.addFacts(f)
	}
	return f
}

// checkScreen starts the screen guard and the blank-screen watchdog, and
// has the X server's going away end the kiosk with a clear last word.
func (dp *display) checkScreen(ctx context.Context, opts Options) {
	end := func(cause, why string) {
		slog.Error("the kiosk ends: " + why + "; systemd starts it again")
		if opts.Ended != nil {
			opts.Ended(cause, why)
		}
		opts.Cause.Set(cause, why)
	}
	dp.watch = &blankWatch{ctx: ctx, w: dp.win, show: dp.show, settle: 700e6, monitor: dp.guard.monitorSize,
		rebuild: func() { rebuildWindow(dp.win, dp.guard) },
		end: func(why string) {
			end(kiosk.StopBlankScreen, why)
			os.Exit(5)
		}}
	if opts.Windowed {
		dp.watch.monitor = nil
	} else if dp.guard.conn != nil {
		dp.watch.sample, dp.watch.calm = dp.guard.sample, dp.guard.calm
	}
	endWhenServerGoes(func(display string) {
		end(kiosk.StopXGone, "the X server "+display+" went away (Xorg or the display manager restarted)")
		os.Exit(4)
	})
	if opts.Screen != nil {
		opts.Screen.guard, opts.Screen.watch = dp.guard, dp.watch
	}
	go dp.guard.Run(ctx)
}

// startLimit is how long the window may take to come up.
const startLimit = 10 * time.Second

// ErrWindowStuck: the window did not come up within startLimit.
var ErrWindowStuck = errors.New("the window did not come up within 10 s")

// startWithin calls afresh if the UI goroutine has not answered within
// startLimit of the start (it is stuck in the toolkit: a black screen).
func startWithin(ctx context.Context, afresh func(error)) {
	if afresh == nil {
		return
	}
	pctx, cancel := context.WithTimeout(ctx, startLimit)
	defer cancel()
	if ok := Ping(pctx); ok || ctx.Err() != nil {
		return
	}
	slog.Error("the kiosk window did not come up; starting afresh", "limit", startLimit)
	afresh(ErrWindowStuck)
	os.Exit(6)
}
