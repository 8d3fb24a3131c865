package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// browserLayout places the header, the filters and the body. On a
// landscape screen the filters take a column on the left; on a portrait
// one they sit above the clubs. Objects: header, filters, body.
type browserLayout struct{ b *ClubBrowser }

func (l *browserLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(100, 100) }

func (l *browserLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	header, filters, body := objs[0], objs[1], objs[2]
	unit := theme.Size(sizeBody)
	m, gap := unit*0.7, unit*0.6
	w := size.Width - 2*m
	hh := headerLayout{}.height(header.(*fyne.Container).Objects, w)
	place(header, fyne.NewPos(m, m*0.6), fyne.NewSize(w, hh))
	y := m*0.6 + hh + gap
	bottom := size.Height - m*0.6
	switch {
	case !filters.Visible():
		l.b.gridL.width = w
		place(body, fyne.NewPos(m, y), fyne.NewSize(w, bottom-y))
	case size.Width > size.Height*1.2:
		sw := max(w*0.33, min(w*0.45, unit*14))
		l.b.flow.width = sw
		place(filters, fyne.NewPos(m, y), fyne.NewSize(sw, bottom-y))
		x := m + sw + gap*1.5
		l.b.gridL.width = size.Width - m - x
		place(body, fyne.NewPos(x, y), fyne.NewSize(l.b.gridL.width, bottom-y))
	default:
		l.b.flow.width = w
		fh := min(l.b.flow.heightFor(l.b.filters.Objects, w), (bottom-y)*0.5)
		place(filters, fyne.NewPos(m, y), fyne.NewSize(w, fh))
		y += fh + gap
		l.b.gridL.width = w
		place(body, fyne.NewPos(m, y), fyne.NewSize(w, bottom-y))
	}
}

// headerLayout puts a left group on the left and a middle group and an end
// object on the right, on one row when they fit; else the left group and
// the end object on the first row and the middle group, right-aligned, on
// the second; else each on its own row. Objects: left, middle, end.
type headerLayout struct{}

func (headerLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	l, m, e := objs[0].MinSize(), objs[1].MinSize(), objs[2].MinSize()
	return fyne.NewSize(max(l.Width, m.Width, e.Width), max(l.Height, m.Height, e.Height))
}

// rows splits the objects (0 left, 1 middle, 2 end) into rows for width w;
// within a row, the first is at the left unless it is the middle group.
func (headerLayout) rows(objs []fyne.CanvasObject, w float32) [][]int {
	l, m, e := objs[0].MinSize().Width, objs[1].MinSize().Width, objs[2].MinSize().Width
	gap := theme.Size(sizeBody)
	switch {
	case l+m+e+2*gap <= w:
		return [][]int{{0, 1, 2}}
	case l+e+gap <= w:
		return [][]int{{0, 2}, {1}}
	case m+e+gap <= w:
		return [][]int{{0}, {1, 2}}
	}
	return [][]int{{0}, {1}, {2}}
}

func (h headerLayout) height(objs []fyne.CanvasObject, w float32) float32 {
	return h.arrange(objs, w, false)
}

func (h headerLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	h.arrange(objs, size.Width, true)
}

func (h headerLayout) arrange(objs []fyne.CanvasObject, w float32, doPlace bool) float32 {
	gap := theme.Size(sizeBody) * 0.33
	var y float32
	for n, row := range h.rows(objs, w) {
		if n > 0 {
			y += theme.Size(sizeBody) * 0.4
		}
		var rowH float32
		for _, i := range row {
			rowH = max(rowH, objs[i].MinSize().Height)
		}
		if doPlace {
			x := w // right-aligned objects, placed from the right
			for k := len(row) - 1; k >= 0; k-- {
				o := objs[row[k]]
				s := o.MinSize()
				s.Width = min(s.Width, w)
				if row[k] == 0 {
					place(o, fyne.NewPos(0, y+(rowH-s.Height)/2), s)
					continue
				}
				x -= s.Width
				place(o, fyne.NewPos(max(x, 0), y+(rowH-s.Height)/2), s)
				x -= gap
			}
		}
		y += rowH
	}
	return y
}

// cardGrid lays out club cards in equal columns, each row as tall as its
// tallest card; on a narrow screen one column of wide cards (photo on the
// left). Its height depends on the width, which the owner sets.
type cardGrid struct{ width float32 }

// columns is how many cards fit across w; fewer than three make one column
// of wide cards.
func (g *cardGrid) columns(w float32) int {
	if n := int(w / (theme.Size(sizeBody) * 9)); n >= 3 {
		return n
	}
	return 1
}

func (g *cardGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if g.width <= 0 {
		return fyne.NewSize(0, 0)
	}
	return fyne.NewSize(0, g.arrange(objs, g.width, false))
}

func (g *cardGrid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	g.arrange(objs, size.Width, true)
}

func (g *cardGrid) arrange(objs []fyne.CanvasObject, w float32, doPlace bool) float32 {
	// Leave room on the right for the scroll bar.
	w -= theme.Size(theme.SizeNameScrollBar)
	cols := g.columns(w)
	gap := theme.Size(sizeBody) * 0.5
	cw := (w - gap*float32(cols-1)) / float32(cols)
	var y float32
	for i := 0; i < len(objs); i += cols {
		row := objs[i:min(i+cols, len(objs))]
		var h float32
		for _, o := range row {
			card := o.(*clubCard)
			card.wide = cols == 1
			h = max(h, card.heightFor(cw))
		}
		if doPlace {
			for j, o := range row {
				place(o, fyne.NewPos(float32(j)*(cw+gap), y), fyne.NewSize(cw, h))
			}
		}
		y += h + gap
	}
	return max(y-gap, 0)
}
