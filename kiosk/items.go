package kiosk

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// Kind is what sort of slide or sound an item is.
type Kind string

// The kinds of item.
const (
	KindArtwork      Kind = "artwork"      // a picture in artworks/<exhibition>/
	KindAnnouncement Kind = "announcement" // a text in announcements/
	KindPoster       Kind = "poster"       // a picture in announcements/
	KindTimetable    Kind = "timetable"    // today's clubs, made from clubs/
	KindTrack        Kind = "track"        // an MP3 in music/
)

// Item is one entry of the playlist.
type Item struct {
	ID       int64
	Kind     Kind
	Source   string // slash path relative to the content folder
	Hash     string
	Title    slides.Text
	Meta     Meta
	Width    int // upright pixels, images only
	Height   int
	Duration time.Duration // 0: the kind's default
	Enabled  bool
	Order    int
	Schedule slides.Schedule
	Priority slides.Priority
	// MissingAt is when the file was first found missing (within the grace
	// period it still plays); GoneAt when it left the rotation.
	MissingAt, GoneAt time.Time
}

// Meta holds what an item's kind adds to it.
type Meta struct {
	Exhibition string      `json:"exhibition,omitempty"`
	Author     slides.Text `json:"author,omitempty"`
	Age        string      `json:"age,omitempty"`
	Technique  slides.Text `json:"technique,omitempty"`
	Club       slides.Text `json:"club,omitempty"`
	Body       slides.Text `json:"body,omitempty"` // markdown, announcements
	QR         string      `json:"qr,omitempty"`
	Files      []string    `json:"files,omitempty"` // every file an item is made of
}

// Live reports whether the item's file is in the folder (or only briefly
// missing, within the grace period).
func (it Item) Live() bool { return it.GoneAt.IsZero() }

const itemColumns = `id, kind, source, hash, title, meta, width, height, duration_ms, enabled,
	sort_order, date_from, date_until, days, hours, priority, missing_at, gone_at`

func scanItem(sc interface{ Scan(...any) error }) (Item, error) {
	var (
		it                Item
		title, meta       string
		durMS             int64
		enabled           int
		hours             string
		days              int
		missing, gone     sql.NullInt64
		dateFrom, dateTil string
		prio              int
	)
	err := sc.Scan(&it.ID, &it.Kind, &it.Source, &it.Hash, &title, &meta, &it.Width, &it.Height,
		&durMS, &enabled, &it.Order, &dateFrom, &dateTil, &days, &hours, &prio, &missing, &gone)
	if err != nil {
		return it, err
	}
	if err := json.Unmarshal([]byte(title), &it.Title); err != nil {
		return it, fmt.Errorf("item %d title: %w", it.ID, err)
	}
	if err := json.Unmarshal([]byte(meta), &it.Meta); err != nil {
		return it, fmt.Errorf("item %d meta: %w", it.ID, err)
	}
	it.Duration = time.Duration(durMS) * time.Millisecond
	it.Enabled = enabled != 0
	it.Schedule = slides.Schedule{From: dateFrom, Until: dateTil, Days: slides.Weekdays(days), Hours: parseHours(hours)}
	it.Priority = slides.Priority(prio)
	if missing.Valid {
		it.MissingAt = time.UnixMilli(missing.Int64)
	}
	if gone.Valid {
		it.GoneAt = time.UnixMilli(gone.Int64)
	}
	return it, nil
}

// Items lists the items whose files are in the folder, in playlist order
// (kind, exhibition, order, source).
func (s *Store) Items(ctx context.Context) ([]Item, error) {
	return s.queryItems(ctx, `SELECT `+itemColumns+` FROM items WHERE gone_at IS NULL
		ORDER BY kind, json_extract(meta, '$.exhibition'), sort_order, source`)
}

// ItemsOfKind lists the live items of one kind, in playlist order.
func (s *Store) ItemsOfKind(ctx context.Context, kind Kind) ([]Item, error) {
	return s.queryItems(ctx, `SELECT `+itemColumns+` FROM items WHERE gone_at IS NULL AND kind = ?
		ORDER BY json_extract(meta, '$.exhibition'), sort_order, source`, kind)
}

// Item reads one item by id, gone or not.
func (s *Store) Item(ctx context.Context, id int64) (Item, error) {
	it, err := scanItem(s.r.QueryRowContext(ctx, `SELECT `+itemColumns+` FROM items WHERE id = ?`, id))
	if err != nil {
		return it, fmt.Errorf("item %d: %w", id, err)
	}
	return it, nil
}

func (s *Store) queryItems(ctx context.Context, query string, args ...any) ([]Item, error) {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list items: %w", err)
	}
	defer rows.Close()
	var items []Item
	for rows.Next() {
		it, err := scanItem(rows)
		if err != nil {
			return nil, fmt.Errorf("list items: %w", err)
		}
		items = append(items, it)
	}
	return items, rows.Err()
}

// CountItems counts the live items per kind.
func (s *Store) CountItems(ctx context.Context) (map[Kind]int, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT kind, count(*) FROM items WHERE gone_at IS NULL GROUP BY kind`)
	if err != nil {
		return nil, fmt.Errorf("count items: %w", err)
	}
	defer rows.Close()
	counts := map[Kind]int{}
	for rows.Next() {
		var k Kind
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return nil, fmt.Errorf("count items: %w", err)
		}
		counts[k] = n
	}
	return counts, rows.Err()
}

func formatHours(rs []slides.TimeRange) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = r.Start.String() + "-" + r.End.String()
	}
	return strings.Join(parts, ",")
}

func parseHours(s string) []slides.TimeRange {
	var rs []slides.TimeRange
	for _, part := range strings.Split(s, ",") {
		a, b, ok := strings.Cut(part, "-")
		if !ok {
			continue
		}
		start, err1 := slides.ParseClock(a)
		end, err2 := slides.ParseClock(b)
		if err1 == nil && err2 == nil {
			rs = append(rs, slides.TimeRange{Start: start, End: end})
		}
	}
	return rs
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only our own plain structs are marshalled
	}
	return string(b)
}

// putItem writes it: a row with it.ID is updated, else a new row is added.
// It returns the id.
func putItem(ctx context.Context, tx *sql.Tx, it Item) (int64, error) {
	title := it.Title
	if title == nil {
		title = slides.Text{}
	}
	args := []any{it.Kind, it.Source, it.Hash, mustJSON(title), mustJSON(it.Meta), it.Width, it.Height,
		it.Duration.Milliseconds(), boolInt(it.Enabled), it.Order, it.Schedule.From, it.Schedule.Until,
		int(it.Schedule.Days), formatHours(it.Schedule.Hours), int(it.Priority), nowMS()}
	if it.ID != 0 {
		_, err := tx.ExecContext(ctx, `UPDATE items SET kind=?, source=?, hash=?, title=?, meta=?, width=?, height=?,
			duration_ms=?, enabled=?, sort_order=?, date_from=?, date_until=?, days=?, hours=?, priority=?,
			updated_at=?, missing_at=NULL, gone_at=NULL WHERE id=?`, append(args, it.ID)...)
		if err != nil {
			return 0, fmt.Errorf("update item %s: %w", it.Source, err)
		}
		return it.ID, nil
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO items(kind, source, hash, title, meta, width, height,
		duration_ms, enabled, sort_order, date_from, date_until, days, hours, priority, updated_at, added_at)
		VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`, append(args, nowMS())...)
	if err != nil {
		return 0, fmt.Errorf("add item %s: %w", it.Source, err)
	}
	return res.LastInsertId()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
