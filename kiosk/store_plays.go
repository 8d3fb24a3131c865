package kiosk

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// The plays and touches tables: proof of play, what visitors touched, and
// the counts behind `kiosk stats`.

// LogTouch records a touch. Screen is this kiosk's screen name.
func (s *Store) LogTouch(ctx context.Context, screen string, t Touch) error {
	if t.At.IsZero() {
		t.At = s.now()
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

// RecordPlay records that an item was on screen from start for shown
// (proof of play), with the exhibition it was in at the time.
func (s *Store) RecordPlay(ctx context.Context, screen string, it Item, start time.Time, shown time.Duration) error {
	_, err := s.w.ExecContext(ctx, `INSERT INTO plays(item_id, started_at, shown_ms, screen, exhibition) VALUES(?,?,?,?,?)`,
		it.ID, start.UnixMilli(), shown.Milliseconds(), screen, it.Meta.Exhibition)
	if err != nil {
		return fmt.Errorf("record play of %s: %w", it.Source, err)
	}
	return nil
}

// playDay is how often one item was shown on one day, as an exhibition's
// artwork counted for the exhibition it was in then.
type playDay struct {
	date       string // YYYY-MM-DD, shifted into the centre's zone
	kind       string
	id         int64
	source     string
	title      slides.Text
	exhibition string
	plays      int
	seconds    float64
}

// playsByDay counts the plays since the given time per day, item and
// exhibition; shift is an SQLite modifier that moves UTC into the centre's
// zone ("+18000 seconds").
func (s *Store) playsByDay(ctx context.Context, shift string, since time.Time) ([]playDay, error) {
	q, err := s.r.QueryContext(ctx, `SELECT date(p.started_at/1000, 'unixepoch', ?), i.kind, i.id, i.source, i.title,
			coalesce(p.exhibition, json_extract(i.meta, '$.exhibition'), '') AS exh, count(*), sum(p.shown_ms)/1000.0
		FROM plays p JOIN items i ON i.id = p.item_id
		WHERE p.started_at >= ? GROUP BY 1, i.id, exh ORDER BY 1, i.kind, i.source`, shift, since.UnixMilli())
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	defer q.Close()
	var out []playDay
	for q.Next() {
		var r playDay
		var title string
		if err := q.Scan(&r.date, &r.kind, &r.id, &r.source, &title, &r.exhibition, &r.plays, &r.seconds); err != nil {
			return nil, fmt.Errorf("stats: %w", err)
		}
		json.Unmarshal([]byte(title), &r.title)
		out = append(out, r)
	}
	return out, q.Err()
}

// touchDay counts one touch event (a club page opened, a browsing session
// closed) on one day.
type touchDay struct {
	date, event, club string
	n                 int
	seconds           float64
}

// touchesByDay counts the club and close touches since the given time per
// day, event and club; shift as for playsByDay.
func (s *Store) touchesByDay(ctx context.Context, shift string, since time.Time) ([]touchDay, error) {
	q, err := s.r.QueryContext(ctx, `SELECT date(at/1000, 'unixepoch', ?), event, club_id, count(*), sum(seconds)
		FROM touches WHERE at >= ? AND event IN ('club', 'close') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`, shift, since.UnixMilli())
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	defer q.Close()
	var out []touchDay
	for q.Next() {
		var r touchDay
		if err := q.Scan(&r.date, &r.event, &r.club, &r.n, &r.seconds); err != nil {
			return nil, fmt.Errorf("stats: %w", err)
		}
		out = append(out, r)
	}
	return out, q.Err()
}

// Prune deletes proof of play and touches older than before, and items that
// left the folder before then and have no plays left.
func (s *Store) Prune(ctx context.Context, before time.Time) error {
	ms := before.UnixMilli()
	for _, q := range []string{
		`DELETE FROM plays WHERE started_at < ?`,
		`DELETE FROM touches WHERE at < ?`,
		`DELETE FROM items WHERE gone_at IS NOT NULL AND gone_at < ? AND id NOT IN (SELECT item_id FROM plays)`,
	} {
		if _, err := s.w.ExecContext(ctx, q, ms); err != nil {
			return fmt.Errorf("prune: %w", err)
		}
	}
	return nil
}
