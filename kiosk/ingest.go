package kiosk

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"

	"github.com/shygarmashylyq/kiosk/media"
	"github.com/shygarmashylyq/kiosk/slides"
)

// ErrRootMissing means the content folder is not there (or is empty, as an
// unmounted stick's mount point is). Nothing is removed from the playlist
// while it is missing.
var ErrRootMissing = errors.New("content folder is missing or empty")

// Ingest takes the files of the content folder into the store.
type Ingest struct {
	Root       string        // the content folder
	Store      *Store        //
	Renditions string        // folder of the rendition cache
	Box        int           // renditions fit a Box x Box square [1920]
	MaxPixels  int64         // larger images are refused [100e6]
	MaxVideo   time.Duration // longer clips are refused [180 s]
	// MaxVideoLoad: clips that take more CPU seconds a second to decode are
	// refused [0: 0.8 × the cores; negative: not measured].
	MaxVideoLoad float64
	Settle       media.Settle  // when a file has settled, and may be read
	Grace        time.Duration // a missing file leaves the rotation after this [0: at once]
	Workers      int           // parallel image preparation [NumCPU]
	// Clock dates scans and times the grace of missing files (nil: the wall
	// clock). Settling is always timed on the wall clock, as file times are.
	Clock Clock
	// LowPriority makes the workers' threads nice, so a running display is
	// never slowed by an exhibition being prepared.
	LowPriority bool
	Log         *slog.Logger
	// Relabeled, if set, is called after the labels of a folder were
	// applied again (a withdrawal may have taken a work off).
	Relabeled func()

	privacy        atomic.Pointer[PrivacyConfig] // [privacy] in force (SetPrivacy)
	privacyApplied string                        // the [privacy] the stored labels follow, as JSON

	labels    map[string]map[string]slides.Label // labels.csv per folder, for one scan
	labelsBad map[string]bool                    // folders whose labels.csv cannot be read
	fileHook  func(rel string)                   // told of every changed file
	faults    machineFaults                      // the machine's faults seen by the scans
}

// ScanResult counts what one scan did.
type ScanResult struct {
	Files     int // content files looked at
	Added     int
	Updated   int
	Removed   int
	Refused   int
	Unchanged int
	// Pending are files not read yet (still being written, or missing but
	// within the grace period); look again at RetryAt.
	Pending []string
	RetryAt time.Time
}

// fileState is one file found on disk. Its path on disk is made only for
// the few files that are read: a rescan of 10,000 unchanged files makes none.
type fileState struct {
	rel    string // slash path relative to root
	root   string // the content folder, links resolved
	target string // a link's target inside the folder, else ""
	size   int64
	mtime  int64 // ns
	link   *Refusal
}

// abs is where to read the file: a link's target, else the file itself.
func (f fileState) abs() string {
	if f.target != "" {
		return f.target
	}
	return filepath.Join(f.root, filepath.FromSlash(f.rel))
}

func (in *Ingest) defaults() {
	if in.Box == 0 {
		in.Box = 1920
	}
	if in.MaxVideo == 0 {
		in.MaxVideo = 180 * time.Second
	}
	if in.MaxPixels == 0 {
		in.MaxPixels = 100e6
	}
	if in.Workers == 0 {
		in.Workers = runtime.NumCPU()
	}
	if in.Log == nil {
		in.Log = slog.Default()
	}
}

// Scan looks at the whole folder (paths == nil) or at the given slash paths
// relative to it (files or folders, present or not), and brings the store in
// line with what is on disk. It only stats unchanged files.
func (in *Ingest) Scan(ctx context.Context, paths []string) (ScanResult, error) {
	in.defaults()
	in.labels = nil
	var res ScanResult
	started := in.Clock.Now()
	root, ok := contentRoot(in.Root)
	if !ok {
		return res, fmt.Errorf("scan %s: %w", in.Root, ErrRootMissing)
	}
	// Maps sized for the last scan's files do not grow (and rehash) on the way.
	hint := in.Store.lastScanFiles(ctx)
	known := in.readIndex(ctx, hint)
	onDisk := make(map[string]fileState, hint)
	gone, err := in.lookAt(ctx, root, paths, onDisk, known)
	if err != nil {
		return res, err
	}
	knownNow, err := known()
	if err != nil {
		return res, err
	}
	changed := in.changedFiles(onDisk, knownNow, &res)
	if err := in.Store.touchPresent(ctx, onDisk); err != nil {
		return res, err
	}
	if err := in.removeGone(ctx, gone, &res); err != nil {
		return res, err
	}
	if in.fileHook != nil {
		for _, f := range changed {
			in.fileHook(f.rel)
		}
		for _, rel := range gone {
			in.fileHook(rel)
		}
	}
	if err := in.process(ctx, root, changed, &res); err != nil {
		return res, err
	}
	if err := in.Store.recordScan(ctx, started, paths == nil, res, nil); err != nil {
		return res, err
	}
	return res, nil
}

// readIndex reads the store's index of files in the background, while the
// folder is walked; the function it returns waits for it (and may be called
// again).
func (in *Ingest) readIndex(ctx context.Context, hint int) func() (map[string]knownFile, error) {
	type knownResult struct {
		files map[string]knownFile
		err   error
	}
	knownCh := make(chan knownResult, 1)
	go func() {
		files, err := in.Store.knownFiles(ctx, hint)
		knownCh <- knownResult{files, err}
	}()
	return func() (map[string]knownFile, error) {
		r := <-knownCh
		knownCh <- r
		return r.files, r.err
	}
}

// lookAt walks the whole folder (paths == nil) or the given paths into
// onDisk, and returns what the index knew there that is gone now.
func (in *Ingest) lookAt(ctx context.Context, root string, paths []string, onDisk map[string]fileState,
	known func() (map[string]knownFile, error)) ([]string, error) {
	var gone []string
	if paths == nil {
		if err := in.walk(ctx, root, "", onDisk); err != nil {
			return nil, err
		}
		known, err := known()
		if err != nil {
			return nil, err
		}
		for rel := range known {
			if _, ok := onDisk[rel]; !ok {
				gone = append(gone, rel)
			}
		}
		return gone, nil
	}
	seen := map[string]bool{}
	for _, p := range paths {
		p = path.Clean(strings.TrimPrefix(filepath.ToSlash(p), "/"))
		if err := in.walk(ctx, root, p, onDisk); err != nil {
			return nil, err
		}
		known, err := known()
		if err != nil {
			return nil, err
		}
		// Whatever the store knew at or under p and is not there now is gone.
		for rel := range known {
			if (rel == p || strings.HasPrefix(rel, p+"/") || p == ".") && !seen[rel] {
				if _, ok := onDisk[rel]; !ok {
					gone = append(gone, rel)
					seen[rel] = true
				}
			}
		}
	}
	return gone, nil
}

// changedFiles are the files on disk the index does not know as they are
// now and that have settled; the ones still arriving are left pending.
func (in *Ingest) changedFiles(onDisk map[string]fileState, known map[string]knownFile, res *ScanResult) []fileState {
	// File times are the wall clock's, whatever clock the kiosk runs on.
	now := time.Now()
	var changed []fileState
	for _, f := range onDisk {
		res.Files++
		k, ok := known[f.rel]
		if ok && k.size == f.size && k.mtime == f.mtime {
			res.Unchanged++
			continue
		}
		// A link is made at once; only file contents arrive slowly.
		if due, arriving := in.Settle.Arriving(time.Unix(0, f.mtime), now); f.link == nil && arriving {
			res.pend(f.rel, due)
			continue
		}
		changed = append(changed, f)
	}
	return changed
}

// contentRoot is the content folder with links resolved; false when it is
// missing or empty (as an unmounted stick's mount point is).
func contentRoot(dir string) (string, bool) {
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return "", false
	}
	f, err := os.Open(root)
	if err != nil {
		return "", false
	}
	defer f.Close()
	names, _ := f.Readdirnames(1)
	return root, len(names) > 0
}

func (r *ScanResult) pend(rel string, at time.Time) {
	r.Pending = append(r.Pending, rel)
	if r.RetryAt.IsZero() || at.Before(r.RetryAt) {
		r.RetryAt = at
	}
}

// walk adds the content files at or under rel (a slash path; "" for the
// root) to out. Ignored names, and links to folders, are skipped; links to
// files are followed only inside the folder.
func (in *Ingest) walk(ctx context.Context, root, rel string, out map[string]fileState) error {
	rel = strings.Trim(path.Clean("/"+rel), "/")
	if rel != "" && ClassifyPath(rel) == PathIgnored {
		return nil
	}
	start := filepath.Join(root, filepath.FromSlash(rel))
	info, err := os.Lstat(start)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		in.Log.Warn("scan: cannot read", "path", start, "err", err)
		return nil
	}
	if !info.IsDir() {
		if rel == "" {
			return nil
		}
		if f, ok := in.statOf(root, rel, info.Mode(), info.Size(), info.ModTime().UnixNano()); ok {
			out[rel] = f
		}
		return nil
	}
	w := &walker{in: in, root: root, out: out, sem: make(chan struct{}, runtime.NumCPU())}
	w.dir(ctx, rel)
	w.wg.Wait()
	return ctx.Err()
}

// walker reads folders on as many goroutines as there are cores.
type walker struct {
	in   *Ingest
	root string
	sem  chan struct{}
	wg   sync.WaitGroup
	mu   sync.Mutex
	out  map[string]fileState
}

// dir reads one folder, then its subfolders: on a new goroutine when a core
// is free, else on this one.
func (w *walker) dir(ctx context.Context, rel string) {
	found, subdirs := w.in.walkDir(ctx, w.root, rel)
	w.mu.Lock()
	for _, f := range found {
		w.out[f.rel] = f
	}
	w.mu.Unlock()
	for _, sub := range subdirs {
		select {
		case w.sem <- struct{}{}:
			w.wg.Add(1)
			go func() {
				defer func() { <-w.sem; w.wg.Done() }()
				w.dir(ctx, sub)
			}()
		default:
			w.dir(ctx, sub)
		}
	}
}

// walkDir reads one folder into out and returns its subfolders. Files are stat'ed relative to the
// open folder (fstatat), as find does: cheaper for the kernel than a whole
// path per file, which is most of the cost of a rescan.
func (in *Ingest) walkDir(ctx context.Context, root, rel string) (found []fileState, subdirs []string) {
	if ctx.Err() != nil {
		return nil, nil
	}
	dirPath := filepath.Join(root, filepath.FromSlash(rel))
	dir, err := os.Open(dirPath)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			in.Log.Warn("scan: cannot read", "path", dirPath, "err", err)
		}
		return nil, nil
	}
	entries, err := dir.ReadDir(-1)
	if err != nil {
		in.Log.Warn("scan: cannot read", "path", dirPath, "err", err)
	}
	fd := int(dir.Fd())
	found = make([]fileState, 0, len(entries))
	for _, e := range entries {
		name := e.Name()
		// The folder is not ignored (walk never enters one), so the entry
		// is PathIgnored exactly when its own name is Ignored, ClassifyPath's
		// rule for one element: the parents are not read again for each of
		// 10,000 files.
		if media.Ignored(name) {
			continue
		}
		r := name
		if rel != "" {
			r = rel + "/" + name
		}
		if e.IsDir() {
			subdirs = append(subdirs, r)
			continue
		}
		var st unix.Stat_t
		if err := unix.Fstatat(fd, name, &st, unix.AT_SYMLINK_NOFOLLOW); err != nil {
			continue // vanished between readdir and stat
		}
		mode := fs.FileMode(0)
		switch st.Mode & unix.S_IFMT {
		case unix.S_IFREG:
		case unix.S_IFLNK:
			mode = fs.ModeSymlink
		default:
			continue // devices, pipes, sockets; a folder that replaced a file
		}
		mtime := st.Mtim.Sec*1e9 + st.Mtim.Nsec
		if f, ok := in.statOf(root, r, mode, st.Size, mtime); ok {
			found = append(found, f)
		}
	}
	dir.Close()
	return found, subdirs
}

// statOf is the state of one file found by walk, false for what is not a
// content file (a link to a folder, a device); a link is checked and
// followed to a file inside the folder.
func (in *Ingest) statOf(root, rel string, mode fs.FileMode, size, mtime int64) (fileState, bool) {
	f := fileState{rel: rel, root: root, size: size, mtime: mtime}
	if mode&fs.ModeSymlink != 0 {
		target, err := filepath.EvalSymlinks(f.abs())
		switch {
		case err != nil:
			f.link = errLinkBroken
		case !inside(root, target):
			f.link = errLinkOutside
		default:
			tinfo, err := os.Stat(target)
			if err != nil || tinfo.IsDir() {
				return f, false // a link to a folder inside: its files are reached directly
			}
			f.target, f.size, f.mtime = target, tinfo.Size(), tinfo.ModTime().UnixNano()
		}
	} else if !mode.IsRegular() {
		return f, false
	}
	return f, true
}

func inside(root, target string) bool {
	r, err := filepath.Rel(root, target)
	return err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator)) && !filepath.IsAbs(r)
}

// hashFile returns the content hash of the file and checks it did not change
// while being read.
func hashFile(p string, size int64) (string, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", err
	}
	if n != size {
		return "", errStillWriting
	}
	return hex.EncodeToString(h.Sum(nil)[:16]), nil
}

var errStillWriting = errors.New("file changed while being read")

// removeGone handles files that left the folder: items leave the rotation
// (after the grace period), refusals are forgotten.
func (in *Ingest) removeGone(ctx context.Context, gone []string, res *ScanResult) error {
	for _, rel := range gone {
		it, err := in.Store.liveItemBySource(ctx, rel)
		if err != nil {
			return err
		}
		if it != nil && in.Grace > 0 {
			if it.MissingAt.IsZero() {
				if err := in.Store.markMissing(ctx, it.ID); err != nil {
					return err
				}
				res.pend(rel, in.Clock.Now().Add(in.Grace))
				continue
			}
			if due := it.MissingAt.Add(in.Grace); in.Clock.Now().Before(due) {
				res.pend(rel, due)
				continue
			}
		}
		if err := in.Store.forgetFile(ctx, rel); err != nil {
			return err
		}
		if it != nil {
			res.Removed++
		}
		if err := in.fileGone(ctx, rel); err != nil {
			return err
		}
	}
	return nil
}

// itemFiles are the paths an item's source stands for (a plain file for
// most kinds).
func itemFiles(source string) []string { return []string{source} }
