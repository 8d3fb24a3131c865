package kiosk

import (
	"context"
	"sort"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// TimetableRow is one session of today on the timetable slide.
type TimetableRow struct {
	Name, Category  slides.Text
	Start, End      slides.Clock
	Room            string
	AgeFrom, AgeTo  int
	Now, Next       bool // on now; the next to start
	ClubID, GroupID string
}

// Timetable is one page of "Today at the centre".
type Timetable struct {
	Day         time.Time   // the day shown
	Category    slides.Text // set when the page is one category's
	Rows        []TimetableRow
	Page, Pages int // 1-based
}

// DefaultRowsPerPage is how many sessions one timetable page holds on a
// landscape screen.
const DefaultRowsPerPage = 6

// TodayTimetable makes the pages of today's sessions at t that have not
// ended, in time order, perPage to a page. With more than two pages of
// sessions and several categories, each category gets its own pages.
func TodayTimetable(clubs []Club, t time.Time, perPage int) []Timetable {
	if perPage <= 0 {
		perPage = DefaultRowsPerPage
	}
	var rows []TimetableRow
	var left []slides.Session
	for _, c := range clubs {
		for _, s := range c.Sessions {
			if !s.LeftAt(t) {
				continue
			}
			left = append(left, s)
			rows = append(rows, TimetableRow{Name: c.Name, Category: c.Category, Start: s.Start, End: s.End,
				Room: s.Room, AgeFrom: c.AgeFrom, AgeTo: c.AgeTo, Now: s.OnAt(t), ClubID: c.ID, GroupID: s.Group})
		}
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].Start != rows[j].Start {
			return rows[i].Start < rows[j].Start
		}
		return rows[i].Name.Get(slides.Langs) < rows[j].Name.Get(slides.Langs)
	})
	if next, ok := slides.NextStart(left, t); ok {
		for i := range rows {
			rows[i].Next = rows[i].Start == next
		}
	}
	dayStart := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
	if len(rows) <= 2*perPage {
		return paginate(rows, dayStart, nil, perPage)
	}
	var cats []string
	byCat := map[string][]TimetableRow{}
	catText := map[string]slides.Text{}
	for _, r := range rows {
		key := r.Category.Get(slides.Langs)
		if _, ok := byCat[key]; !ok {
			cats = append(cats, key)
			catText[key] = r.Category
		}
		byCat[key] = append(byCat[key], r)
	}
	if len(cats) < 2 {
		return paginate(rows, dayStart, nil, perPage)
	}
	var pages []Timetable
	for _, c := range cats {
		pages = append(pages, paginate(byCat[c], dayStart, catText[c], perPage)...)
	}
	return pages
}

func paginate(rows []TimetableRow, day time.Time, cat slides.Text, perPage int) []Timetable {
	var pages []Timetable
	for start := 0; start < len(rows); start += perPage {
		end := min(start+perPage, len(rows))
		pages = append(pages, Timetable{Day: day, Category: cat, Rows: rows[start:end]})
	}
	for i := range pages {
		pages[i].Page, pages[i].Pages = i+1, len(pages)
	}
	return pages
}

// timetableSlides makes the slides of a timetable item at t; none when no
// session is left today.
func (s *Show) timetableSlides(ctx context.Context, it Item, t time.Time, cfg Config) ([]Slide, error) {
	clubs, err := s.Store.Clubs(ctx)
	if err != nil {
		return nil, err
	}
	pages := TodayTimetable(clubs, t, int(s.RowsPerPage.Load()))
	out := make([]Slide, len(pages))
	// Headings and club names turn through the languages from one showing
	// to the next, as announcements do; the pages of one showing agree.
	var langs []slides.Lang
	if len(pages) > 0 {
		order := cfg.LangOrder()
		langs = s.turn(it.ID, order, order)
	}
	for i := range pages {
		out[i] = Slide{Item: it, Timetable: &pages[i], Duration: cfg.Duration(it), Langs: langs}
	}
	return out, nil
}
