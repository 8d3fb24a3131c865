package media

import (
	"maps"
	"slices"
	"time"
)

// Files arrive slowly (a copy from a stick, a sync, a browser's download):
// a file is read only once it has settled, and one that has not is looked
// at again later. Settle is the rule, Later the files waiting for it; a
// Watcher sends them again when they are due (Watcher.Later), and a one-shot
// scan waits on a Later of its own.

// DefaultQuiet is how long a file must go unchanged before it is read.
const DefaultQuiet = 500 * time.Millisecond

// Settle says whether a file has settled.
type Settle struct {
	Quiet time.Duration // a file changed more recently is still arriving [DefaultQuiet]
}

// Period is the quiet time in force.
func (s Settle) Period() time.Duration {
	if s.Quiet <= 0 {
		return DefaultQuiet
	}
	return s.Quiet
}

// Arriving reports whether a file last changed at mtime may still be being
// written at now, and when it will have settled if it is not written to
// again. A change dated in the future (a clock ahead on the machine that
// wrote it) counts as settled.
func (s Settle) Arriving(mtime, now time.Time) (due time.Time, arriving bool) {
	age := now.Sub(mtime)
	return mtime.Add(s.Period()), age >= 0 && age < s.Period()
}

// Again is when to look again at a file caught changing while it was read.
func (s Settle) Again(now time.Time) time.Time { return now.Add(s.Period()) }

// Recent reports whether a file that reads as damaged or empty changed so
// recently (within four Quiet periods) that it is more likely incomplete.
func (s Settle) Recent(mtime, now time.Time) bool {
	return now.Sub(mtime) < 4*s.Period()
}

// Later holds the paths to look at again, each with the time it is due.
// The zero Later is empty and ready; it is not safe for concurrent use.
type Later struct {
	due map[string]time.Time
}

// Add asks for paths to be looked at again at at (the earlier time wins
// for a path already waiting).
func (l *Later) Add(paths []string, at time.Time) {
	if len(paths) == 0 {
		return
	}
	if l.due == nil {
		l.due = make(map[string]time.Time, len(paths))
	}
	for _, p := range paths {
		if old, ok := l.due[p]; !ok || at.Before(old) {
			l.due[p] = at
		}
	}
}

// Next is when the first path is due; false when none waits.
func (l *Later) Next() (time.Time, bool) {
	var first time.Time
	ok := false
	for _, at := range l.due {
		if !ok || at.Before(first) {
			first, ok = at, true
		}
	}
	return first, ok
}

// Take removes and returns, sorted, the paths due at now.
func (l *Later) Take(now time.Time) []string {
	var out []string
	for p, at := range l.due {
		if !at.After(now) {
			out = append(out, p)
			delete(l.due, p)
		}
	}
	slices.Sort(out)
	return out
}

// Paths are the paths waiting, sorted.
func (l *Later) Paths() []string { return slices.Sorted(maps.Keys(l.due)) }

// Len is how many paths wait.
func (l *Later) Len() int { return len(l.due) }

// Clear forgets every path: a full scan looks at them all anyway.
func (l *Later) Clear() { clear(l.due) }
