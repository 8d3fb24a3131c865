package media

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// wait is how long a test waits for an expected batch: generous, because
// machines are shared and noisy. Nothing here asserts how fast a batch comes.
const wait = 5 * time.Second

// fastOptions keeps the tests quick without depending on exact timings.
var fastOptions = WatchOptions{
	Debounce: 20 * time.Millisecond,
	Rescan:   -1,
	RootPoll: 20 * time.Millisecond,
}

// startWatcher runs a Watcher on root until the test ends. If sent is not
// nil it sees every batch as it is sent, before any coalescing on read.
func startWatcher(t *testing.T, root string, opts WatchOptions, sent func(Batch)) *Watcher {
	t.Helper()
	w := NewWatcher(root, opts)
	w.sent = sent
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(wait):
			t.Errorf("Run did not return %v after cancel", wait)
		}
	})
	return w
}

// next reads batches until one satisfies ok, and returns it together with
// every batch read on the way. It fails the test after wait.
func next(t *testing.T, w *Watcher, what string, ok func(Batch) bool) (Batch, []Batch) {
	t.Helper()
	var got []Batch
	deadline := time.After(wait)
	for {
		select {
		case b, open := <-w.Batches():
			if !open {
				t.Fatalf("waiting for %s: channel closed; got %+v", what, got)
			}
			got = append(got, b)
			if ok(b) {
				return b, got
			}
		case <-deadline:
			t.Fatalf("waiting for %s: none in %v; got %+v", what, wait, got)
		}
	}
}

// seen reads batches until every path in want was reported by some batch,
// and returns all batches read.
func seen(t *testing.T, w *Watcher, want ...string) []Batch {
	t.Helper()
	missing := slices.Clone(want)
	_, got := next(t, w, "paths "+filepath.Join(want...), func(b Batch) bool {
		missing = slices.DeleteFunc(missing, func(p string) bool { return slices.Contains(b.Paths, p) })
		return len(missing) == 0
	})
	return got
}

func isFull(b Batch) bool { return b.Full }

func write(t *testing.T, root, rel string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(rel)), []byte(rel), 0o644); err != nil {
		t.Fatal(err)
	}
}

func mkdir(t *testing.T, root, rel string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(root, filepath.FromSlash(rel)), 0o755); err != nil {
		t.Fatal(err)
	}
}

func TestWatchInitialFull(t *testing.T) {
	root := t.TempDir()
	write(t, root, "a.jpg")
	w := startWatcher(t, root, fastOptions, nil)
	b, _ := next(t, w, "first batch", func(Batch) bool { return true })
	if !b.Full || b.RootMissing || b.Paths != nil {
		t.Errorf("first batch = %+v, want Full only", b)
	}
}

func TestWatchNewFile(t *testing.T) {
	root := t.TempDir()
	w := startWatcher(t, root, fastOptions, nil)
	next(t, w, "initial Full", isFull)
	write(t, root, "a.jpg")
	for _, b := range seen(t, w, "a.jpg") {
		if b.Full || b.RootMissing {
			t.Errorf("batch %+v: want paths only", b)
		}
	}
}

func TestWatchNestedFolder(t *testing.T) {
	root := t.TempDir()
	w := startWatcher(t, root, fastOptions, nil)
	next(t, w, "initial Full", isFull)
	// The file lands before the watcher can watch a/, a/b/ or a/b/c/.
	mkdir(t, root, "a/b/c")
	write(t, root, "a/b/c/f.jpg")
	seen(t, w, "a/b/c/f.jpg")
	// And the new folders are watched from now on.
	write(t, root, "a/b/c/g.jpg")
	write(t, root, "a/h.jpg")
	seen(t, w, "a/b/c/g.jpg", "a/h.jpg")
}

func TestWatchFolderMovedIn(t *testing.T) {
	root := t.TempDir()
	outside := t.TempDir() // same file system, so the move is a rename
	mkdir(t, outside, "trip/day1")
	write(t, outside, "trip/day1/1.jpg")
	write(t, outside, "trip/2.jpg")
	w := startWatcher(t, root, fastOptions, nil)
	next(t, w, "initial Full", isFull)
	if err := os.Rename(filepath.Join(outside, "trip"), filepath.Join(root, "trip")); err != nil {
		t.Fatal(err)
	}
	seen(t, w, "trip", "trip/day1/1.jpg", "trip/2.jpg")
	write(t, root, "trip/day1/3.jpg")
	seen(t, w, "trip/day1/3.jpg")
}

func TestWatchRename(t *testing.T) {
	root := t.TempDir()
	write(t, root, "old.jpg")
	w := startWatcher(t, root, fastOptions, nil)
	next(t, w, "initial Full", isFull)
	if err := os.Rename(filepath.Join(root, "old.jpg"), filepath.Join(root, "new.jpg")); err != nil {
		t.Fatal(err)
	}
	seen(t, w, "old.jpg", "new.jpg")
}

func TestWatchRenamedFolder(t *testing.T) {
	root := t.TempDir()
	mkdir(t, root, "old/sub")
	w := startWatcher(t, root, fastOptions, nil)
	next(t, w, "initial Full", isFull)
	if err := os.Rename(filepath.Join(root, "old"), filepath.Join(root, "new")); err != nil {
		t.Fatal(err)
	}
	seen(t, w, "old", "new", "new/sub")
	// The kernel's watch followed the folder; the paths must not.
	write(t, root, "new/sub/a.jpg")
	for _, b := range seen(t, w, "new/sub/a.jpg") {
		if slices.Contains(b.Paths, "old/sub/a.jpg") {
			t.Errorf("batch %+v reports the folder's old name", b)
		}
	}
}

func TestWatchDelete(t *testing.T) {
	root := t.TempDir()
	w := startWatcher(t, root, fastOptions, nil)
	next(t, w, "initial Full", isFull)
	write(t, root, "a.jpg")
	seen(t, w, "a.jpg")
	if err := os.Remove(filepath.Join(root, "a.jpg")); err != nil {
		t.Fatal(err)
	}
	seen(t, w, "a.jpg")
}

func TestWatchFolderRecreated(t *testing.T) {
	root := t.TempDir()
	mkdir(t, root, "sub")
	w := startWatcher(t, root, fastOptions, nil)
	next(t, w, "initial Full", isFull)
	if err := os.RemoveAll(filepath.Join(root, "sub")); err != nil {
		t.Fatal(err)
	}
	mkdir(t, root, "sub")
	next(t, w, "Full after the folder came back", isFull)
	write(t, root, "sub/a.jpg")
	seen(t, w, "sub/a.jpg")
}

func TestWatchIgnored(t *testing.T) {
	root := t.TempDir()
	mkdir(t, root, ".stversions")
	w := startWatcher(t, root, fastOptions, nil)
	next(t, w, "initial Full", isFull)
	for _, name := range []string{"x.part", ".syncthing.a.jpg.tmp", "~$book.xlsx", "Thumbs.db", ".stversions/a.jpg"} {
		write(t, root, name)
	}
	mkdir(t, root, ".Trash-1000/files")
	write(t, root, ".Trash-1000/files/b.jpg")
	// A finished download: the .part file is renamed to its real name.
	write(t, root, "movie.mp4.part")
	if err := os.Rename(filepath.Join(root, "movie.mp4.part"), filepath.Join(root, "movie.mp4")); err != nil {
		t.Fatal(err)
	}
	// Events come in order, so once this shows, the others would have too.
	write(t, root, "sentinel.jpg")
	for _, b := range seen(t, w, "movie.mp4", "sentinel.jpg") {
		for _, p := range b.Paths {
			if ignoredPath(p) {
				t.Errorf("batch %+v reports ignored %q", b, p)
			}
		}
	}
}

func TestWatchSymlinkNotFollowed(t *testing.T) {
	root := t.TempDir()
	outside := t.TempDir()
	w := startWatcher(t, root, fastOptions, nil)
	next(t, w, "initial Full", isFull)
	if err := os.Symlink(outside, filepath.Join(root, "link")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	seen(t, w, "link")
	write(t, outside, "secret.jpg")
	write(t, root, "sentinel.jpg")
	for _, b := range seen(t, w, "sentinel.jpg") {
		if slices.Contains(b.Paths, "link/secret.jpg") {
			t.Errorf("batch %+v: the watcher followed the link", b)
		}
	}
}

func TestWatchRootDeletedAndBack(t *testing.T) {
	root := filepath.Join(t.TempDir(), "content")
	mkdir(t, root, "sub")
	w := startWatcher(t, root, fastOptions, nil)
	next(t, w, "initial Full", isFull)
	if err := os.RemoveAll(root); err != nil {
		t.Fatal(err)
	}
	next(t, w, "RootMissing", func(b Batch) bool { return b.RootMissing })
	mkdir(t, root, "sub")
	write(t, root, "sub/a.jpg")
	next(t, w, "Full with the root back", func(b Batch) bool { return b.Full && !b.RootMissing })
	// The new root and its folders are watched.
	write(t, root, "sub/b.jpg")
	seen(t, w, "sub/b.jpg")
}

func TestWatchRootMissingAtStart(t *testing.T) {
	root := filepath.Join(t.TempDir(), "usb")
	w := startWatcher(t, root, fastOptions, nil)
	b, _ := next(t, w, "first batch", func(Batch) bool { return true })
	if !b.RootMissing {
		t.Errorf("first batch = %+v, want RootMissing", b)
	}
	mkdir(t, root, "")
	next(t, w, "Full with the root there", func(b Batch) bool { return b.Full && !b.RootMissing })
	write(t, root, "a.jpg")
	seen(t, w, "a.jpg")
}

func TestWatchRootIsFile(t *testing.T) {
	root := filepath.Join(t.TempDir(), "file")
	write(t, filepath.Dir(root), "file")
	w := NewWatcher(root, fastOptions)
	if err := w.Run(context.Background()); err == nil {
		t.Error("Run on a file: no error")
	}
	if _, open := <-w.Batches(); open {
		t.Error("Batches not closed after Run failed")
	}
}

func TestWatchPeriodicRescan(t *testing.T) {
	opts := fastOptions
	opts.Rescan = 50 * time.Millisecond
	w := startWatcher(t, t.TempDir(), opts, nil)
	next(t, w, "initial Full", isFull)
	next(t, w, "periodic Full", isFull)
}

// TestWatchRescanPeriodChangesLive: a rescan period that changes while
// the watcher runs (kiosk.toml edited) is taken at the next root poll.
func TestWatchRescanPeriodChangesLive(t *testing.T) {
	var period atomic.Int64
	period.Store(int64(time.Hour))
	opts := fastOptions
	opts.RescanOf = func() time.Duration { return time.Duration(period.Load()) }
	w := startWatcher(t, t.TempDir(), opts, nil)
	next(t, w, "initial Full", isFull)
	period.Store(int64(50 * time.Millisecond))
	next(t, w, "periodic Full at the new period", isFull)
}

// TestWatchSlowConsumer checks that batches the consumer has not read are
// merged, not queued or dropped.
func TestWatchSlowConsumer(t *testing.T) {
	var mu sync.Mutex
	sent := map[string]bool{}
	wasSent := func(p string) bool {
		mu.Lock()
		defer mu.Unlock()
		return sent[p]
	}
	root := t.TempDir()
	w := startWatcher(t, root, fastOptions, func(b Batch) {
		mu.Lock()
		defer mu.Unlock()
		for _, p := range b.Paths {
			sent[p] = true
		}
	})
	next(t, w, "initial Full", isFull)

	// Write three files, each after the last one's batch went out, and
	// read nothing meanwhile.
	for _, p := range []string{"1.jpg", "2.jpg", "3.jpg"} {
		write(t, root, p)
		deadline := time.Now().Add(wait)
		for !wasSent(p) {
			if time.Now().After(deadline) {
				t.Fatalf("no batch with %s sent in %v", p, wait)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	b, _ := next(t, w, "merged batch", func(Batch) bool { return true })
	for _, p := range []string{"1.jpg", "2.jpg", "3.jpg"} {
		if !slices.Contains(b.Paths, p) {
			t.Errorf("merged batch %+v lacks %s", b, p)
		}
	}
}

func TestWatchCancel(t *testing.T) {
	before := runtime.NumGoroutine()
	root := t.TempDir()
	mkdir(t, root, "a/b")
	w := NewWatcher(root, fastOptions)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	next(t, w, "initial Full", isFull)
	write(t, root, "a/b/x.jpg")
	seen(t, w, "a/b/x.jpg")
	write(t, root, "a/y.jpg") // maybe pending at cancel time
	cancel()

	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run after cancel = %v, want nil", err)
		}
	case <-time.After(wait):
		t.Fatalf("Run did not return %v after cancel", wait)
	}
	for range w.Batches() { // drain; ends only when closed
	}

	// fsnotify's reader goroutine must be gone too.
	deadline := time.Now().Add(wait)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines before Run, %d after:\n%s",
				before, runtime.NumGoroutine(), buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestWatchRootIsSymlink(t *testing.T) {
	real := t.TempDir()
	mkdir(t, real, "sub")
	root := filepath.Join(t.TempDir(), "content")
	if err := os.Symlink(real, root); err != nil {
		t.Skip("no symbolic links:", err)
	}
	w := startWatcher(t, root, fastOptions, nil)
	next(t, w, "initial Full", isFull)
	write(t, root, "a.jpg")
	write(t, root, "sub/b.jpg")
	seen(t, w, "a.jpg", "sub/b.jpg")
}

func TestWatchRecheckSendsPathsAgain(t *testing.T) {
	root := t.TempDir()
	w := startWatcher(t, root, fastOptions, nil)
	next(t, w, "the first full batch", isFull)
	// Asked for before they are due and for paths that do not exist: a
	// recheck is the consumer's to judge.
	w.Recheck([]string{"artworks/A/x.jpg", "music/a.mp3"}, time.Now().Add(100*time.Millisecond))
	seen(t, w, "artworks/A/x.jpg", "music/a.mp3")
	w.Recheck(nil, time.Now()) // nothing to send
}

func TestWatchFullBatchDropsRechecks(t *testing.T) {
	root := t.TempDir()
	w := startWatcher(t, root, fastOptions, nil)
	next(t, w, "the first full batch", isFull)
	w.Recheck([]string{"a.jpg"}, time.Now().Add(300*time.Millisecond))
	w.RescanNow()
	next(t, w, "the full batch asked for", isFull)
	// The full batch covered a.jpg: it is not sent again. A path asked
	// for after it is, and is the next batch.
	w.Recheck([]string{"b.jpg"}, time.Now().Add(600*time.Millisecond))
	b, _ := next(t, w, "the later recheck", func(b Batch) bool { return len(b.Paths) > 0 })
	if !slices.Equal(b.Paths, []string{"b.jpg"}) {
		t.Errorf("after a full batch, sent %v; want only [b.jpg]", b.Paths)
	}
}

func TestWatchIgnoreOption(t *testing.T) {
	root := t.TempDir()
	opts := fastOptions
	opts.Ignore = func(rel string) bool { return filepath.Ext(rel) == ".skip" || ignoredPath(rel) }
	w := startWatcher(t, root, opts, nil)
	next(t, w, "the first full batch", isFull)
	write(t, root, "a.skip")
	write(t, root, ".hidden")
	write(t, root, "b.jpg")
	for _, b := range seen(t, w, "b.jpg") {
		for _, p := range b.Paths {
			if p != "b.jpg" {
				t.Errorf("reported %q, which Ignore skips", p)
			}
		}
	}
}
