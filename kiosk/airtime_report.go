package kiosk

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/shygarmashylyq/kiosk/slides"
)

// AirtimeReport is `kiosk report`: for parents and club leaders, each work
// of one exhibition with how often and how long it was on screen. Authors
// are as AuthorShown gives them; works withheld now are left out.
type AirtimeReport struct {
	Exhibition string
	Since      time.Time // zero: from the first play
	Made       time.Time // when the report was made, in the centre's zone
	// First and Last are the exhibition's first and last play in the period.
	First, Last time.Time
	Works       []WorkAirtime
	// Withheld counts the works left out because their consent does not
	// allow them to be shown now.
	Withheld int
}

// WorkAirtime is one work of an AirtimeReport.
type WorkAirtime struct {
	Item    Item
	Author  slides.Text // as allowed
	Plays   int
	Seconds float64
	// First and Last are its first and last play in the period (zero if none).
	First, Last time.Time
	// Picture is its prepared rendition (a JPEG), "" if there is none.
	Picture string
}

// TotalPlays and TotalSeconds add up the works.
func (r AirtimeReport) TotalPlays() (n int, secs float64) {
	for _, w := range r.Works {
		n += w.Plays
		secs += w.Seconds
	}
	return n, secs
}

// ErrNoExhibition means no exhibition has that name.
var ErrNoExhibition = fmt.Errorf("no such exhibition")

// BuildAirtimeReport gathers the report of exhibition (matched as written,
// else ignoring case) for the plays since since, at now, under cfg.
func BuildAirtimeReport(ctx context.Context, s *Store, cfg Config, exhibition string, since, now time.Time, box int) (AirtimeReport, error) {
	loc, err := cfg.Location()
	if err != nil {
		loc = time.Local
	}
	now = now.In(loc)
	names, err := s.ExhibitionNames(ctx)
	if err != nil {
		return AirtimeReport{}, err
	}
	name, ok := matchName(names, exhibition)
	if !ok {
		return AirtimeReport{}, fmt.Errorf("%w %q (there are: %s)", ErrNoExhibition, exhibition, strings.Join(names, ", "))
	}
	r := AirtimeReport{Exhibition: name, Since: since, Made: now}
	plays, err := s.exhibitionPlays(ctx, name, since)
	if err != nil {
		return r, err
	}
	items, err := s.ItemsOfKind(ctx, KindArtwork)
	if err != nil {
		return r, err
	}
	seen := map[int64]bool{}
	for _, it := range items {
		if it.Meta.Exhibition == name {
			seen[it.ID] = true
		}
	}
	for id := range plays {
		if !seen[id] {
			if it, err := s.Item(ctx, id); err == nil {
				items, seen[id] = append(items, it), true
			}
		}
	}
	for _, it := range items {
		if !seen[it.ID] {
			continue
		}
		if _, held := Withheld(it, now, cfg.Privacy); held {
			r.Withheld++
			continue
		}
		p := plays[it.ID]
		w := WorkAirtime{Item: it, Author: AuthorShown(it), Plays: p.plays, Seconds: p.seconds, First: p.first.In(loc), Last: p.last.In(loc)}
		if p.plays == 0 {
			w.First, w.Last = time.Time{}, time.Time{}
		} else {
			if r.First.IsZero() || w.First.Before(r.First) {
				r.First = w.First
			}
			if w.Last.After(r.Last) {
				r.Last = w.Last
			}
		}
		if rend, ok := s.Rendition(ctx, it, box); ok {
			w.Picture = rend.Path
		} else if rend, ok := s.anyRendition(ctx, it.Hash); ok {
			w.Picture = rend
		}
		r.Works = append(r.Works, w)
	}
	slices.SortStableFunc(r.Works, func(a, b WorkAirtime) int { return strings.Compare(sortKey(a.Item), sortKey(b.Item)) })
	return r, nil
}

// matchName finds name among names: as written (composed), else ignoring case.
func matchName(names []string, name string) (string, bool) {
	name = norm.NFC.String(strings.TrimSpace(name))
	for _, n := range names {
		if n == name {
			return n, true
		}
	}
	for _, n := range names {
		if strings.EqualFold(n, name) {
			return n, true
		}
	}
	return "", false
}
