package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/shygarmashylyq/kiosk/slides"
)

// build makes the browser's widgets.
func (b *ClubBrowser) build() {
	b.title = widget.NewRichText()
	b.back = newChip(theme.NavigateBackIcon(), b.showList)
	b.galleryB = newChip(theme.MediaPhotoIcon(), b.showGallery)
	b.closeB = newIconChip(theme.CancelIcon(), b.Close)
	middle := container.New(&flowLayout{}, b.galleryB.tile)
	for _, l := range b.langs {
		c := newChip(nil, func() { b.setLang(l) })
		b.langChips[l] = c
		middle.Add(c.tile)
	}
	b.header = container.New(headerLayout{}, container.New(&flowLayout{}, b.title, b.back.tile), middle, b.closeB.tile)
	b.buildFilters()
	b.gridL = &cardGrid{}
	b.grid = container.New(b.gridL)
	b.list = newDragScroll(b.grid, b.activity)
	b.message = richText()
	b.page = newClubPage(b)
	b.gallery = newGallery(b)
	b.body = container.NewStack(b.list, container.New(&marginLayout{frac: 0.04}, b.message), b.page.root, b.gallery.root)
	b.root = container.NewStack(newTapBackground(colorBackground, b.activity),
		container.New(&browserLayout{b: b}, b.header, b.filterBox, b.body))
}

// render brings every text and look up to date with the state.
func (b *ClubBrowser) render() {
	l := b.lang
	b.setChipSize()
	title := tr(l, "clubs", nil)
	if b.view == viewGallery {
		title = tr(l, "exhibition", nil)
	}
	b.title.Segments = []widget.RichTextSegment{seg(title, sizeTitle, true, colorNameAccent)}
	b.title.Refresh()
	b.back.set(tr(l, "browser.back", nil), false, nil, false)
	b.galleryB.set(tr(l, "exhibition", nil), false, nil, false)
	b.closeB.set("", false, nil, false)
	showIf(b.back.tile, b.view != viewList)
	showIf(b.galleryB.tile, b.view != viewGallery)
	for lang, c := range b.langChips {
		c.set(langNames[lang], lang == l, nil, false)
	}
	b.renderFilters()
	b.renderList()
	showIf(b.filterBox, b.view == viewList)
	showIf(b.list, b.view == viewList)
	showIf(b.page.root, b.view == viewClub)
	showIf(b.gallery.root, b.view == viewGallery)
	if b.view == viewClub {
		if c, ok := b.club(b.shown); ok {
			b.page.show(c, l, b.photos[c.ID], b.qrs[c.ID], slides.ISOWeekday(b.now()), b.chipSize)
		}
	}
	if b.view == viewGallery {
		b.gallery.render()
	}
	b.header.Refresh()
	b.root.Refresh()
}

func (b *ClubBrowser) renderList() {
	now := b.now()
	b.visible = b.visible[:0]
	var objs []fyne.CanvasObject
	for _, c := range b.clubs {
		if !b.filter.matches(c, now) {
			continue
		}
		b.visible = append(b.visible, c.ID)
		card := b.cards[c.ID]
		card.setLang(b.lang)
		objs = append(objs, card)
	}
	b.grid.Objects = objs
	b.grid.Refresh()
	b.list.scroll.Refresh()
	msg := ""
	switch {
	case b.loadErr != nil && len(b.clubs) == 0:
		msg = tr(b.lang, "browser.error", nil)
	case !b.loaded:
		msg = tr(b.lang, "browser.loading", nil)
	case len(objs) == 0:
		msg = tr(b.lang, "browser.none", nil)
	}
	b.message.Segments = []widget.RichTextSegment{seg(msg, sizeBody, false, colorNameMuted)}
	b.message.Refresh()
	showIf(b.message, msg != "" && b.view == viewList)
}

// setChipSize picks the chips' text size for the screen: on a portrait
// screen the theme's body text is half as big again as on a landscape one,
// so chips take the caption size there and keep about the same size.
func (b *ClubBrowser) setChipSize() {
	name := chipSizeFor(b.root)
	if name == b.chipSize {
		return
	}
	b.chipSize = name
	chips := []*chip{b.back, b.galleryB, b.closeB, b.nowChip}
	chips = append(chips, b.ageChips...)
	chips = append(chips, b.dayChips...)
	for _, c := range b.langChips {
		chips = append(chips, c)
	}
	for _, c := range b.catChips {
		chips = append(chips, c)
	}
	for _, c := range chips {
		c.textSize = name
	}
}

// chipSizeFor is the text size of chips on o's screen: the caption size on
// a portrait screen, where the theme's sizes are half as big again.
func chipSizeFor(o fyne.CanvasObject) fyne.ThemeSizeName {
	size := o.Size()
	if c := fyne.CurrentApp().Driver().CanvasForObject(o); c != nil {
		size = c.Size()
	}
	if size.Height > size.Width {
		return sizeCaption
	}
	return sizeBody
}

func showIf(o fyne.CanvasObject, show bool) {
	if show {
		o.Show()
	} else {
		o.Hide()
	}
}
