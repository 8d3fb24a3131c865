package ui

import (
	"strconv"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// wrapText is a RichText that wraps its text segments only at spaces, and
// never inside a word or a pair kept together: Fyne's own word wrap breaks
// at every unicode.IsSpace, the no-break space included ("15" at the end of
// a line, "жас" on the next), and cuts a word too long for the line
// ("herobrine7game" / "r"). Before Fyne lays it out at a width, wrapText
// puts its own line breaks in: at ordinary spaces only, so "15\u00a0жас" and
// "14:00\u00a0–\u00a015:30" stay whole; a word too long for the line is set
// smaller (down to minShrink of its size), then cut with "…". Each line
// then fits, and Fyne's wrap has nothing left to break.
//
// Set Segments and call Refresh as with a RichText.
type wrapText struct {
	widget.RichText
	src   []widget.RichTextSegment // the segments as given
	out   []widget.RichTextSegment // what Segments holds: src with line breaks
	width float32                  // the width out was made for
	scale float32                  // every text size times this (fitScale); 0 is 1
}

// minShrink is how much smaller a word too long for its line may be set.
const minShrink = 0.7

// keep is the no-break space: put it between two words to keep them on one
// line.
const keep = "\u00a0"

func newWrapText(segs ...widget.RichTextSegment) *wrapText {
	t := &wrapText{}
	t.Segments = segs
	t.Wrapping = fyne.TextWrapWord
	t.Scroll = container.ScrollNone // as widget.NewRichText: no scroller of its own
	t.ExtendBaseWidget(t)
	return t
}

// Resize breaks the lines for the new width, then lays them out.
func (t *wrapText) Resize(size fyne.Size) {
	t.adopt()
	if size.Width != t.width {
		t.rewrap(size.Width)
	}
	t.RichText.Resize(size)
}

// Refresh takes up new Segments, breaks their lines again (the theme's
// sizes may have changed too), and redraws.
func (t *wrapText) Refresh() {
	t.adopt()
	t.rewrap(t.Size().Width)
	t.RichText.Refresh()
}

// MinSize is the height at the current width with this type's breaks.
func (t *wrapText) MinSize() fyne.Size {
	if t.adopt() {
		t.rewrap(t.Size().Width)
	}
	return t.RichText.MinSize()
}

// naturalWidth is how wide o's longest segment is unbroken, padding
// included; 0 for anything but a wrapText.
func naturalWidth(o fyne.CanvasObject) float32 {
	t, ok := o.(*wrapText)
	if !ok {
		return 0
	}
	t.adopt()
	th := t.Theme()
	w := float32(0)
	for _, s := range t.src {
		if ts, ok := s.(*widget.TextSegment); ok {
			size := ts.Style.SizeName
			if size == "" {
				size = theme.SizeNameText
			}
			w = max(w, fyne.MeasureText(ts.Text, th.Size(size), ts.Style.TextStyle).Width)
		}
	}
	return w + 2*th.Size(theme.SizeNameInnerPadding) + 2
}

// String is the text as given, without the line breaks put in.
func (t *wrapText) String() string {
	t.adopt()
	var b strings.Builder
	for _, s := range t.src {
		b.WriteString(s.Textual())
	}
	return b.String()
}

// adopt notices Segments set from outside and keeps them as the source.
func (t *wrapText) adopt() bool {
	if sameSegments(t.Segments, t.out) {
		return false
	}
	t.src = t.Segments
	return true
}

func sameSegments(a, b []widget.RichTextSegment) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// rewrap makes out from src for a widget width w.
func (t *wrapText) rewrap(w float32) {
	t.width = w
	th := t.Theme()
	avail := w - 2*th.Size(theme.SizeNameInnerPadding) - 1 // a pixel spare for rounding
	out := make([]widget.RichTextSegment, len(t.src))
	x := float32(0) // where the row goes on, after inline segments
	for i, s := range t.src {
		ts, ok := s.(*widget.TextSegment)
		if !ok {
			scaleBlock(s, t.scale)
			out[i], x = s, 0
			continue
		}
		c := *ts
		size, _, _ := sizeScaled(c.Style.SizeName) // as given, unscaled
		c.Style.SizeName = size
		if size == "" {
			size = theme.SizeNameText
		}
		if t.scale > 0 && t.scale != 1 {
			size = scaledSize(size, t.scale)
			c.Style.SizeName = size
		}
		px := th.Size(size)
		if f := shrinkFor(c.Text, avail, func(s string) float32 { return fyne.MeasureText(s, px, c.Style.TextStyle).Width }); f < 1 {
			c.Style.SizeName = scaledSize(size, f)
			px = th.Size(c.Style.SizeName)
		}
		if w <= 0 {
			out[i], x = &c, 0
			continue
		}
		measure := func(s string) float32 { return fyne.MeasureText(s, px, c.Style.TextStyle).Width }
		c.Text, x = breakLines(c.Text, x, avail, measure)
		// A row that an inline segment before this one fills ends with
		// that segment (it stops being inline): Fyne would measure a line
		// after a leading break at the narrow rest of the row, and break at
		// a no-break space.
		if rest, ok := strings.CutPrefix(c.Text, "\n"); ok && i > 0 {
			if prev, ok := out[i-1].(*widget.TextSegment); ok {
				prev.Style.Inline = false
				c.Text = rest
			}
		}
		if !c.Inline() {
			x = 0
		}
		out[i] = &c
	}
	t.out = out
	t.Segments = out
}

// scaleBlock sets the text segments inside a block (a markdown paragraph
// or list) to f times their own size.
func scaleBlock(s widget.RichTextSegment, f float32) {
	switch s := s.(type) {
	case *widget.TextSegment:
		base, _, _ := sizeScaled(s.Style.SizeName)
		if base == "" {
			base = theme.SizeNameText
		}
		s.Style.SizeName = base
		if f > 0 && f != 1 {
			s.Style.SizeName = scaledSize(base, f)
		}
	case *widget.ListSegment:
		for _, it := range s.Items {
			scaleBlock(it, f)
		}
	case widget.RichTextBlock:
		for _, c := range s.Segments() {
			scaleBlock(c, f)
		}
	}
}

// setScale sets every text size to f times its own and lays the text out
// again.
func (t *wrapText) setScale(f float32) {
	if t.scale == f {
		return
	}
	t.scale = f
	t.Refresh()
}

// shrinkFor is the factor (minShrink..1) that fits text's longest word in
// width.
func shrinkFor(text string, width float32, measure func(string) float32) float32 {
	longest := float32(0)
	for _, w := range strings.FieldsFunc(text, breakable) {
		longest = max(longest, measure(w))
	}
	if longest <= width || longest <= 0 {
		return 1
	}
	return max(minShrink, width/longest)
}

// breakable reports whether a line may break at r: a space, but not a
// no-break one.
func breakable(r rune) bool {
	return unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f' && r != '\u2007' && r != '\n'
}

// breakLines puts a line break in text before each word that would pass
// width, the first line starting at x; a word longer than a line is cut
// with "…". It returns the text and where its last line ends.
func breakLines(text string, x, width float32, measure func(string) float32) (string, float32) {
	var out strings.Builder
	for i, para := range strings.Split(text, "\n") {
		if i > 0 {
			out.WriteByte('\n')
			x = 0
		}
		line := ""
		for sep, word := range words(para) {
			if word == "" { // trailing spaces: kept only while they fit
				if x+measure(line+sep) <= width {
					line += sep
				}
				continue
			}
			if x+measure(line+sep+word) <= width {
				line += sep + word
				continue
			}
			if line != "" || x > 0 {
				out.WriteString(line)
				out.WriteByte('\n')
				line, x = "", 0
			}
			line = ellipsize(word, width, measure)
		}
		out.WriteString(line)
		x += measure(line)
	}
	return out.String(), x
}

// words yields each word of a line with the spaces before it; trailing
// spaces come last with an empty word.
func words(line string) func(yield func(string, string) bool) {
	return func(yield func(string, string) bool) {
		rs := []rune(line)
		for i := 0; i < len(rs); {
			j := i
			for j < len(rs) && breakable(rs[j]) {
				j++
			}
			k := j
			for k < len(rs) && !breakable(rs[k]) {
				k++
			}
			if !yield(string(rs[i:j]), string(rs[j:k])) {
				return
			}
			i = k
		}
	}
}

// ellipsize cuts word to fit width with "…", or leaves it whole if it fits.
func ellipsize(word string, width float32, measure func(string) float32) string {
	if measure(word) <= width {
		return word
	}
	rs := []rune(word)
	for n := len(rs) - 1; n > 0; n-- {
		if s := string(rs[:n]) + "…"; measure(s) <= width {
			return s
		}
	}
	return "…"
}

// scaledSize names size set f times smaller or larger: the kiosk theme
// reads it (sizeScaled).
func scaledSize(size fyne.ThemeSizeName, f float32) fyne.ThemeSizeName {
	if base, g, ok := sizeScaled(size); ok {
		size, f = base, f*g
	}
	return fyne.ThemeSizeName(string(size) + "@" + strconv.FormatFloat(float64(f), 'f', 3, 32))
}

// sizeScaled reads a name made by scaledSize: the size it scales and by
// how much.
func sizeScaled(n fyne.ThemeSizeName) (fyne.ThemeSizeName, float32, bool) {
	base, f, ok := strings.Cut(string(n), "@")
	if !ok {
		return n, 1, false
	}
	v, err := strconv.ParseFloat(f, 32)
	if err != nil || v <= 0 {
		return fyne.ThemeSizeName(base), 1, true
	}
	return fyne.ThemeSizeName(base), float32(v), true
}
