package kiosk

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/shygarmashylyq/kiosk/slides"
)

// Clubs come from clubs/clubs.xlsx (sheets Clubs and Timetable), or else
// clubs/clubs.csv + clubs/timetable.csv. Club photos in clubs/ are named by
// club id. The clubs make one timetable item in the rotation.

const (
	clubsXLSX     = dirClubs + "/clubs.xlsx"
	clubsCSV      = dirClubs + "/clubs.csv"
	timetableCSV  = dirClubs + "/timetable.csv"
	timetableItem = dirClubs + "/timetable" // source of the timetable item
	maxClubsFile  = 32 << 20
)

// Club is a club as stored, with its photo.
type Club struct {
	slides.Club
	Photo string // slash path in the content folder, "" if none
}

// takeClubs reads the clubs files as they are on disk now and replaces the
// stored clubs with what they hold. Rows that cannot be read are shown to
// staff as a refusal of their file; the good rows are taken. When no clubs
// file can be read at all, the last good clubs stay.
func (in *Ingest) takeClubs(ctx context.Context, res *ScanResult) error {
	clubs, source, problems, err := in.readClubs()
	for rel, r := range problems {
		f, ok := in.statFile(rel)
		if ok {
			if err := in.refuseFile(ctx, f, r, res); err != nil {
				return err
			}
		}
	}
	for _, rel := range []string{clubsXLSX, clubsCSV, timetableCSV} {
		if _, bad := problems[rel]; bad {
			continue
		}
		if f, ok := in.statFile(rel); ok && f.link == nil {
			if err := in.indexOnly(ctx, f); err != nil {
				return err
			}
		}
	}
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return in.replaceClubs(ctx, nil, res)
		}
		return nil // keep the last good clubs
	}
	in.Log.Info("clubs taken", "from", source, "clubs", len(clubs))
	return in.replaceClubs(ctx, clubs, res)
}

// readClubs reads the clubs from whichever clubs files there are.
func (in *Ingest) readClubs() ([]Club, string, map[string]*Refusal, error) {
	problems := map[string]*Refusal{}
	read := func(rel string) ([]byte, error) {
		f, ok := in.statFile(rel)
		if !ok {
			return nil, fs.ErrNotExist
		}
		if f.link != nil {
			problems[rel] = f.link
			return nil, f.link
		}
		if f.size > maxClubsFile {
			r := tooBig(f.size, maxClubsFile)
			problems[rel] = r
			return nil, r
		}
		return os.ReadFile(f.abs())
	}
	var (
		parsed  []slides.Club
		rowErrs []slides.RowError
		source  string
	)
	// clubs.xlsx wins; a broken one falls back to the CSV pair if there is one.
	var err error
	if data, rerr := read(clubsXLSX); rerr == nil {
		source = clubsXLSX
		parsed, rowErrs, err = slides.ParseClubsXLSX(data)
		if err != nil {
			problems[clubsXLSX] = xlsxRefusal(err, data)
		} else if len(rowErrs) > 0 {
			problems[clubsXLSX] = joinRowErrors(rowErrs)
		}
	}
	if source == "" || err != nil {
		source = clubsCSV
		clubsData, rerr := read(clubsCSV)
		if rerr != nil {
			if err != nil {
				return nil, clubsXLSX, problems, err
			}
			return nil, source, problems, rerr
		}
		tableData, rerr := read(timetableCSV)
		if rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			return nil, source, problems, rerr
		}
		parsed, rowErrs, err = slides.ParseClubsCSV(clubsData, tableData)
		if err != nil {
			problems[clubsCSV] = explain(textRefusal(err))
			return nil, source, problems, err
		}
		// A RowError names a row of either file.
		var inClubs, inTable []slides.RowError
		for _, e := range rowErrs {
			if strings.HasPrefix(strings.ToLower(e.Table), "timetable") {
				inTable = append(inTable, e)
			} else {
				inClubs = append(inClubs, e)
			}
		}
		inClubs = append(inClubs, slides.LostLetters(clubsData)...)
		inTable = append(inTable, slides.LostLetters(tableData)...)
		if len(inClubs) > 0 {
			problems[clubsCSV] = joinRowErrors(inClubs)
		}
		if len(inTable) > 0 {
			problems[timetableCSV] = joinRowErrors(inTable)
		}
	}
	photos := in.clubPhotos()
	clubs := make([]Club, len(parsed))
	for i, c := range parsed {
		clubs[i] = Club{Club: c, Photo: photos[strings.ToLower(c.ID)]}
	}
	return clubs, source, problems, nil
}

// clubPhotos maps lower-case club ids to photo paths in clubs/.
func (in *Ingest) clubPhotos() map[string]string {
	entries, _ := os.ReadDir(filepath.Join(in.Root, dirClubs))
	photos := map[string]string{}
	for _, e := range entries {
		rel := dirClubs + "/" + e.Name()
		if e.IsDir() || ClassifyPath(rel) != PathClubPhoto {
			continue
		}
		id := strings.ToLower(strings.TrimSuffix(e.Name(), path.Ext(e.Name())))
		photos[id] = rel
	}
	return photos
}

func (in *Ingest) replaceClubs(ctx context.Context, clubs []Club, res *ScanResult) error {
	timetable := Item{Kind: KindTimetable, Source: timetableItem, Enabled: true, Title: slides.Text{
		slides.KK: "Бүгін орталықта", slides.RU: "Сегодня в центре", slides.EN: "Today at the centre"}}
	added, removed, err := in.Store.replaceClubs(ctx, clubs, timetable)
	if added {
		res.Added++
	}
	if removed {
		res.Removed++
	}
	return err
}
