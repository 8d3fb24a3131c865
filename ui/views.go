package ui

import (
	"fmt"
	"image/color"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// layer is one full-screen slide. The slideshow keeps two and crossfades
// between them; each owns one canvas.Image that is reused from slide to
// slide, so no texture is left behind in Fyne's cache.
type layer struct {
	root  *fyne.Container
	image *canvas.Image
	label *wrapText
	panel *canvas.Rectangle // behind the label
	// qr and qrCaption are a poster's sign-up code and its caption, hidden
	// for pictures without one; reused like image.
	qr        *canvas.Image
	qrCaption *widget.RichText
	art       *fyne.Container // image + label, laid out by artLayout
	text      *fyne.Container // announcements and other text slides
	slide     kiosk.Slide
	// corner is the top-right area the clubs button covers: pictures and
	// text keep out of it.
	corner *fyne.Size
}

func newLayer() *layer {
	l := &layer{
		image: &canvas.Image{FillMode: canvas.ImageFillContain, ScaleMode: canvas.ImageScaleSmooth},
		label: newWrapText(),
		panel: canvas.NewRectangle(color.Transparent),
	}
	l.corner = &fyne.Size{}
	l.qr, l.qrCaption = newPosterQR()
	l.art = container.New(&artLayout{corner: l.corner}, l.image, l.panel, l.label, l.qr, l.qrCaption)
	l.text = container.New(&belowCorner{corner: l.corner})
	bg := canvas.NewRectangle(colorBackground)
	l.root = container.NewStack(bg, l.art, l.text)
	return l
}

// show puts a slide on the layer.
func (l *layer) show(s kiosk.Slide) {
	l.slide = s
	switch s.Item.Kind {
	case kiosk.KindArtwork, kiosk.KindPoster:
		l.image.Image = s.Image
		l.image.ScaleMode = canvas.ImageScaleSmooth // a clip's frames go up as they are (video.go)
		l.image.Translucency = 0
		l.label.Segments = artworkLabel(s)
		l.art.Objects[0].(*canvas.Image).Refresh()
		l.label.Refresh()
		l.text.Hide()
		l.text.Objects = nil
		l.art.Show()
		if s.Item.Kind == kiosk.KindPoster {
			l.label.Hide()
		} else {
			l.label.Show()
		}
		l.showPosterQR(s)
	default:
		l.image.Image = nil
		l.art.Hide()
		if s.Timetable != nil {
			l.text.Objects = []fyne.CanvasObject{timetableSlide(s)}
		} else {
			l.text.Objects = []fyne.CanvasObject{textSlide(s)}
		}
		l.text.Show()
		l.text.Refresh()
	}
}

// clear drops the layer's picture so it can be freed.
func (l *layer) clear() {
	l.image.Image = nil
	l.qr.Image = nil
	l.slide = kiosk.Slide{}
}

// artworkLabel is the museum label of an artwork: title (with a second
// language under it), young author and age, technique, club, exhibition.
func artworkLabel(s kiosk.Slide) []widget.RichTextSegment {
	order := s.Langs
	primary := order[0]
	it := s.Item
	var segs []widget.RichTextSegment
	add := func(text string, size fyne.ThemeSizeName, bold bool, col fyne.ThemeColorName) {
		if strings.TrimSpace(text) == "" {
			return
		}
		segs = append(segs, &widget.TextSegment{Text: text, Style: widget.RichTextStyle{
			SizeName: size, TextStyle: fyne.TextStyle{Bold: bold}, ColorName: col, Inline: false,
		}})
	}
	title := it.Title.Get(order)
	add(title, sizeTitle, true, "")
	// The title in the other languages it is written in, smaller, as a
	// museum label gives it: every visitor can read what the work is called.
	seen := []string{title}
	for i, l := range order[min(1, len(order)):] {
		other := it.Title[l]
		if other == "" || slices.Contains(seen, other) {
			continue
		}
		seen = append(seen, other)
		size := fyne.ThemeSizeName(sizeBody)
		if i > 0 {
			size = sizeCaption
		}
		add(other, size, false, colorNameMuted)
	}
	who := kiosk.AuthorShown(it).Get(order) // as the parents allowed
	if age := ageText(primary, it.Meta.Age); age != "" {
		if who != "" {
			who += ", "
		}
		who += age
	}
	add(who, sizeBody, false, "")
	add(it.Meta.Technique.Get(order), sizeBody, false, colorNameMuted)
	add(it.Meta.Club.Get(order), sizeBody, false, colorNameMuted)
	if it.Meta.Exhibition != "" {
		add(tr(primary, "exhibition", nil)+": "+it.Meta.Exhibition, sizeCaption, false, colorNameAccent)
	}
	return segs
}

// ageText writes an age from labels.csv ("9", "9 лет", "9-10") for the
// language; text that is not a plain number is kept as written.
func ageText(l slides.Lang, age string) string {
	age = strings.TrimSpace(age)
	n, err := strconv.Atoi(age)
	if err != nil {
		if utf8.RuneCountInString(age) <= 12 { // "9-10 лет": still one unit
			return keepTogether(age)
		}
		return age
	}
	if l == slides.RU {
		return fmt.Sprintf("%d"+keep+"%s", n, ruYears(n))
	}
	return keepTogether(tr(l, "age", map[string]any{"N": n}))
}

// ruYears is the Russian plural of "year" after n: 1 год, 2 года, 5 лет.
func ruYears(n int) string {
	switch {
	case n%100 >= 11 && n%100 <= 14:
		return "лет"
	case n%10 == 1:
		return "год"
	case n%10 >= 2 && n%10 <= 4:
		return "года"
	}
	return "лет"
}

// textSlide shows an announcement: a big title (with the second language's
// under it), its markdown body, and the QR code of its link.
func textSlide(s kiosk.Slide) fyne.CanvasObject {
	order := s.Langs
	titleText := s.Item.Title.Get(order)
	segs := []widget.RichTextSegment{seg(titleText, sizeTitle, true, colorNameAccent)}
	if len(order) > 1 {
		if second := s.Item.Title[order[1]]; second != "" && second != titleText {
			segs = append(segs, seg(second, sizeBody, false, colorNameMuted))
		}
	}
	body := newWrapText(widget.NewRichTextFromMarkdown(withoutTitle(s.Item.Meta.Body.Get(order), titleText)).Segments...)
	// Set to fill the space it has, larger for a short notice (fit_scale.go).
	text := fitScale(container.NewVBox(newWrapText(segs...), body), 0.75, 1.5)
	if s.QR == nil {
		return container.New(&marginLayout{frac: 0.06}, text)
	}
	qr := canvas.NewImageFromImage(s.QR)
	qr.FillMode = canvas.ImageFillContain
	qr.ScaleMode = canvas.ImageScalePixels
	caption := widget.NewRichText(&widget.TextSegment{Text: tr(order[0], "scan.code", nil),
		Style: widget.RichTextStyle{SizeName: sizeCaption, Alignment: fyne.TextAlignCenter, ColorName: colorNameMuted}})
	caption.Wrapping = fyne.TextWrapWord
	return container.New(&marginLayout{frac: 0.06}, container.New(qrLayout{}, text, qr, caption))
}

// withoutTitle drops a first markdown heading that repeats the title: staff
// often write both, and the slide shows the title already.
func withoutTitle(body, title string) string {
	trimmed := strings.TrimLeft(body, " \t\r\n")
	first, rest, _ := strings.Cut(trimmed, "\n")
	heading := strings.TrimSpace(strings.TrimLeft(first, "#"))
	if strings.HasPrefix(first, "#") && strings.EqualFold(heading, strings.TrimSpace(title)) {
		return rest
	}
	return body
}

// qrLayout puts a text beside a QR code and its caption: the code in a
// column on the right of a landscape screen, below the text on a portrait
// one. Objects: text, qr image, caption.
type qrLayout struct{}

func (qrLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (qrLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	text, qr, caption := objs[0], objs[1], objs[2]
	gap := theme.Size(sizeBody)
	if size.Width >= size.Height {
		side := min(size.Height*0.45, size.Width*0.3)
		place(text, fyne.NewPos(0, 0), fyne.NewSize(size.Width-side-gap, size.Height))
		caption.Resize(fyne.NewSize(side, caption.MinSize().Height))
		ch := caption.MinSize().Height
		y := (size.Height - side - ch) / 2
		place(qr, fyne.NewPos(size.Width-side, y), fyne.NewSize(side, side))
		place(caption, fyne.NewPos(size.Width-side, y+side), fyne.NewSize(side, ch))
		return
	}
	side := min(size.Width*0.5, size.Height*0.28)
	caption.Resize(fyne.NewSize(size.Width, caption.MinSize().Height))
	ch := caption.MinSize().Height
	place(text, fyne.NewPos(0, 0), fyne.NewSize(size.Width, size.Height-side-ch-gap))
	place(qr, fyne.NewPos((size.Width-side)/2, size.Height-side-ch), fyne.NewSize(side, side))
	place(caption, fyne.NewPos(0, size.Height-ch), fyne.NewSize(size.Width, ch))
}

// emptySlide tells staff what to do when there is nothing to show.
func emptySlide(order []slides.Lang, dir string) fyne.CanvasObject {
	box := container.NewVBox()
	for i, l := range order {
		if i == 2 {
			break
		}
		t := widget.NewRichText(
			&widget.TextSegment{Text: tr(l, "empty.title", nil), Style: widget.RichTextStyle{SizeName: sizeTitle, TextStyle: fyne.TextStyle{Bold: true}}},
			&widget.TextSegment{Text: tr(l, "empty.body", map[string]any{"Dir": dir}), Style: widget.RichTextStyle{SizeName: sizeBody}},
		)
		t.Wrapping = fyne.TextWrapWord
		box.Add(t)
	}
	return container.NewStack(canvas.NewRectangle(colorBackground), container.New(&marginLayout{frac: 0.08}, box))
}

// Theme colour names of the kiosk.
const (
	colorNameMuted  fyne.ThemeColorName = "kioskMuted"
	colorNameAccent fyne.ThemeColorName = "kioskAccent"
)
