package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/shygarmashylyq/kiosk/internal/setup"
	"github.com/shygarmashylyq/kiosk/kiosk"
)

// setupRootEnv points setup-screen at another root folder than /: for the
// tests, and for preparing a system image.
const setupRootEnv = "KIOSK_SETUP_ROOT"

const setupUsage = `usage: sudo kiosk setup-screen [--user kiosk] [--content DIR] [--screen NAME]
       sudo kiosk setup-screen --undo [--user kiosk]

Turns this Debian PC into a lobby screen: creates the user (no password),
its content folder (with the demo content), the service's options
(~/.config/kiosk/kiosk.env), enables kiosk.service for it, has LightDM log it
into openbox at boot with X's screen saver, power saving and pointer off, and
masks sleep. A second run changes nothing and says so. --undo removes the
autologin, the enabled service and the sleep masks; it keeps the user, its
home and the content folder.

`

// setupScreen is `kiosk setup-screen`: it needs no content folder or store.
func setupScreen(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("kiosk setup-screen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, setupUsage); fs.PrintDefaults() }
	o := setup.Options{Out: stdout, Root: os.Getenv(setupRootEnv)}
	fs.StringVar(&o.User, "user", "kiosk", "the user the screen runs as")
	fs.StringVar(&o.Content, "content", "", "the content folder (default ~USER/Kiosk)")
	fs.StringVar(&o.Screen, "screen", "", "this screen's name (per-screen settings in kiosk.toml)")
	undo := fs.Bool("undo", false, "take the set-up back")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "kiosk setup-screen: unexpected %q\n", fs.Arg(0))
		return 2
	}
	if (o.Root == "" || o.Root == "/") && os.Geteuid() != 0 {
		fmt.Fprintln(stderr, "kiosk setup-screen: it changes the system; run it as root: sudo kiosk setup-screen")
		return 1
	}
	o.WriteDemo = func(dir string) error { _, err := kiosk.WriteDemo(dir); return err }
	var err error
	if *undo {
		_, err = setup.Undo(o)
	} else {
		_, err = setup.Apply(o)
	}
	if err != nil {
		fmt.Fprintf(stderr, "kiosk setup-screen: %v\n", err)
		return 1
	}
	return 0
}
