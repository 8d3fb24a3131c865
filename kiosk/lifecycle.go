package kiosk

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/shygarmashylyq/kiosk/media"
)

// Version is the kiosk's version; FyneApp.toml carries the same
// (TestFyneAppTomlAgrees).
var Version = "0.1.0" // release builds set it from FyneApp.toml (Makefile)

// Options say where a kiosk's content and database are.
type Options struct {
	Content string // content folder
	DB      string // SQLite file
	// Clock is the kiosk's one clock, for the store, ingest, show and
	// stats (nil: the wall clock).
	Clock Clock
	// Preview says Clock is set apart from the system's (kiosk run --at).
	Preview bool
	Screen  string // this screen's name, for per-screen settings and proof of play
	Box     int    // renditions fit a Box x Box square [1920]
	// InMemoryFallback lets `kiosk run` read the folder into a database in
	// memory when its own cannot be opened at all (store_fallback.go).
	InMemoryFallback bool
	// Demo asks for the demo content to be written on a first start: when
	// the content folder does not exist and the store has never scanned.
	// A folder that is missing later (a stick pulled out, a share not
	// mounted yet) is never filled with the demo, and query commands
	// never write.
	Demo bool
}

// Kiosk is one kiosk's core: settings, store, ingest and show, wired.
type Kiosk struct {
	Opts   Options
	Store  *Store
	Ingest *Ingest
	Show   *Show
	// Display switches the screen by the opening hours.
	Display *Display

	mu       sync.Mutex
	cfg      Config
	warnings []string
	music    music
	clockSt  clockState // the system clock: synchronised, jumps
	// housekeeping is held while the night's housekeeping runs.
	housekeeping sync.Mutex
	rescan       chan struct{}
	// storeWarning says why the store is a fallback (read-only, in memory).
	storeWarning string
	// publishing: this process keeps the store's warnings (it scans or
	// runs); `kiosk status` and friends only read them.
	publishing atomic.Bool
}

// Open prepares a kiosk: opens the store, writes the demo content on a
// first start (see Options.Demo) and reads kiosk.toml.
func Open(opts Options) (*Kiosk, error) {
	if opts.Box == 0 {
		opts.Box = 1920
	}
	abs, err := filepath.Abs(opts.Content)
	if err != nil {
		return nil, err
	}
	opts.Content = abs
	st, storeWarning, err := openStoreFallback(opts.DB, opts.InMemoryFallback)
	if err != nil {
		return nil, err
	}
	if opts.Demo && st.neverScanned(context.Background()) {
		if wrote, err := WriteDemo(opts.Content); err != nil {
			st.Close()
			return nil, err
		} else if wrote {
			slog.Info("wrote the demo content", "folder", opts.Content)
		}
	}
	rend := filepath.Join(filepath.Dir(st.Path()), "renditions")
	st.Clock = opts.Clock
	k := &Kiosk{Opts: opts, Store: st, rescan: make(chan struct{}, 1), storeWarning: storeWarning}
	k.Ingest = &Ingest{Root: opts.Content, Store: st, Renditions: rend, Box: opts.Box, Clock: opts.Clock}
	k.Show = &Show{Store: st, Root: opts.Content, Renditions: rend, Box: opts.Box, Screen: opts.Screen, Now: opts.Clock}
	k.Display = newDisplay(k)
	k.Ingest.fileHook = k.fileChanged
	k.Ingest.Relabeled = k.Show.Recheck
	k.reloadConfig()
	return k, nil
}

// Close closes the store.
func (k *Kiosk) Close() error { return k.Store.Close() }

// Now is the time on the kiosk's clock, in the centre's zone.
func (k *Kiosk) Now() time.Time { return k.Opts.Clock.Now().In(k.Location()) }

// Location is the centre's time zone (parsed once, when the settings were
// loaded; the system's if they name none).
func (k *Kiosk) Location() *time.Location {
	loc, err := k.Config().Location()
	if err != nil || loc == nil {
		return time.Local
	}
	return loc
}

// Config is the configuration in force.
func (k *Kiosk) Config() Config {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.cfg
}

// reloadConfig reads kiosk.toml; a broken file keeps the last good settings
// and says why in `kiosk status`.
func (k *Kiosk) reloadConfig() {
	cfg, warnings, err := LoadConfig(k.Opts.Content)
	k.mu.Lock()
	if err != nil {
		slog.Warn("settings not applied", "err", err)
		warnings = append(warnings, "settings not applied, the last good ones stay: "+err.Error())
		if k.cfg.Durations.Artwork == 0 {
			k.cfg = DefaultConfig()
		}
	} else {
		k.cfg = cfg
	}
	cfg = k.cfg
	k.warnings = warnings
	k.mu.Unlock()
	var again []string // refusals by a limit that changed
	if was := k.Ingest.MaxPixels; was != 0 && was != cfg.MaxPixels() {
		again = append(again, "too_large")
	}
	if was := k.Ingest.MaxVideo; was != 0 && was != cfg.MaxVideo() {
		again = append(again, "video_too_long")
	}
	k.Ingest.MaxPixels = cfg.MaxPixels()
	k.Ingest.MaxVideo = cfg.MaxVideo()
	if len(again) > 0 && k.Store != nil {
		// A clip refused as too long is read again when max_video_seconds
		// is raised, as staff expect, without being copied again.
		if n, err := k.Store.lookAgain(context.Background(), again...); err != nil {
			slog.Warn("refused files not looked at again", "err", err)
		} else if n > 0 {
			slog.Info("a limit changed: refused files are read again", "files", n, "reasons", again)
			k.RescanNow()
		}
	}
	k.Ingest.SetPrivacy(cfg.Privacy)
	k.Show.SetConfig(cfg)
	if k.Display != nil {
		k.Display.Reevaluate() // new hours apply at once
	}
	if k.publishing.Load() {
		k.publishWarnings(warnings)
	}
}

// Warnings are the current problems with the settings (for `kiosk status`,
// merged with what a running kiosk recorded).
func (k *Kiosk) Warnings() []string {
	k.mu.Lock()
	ws := slices.Clone(k.warnings)
	k.mu.Unlock()
	if k.storeWarning != "" {
		ws = append(ws, k.storeWarning)
	}
	// Looked at now, so a query on its own (no kiosk running) says it too.
	if _, ok := contentRoot(k.Opts.Content); !ok && !slices.Contains(ws, rootMissingWarning) {
		ws = append(ws, rootMissingWarning)
	}
	return ws
}

func (k *Kiosk) publishWarnings(ws []string) {
	if ws == nil {
		ws = []string{}
	}
	b, _ := json.Marshal(ws)
	if err := k.Store.SetFact(context.Background(), "warnings", string(b)); err != nil {
		slog.Warn("cannot record warnings", "err", err)
	}
}

func (k *Kiosk) fileChanged(rel string) {
	if rel == configFile {
		k.reloadConfig()
	}
}

// ScanOnce ingests the whole folder once, waiting (up to wait) for files
// that are still being written: they are looked at again when due, as the
// watcher would, while that is before the deadline.
func (k *Kiosk) ScanOnce(ctx context.Context, wait time.Duration) (ScanResult, error) {
	k.startPublishing()
	if err := k.Store.forgetMachineRefusals(ctx); err != nil {
		slog.Warn("cannot look again at files refused for a machine fault", "err", err)
	}
	total, err := k.Ingest.Scan(ctx, nil)
	deadline := time.Now().Add(wait)
	var later media.Later
	later.Add(total.Pending, total.RetryAt)
	for err == nil {
		at, ok := later.Next()
		if !ok || !at.Before(deadline) {
			break
		}
		select {
		case <-ctx.Done():
			return total, ctx.Err()
		case <-time.After(time.Until(at)):
		}
		var more ScanResult
		more, err = k.Ingest.Scan(ctx, later.Take(at))
		total.Added += more.Added
		total.Updated += more.Updated
		total.Removed += more.Removed
		total.Refused += more.Refused
		later.Add(more.Pending, more.RetryAt)
	}
	total.Pending = later.Paths()
	total.RetryAt, _ = later.Next()
	return total, err
}

// Watch keeps the store in line with the folder until ctx ends: it watches
// with fsnotify, rescans periodically, and has the watcher send again the
// files that were still being written or briefly missing.
func (k *Kiosk) Watch(ctx context.Context) error {
	k.startPublishing()
	k.Ingest.Grace = 1500 * time.Millisecond
	// Leave a core to the display: the slide on screen changes on time
	// while a dropped exhibition is prepared.
	k.Ingest.Workers = max(1, runtime.NumCPU()-1)
	k.Ingest.LowPriority = true
	w := media.NewWatcher(k.Opts.Content, media.WatchOptions{
		// kiosk.toml applies live, this setting too.
		RescanOf: func() time.Duration { return time.Duration(k.Config().RescanSeconds * float64(time.Second)) },
		Ignore:   func(rel string) bool { return ClassifyPath(rel) == PathIgnored },
	})
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()

	prune := time.NewTicker(24 * time.Hour)
	defer prune.Stop()
	k.prune(ctx)
	if err := k.Store.forgetMachineRefusals(ctx); err != nil {
		slog.Warn("cannot look again at files refused for a machine fault", "err", err)
	}
	// A full scan stopped by a machine fault is made again a while later.
	again := time.NewTimer(time.Hour)
	again.Stop()
	scan := func(paths []string) {
		res, err := k.Ingest.Scan(ctx, paths)
		if k.noteMachineFault(err) {
			if paths == nil {
				again.Reset(machineRetry)
			} else {
				w.Recheck(paths, time.Now().Add(machineRetry))
			}
			return
		}
		switch {
		case errors.Is(err, ErrRootMissing):
			k.setRootWarning(true)
			return
		case err != nil && ctx.Err() == nil:
			slog.Error("scan failed", "err", err)
			return
		}
		k.setRootWarning(false)
		w.Recheck(res.Pending, res.RetryAt)
	}
	for {
		select {
		case <-ctx.Done():
			<-done
			return nil
		case err := <-done:
			return fmt.Errorf("watch %s: %w", k.Opts.Content, err)
		case b, ok := <-w.Batches():
			if !ok {
				return <-done
			}
			if b.RootMissing {
				k.setRootWarning(true)
				continue
			}
			if b.Full {
				scan(nil)
			} else {
				scan(b.Paths)
			}
		case <-prune.C:
			k.prune(ctx)
		case <-k.rescan:
			w.RescanNow()
		case <-again.C:
			w.RescanNow()
		}
	}
}

const rootMissingWarning = "the content folder is missing or empty: the last good playlist stays on screen"

func (k *Kiosk) setRootWarning(missing bool) {
	k.mu.Lock()
	ws := make([]string, 0, len(k.warnings)+1)
	for _, w := range k.warnings {
		if w != rootMissingWarning {
			ws = append(ws, w)
		}
	}
	if missing {
		ws = append(ws, rootMissingWarning)
	}
	changed := len(ws) != len(k.warnings)
	k.warnings = ws
	k.mu.Unlock()
	if changed {
		k.publishWarnings(ws)
	}
}

// prune deletes proof of play older than the retention period.
func (k *Kiosk) prune(ctx context.Context) {
	days := k.Config().RetentionDays
	if days <= 0 {
		return
	}
	if err := k.Store.Prune(ctx, k.Now().AddDate(0, 0, -days)); err != nil && ctx.Err() == nil {
		slog.Warn("pruning old proof of play failed", "err", err)
	}
}

// RescanNow asks the watch loop for a full scan at once (the staff panel).
func (k *Kiosk) RescanNow() {
	select {
	case k.rescan <- struct{}{}:
	default:
	}
}

// startPublishing makes this process the keeper of the store's warnings.
func (k *Kiosk) startPublishing() {
	if !k.publishing.Swap(true) {
		k.mu.Lock()
		ws := slices.Clone(k.warnings)
		k.mu.Unlock()
		k.publishWarnings(ws)
	}
}
