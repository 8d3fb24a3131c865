package kiosk

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	_ "time/tzdata" // a zone name always resolves, even on a system without zoneinfo

	"github.com/BurntSushi/toml"

	"github.com/shygarmashylyq/kiosk/slides"
)

// Config is kiosk.toml: the settings that travel with the content folder.
// Every key has a default; docs/CONFIG.md documents them.
type Config struct {
	// Seconds each kind of slide stays on screen.
	Durations struct {
		Artwork      float64 `toml:"artwork"`
		Announcement float64 `toml:"announcement"`
		Poster       float64 `toml:"poster"`
		Timetable    float64 `toml:"timetable"`
	} `toml:"durations"`
	// How often texts come between artworks.
	Mix struct {
		AnnouncementEvery int `toml:"announcement_every"` // an announcement after every N artworks
		TimetableEvery    int `toml:"timetable_every"`    // the timetable after every N artworks
		UrgentEvery       int `toml:"urgent_every"`       // an urgent item recurs every N slides
	} `toml:"mix"`
	Languages     []string `toml:"languages"`      // fallback order of content languages
	Timezone      string   `toml:"timezone"`       // the centre's zone; "" = the system's
	Transition    float64  `toml:"transition"`     // crossfade seconds
	RescanSeconds float64  `toml:"rescan_seconds"` // periodic full rescan
	MaxMegapixels float64  `toml:"max_megapixels"` // larger images are refused
	// MaxVideoSeconds: longer clips are refused (a concert is cut into its
	// dances).
	MaxVideoSeconds float64     `toml:"max_video_seconds"`
	IdleTimeout     float64     `toml:"idle_timeout"`   // seconds before the club browser returns to the show
	PIN             string      `toml:"pin"`            // staff panel PIN
	RetentionDays   int         `toml:"retention_days"` // proof of play older than this is deleted
	ReportSeconds   float64     `toml:"report_seconds"` // how often a screen writes its report (docs/FLEET.md)
	Music           MusicConfig `toml:"music"`
	// Privacy says how children's names show and whether consent is needed.
	Privacy PrivacyConfig `toml:"privacy"`
	Hours   HoursConfig   `toml:"hours"` // opening hours: the screen sleeps while closed
	// Screens holds per-screen sections, chosen by `kiosk run --screen NAME`.
	Screens map[string]ScreenConfig `toml:"screens"`

	loc *time.Location // Timezone, parsed once when the settings are checked
}

// ScreenConfig narrows what one screen shows.
type ScreenConfig struct {
	Folders   []string    `toml:"folders"`   // only items under these folders, e.g. "artworks/Hall"
	Kinds     []string    `toml:"kinds"`     // only these kinds: artwork, announcement, poster, timetable
	Languages []string    `toml:"languages"` // this screen's language order
	Hours     HoursConfig `toml:"hours"`     // this screen's opening hours, instead of [hours]
	Reports   string      `toml:"reports"`   // the folder this screen writes its report into (docs/FLEET.md)
}

// ForScreen is the configuration as one named screen sees it; an unknown or
// empty name gives c unchanged.
func (c Config) ForScreen(name string) Config {
	sc, ok := c.Screens[name]
	if !ok {
		return c
	}
	if len(sc.Languages) > 0 {
		c.Languages = sc.Languages
	}
	if sc.Hours.Given {
		c.Hours = sc.Hours
	}
	return c
}

// Shows reports whether the named screen shows an item.
func (c Config) Shows(screen string, it Item) bool {
	sc, ok := c.Screens[screen]
	if !ok {
		return true
	}
	if len(sc.Kinds) > 0 && !slices.Contains(sc.Kinds, string(it.Kind)) {
		return false
	}
	if len(sc.Folders) == 0 || it.Kind == KindTimetable {
		return true
	}
	for _, f := range sc.Folders {
		f = strings.Trim(f, "/")
		if it.Source == f || strings.HasPrefix(it.Source, f+"/") {
			return true
		}
	}
	return false
}

// DefaultConfig is the configuration when kiosk.toml says nothing.
func DefaultConfig() Config {
	var c Config
	c.Durations.Artwork = 10
	c.Durations.Announcement = 15
	c.Durations.Poster = 12
	c.Durations.Timetable = 20
	c.Mix.AnnouncementEvery = 4
	c.Mix.TimetableEvery = 8
	c.Mix.UrgentEvery = 3
	c.Languages = []string{"kk", "ru", "en"}
	c.Transition = 0.6
	c.RescanSeconds = 60
	c.MaxMegapixels = 100
	c.MaxVideoSeconds = 180
	c.IdleTimeout = 60
	c.PIN = "2468"
	c.RetentionDays = 400
	c.ReportSeconds = 60
	c.Music = MusicConfig{Enabled: true, Volume: 0.5, BrowsingVolume: 0.2}
	c.Privacy = PrivacyConfig{Names: string(slides.NamesFirst)}
	return c
}

// LoadConfig reads dir/kiosk.toml over the defaults. A missing file is no
// error. Unknown keys come back as warnings. On error the defaults are
// returned with it; callers keep their last good configuration.
func LoadConfig(dir string) (Config, []string, error) {
	c := DefaultConfig()
	data, err := os.ReadFile(filepath.Join(dir, configFile))
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil, nil
	}
	if err != nil {
		return c, nil, fmt.Errorf("read %s: %w", configFile, err)
	}
	md, err := toml.Decode(string(data), &c)
	if err != nil {
		return DefaultConfig(), nil, fmt.Errorf("%s: %w", configFile, err)
	}
	var warnings []string
	for _, k := range md.Undecoded() {
		warnings = append(warnings, fmt.Sprintf("%s: unknown setting %q is ignored", configFile, k.String()))
	}
	if err := c.check(); err != nil {
		return DefaultConfig(), warnings, fmt.Errorf("%s: %w", configFile, err)
	}
	warnings = append(warnings, c.hoursWarnings()...)
	return c, warnings, nil
}

func (c *Config) check() error {
	for name, v := range map[string]float64{
		"durations.artwork": c.Durations.Artwork, "durations.announcement": c.Durations.Announcement,
		"durations.poster": c.Durations.Poster, "durations.timetable": c.Durations.Timetable,
	} {
		if v <= 0 || v > 24*3600 {
			return fmt.Errorf("%s must be more than 0 and at most 86400 seconds, not %v", name, v)
		}
	}
	for _, l := range c.Languages {
		if l != "kk" && l != "ru" && l != "en" {
			return fmt.Errorf("languages: %q is not one of kk, ru, en", l)
		}
	}
	c.loc = nil
	loc, err := c.Location()
	if err != nil {
		return err
	}
	c.loc = loc
	for name, sc := range c.Screens {
		for _, k := range sc.Kinds {
			switch Kind(k) {
			case KindArtwork, KindAnnouncement, KindPoster, KindTimetable:
			default:
				return fmt.Errorf("screens.%s.kinds: %q is not one of artwork, announcement, poster, timetable", name, k)
			}
		}
		for _, l := range sc.Languages {
			if l != "kk" && l != "ru" && l != "en" {
				return fmt.Errorf("screens.%s.languages: %q is not one of kk, ru, en", name, l)
			}
		}
	}
	for _, w := range c.Music.QuietHours {
		if _, err := slides.ParseTimeRange(w); err != nil {
			return fmt.Errorf("music.quiet_hours: %q: %w", w, err)
		}
	}
	if c.Music.Volume < 0 || c.Music.Volume > 1 || c.Music.BrowsingVolume < 0 || c.Music.BrowsingVolume > 1 {
		return fmt.Errorf("music volumes must be between 0 and 1")
	}
	if _, ok := slides.ParseNamePolicy(c.Privacy.Names); !ok {
		return fmt.Errorf("privacy.names: %q is not one of full, first, none", c.Privacy.Names)
	}
	if c.MaxMegapixels <= 0 {
		return fmt.Errorf("max_megapixels must be positive")
	}
	if c.MaxVideoSeconds <= 0 || c.MaxVideoSeconds > 24*3600 {
		return fmt.Errorf("max_video_seconds must be more than 0 and at most 86400, not %v", c.MaxVideoSeconds)
	}
	// A crossfade takes its time out of the slide: it may not be longer than
	// the shortest one (the show would only ever be fading).
	shortest := min(c.Durations.Artwork, c.Durations.Announcement, c.Durations.Poster, c.Durations.Timetable)
	if c.Transition < 0 || c.Transition > shortest {
		return fmt.Errorf("transition must be between 0 and the shortest slide's %g seconds, not %v", shortest, c.Transition)
	}
	return nil
}

// Location is the centre's time zone, as parsed when the settings were
// loaded.
func (c Config) Location() (*time.Location, error) {
	if c.loc != nil {
		return c.loc, nil
	}
	if c.Timezone == "" {
		return time.Local, nil
	}
	loc, err := time.LoadLocation(c.Timezone)
	if err != nil {
		return nil, fmt.Errorf("timezone %q: %w", c.Timezone, err)
	}
	return loc, nil
}

// LangOrder is the content language fallback order.
func (c Config) LangOrder() []slides.Lang {
	order := make([]slides.Lang, 0, 3)
	for _, l := range c.Languages {
		order = append(order, slides.Lang(l))
	}
	for _, l := range slides.Langs {
		if !containsLang(order, l) {
			order = append(order, l)
		}
	}
	return order
}

func containsLang(ls []slides.Lang, l slides.Lang) bool {
	for _, x := range ls {
		if x == l {
			return true
		}
	}
	return false
}

// Duration is how long an item stays on screen.
func (c Config) Duration(it Item) time.Duration {
	if v := it.Meta.Video; v != nil {
		// A clip plays once, to its end or to the duration its labels give.
		if it.Duration > 0 && it.Duration < v.Length() {
			return it.Duration
		}
		return v.Length()
	}
	if it.Duration > 0 {
		return it.Duration
	}
	secs := c.Durations.Artwork
	switch it.Kind {
	case KindAnnouncement:
		secs = c.Durations.Announcement
	case KindPoster:
		secs = c.Durations.Poster
	case KindTimetable:
		secs = c.Durations.Timetable
	}
	return time.Duration(secs * float64(time.Second))
}

// MaxVideo is the longest clip taken.
func (c Config) MaxVideo() time.Duration {
	return time.Duration(c.MaxVideoSeconds * float64(time.Second))
}

// MaxPixels is the image size limit in pixels.
func (c Config) MaxPixels() int64 { return int64(c.MaxMegapixels * 1e6) }
