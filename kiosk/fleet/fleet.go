// Package fleet reads the screens' report folders on the staff PC (one
// subfolder per screen, as Syncthing delivers them) and says, per screen,
// whether it is online, what it shows, and whether its content is in step
// with the others. A broken or hostile folder is "unreadable", never a
// crash.
package fleet

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/shygarmashylyq/kiosk/kiosk"
)

// States of a screen.
const (
	Online     = "online"     // its report is younger than three intervals
	Stale      = "stale"      // it reports, but its screen has not been drawn for three intervals
	Offline    = "offline"    // no report for three intervals: since last_seen
	Unreadable = "unreadable" // no usable report: Why says why
)

// offlineAfter is in report intervals; a frame older than staleFrame (and
// than offlineAfter intervals) before the report makes it stale.
const (
	offlineAfter = 3
	staleFrame   = 30 * time.Second
	// maxReport is the most of a screen.json that is read.
	maxReport = 1 << 20
)

// Fleet is `kiosk fleet --json`.
type Fleet struct {
	Screens []Screen `json:"screens"`
	// Fingerprint is the one most screens have ("" with none).
	Fingerprint string    `json:"fingerprint"`
	Checked     time.Time `json:"checked"`
}

// Screen is one screen's line.
type Screen struct {
	Name     string        `json:"name"`             // its folder under DIR
	Screen   string        `json:"screen,omitempty"` // the name it gives itself
	State    string        `json:"state"`
	Why      string        `json:"why,omitempty"` // why unreadable
	LastSeen *time.Time    `json:"last_seen"`
	Showing  kiosk.Showing `json:"showing"`
	Snapshot string        `json:"snapshot"` // relative to DIR, "" if none
	// SnapshotSource is the slide the snapshot shows; it may trail
	// Showing by up to one report interval.
	SnapshotSource string              `json:"snapshot_source,omitempty"`
	Taken          int                 `json:"taken"`
	Refused        int                 `json:"refused"`
	Files          []kiosk.RefusedFile `json:"refused_files"`
	Warnings       []string            `json:"warnings"`
	Version        string              `json:"version"`
	Fingerprint    string              `json:"fingerprint"`
	InStep         bool                `json:"in_step"`
	Host           string              `json:"host,omitempty"`
	IntervalS      float64             `json:"interval_s,omitempty"`
}

// Read reads every screen's folder under dir at time now.
func Read(dir string, now time.Time) (Fleet, error) {
	f := Fleet{Screens: []Screen{}, Checked: now}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return f, fmt.Errorf("fleet: %w", err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") || !e.IsDir() {
			continue // .stfolder, .stversions, stray files, symlinks
		}
		f.Screens = append(f.Screens, readScreen(dir, e.Name(), now))
	}
	f.Fingerprint = majority(f.Screens)
	for i := range f.Screens {
		s := &f.Screens[i]
		s.InStep = s.State != Unreadable && s.Fingerprint != "" && s.Fingerprint == f.Fingerprint
	}
	sort.Slice(f.Screens, func(i, j int) bool { return f.Screens[i].Name < f.Screens[j].Name })
	return f, nil
}

// readScreen reads dir/name/screen.json.
func readScreen(dir, name string, now time.Time) Screen {
	s := Screen{Name: name, Files: []kiosk.RefusedFile{}, Warnings: []string{}}
	rep, err := readReport(filepath.Join(dir, name, kiosk.ScreenReportFile))
	if err != nil {
		s.State, s.Why = Unreadable, err.Error()
		return s
	}
	s.Showing, s.Taken, s.Refused, s.Version = rep.Showing, rep.Taken, rep.Refused, rep.Version
	s.Fingerprint, s.Host, s.IntervalS = rep.Fingerprint, rep.Host, rep.IntervalS
	if rep.RefusedFiles != nil {
		s.Files = rep.RefusedFiles
	}
	if rep.Warnings != nil {
		s.Warnings = rep.Warnings
	}
	s.Screen = rep.Screen
	seen := rep.Written
	s.LastSeen = &seen
	s.State = state(now.Sub(seen), rep.Written.Sub(rep.LastFrame), rep.IntervalS)
	if s.State == Stale {
		s.Why = "the screen has not been drawn since " + rep.LastFrame.Local().Format("2006-01-02 15:04:05")
	}
	if snapshotOK(dir, name) {
		s.Snapshot = name + "/" + kiosk.SnapshotFile
		s.SnapshotSource = rep.SnapshotSource
	}
	return s
}

// state is the screen's state from its report's age and how long before
// the report its screen was last drawn (the report carries its interval).
func state(age, frameAge time.Duration, intervalS float64) string {
	every := time.Duration(intervalS * float64(time.Second))
	if every <= 0 {
		every = time.Minute
	}
	switch {
	case age >= offlineAfter*every:
		return Offline
	case frameAge > max(staleFrame, offlineAfter*every):
		return Stale
	}
	return Online
}

// readReport reads and checks one screen.json: a regular file (no
// symlink), at most maxReport bytes, JSON of a schema this kiosk knows.
func readReport(path string) (kiosk.ScreenReport, error) {
	var rep kiosk.ScreenReport
	fi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return rep, errors.New("missing: no " + kiosk.ScreenReportFile + " yet")
	}
	if err != nil {
		return rep, fmt.Errorf("cannot read: %w", err)
	}
	if !fi.Mode().IsRegular() {
		return rep, errors.New("not a regular file (a symlink or a folder): not followed")
	}
	if fi.Size() > maxReport {
		return rep, fmt.Errorf("too large: %d bytes, at most %d are read", fi.Size(), maxReport)
	}
	f, err := os.Open(path)
	if err != nil {
		return rep, fmt.Errorf("cannot read: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxReport+1))
	if err != nil {
		return rep, fmt.Errorf("cannot read: %w", err)
	}
	if len(data) > maxReport {
		return rep, fmt.Errorf("too large: more than %d bytes", maxReport)
	}
	return decodeReport(data)
}

// decodeReport checks what the bytes of a screen.json say.
func decodeReport(data []byte) (kiosk.ScreenReport, error) {
	var rep kiosk.ScreenReport
	var head struct {
		Schema *int `json:"schema"`
	}
	if len(strings.TrimSpace(string(data))) == 0 {
		return rep, errors.New("truncated: the file is empty")
	}
	if err := json.Unmarshal(data, &head); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) && syn.Offset >= int64(len(data)) || errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "unexpected end") {
			return rep, errors.New("truncated: the JSON ends early")
		}
		return rep, fmt.Errorf("not JSON: %v", err)
	}
	if head.Schema == nil {
		return rep, errors.New("not a screen report: no schema")
	}
	if *head.Schema > kiosk.ScreenReportSchema {
		return rep, fmt.Errorf("from a newer version: schema %d, this kiosk reads up to %d", *head.Schema, kiosk.ScreenReportSchema)
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		return rep, fmt.Errorf("not a screen report: %v", err)
	}
	if rep.Written.IsZero() {
		return rep, errors.New("not a screen report: no time written")
	}
	return rep, nil
}

// snapshotOK reports whether dir/name/now.jpg is a regular file.
func snapshotOK(dir, name string) bool {
	fi, err := os.Lstat(filepath.Join(dir, name, kiosk.SnapshotFile))
	return err == nil && fi.Mode().IsRegular() && fi.Size() > 0
}

// majority is the fingerprint most readable screens have ("" with none;
// a tie goes to the smaller, so the answer does not change between runs).
func majority(screens []Screen) string {
	n := map[string]int{}
	for _, s := range screens {
		if s.State != Unreadable && s.Fingerprint != "" {
			n[s.Fingerprint]++
		}
	}
	best := ""
	for fp, c := range n {
		if c > n[best] || c == n[best] && fp < best {
			best = fp
		}
	}
	return best
}
