package kiosk

import "golang.org/x/sys/unix"

// threadNice is the calling thread's niceness.
func threadNice() (int, error) {
	// getpriority returns 20 - nice for PRIO_PROCESS (the raw syscall).
	p, err := unix.Getpriority(unix.PRIO_PROCESS, unix.Gettid())
	return 20 - p, err
}
