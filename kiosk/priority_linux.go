package kiosk

import (
	"runtime"

	"golang.org/x/sys/unix"
)

// backgroundNice is how much nicer than the display's threads the threads
// that prepare pictures are: the display always comes first, also when the
// whole kiosk was started niced.
const backgroundNice = 10

// lowerThreadPriority binds the calling goroutine to its OS thread and
// makes that thread nice. The goroutine must end without unlocking: the
// thread then ends with it, and no other goroutine ever runs at the lower
// priority (raising it again would need privileges).
func lowerThreadPriority() {
	runtime.LockOSThread()
	nice := backgroundNice
	if now, err := threadNice(); err == nil {
		nice = min(now+backgroundNice, 19)
	}
	_ = unix.Setpriority(unix.PRIO_PROCESS, unix.Gettid(), nice)
}

// threadNice is the calling thread's niceness, for tests.
func threadNice() (int, error) {
	// getpriority returns 20 - nice for PRIO_PROCESS (the raw syscall).
	p, err := unix.Getpriority(unix.PRIO_PROCESS, unix.Gettid())
	return 20 - p, err
}
