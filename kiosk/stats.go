package kiosk

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// StatRow is one line of proof of play: how often one item (or club page)
// was shown or opened on one day, or in total over the period (Date
// "total"). Kind "exhibition" rows add up an exhibition's artworks.
type StatRow struct {
	Date       string // YYYY-MM-DD in the centre's zone, or "total"
	Kind       string // an item kind, "club" for touches of a club page, "exhibition", "touch_sessions"
	ID         string
	Source     string
	Title      string
	Exhibition string
	Plays      int
	Seconds    float64
	Touches    int
}

// Stats gathers proof of play and touches since the given time.
func Stats(ctx context.Context, s *Store, since time.Time, loc *time.Location, langs []slides.Lang) ([]StatRow, error) {
	// The offset of the centre's zone now, to cut days in SQL; days near a
	// DST change may be off by an hour, which Kazakhstan does not have.
	_, off := time.Now().In(loc).Zone()
	shift := fmt.Sprintf("%+d seconds", off)
	var rows []StatRow
	// Each play counts for the exhibition its artwork was in at the time.
	q, err := s.r.QueryContext(ctx, `SELECT date(p.started_at/1000, 'unixepoch', ?), i.kind, i.id, i.source, i.title,
			coalesce(p.exhibition, json_extract(i.meta, '$.exhibition'), '') AS exh, count(*), sum(p.shown_ms)/1000.0
		FROM plays p JOIN items i ON i.id = p.item_id
		WHERE p.started_at >= ? GROUP BY 1, i.id, exh ORDER BY 1, i.kind, i.source`, shift, since.UnixMilli())
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	total := map[string]*StatRow{}
	var order []string
	add := func(key string, r StatRow) {
		t, ok := total[key]
		if !ok {
			t = &StatRow{Date: "total", Kind: r.Kind, ID: r.ID, Source: r.Source, Title: r.Title, Exhibition: r.Exhibition}
			total[key] = t
			order = append(order, key)
		}
		t.Plays += r.Plays
		t.Seconds += r.Seconds
		t.Touches += r.Touches
	}
	for q.Next() {
		var r StatRow
		var id int64
		var title string
		if err := q.Scan(&r.Date, &r.Kind, &id, &r.Source, &title, &r.Exhibition, &r.Plays, &r.Seconds); err != nil {
			q.Close()
			return nil, fmt.Errorf("stats: %w", err)
		}
		var tt slides.Text
		json.Unmarshal([]byte(title), &tt)
		r.ID, r.Title = fmt.Sprint(id), tt.Get(langs)
		rows = append(rows, r)
		add("item:"+r.ID, r)
		if r.Exhibition != "" {
			add("exh:"+r.Exhibition, StatRow{Kind: "exhibition", Exhibition: r.Exhibition, Title: r.Exhibition, Plays: r.Plays, Seconds: r.Seconds})
		}
	}
	q.Close()

	names := map[string]string{}
	if clubs, err := s.Clubs(ctx); err == nil {
		for _, c := range clubs {
			names[c.ID] = c.Name.Get(langs)
		}
	}
	q, err = s.r.QueryContext(ctx, `SELECT date(at/1000, 'unixepoch', ?), event, club_id, count(*), sum(seconds)
		FROM touches WHERE at >= ? AND event IN ('club', 'close') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`, shift, since.UnixMilli())
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	defer q.Close()
	for q.Next() {
		var date, event, club string
		var n int
		var secs float64
		if err := q.Scan(&date, &event, &club, &n, &secs); err != nil {
			return nil, fmt.Errorf("stats: %w", err)
		}
		r := StatRow{Date: date, Kind: "club", ID: club, Title: names[club], Touches: n}
		if event == "close" {
			r = StatRow{Date: date, Kind: "touch_sessions", Title: "browsing sessions", Touches: n, Seconds: secs}
		}
		rows = append(rows, r)
		add(r.Kind+":"+r.ID, r)
	}
	// Totals grouped: items by kind and path, then exhibitions, then touches.
	rank := func(kind string) int {
		switch kind {
		case "exhibition":
			return 1
		case "club":
			return 2
		case "touch_sessions":
			return 3
		}
		return 0
	}
	slices.SortStableFunc(order, func(a, b string) int {
		x, y := total[a], total[b]
		return cmp.Or(cmp.Compare(rank(x.Kind), rank(y.Kind)), cmp.Compare(x.Kind, y.Kind),
			cmp.Compare(x.Source, y.Source), cmp.Compare(x.Title, y.Title))
	})
	for _, k := range order {
		rows = append(rows, *total[k])
	}
	return rows, q.Err()
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
