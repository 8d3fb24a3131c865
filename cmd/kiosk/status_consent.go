package main

import (
	"fmt"
	"io"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// printConsent writes the works kept off the screen by their consent, and
// how many have consent ending soon, after the refused files.
func printConsent(out io.Writer, st kiosk.Status) {
	if len(st.Withheld) > 0 {
		fmt.Fprintf(out, "not shown by consent (%d):\n", len(st.Withheld))
	}
	for _, w := range st.Withheld {
		fmt.Fprintf(out, "  %s\n    %s\n    %s\n    %s\n", printable(w.Source),
			w.Reasons[slides.EN], w.Reasons[slides.RU], w.Reasons[slides.KK])
	}
	fmt.Fprintf(out, "consent ends within %d days: %d\n", kiosk.ConsentSoonDays, st.ConsentEndingSoon)
	for _, w := range st.ConsentEnding {
		fmt.Fprintf(out, "  %s (until %s)\n", printable(w.Source), w.Until)
	}
}

// consentNote says in a playlist line why consent keeps a work off, or
// until when it may be shown.
func consentNote(e kiosk.PlaylistEntry) string {
	switch {
	case e.Withheld != "":
		return "  [not shown: " + string(e.Withheld) + "]"
	case e.ConsentUntil != "":
		return "  [consent until " + e.ConsentUntil + "]"
	}
	return ""
}
