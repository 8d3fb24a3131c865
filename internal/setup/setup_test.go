package setup

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// fakeRoot is a temporary Debian root with what the package and its
// dependencies bring: kiosk.service, LightDM, openbox, a passwd file.
func fakeRoot(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	for p, data := range map[string]string{
		"/etc/passwd":                          "root:x:0:0:root:/root:/bin/bash\n",
		"/usr/lib/systemd/user/kiosk.service":  "[Unit]\n",
		"/usr/sbin/lightdm":                    "",
		"/usr/share/xsessions/openbox.desktop": "[Desktop Entry]\n",
		"/etc/X11/default-display-manager":     "/usr/sbin/lightdm\n",
	} {
		writeT(t, filepath.Join(root, p), data)
	}
	return root
}

func writeT(t *testing.T, p, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// opts runs against root; useradd appends to its passwd and makes the home.
func opts(root string, out *bytes.Buffer) Options {
	return Options{
		Root: root, Out: out,
		AddUser: func(name, home string) error {
			f, err := os.OpenFile(filepath.Join(root, "etc/passwd"), os.O_APPEND|os.O_WRONLY, 0)
			if err != nil {
				return err
			}
			defer f.Close()
			fmt.Fprintf(f, "%s:x:%d:%d:Lobby screen:%s:/bin/bash\n", name, os.Getuid(), os.Getgid(), home)
			return os.MkdirAll(filepath.Join(root, home), 0o755)
		},
		WriteDemo: func(dir string) error {
			if err := os.MkdirAll(filepath.Join(dir, "announcements"), 0o755); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dir, "announcements", "hello.md"), []byte("hello"), 0o644)
		},
	}
}

// tree lists every file and link under root with its content or target.
func tree(t *testing.T, root string) string {
	t.Helper()
	var lines []string
	filepath.Walk(root, func(p string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if fi.Mode()&os.ModeSymlink != 0 {
			target, _ := os.Readlink(p)
			lines = append(lines, rel+" -> "+target)
		} else {
			data, _ := os.ReadFile(p)
			lines = append(lines, rel+": "+string(data))
		}
		return nil
	})
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func TestApplyTwiceThenUndo(t *testing.T) {
	root := fakeRoot(t)
	before := tree(t, root)
	var out bytes.Buffer
	o := opts(root, &out)
	o.Screen = "hall"
	n, err := Apply(o)
	if err != nil {
		t.Fatal(err)
	}
	if n != 6 {
		t.Errorf("first run: %d changes, want 6\n%s", n, out.String())
	}
	for _, want := range []string{
		"home/kiosk/Kiosk/announcements/hello.md: hello",
		"home/kiosk/.config/kiosk/kiosk.env: # Options of kiosk.service (kiosk setup-screen writes this file).\nKIOSK_ARGS=--screen hall\n",
		"home/kiosk/.config/systemd/user/graphical-session.target.wants/kiosk.service -> /usr/lib/systemd/user/kiosk.service",
		"autologin-user=kiosk\n",
		"xserver-command=X -s 0 -dpms -nocursor\n",
		"etc/systemd/system/suspend.target -> /dev/null",
		"var/lib/kiosk/setup-screen.state",
	} {
		if !strings.Contains(tree(t, root), want) {
			t.Errorf("after setup, no %q in\n%s", want, tree(t, root))
		}
	}
	after := tree(t, root)

	out.Reset()
	if n, err := Apply(o); err != nil || n != 0 {
		t.Errorf("second run: %d changes, %v, want 0\n%s", n, err, out.String())
	}
	if !strings.Contains(out.String(), "nothing to change") || strings.Contains(out.String(), "changed") {
		t.Errorf("second run does not say it changed nothing:\n%s", out.String())
	}
	if got := tree(t, root); got != after {
		t.Errorf("second run changed files:\n%s\nwant\n%s", got, after)
	}

	out.Reset()
	if n, err := Undo(o); err != nil || n != 6 {
		t.Errorf("undo: %d removed, %v, want 6 (autologin, service, 4 masks)\n%s", n, err, out.String())
	}
	kept := tree(t, root)
	for _, gone := range []string{"lightdm.conf.d", "suspend.target", "graphical-session.target.wants", "setup-screen.state"} {
		if strings.Contains(kept, gone) {
			t.Errorf("after undo, %s is still there:\n%s", gone, kept)
		}
	}
	for _, stays := range []string{"hello.md", "kiosk.env", "kiosk:x:"} {
		if !strings.Contains(kept, stays) {
			t.Errorf("undo took away %s:\n%s", stays, kept)
		}
	}
	if !strings.Contains(before, "default-display-manager") {
		t.Fatal("fake root lost")
	}
	out.Reset()
	if n, err := Undo(o); err != nil || n != 0 || !strings.Contains(out.String(), "nothing to undo") {
		t.Errorf("second undo: %d, %v\n%s", n, err, out.String())
	}
}

func TestContentElsewhereAndMasksNotOurs(t *testing.T) {
	root := fakeRoot(t)
	// A mask made by hand before: setup leaves it, undo keeps it.
	if err := os.MkdirAll(filepath.Join(root, "etc/systemd/system"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/null", filepath.Join(root, "etc/systemd/system/sleep.target")); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	o := opts(root, &out)
	o.Content = "/srv/Kiosk"
	if _, err := Apply(o); err != nil {
		t.Fatal(err)
	}
	env, _ := os.ReadFile(filepath.Join(root, "home/kiosk", envFile))
	if !strings.Contains(string(env), "KIOSK_ARGS=--content /srv/Kiosk\n") {
		t.Errorf("kiosk.env: %s", env)
	}
	if _, err := os.Stat(filepath.Join(root, "srv/Kiosk/announcements/hello.md")); err != nil {
		t.Error("content folder elsewhere not filled:", err)
	}
	if _, err := Undo(o); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Readlink(filepath.Join(root, "etc/systemd/system/sleep.target")); err != nil {
		t.Error("undo removed a mask it did not make")
	}
	if _, err := os.Lstat(filepath.Join(root, "etc/systemd/system/suspend.target")); err == nil {
		t.Error("undo left a mask it made")
	}
}

func TestRefusals(t *testing.T) {
	for name, tc := range map[string]struct {
		mod  func(o *Options, root string)
		want string
	}{
		"no lightdm":         {func(_ *Options, root string) { os.Remove(filepath.Join(root, "usr/sbin/lightdm")) }, "sudo apt install lightdm"},
		"no unit":            {func(_ *Options, root string) { os.Remove(filepath.Join(root, "usr/lib/systemd/user/kiosk.service")) }, "kiosk.service is not installed"},
		"content with space": {func(o *Options, _ string) { o.Content = "/srv/My Kiosk" }, "spaces"},
		"relative content":   {func(o *Options, _ string) { o.Content = "Kiosk" }, "absolute"},
		"bad user":           {func(o *Options, _ string) { o.User = "Kiosk User" }, "not a user name"},
	} {
		t.Run(name, func(t *testing.T) {
			root := fakeRoot(t)
			var out bytes.Buffer
			o := opts(root, &out)
			tc.mod(&o, root)
			if _, err := Apply(o); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error with %q", err, tc.want)
			}
		})
	}
}

func TestOtherDisplayManagerWarns(t *testing.T) {
	root := fakeRoot(t)
	writeT(t, filepath.Join(root, "etc/X11/default-display-manager"), "/usr/sbin/gdm3\n")
	var out bytes.Buffer
	if _, err := Apply(opts(root, &out)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "WARNING: the display manager is /usr/sbin/gdm3") {
		t.Errorf("no warning about gdm3:\n%s", out.String())
	}
}
