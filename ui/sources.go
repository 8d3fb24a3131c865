package ui

import (
	"context"
	"image"
	"time"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/media"
	"github.com/shygarmashylyq/kiosk/slides"
)

// What the display consumes from the rest of the kiosk. cmd/kiosk (run.go)
// builds the kiosk, starts its work and hands Run these; the display knows
// nothing else of it.

// Deps are the display's view of the running kiosk.
type Deps struct {
	Slides SlideSource  // the rotation
	Clubs  ClubSource   // the club browser's clubs, artworks and touch log
	Status StatusSource // what the staff panel shows
	Staff  StaffControl // what staff do behind the PIN
	Sound  SoundControl // the background music
	// Settings are the display's settings in force; called again at each
	// use, as kiosk.toml applies live.
	Settings func() Settings
	// Now is the centre's clock: local time in its time zone.
	Now func() time.Time
	// Shown is told of each slide put on screen (off the UI goroutine).
	Shown func(kiosk.Item)
	// TimetableRows is told how many sessions fit a timetable page on this
	// screen, at the start and when the screen turns.
	TimetableRows func(n int)
	// Content is the content folder, named on the "nothing to show" slide.
	Content string
	// InView is told whether the slides can be seen: false while the club
	// browser or the staff panel covers them (that time is not airtime).
	InView func(bool)
	// TakeOff, when it delivers, says the slide on screen may no longer be
	// shown (its consent ended, it was withdrawn): the show moves on at once.
	TakeOff <-chan struct{}
	// Power, if set, switches the display by the opening hours: the window
	// goes black while it is off, and a touch or a key wakes it.
	Power DisplayPower
	// ClockJumped, if set, says the system clock jumped: the slide on
	// screen gives way to one chosen by the schedules as they are now.
	ClockJumped <-chan struct{}
	// Snapshot, if set, is handed a picture of the window after a slide
	// has fully appeared (never mid-transition), when it wants one.
	Snapshot Snapshotter
	// ClipAudio, if set, is where a clip with `sound` on plays its own
	// sound (the background music is lowered meanwhile, through Sound).
	ClipAudio media.Output
}

// Snapshotter takes pictures of the window for the screen's report. Both
// are called on the UI goroutine and return at once: the scaling and
// encoding are the snapshotter's, on its own goroutine.
type Snapshotter interface {
	WantSnapshot() bool
	TakeSnapshot(img image.Image, source string)
}

// DisplayPower is the display's power by the opening hours.
type DisplayPower interface {
	// Notify has f told of each change from now on (off the UI goroutine),
	// and of the state now.
	Notify(f func(on bool))
	// Wake turns a closed screen on for a while (a touch or a key).
	Wake()
	// Off reports whether the display is off now.
	Off() bool
}

// Settings are the display's own settings from kiosk.toml.
type Settings struct {
	Langs      []slides.Lang // the centre's language order
	Transition time.Duration // the crossfade between slides
	Idle       time.Duration // the browser closes after this long untouched
}

// SlideSource gives the slideshow its slides, prepared off the UI goroutine.
type SlideSource interface {
	// Next picks and prepares the next slide (reads the store, decodes).
	Next(ctx context.Context) (kiosk.Slide, error)
	// Still reports whether a prepared slide may still be shown (its file
	// may have gone while it waited).
	Still(ctx context.Context, s kiosk.Slide) bool
	// Played records a slide that was on screen.
	Played(ctx context.Context, it kiosk.Item, start time.Time, shown time.Duration) error
}

// ClubSource is what the club browser reads, off the UI goroutine.
type ClubSource interface {
	Clubs(ctx context.Context) ([]kiosk.Club, error)
	// ClubPhoto fits the club's photo in a box x box square; an error when
	// it has none shows a coloured placeholder with the club's initial.
	ClubPhoto(ctx context.Context, c kiosk.Club, box int) (image.Image, error)
	Artworks(ctx context.Context) ([]kiosk.Item, error)
	Picture(ctx context.Context, it kiosk.Item) (image.Image, error)
	// SignupQR is the QR code of a sign-up address, px pixels wide.
	SignupQR(url string, px int) (image.Image, error)
	TouchRecorder
}

// TouchRecorder logs what visitors do on the touchscreen: kiosk.TouchOpen,
// TouchClose, TouchClub, TouchFilter, TouchLang, TouchArtwork.
type TouchRecorder interface {
	Touch(ctx context.Context, t kiosk.Touch) error
}

// StatusSource is what the staff panel reads, off the UI goroutine.
type StatusSource interface {
	// Status is what `kiosk status` says, with the running kiosk's facts
	// (music, track) in Running.
	Status(ctx context.Context) (kiosk.Status, error)
	// FreeDisk is the free space where the database and renditions are, in bytes.
	FreeDisk() (uint64, error)
	// OffAir lists the slides this screen does not show now, each with
	// why and when it comes on (kiosk.OffAirAt).
	OffAir(ctx context.Context) ([]kiosk.OffAir, error)
}

// StaffControl is what staff change behind the PIN; called on the UI
// goroutine, so each returns at once.
type StaffControl interface {
	CheckPIN(pin string) bool // the PIN of kiosk.toml
	Rescan()                  // a full scan of the content folder, soon
}

// SoundControl is the background music's switches. The display calls them
// off the UI goroutine; Muted returns at once.
type SoundControl interface {
	Muted() bool
	SetMuted(bool)    // the staff mute
	SetBrowsing(bool) // lower the music while a visitor browses
	// SetClipSound silences the music (with a fade) while a video clip's
	// own sound plays, and brings it back after.
	SetClipSound(bool)
}
