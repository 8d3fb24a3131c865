package kiosk

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"syscall"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// ScreenReportSchema is the version of the screen.json format. A reader
// that knows an older number calls a newer report unreadable rather than
// guess at it; keys are only ever added within one number.
const ScreenReportSchema = 1

// ScreenReportFile and SnapshotFile are the files a screen writes into its
// report folder (docs/FLEET.md).
const (
	ScreenReportFile = "screen.json"
	SnapshotFile     = "now.jpg"
)

// ScreenReport is screen.json: what a running screen says of itself to the
// staff office, every report interval.
type ScreenReport struct {
	Schema    int       `json:"schema"`
	Screen    string    `json:"screen"`
	Host      string    `json:"host"`
	Version   string    `json:"version"`
	IntervalS float64   `json:"interval_s"` // how often this report is written
	Written   time.Time `json:"written"`
	Started   time.Time `json:"started"`
	LastFrame time.Time `json:"last_frame"`
	UptimeS   int       `json:"uptime_s"`
	Showing   Showing   `json:"showing"`
	Taken     int       `json:"taken"`
	Refused   int       `json:"refused"`
	// RefusedFiles are the refused files with their reasons in kk, ru, en.
	RefusedFiles []RefusedFile `json:"refused_files"`
	Warnings     []string      `json:"warnings"`
	Sound        *MusicFacts   `json:"sound,omitempty"`
	// DBFreeBytes and RenditionsFreeBytes are the free space of the disks
	// the database and the renditions are on.
	DBFreeBytes         uint64 `json:"db_free_bytes"`
	RenditionsFreeBytes uint64 `json:"renditions_free_bytes"`
	RSSBytes            uint64 `json:"rss_bytes"`
	HeapBytes           uint64 `json:"heap_bytes"`
	// Fingerprint is the same on every screen that has the same playlist.
	Fingerprint string `json:"fingerprint"`
	Items       int    `json:"items"` // the items the fingerprint is of
	// Snapshot is SnapshotFile once one was written, and when.
	Snapshot   string     `json:"snapshot,omitempty"`
	SnapshotAt *time.Time `json:"snapshot_at,omitempty"`
	// SnapshotSource is the slide the snapshot shows (the content path).
	SnapshotSource string         `json:"snapshot_source,omitempty"`
	Display        *DisplayStatus `json:"display,omitempty"`
	// Running are the running facts as `kiosk status` shows them (and any
	// the monitor adds later, such as a blank-screen count).
	Running *RunFacts `json:"running,omitempty"`
}

// Showing is the slide on screen now.
type Showing struct {
	Source string      `json:"source"`
	Title  string      `json:"title"`            // in the centre's first language that has one
	Titles slides.Text `json:"titles,omitempty"` // kk, ru, en
}

// Fingerprint hashes the sorted sources and content hashes of items: the
// same content gives the same fingerprint on every screen.
func Fingerprint(items []Item) string {
	lines := make([]string, 0, len(items))
	for _, it := range items {
		lines = append(lines, it.Source+"\x00"+it.Hash)
	}
	sort.Strings(lines)
	h := sha256.New()
	for _, l := range lines {
		h.Write([]byte(l))
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// BuildScreenReport gathers the report of k now; interval is how often it
// is written.
func BuildScreenReport(ctx context.Context, k *Kiosk, interval time.Duration) (ScreenReport, error) {
	st, err := BuildStatus(ctx, k.Store)
	if err != nil {
		return ScreenReport{}, fmt.Errorf("screen report: status: %w", err)
	}
	host, _ := os.Hostname()
	r := ScreenReport{Schema: ScreenReportSchema, Screen: k.Opts.Screen, Host: host, Version: Version,
		IntervalS: interval.Seconds(), Written: time.Now(), Refused: len(st.Refused),
		RefusedFiles: st.Refused, Warnings: st.Warnings, Display: st.Display, Running: st.Running,
		Sound: k.RuntimeFacts()}
	for _, n := range st.Items {
		r.Taken += n
	}
	if r.Screen == "" {
		r.Screen = host
	}
	if f := st.Running; f != nil {
		r.Started, r.LastFrame, r.UptimeS = f.Started, f.LastFrame, f.UptimeS
		r.RSSBytes, r.HeapBytes = f.RSSBytes, f.HeapBytes
		r.Showing.Source = f.CurrentSlide
		if r.Sound == nil {
			r.Sound = f.MusicFacts
		}
	}
	items, err := k.Store.Items(ctx)
	if err != nil {
		return r, fmt.Errorf("screen report: items: %w", err)
	}
	cfg := k.Config()
	var shown []Item
	for _, it := range items {
		if it.Enabled && cfg.Shows(k.Opts.Screen, it) {
			shown = append(shown, it)
		}
		if st.Running != nil && it.ID == st.Running.CurrentItem {
			r.Showing.Titles = it.Title
			r.Showing.Title = firstText(it.Title, cfg.LangOrder())
		}
	}
	r.Fingerprint, r.Items = Fingerprint(shown), len(shown)
	r.DBFreeBytes = freeSpace(filepath.Dir(k.Store.Path()))
	r.RenditionsFreeBytes = freeSpace(k.Show.Renditions)
	return r, nil
}

// firstText is t in the first language of order that has it.
func firstText(t slides.Text, order []slides.Lang) string {
	for _, l := range order {
		if s := t[l]; s != "" {
			return s
		}
	}
	for _, l := range []slides.Lang{slides.KK, slides.RU, slides.EN} {
		if s := t[l]; s != "" {
			return s
		}
	}
	return ""
}

// freeSpace is the space left for this user on dir's disk, 0 if unknown.
func freeSpace(dir string) uint64 {
	var fs syscall.Statfs_t
	if err := syscall.Statfs(dir, &fs); err != nil {
		return 0
	}
	return fs.Bavail * uint64(fs.Bsize)
}

// writeAtomic writes data to dir/name through a temporary name and a
// rename, so a reader (or Syncthing) never sees half a file.
func writeAtomic(dir, name string, data []byte) error {
	f, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(dir, name))
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

// marshalReport is r as screen.json.
func marshalReport(r ScreenReport) ([]byte, error) {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("screen report: %w", err)
	}
	return append(b, '\n'), nil
}
