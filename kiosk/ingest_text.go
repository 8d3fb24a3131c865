package kiosk

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/shygarmashylyq/kiosk/slides"
)

// Announcements: NAME.md or NAME.txt, or NAME.kk.md + NAME.ru.md +
// NAME.en.md as one slide in three languages. Its item's source is
// "announcements/NAME" plus the extension; Meta.Files lists its files.

const maxTextFile = 1 << 20 // larger texts are not announcements

// maxDocxFile is the largest Word document read: its pictures, which are
// left out, may weigh megabytes.
const maxDocxFile = 32 << 20

// announcementGroup is the group key of a text file: its folder and name
// without language suffix and extension.
func announcementGroup(rel string) string {
	base, _, _ := slides.SplitLangSuffix(path.Base(rel))
	return path.Join(path.Dir(rel), base)
}

// takeAnnouncement reads every file of an announcement's group as it is on
// disk now and writes the one item they make (or drops it when none is left).
func (in *Ingest) takeAnnouncement(ctx context.Context, group string, res *ScanResult) error {
	dir := filepath.Join(in.Root, filepath.FromSlash(path.Dir(group)))
	entries, _ := os.ReadDir(dir)
	parts := map[slides.Lang]slides.Announcement{}
	var files []string
	h := sha256.New()
	ext := ".md"
	for _, e := range entries {
		rel := path.Join(path.Dir(group), e.Name())
		if e.IsDir() || ClassifyPath(rel) != PathAnnouncement || announcementGroup(rel) != group {
			continue
		}
		f, ok := in.statFile(rel)
		if !ok {
			continue
		}
		if f.link != nil {
			if err := in.refuseFile(ctx, f, f.link, res); err != nil {
				return err
			}
			continue
		}
		_, lang, _ := slides.SplitLangSuffix(e.Name())
		a, data, err := readAnnouncement(f, lang)
		if err != nil {
			if err := in.refuseFile(ctx, f, explain(err), res); err != nil {
				return err
			}
			continue
		}
		parts[lang] = a
		files = append(files, rel)
		h.Write(data)
		ext = path.Ext(rel)
		if err := in.indexOnly(ctx, f); err != nil {
			return err
		}
	}
	source := group + ext
	if len(parts) == 0 {
		return in.dropItem(ctx, source, res)
	}
	sort.Strings(files)
	a := slides.MergeAnnouncements(parts)
	a.TitleFromFirstLine()
	if a.Title.IsEmpty() {
		a.Title = slides.Plain(titleFromName(path.Base(group)))
	}
	return in.putTextItem(ctx, KindAnnouncement, source, hex.EncodeToString(h.Sum(nil)[:16]), a, files, res)
}

func readAnnouncement(f fileState, lang slides.Lang) (slides.Announcement, []byte, error) {
	docx := strings.EqualFold(path.Ext(f.rel), ".docx")
	if limit := map[bool]int64{false: maxTextFile, true: maxDocxFile}[docx]; f.size > limit {
		return slides.Announcement{}, nil, tooBig(f.size, limit)
	}
	if f.size == 0 { // Windows' "New > Text Document", never written: as an empty picture
		return slides.Announcement{}, nil, reason("empty", nil)
	}
	data, err := os.ReadFile(f.abs())
	if err != nil {
		return slides.Announcement{}, nil, err
	}
	parse := slides.ParseAnnouncement
	if docx {
		parse = slides.ParseDocx
	}
	a, err := parse(data, lang)
	if err != nil {
		return a, nil, textRefusal(err)
	}
	return a, data, nil
}

// textRefusal wraps a parser's error for staff, keeping a RowError's words
// as the detail of its reason (a line of a text file, a row of a table).
func textRefusal(err error) error {
	if what := machineFault(err); what != "" {
		return machineRefusal(what, err)
	}
	var re slides.RowError
	if errors.As(err, &re) {
		return explainRow(re, "bad_text")
	}
	return reason("bad_text", plainArgs("detail", err.Error()))
}

// statFile stats a file of the folder as a scan would.
func (in *Ingest) statFile(rel string) (fileState, bool) {
	root, err := filepath.EvalSymlinks(in.Root)
	if err != nil {
		return fileState{}, false
	}
	out := map[string]fileState{}
	if err := in.walk(context.Background(), root, rel, out); err != nil {
		return fileState{}, false
	}
	f, ok := out[rel]
	return f, ok
}

// putTextItem writes an announcement or poster item, keeping its id,
// enabled flag and order if it exists.
func (in *Ingest) putTextItem(ctx context.Context, kind Kind, source, hash string, a slides.Announcement, files []string, res *ScanResult) error {
	how, err := in.Store.putText(ctx, in.Root, kind, source, hash, func(it *Item) {
		it.Kind, it.Source, it.Hash = kind, source, hash
		it.Title, it.Schedule, it.Priority, it.Duration = a.Title, a.Schedule, a.Priority, a.Duration
		it.Meta.Body, it.Meta.QR, it.Meta.Files = a.Body, a.QR, files
	})
	if err != nil {
		return err
	}
	in.taken(res, source, kind, how)
	return nil
}

// dropItem takes an item out of the rotation (its files are gone or bad).
func (in *Ingest) dropItem(ctx context.Context, source string, res *ScanResult) error {
	dropped, err := in.Store.dropItem(ctx, source)
	if dropped {
		res.Removed++
	}
	return err
}

// posterMeta reads the NAME.yml (or NAME.yaml) beside a poster image.
func (in *Ingest) posterMeta(rel string) (slides.Announcement, error) {
	stem := strings.TrimSuffix(rel, path.Ext(rel))
	for _, ext := range []string{".yml", ".yaml"} {
		f, ok := in.statFile(stem + ext)
		if !ok || f.link != nil {
			continue
		}
		if f.size > maxTextFile {
			return slides.Announcement{}, tooBig(f.size, maxTextFile)
		}
		data, err := os.ReadFile(f.abs())
		if err != nil {
			return slides.Announcement{}, err
		}
		a, err := slides.ParsePosterMeta(data)
		if err != nil {
			return a, textRefusal(err)
		}
		return a, nil
	}
	return slides.Announcement{}, nil
}

// posterOf is the poster image a NAME.yml belongs to, "" if none is there.
func (in *Ingest) posterOf(yml string) string {
	stem := strings.TrimSuffix(yml, path.Ext(yml))
	dir := filepath.Join(in.Root, filepath.FromSlash(path.Dir(yml)))
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		rel := path.Join(path.Dir(yml), e.Name())
		if ClassifyPath(rel) == PathPoster && strings.TrimSuffix(rel, path.Ext(rel)) == stem {
			return rel
		}
	}
	return ""
}

// applyPoster sets a poster's title, schedule and QR from its NAME.yml (a
// broken one is refused on its own; the poster then shows with its name).
func (in *Ingest) applyPoster(it *Item) {
	a, err := in.posterMeta(it.Source)
	if err != nil {
		a = slides.Announcement{}
	}
	if a.Title.IsEmpty() {
		a.Title = slides.Plain(titleFromName(path.Base(it.Source)))
	}
	it.Title, it.Schedule, it.Priority, it.Duration = a.Title, a.Schedule, a.Priority, a.Duration
	video := it.Meta.Video // learnt from the file, not the yml
	if video != nil {
		video.Sound = a.Sound
	}
	it.Meta = Meta{Body: a.Body, QR: a.QR, Video: video}
}

// takePosterMeta checks a poster's NAME.yml and shows staff what is wrong.
func (in *Ingest) takePosterMeta(ctx context.Context, f fileState, res *ScanResult) error {
	if f.size > maxTextFile {
		return in.refuseFile(ctx, f, tooBig(f.size, maxTextFile), res)
	}
	data, err := os.ReadFile(f.abs())
	if err == nil {
		_, err = slides.ParsePosterMeta(data)
	}
	if err != nil {
		return in.refuseFile(ctx, f, explain(textRefusal(err)), res)
	}
	return in.indexOnly(ctx, f)
}

// reapplyPoster applies a changed NAME.yml to its poster's item.
func (in *Ingest) reapplyPoster(ctx context.Context, rel string) error {
	it, err := in.Store.liveItemBySource(ctx, rel)
	if err != nil || it == nil {
		return err
	}
	in.applyPoster(it)
	return in.Store.putItems(ctx, *it)
}
