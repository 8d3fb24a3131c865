package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// clubCard is a club in the list: photo, name, category and ages. A tap
// opens its page.
type clubCard struct {
	widget.BaseWidget
	id         string
	club       kiosk.Club
	bg         *canvas.Rectangle
	photo      *photoFrame
	name, info *widget.RichText
	wide       bool
	onTap      func(id string)
}

func newClubCard(c kiosk.Club, onTap func(id string)) *clubCard {
	hue := categoryColor(c.Category)
	bg := canvas.NewRectangle(colorPanel)
	bg.StrokeColor = hue
	card := &clubCard{id: c.ID, club: c, bg: bg, photo: newPhotoFrame(hue, c.Name.Get(slides.Langs)),
		name: richText(), info: richText(), onTap: onTap}
	card.ExtendBaseWidget(card)
	return card
}

func (c *clubCard) setLang(l slides.Lang) {
	order := []slides.Lang{l}
	name := c.club.Name.Get(order)
	c.name.Segments = []widget.RichTextSegment{seg(name, sizeBody, true, "")}
	c.photo.initial.Text = capitalise(firstLetter(name))
	var info []widget.RichTextSegment
	if cat := c.club.Category.Get(order); cat != "" {
		info = append(info, seg(cat, sizeCaption, false, colorNameMuted))
	}
	if ages := agesText(l, c.club.AgeFrom, c.club.AgeTo); ages != "" {
		info = append(info, seg(ages, sizeCaption, true, colorNameAccent))
	}
	c.info.Segments = info
	c.name.Refresh()
	c.info.Refresh()
}

func (c *clubCard) Tapped(*fyne.PointEvent) { c.onTap(c.id) }

// heightFor is the card's height at width w.
func (c *clubCard) heightFor(w float32) float32 {
	p := theme.Size(sizeBody) * 0.3
	if c.wide {
		pw := (w - 3*p) * 0.38
		tw := w - 3*p - pw
		c.fitName(tw)
		return max(pw*0.75, labelHeight(c.name, tw)+labelHeight(c.info, tw)) + 2*p
	}
	c.fitName(w - 2*p)
	return p + (w-2*p)*0.6 + p*0.5 + labelHeight(c.name, w-2*p) + labelHeight(c.info, w-2*p) + p*0.5
}

// fitName makes the name smaller when one of its words would not fit in
// width w (Fyne would break the word).
func (c *clubCard) fitName(w float32) {
	if len(c.name.Segments) != 1 {
		return
	}
	s, ok := c.name.Segments[0].(*widget.TextSegment)
	if !ok {
		return
	}
	room := w - 2*theme.Size(theme.SizeNameInnerPadding)
	size := fyne.ThemeSizeName(sizeBody)
	for _, word := range strings.Fields(s.Text) {
		if fyne.MeasureText(word, theme.Size(sizeBody), fyne.TextStyle{Bold: true}).Width > room {
			size = sizeCaption
		}
	}
	if s.Style.SizeName != size {
		s.Style.SizeName = size
		c.name.Refresh()
	}
}

func (c *clubCard) CreateRenderer() fyne.WidgetRenderer {
	return &cardRenderer{c: c, objs: []fyne.CanvasObject{c.bg, c.photo, c.name, c.info}}
}

type cardRenderer struct {
	c    *clubCard
	objs []fyne.CanvasObject
}

func (r *cardRenderer) Layout(size fyne.Size) {
	c := r.c
	unit := theme.Size(sizeBody)
	p := unit * 0.3
	c.bg.CornerRadius = unit * 0.5
	sw := max(unit*0.08, 2)
	c.bg.StrokeWidth = sw
	// The outline is drawn across the edge: keep it inside the card.
	place(c.bg, fyne.NewPos(sw/2, sw/2), fyne.NewSize(size.Width-sw, size.Height-sw))
	if c.wide {
		pw := (size.Width - 3*p) * 0.38
		ph := min(pw*0.75, size.Height-2*p)
		place(c.photo, fyne.NewPos(p, (size.Height-ph)/2), fyne.NewSize(pw, ph))
		x := 2*p + pw
		tw := size.Width - x - p
		nh, ih := labelHeight(c.name, tw), labelHeight(c.info, tw)
		y := (size.Height - nh - ih) / 2
		place(c.name, fyne.NewPos(x, y), fyne.NewSize(tw, nh))
		place(c.info, fyne.NewPos(x, y+nh), fyne.NewSize(tw, ih))
		return
	}
	pw := size.Width - 2*p
	ph := pw * 0.6
	place(c.photo, fyne.NewPos(p, p), fyne.NewSize(pw, ph))
	nh := labelHeight(c.name, pw)
	place(c.name, fyne.NewPos(p, p+ph+p*0.5), fyne.NewSize(pw, nh))
	place(c.info, fyne.NewPos(p, p+ph+p*0.5+nh), fyne.NewSize(pw, labelHeight(c.info, pw)))
}

func (r *cardRenderer) MinSize() fyne.Size { return fyne.NewSize(50, 50) }

func (r *cardRenderer) Refresh() {
	r.Layout(r.c.Size())
	for _, o := range r.objs {
		o.Refresh()
	}
}

func (r *cardRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *cardRenderer) Destroy() {}
