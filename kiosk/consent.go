package kiosk

import (
	"strconv"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// PrivacyConfig is kiosk.toml's [privacy]: how children's names are shown
// and whether a work needs a consent date to be shown at all. A labels.csv
// row (or its folder's "*" row) can say otherwise for its works.
type PrivacyConfig struct {
	Names          string `toml:"names"`           // full, first or none [first]
	RequireConsent bool   `toml:"require_consent"` // a work with no consent_until is not shown [false]
}

// NamePolicy is the names setting as a policy; anything unreadable is
// first (LoadConfig refuses it anyway).
func (p PrivacyConfig) NamePolicy() slides.NamePolicy {
	if n, ok := slides.ParseNamePolicy(p.Names); ok {
		return n
	}
	return slides.NamesFirst
}

// WithheldCode says why a work is kept off the screen. The words are stable
// (`kiosk status --json`).
type WithheldCode string

// The reasons a work is withheld.
const (
	WithheldWithdrawn  WithheldCode = "withdrawn"          // the withdrawn column has something in it
	WithheldEnded      WithheldCode = "consent_ended"      // consent_until has passed
	WithheldNoConsent  WithheldCode = "no_consent"         // require_consent and no consent_until
	WithheldUnreadable WithheldCode = "consent_unreadable" // consent_until cannot be read
)

// Withholding is why a work may not be shown, with the reason for staff.
type Withholding struct {
	Code   WithheldCode
	Reason slides.Text
}

// Withheld reports whether what a parent allowed keeps an artwork off the
// screen at t (in the centre's zone): withdrawn, past its consent_until
// (from midnight after that day), an unreadable date, or no date where
// consent is required. Other kinds are never withheld.
func Withheld(it Item, t time.Time, p PrivacyConfig) (Withholding, bool) {
	if it.Kind != KindArtwork {
		return Withholding{}, false
	}
	var c slides.Consent
	if it.Meta.Consent != nil {
		c = *it.Meta.Consent
	}
	require := p.RequireConsent
	if c.Require != nil {
		require = *c.Require
	}
	switch {
	case c.Withdrawn:
		return Withholding{WithheldWithdrawn, slides.Text{
			slides.KK: "келісім кері алынды", slides.RU: "согласие отозвано", slides.EN: "withdrawn"}}, true
	case c.Unreadable != "":
		return Withholding{WithheldUnreadable, slides.Text{
			slides.KK: "келісім мерзімі түсініксіз «" + c.Unreadable + "» (labels.csv, " + strconv.Itoa(c.Row) + "-жол)",
			slides.RU: "непонятный срок согласия «" + c.Unreadable + "» (labels.csv, строка " + strconv.Itoa(c.Row) + ")",
			slides.EN: `consent date "` + c.Unreadable + `" cannot be read (labels.csv, row ` + strconv.Itoa(c.Row) + ")"}}, true
	case c.Until != "" && t.Format(slides.DateLayout) > c.Until:
		d := dayMonthYear(c.Until)
		return Withholding{WithheldEnded, slides.Text{
			slides.KK: "келісім мерзімі " + d + " аяқталды", slides.RU: "согласие закончилось " + d, slides.EN: "consent ended " + d}}, true
	case require && c.Until == "":
		return Withholding{WithheldNoConsent, slides.Text{
			slides.KK: "келісім мерзімі жазылмаған (require_consent)",
			slides.RU: "не указан срок согласия (require_consent)",
			slides.EN: "no consent date (require_consent)"}}, true
	}
	return Withholding{}, false
}

// ShowableUnder is Showable with what parents allowed applied.
func ShowableUnder(it Item, t time.Time, p PrivacyConfig) bool {
	if !Showable(it, t) {
		return false
	}
	_, held := Withheld(it, t, p)
	return !held
}

// ConsentEnds is when an artwork's consent runs out: midnight after its
// consent_until day in loc. ok is false when it has no date.
func ConsentEnds(it Item, loc *time.Location) (time.Time, bool) {
	if it.Kind != KindArtwork || it.Meta.Consent == nil || it.Meta.Consent.Until == "" {
		return time.Time{}, false
	}
	d, err := time.ParseInLocation(slides.DateLayout, it.Meta.Consent.Until, loc)
	if err != nil {
		return time.Time{}, false
	}
	return d.AddDate(0, 0, 1), true
}

// AuthorShown is an artwork's author as every screen, list and report
// shows it: through slides.DisplayName with the name policy the label was
// taken under (its show_name, else kiosk.toml's [privacy] names; first if
// it has none). The store keeps no more of the name than that already.
func AuthorShown(it Item) slides.Text {
	p := it.Meta.Names
	if p == "" {
		p = slides.NamesFirst
	}
	return slides.DisplayName(it.Meta.Author, p)
}

// namePolicyOf is a label's name policy, else the kiosk's.
func namePolicyOf(c slides.Consent, p PrivacyConfig) slides.NamePolicy {
	if c.Names != "" {
		return c.Names
	}
	return p.NamePolicy()
}

// dayMonthYear writes a DateLayout date as staff write it: 31.05.2026.
func dayMonthYear(d string) string {
	t, err := time.Parse(slides.DateLayout, d)
	if err != nil {
		return d
	}
	return t.Format("02.01.2006")
}
