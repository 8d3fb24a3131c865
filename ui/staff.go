package ui

import (
	"context"
	"crypto/subtle"
	"sync/atomic"
	"syscall"

	"github.com/shygarmashylyq/kiosk/kiosk"
)

// staffActions is what the staff panel does to the running kiosk.
type staffActions struct {
	k      *kiosk.Kiosk
	show   *Slideshow
	paused atomic.Bool // staff's own pause, apart from a visitor browsing
	exit   func()
	sync   func() // re-applies the slideshow's pause
}

var _ StaffActions = (*staffActions)(nil)

func (a *staffActions) Status(ctx context.Context) (kiosk.Status, error) {
	st, err := kiosk.BuildStatus(ctx, a.k.Store)
	st.Version, st.Content, st.DB = kiosk.Version, a.k.Opts.Content, a.k.Store.Path()
	if st.Running == nil {
		st.Running = &kiosk.RunFacts{}
	}
	if music := a.k.RuntimeFacts(); music != nil {
		st.Running.MusicFacts = music
	}
	return st, err
}

func (a *staffActions) FreeDisk() (uint64, error) {
	var fs syscall.Statfs_t
	if err := syscall.Statfs(a.k.Opts.Content, &fs); err != nil {
		return 0, err
	}
	return fs.Bavail * uint64(fs.Bsize), nil
}

func (a *staffActions) CheckPIN(pin string) bool {
	want := a.k.Config().PIN
	return want != "" && subtle.ConstantTimeCompare([]byte(pin), []byte(want)) == 1
}

func (a *staffActions) Paused() bool { return a.paused.Load() }

func (a *staffActions) SetPaused(p bool) {
	a.paused.Store(p)
	a.sync()
}

func (a *staffActions) Next()           { a.show.Next() }
func (a *staffActions) Rescan()         { a.k.RescanNow() }
func (a *staffActions) Muted() bool     { return a.k.Muted() }
func (a *staffActions) SetMuted(m bool) { go a.k.SetMuted(m) }
func (a *staffActions) Exit()           { a.exit() }
