package kiosk

import (
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// A database that cannot be opened for writing (a read-only file or disk,
// a full disk, a damaged disk) never leaves the screen black: the kiosk
// shows what it can and says why on the staff panel and in `kiosk status`.
//
//  1. The database opened read-only: the last playlist it holds plays on;
//     nothing new is taken until it can be written.
//  2. For `kiosk run`, when even that fails: a fresh database in memory
//     (/dev/shm), filled from the content folder; it is lost at the next
//     start.

// openStoreFallback opens the store at path, or a fallback with a warning
// for staff saying why. inMemory allows the second fallback.
func openStoreFallback(path string, inMemory bool) (*Store, string, error) {
	st, err := OpenStore(path)
	if err == nil {
		return st, "", nil
	}
	if !storeFault(err) {
		return nil, "", err
	}
	slog.Warn("the database cannot be opened for writing", "db", path, "err", err)
	if ro, roErr := openStoreReadOnly(path); roErr == nil {
		return ro, fmt.Sprintf("the database cannot be written (%v): the last playlist it holds plays on, nothing new is taken until it can be written", err), nil
	} else {
		slog.Warn("nor read", "db", path, "err", roErr)
	}
	if !inMemory {
		return nil, "", err
	}
	removeStaleMemoryStores()
	mem, memErr := OpenStore(memoryStorePath())
	if memErr != nil {
		return nil, "", fmt.Errorf("%w (and no database in memory either: %v)", err, memErr)
	}
	mem.fallback = true
	return mem, fmt.Sprintf("the database cannot be opened (%v): the content folder is read into memory, and read again at every start", err), nil
}

// storeFault: an error opening the store that is the machine's (or the
// permissions'), not a damaged file (OpenStore moves those aside itself).
func storeFault(err error) bool {
	return machineFault(err) != "" || errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EACCES)
}

// openStoreReadOnly opens an existing database for reading only, as it is
// (no migrations). A database in WAL mode in a folder that cannot be
// written is opened as immutable.
func openStoreReadOnly(path string) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	var last error
	for _, extra := range []string{"mode=ro", "mode=ro&immutable=1"} {
		dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + extra + "&_busy_timeout=10000"
		db, err := sql.Open("sqlite3", dsn)
		if err != nil {
			return nil, err
		}
		var n int
		if err = db.QueryRow(`SELECT count(*) FROM items`).Scan(&n); err != nil {
			db.Close()
			last = err
			continue
		}
		db.SetMaxOpenConns(4)
		return &Store{path: path, w: db, r: db, fallback: true}, nil
	}
	return nil, fmt.Errorf("open %s read-only: %w", path, last)
}

// memoryStorePath is a database file in memory (/dev/shm), one per process.
func memoryStorePath() string {
	dir := "/dev/shm"
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "kiosk-"+strconv.Itoa(os.Getuid()), "kiosk-"+strconv.Itoa(os.Getpid())+".db")
}

// removeStaleMemoryStores deletes the memory databases of processes gone.
func removeStaleMemoryStores() {
	dir := filepath.Dir(memoryStorePath())
	names, _ := filepath.Glob(filepath.Join(dir, "kiosk-*.db*"))
	for _, n := range names {
		base := strings.TrimPrefix(filepath.Base(n), "kiosk-")
		pid, err := strconv.Atoi(base[:strings.IndexByte(base+".", '.')])
		if err != nil || pid == os.Getpid() {
			continue
		}
		if syscall.Kill(pid, 0) == syscall.ESRCH {
			os.Remove(n)
		}
	}
}

// sideFactsPath is where a kiosk whose database cannot be written keeps its
// runtime facts for `kiosk status` (in memory, beside the memory stores).
func sideFactsPath() string {
	return filepath.Join(filepath.Dir(memoryStorePath()), "running.json")
}

// writeSideFacts keeps the runtime facts that the store refused.
func writeSideFacts(facts []byte) {
	p := sideFactsPath()
	os.MkdirAll(filepath.Dir(p), 0o700)
	tmp := p + ".tmp"
	if os.WriteFile(tmp, facts, 0o600) == nil {
		os.Rename(tmp, p)
	}
}

// sideFacts are the runtime facts a kiosk kept beside a read-only store,
// if they are newer than the store's.
func sideFacts(storeFacts *RunFacts) *RunFacts {
	data, err := os.ReadFile(sideFactsPath())
	if err != nil {
		return nil
	}
	side := parseRunFacts(string(data))
	if side == nil || (storeFacts != nil && !side.Updated.After(storeFacts.Updated)) {
		return nil
	}
	return side
}
