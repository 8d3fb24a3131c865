package kiosk

import (
	"fmt"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// Rotation decides what plays next. It remembers where it is by the sort key
// of what it showed last, not by index, so items added or removed between
// two slides never make it skip or repeat.
type Rotation struct {
	lastArt, lastText, lastTable, lastUrgent string
	artSinceText, artSinceTable              int
	sinceUrgent                              int
	urgentShown                              bool
}

// sortKey orders items as Store.Items does: exhibition, order, path.
func sortKey(it Item) string {
	return fmt.Sprintf("%s\x00%012d\x00%s", it.Meta.Exhibition, int64(it.Order)+1<<31, it.Source)
}

// Showable reports whether an item is a slide (not a track) that may be
// shown at t (already in the centre's zone).
func Showable(it Item, t time.Time) bool {
	if !it.Live() || !it.Enabled || it.Kind == KindTrack {
		return false
	}
	return it.Schedule.ActiveAt(t)
}

// Next picks the slide to show at t from items (in playlist order). ok is
// false when nothing may be shown.
func (r *Rotation) Next(items []Item, t time.Time, mix Config) (Item, bool) {
	var arts, texts, tables, urgent []Item
	for _, it := range items {
		if !ShowableUnder(it, t, mix.Privacy) {
			continue // consent is looked at on every pick: it ends at midnight
		}
		switch {
		case it.Priority == slides.Urgent:
			urgent = append(urgent, it)
		case it.Kind == KindArtwork:
			arts = append(arts, it)
		case it.Kind == KindTimetable:
			tables = append(tables, it)
		default:
			texts = append(texts, it)
		}
	}
	// Urgent items come first, then recur every few slides while active.
	if len(urgent) > 0 && (!r.urgentShown || r.sinceUrgent >= max(1, mix.Mix.UrgentEvery)) {
		it := after(urgent, r.lastUrgent)
		r.lastUrgent, r.sinceUrgent, r.urgentShown = sortKey(it), 0, true
		return it, true
	}
	r.sinceUrgent++
	if len(urgent) == 0 {
		r.urgentShown = false
	}
	if len(tables) > 0 && (len(arts) == 0 || (mix.Mix.TimetableEvery > 0 && r.artSinceTable >= mix.Mix.TimetableEvery)) &&
		(len(texts) == 0 || r.artSinceTable >= r.artSinceText) {
		it := after(tables, r.lastTable)
		r.lastTable, r.artSinceTable = sortKey(it), 0
		return it, true
	}
	if len(texts) > 0 && (len(arts) == 0 || (mix.Mix.AnnouncementEvery > 0 && r.artSinceText >= mix.Mix.AnnouncementEvery)) {
		it := after(texts, r.lastText)
		r.lastText, r.artSinceText = sortKey(it), 0
		return it, true
	}
	if len(arts) > 0 {
		it := after(arts, r.lastArt)
		r.lastArt = sortKey(it)
		r.artSinceText++
		r.artSinceTable++
		return it, true
	}
	if len(urgent) > 0 {
		it := after(urgent, r.lastUrgent)
		r.lastUrgent, r.sinceUrgent = sortKey(it), 0
		return it, true
	}
	return Item{}, false
}

// after returns the item whose key comes next after last, wrapping round to
// the first: each item gets its turn once per round, and one that arrives
// mid-round takes its place in it (or the next one's, if its key sorts
// before last). It needs no order of items.
func after(items []Item, last string) Item {
	next, first := -1, 0
	var nextKey, firstKey string
	for i, it := range items {
		k := sortKey(it)
		if i == 0 || k < firstKey {
			first, firstKey = i, k
		}
		if k > last && (next < 0 || k < nextKey) {
			next, nextKey = i, k
		}
	}
	if next < 0 {
		return items[first]
	}
	return items[next]
}
