package setup

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ensureFile writes data to p (under Root) unless it holds exactly that,
// creating the folders it needs. owned files (in the user's home) go to the
// user. It reports whether it wrote.
func (e *env) ensureFile(p string, data []byte, mode os.FileMode, owned bool) (bool, error) {
	full := e.path(p)
	if old, err := os.ReadFile(full); err == nil && bytes.Equal(old, data) {
		return false, nil
	}
	if err := e.mkdirs(filepath.Dir(p), owned); err != nil {
		return false, err
	}
	tmp := full + ".kiosk-new"
	if err := os.WriteFile(tmp, data, mode); err != nil {
		return false, fmt.Errorf("writing %s: %w", p, err)
	}
	if owned {
		if err := e.chown(tmp); err != nil {
			os.Remove(tmp)
			return false, err
		}
	}
	if err := os.Rename(tmp, full); err != nil {
		os.Remove(tmp)
		return false, fmt.Errorf("writing %s: %w", p, err)
	}
	return true, nil
}

// ensureLink makes p (under Root) a symbolic link to target unless it is.
// A different file in its place is an error: it is not ours to replace.
func (e *env) ensureLink(p, target string, owned bool) (bool, error) {
	full := e.path(p)
	if got, err := os.Readlink(full); err == nil {
		if got == target {
			return false, nil
		}
		if err := os.Remove(full); err != nil {
			return false, err
		}
	} else if _, err := os.Lstat(full); err == nil {
		return false, fmt.Errorf("%s exists and is not a link: leaving it alone", p)
	}
	if err := e.mkdirs(filepath.Dir(p), owned); err != nil {
		return false, err
	}
	if err := os.Symlink(target, full); err != nil {
		return false, fmt.Errorf("linking %s: %w", p, err)
	}
	if owned {
		if err := e.lchown(full); err != nil {
			return false, err
		}
	}
	return true, nil
}

// mkdirs creates dir (under Root) and its missing parents; the ones it
// creates inside the user's home belong to the user.
func (e *env) mkdirs(dir string, owned bool) error {
	var missing []string
	for d := dir; d != "/" && d != "." && !e.exists(d); d = filepath.Dir(d) {
		missing = append(missing, d)
	}
	for i := len(missing) - 1; i >= 0; i-- {
		if err := os.Mkdir(e.path(missing[i]), 0o755); err != nil && !errors.Is(err, os.ErrExist) {
			return fmt.Errorf("creating %s: %w", missing[i], err)
		}
		if owned {
			if err := e.chown(e.path(missing[i])); err != nil {
				return err
			}
		}
	}
	return nil
}

// chown gives a file to the screen's user. Not being root is fine in a
// test against a temporary root, never on a real one.
func (e *env) chown(full string) error {
	return e.ownErr(os.Chown(full, e.acct.uid, e.acct.gid), full)
}

func (e *env) lchown(full string) error {
	return e.ownErr(os.Lchown(full, e.acct.uid, e.acct.gid), full)
}

func (e *env) ownErr(err error, full string) error {
	if err == nil || (errors.Is(err, os.ErrPermission) && e.Root != "/") {
		return nil
	}
	return fmt.Errorf("giving %s to %s: %w", full, e.User, err)
}

// chownTree gives a folder and everything in it to the user.
func (e *env) chownTree(full string) error {
	return filepath.Walk(full, func(p string, _ os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		return e.lchown(p)
	})
}
