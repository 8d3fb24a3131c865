package ui

import (
	"fmt"
	"image/color"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// timetableSlide is "Today at the centre": today's sessions in time order,
// what is on now and what starts next highlighted, with room and ages.
func timetableSlide(s kiosk.Slide) fyne.CanvasObject {
	tt := s.Timetable
	order := s.Langs
	l1 := order[0]
	heading := tr(l1, "today", nil)
	if !tt.Category.IsEmpty() {
		heading += " · " + tt.Category.Get(order)
	}
	title := newWrapText(seg(heading, sizeTitle, true, colorNameAccent))
	// The date in the first language, then the heading and the date in the
	// second: each reader gets the day in their own words.
	date := dateText(l1, tt.Day)
	if len(order) > 1 && order[1] != l1 {
		date += "  ·  " + tr(order[1], "today", nil) + ", " + dateText(order[1], tt.Day)
	}
	if tt.Pages > 1 {
		date += "  ·  " + tr(l1, "page", map[string]any{"Page": tt.Page, "Pages": tt.Pages})
	}
	header := container.New(shiftLayout{}, container.NewVBox(title, newWrapText(seg(date, sizeBody, false, colorNameMuted))))

	rows := container.NewVBox()
	for _, r := range tt.Rows {
		rows.Add(timetableRow(r, order))
	}
	return container.New(&marginLayout{frac: 0.05}, container.NewBorder(header, nil, nil, nil,
		// The sessions take the screen below the heading: a short day's
		// few rows are set larger (fit_scale.go).
		fitScale(container.NewVBox(widget.NewSeparator(), rows), 0.8, 1.6)))
}

func timetableRow(r kiosk.TimetableRow, order []slides.Lang) fyne.CanvasObject {
	l1 := order[0]
	fg := fyne.ThemeColorName("")
	bg := color.Color(color.Transparent)
	badge := ""
	switch {
	case r.Now:
		fg, bg, badge = theme.ColorNameForegroundOnPrimary, colorAccent, tr(l1, "now", nil)
	case r.Next:
		bg, badge = colorPanel, tr(l1, "next", nil)
	}
	whenSegs := []widget.RichTextSegment{seg(r.Start.String()+keep+"–"+keep+r.End.String(), sizeBody, true, fg)}
	if badge != "" {
		whenSegs = append(whenSegs, seg(badge, sizeCaption, true, fg))
	}
	when := newWrapText(whenSegs...)
	name := r.Name.Get(order)
	segs := []widget.RichTextSegment{seg(name, sizeBody, true, fg)}
	if len(order) > 1 {
		if second := r.Name[order[1]]; second != "" && second != name {
			segs = append(segs, seg(second, sizeCaption, false, mutedOr(fg)))
		}
	}
	what := newWrapText(segs...)
	var right []widget.RichTextSegment
	// Room and ages share one line.
	if r.Room != "" {
		room := seg(roomText(l1, r.Room)+"  ", sizeBody, false, fg)
		room.Style.Inline = true
		right = append(right, room)
	}
	if r.AgeFrom > 0 || r.AgeTo > 0 {
		right = append(right, seg(agesText(l1, r.AgeFrom, r.AgeTo), sizeCaption, false, mutedOr(fg)))
	}
	where := newWrapText(right...)
	rect := canvas.NewRectangle(bg)
	rect.CornerRadius = theme.Size(sizeBody) * 0.3
	row := container.New(rowLayout{}, when, what, where)
	pad := theme.Size(sizeBody) * 0.3
	return container.NewStack(rect, container.New(layout.NewCustomPaddedLayout(0, 0, pad, pad), row))
}

func agesTo(n int) string {
	if n <= 0 {
		return "…"
	}
	return strconv.Itoa(n)
}

func mutedOr(fg fyne.ThemeColorName) fyne.ThemeColorName {
	if fg != "" {
		return fg
	}
	return colorNameMuted
}

// dateText writes a date in language l: "23 қараша, дүйсенбі".
// roomText is a room as a visitor reads it: a number gets the word for
// room ("Кабинет 204", "Кабинет 12а"); a named room ("Зал", "Акт залы",
// "Каб. 5") stands as staff wrote it.
func roomText(l slides.Lang, room string) string {
	if room == "" || room[0] < '0' || room[0] > '9' {
		return room
	}
	return tr(l, "room", nil) + " " + room
}

func dateText(l slides.Lang, t time.Time) string {
	return tr(l, "date", map[string]any{
		"Day": t.Day(), "Month": tr(l, fmt.Sprintf("month.%d", int(t.Month())), nil),
		"Weekday": tr(l, fmt.Sprintf("weekday.%d", slides.ISOWeekday(t)), nil),
	})
}

func seg(text string, size fyne.ThemeSizeName, bold bool, col fyne.ThemeColorName) *widget.TextSegment {
	return &widget.TextSegment{Text: text, Style: widget.RichTextStyle{SizeName: size, TextStyle: fyne.TextStyle{Bold: bold}, ColorName: col}}
}

func richText(segs ...widget.RichTextSegment) *widget.RichText {
	t := widget.NewRichText(segs...)
	t.Wrapping = fyne.TextWrapWord
	return t
}

// rowLayout lays out a timetable row: when, what, where. Wide, they are
// three columns; narrow (a portrait screen), "where" goes under "what".
type rowLayout struct{}

func narrow(w float32) bool { return w < 25*theme.Size(sizeBody) }

func (rowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	when, what, where := objs[0].MinSize(), objs[1].MinSize(), objs[2].MinSize()
	if narrow(objs[0].Size().Width + objs[1].Size().Width) {
		return fyne.NewSize(100, max(when.Height, what.Height+where.Height))
	}
	return fyne.NewSize(100, max(when.Height, what.Height, where.Height))
}

func (rowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	when, what, where := objs[0], objs[1], objs[2]
	if narrow(size.Width) {
		// The time range is never cut: its column is as wide as it needs.
		ww := min(max(size.Width*0.3, naturalWidth(when)), size.Width*0.45)
		rest := size.Width - ww
		place(when, fyne.NewPos(0, 0), fyne.NewSize(ww, size.Height))
		what.Resize(fyne.NewSize(rest, what.Size().Height))
		h := what.MinSize().Height
		place(what, fyne.NewPos(ww, 0), fyne.NewSize(rest, h))
		place(where, fyne.NewPos(ww, h), fyne.NewSize(rest, size.Height-h))
		return
	}
	x := float32(0)
	for i, frac := range []float32{0.22, 0.53, 0.25} {
		place(objs[i], fyne.NewPos(x, 0), fyne.NewSize(size.Width*frac, size.Height))
		x += size.Width * frac
	}
}

// timetableRows is how many sessions a timetable page shows on a screen:
// rows on a portrait screen stack their columns and take more height.
func timetableRows(size fyne.Size) int {
	if size.Width < size.Height {
		return 4
	}
	return kiosk.DefaultRowsPerPage
}
