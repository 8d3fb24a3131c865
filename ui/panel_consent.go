package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// consentInfo is the staff panel's lines on consent: the works kept off the
// screen and why, and how many works' consent ends soon. Titles only: the
// panel never shows a child's name.
func consentInfo(l slides.Lang, st kiosk.Status, text fyne.ThemeSizeName) []widget.RichTextSegment {
	if len(st.Withheld) == 0 && st.ConsentEndingSoon == 0 {
		return nil
	}
	segs := fact(tr(l, "panel.withheld", nil), fmt.Sprint(len(st.Withheld)), text)
	for _, w := range st.Withheld {
		order := []slides.Lang{l}
		segs = append(segs, seg(w.Title.Get(order)+" — "+w.Reasons.Get(order), sizeCaption, false, ""))
	}
	return append(segs, fact(tr(l, "panel.consentSoon", nil), fmt.Sprint(st.ConsentEndingSoon), text)...)
}
