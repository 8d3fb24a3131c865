package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
)

// addTouchLayers puts the clubs button, the club browser, the staff panel
// and the hidden corner over the slideshow. Call on the UI goroutine.
func (dp *display) addTouchLayers() {
	br := NewClubBrowser(dp.deps.Clubs, dp.langs, dp.deps.Settings().Idle, dp.sync)
	br.SetClock(dp.deps.Now)
	pn := NewStaffPanel(dp.staff, dp.langs, dp.sync)
	pn.SetClock(dp.deps.Now)
	dp.browser, dp.panel = br, pn
	openBrowser := func() {
		if !pn.IsOpen() && dp.offer.has {
			br.Open()
			dp.sync()
		}
	}
	corner := NewCornerPress(5*time.Second, func() { pn.Open(); dp.sync() })
	corner.OnTap = openBrowser
	launcher := NewClubsLauncher(dp.langs, openBrowser)
	dp.offer = newClubsOffer(launcher, dp.show, ClubsLauncherCorner(dp.langs))
	dp.root.Objects = []fyne.CanvasObject{dp.show.Content(), launcher,
		br.Content(), pn.Content(), corner.Layer(), dp.cover, dp.screen, dp.hider}
	dp.root.Refresh()
}

// sync brings the slideshow, the music and the pointer in line with who
// uses the screen: the show holds while a visitor browses or staff pause
// it. Call on the UI goroutine.
func (dp *display) sync() {
	browsing := dp.browser != nil && dp.browser.IsOpen()
	panelOpen := dp.panel != nil && dp.panel.IsOpen()
	dp.touchOpen.Store(browsing || panelOpen)
	if dp.deps.InView != nil {
		dp.deps.InView(!browsing && !panelOpen) // behind them a slide is not airtime
	}
	dp.show.SetPaused(browsing || dp.staff.paused.Load())
	go dp.deps.Sound.SetBrowsing(browsing)
	// The pointer shows while someone uses the screen with a mouse.
	if browsing || panelOpen {
		dp.hider.Hide()
	} else {
		dp.hider.Show()
	}
}

// closeWhenIdle closes the browser and the panel when nobody has touched
// them for their idle time, until ctx ends.
func (dp *display) closeWhenIdle(ctx context.Context) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if !dp.touchOpen.Load() {
			continue // nothing to time out: do not wake the UI
		}
		now, idle := dp.deps.Now(), dp.deps.Settings().Idle
		fyne.Do(func() {
			dp.browser.SetIdle(idle)
			if dp.browser.CheckIdle(now) || dp.panel.CheckIdle(now) {
				dp.sync()
			}
		})
	}
}
