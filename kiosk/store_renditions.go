package kiosk

import (
	"context"
	"fmt"

	"github.com/shygarmashylyq/kiosk/media"
)

// The renditions table: the prepared pictures, by content hash and box.

// rendition finds a prepared rendition whose file is still there.
func (s *Store) rendition(ctx context.Context, hash string, box int) (media.Rendition, bool) {
	var r media.Rendition
	err := s.r.QueryRowContext(ctx, `SELECT path, width, height FROM renditions WHERE hash = ? AND box = ?`, hash, box).
		Scan(&r.Path, &r.Width, &r.Height)
	if err != nil || !exists(r.Path) {
		return r, false
	}
	return r, true
}

// PutRendition records a rendition made of the picture with content hash at
// box.
func (s *Store) PutRendition(ctx context.Context, hash string, box int, r media.Rendition) error {
	return s.write(ctx, func(t storeTx) error { return t.putRendition(ctx, hash, box, r) })
}

func (t storeTx) putRendition(ctx context.Context, hash string, box int, r media.Rendition) error {
	_, err := t.tx.ExecContext(ctx, `INSERT INTO renditions(hash, box, path, width, height, created_at) VALUES(?,?,?,?,?,?)
		ON CONFLICT(hash, box) DO UPDATE SET path=excluded.path, width=excluded.width, height=excluded.height`,
		hash, box, r.Path, r.Width, r.Height, t.s.nowMS())
	if err != nil {
		return fmt.Errorf("store rendition %s: %w", hash, err)
	}
	return nil
}

// Rendition is the prepared image of an item, if it has one on disk.
func (s *Store) Rendition(ctx context.Context, it Item, box int) (media.Rendition, bool) {
	return s.rendition(ctx, it.Hash, box)
}
