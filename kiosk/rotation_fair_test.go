package kiosk

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// TestFairAirtimeOverASimulatedDay runs the rotation through a day of 12
// hours with announcements, the timetable and two exhibitions; works arrive
// at 10:00 and 15:30 (sorting before and after the others) and one is
// withdrawn at 13:00. Every work gets its equal share of the artworks'
// time while it was there, within 10 %, and no work comes round again before every work that
// was there the whole time has had its turn.
func TestFairAirtimeOverASimulatedDay(t *testing.T) {
	cfg := DefaultConfig()
	items := []Item{
		{ID: 900, Kind: KindTimetable, Source: "clubs/", Enabled: true},
		text(901, "announcements/open-day.md", slides.Normal),
		text(902, "announcements/concert.md", slides.Normal),
	}
	id := int64(0)
	addArt := func(exh, name string) {
		id++
		items = append(items, Item{ID: id, Kind: KindArtwork, Source: "artworks/" + exh + "/" + name, Enabled: true,
			Meta: Meta{Exhibition: exh}})
	}
	for _, n := range []string{"b.jpg", "d.jpg", "f.jpg", "h.jpg", "k.jpg"} {
		addArt("Көктем", n)
	}
	for _, n := range []string{"a.jpg", "c.jpg", "e.jpg"} {
		addArt("Жаз", n)
	}
	start := time.Date(2026, 6, 1, 8, 0, 0, 0, time.UTC)
	end := start.Add(12 * time.Hour)
	arrived := map[int64]time.Time{}
	left := map[int64]time.Time{}
	airtime := map[int64]time.Duration{}
	fair := map[int64]float64{} // seconds each work would have had in equal shares
	var shows []struct {
		id int64
		at time.Time
	}
	var r Rotation
	events := []struct {
		at time.Time
		do func(now time.Time)
	}{
		{start.Add(2 * time.Hour), func(time.Time) { addArt("Көктем", "a0.jpg"); addArt("Көктем", "z9.jpg") }},
		{start.Add(5 * time.Hour), func(now time.Time) {
			for i := range items {
				if items[i].Source == "artworks/Көктем/f.jpg" {
					items[i].Meta.Consent = &slides.Consent{Withdrawn: true}
					left[items[i].ID] = now
				}
			}
		}},
		{start.Add(7*time.Hour + 30*time.Minute), func(time.Time) { addArt("Жаз", "b5.jpg") }},
	}
	for now := start; now.Before(end); {
		for len(events) > 0 && !now.Before(events[0].at) {
			events[0].do(now)
			events = events[1:]
		}
		for _, it := range items {
			if _, ok := arrived[it.ID]; !ok && it.Kind == KindArtwork {
				arrived[it.ID] = now
			}
		}
		it, ok := r.Next(slices.Clone(items), now, cfg)
		if !ok {
			t.Fatal("nothing to show")
		}
		d := cfg.Duration(it)
		if it.Kind == KindArtwork {
			// A fair share of this artwork slot for each work there now.
			var present []int64
			for id := range arrived {
				if l, gone := left[id]; !gone || l.After(now) {
					present = append(present, id)
				}
			}
			for _, id := range present {
				fair[id] += d.Seconds() / float64(len(present))
			}
			airtime[it.ID] += d
			shows = append(shows, struct {
				id int64
				at time.Time
			}{it.ID, now})
		}
		now = now.Add(d)
	}
	// Each work's airtime against its equal share of the time it was there.
	rate := map[int64]float64{}
	lo, hi := 1e18, 0.0
	for id := range arrived {
		rate[id] = airtime[id].Seconds() / fair[id]
		lo, hi = min(lo, rate[id]), max(hi, rate[id])
	}
	if lo < 0.9 || hi > 1.1 {
		t.Errorf("airtime is %.3f-%.3f of the equal share, more than 10 %% off: %v", lo, hi, rate)
	}
	for id := range arrived {
		if airtime[id] == 0 {
			t.Errorf("work %d was never shown", id)
		}
	}
	// No repeat before the others' turn.
	last := map[int64]int{}
	for i, s := range shows {
		if j, ok := last[s.id]; ok {
			seen := map[int64]bool{}
			for _, o := range shows[j+1 : i] {
				seen[o.id] = true
			}
			for other, from := range arrived {
				gone, isGone := left[other]
				there := !from.After(shows[j].at) && (!isGone || gone.After(s.at))
				if other != s.id && there && !seen[other] {
					t.Fatalf("work %d shown at %s and again at %s before work %d had its turn",
						s.id, shows[j].at.Format("15:04:05"), s.at.Format("15:04:05"), other)
				}
			}
		}
		last[s.id] = i
	}
	t.Logf("airtime %.3f-%.3f of the equal share over %d works", lo, hi, len(rate))
}

// TestNoChildsNameInProofOfPlay: the database file and `kiosk stats` never
// hold an author's surname (names = first), nor any name with names = none.
func TestNoChildsNameInProofOfPlay(t *testing.T) {
	for _, policy := range []string{"first", "none"} {
		t.Run(policy, func(t *testing.T) {
			f := newFixture(t)
			f.in.SetPrivacy(PrivacyConfig{Names: policy})
			f.write("artworks/Күз/a.jpg", jpegBytes(20, 20, 1))
			f.write("artworks/Күз/labels.csv", []byte("file,title,author,age\na.jpg,Алма,Дана Әбдірахманова,13\n"))
			f.scan()
			it := f.items()["artworks/Күз/a.jpg"]
			show := &Show{Store: f.in.Store, Screen: "hall"}
			ctx := context.Background()
			at := time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC)
			for i := range 5 {
				show.Played(ctx, it, at.Add(time.Duration(i)*10*time.Second), 10*time.Second)
			}
			rows, err := Stats(ctx, f.in.Store, at.Add(-time.Hour), time.UTC, slides.Langs)
			if err != nil {
				t.Fatal(err)
			}
			var csv strings.Builder
			for _, r := range rows {
				fmt.Fprintf(&csv, "%+v\n", r)
			}
			if !strings.Contains(csv.String(), "Алма") {
				t.Fatalf("stats without the work: %s", csv.String())
			}
			forbidden := []string{"Әбдірахманова"}
			if policy == "none" {
				forbidden = append(forbidden, "Дана")
			}
			db := f.in.Store.Path()
			f.in.Store.Close()
			var all []byte
			for _, suffix := range []string{"", "-wal", "-shm"} {
				b, _ := os.ReadFile(db + suffix)
				all = append(all, b...)
			}
			if len(all) == 0 {
				t.Fatalf("no database at %s", filepath.Base(db))
			}
			for _, name := range forbidden {
				if strings.Contains(string(all), name) {
					t.Errorf("the database holds %q", name)
				}
				if strings.Contains(csv.String(), name) {
					t.Errorf("stats print %q", name)
				}
			}
		})
	}
}
