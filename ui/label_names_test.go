package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// TestArtworkLabelShowsNameAsAllowed: "Дана Әбдірахманова, 13" is shown as
// "Дана, 13 жас" under names = first, and without the name under none.
func TestArtworkLabelShowsNameAsAllowed(t *testing.T) {
	for _, tt := range []struct {
		policy    slides.NamePolicy
		want, not string
	}{
		{slides.NamesFirst, "Дана, 13 жас", "Әбдірахманова"},
		{"", "Дана, 13 жас", "Әбдірахманова"},
		{slides.NamesNone, "13 жас", "Дана"},
		{slides.NamesFull, "Дана Әбдірахманова, 13 жас", "\x00"},
	} {
		s := kiosk.Slide{Langs: []slides.Lang{slides.KK, slides.RU, slides.EN}, Item: kiosk.Item{ID: 1, Kind: kiosk.KindArtwork,
			Title: slides.Plain("Алма"), Meta: kiosk.Meta{Age: "13", Author: slides.Plain("Дана Әбдірахманова"), Names: tt.policy}}}
		var lines []string
		for _, seg := range artworkLabel(s) {
			if ts, ok := seg.(*widget.TextSegment); ok {
				lines = append(lines, ts.Text)
			}
		}
		text := strings.ReplaceAll(strings.Join(lines, "\n"), keep, " ") // "13 жас" is kept on one line
		if !strings.Contains(text, tt.want) || strings.Contains(text, tt.not) {
			t.Errorf("names = %q: label\n%s\nwant %q and not %q", tt.policy, text, tt.want, tt.not)
		}
	}
}
