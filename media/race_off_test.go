//go:build !race

package media

import "time"

// hangGuard bounds work that ends at once whatever the input (a refused
// picture bomb, a damaged track): a guard against hanging, not a timing
// check, so it is generous for a shared machine; see race_on_test.go.
const hangGuard = 10 * time.Second
