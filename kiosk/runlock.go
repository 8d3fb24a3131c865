package kiosk

import (
	"context"
	"errors"
	"os"
	"syscall"
	"time"
)

// The running kiosk holds an exclusive lock on a file beside the database
// for as long as its process lives. The kernel lets go of it the moment the
// process ends, however it ends (kill -9, a crash), so `kiosk status` knows
// at once that nobody runs, without waiting for the facts to grow old.

func (s *Store) runLockPath() string { return s.path + ".run" }

// holdRunLock takes the run lock, trying again while a `kiosk status`
// briefly looks at it, until ctx ends. It returns the release.
func (s *Store) holdRunLock(ctx context.Context) func() {
	f, err := os.OpenFile(s.runLockPath(), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		if f, err = os.Open(s.runLockPath()); err != nil {
			return func() {} // a read-only folder: status falls back on the pid
		}
	}
	for ctx.Err() == nil {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() { f.Close() }
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			break
		}
		t := time.NewTimer(100 * time.Millisecond)
		select {
		case <-ctx.Done():
		case <-t.C:
		}
		t.Stop()
	}
	f.Close()
	return func() {}
}

// runLockFree reports whether no process holds the run lock; false when it
// cannot tell (no lock file, or one it cannot open).
func (s *Store) runLockFree() bool {
	f, err := os.Open(s.runLockPath())
	if err != nil {
		return false
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB); err != nil {
		return false
	}
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	return true
}
