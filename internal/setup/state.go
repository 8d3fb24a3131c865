package setup

import (
	"bufio"
	"errors"
	"os"
	"slices"
	"strings"
)

// state is what setup-screen made, so --undo removes exactly that (and the
// package's purge too, without the binary): one "user NAME" line and one
// "path P" line per file or link it owns.
const stateFile = "/var/lib/kiosk/setup-screen.state"

func (e *env) record(p string) {
	if !slices.Contains(e.created, p) {
		e.created = append(e.created, p)
	}
}

// saveState adds this run's paths to the state file.
func (e *env) saveState() error {
	old, _, err := e.loadState()
	if err != nil {
		return err
	}
	paths := old
	for _, p := range e.created {
		if !slices.Contains(paths, p) {
			paths = append(paths, p)
		}
	}
	var b strings.Builder
	b.WriteString("# kiosk setup-screen: what it set up (kiosk setup-screen --undo removes it)\n")
	b.WriteString("user " + e.User + "\n")
	for _, p := range paths {
		b.WriteString("path " + p + "\n")
	}
	_, err = e.ensureFile(stateFile, []byte(b.String()), 0o644, false)
	return err
}

// loadState reads the paths and user of an earlier run; none is no error.
func (e *env) loadState() (paths []string, user string, err error) {
	f, err := os.Open(e.path(stateFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, "", nil
	} else if err != nil {
		return nil, "", err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if p, ok := strings.CutPrefix(sc.Text(), "path "); ok {
			paths = append(paths, p)
		} else if u, ok := strings.CutPrefix(sc.Text(), "user "); ok {
			user = u
		}
	}
	return paths, user, sc.Err()
}
