package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSetupScreenCommand runs `kiosk setup-screen` twice and --undo against
// a temporary root (KIOSK_SETUP_ROOT) whose kiosk user exists already.
func TestSetupScreenCommand(t *testing.T) {
	root := t.TempDir()
	for p, data := range map[string]string{
		"etc/passwd":                          fmt.Sprintf("kiosk:x:%d:%d::/home/kiosk:/bin/bash\n", os.Getuid(), os.Getgid()),
		"usr/lib/systemd/user/kiosk.service":  "[Unit]\n",
		"usr/sbin/lightdm":                    "",
		"usr/share/xsessions/openbox.desktop": "",
		"home/kiosk/.profile":                 "",
	} {
		if err := os.MkdirAll(filepath.Join(root, filepath.Dir(p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, p), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv(setupRootEnv, root)
	for i, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"setup-screen", "--screen", "hall"}, "changed content   content folder /home/kiosk/Kiosk created with the demo content"},
		{[]string{"setup-screen", "--screen", "hall"}, "nothing to change"},
		{[]string{"setup-screen", "--undo"}, "6 removed"},
	} {
		var out, errs bytes.Buffer
		if code := run(tc.args, &out, &errs); code != 0 {
			t.Fatalf("run %d: exit %d: %s", i, code, errs.String())
		}
		if !strings.Contains(out.String(), tc.want) {
			t.Errorf("run %d (%v): no %q in\n%s", i, tc.args, tc.want, out.String())
		}
	}
	if _, err := os.Stat(filepath.Join(root, "home/kiosk/Kiosk/kiosk.toml")); err != nil {
		t.Error("the demo content is not in the content folder:", err)
	}
	var out, errs bytes.Buffer
	if code := run([]string{"setup-screen", "stray"}, &out, &errs); code != 2 {
		t.Errorf("a stray argument: exit %d, want 2", code)
	}
}
