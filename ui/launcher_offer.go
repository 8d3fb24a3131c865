package ui

import (
	"context"
	"log/slog"
	"time"

	"fyne.io/fyne/v2"
)

// clubsOffer offers the clubs button (and the tap anywhere that opens the
// browser) only while there are clubs to browse: a centre with no clubs
// file shows no button that leads to an empty page. Touched on the UI
// goroutine only.
type clubsOffer struct {
	launcher fyne.CanvasObject
	show     *Slideshow
	corner   fyne.Size // what the button covers, kept clear while it shows
	has      bool
}

func newClubsOffer(launcher fyne.CanvasObject, show *Slideshow, corner fyne.Size) *clubsOffer {
	o := &clubsOffer{launcher: launcher, show: show, corner: corner, has: true}
	o.set(false)
	return o
}

// set shows the button when there are clubs and hides it when there are
// none; the slides take back the corner it leaves.
func (o *clubsOffer) set(has bool) {
	if o.has == has {
		return
	}
	o.has = has
	if has {
		o.launcher.Show()
		o.show.KeepClear(o.corner)
	} else {
		o.launcher.Hide()
		o.show.KeepClear(fyne.Size{})
	}
}

// hasClubs reports whether src has any club; an error counts as none, and
// is logged, so a broken store never offers an empty browser.
func hasClubs(ctx context.Context, src ClubSource) bool {
	cs, err := src.Clubs(ctx)
	if err != nil {
		if ctx.Err() == nil {
			slog.Warn("clubs for the clubs button", "err", err)
		}
		return false
	}
	return len(cs) > 0
}

// watchClubs asks src every so often whether there are clubs and tells set
// on the UI goroutine, until ctx ends: the button comes back when staff
// copy a clubs file in.
func watchClubs(ctx context.Context, src ClubSource, every time.Duration, set func(bool)) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		has := hasClubs(ctx, src)
		if ctx.Err() != nil {
			return
		}
		fyne.Do(func() { set(has) })
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
