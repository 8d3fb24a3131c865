package kiosk

import (
	"cmp"
	"context"
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
	_, off := s.now().In(loc).Zone()
	shift := fmt.Sprintf("%+d seconds", off)
	var rows []StatRow
	// Each play counts for the exhibition its artwork was in at the time.
	plays, err := s.playsByDay(ctx, shift, since)
	if err != nil {
		return nil, err
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
	for _, p := range plays {
		r := StatRow{Date: p.date, Kind: p.kind, ID: fmt.Sprint(p.id), Source: p.source, Title: p.title.Get(langs),
			Exhibition: p.exhibition, Plays: p.plays, Seconds: p.seconds}
		rows = append(rows, r)
		add("item:"+r.ID, r)
		if r.Exhibition != "" {
			add("exh:"+r.Exhibition, StatRow{Kind: "exhibition", Exhibition: r.Exhibition, Title: r.Exhibition, Plays: r.Plays, Seconds: r.Seconds})
		}
	}

	names := map[string]string{}
	if clubs, err := s.Clubs(ctx); err == nil {
		for _, c := range clubs {
			names[c.ID] = c.Name.Get(langs)
		}
	}
	touches, err := s.touchesByDay(ctx, shift, since)
	if err != nil {
		return nil, err
	}
	for _, t := range touches {
		r := StatRow{Date: t.date, Kind: "club", ID: t.club, Title: names[t.club], Touches: t.n}
		if t.event == "close" {
			r = StatRow{Date: t.date, Kind: "touch_sessions", Title: "browsing sessions", Touches: t.n, Seconds: t.seconds}
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
	return rows, nil
}
