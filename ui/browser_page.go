package ui

import (
	"fmt"
	"image"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// clubPage is a club's page: photo, QR code to sign up, and the texts with
// the weekly timetable (which scroll if they are long).
type clubPage struct {
	photo   *photoFrame
	qr      *canvas.Image
	caption *widget.RichText
	info    *fyne.Container
	col     *columnLayout
	scroll  *dragScroll
	root    *fyne.Container
}

func newClubPage(b *ClubBrowser) *clubPage {
	p := &clubPage{
		photo:   newPhotoFrame(colorPanel, ""),
		qr:      &canvas.Image{FillMode: canvas.ImageFillContain, ScaleMode: canvas.ImageScalePixels},
		caption: richText(),
		col:     &columnLayout{},
	}
	p.info = container.New(p.col)
	p.scroll = newDragScroll(p.info, b.activity)
	p.root = container.New(&pageLayout{p: p}, p.photo, p.qr, p.caption, p.scroll)
	return p
}

// show fills the page with club c in language l; today (1-7) is
// highlighted in the timetable, whose text has size name size.
func (p *clubPage) show(c kiosk.Club, l slides.Lang, photo, qr image.Image, today int, size fyne.ThemeSizeName) {
	order := []slides.Lang{l}
	hue := categoryColor(c.Category)
	p.photo.ph.FillColor = hue
	p.photo.initial.Text = capitalise(firstLetter(c.Name.Get(order)))
	p.photo.setImage(photo)
	p.setQR(qr)
	p.caption.Segments = []widget.RichTextSegment{centred(seg(tr(l, "scan.qr", nil), sizeCaption, false, colorNameMuted))}
	p.caption.Refresh()

	nameSize := fyne.ThemeSizeName(sizeTitle)
	if size != sizeBody {
		nameSize = theme.SizeNameSubHeadingText
	}
	head := []widget.RichTextSegment{seg(c.Name.Get(order), nameSize, true, colorNameAccent)}
	if cat := c.Category.Get(order); cat != "" {
		head = append(head, seg(cat, size, false, colorNameMuted))
	}
	var facts []widget.RichTextSegment
	if ages := agesText(l, c.AgeFrom, c.AgeTo); ages != "" {
		facts = append(facts, seg(capitalise(ages), size, true, ""))
	}
	facts = append(facts, fact(tr(l, "club.teacher", nil), c.Teacher.Get(order), size)...)
	facts = append(facts, fact(tr(l, "room", nil), c.Room.Get(order), size)...)
	// The timetable comes before the description, so a portrait screen
	// shows it without scrolling.
	objs := []fyne.CanvasObject{richText(head...), richText(facts...),
		richText(seg(tr(l, "club.timetable", nil), size, true, colorNameAccent))}
	if len(c.Sessions) == 0 {
		objs = append(objs, richText(seg(tr(l, "club.noSessions", nil), size, false, colorNameMuted)))
	} else {
		table := container.New(&tableLayout{})
		for _, s := range c.Sessions {
			col := fyne.ThemeColorName("")
			if s.Day == today {
				col = colorNameAccent
			}
			room := s.Room
			if room == "" {
				room = c.Room.Get(order)
			}
			room = roomText(l, room)
			table.Add(widget.NewRichText(seg(capitalise(tr(l, fmt.Sprintf("weekday.%d", s.Day), nil)), size, s.Day == today, col)))
			table.Add(widget.NewRichText(seg(s.Start.String()+"–"+s.End.String(), size, true, col)))
			table.Add(widget.NewRichText(seg(room, size, false, mutedOr(col))))
		}
		objs = append(objs, table)
	}
	if d := c.Description.Get(order); d != "" {
		objs = append(objs, richText(seg(d, size, false, "")))
	}
	p.info.Objects = objs
	p.info.Refresh()
	p.scroll.scroll.Refresh()
	p.root.Refresh()
}

func (p *clubPage) setQR(img image.Image) {
	p.qr.Image = img
	showIf(p.qr, img != nil)
	showIf(p.caption, img != nil)
	p.qr.Refresh()
	p.root.Refresh()
}

// fact is "label: value" as one paragraph, nothing if value is empty.
func fact(label, value string, size fyne.ThemeSizeName) []widget.RichTextSegment {
	if strings.TrimSpace(value) == "" {
		return nil
	}
	l := seg(label+": ", size, false, colorNameMuted)
	l.Style.Inline = true
	return []widget.RichTextSegment{l, seg(value, size, true, "")}
}

func centred(s *widget.TextSegment) *widget.TextSegment {
	s.Style.Alignment = fyne.TextAlignCenter
	return s
}

// pageLayout places a club page: on a landscape screen the photo and QR
// code in a column on the left and the texts on the right; on a portrait
// screen photo and QR code side by side above the texts.
// Objects: photo, qr, caption, texts.
type pageLayout struct{ p *clubPage }

func (l *pageLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(100, 100) }

func (l *pageLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	photo, qr, caption, texts := objs[0], objs[1], objs[2], objs[3]
	gap := theme.Size(sizeBody) * 0.8
	if size.Width > size.Height {
		lw := size.Width * 0.36
		ph := min(lw*0.75, size.Height*0.6)
		place(photo, fyne.NewPos(0, 0), fyne.NewSize(lw, ph))
		if qr.Visible() {
			s := min(lw*0.5, size.Height-ph-gap)
			place(qr, fyne.NewPos(0, ph+gap), fyne.NewSize(s, s))
			cw := lw - s - gap*0.5
			ch := labelHeight(caption, cw)
			place(caption, fyne.NewPos(s+gap*0.5, ph+gap+(s-ch)/2), fyne.NewSize(cw, ch))
		}
		x := lw + gap*1.5
		l.p.col.width = size.Width - x
		place(texts, fyne.NewPos(x, 0), fyne.NewSize(size.Width-x, size.Height))
		return
	}
	// Portrait: photo and QR code side by side, the caption under the code.
	pw := size.Width * 0.6
	ph := pw * 0.75
	top := ph
	if qr.Visible() {
		x := pw + gap
		cw := size.Width - x
		ch := labelHeight(caption, cw)
		place(qr, fyne.NewPos(x, 0), fyne.NewSize(cw, cw))
		place(caption, fyne.NewPos(x, cw), fyne.NewSize(cw, ch))
		top = max(ph, cw+ch)
	} else {
		pw, ph = size.Width, min(size.Width*0.6, size.Height*0.4)
		top = ph
	}
	place(photo, fyne.NewPos(0, (top-ph)/2), fyne.NewSize(pw, ph))
	y := top + gap
	l.p.col.width = size.Width
	place(texts, fyne.NewPos(0, y), fyne.NewSize(size.Width, size.Height-y))
}

// columnLayout stacks objects of the width it is told, each as tall as it
// needs at that width (wrapping texts, tables).
type columnLayout struct{ width float32 }

func (c *columnLayout) heightOf(o fyne.CanvasObject, w float32) float32 {
	if t, ok := o.(*fyne.Container); ok {
		if tl, ok := t.Layout.(*tableLayout); ok {
			return tl.arrange(t.Objects, w, false)
		}
	}
	return labelHeight(o, w)
}

func (c *columnLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if c.width <= 0 {
		return fyne.NewSize(0, 0)
	}
	var h float32
	for _, o := range objs {
		h += c.heightOf(o, c.width)
	}
	return fyne.NewSize(0, h)
}

func (c *columnLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	var y float32
	for _, o := range objs {
		h := c.heightOf(o, size.Width)
		place(o, fyne.NewPos(0, y), fyne.NewSize(size.Width, h))
		y += h
	}
}

// tableLayout lays out rows of three cells in aligned columns; when they do
// not fit the width, the third cell goes under the second.
type tableLayout struct{}

func (t *tableLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(0, t.arrange(objs, 1<<20, false))
}

func (t *tableLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	t.arrange(objs, size.Width, true)
}

func (t *tableLayout) arrange(objs []fyne.CanvasObject, w float32, doPlace bool) float32 {
	var colW [3]float32
	for i, o := range objs {
		colW[i%3] = max(colW[i%3], o.MinSize().Width)
	}
	gap := theme.Size(sizeBody) * 0.5
	fits := colW[0]+colW[1]+colW[2]+2*gap <= w
	// Rows overlap by the texts' inner padding, which is only space.
	overlap := theme.Size(theme.SizeNameInnerPadding)
	var y float32
	for i := 0; i+2 < len(objs); i += 3 {
		a, b, c := objs[i], objs[i+1], objs[i+2]
		ha, hb, hc := a.MinSize().Height, b.MinSize().Height, c.MinSize().Height
		h := max(ha, hb, hc)
		if !fits {
			h = max(ha, hb) + hc
		}
		if doPlace {
			place(a, fyne.NewPos(0, y), fyne.NewSize(colW[0], ha))
			x := colW[0] + gap
			place(b, fyne.NewPos(x, y), fyne.NewSize(colW[1], hb))
			if fits {
				place(c, fyne.NewPos(x+colW[1]+gap, y), fyne.NewSize(colW[2], hc))
			} else {
				place(c, fyne.NewPos(x, y+max(ha, hb)), fyne.NewSize(max(w-x, 0), hc))
			}
		}
		y += h - overlap
	}
	if y > 0 {
		y += overlap
	}
	return y
}
