package kiosk

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Touch is one thing a visitor did on the touchscreen. No personal data is
// kept: what was opened, when, and for how long.
type Touch struct {
	At      time.Time
	Session time.Time     // when the browsing session began
	Event   string        // "open", "close", "club", "filter", "artwork", "lang"
	ClubID  string        // for "club"
	ItemID  int64         // for "artwork"
	Value   string        // for "filter" and "lang": e.g. "age=10", "day=6", "ru"
	Length  time.Duration // for "close": how long the session lasted
}

// The touch events.
const (
	TouchOpen    = "open"
	TouchClose   = "close"
	TouchClub    = "club"
	TouchFilter  = "filter"
	TouchArtwork = "artwork"
	TouchLang    = "lang"
)

// LogTouch records a touch. Screen is this kiosk's screen name.
func (s *Store) LogTouch(ctx context.Context, screen string, t Touch) error {
	if t.At.IsZero() {
		t.At = time.Now()
	}
	var item sql.NullInt64
	if t.ItemID != 0 {
		item = sql.NullInt64{Int64: t.ItemID, Valid: true}
	}
	_, err := s.w.ExecContext(ctx, `INSERT INTO touches(at, session, event, club_id, item_id, value, seconds, screen)
		VALUES(?,?,?,?,?,?,?,?)`, t.At.UnixMilli(), t.Session.UnixMilli(), t.Event, t.ClubID, item, t.Value,
		t.Length.Seconds(), screen)
	if err != nil {
		return fmt.Errorf("log touch %s: %w", t.Event, err)
	}
	return nil
}

// Touch records a visitor's touch on this kiosk's screen.
func (k *Kiosk) Touch(ctx context.Context, t Touch) error {
	return k.Store.LogTouch(ctx, k.Opts.Screen, t)
}

// Clubs lists the clubs (for the club browser).
func (k *Kiosk) Clubs(ctx context.Context) ([]Club, error) { return k.Store.Clubs(ctx) }
