package setup

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

// account is a user from the target system's /etc/passwd.
type account struct {
	name     string
	uid, gid int
	home     string
}

// lookup finds name in Root's /etc/passwd (not through NSS: the target
// system may not be the running one).
func (e *env) lookup(name string) (account, bool, error) {
	f, err := os.Open(e.path("/etc/passwd"))
	if err != nil {
		return account{}, false, fmt.Errorf("reading the users: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), ":")
		if len(fields) < 7 || fields[0] != name {
			continue
		}
		uid, err1 := strconv.Atoi(fields[2])
		gid, err2 := strconv.Atoi(fields[3])
		if err1 != nil || err2 != nil {
			return account{}, false, fmt.Errorf("/etc/passwd: bad line for %s", name)
		}
		return account{name: name, uid: uid, gid: gid, home: fields[5]}, true, nil
	}
	return account{}, false, sc.Err()
}

// useradd makes the screen's user: a home, its own group, no password
// (nobody logs in as it by hand; LightDM's autologin needs none).
func useradd(root, name, home string) error {
	args := []string{"--create-home", "--home-dir", home, "--user-group",
		"--shell", "/bin/bash", "--comment", "Lobby screen", name}
	if root != "/" {
		args = append([]string{"--root", root}, args...)
	}
	cmd := exec.Command("useradd", args...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("useradd %s: %v: %s", name, err, strings.TrimSpace(string(out)))
	}
	return nil
}

func (e *env) stepUser() (bool, string, error) {
	acct, ok, err := e.lookup(e.User)
	if err != nil {
		return false, "", err
	}
	if ok {
		e.acct = acct
		return false, fmt.Sprintf("user %s exists (home %s)", acct.name, acct.home), nil
	}
	home := "/home/" + e.User
	if err := e.AddUser(e.User, home); err != nil {
		return false, "", err
	}
	if e.acct, ok, err = e.lookup(e.User); err != nil || !ok {
		return false, "", fmt.Errorf("user %s still missing after useradd (%v)", e.User, err)
	}
	return true, fmt.Sprintf("user %s created, no password (home %s)", e.User, e.acct.home), nil
}
