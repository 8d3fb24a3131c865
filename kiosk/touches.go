package kiosk

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"time"

	"github.com/shygarmashylyq/kiosk/media"
)

// Touch is one thing a visitor did on the touchscreen. No personal data is
// kept: what was opened, when, and for how long.
type Touch struct {
	At      time.Time
	Session time.Time     // when the browsing session began
	Event   string        // "open", "close", "club", "filter", "artwork", "lang"
	ClubID  string        // for "club"
	ItemID  int64         // for "artwork"
	Value   string        // for "filter" and "lang": e.g. "age=10", "day=6", "ru"
	Length  time.Duration // for "close": how long the session lasted
}

// The touch events.
const (
	TouchOpen    = "open"
	TouchClose   = "close"
	TouchClub    = "club"
	TouchFilter  = "filter"
	TouchArtwork = "artwork"
	TouchLang    = "lang"
)

// Touch records a visitor's touch on this kiosk's screen.
func (k *Kiosk) Touch(ctx context.Context, t Touch) error {
	return k.Store.LogTouch(ctx, k.Opts.Screen, t)
}

// Clubs lists the clubs (for the club browser).
func (k *Kiosk) Clubs(ctx context.Context) ([]Club, error) { return k.Store.Clubs(ctx) }

// ClubPhoto decodes a club's photo at display size (at most box x box),
// preparing and caching it on first use. Call off the UI goroutine.
func (k *Kiosk) ClubPhoto(ctx context.Context, c Club, box int) (image.Image, error) {
	if c.Photo == "" {
		return nil, fmt.Errorf("club %s has no photo", c.ID)
	}
	src := filepath.Join(k.Opts.Content, filepath.FromSlash(c.Photo))
	info, err := os.Stat(src)
	if err != nil {
		return nil, fmt.Errorf("club photo %s: %w", c.Photo, err)
	}
	sum := sha256.Sum256([]byte(fmt.Sprintf("%s|%d|%d", c.Photo, info.Size(), info.ModTime().UnixNano())))
	key := hex.EncodeToString(sum[:16])
	dst := renditionPath(k.Ingest.Renditions, key, box)
	if _, err := os.Stat(dst); err != nil {
		if _, err := media.MakeRendition(ctx, src, dst, media.Size{W: box, H: box}, k.Config().MaxPixels()); err != nil {
			return nil, fmt.Errorf("club photo %s: %w", c.Photo, err)
		}
	}
	return media.DecodeRendition(dst)
}

// Artworks lists the artworks that may be shown now, in playlist order (for
// browsing the exhibition by swiping).
func (k *Kiosk) Artworks(ctx context.Context) ([]Item, error) {
	items, err := k.Store.Items(ctx)
	if err != nil {
		return nil, err
	}
	now := k.Now()
	var arts []Item
	for _, it := range items {
		if it.Kind == KindArtwork && ShowableUnder(it, now, k.Config().Privacy) {
			arts = append(arts, it)
		}
	}
	return arts, nil
}

// Picture decodes an artwork's prepared picture. Call off the UI goroutine.
func (k *Kiosk) Picture(ctx context.Context, it Item) (image.Image, error) {
	return k.Show.picture(ctx, it)
}
