package kiosk

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/mattn/go-sqlite3"

	"github.com/shygarmashylyq/kiosk/slides"
)

// A fault of the machine - a full disk, an input/output error, a read-only
// file system, a locked database - is no verdict on a file: the file is
// not refused but waits, is read again until the fault clears, and is then
// taken. The staff panel and `kiosk status` name the machine's fault.

// codeMachineFault marks a "refusal" that is the machine's fault.
const codeMachineFault = "machine_fault"

// machineRetry is how soon a file held back by a machine fault is read again.
const machineRetry = 15 * time.Second

// machineFault describes err if it is a fault of the machine, else "".
func machineFault(err error) string {
	if err == nil {
		return ""
	}
	for _, e := range []struct {
		errno syscall.Errno
		what  string
	}{
		{syscall.ENOSPC, "no space left on the disk"},
		{syscall.EDQUOT, "the disk quota is used up"},
		{syscall.EIO, "an input/output error of the disk"},
		{syscall.EROFS, "the disk is read-only"},
		{syscall.ENOMEM, "out of memory"},
		{syscall.EMFILE, "too many open files"},
		{syscall.ENFILE, "too many open files"},
	} {
		if errors.Is(err, e.errno) {
			return e.what
		}
	}
	var se sqlite3.Error
	if errors.As(err, &se) {
		switch se.Code {
		case sqlite3.ErrFull:
			return "no space left on the disk of the database"
		case sqlite3.ErrIoErr:
			return "an input/output error of the database's disk"
		case sqlite3.ErrBusy, sqlite3.ErrLocked:
			return "the database is locked by another program"
		case sqlite3.ErrReadonly:
			return "the database cannot be written (read-only)"
		case sqlite3.ErrCantOpen:
			return "the database cannot be opened"
		}
	}
	return ""
}

// machineRefusal is the placeholder "refusal" of a file held back by a
// machine fault: it never reaches the refused table (refuseFile pends it).
func machineRefusal(what string, err error) *Refusal {
	// The system's words for it, without the file's path (the panel names
	// the file already).
	detail := err.Error()
	var errno syscall.Errno
	if errors.As(err, &errno) {
		detail = errno.Error()
	}
	detail = " (" + detail + ")"
	return &Refusal{Code: codeMachineFault, Reason: slides.Text{
		slides.KK: "компьютердің ақауы, файлдың емес: " + what + detail,
		slides.RU: "неисправность компьютера, а не файла: " + what + detail,
		slides.EN: "the machine's fault, not the file's: " + what + detail,
	}}
}

// machineFaults keeps the machine fault of the last scans, for the warning.
type machineFaults struct {
	mu    sync.Mutex
	what  string // "" when none
	files int
	at    time.Time
}

func (m *machineFaults) note(what string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.what, m.at = what, time.Now()
	m.files++
}

// take returns the fault seen since the last call and clears it.
func (m *machineFaults) take() (string, int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	what, n := m.what, m.files
	m.what, m.files = "", 0
	return what, n
}

// machineWarning is the sentence for staff about a machine fault.
func machineWarning(what string, files int) string {
	if files > 0 {
		return fmt.Sprintf("the machine's fault, not the files': %s; %d files wait and are taken when it clears", what, files)
	}
	return fmt.Sprintf("the machine's fault, not the files': %s; the folder is read again when it clears", what)
}

// forgetMachineRefusals drops the refusals an older kiosk stored for
// machine faults ("cannot be read: no space left on device"), so those
// files are read again.
func (s *Store) forgetMachineRefusals(ctx context.Context) error {
	_, err := s.w.ExecContext(ctx, `DELETE FROM refused WHERE code IN ('unreadable', 'read_failed', 'bad_text', 'damaged') AND (
		reason LIKE '%no space left on device%' OR reason LIKE '%input/output error%' OR
		reason LIKE '%database is locked%' OR reason LIKE '%read-only file system%' OR
		reason LIKE '%disk quota exceeded%' OR reason LIKE '%too many open files%' OR
		reason LIKE '%database or disk is full%')`)
	if err != nil {
		return fmt.Errorf("forget refusals of machine faults: %w", err)
	}
	return nil
}

// noteMachineFault updates the machine-fault warning after a scan that
// ended with err: the fault of the whole scan, or of files it held back.
// It reports whether the scan itself failed for a machine fault.
func (k *Kiosk) noteMachineFault(err error) bool {
	what, files := k.Ingest.faults.take()
	scanFault := machineFault(err)
	if scanFault != "" {
		what = scanFault
		slog.Warn("the scan stopped for a fault of the machine; trying again", "fault", what, "err", err)
	}
	msg := ""
	if what != "" {
		msg = machineWarning(what, files)
	}
	k.mu.Lock()
	ws := make([]string, 0, len(k.warnings)+1)
	old := ""
	for _, w := range k.warnings {
		if strings.HasPrefix(w, machineWarningPrefix) {
			old = w
			continue
		}
		ws = append(ws, w)
	}
	if msg != "" {
		ws = append(ws, msg)
	}
	k.warnings = ws
	k.mu.Unlock()
	if old != msg {
		if msg == "" {
			slog.Info("the machine's fault has cleared", "was", old)
		}
		k.publishWarnings(ws)
	}
	return scanFault != ""
}

const machineWarningPrefix = "the machine's fault, not the files'"
