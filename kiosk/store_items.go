package kiosk

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// The items table: the playlist, one row per artwork, text, poster, track
// and the timetable.

const itemColumns = `id, kind, source, hash, title, meta, width, height, duration_ms, enabled,
	sort_order, date_from, date_until, days, hours, priority, missing_at, gone_at`

func scanItem(sc interface{ Scan(...any) error }) (Item, error) {
	var (
		it                Item
		title, meta       string
		durMS             int64
		enabled           int
		hours             string
		days              int
		missing, gone     sql.NullInt64
		dateFrom, dateTil string
		prio              int
	)
	err := sc.Scan(&it.ID, &it.Kind, &it.Source, &it.Hash, &title, &meta, &it.Width, &it.Height,
		&durMS, &enabled, &it.Order, &dateFrom, &dateTil, &days, &hours, &prio, &missing, &gone)
	if err != nil {
		return it, err
	}
	if err := json.Unmarshal([]byte(title), &it.Title); err != nil {
		return it, fmt.Errorf("item %d title: %w", it.ID, err)
	}
	if err := json.Unmarshal([]byte(meta), &it.Meta); err != nil {
		return it, fmt.Errorf("item %d meta: %w", it.ID, err)
	}
	it.Duration = time.Duration(durMS) * time.Millisecond
	it.Enabled = enabled != 0
	it.Schedule = slides.Schedule{From: dateFrom, Until: dateTil, Days: slides.Weekdays(days), Hours: parseHours(hours)}
	it.Priority = slides.Priority(prio)
	if missing.Valid {
		it.MissingAt = time.UnixMilli(missing.Int64)
	}
	if gone.Valid {
		it.GoneAt = time.UnixMilli(gone.Int64)
	}
	return it, nil
}

// Items lists the items whose files are in the folder, in playlist order
// (kind, exhibition, order, source).
func (s *Store) Items(ctx context.Context) ([]Item, error) {
	return s.queryItems(ctx, `SELECT `+itemColumns+` FROM items WHERE gone_at IS NULL
		ORDER BY kind, json_extract(meta, '$.exhibition'), sort_order, source`)
}

// ItemsOfKind lists the live items of one kind, in playlist order.
func (s *Store) ItemsOfKind(ctx context.Context, kind Kind) ([]Item, error) {
	return s.queryItems(ctx, `SELECT `+itemColumns+` FROM items WHERE gone_at IS NULL AND kind = ?
		ORDER BY json_extract(meta, '$.exhibition'), sort_order, source`, kind)
}

// Item reads one item by id, gone or not.
func (s *Store) Item(ctx context.Context, id int64) (Item, error) {
	it, err := scanItem(s.r.QueryRowContext(ctx, `SELECT `+itemColumns+` FROM items WHERE id = ?`, id))
	if err != nil {
		return it, fmt.Errorf("item %d: %w", id, err)
	}
	return it, nil
}

func (s *Store) queryItems(ctx context.Context, query string, args ...any) ([]Item, error) {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list items: %w", err)
	}
	defer rows.Close()
	var items []Item
	for rows.Next() {
		it, err := scanItem(rows)
		if err != nil {
			return nil, fmt.Errorf("list items: %w", err)
		}
		items = append(items, it)
	}
	return items, rows.Err()
}

// CountItems counts the live items per kind.
func (s *Store) CountItems(ctx context.Context) (map[Kind]int, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT kind, count(*) FROM items WHERE gone_at IS NULL GROUP BY kind`)
	if err != nil {
		return nil, fmt.Errorf("count items: %w", err)
	}
	defer rows.Close()
	counts := map[Kind]int{}
	for rows.Next() {
		var k Kind
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return nil, fmt.Errorf("count items: %w", err)
		}
		counts[k] = n
	}
	return counts, rows.Err()
}

// putItem writes it: a row with it.ID is updated, else a new row is added.
// It returns the id.
func (t storeTx) putItem(ctx context.Context, it Item) (int64, error) {
	title := it.Title
	if title == nil {
		title = slides.Text{}
	}
	args := []any{it.Kind, it.Source, it.Hash, mustJSON(title), mustJSON(it.Meta), it.Width, it.Height,
		it.Duration.Milliseconds(), boolInt(it.Enabled), it.Order, it.Schedule.From, it.Schedule.Until,
		int(it.Schedule.Days), formatHours(it.Schedule.Hours), int(it.Priority), t.s.nowMS()}
	if it.ID != 0 {
		_, err := t.tx.ExecContext(ctx, `UPDATE items SET kind=?, source=?, hash=?, title=?, meta=?, width=?, height=?,
			duration_ms=?, enabled=?, sort_order=?, date_from=?, date_until=?, days=?, hours=?, priority=?,
			updated_at=?, missing_at=NULL, gone_at=NULL WHERE id=?`, append(args, it.ID)...)
		if err != nil {
			return 0, fmt.Errorf("update item %s: %w", it.Source, err)
		}
		return it.ID, nil
	}
	res, err := t.tx.ExecContext(ctx, `INSERT INTO items(kind, source, hash, title, meta, width, height,
		duration_ms, enabled, sort_order, date_from, date_until, days, hours, priority, updated_at, added_at)
		VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`, append(args, t.s.nowMS())...)
	if err != nil {
		return 0, fmt.Errorf("add item %s: %w", it.Source, err)
	}
	return res.LastInsertId()
}

// touchPresent clears the missing mark of items whose file is back.
func (s *Store) touchPresent(ctx context.Context, onDisk map[string]fileState) error {
	rows, err := s.r.QueryContext(ctx, `SELECT id, source FROM items WHERE gone_at IS NULL AND missing_at IS NOT NULL`)
	if err != nil {
		return fmt.Errorf("read missing items: %w", err)
	}
	var back []int64
	for rows.Next() {
		var id int64
		var src string
		if err := rows.Scan(&id, &src); err != nil {
			rows.Close()
			return err
		}
		for _, f := range itemFiles(src) {
			if _, ok := onDisk[f]; ok {
				back = append(back, id)
				break
			}
		}
	}
	rows.Close()
	for _, id := range back {
		if _, err := s.w.ExecContext(ctx, `UPDATE items SET missing_at = NULL WHERE id = ?`, id); err != nil {
			return fmt.Errorf("clear missing: %w", err)
		}
	}
	return nil
}

// liveItemBySource reads the live item at source, nil if there is none.
func (s *Store) liveItemBySource(ctx context.Context, source string) (*Item, error) {
	it, err := scanItem(s.r.QueryRowContext(ctx, `SELECT `+itemColumns+` FROM items WHERE source = ? AND gone_at IS NULL`, source))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("item %s: %w", source, err)
	}
	return &it, nil
}

// markMissing notes when an item's file was first found missing.
func (s *Store) markMissing(ctx context.Context, id int64) error {
	_, err := s.w.ExecContext(ctx, `UPDATE items SET missing_at = ? WHERE id = ? AND missing_at IS NULL`, s.nowMS(), id)
	if err != nil {
		return fmt.Errorf("mark missing: %w", err)
	}
	return nil
}

// liveItem reads the live item at source inside the transaction, nil if
// there is none.
func (t storeTx) liveItem(ctx context.Context, source string) (*Item, error) {
	it, err := scanItem(t.tx.QueryRowContext(ctx, `SELECT `+itemColumns+` FROM items WHERE source = ? AND gone_at IS NULL`, source))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("item %s: %w", source, err)
	}
	return &it, nil
}

// itemForFile finds the item a file at rel with content hash belongs to: the
// live item at that path, else an item of the same kind and content whose own
// file is no longer there (a rename or move, even one made long ago), else a
// new item.
func (t storeTx) itemForFile(ctx context.Context, root string, kind Kind, rel, hash string) (Item, found, error) {
	it, err := scanItem(t.tx.QueryRowContext(ctx, `SELECT `+itemColumns+` FROM items WHERE source = ? AND gone_at IS NULL`, rel))
	switch {
	case err == nil && it.Hash == hash:
		return it, foundSame, nil
	case err == nil:
		return it, foundEdit, nil
	case !errors.Is(err, sql.ErrNoRows):
		return it, foundNone, fmt.Errorf("item %s: %w", rel, err)
	}
	rows, err := t.tx.QueryContext(ctx, `SELECT `+itemColumns+` FROM items WHERE hash = ? AND kind = ?
		ORDER BY gone_at IS NULL DESC, id DESC`, hash, kind)
	if err != nil {
		return Item{}, foundNone, fmt.Errorf("item by content %s: %w", rel, err)
	}
	var candidates []Item
	for rows.Next() {
		c, err := scanItem(rows)
		if err != nil {
			rows.Close()
			return Item{}, foundNone, err
		}
		candidates = append(candidates, c)
	}
	rows.Close()
	// Of identical pictures, one coming back to its own path takes its own
	// item (and history) back, not a twin's.
	slices.SortStableFunc(candidates, func(a, b Item) int {
		return cmp.Compare(boolInt(a.Source != rel), boolInt(b.Source != rel))
	})
	for _, c := range candidates {
		if !c.Live() || !c.MissingAt.IsZero() || !exists(filepath.Join(root, filepath.FromSlash(c.Source))) {
			if c.Live() {
				// The old path's index rows go with the move.
				if err := t.unindex(ctx, c.Source); err != nil {
					return c, foundNone, err
				}
			}
			return c, foundMoved, nil
		}
	}
	return Item{Enabled: true}, foundNone, nil
}

// putItems writes items (e.g. relabelled artworks) in one transaction.
func (s *Store) putItems(ctx context.Context, items ...Item) error {
	return s.write(ctx, func(t storeTx) error {
		for _, it := range items {
			if _, err := t.putItem(ctx, it); err != nil {
				return err
			}
		}
		return nil
	})
}

// dropItem takes the live item at source out of the rotation; it reports
// whether there was one.
func (s *Store) dropItem(ctx context.Context, source string) (bool, error) {
	r, err := s.w.ExecContext(ctx, `UPDATE items SET gone_at = ? WHERE source = ? AND gone_at IS NULL`, s.nowMS(), source)
	if err != nil {
		return false, fmt.Errorf("drop %s: %w", source, err)
	}
	n, _ := r.RowsAffected()
	return n > 0, nil
}

// artworksIn lists the live artworks at or under the folder dir.
func (s *Store) artworksIn(ctx context.Context, dir string) ([]Item, error) {
	return s.queryItems(ctx, `SELECT `+itemColumns+` FROM items
		WHERE gone_at IS NULL AND kind = ? AND source LIKE ? ESCAPE '\'`, KindArtwork, likePrefix(dir+"/"))
}

func likePrefix(p string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(p) + "%"
}
