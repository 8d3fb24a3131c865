package kiosk

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"time"
)

// Housekeeping is what the night's housekeeping did, in `kiosk status
// --json` (storage.last_housekeeping). The JSON names are stable.
type Housekeeping struct {
	At                time.Time `json:"at"`
	PlaysPruned       int64     `json:"plays_pruned"`
	RenditionsRemoved int       `json:"renditions_removed"`
	FilesFreedBytes   int64     `json:"files_freed_bytes"`
	Vacuumed          bool      `json:"vacuumed"`
	DBFreedBytes      int64     `json:"db_freed_bytes"`
	Error             string    `json:"error,omitempty"`
}

// StorageStatus is the space the kiosk uses, in `kiosk status --json` (key
// "storage").
type StorageStatus struct {
	DBBytes          int64         `json:"db_bytes"`
	RenditionsBytes  int64         `json:"renditions_bytes"`
	RenditionsFiles  int           `json:"renditions_files"`
	LastHousekeeping *Housekeeping `json:"last_housekeeping,omitempty"`
}

// vacuumAt is how many free bytes in the database make a VACUUM worth it.
const vacuumAt = 4 << 20

// orphanAge is how old a rendition file the table does not know must be
// before it is removed (an ingest writes the file before its row).
const orphanAge = time.Hour

// housekeepIfDue runs the housekeeping when the centre is closed, once in
// about a day. Several callers at once run it once.
func (k *Kiosk) housekeepIfDue(ctx context.Context) {
	if !k.housekeeping.TryLock() {
		return
	}
	defer k.housekeeping.Unlock()
	if last := k.lastHousekeeping(ctx); last != nil && time.Since(last.At) < 20*time.Hour {
		return
	}
	h := k.Housekeep(ctx)
	if h.Error != "" && ctx.Err() == nil {
		slog.Warn("housekeeping", "err", h.Error)
	}
}

// Housekeep prunes proof of play older than retention_days, removes the
// renditions no item uses, and compacts the database when much was freed.
func (k *Kiosk) Housekeep(ctx context.Context) Housekeeping {
	h := Housekeeping{At: time.Now()}
	err := k.housekeep(ctx, &h)
	if err != nil {
		h.Error = err.Error()
	}
	slog.Info("housekeeping done", "plays_pruned", h.PlaysPruned, "renditions_removed", h.RenditionsRemoved,
		"files_freed_bytes", h.FilesFreedBytes, "vacuumed", h.Vacuumed, "db_freed_bytes", h.DBFreedBytes)
	b, _ := json.Marshal(h)
	if err := k.Store.SetFact(context.WithoutCancel(ctx), "housekeeping", string(b)); err != nil {
		slog.Warn("cannot record the housekeeping", "err", err)
	}
	return h
}

func (k *Kiosk) housekeep(ctx context.Context, h *Housekeeping) error {
	if days := k.Config().RetentionDays; days > 0 {
		before := time.Now().AddDate(0, 0, -days)
		n, err := k.Store.CountPlaysBefore(ctx, before)
		if err != nil {
			return err
		}
		if err := k.Store.Prune(ctx, before); err != nil {
			return err
		}
		h.PlaysPruned = n
	}
	unused, err := k.Store.UnusedRenditions(ctx)
	if err != nil {
		return err
	}
	for _, r := range unused {
		if err := k.Store.ForgetRendition(ctx, r); err != nil {
			return err
		}
		h.FilesFreedBytes += removeFile(r.Path)
		h.RenditionsRemoved++
	}
	n, freed, err := k.removeOrphans(ctx)
	if err != nil {
		return err
	}
	h.RenditionsRemoved += n
	h.FilesFreedBytes += freed
	free, err := k.Store.FreeBytes(ctx)
	if err != nil {
		return err
	}
	if free >= vacuumAt {
		before := k.Store.DiskBytes()
		if err := k.Store.Compact(ctx); err != nil {
			return err
		}
		h.Vacuumed, h.DBFreedBytes = true, max(0, before-k.Store.DiskBytes())
	}
	return nil
}

// removeOrphans removes rendition files the table does not know (left by a
// crash, or by an older kiosk).
func (k *Kiosk) removeOrphans(ctx context.Context) (int, int64, error) {
	known, err := k.Store.RenditionPaths(ctx)
	if err != nil {
		return 0, 0, err
	}
	var n int
	var freed int64
	err = filepath.WalkDir(k.Show.Renditions, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || known[p] || ctx.Err() != nil {
			return nil
		}
		if fi, err := d.Info(); err == nil && time.Since(fi.ModTime()) > orphanAge {
			freed += removeFile(p)
			n++
		}
		return nil
	})
	return n, freed, err
}

// removeFile removes a file and returns its size (0 if it was not there).
func removeFile(p string) int64 {
	fi, err := os.Stat(p)
	if err != nil {
		return 0
	}
	if err := os.Remove(p); err != nil {
		slog.Warn("cannot remove a rendition", "path", p, "err", err)
		return 0
	}
	return fi.Size()
}

func (k *Kiosk) lastHousekeeping(ctx context.Context) *Housekeeping {
	raw, _ := k.Store.Fact(ctx, "housekeeping")
	if raw == "" {
		return nil
	}
	var h Housekeeping
	if json.Unmarshal([]byte(raw), &h) != nil {
		return nil
	}
	return &h
}

// Storage is the space the database and the renditions take, and the last
// housekeeping.
func (k *Kiosk) Storage(ctx context.Context) StorageStatus {
	st := StorageStatus{DBBytes: k.Store.DiskBytes(), LastHousekeeping: k.lastHousekeeping(ctx)}
	_ = filepath.WalkDir(k.Show.Renditions, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				st.RenditionsBytes += fi.Size()
				st.RenditionsFiles++
			}
		}
		return nil
	})
	return st
}

// Text is the status line of the storage.
func (st StorageStatus) Text() string {
	s := fmt.Sprintf("database %s, renditions %s (%d files)", megabytes(st.DBBytes), megabytes(st.RenditionsBytes), st.RenditionsFiles)
	if h := st.LastHousekeeping; h != nil {
		s += fmt.Sprintf("; last housekeeping %s: %d plays pruned, %d renditions removed (%s)",
			h.At.Local().Format("2006-01-02 15:04"), h.PlaysPruned, h.RenditionsRemoved, megabytes(h.FilesFreedBytes))
		if h.Vacuumed {
			s += ", database compacted by " + megabytes(h.DBFreedBytes)
		}
		if h.Error != "" {
			s += ", stopped: " + h.Error
		}
	}
	return s
}
