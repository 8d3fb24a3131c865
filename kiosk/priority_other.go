//go:build !linux

package kiosk

import "runtime"

// lowerThreadPriority binds the calling goroutine to its OS thread; other
// systems keep its priority (the kiosk is made for Linux mini-PCs).
func lowerThreadPriority() { runtime.LockOSThread() }

func threadNice() (int, error) { return 0, nil }
