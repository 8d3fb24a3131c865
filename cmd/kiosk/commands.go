package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// A command runs on an opened kiosk (its content folder and store).
type command func(*kiosk.Kiosk, options, io.Writer) error

var commands = map[string]command{
	"run":      cmdRun,
	"scan":     cmdScan,
	"playlist": cmdPlaylist,
	"status":   cmdStatus,
	"clubs":    cmdClubs,
	"stats":    cmdStats,
	"report":   cmdReport,
	"fleet":    cmdFleet,
	"version":  cmdVersion,
}

func cmdScan(k *kiosk.Kiosk, o options, out io.Writer) error {
	// A one-shot scan allocates a few MB per thousand files and then exits:
	// collecting rarely, under a ceiling for the photos it decodes, takes a
	// rescan of 10,000 files ~30 % less CPU (docs/BENCHMARKS.md).
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(400)
		debug.SetMemoryLimit(256 << 20)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	res, err := k.ScanOnce(ctx, o.wait)
	if err != nil {
		return err
	}
	// "refused" counts the files refused now, as `kiosk status` does; a
	// rescan does not read an unchanged refused file again.
	refused, err := k.Store.Refused(ctx)
	if err != nil {
		return err
	}
	if o.json {
		return writeJSON(out, map[string]any{
			"files": res.Files, "added": res.Added, "updated": res.Updated, "removed": res.Removed,
			"refused": len(refused), "refused_in_scan": res.Refused, "unchanged": res.Unchanged, "pending": orNone(res.Pending),
		})
	}
	fmt.Fprintf(out, "%d files: %d added, %d updated, %d removed, %d refused, %d unchanged\n",
		res.Files, res.Added, res.Updated, res.Removed, len(refused), res.Unchanged)
	for _, p := range res.Pending {
		fmt.Fprintf(out, "still being copied, not read yet: %s\n", p)
	}
	return nil
}

func orNone(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func cmdPlaylist(k *kiosk.Kiosk, o options, out io.Writer) error {
	cfg := k.Config()
	at := k.Now()
	if o.at != "" {
		loc, err := cfg.Location()
		if err != nil {
			return err
		}
		if at, err = parseAt(o.at, loc); err != nil {
			return err
		}
	}
	p, err := kiosk.BuildPlaylist(context.Background(), k.Store, cfg, at)
	if err != nil {
		return err
	}
	p.Display = k.DisplayAt(at)
	if o.json {
		return writeJSON(out, p)
	}
	if d := p.Display; d != nil {
		fmt.Fprintf(out, "display at %s: %s (%s)", p.At.Format("2006-01-02 15:04"), d.State, d.Why)
		if d.Next != "" {
			fmt.Fprintf(out, ", %s", d.Next)
		}
		fmt.Fprintln(out)
	}
	if len(p.Items) == 0 {
		fmt.Fprintf(out, "the playlist is empty: nothing taken from %s yet (kiosk scan reads it; kiosk status says what was refused)\n", o.content)
		return nil
	}
	order := cfg.LangOrder()
	for _, it := range p.Items {
		mark := " "
		if it.Active {
			mark = "*"
		}
		fmt.Fprintf(out, "%s %4d %-12s %5.0fs  %s  (%s)%s\n", mark, it.ID, it.Kind, it.DurationS,
			slides.Text(it.Title).Get(order), it.Source, consentNote(it))
	}
	return nil
}

// parseAt reads --at in the centre's zone.
func parseAt(s string, loc *time.Location) (time.Time, error) {
	for _, layout := range []string{"2006-01-02 15:04", "2006-01-02T15:04", "2006-01-02 15:04:05", time.RFC3339, "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf(`--at %q: want "2006-01-02 15:04"`, s)
}

func cmdStatus(k *kiosk.Kiosk, o options, out io.Writer) error {
	st, err := kiosk.BuildStatus(context.Background(), k.Store)
	if err != nil {
		return err
	}
	st.Version, st.Content, st.DB = kiosk.Version, o.content, o.db
	if err := st.AddConsent(context.Background(), k.Store, k.Config(), k.Now()); err != nil {
		return err
	}
	addDisplay(k, &st)
	if free, err := k.FreeSpace(); err == nil {
		st.DiskFree = &free
	}
	for _, w := range k.Warnings() {
		if !slices.Contains(st.Warnings, w) {
			st.Warnings = append(st.Warnings, w)
		}
	}
	if o.json {
		return writeJSON(out, st)
	}
	writeStatus(out, st)
	return nil
}

// writeStatus is `kiosk status` in words.
func writeStatus(out io.Writer, st kiosk.Status) {
	fmt.Fprintf(out, "kiosk %s\ncontent: %s\ndatabase: %s\n", st.Version, st.Content, st.DB)
	for _, kind := range []kiosk.Kind{kiosk.KindArtwork, kiosk.KindAnnouncement, kiosk.KindPoster, kiosk.KindTimetable, kiosk.KindTrack} {
		fmt.Fprintf(out, "%-13s %d\n", kind+":", st.Items[kind])
	}
	if st.LastScan != nil {
		fmt.Fprintf(out, "last scan: %s (%d files, %d added, %d removed; %d refused now)\n", st.LastScan.At.Format("2006-01-02 15:04:05"),
			st.LastScan.Files, st.LastScan.Added, st.LastScan.Removed, len(st.Refused))
	} else {
		fmt.Fprintln(out, "last scan: never")
	}
	writeRun(out, st)
	writeDisplay(out, st.Display, st.Clock, st.Storage)
	if r := st.PreviousRun; r != nil && st.Running != nil {
		fmt.Fprintf(out, "the run before (pid %d) ended after %ds: %s\n", r.PID, r.UptimeS, r.ExitReason)
	}
	if r := st.Running; r != nil && r.ScreenFacts != nil {
		sf := r.ScreenFacts
		wm := sf.WindowManager
		if wm == "" {
			wm = "no window manager"
		}
		fmt.Fprintf(out, "screen: monitor %s, window %s (%s), fullscreen %v, %d repairs, %d blank screens\n",
			sf.Monitor, sf.Window, wm, sf.Fullscreen, sf.ScreenRepairs, sf.BlankScreens)
	}
	if st.DiskFree != nil {
		fmt.Fprintf(out, "disk: %.1f GB free where the database and renditions are\n", float64(*st.DiskFree)/1e9)
	}
	for _, w := range st.Warnings {
		fmt.Fprintf(out, "warning: %s\n", w)
	}
	if len(st.Refused) > 0 {
		fmt.Fprintf(out, "refused files (%d):\n", len(st.Refused))
	}
	for _, r := range st.Refused {
		fmt.Fprintf(out, "  %s\n    %s\n    %s\n", printable(r.Source), r.Reasons[slides.EN], r.Reasons[slides.RU])
	}
	printConsent(out, st)
}

// writeRun says whether a kiosk runs now, or how the last run ended.
func writeRun(out io.Writer, st kiosk.Status) {
	if r := st.Running; r != nil {
		fmt.Fprintf(out, "running: pid %d, up %ds, on screen %s, last frame %s\n", r.PID, r.UptimeS, r.CurrentSlide,
			r.LastFrame.Format(time.RFC3339Nano))
		if m := r.MusicFacts; m != nil {
			track := "none"
			if m.Track != "" {
				track = m.Track
			}
			fmt.Fprintf(out, "music: %s (track: %s)\n", m.Sound, track)
		}
	} else if r := st.LastRun; r != nil {
		end := r.Updated
		for _, t := range []*time.Time{r.Stopped, r.Exited} {
			if t != nil {
				end = *t
			}
		}
		fmt.Fprintf(out, "not running: the last run (pid %d) ended at %s after %ds", r.PID, end.Local().Format("2006-01-02 15:04:05"), r.UptimeS)
		if r.ExitReason != "" {
			fmt.Fprintf(out, ": %s", r.ExitReason)
		}
		fmt.Fprintln(out)
	}
}

func cmdClubs(k *kiosk.Kiosk, o options, out io.Writer) error {
	list, err := kiosk.BuildClubList(context.Background(), k.Store)
	if err != nil {
		return err
	}
	if o.json {
		return writeJSON(out, list)
	}
	order := k.Config().LangOrder()
	for _, c := range list.Clubs {
		fmt.Fprintf(out, "%s  %s  (%s, %d-%d)\n", c.ID, c.Name.Get(order), c.CategoryName.Get(order), c.AgeFrom, c.AgeTo)
		for _, s := range c.Sessions {
			fmt.Fprintf(out, "    %s %s-%s  %s\n", slides.DayAbbrev(s.Day), s.Start, s.End, s.Room)
		}
	}
	return nil
}

// printable is a file name on one line: one with a line break or another
// control character in it is quoted ("new\nline.jpg").
func printable(name string) string {
	if strings.IndexFunc(name, unicode.IsControl) < 0 {
		return name
	}
	return strconv.Quote(name)
}

func cmdStats(k *kiosk.Kiosk, o options, out io.Writer) error {
	cfg := k.Config()
	loc, err := cfg.Location()
	if err != nil {
		return err
	}
	since := time.Time{}
	if o.since != "" {
		if since, err = parseAt(o.since, loc); err != nil {
			return fmt.Errorf(`--since %q: want a date such as "2025-01-01"`, o.since)
		}
	}
	rows, err := kiosk.Stats(context.Background(), k.Store, since, loc, cfg.LangOrder())
	if err != nil {
		return err
	}
	if o.xlsx != "" {
		return writeStatsXLSX(o.xlsx, rows)
	}
	if o.csv || o.csvExcel {
		return writeStatsCSV(out, rows, o.csvExcel)
	}
	writeStatsText(out, rows, since, o.db)
	return nil
}

// writeStatsText is proof of play for people: each day's slides and club
// pages, then the totals per item, exhibition and club, and the sum.
func writeStatsText(out io.Writer, rows []kiosk.StatRow, since time.Time, db string) {
	if len(rows) == 0 {
		from := "ever"
		if !since.IsZero() {
			from = "since " + since.Format("2006-01-02")
		}
		fmt.Fprintf(out, "no slides shown and no touches recorded %s (database %s)\n", from, db)
		return
	}
	day := ""
	var plays, touches int
	var secs float64
	for _, r := range rows {
		if r.Date != day {
			day = r.Date
			heading := day
			if day == "total" {
				heading = "totals"
			}
			fmt.Fprintf(out, "\n%s\n", heading)
		}
		switch r.Kind {
		case "exhibition":
			fmt.Fprintf(out, "  exhibition %q: each of its artworks counted, shown %d times for %s\n", r.Title, r.Plays, minutes(r.Seconds))
		case "club":
			fmt.Fprintf(out, "  club page %-12s %-30s opened %4d times\n", r.ID, r.Title, r.Touches)
		case "touch_sessions":
			fmt.Fprintf(out, "  touchscreen: %d browsing sessions, %s in all\n", r.Touches, minutes(r.Seconds))
		default:
			fmt.Fprintf(out, "  %-12s %-40s shown %4d times for %s\n", r.Kind, r.Source, r.Plays, minutes(r.Seconds))
			if r.Date == "total" {
				plays, secs = plays+r.Plays, secs+r.Seconds
			}
		}
		if r.Date == "total" && r.Kind == "club" {
			touches += r.Touches
		}
	}
	fmt.Fprintf(out, "\nin all: %d slides shown for %s; club pages opened %d times\n", plays, minutes(secs), touches)
}

// minutes writes a duration in seconds as people read it: "45 s", "1.3 min", "2.5 h".
func minutes(s float64) string {
	switch {
	case s < 90:
		return fmt.Sprintf("%.0f s", s)
	case s < 90*60:
		return fmt.Sprintf("%.1f min", s/60)
	default:
		return fmt.Sprintf("%.1f h", s/3600)
	}
}

func cmdVersion(_ *kiosk.Kiosk, _ options, out io.Writer) error {
	_, err := fmt.Fprintf(out, "kiosk %s\n", kiosk.Version)
	return err
}

func writeJSON(out io.Writer, v any) error {
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
