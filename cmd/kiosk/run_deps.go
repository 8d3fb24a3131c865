package main

import (
	"context"
	"crypto/subtle"
	"image"
	"slices"
	"time"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/media"
	"github.com/shygarmashylyq/kiosk/ui"
)

// displayDeps is what the display consumes of k (Shown is the caller's).
func displayDeps(k *kiosk.Kiosk) ui.Deps {
	return ui.Deps{
		Slides:        k.Show,
		Clubs:         clubSource{k},
		Status:        statusSource{k},
		Staff:         staffControl{k},
		Sound:         k,
		Settings:      func() ui.Settings { return displaySettings(k.Config()) },
		Now:           k.Now,
		TimetableRows: func(n int) { k.Show.RowsPerPage.Store(int32(n)) },
		Content:       k.Opts.Content,
		InView:        func(in bool) { k.Show.SetInView("touch", in) },
		Power:         k.Display,
	}
}

// guardConsent runs k's watch over the slide on screen until ctx ends; the
// channel delivers when that slide may no longer be shown.
func guardConsent(ctx context.Context, k *kiosk.Kiosk) <-chan struct{} {
	takeOff := make(chan struct{}, 1)
	k.Show.Advance = func() {
		select {
		case takeOff <- struct{}{}:
		default:
		}
	}
	go k.Show.Guard(ctx)
	return takeOff
}

// displaySettings are the display's settings in cfg.
func displaySettings(cfg kiosk.Config) ui.Settings {
	return ui.Settings{
		Langs:      cfg.LangOrder(),
		Transition: seconds(cfg.Transition),
		Idle:       seconds(cfg.IdleTimeout),
	}
}

func seconds(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

// clubSource is the club browser's view of the kiosk: its clubs,
// artworks and touch log, and QR codes for the sign-up addresses.
type clubSource struct{ *kiosk.Kiosk }

func (clubSource) SignupQR(url string, px int) (image.Image, error) { return media.QRCode(url, px) }

// statusSource is what the staff panel shows of the kiosk.
type statusSource struct{ k *kiosk.Kiosk }

// Status is `kiosk status` of this kiosk, with this process's running
// facts (the music) in Running.
func (s statusSource) Status(ctx context.Context) (kiosk.Status, error) {
	st, err := kiosk.BuildStatus(ctx, s.k.Store)
	if err == nil {
		err = st.AddConsent(ctx, s.k.Store, s.k.Config(), s.k.Now())
	}
	st.Version, st.Content, st.DB = kiosk.Version, s.k.Opts.Content, s.k.Store.Path()
	if st.Running == nil {
		st.Running = &kiosk.RunFacts{}
	}
	if music := s.k.RuntimeFacts(); music != nil {
		st.Running.MusicFacts = music
	}
	for _, w := range s.k.Warnings() {
		if !slices.Contains(st.Warnings, w) {
			st.Warnings = append(st.Warnings, w)
		}
	}
	return st, err
}

// FreeDisk is the space left where the database and renditions are.
func (s statusSource) FreeDisk() (uint64, error) {
	return s.k.FreeSpace() // of the database and renditions, not of the content folder
}

// OffAir lists the slides this screen does not show now, and why.
func (s statusSource) OffAir(ctx context.Context) ([]kiosk.OffAir, error) { return s.k.OffAir(ctx) }

// staffControl is what staff change behind the PIN.
type staffControl struct{ k *kiosk.Kiosk }

// CheckPIN reports whether pin is the PIN of kiosk.toml; with none set, no
// PIN opens the panel.
func (s staffControl) CheckPIN(pin string) bool {
	want := s.k.Config().PIN
	return want != "" && subtle.ConstantTimeCompare([]byte(pin), []byte(want)) == 1
}

// Rescan asks for a full scan at once.
func (s staffControl) Rescan() { s.k.RescanNow() }
