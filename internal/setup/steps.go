package setup

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Where the package and LightDM keep what the steps touch.
const (
	dropIn     = "/etc/lightdm/lightdm.conf.d/50-kiosk.conf"
	dropInHead = "# Written by kiosk setup-screen; kiosk setup-screen --undo removes it.\n"
	wantsDir   = ".config/systemd/user/graphical-session.target.wants"
	envFile    = ".config/kiosk/kiosk.env"
)

// unitDirs are where kiosk.service may be installed: the package's, then
// `make install`'s.
var unitDirs = []string{"/usr/lib/systemd/user", "/usr/local/lib/systemd/user", "/etc/systemd/user"}

// sleepTargets are masked so the PC never suspends.
var sleepTargets = []string{"sleep.target", "suspend.target", "hibernate.target", "hybrid-sleep.target"}

func (e *env) contentDir() string {
	if e.Content != "" {
		return e.Content
	}
	return filepath.Join(e.acct.home, "Kiosk")
}

func (e *env) stepContent() (bool, string, error) {
	dir := e.contentDir()
	if fi, err := os.Stat(e.path(dir)); err == nil {
		if !fi.IsDir() {
			return false, "", fmt.Errorf("%s is not a folder", dir)
		}
		return false, "content folder " + dir + " exists (left as it is)", nil
	}
	if err := e.mkdirs(filepath.Dir(dir), strings.HasPrefix(dir, e.acct.home+"/")); err != nil {
		return false, "", err
	}
	what := "content folder " + dir + " created"
	if e.WriteDemo != nil {
		if err := e.WriteDemo(e.path(dir)); err != nil {
			return false, "", err
		}
		what += " with the demo content"
	} else if err := os.Mkdir(e.path(dir), 0o755); err != nil {
		return false, "", err
	}
	return true, what, e.chownTree(e.path(dir))
}

// stepOptions writes the service's options: the content folder when it is
// not the default one, and the screen's name.
func (e *env) stepOptions() (bool, string, error) {
	var args []string
	if dir := e.contentDir(); dir != filepath.Join(e.acct.home, "Kiosk") {
		args = append(args, "--content", dir)
	}
	if e.Screen != "" {
		args = append(args, "--screen", e.Screen)
	}
	line := "KIOSK_ARGS=" + strings.Join(args, " ")
	data := "# Options of kiosk.service (kiosk setup-screen writes this file).\n" + line + "\n"
	p := filepath.Join(e.acct.home, envFile)
	changed, err := e.ensureFile(p, []byte(data), 0o644, true)
	if err != nil {
		return false, "", err
	}
	return changed, p + ": " + line, nil
}

func (e *env) stepService() (bool, string, error) {
	unit := ""
	for _, d := range unitDirs {
		if e.exists(filepath.Join(d, "kiosk.service")) {
			unit = filepath.Join(d, "kiosk.service")
			break
		}
	}
	if unit == "" {
		return false, "", fmt.Errorf("kiosk.service is not installed: sudo apt install ./kiosk_VERSION_amd64.deb")
	}
	link := filepath.Join(e.acct.home, wantsDir, "kiosk.service")
	changed, err := e.ensureLink(link, unit, true)
	if err != nil {
		return false, "", err
	}
	e.record(link)
	return changed, "kiosk.service enabled for " + e.User + " (starts with its graphical session)", nil
}

// stepAutologin has LightDM log the user into openbox at boot, with X's
// screen saver and power saving off and no pointer drawn.
func (e *env) stepAutologin() (bool, string, error) {
	if err := e.need("/usr/sbin/lightdm", "lightdm"); err != nil {
		return false, "", err
	}
	if err := e.need("/usr/share/xsessions/openbox.desktop", "openbox"); err != nil {
		return false, "", err
	}
	conf := dropInHead + "[Seat:*]\n" +
		"autologin-user=" + e.User + "\n" +
		"autologin-user-timeout=0\n" +
		"autologin-session=openbox\n" +
		"user-session=openbox\n" +
		"# no screen saver, no power saving, no mouse pointer\n" +
		"xserver-command=X -s 0 -dpms -nocursor\n"
	changed, err := e.ensureFile(dropIn, []byte(conf), 0o644, false)
	if err != nil {
		return false, "", err
	}
	e.record(dropIn)
	what := "LightDM logs " + e.User + " into openbox; X without blanking, power saving or pointer (" + dropIn + ")"
	if dm, err := os.ReadFile(e.path("/etc/X11/default-display-manager")); err == nil &&
		strings.TrimSpace(string(dm)) != "/usr/sbin/lightdm" {
		what += "; WARNING: the display manager is " + strings.TrimSpace(string(dm)) +
			", not LightDM: sudo dpkg-reconfigure lightdm"
	}
	return changed, what, nil
}

func (e *env) stepAwake() (bool, string, error) {
	changed := false
	for _, t := range sleepTargets {
		p := "/etc/systemd/system/" + t
		if got, err := os.Readlink(e.path(p)); err == nil && got == "/dev/null" {
			continue // masked already (by us or by hand)
		}
		c, err := e.ensureLink(p, "/dev/null", false)
		if err != nil {
			return false, "", err
		}
		if c {
			e.record(p)
			changed = true
		}
	}
	return changed, "sleep, suspend and hibernation masked (" + strings.Join(sleepTargets, " ") + ")", nil
}
