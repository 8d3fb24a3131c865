package kiosk

import (
	"context"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"github.com/shygarmashylyq/kiosk/media"
	"github.com/shygarmashylyq/kiosk/slides"
)

// MusicConfig is the [music] section of kiosk.toml.
type MusicConfig struct {
	Enabled        bool     `toml:"enabled"`         // play the music folder at all
	Volume         float64  `toml:"volume"`          // 0..1
	BrowsingVolume float64  `toml:"browsing_volume"` // 0..1 while a visitor uses the touchscreen
	Shuffle        bool     `toml:"shuffle"`         // random order; else by file name
	QuietHours     []string `toml:"quiet_hours"`     // e.g. ["13:00-14:00", "19:00-09:00"]: no music
}

// music is the kiosk's background player and the state staff and visitors
// change.
type music struct {
	mu       sync.Mutex
	player   *media.Player
	muted    bool
	browsing bool
	clip     bool // a video clip's own sound plays
}

// RunMusic plays the tracks of the music folder through out until ctx ends,
// following the store (new, changed and removed tracks), quiet hours, the
// staff mute and the touchscreen.
func (k *Kiosk) RunMusic(ctx context.Context, out media.Output) {
	cfg := k.Config().Music
	p := media.NewPlayer(out, media.PlayerOptions{Volume: cfg.Volume, Shuffle: cfg.Shuffle})
	k.music.mu.Lock()
	k.music.player = p
	k.music.mu.Unlock()
	go func() {
		if err := p.Run(ctx); err != nil && ctx.Err() == nil {
			slog.Error("music stopped", "err", err)
		}
	}()
	t := time.NewTicker(2 * time.Second)
	defer t.Stop()
	for {
		k.applyMusic(ctx, p)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// applyMusic brings the player in line with the store and the settings.
func (k *Kiosk) applyMusic(ctx context.Context, p *media.Player) {
	cfg := k.Config()
	items, err := k.Store.ItemsOfKind(ctx, KindTrack)
	if err != nil {
		return
	}
	var tracks []string
	for _, it := range items {
		if it.Enabled {
			tracks = append(tracks, filepath.Join(k.Opts.Content, filepath.FromSlash(it.Source)))
		}
	}
	p.SetTracks(tracks)
	k.music.mu.Lock()
	muted, browsing, clip := k.music.muted, k.music.browsing, k.music.clip
	k.music.mu.Unlock()
	vol := cfg.Music.Volume
	if browsing {
		vol = cfg.Music.BrowsingVolume
	}
	p.SetVolume(vol)
	switch {
	case !cfg.Music.Enabled:
		p.SetSilenced("music is off in kiosk.toml")
	case muted:
		p.SetSilenced("muted by staff")
	case clip:
		p.SetSilenced("a video clip's own sound plays")
	case k.Display.Off():
		p.SetSilenced("the display is off: " + k.Display.State().Why)
	case inQuietHours(cfg.Music.QuietHours, k.Now()):
		p.SetSilenced("quiet hours")
	default:
		p.SetSilenced("")
	}
}

// inQuietHours reports whether t falls in one of the windows.
func inQuietHours(windows []string, t time.Time) bool {
	for _, w := range windows {
		r, err := slides.ParseTimeRange(w)
		if err != nil {
			continue
		}
		if (slides.Schedule{Hours: []slides.TimeRange{r}}).ActiveAt(t) ||
			(r.End < r.Start && slides.Clock(t.Hour()*60+t.Minute()) < r.End) {
			return true
		}
	}
	return false
}

// SetMuted mutes or unmutes the music (the staff panel).
func (k *Kiosk) SetMuted(m bool) { k.changeMusic(func(mu *music) { mu.muted = m }) }

// Muted reports the staff mute.
func (k *Kiosk) Muted() bool {
	k.music.mu.Lock()
	defer k.music.mu.Unlock()
	return k.music.muted
}

// SetBrowsing lowers the music while a visitor uses the touchscreen.
func (k *Kiosk) SetBrowsing(b bool) { k.changeMusic(func(mu *music) { mu.browsing = b }) }

// SetClipSound silences the music while a video clip's own sound plays.
func (k *Kiosk) SetClipSound(on bool) { k.changeMusic(func(mu *music) { mu.clip = on }) }

// changeMusic changes the music state and applies it at once.
func (k *Kiosk) changeMusic(change func(*music)) {
	k.music.mu.Lock()
	change(&k.music)
	p := k.music.player
	k.music.mu.Unlock()
	if p != nil {
		k.applyMusic(context.Background(), p)
	}
}

// MusicStatus is the player's state, for `kiosk status` and the staff panel.
func (k *Kiosk) MusicStatus() (media.PlayerStatus, bool) {
	k.music.mu.Lock()
	p := k.music.player
	k.music.mu.Unlock()
	if p == nil {
		return media.PlayerStatus{}, false
	}
	return p.Status(), true
}

// RuntimeFacts are the running kiosk's facts beyond the monitor's own: the
// music, for `kiosk status`.
func (k *Kiosk) RuntimeFacts() *MusicFacts {
	st, ok := k.MusicStatus()
	if !ok {
		return nil
	}
	var sound string
	switch {
	case st.OutputErr != "":
		sound = st.OutputErr // "no sound output: ..."
	case st.Output != "":
		sound = "ok: " + st.Output
	default:
		sound = "not opened yet: no track has played"
	}
	return &MusicFacts{Track: relTo(k.Opts.Content, st.Track), MusicPlaying: st.Playing,
		MusicSilenced: st.Silenced, Sound: sound, Muted: k.Muted()}
}

func relTo(root, p string) string {
	if p == "" {
		return ""
	}
	if r, err := filepath.Rel(root, p); err == nil {
		return filepath.ToSlash(r)
	}
	return p
}
