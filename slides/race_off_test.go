//go:build !race

package slides

// slowdown scales time limits in tests; see race_on_test.go.
const slowdown = 1
