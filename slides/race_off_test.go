//go:build !race

package slides

// slowdown scales the hang guards of the bomb tests (not timing checks:
// machines are shared and noisy); see race_on_test.go.
const slowdown = 20
