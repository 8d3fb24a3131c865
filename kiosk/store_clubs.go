package kiosk

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/shygarmashylyq/kiosk/slides"
)

// The clubs table, as the clubs file last said it.

// Clubs lists the stored clubs in the order of the clubs file.
func (s *Store) Clubs(ctx context.Context) ([]Club, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT data, photo FROM clubs ORDER BY sort_order`)
	if err != nil {
		return nil, fmt.Errorf("list clubs: %w", err)
	}
	defer rows.Close()
	var clubs []Club
	for rows.Next() {
		var data string
		var c Club
		if err := rows.Scan(&data, &c.Photo); err != nil {
			return nil, fmt.Errorf("list clubs: %w", err)
		}
		if err := json.Unmarshal([]byte(data), &c.Club); err != nil {
			return nil, fmt.Errorf("list clubs: %w", err)
		}
		if c.CategoryKey == "" { // stored before the key and the names were kept
			c.CategoryKey = c.Category.Get([]slides.Lang{slides.EN, slides.RU, slides.KK})
			c.Category = slides.CategoryNames(c.Category)
		}
		clubs = append(clubs, c)
	}
	return clubs, rows.Err()
}

// replaceClubs stores the clubs of the clubs file in place of the old ones.
// The timetable item is in the rotation while there are sessions: it is
// added (as timetable) when the first come and leaves with the last.
func (s *Store) replaceClubs(ctx context.Context, clubs []Club, timetable Item) (added, removed bool, err error) {
	err = s.write(ctx, func(t storeTx) error {
		if _, err := t.tx.ExecContext(ctx, `DELETE FROM clubs`); err != nil {
			return fmt.Errorf("replace clubs: %w", err)
		}
		sessions := 0
		for i, c := range clubs {
			if _, err := t.tx.ExecContext(ctx, `INSERT OR REPLACE INTO clubs(id, data, photo, sort_order) VALUES(?,?,?,?)`,
				c.ID, mustJSON(c.Club), c.Photo, i); err != nil {
				return fmt.Errorf("replace clubs: %w", err)
			}
			sessions += len(c.Sessions)
		}
		live, err := t.liveItem(ctx, timetable.Source)
		if err != nil {
			return err
		}
		switch {
		case sessions > 0 && live == nil:
			if _, err := t.putItem(ctx, timetable); err != nil {
				return err
			}
			added = true
		case sessions == 0 && live != nil:
			if _, err := t.tx.ExecContext(ctx, `UPDATE items SET gone_at = ? WHERE id = ?`, s.nowMS(), live.ID); err != nil {
				return err
			}
			removed = true
		}
		return nil
	})
	return added && err == nil, removed && err == nil, err
}
