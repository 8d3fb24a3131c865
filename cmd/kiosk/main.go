// Command kiosk is the lobby-screen kiosk of a children's creativity centre:
// a fullscreen slideshow of children's artworks, club timetables and
// announcements from a content folder that staff fill by copying files.
//
// Usage:
//
//	kiosk                      run the display (same as `kiosk run`)
//	kiosk run    [--windowed] [--screen NAME] [--at "2025-01-10 19:59"]
//	kiosk scan   [--json]      one-shot ingest of the content folder, no display
//	kiosk playlist [--at "2025-01-10 15:00"] [--json]
//	kiosk status [--json]      counts, refused files with reasons, last scan
//	kiosk clubs  [--json]      the clubs and their weekly sessions
//	kiosk stats  [--since 2025-01-01] [--csv | --csv-excel | --xlsx FILE]   proof of play and touches
//	kiosk report --exhibition NAME [--since 2025-01-01] --out FILE.pdf|.html
//	kiosk fleet DIR [--json] [--html FILE]   every screen's report under DIR (docs/FLEET.md)
//	kiosk version
//	kiosk setup-screen [--user kiosk] [--content DIR] [--screen NAME] [--undo]
//
// Every subcommand accepts --content DIR (default ~/Kiosk) and --db FILE
// (default $XDG_DATA_HOME/kiosk/kiosk.db). On first start with no content
// folder, the demo content is written there.
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	stop := startCPUProfile()
	code := run(os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

const usage = `kiosk: the lobby screen of a children's creativity centre

  kiosk                       run the display (same as kiosk run)
  kiosk run    [--windowed] [--screen NAME] [--at "2025-01-10 19:59"]
  kiosk scan   [--json]       one-shot ingest of the content folder, no display
  kiosk playlist [--at "2025-01-10 15:00"] [--json]
  kiosk status [--json]       counts, refused files with reasons, last scan
  kiosk clubs  [--json]       the clubs and their weekly sessions
  kiosk stats  [--since 2025-01-01] [--csv | --csv-excel | --xlsx FILE]   proof of play and touches
  kiosk report --exhibition NAME [--since 2025-01-01] --out FILE.pdf|.html
                              airtime of each work, for parents (A4)
  kiosk fleet DIR [--json] [--html FILE]
                              every screen's report under DIR, on the staff PC (docs/FLEET.md)
  kiosk version
  kiosk setup-screen [--user kiosk] [--content DIR] [--screen NAME] [--undo]
                              as root: make this PC a lobby screen (or undo it)

Every command takes --content DIR (default ~/Kiosk) and --db FILE
(default $XDG_DATA_HOME/kiosk/kiosk.db). kiosk COMMAND --help lists its flags.
`

// run executes one command line and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	name := "run"
	if len(args) > 0 && (args[0] == "help" || args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		fmt.Fprint(stdout, usage)
		return 0
	}
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		name, args = args[0], args[1:]
	}
	if name == "setup-screen" {
		return setupScreen(args, stdout, stderr)
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "kiosk: unknown command %q (run, scan, playlist, status, clubs, stats, report, fleet, version)\n", name)
		return 2
	}
	opts, err := parseFlags(name, args, stderr)
	if err != nil {
		return 2
	}
	logFile := ""
	if name == "run" {
		logFile = filepath.Join(filepath.Dir(opts.db), "kiosk.log")
	}
	setupLogging(stderr, logFile)
	if err := runCommand(cmd, name, opts, stdout); err != nil {
		fmt.Fprintf(stderr, "kiosk %s: %v\n", name, err)
		return 1
	}
	return 0
}

// runCommand opens the kiosk a command needs (version needs none) and runs it.
func runCommand(cmd command, name string, opts options, stdout io.Writer) error {
	if name == "version" || name == "fleet" { // the staff PC has no kiosk of its own
		return cmd(nil, opts, stdout)
	}
	k, err := opts.open()
	if err != nil {
		return err
	}
	defer k.Close()
	return cmd(k, opts, stdout)
}
