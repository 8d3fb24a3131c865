package kiosk

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/shygarmashylyq/kiosk/media"
	"github.com/shygarmashylyq/kiosk/slides"
)

const labelsFile = "labels.csv"

// How itemForFile found the item a file belongs to.
type found string

const (
	foundNone  found = "new"    // no item yet
	foundSame  found = "same"   // the item at this path, same content
	foundEdit  found = "edited" // the item at this path, new content
	foundMoved found = "moved"  // an item with this content whose file left
)

// itemForFile finds the item a file at rel with content hash belongs to: the
// live item at that path, else an item of the same kind and content whose own
// file is no longer there (a rename or move, even one made long ago), else a
// new item.
func (s *Store) itemForFile(ctx context.Context, tx *sql.Tx, root string, kind Kind, rel, hash string) (Item, found, error) {
	it, err := scanItem(tx.QueryRowContext(ctx, `SELECT `+itemColumns+` FROM items WHERE source = ? AND gone_at IS NULL`, rel))
	switch {
	case err == nil && it.Hash == hash:
		return it, foundSame, nil
	case err == nil:
		return it, foundEdit, nil
	case !errors.Is(err, sql.ErrNoRows):
		return it, foundNone, fmt.Errorf("item %s: %w", rel, err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+itemColumns+` FROM items WHERE hash = ? AND kind = ?
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
				for _, q := range []string{`DELETE FROM files WHERE path = ?`, `DELETE FROM refused WHERE path = ?`} {
					if _, err := tx.ExecContext(ctx, q, c.Source); err != nil {
						return c, foundNone, err
					}
				}
			}
			return c, foundMoved, nil
		}
	}
	return Item{Enabled: true}, foundNone, nil
}

// taken counts and logs an item written to the store.
func (in *Ingest) taken(res *ScanResult, source string, kind Kind, how found) {
	switch how {
	case foundNone:
		res.Added++
	case foundSame:
		res.Unchanged++
	default:
		res.Updated++
	}
	in.Log.Info("taken", "path", source, "kind", kind, "how", how)
}

func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}

// applyLabel sets an artwork's title and label from labels.csv, or its title
// from the file name when there is no label.
func applyLabel(it *Item, rel string, l *slides.Label) {
	it.Meta = Meta{Exhibition: exhibitionOf(rel)}
	if l == nil || l.Title.IsEmpty() {
		it.Title = slides.Plain(titleFromName(path.Base(rel)))
	} else {
		it.Title = l.Title
	}
	if l != nil {
		it.Meta.Author, it.Meta.Age, it.Meta.Technique, it.Meta.Club = l.Author, l.Age, l.Technique, l.Club
	}
}

// exhibitionOf is the first folder under artworks/, the exhibition's title.
func exhibitionOf(rel string) string {
	parts := strings.Split(rel, "/")
	if len(parts) >= 3 {
		return displayName(parts[1])
	}
	return ""
}

// displayName is a file or folder name as a label shows it: composed
// (a Mac writes "й" as "и" and a combining breve, which draws apart) and
// valid UTF-8 (a name from an old stick may not be).
func displayName(name string) string {
	return norm.NFC.String(strings.ToValidUTF8(name, "\uFFFD"))
}

// titleFromName makes a title of a file name: "Көктем_2026-01.jpg" ->
// "Көктем 2026-01".
func titleFromName(name string) string {
	name = strings.TrimSuffix(name, path.Ext(name))
	name = strings.TrimSpace(strings.ReplaceAll(displayName(name), "_", " "))
	if name == "" {
		return "—"
	}
	return name
}

// labelFor reads the labels.csv beside an artwork. Parse problems are
// reported when labels.csv itself is taken; here they only mean no label.
// Each folder's labels are read once per scan.
func (in *Ingest) labelFor(rel string) *slides.Label {
	dir := path.Dir(rel)
	labels, ok := in.labels[dir]
	if !ok {
		data, err := os.ReadFile(filepath.Join(in.Root, filepath.FromSlash(path.Join(dir, labelsFile))))
		if err == nil {
			labels, _, _ = slides.ParseLabels(data)
		}
		if in.labels == nil {
			in.labels = map[string]map[string]slides.Label{}
		}
		in.labels[dir] = labels
	}
	if l, ok := labels[slides.LabelKey(path.Base(rel))]; ok {
		return &l
	}
	return nil
}

// takeLabels checks a labels.csv: problems with rows are shown to staff as a
// refusal of the file (the good rows are still used).
func (in *Ingest) takeLabels(ctx context.Context, f fileState, res *ScanResult) error {
	data, err := os.ReadFile(f.abs())
	if err != nil {
		return in.refuseFile(ctx, f, explain(err), res)
	}
	_, rowErrs, err := slides.ParseLabels(data)
	if err != nil {
		return in.refuseFile(ctx, f, explain(err), res)
	}
	if len(rowErrs) > 0 {
		return in.refuseFile(ctx, f, joinRowErrors(rowErrs), res)
	}
	return in.indexOnly(ctx, f)
}

// joinRowErrors makes one refusal of a file's row problems (the first few).
func joinRowErrors(errs []slides.RowError) *Refusal {
	r := &Refusal{Code: "bad_rows", Reason: slides.Text{}}
	for _, l := range slides.Langs {
		var parts []string
		for i, e := range errs {
			if i == 5 {
				parts = append(parts, fmt.Sprintf("… (+%d)", len(errs)-5))
				break
			}
			parts = append(parts, e.Reason.Get([]slides.Lang{l}))
		}
		r.Reason[l] = strings.Join(parts, "; ")
	}
	return r
}

// relabel applies the labels of a folder to its artworks again.
func (in *Ingest) relabel(ctx context.Context, dir string) error {
	items, err := in.Store.queryItems(ctx, `SELECT `+itemColumns+` FROM items
		WHERE gone_at IS NULL AND kind = ? AND source LIKE ? ESCAPE '\'`, KindArtwork, likePrefix(dir+"/"))
	if err != nil {
		return err
	}
	tx, err := in.Store.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, it := range items {
		if path.Dir(it.Source) != dir {
			continue
		}
		applyLabel(&it, it.Source, in.labelFor(it.Source))
		if _, err := putItem(ctx, tx, it); err != nil {
			return err
		}
	}
	return tx.Commit()
}

func likePrefix(p string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(p) + "%"
}

// fileGone reacts to a file leaving the folder beyond its own item.
func (in *Ingest) fileGone(ctx context.Context, rel string) error {
	switch {
	case topDir(rel) == dirArtworks && path.Base(rel) == labelsFile:
		return in.relabel(ctx, path.Dir(rel))
	case isClubsFile(rel):
		return in.takeClubs(ctx, &ScanResult{})
	case isAnnouncementText(rel):
		return in.takeAnnouncement(ctx, announcementGroup(rel), &ScanResult{})
	case isPosterMeta(rel):
		if p := in.posterOf(rel); p != "" {
			return in.reapplyPoster(ctx, p)
		}
	}
	return nil
}

func renditionPath(dir, hash string, box int) string {
	return filepath.Join(dir, hash[:2], fmt.Sprintf("%s-%d.jpg", hash, box))
}

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

func putRendition(ctx context.Context, tx *sql.Tx, hash string, box int, r media.Rendition) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO renditions(hash, box, path, width, height, created_at) VALUES(?,?,?,?,?,?)
		ON CONFLICT(hash, box) DO UPDATE SET path=excluded.path, width=excluded.width, height=excluded.height`,
		hash, box, r.Path, r.Width, r.Height, nowMS())
	if err != nil {
		return fmt.Errorf("store rendition %s: %w", hash, err)
	}
	return nil
}

// Rendition is the prepared image of an item, if it has one on disk.
func (s *Store) Rendition(ctx context.Context, it Item, box int) (media.Rendition, bool) {
	return s.rendition(ctx, it.Hash, box)
}
