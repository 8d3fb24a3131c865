package kiosk

import (
	"context"
	"fmt"
	"path"
	"slices"
	"time"
)

// ArtworkFolders lists the folders that hold live artworks (slash paths
// such as "artworks/Көктем").
func (s *Store) ArtworkFolders(ctx context.Context) ([]string, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT source FROM items WHERE gone_at IS NULL AND kind = ?`, KindArtwork)
	if err != nil {
		return nil, fmt.Errorf("artwork folders: %w", err)
	}
	defer rows.Close()
	var dirs []string
	for rows.Next() {
		var src string
		if err := rows.Scan(&src); err != nil {
			return nil, fmt.Errorf("artwork folders: %w", err)
		}
		if d := path.Dir(src); !slices.Contains(dirs, d) {
			dirs = append(dirs, d)
		}
	}
	return dirs, rows.Err()
}

// ExhibitionNames lists the exhibitions of the live artworks and of the
// plays recorded, sorted.
func (s *Store) ExhibitionNames(ctx context.Context) ([]string, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT json_extract(meta, '$.exhibition') FROM items
			WHERE kind = ? AND gone_at IS NULL AND json_extract(meta, '$.exhibition') IS NOT NULL
		UNION SELECT exhibition FROM plays WHERE exhibition IS NOT NULL AND exhibition != '' ORDER BY 1`, KindArtwork)
	if err != nil {
		return nil, fmt.Errorf("exhibitions: %w", err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, fmt.Errorf("exhibitions: %w", err)
		}
		if n != "" {
			names = append(names, n)
		}
	}
	return names, rows.Err()
}

// itemPlays sums one item's plays.
type itemPlays struct {
	plays       int
	seconds     float64
	first, last time.Time
}

// exhibitionPlays sums the plays of each item while it was in exhibition,
// since since.
func (s *Store) exhibitionPlays(ctx context.Context, exhibition string, since time.Time) (map[int64]itemPlays, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT p.item_id, count(*), sum(p.shown_ms)/1000.0, min(p.started_at), max(p.started_at + p.shown_ms)
		FROM plays p JOIN items i ON i.id = p.item_id
		WHERE i.kind = ? AND coalesce(p.exhibition, json_extract(i.meta, '$.exhibition')) = ? AND p.started_at >= ?
		GROUP BY p.item_id`, KindArtwork, exhibition, since.UnixMilli())
	if err != nil {
		return nil, fmt.Errorf("plays of %s: %w", exhibition, err)
	}
	defer rows.Close()
	out := map[int64]itemPlays{}
	for rows.Next() {
		var id, first, last int64
		var p itemPlays
		if err := rows.Scan(&id, &p.plays, &p.seconds, &first, &last); err != nil {
			return nil, fmt.Errorf("plays of %s: %w", exhibition, err)
		}
		p.first, p.last = time.UnixMilli(first), time.UnixMilli(last)
		out[id] = p
	}
	return out, rows.Err()
}

// anyRendition is the path of a prepared rendition of hash at any size
// that is still on disk, the largest first.
func (s *Store) anyRendition(ctx context.Context, hash string) (string, bool) {
	rows, err := s.r.QueryContext(ctx, `SELECT path FROM renditions WHERE hash = ? ORDER BY box DESC`, hash)
	if err != nil {
		return "", false
	}
	defer rows.Close()
	for rows.Next() {
		var p string
		if rows.Scan(&p) == nil && exists(p) {
			return p, true
		}
	}
	return "", false
}
