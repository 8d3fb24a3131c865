package ui

import (
	"context"
	"fmt"
	"image"
	"image/color"
	"log/slog"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// gallery is the current exhibition inside the club browser: one artwork at
// a time with its label; a swipe or the arrows go to the next one.
type gallery struct {
	b       *ClubBrowser
	items   []kiosk.Item
	loaded  bool
	failed  bool
	index   int
	pics    map[int64]image.Image
	img     *canvas.Image
	label   *wrapText
	swipe   *swipeArea
	prev    *chip
	next    *chip
	counter *widget.RichText
	message *widget.RichText
	nav     *fyne.Container
	root    *fyne.Container
}

func newGallery(b *ClubBrowser) *gallery {
	g := &gallery{b: b, pics: map[int64]image.Image{},
		img:   &canvas.Image{FillMode: canvas.ImageFillContain, ScaleMode: canvas.ImageScaleSmooth},
		label: newWrapText(), counter: widget.NewRichText(), message: richText()}
	art := container.New(&artLayout{}, g.img, canvas.NewRectangle(color.Transparent), g.label)
	g.swipe = newSwipeArea(art, g.step, b.activity)
	g.prev = newIconChip(theme.NavigateBackIcon(), func() { g.step(-1) })
	g.next = newIconChip(theme.NavigateNextIcon(), func() { g.step(1) })
	g.counter.Wrapping = fyne.TextWrapWord
	g.nav = container.NewBorder(nil, nil, g.prev.tile, g.next.tile, g.counter)
	g.root = container.NewBorder(nil, g.nav, nil, nil,
		container.NewStack(g.swipe, container.New(&marginLayout{frac: 0.04}, g.message)))
	return g
}

// open starts at the first artwork and loads the list off the UI goroutine.
func (g *gallery) open() {
	g.index, g.loaded, g.failed = 0, false, false
	g.items = nil
	g.render()
	g.b.async(func(ctx context.Context, gen int) {
		items, err := g.b.src.Artworks(ctx)
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			slog.Error("gallery: cannot list the artworks", "err", err)
		}
		g.b.apply(gen, func() {
			g.items, g.loaded, g.failed = items, true, err != nil
			g.show()
		})
	})
}

// step goes dir artworks on, round the ends.
func (g *gallery) step(dir int) {
	g.b.activity()
	if len(g.items) == 0 {
		return
	}
	g.index = (g.index + dir + len(g.items)) % len(g.items)
	g.show()
}

// show puts the current artwork up, loading its picture (and the next
// one's) off the UI goroutine.
func (g *gallery) show() {
	g.render()
	if len(g.items) == 0 {
		return
	}
	it := g.items[g.index]
	g.b.logTouch(kiosk.Touch{Event: kiosk.TouchArtwork, ItemID: it.ID})
	// Keep the pictures around the current one only.
	keep := map[int64]bool{}
	for _, d := range []int{-1, 0, 1} {
		keep[g.items[(g.index+d+len(g.items))%len(g.items)].ID] = true
	}
	for id := range g.pics {
		if !keep[id] {
			delete(g.pics, id)
		}
	}
	var want []kiosk.Item
	for _, d := range []int{0, 1} {
		next := g.items[(g.index+d)%len(g.items)]
		if _, ok := g.pics[next.ID]; !ok {
			want = append(want, next)
		}
	}
	if len(want) == 0 {
		return
	}
	g.b.async(func(ctx context.Context, gen int) {
		for _, it := range want {
			img, err := g.b.src.Picture(ctx, it)
			if ctx.Err() != nil {
				return
			}
			if err != nil {
				slog.Warn("gallery: no picture", "source", it.Source, "err", err)
				continue
			}
			g.b.apply(gen, func() {
				g.pics[it.ID] = img
				if g.b.view == viewGallery && len(g.items) > 0 && g.items[g.index].ID == it.ID {
					g.render()
				}
			})
		}
	})
}

// render brings the texts and picture up to date.
func (g *gallery) render() {
	l := g.b.lang
	msg := ""
	switch {
	case g.failed:
		msg = tr(l, "browser.error", nil)
	case !g.loaded:
		msg = tr(l, "browser.loading", nil)
	case len(g.items) == 0:
		msg = tr(l, "gallery.none", nil)
	}
	g.message.Segments = []widget.RichTextSegment{seg(msg, sizeBody, false, colorNameMuted)}
	g.message.Refresh()
	showIf(g.message, msg != "")
	showIf(g.swipe, msg == "")
	showIf(g.nav, len(g.items) > 1)
	if msg != "" {
		g.img.Image = nil
		g.img.Refresh()
		return
	}
	it := g.items[g.index]
	g.img.Image = g.pics[it.ID]
	g.img.Refresh()
	g.label.Segments = artworkLabel(kiosk.Slide{Item: it, Langs: []slides.Lang{l}})
	g.label.Refresh()
	g.prev.set("", false, nil, false)
	g.next.set("", false, nil, false)
	g.counter.Segments = []widget.RichTextSegment{
		centred(seg(fmt.Sprintf("%d / %d", g.index+1, len(g.items)), sizeBody, true, "")),
		centred(seg(tr(l, "gallery.swipe", nil), sizeCaption, false, colorNameMuted)),
	}
	g.counter.Refresh()
	g.swipe.Refresh()
	g.root.Refresh()
}
