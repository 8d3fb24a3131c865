//go:build race

package media

import "time"

// hangGuard: the race detector slows decoding by up to ten times.
const hangGuard = 30 * time.Second
