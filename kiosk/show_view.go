package kiosk

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// view keeps when the screen could be seen: a slide behind the club browser
// or the staff panel, or on a display that is off, is not airtime.
type view struct {
	mu     sync.Mutex
	hidden map[string]bool // who hides the slides now ("touch", "display")
	since  time.Time       // when the current hiding began (zero: in view)
	gaps   []gap           // hidden spans that ended, newest last
}

// gap is a span of time in which the slides could not be seen.
type gap struct{ from, to time.Time }

// maxGaps bounds the remembered gaps; a play is never longer than the last
// few of them.
const maxGaps = 64

// SetInView tells the show whether what hides the slides by one cause is
// gone (in = true) or there (the club browser or staff panel over them:
// by "touch"; the display off: by "display"). The slides are in view while
// no cause hides them; only that time is recorded as proof of play. Safe
// from any goroutine.
func (s *Show) SetInView(by string, in bool) {
	now := s.now()
	v := &s.view
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.hidden == nil {
		v.hidden = map[string]bool{}
	}
	was := len(v.hidden) > 0
	if in {
		delete(v.hidden, by)
	} else {
		v.hidden[by] = true
	}
	switch is := len(v.hidden) > 0; {
	case is && !was:
		v.since = now
	case !is && was:
		v.gaps = append(v.gaps, gap{v.since, now})
		if len(v.gaps) > maxGaps {
			v.gaps = v.gaps[len(v.gaps)-maxGaps:]
		}
		v.since = time.Time{}
	}
}

// InView reports whether the slides can be seen now.
func (s *Show) InView() bool {
	s.view.mu.Lock()
	defer s.view.mu.Unlock()
	return len(s.view.hidden) == 0
}

// seen is how much of [from, to) the slides were in view.
func (v *view) seen(from, to time.Time) time.Duration {
	v.mu.Lock()
	defer v.mu.Unlock()
	d := to.Sub(from)
	hidden := v.gaps
	if len(v.hidden) > 0 {
		hidden = append(hidden[:len(hidden):len(hidden)], gap{v.since, to})
	}
	for _, g := range hidden {
		a, b := maxTime(g.from, from), minTime(g.to, to)
		if b.After(a) {
			d -= b.Sub(a)
		}
	}
	return max(d, 0)
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func (s *Show) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// OnScreen tells the show which slide the display put up. The show then
// watches it: when its item may no longer be shown (its consent ended at
// midnight, a withdrawal in labels.csv, its file gone) Advance is called,
// so the display moves on at once. Safe from any goroutine.
func (s *Show) OnScreen(it Item) {
	s.mu.Lock()
	s.onScreen = it
	s.mu.Unlock()
	s.Recheck()
}

// Recheck asks the show to look again at whether the slide on screen may
// stay (the ingest calls it after labels were applied). Safe from any
// goroutine.
func (s *Show) Recheck() {
	s.recheckOnce.Do(func() { s.recheck = make(chan struct{}, 1) })
	select {
	case s.recheck <- struct{}{}:
	default:
	}
}

// Guard runs until ctx ends, calling Advance when the slide on screen may
// no longer be shown: looked at when told (OnScreen, Recheck), at the
// moment its consent ends, and every minute.
func (s *Show) Guard(ctx context.Context) {
	s.recheckOnce.Do(func() { s.recheck = make(chan struct{}, 1) })
	for ctx.Err() == nil {
		s.mu.Lock()
		cur, advance := s.onScreen, s.Advance
		s.mu.Unlock()
		wait := time.Minute
		_, loc := s.config()
		if end, ok := ConsentEnds(cur, loc); ok {
			if d := end.Sub(s.now()); d > 0 && d < wait {
				wait = d
			}
		}
		if cur.ID != 0 && advance != nil && !s.Still(ctx, Slide{Item: cur}) {
			slog.Info("slide taken off the screen", "source", cur.Source)
			s.mu.Lock()
			if s.onScreen.ID == cur.ID {
				s.onScreen = Item{}
			}
			s.mu.Unlock()
			advance()
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
		case <-s.recheck:
		case <-t.C:
		}
		t.Stop()
	}
}
