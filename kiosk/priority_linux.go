package kiosk

import (
	"runtime"

	"golang.org/x/sys/unix"
)

// backgroundNice is the niceness of the threads that prepare pictures while
// the kiosk shows slides: the display's threads (nice 0) always come first.
const backgroundNice = 10

// lowerThreadPriority binds the calling goroutine to its OS thread and
// makes that thread nice. The goroutine must end without unlocking: the
// thread then ends with it, and no other goroutine ever runs at the lower
// priority (raising it again would need privileges).
func lowerThreadPriority() {
	runtime.LockOSThread()
	_ = unix.Setpriority(unix.PRIO_PROCESS, unix.Gettid(), backgroundNice)
}

// threadNice is the calling thread's niceness, for tests.
func threadNice() (int, error) {
	// getpriority returns 20 - nice for PRIO_PROCESS (the raw syscall).
	p, err := unix.Getpriority(unix.PRIO_PROCESS, unix.Gettid())
	return 20 - p, err
}
