package kiosk

import (
	"context"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// ConsentSoonDays is how far ahead `kiosk status` counts the works whose
// consent ends, so staff can ask the parents in time.
const ConsentSoonDays = 14

// WithheldWork is an artwork kept off the screen by its consent, or one
// whose consent ends soon, as `kiosk status --json` gives it. It never
// holds the child's name.
type WithheldWork struct {
	Source     string       `json:"source"`
	Exhibition string       `json:"exhibition,omitempty"`
	Title      slides.Text  `json:"title"`
	Code       WithheldCode `json:"code,omitempty"`
	Reason     string       `json:"reason,omitempty"`  // English
	Reasons    slides.Text  `json:"reasons,omitempty"` // kk, ru, en
	// Until is the last day of its consent (2006-01-02), if it has one.
	Until string `json:"consent_until,omitempty"`
	// Row is the line of labels.csv that says so.
	Row int `json:"row,omitempty"`
}

// AddConsent fills in the works withheld at now and those whose consent
// ends within ConsentSoonDays, under cfg's [privacy] and time zone.
func (st *Status) AddConsent(ctx context.Context, s *Store, cfg Config, now time.Time) error {
	loc, err := cfg.Location()
	if err != nil {
		loc = time.Local
	}
	now = now.In(loc)
	items, err := s.ItemsOfKind(ctx, KindArtwork)
	if err != nil {
		return err
	}
	soon := now.AddDate(0, 0, ConsentSoonDays)
	st.Withheld, st.ConsentEnding, st.ConsentEndingSoon = []WithheldWork{}, []WithheldWork{}, 0
	for _, it := range items {
		w := WithheldWork{Source: it.Source, Exhibition: it.Meta.Exhibition, Title: orEmpty(it.Title)}
		if c := it.Meta.Consent; c != nil {
			w.Until, w.Row = c.Until, c.Row
		}
		if why, held := Withheld(it, now, cfg.Privacy); held {
			w.Code, w.Reasons, w.Reason = why.Code, why.Reason, why.Reason[slides.EN]
			st.Withheld = append(st.Withheld, w)
			continue
		}
		if end, ok := ConsentEnds(it, loc); ok && end.After(now) && !end.After(soon) {
			st.ConsentEnding = append(st.ConsentEnding, w)
		}
	}
	st.ConsentEndingSoon = len(st.ConsentEnding)
	return nil
}

// consentUntil is an item's last day of consent, "" if it has none.
func consentUntil(it Item) string {
	if it.Meta.Consent == nil {
		return ""
	}
	return it.Meta.Consent.Until
}
