//go:build !linux

package kiosk

// threadNice: other systems keep the priority (see priority_other.go).
func threadNice() (int, error) { return 0, nil }
