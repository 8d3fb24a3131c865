package kiosk

import (
	"context"
	"fmt"
	"path"
	"slices"
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
