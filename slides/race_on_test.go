//go:build race

package slides

// slowdown scales time limits in tests: the race detector slows parsing
// by about ten times.
const slowdown = 60
