package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// startCPUProfile writes a CPU profile of the whole run to the file named
// by $KIOSK_CPUPROFILE, for `go tool pprof` (what a kiosk spends its idle
// CPU on, measured on the machine itself). The returned stop flushes it.
func startCPUProfile() (stop func()) {
	path := os.Getenv("KIOSK_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "kiosk: no CPU profile: %v\n", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
