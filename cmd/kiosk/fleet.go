package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/kiosk/fleet"
)

// cmdFleet is `kiosk fleet DIR [--json] [--html FILE]`: every screen's
// report folder under DIR, on the staff PC.
func cmdFleet(_ *kiosk.Kiosk, o options, out io.Writer) error {
	if len(o.args) != 1 {
		return errors.New("give the folder of the screens' reports: kiosk fleet DIR")
	}
	dir := o.args[0]
	f, err := fleet.Read(dir, time.Now())
	if err != nil {
		return err
	}
	if o.html != "" {
		if err := fleet.WriteHTML(o.html, dir, f); err != nil {
			return err
		}
	}
	if o.json {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(f)
	}
	printFleet(out, f)
	return nil
}

// printFleet is the fleet as text, a few lines per screen.
func printFleet(out io.Writer, f fleet.Fleet) {
	if len(f.Screens) == 0 {
		fmt.Fprintln(out, "no screen folders yet")
		return
	}
	for _, s := range f.Screens {
		name := strconv.Quote(s.Name) // a name with a newline stays on its line
		switch s.State {
		case fleet.Unreadable:
			fmt.Fprintf(out, "%s  unreadable: %s\n", name, s.Why)
			continue
		case fleet.Online:
			fmt.Fprintf(out, "%s  online", name)
		default:
			fmt.Fprintf(out, "%s  %s since %s", name, s.State, s.LastSeen.Local().Format("2006-01-02 15:04"))
		}
		step := "in step"
		if !s.InStep {
			step = "behind (another playlist)"
		}
		fmt.Fprintf(out, ", %s, taken %d, refused %d, version %s\n", step, s.Taken, s.Refused, s.Version)
		if s.Showing.Source != "" {
			fmt.Fprintf(out, "  showing %s %q\n", s.Showing.Source, s.Showing.Title)
		}
		for _, r := range s.Files {
			fmt.Fprintf(out, "  refused %s: %s\n", r.Source, r.Reason)
		}
		for _, w := range s.Warnings {
			fmt.Fprintf(out, "  warning: %s\n", w)
		}
	}
}
