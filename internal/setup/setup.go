// Package setup turns a Debian PC with the kiosk package into a lobby screen
// (kiosk setup-screen), and back (--undo): the kiosk user, its content
// folder and options, the kiosk service enabled for it, LightDM logging it
// into openbox with the screen saver, power saving and pointer off, and
// sleep masked. Every step looks before it writes, so a second run changes
// nothing and says so.
//
// All paths are under Options.Root ("/" on a real PC), so tests run the
// whole thing against a temporary folder.
package setup

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Options say which screen to set up.
type Options struct {
	Root    string // the system's root folder: "/" except in tests
	User    string // the user the screen runs as [kiosk]
	Content string // the content folder [~USER/Kiosk]
	Screen  string // this screen's name for per-screen settings, or ""
	Out     io.Writer
	// AddUser creates a user (name, home) in the system at Root. The
	// default runs useradd (with --root for a Root other than /).
	AddUser func(name, home string) error
	// WriteDemo fills a new content folder with the demo content.
	WriteDemo func(dir string) error
}

// A step is one thing a screen needs. apply makes it so and reports what it
// did, or that it was already so (changed false).
type step struct {
	name  string
	apply func(*env) (changed bool, what string, err error)
}

// env is the state the steps share: the options and the user found or made.
type env struct {
	Options
	acct    account
	created []string // paths (under Root) this run created, for the state file
}

// Apply sets the screen up. It returns the number of changes it made.
func Apply(o Options) (int, error) {
	e, err := newEnv(o)
	if err != nil {
		return 0, err
	}
	steps := []step{
		{"user", (*env).stepUser},
		{"content", (*env).stepContent},
		{"options", (*env).stepOptions},
		{"service", (*env).stepService},
		{"autologin", (*env).stepAutologin},
		{"awake", (*env).stepAwake},
	}
	changes := 0
	for _, s := range steps {
		changed, what, err := s.apply(e)
		if err != nil {
			return changes, fmt.Errorf("%s: %w", s.name, err)
		}
		report(e.Out, s.name, changed, what)
		if changed {
			changes++
		}
	}
	if err := e.saveState(); err != nil {
		return changes, err
	}
	if changes == 0 {
		fmt.Fprintln(e.Out, "nothing to change: this PC is already a screen for "+e.User)
	} else {
		fmt.Fprintf(e.Out, "%d change(s); the screen starts the kiosk at the next boot (sudo reboot)\n", changes)
	}
	return changes, nil
}

func report(out io.Writer, name string, changed bool, what string) {
	mark := "ok     "
	if changed {
		mark = "changed"
	}
	fmt.Fprintf(out, "%s %-9s %s\n", mark, name, what)
}

func newEnv(o Options) (*env, error) {
	if o.Root == "" {
		o.Root = "/"
	}
	if o.User == "" {
		o.User = "kiosk"
	}
	if o.Out == nil {
		o.Out = io.Discard
	}
	if o.AddUser == nil {
		root := o.Root
		o.AddUser = func(name, home string) error { return useradd(root, name, home) }
	}
	if !validName(o.User) {
		return nil, fmt.Errorf("%q is not a user name (lower-case letters, digits, - and _)", o.User)
	}
	if o.Content != "" {
		if !filepath.IsAbs(o.Content) {
			return nil, fmt.Errorf("--content %s: give an absolute path", o.Content)
		}
		if strings.ContainsAny(o.Content, " \t\n\"'\\$") {
			return nil, fmt.Errorf("--content %q: the service's options cannot hold spaces, quotes or $", o.Content)
		}
		o.Content = filepath.Clean(o.Content)
	}
	if strings.ContainsAny(o.Screen, " \t\n\"'\\$") {
		return nil, fmt.Errorf("--screen %q: use a name without spaces or quotes", o.Screen)
	}
	return &env{Options: o}, nil
}

func validName(s string) bool {
	if s == "" || len(s) > 32 || s[0] == '-' {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// path is p (absolute on the target system) under Root.
func (e *env) path(p string) string { return filepath.Join(e.Root, p) }

// exists reports whether p (under Root) exists, without following a link.
func (e *env) exists(p string) bool {
	_, err := os.Lstat(e.path(p))
	return err == nil
}

// need fails unless the file p exists, naming the package that brings it.
func (e *env) need(p, pkg string) error {
	if _, err := os.Stat(e.path(p)); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("%s is missing: sudo apt install %s", p, pkg)
		}
		return err
	}
	return nil
}
