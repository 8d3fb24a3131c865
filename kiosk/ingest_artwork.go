package kiosk

import (
	"context"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/shygarmashylyq/kiosk/slides"
)

// How itemForFile found the item a file belongs to.
type found string

const (
	foundNone  found = "new"    // no item yet
	foundSame  found = "same"   // the item at this path, same content
	foundEdit  found = "edited" // the item at this path, new content
	foundMoved found = "moved"  // an item with this content whose file left
)

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
// from the file name when there is no label. Of the author only what may be
// shown is kept (the label's show_name, else p's names): the store never
// holds a name that no screen may show.
func applyLabel(it *Item, rel string, l *slides.Label, p PrivacyConfig) {
	video := it.Meta.Video // learnt from the file, not the labels
	it.Meta = Meta{Exhibition: exhibitionOf(rel), Video: video}
	if video != nil {
		video.Sound = l != nil && l.Sound
		it.Duration = 0
		if l != nil {
			it.Duration = l.Duration // cut shorter than the clip
		}
	}
	if l == nil || l.Title.IsEmpty() {
		it.Title = slides.Plain(titleFromName(path.Base(rel)))
	} else {
		it.Title = l.Title
	}
	if l != nil {
		if !l.Consent.IsZero() {
			c := l.Consent
			it.Meta.Consent = &c
		}
		it.Meta.Names = namePolicyOf(l.Consent, p)
		it.Meta.Author = slides.DisplayName(l.Author, it.Meta.Names)
		if l.Consent.Withdrawn {
			it.Meta.Author = slides.Text{}
		}
		it.Meta.Age, it.Meta.Technique, it.Meta.Club = l.Age, l.Technique, l.Club
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
	labels, _ := in.folderLabels(path.Dir(rel))
	if l, ok := slides.Of(labels, path.Base(rel)); ok {
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
	code := "letters_lost" // only Kazakh letters lost: the rows are all shown
	for _, e := range errs {
		if e.Code != "letters_lost" {
			code = "bad_rows"
		}
	}
	detail := slides.Text{}
	for _, l := range slides.Langs {
		var parts []string
		for i, e := range errs {
			if i == 5 {
				parts = append(parts, fmt.Sprintf("… (+%d)", len(errs)-5))
				break
			}
			parts = append(parts, e.Reason.Get([]slides.Lang{l}))
		}
		detail[l] = strings.Join(parts, "; ")
	}
	return reason(code, map[string]slides.Text{"detail": detail})
}

// relabel applies the labels of a folder to its artworks again.
func (in *Ingest) relabel(ctx context.Context, dir string) error {
	if _, ok := in.folderLabels(dir); !ok {
		// A labels.csv that cannot be read at all (refused with its
		// reason) changes nothing: the last good labels stay, so a broken
		// file never brings back a withdrawn work or a hidden name.
		in.Log.Warn("labels kept: labels.csv cannot be read", "folder", dir)
		return nil
	}
	items, err := in.Store.artworksIn(ctx, dir)
	if err != nil {
		return err
	}
	var relabelled []Item
	for _, it := range items {
		if path.Dir(it.Source) != dir {
			continue
		}
		applyLabel(&it, it.Source, in.labelFor(it.Source), in.privacyNow())
		relabelled = append(relabelled, it)
	}
	if err := in.Store.putItems(ctx, relabelled...); err != nil {
		return err
	}
	if in.Relabeled != nil {
		in.Relabeled()
	}
	return nil
}

// fileGone reacts to a file leaving the folder beyond its own item.
func (in *Ingest) fileGone(ctx context.Context, rel string) error {
	switch ClassifyPath(rel) {
	case PathLabels:
		return in.relabel(ctx, path.Dir(rel))
	case PathClubsTable, PathClubPhoto:
		return in.takeClubs(ctx, &ScanResult{})
	case PathAnnouncement:
		return in.takeAnnouncement(ctx, announcementGroup(rel), &ScanResult{})
	case PathPosterMeta:
		if p := in.posterOf(rel); p != "" {
			return in.reapplyPoster(ctx, p)
		}
	}
	return nil
}

func renditionPath(dir, hash string, box int) string {
	return filepath.Join(dir, hash[:2], fmt.Sprintf("%s-%d.jpg", hash, box))
}
