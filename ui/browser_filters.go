package ui

import (
	"fmt"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// ageBands are the age chips.
var ageBands = [][2]int{{5, 7}, {8, 10}, {11, 13}, {14, 17}}

// clubFilter is what the visitor chose: a category key ("" all), an age
// band (-1 any), a weekday 1-7 (0 any), and "on now".
type clubFilter struct {
	category string
	age      int
	day      int
	now      bool
}

// setFilter applies a change to the filter and logs it as value.
func (b *ClubBrowser) setFilter(change func(*clubFilter), value string) {
	b.activity()
	change(&b.filter)
	b.logTouch(kiosk.Touch{Event: kiosk.TouchFilter, Value: value})
	b.list.top()
	b.render()
}

// matches reports whether club c passes the filter at time now.
func (f clubFilter) matches(c kiosk.Club, now time.Time) bool {
	if f.category != "" && slides.CategoryID(c.Category) != f.category {
		return false
	}
	if f.age >= 0 {
		band := ageBands[f.age]
		from, to := c.AgeFrom, c.AgeTo
		if to <= 0 {
			to = 99
		}
		if from > band[1] || to < band[0] {
			return false
		}
	}
	if f.day > 0 && !c.MeetsOn(f.day) {
		return false
	}
	if f.now && !c.OnAt(now) {
		return false
	}
	return true
}

// buildFilters makes the filter chips: categories, ages, days and "on now".
func (b *ClubBrowser) buildFilters() {
	b.catLabel, b.ageLabel, b.dayLabel = widget.NewRichText(), widget.NewRichText(), widget.NewRichText()
	// Age, day and "on now" chips are toggles: a second tap lets go.
	for i, band := range ageBands {
		b.ageChips = append(b.ageChips, newChip(nil, func() {
			if b.filter.age == i {
				b.setFilter(func(f *clubFilter) { f.age = -1 }, "age=all")
				return
			}
			b.setFilter(func(f *clubFilter) { f.age = i }, fmt.Sprintf("age=%d-%d", band[0], band[1]))
		}))
	}
	for d := 1; d <= 7; d++ {
		b.dayChips = append(b.dayChips, newChip(nil, func() {
			if b.filter.day == d {
				b.setFilter(func(f *clubFilter) { f.day = 0 }, "day=all")
				return
			}
			b.setFilter(func(f *clubFilter) { f.day, f.now = d, false }, fmt.Sprintf("day=%d", d))
		}))
	}
	b.nowChip = newChip(nil, func() {
		if b.filter.now {
			b.setFilter(func(f *clubFilter) { f.now = false }, "now=off")
			return
		}
		b.setFilter(func(f *clubFilter) { f.day, f.now = 0, true }, "now")
	})
	b.flow = &flowLayout{}
	b.filters = container.New(b.flow)
	b.filterBox = newDragScroll(b.filters, b.activity)
	b.buildCategories()
}

// buildCategories makes a chip per category of the loaded clubs, in the
// order they first appear.
func (b *ClubBrowser) buildCategories() {
	if b.chipSize == "" {
		b.chipSize = sizeBody
	}
	b.catOrder = []string{""}
	b.catChips = map[string]*chip{"": newChip(nil, func() {
		b.setFilter(func(f *clubFilter) { f.category = "" }, "category=all")
	})}
	for _, c := range b.clubs {
		key := slides.CategoryID(c.Category)
		if _, ok := b.catChips[key]; ok || key == "" {
			continue
		}
		b.catOrder = append(b.catOrder, key)
		b.catChips[key] = newChip(nil, func() {
			b.setFilter(func(f *clubFilter) { f.category = key }, "category="+key)
		})
	}
	for _, c := range b.catChips {
		c.textSize = b.chipSize
	}
	if _, ok := b.catChips[b.filter.category]; !ok {
		b.filter.category = ""
	}
	objs := []fyne.CanvasObject{b.catLabel}
	for _, key := range b.catOrder {
		objs = append(objs, b.catChips[key].tile)
	}
	objs = append(objs, newLineBreak(), b.ageLabel)
	for _, c := range b.ageChips {
		objs = append(objs, c.tile)
	}
	objs = append(objs, newLineBreak(), b.dayLabel)
	for _, c := range b.dayChips {
		objs = append(objs, c.tile)
	}
	b.filters.Objects = append(objs, b.nowChip.tile)
	b.filters.Refresh()
}

// categoryText is a category's name in the visitor's language.
func (b *ClubBrowser) categoryText(key string) (string, color.NRGBA) {
	for _, c := range b.clubs {
		if slides.CategoryID(c.Category) == key {
			return c.Category.Get([]slides.Lang{b.lang}), categoryColor(c.Category)
		}
	}
	return key, colorAccent
}

func (b *ClubBrowser) renderFilters() {
	l := b.lang
	label := func(t *widget.RichText, key string) {
		t.Segments = []widget.RichTextSegment{seg(tr(l, key, nil), sizeCaption, false, colorNameMuted)}
		t.Refresh()
	}
	label(b.catLabel, "browser.category")
	label(b.ageLabel, "browser.age")
	label(b.dayLabel, "browser.day")
	for _, key := range b.catOrder {
		if key == "" {
			b.catChips[key].set(tr(l, "browser.all", nil), b.filter.category == "", nil, false)
			continue
		}
		text, hue := b.categoryText(key)
		b.catChips[key].set(text, b.filter.category == key, hue, true)
	}
	for i, band := range ageBands {
		b.ageChips[i].set(fmt.Sprintf("%d–%d", band[0], band[1]), b.filter.age == i, nil, false)
	}
	today := slides.ISOWeekday(b.now())
	for i, c := range b.dayChips {
		c.set(tr(l, fmt.Sprintf("weekday.short.%d", i+1), nil), b.filter.day == i+1, nil, i+1 == today)
	}
	b.nowChip.set(tr(l, "browser.now", nil), b.filter.now, nil, true)
	b.filters.Refresh()
}
