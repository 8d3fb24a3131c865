package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/shygarmashylyq/kiosk/kiosk"
)

// addDisplay fills in the display's state when no running kiosk recorded
// it: what the opening hours say now.
func addDisplay(k *kiosk.Kiosk, st *kiosk.Status) {
	if st.Display == nil {
		d := k.DisplayNow()
		st.Display = &d
	}
	s := k.Storage(context.Background())
	st.Storage = &s
	if st.Clock == nil {
		c := k.ClockStatus(context.Background())
		st.Clock = &c
	}
}

// writeDisplay is the status line of the display: "display: off (closed;
// opens at 08:30 Monday), on at 08:20 Monday".
func writeDisplay(out io.Writer, d *kiosk.DisplayStatus, c *kiosk.ClockStatus, s *kiosk.StorageStatus) {
	if c != nil && c.Note() != "" {
		fmt.Fprintf(out, "clock: %s\n", c.Note())
	}
	if c != nil && c.Preview {
		fmt.Fprintln(out, "clock: a preview (kiosk run --at): the show's clock is set apart from the system's")
	}
	if d == nil {
		return
	}
	line := fmt.Sprintf("display: %s (%s)", d.State, d.Why)
	if d.Next != "" {
		line += ", " + d.Next
	}
	if !d.Running {
		line += " [by the hours; no kiosk running]"
	}
	fmt.Fprintln(out, line)
	if len(d.Power) > 0 {
		fmt.Fprintf(out, "display switched by: %s\n", strings.Join(d.Power, ", "))
	}
	if s != nil {
		fmt.Fprintf(out, "storage: %s\n", s.Text())
	}
}
