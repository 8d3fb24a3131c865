package setup

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// Undo takes back what Apply set up: the autologin, the enabled service and
// the sleep masks it made. The user, its home, the content folder and the
// service's options stay: they hold the screen's data and settings. It
// returns the number of things removed.
func Undo(o Options) (int, error) {
	e, err := newEnv(o)
	if err != nil {
		return 0, err
	}
	paths, user, err := e.loadState()
	if err != nil {
		return 0, fmt.Errorf("reading %s: %w", stateFile, err)
	}
	if user == "" {
		user = e.User
	}
	// Without a state file (set up by hand, or the file lost): the two
	// files that can only be ours.
	if !slices.Contains(paths, dropIn) {
		paths = append(paths, dropIn)
	}
	if acct, ok, err := e.lookup(user); err == nil && ok {
		link := filepath.Join(acct.home, wantsDir, "kiosk.service")
		if !slices.Contains(paths, link) {
			paths = append(paths, link)
		}
	}
	removed := 0
	for _, p := range paths {
		ok, err := e.removeOurs(p)
		if err != nil {
			return removed, err
		}
		if ok {
			report(e.Out, "removed", true, p)
			removed++
		}
	}
	if err := os.Remove(e.path(stateFile)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return removed, err
	}
	if removed == 0 {
		fmt.Fprintln(e.Out, "nothing to undo: this PC is not set up as a screen")
	} else {
		fmt.Fprintf(e.Out, "%d removed; kept: the user %s, its home, the content folder and %s\n"+
			"(to remove the user and everything it holds: sudo deluser --remove-home %s)\n",
			removed, user, envFile, user)
	}
	return removed, nil
}

// removeOurs removes p if it is a link, or the LightDM file we wrote; it
// leaves anything else (a file someone put there since) alone.
func (e *env) removeOurs(p string) (bool, error) {
	full := e.path(p)
	fi, err := os.Lstat(full)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	} else if err != nil {
		return false, err
	}
	if fi.Mode()&os.ModeSymlink == 0 {
		data, err := os.ReadFile(full)
		if err != nil {
			return false, err
		}
		if p != dropIn || !bytes.HasPrefix(data, []byte(dropInHead)) {
			fmt.Fprintf(e.Out, "kept    %-9s %s (not written by setup-screen)\n", "", p)
			return false, nil
		}
	}
	if err := os.Remove(full); err != nil {
		return false, fmt.Errorf("removing %s: %w", p, err)
	}
	return true, nil
}
