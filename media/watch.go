package media

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/fsnotify/fsnotify"
)

// WatchOptions tune a Watcher; zero values take the defaults in brackets.
type WatchOptions struct {
	Debounce time.Duration // quiet time before a batch is sent [200ms]
	Rescan   time.Duration // periodic full rescan [60s]; negative disables
	RootPoll time.Duration // how often to check that the root itself still exists / came back [1s]
	// RescanOf, if set, is asked for the rescan period at each root poll,
	// so a changed setting applies while the watcher runs; it overrides
	// Rescan (0 from it means the default, negative disables).
	RescanOf func() time.Duration
	// Ignore, if set, says which paths (slash paths relative to root, files
	// or folders) are never watched nor reported; the consumer's own rule,
	// so both agree. Nil: any path with an Ignored element.
	Ignore func(rel string) bool
}

const (
	defaultDebounce = 200 * time.Millisecond
	defaultRescan   = 60 * time.Second
	defaultRootPoll = time.Second

	// maxDelayFactor bounds how long a steady stream of changes (a long copy
	// from a USB stick) can hold a batch back: at most this many Debounce
	// periods after the first unsent change.
	maxDelayFactor = 10
	// maxPaths is where a list of changed paths stops being cheaper than a
	// Full scan.
	maxPaths = 10000
	// maxDropped bounds the memory of folders whose watch was dropped.
	maxDropped = 1000
	// minRecheck is the least wait before paths asked for again are sent,
	// so a due time already past does not spin.
	minRecheck = 50 * time.Millisecond
)

// Batch says what changed since the last one. Full means "scan everything":
// sent once at start, periodically, on fsnotify.ErrEventOverflow or any watch
// error, when a watched folder was removed and recreated, and when the root
// reappears after vanishing (a USB stick or network share remounted delivers
// no events). Paths are slash-separated, relative to root, and only given
// when Full is false. A path may name a file or a folder, and may no longer
// exist: a removed or renamed folder is reported by its own path only, so a
// consumer should treat a path as "this and everything under it". Files may
// still be growing (a copy in progress); they are reported again as they change.
type Batch struct {
	Full        bool
	Paths       []string
	RootMissing bool // the root folder is gone right now
}

// Watcher watches root recursively (every subfolder, including ones created
// later, and the files already inside a folder created or moved in), skipping
// the paths WatchOptions.Ignore names. It adds no watch through a symbolic link.
type Watcher struct {
	root    string
	opts    WatchOptions
	out     chan Batch
	started atomic.Bool
	sent    func(Batch) // test hook, called after each send

	// Paths asked for again (Recheck), with their due times; wake tells
	// Run that they changed, rescan that a full batch is wanted now.
	laterMu sync.Mutex
	later   Later
	wake    chan struct{}
	rescan  chan struct{}

	// The fields below belong to Run's goroutine.
	fw          *fsnotify.Watcher // nil while the root is missing
	rootInfo    os.FileInfo       // identity of the root fw watches; nil if none
	rootMissing bool
	dirs        map[string]os.FileInfo // watched folders, relative ("." is root)
	dropped     map[string]bool        // folders whose watch went since the last full resync
	timer       *time.Timer            // fires when the pending batch is due
	laterT      *time.Timer            // fires when the first recheck is due
	pend        struct {
		due   bool // a batch is scheduled
		since time.Time
		full  bool
		paths map[string]bool
	}
}

// NewWatcher returns a Watcher for root; call Run to start it.
func NewWatcher(root string, opts WatchOptions) *Watcher {
	if opts.Debounce <= 0 {
		opts.Debounce = defaultDebounce
	}
	if opts.Rescan == 0 {
		opts.Rescan = defaultRescan
	}
	if opts.RootPoll <= 0 {
		opts.RootPoll = defaultRootPoll
	}
	if opts.Ignore == nil {
		opts.Ignore = ignoredPath
	}
	w := &Watcher{
		root:    filepath.Clean(root),
		opts:    opts,
		out:     make(chan Batch, 1),
		dirs:    make(map[string]os.FileInfo),
		dropped: make(map[string]bool),
		wake:    make(chan struct{}, 1),
		rescan:  make(chan struct{}, 1),
	}
	w.pend.paths = make(map[string]bool)
	return w
}

// Batches returns the channel Run sends batches on. It is closed when Run
// returns. A consumer that falls behind loses nothing: changes it has not
// read yet are merged into the next batch.
func (w *Watcher) Batches() <-chan Batch { return w.out }

// Recheck asks for paths to be sent again at at, in a batch of their own
// (files not settled yet, or missing for a moment: see Settle); a full
// batch sent before then covers them and drops the request. Safe to call
// from any goroutine, before or while Run runs.
func (w *Watcher) Recheck(paths []string, at time.Time) {
	if len(paths) == 0 {
		return
	}
	w.laterMu.Lock()
	w.later.Add(paths, at)
	w.laterMu.Unlock()
	w.poke(w.wake)
}

// RescanNow asks for a full batch at once (staff asked for a rescan). Safe
// to call from any goroutine.
func (w *Watcher) RescanNow() { w.poke(w.rescan) }

func (w *Watcher) poke(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default: // one is pending already
	}
}

// Run watches until ctx is done; it sends batches on the channel returned by
// Batches (buffered, coalescing: if the consumer is slow, pending changes are
// merged into the next batch instead of blocking, never dropped). Run returns
// nil on ctx cancellation, an error only if it cannot start at all. A root
// that does not exist yet is no error: batches say RootMissing until it
// appears. Every goroutine Run starts ends when ctx ends. Run may be called
// only once.
func (w *Watcher) Run(ctx context.Context) error {
	if !w.started.CompareAndSwap(false, true) {
		return fmt.Errorf("watch %s: already running", w.root)
	}
	defer close(w.out)
	if fi, err := os.Stat(w.root); err == nil && !fi.IsDir() {
		return fmt.Errorf("watch %s: not a folder", w.root)
	}
	// Fail now if inotify is out of instances, rather than later.
	if err := w.open(); err != nil {
		return err
	}
	defer w.closeWatches()

	w.timer, w.laterT = stoppedTimer(), stoppedTimer()
	defer w.timer.Stop()
	defer w.laterT.Stop()
	rootPoll := time.NewTicker(w.opts.RootPoll)
	defer rootPoll.Stop()
	rescanT := stoppedTimer()
	defer rescanT.Stop()
	var rescan <-chan time.Time // nil: never
	period := time.Duration(0)
	arm := func() { // (re)starts the periodic rescan at the period in force
		period = w.rescanPeriod()
		rescanT.Stop()
		rescan = nil
		if period > 0 {
			rescanT.Reset(period)
			rescan = rescanT.C
		}
	}
	arm()

	w.checkRoot()
	w.markFull()
	w.flush()

	for {
		var events chan fsnotify.Event
		var errs chan error
		if w.fw != nil {
			events, errs = w.fw.Events, w.fw.Errors
		}
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-events:
			if !ok {
				w.lost()
				continue
			}
			w.handle(ev)
		case err, ok := <-errs:
			if !ok {
				w.lost()
				continue
			}
			w.failed(err)
		case <-rootPoll.C:
			w.checkRoot()
			if w.rescanPeriod() != period {
				arm()
			}
		case <-rescan:
			if w.fw != nil && w.rootInfo != nil {
				w.resync()
			}
			arm()
		case <-w.timer.C:
			w.flush()
		case <-w.rescan:
			w.markFull()
			w.flush()
		case <-w.wake:
			w.armRecheck()
		case <-w.laterT.C:
			w.sendRechecks()
		}
	}
}

func stoppedTimer() *time.Timer {
	t := time.NewTimer(time.Hour)
	t.Stop()
	return t
}

// rescanPeriod is the periodic rescan's period now; 0 or less: none.
func (w *Watcher) rescanPeriod() time.Duration {
	if w.opts.RescanOf == nil {
		return w.opts.Rescan
	}
	if p := w.opts.RescanOf(); p != 0 {
		return p
	}
	return defaultRescan
}

// handle takes one fsnotify event.
func (w *Watcher) handle(ev fsnotify.Event) {
	rel := w.rel(ev.Name)
	switch {
	case rel == "":
		return
	case rel == ".":
		// The root itself was removed or moved away: the poll's job, now.
		if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
			w.checkRoot()
		}
		return
	case w.opts.Ignore(rel):
		slog.Debug("watch: ignored", "op", ev.Op, "path", rel)
		return
	case ev.Op == fsnotify.Chmod:
		// Attributes only (touch, chmod): noise for content; the periodic
		// rescan catches a file that became readable.
		return
	}
	slog.Debug("watch: event", "op", ev.Op, "path", rel)
	w.addPath(rel)
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		w.unwatch(rel) // no-op unless rel was a watched folder
	}
	if ev.Has(fsnotify.Create) {
		if fi, err := os.Lstat(ev.Name); err == nil && fi.IsDir() {
			// Often watched already, by the walk of a folder created just
			// before; but if it is another folder, we missed its removal
			// and the watch is stale.
			if old, ok := w.dirs[rel]; ok && !os.SameFile(old, fi) {
				w.unwatch(rel)
			}
			if w.dropped[rel] {
				w.markFull() // removed and recreated: events may be lost
			}
			// Files may be inside already, written before the watch exists,
			// or moved in with the folder: report them all.
			w.walk(rel, nil, true)
		}
	}
	w.schedule()
}

// checkRoot notices the root vanishing, appearing or being replaced (deleted
// and recreated, or a share remounted), which may deliver no event at all.
func (w *Watcher) checkRoot() {
	fi, err := os.Stat(w.root)
	if err != nil || !fi.IsDir() {
		if !w.rootMissing {
			slog.Warn("watch: content folder is missing", "root", w.root, "err", err)
			w.rootMissing = true
			w.closeWatches()
			w.schedule()
		}
		return
	}
	if w.rootInfo != nil && os.SameFile(w.rootInfo, fi) {
		return
	}
	if w.rootInfo != nil || w.rootMissing {
		slog.Warn("watch: content folder is back or replaced, rescanning", "root", w.root)
	}
	// Watches on a previous folder are stale, whatever they still say.
	if w.rootInfo != nil {
		w.closeWatches()
	}
	if w.fw == nil {
		if err := w.open(); err != nil {
			slog.Warn("watch: cannot watch, will retry", "err", err)
			return
		}
	}
	w.rootInfo = fi
	w.rootMissing = false
	w.resync()
}

// open starts a fresh fsnotify watcher with no watches.
func (w *Watcher) open() error {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch %s: %w", w.root, err)
	}
	w.fw = fw
	return nil
}

// closeWatches stops the fsnotify watcher and its goroutine, dropping every watch.
func (w *Watcher) closeWatches() {
	if w.fw != nil {
		if err := w.fw.Close(); err != nil {
			slog.Warn("watch: close", "root", w.root, "err", err)
		}
		w.fw = nil
	}
	w.rootInfo = nil
	clear(w.dirs)
}

// lost recovers from fsnotify closing its channels on its own: the next root
// poll starts over.
func (w *Watcher) lost() {
	slog.Warn("watch: watcher stopped, restarting", "root", w.root)
	w.closeWatches()
}

// resync walks the whole tree, adds the watches that are missing, drops those
// on folders that are gone, and asks for a full scan.
func (w *Watcher) resync() {
	if w.fw == nil {
		return
	}
	seen := make(map[string]bool)
	w.walk(".", seen, false)
	for d := range w.dirs {
		if !seen[d] {
			w.unwatch(d)
		}
	}
	clear(w.dropped)
	w.markFull()
	w.schedule()
}

// walk watches every folder from start down, skipping ignored paths and not
// following symbolic links, and reports every path it finds if report is set.
// Each folder is watched before it is read, so a file is either listed or
// sends an event.
func (w *Watcher) walk(start string, seen map[string]bool, report bool) {
	top := w.abs(start)
	if start == "." {
		// The root may be a symbolic link (to a mount point, say): the
		// trailing separator makes WalkDir follow that one.
		top += string(filepath.Separator)
	}
	_ = filepath.WalkDir(top, func(p string, d fs.DirEntry, err error) error {
		rel := w.rel(p)
		if err == nil && rel != start && w.opts.Ignore(rel) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if err == nil && d.IsDir() { // false for a symbolic link, wherever it points
			var fi fs.FileInfo
			if fi, err = d.Info(); err == nil {
				w.watch(rel, fi)
				if seen != nil {
					seen[rel] = true
				}
			}
		}
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) { // gone meanwhile: its event follows
				slog.Warn("watch: cannot read", "path", rel, "err", err)
			}
			return nil
		}
		if report && rel != "." {
			w.addPath(rel)
		}
		return nil
	})
}

// watch adds a watch on one folder.
func (w *Watcher) watch(rel string, fi os.FileInfo) {
	if _, ok := w.dirs[rel]; ok {
		return
	}
	if err := w.fw.Add(w.abs(rel)); err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			slog.Warn("watch: cannot watch folder", "path", rel, "err", err)
			w.markFull()
		}
		return
	}
	w.dirs[rel] = fi
}

// unwatch drops the watches on folder rel and everything under it. After a
// rename the kernel's watches follow the folder, so fsnotify would report
// its new contents under the old names.
func (w *Watcher) unwatch(rel string) {
	for d := range w.dirs {
		if d != rel && !strings.HasPrefix(d, rel+"/") {
			continue
		}
		// fsnotify has often dropped it already, the folder being gone.
		if err := w.fw.Remove(w.abs(d)); err != nil {
			slog.Debug("watch: remove watch", "path", d, "err", err)
		}
		delete(w.dirs, d)
		if len(w.dropped) >= maxDropped {
			clear(w.dropped)
		}
		w.dropped[d] = true
	}
}

func (w *Watcher) addPath(rel string) {
	if w.pend.full {
		return
	}
	if len(w.pend.paths) >= maxPaths {
		w.markFull()
		return
	}
	w.pend.paths[rel] = true
}

func (w *Watcher) markFull() {
	w.pend.full = true
	clear(w.pend.paths)
}

// schedule makes the pending batch due after Debounce of quiet, but no later
// than maxDelayFactor*Debounce after its first change.
func (w *Watcher) schedule() {
	now := time.Now()
	if !w.pend.due {
		w.pend.due = true
		w.pend.since = now
	}
	d := w.opts.Debounce
	if left := w.pend.since.Add(maxDelayFactor * w.opts.Debounce).Sub(now); left < d {
		d = max(left, 0)
	}
	w.timer.Reset(d)
}

// armRecheck sets laterT to fire when the first path asked for again is due.
func (w *Watcher) armRecheck() {
	w.laterMu.Lock()
	next, ok := w.later.Next()
	w.laterMu.Unlock()
	w.laterT.Stop()
	if ok {
		w.laterT.Reset(max(time.Until(next), minRecheck))
	}
}

// sendRechecks sends the paths asked for again that are due, at once, with
// whatever else is pending, and waits for the next ones.
func (w *Watcher) sendRechecks() {
	w.laterMu.Lock()
	due := w.later.Take(time.Now())
	w.laterMu.Unlock()
	if len(due) > 0 {
		for _, p := range due {
			w.addPath(p)
		}
		w.flush()
	}
	w.armRecheck()
}

// failed takes a watch error: events may be lost, so everything is rescanned.
func (w *Watcher) failed(err error) {
	if errors.Is(err, fsnotify.ErrEventOverflow) {
		slog.Warn("watch: too many changes at once, rescanning", "root", w.root)
	} else {
		slog.Warn("watch: error, rescanning", "root", w.root, "err", err)
	}
	w.resync()
}

// flush sends the pending batch. If the consumer has not read the previous
// batch yet, flush takes it back and sends one merged batch instead.
func (w *Watcher) flush() {
	select {
	case old := <-w.out:
		if old.Full {
			w.markFull()
		}
		for _, p := range old.Paths {
			w.addPath(p)
		}
	default:
	}
	b := Batch{Full: w.pend.full, RootMissing: w.rootMissing}
	if b.Full {
		w.laterMu.Lock()
		w.later.Clear() // the full scan looks at them all
		w.laterMu.Unlock()
	} else {
		b.Paths = slices.Sorted(maps.Keys(w.pend.paths))
	}
	// Never blocks: the buffer holds one, it is empty now, and only we send.
	w.out <- b
	w.timer.Stop()
	w.pend.due = false
	w.pend.full = false
	clear(w.pend.paths)
	if w.sent != nil {
		w.sent(b)
	}
}

// rel turns an absolute path under root into a slash-separated relative one,
// "." for root itself and "" for a path outside root.
func (w *Watcher) rel(p string) string {
	r, err := filepath.Rel(w.root, p)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return ""
	}
	return filepath.ToSlash(r)
}

func (w *Watcher) abs(rel string) string {
	return filepath.Join(w.root, filepath.FromSlash(rel))
}
