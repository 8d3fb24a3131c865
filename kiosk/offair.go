package kiosk

import (
	"context"
	"fmt"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// OffAir is a slide of the playlist that is not shown now, and why: what
// the staff panel lists beside the counts, so staff who count four
// announcements while one plays see when the others come on.
type OffAir struct {
	Item Item
	// Schedule is the item's schedule at the time asked: why it keeps the
	// item off and when it comes on (OnNow when the schedule is not why).
	Schedule slides.ScheduleState
	// Disabled: the item is switched off in the store.
	Disabled bool
	// OtherScreen: kiosk.toml's [screens] give this screen other kinds or
	// folders.
	OtherScreen bool
}

// OffAirAt lists the slides of items (tracks are no slides) that screen
// does not show at t (in the centre's zone) under cfg, each with why, in
// the order of items.
func OffAirAt(items []Item, t time.Time, cfg Config, screen string) []OffAir {
	var off []OffAir
	for _, it := range items {
		if it.Kind == KindTrack || !it.Live() {
			continue
		}
		o := OffAir{Item: it, Schedule: it.Schedule.StateAt(t), Disabled: !it.Enabled,
			OtherScreen: !cfg.Shows(screen, it)}
		if o.Schedule.On() && !o.Disabled && !o.OtherScreen {
			continue
		}
		off = append(off, o)
	}
	return off
}

// OffAir lists the slides this kiosk's screen does not show now, and why.
func (k *Kiosk) OffAir(ctx context.Context) ([]OffAir, error) {
	items, err := k.Store.Items(ctx)
	if err != nil {
		return nil, fmt.Errorf("off-air items: %w", err)
	}
	screen := k.Opts.Screen
	return OffAirAt(items, k.Now(), k.Config().ForScreen(screen), screen), nil
}
