package ui

import (
	"image"
	"image/color"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// CornerPress is the staff's hidden door: a transparent square for the
// top-left corner of the window that calls onLongPress when it is held down
// for the hold time. Fyne delivers a finger on a touchscreen as mouse events,
// so one MouseDown/MouseUp pair serves both. A short tap calls OnTap, if set
// (the corner swallows taps, so the app may pass them on).
type CornerPress struct {
	widget.BaseWidget

	// OnTap, if set, is called for a tap that was not a long press.
	OnTap func()

	hold        time.Duration
	onLongPress func()

	mu    sync.Mutex // the timer fires on its own goroutine
	gen   int        // counts presses; a timer fires only for its own press
	down  bool
	fired bool
	timer *time.Timer
}

var (
	_ desktop.Mouseable = (*CornerPress)(nil)
	_ fyne.Tappable     = (*CornerPress)(nil)
)

// NewCornerPress makes a corner that calls onLongPress (on the UI goroutine)
// after a press held for hold.
func NewCornerPress(hold time.Duration, onLongPress func()) *CornerPress {
	c := &CornerPress{hold: hold, onLongPress: onLongPress}
	c.ExtendBaseWidget(c)
	return c
}

// Layer is the corner placed in the top-left of a window-sized layer: put it
// on top of the window's other content (it catches events only in the
// corner).
func (c *CornerPress) Layer() fyne.CanvasObject { return container.New(cornerLayout{}, c) }

// MouseDown starts the hold timer.
func (c *CornerPress) MouseDown(*desktop.MouseEvent) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	gen := c.gen
	c.down, c.fired = true, false
	if c.timer != nil {
		c.timer.Stop()
	}
	c.timer = time.AfterFunc(c.hold, func() { fyne.Do(func() { c.fire(gen) }) })
}

// MouseUp cancels the hold timer.
func (c *CornerPress) MouseUp(*desktop.MouseEvent) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.down = false
	c.gen++
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
}

// Tapped passes a short tap on to OnTap; the release of a long press is not
// a tap.
func (c *CornerPress) Tapped(*fyne.PointEvent) {
	c.mu.Lock()
	fired := c.fired
	c.fired = false
	c.mu.Unlock()
	if !fired && c.OnTap != nil {
		c.OnTap()
	}
}

func (c *CornerPress) fire(gen int) {
	c.mu.Lock()
	ok := c.down && c.gen == gen
	if ok {
		c.fired = true
	}
	c.mu.Unlock()
	if ok && c.onLongPress != nil {
		c.onLongPress()
	}
}

// CreateRenderer draws nothing.
func (c *CornerPress) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// cornerSide is the side of the hidden corner: 120 px on a 1080 px screen.
func cornerSide() float32 { return theme.Size(sizeBody) * 3.33 }

// cornerLayout puts its one object in the top-left corner.
type cornerLayout struct{}

func (cornerLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(0, 0) }

func (cornerLayout) Layout(objs []fyne.CanvasObject, _ fyne.Size) {
	s := cornerSide()
	for _, o := range objs {
		place(o, fyne.NewPos(0, 0), fyne.NewSize(s, s))
	}
}

// dragScroll is a vertical scroll that also follows a mouse drag: Fyne's
// Scroll follows touch drags on mobile drivers only, and a touchscreen on a
// desktop arrives as a mouse. The wheel is handled by the inner Scroll.
type dragScroll struct {
	widget.BaseWidget
	scroll     *container.Scroll
	onActivity func()
}

var _ fyne.Draggable = (*dragScroll)(nil)

func newDragScroll(content fyne.CanvasObject, onActivity func()) *dragScroll {
	d := &dragScroll{scroll: container.NewVScroll(content), onActivity: onActivity}
	d.scroll.OnScrolled = func(fyne.Position) { d.activity() }
	d.ExtendBaseWidget(d)
	return d
}

func (d *dragScroll) Dragged(e *fyne.DragEvent) {
	limit := d.scroll.Content.MinSize().Height - d.scroll.Size().Height
	y := min(max(d.scroll.Offset.Y-e.Dragged.DY, 0), max(limit, 0))
	d.scroll.ScrollToOffset(fyne.NewPos(d.scroll.Offset.X, y))
	d.activity()
}

func (d *dragScroll) DragEnd() {}

// top scrolls back to the start.
func (d *dragScroll) top() { d.scroll.ScrollToTop() }

func (d *dragScroll) activity() {
	if d.onActivity != nil {
		d.onActivity()
	}
}

func (d *dragScroll) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(d.scroll)
}

// swipeArea turns a horizontal drag over its content into "next" (a swipe to
// the left, dir +1) or "previous" (dir -1).
type swipeArea struct {
	widget.BaseWidget
	content  fyne.CanvasObject
	dx       float32
	onSwipe  func(dir int)
	onActive func()
}

var _ fyne.Draggable = (*swipeArea)(nil)

func newSwipeArea(content fyne.CanvasObject, onSwipe func(dir int), onActive func()) *swipeArea {
	s := &swipeArea{content: content, onSwipe: onSwipe, onActive: onActive}
	s.ExtendBaseWidget(s)
	return s
}

func (s *swipeArea) Dragged(e *fyne.DragEvent) {
	s.dx += e.Dragged.DX
	if s.onActive != nil {
		s.onActive()
	}
}

func (s *swipeArea) DragEnd() {
	threshold := max(s.Size().Width*0.06, 40)
	dx := s.dx
	s.dx = 0
	switch {
	case dx <= -threshold:
		s.onSwipe(1)
	case dx >= threshold:
		s.onSwipe(-1)
	}
}

func (s *swipeArea) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(s.content)
}

// targetHeight is the least height of anything a visitor taps whose text
// has size name: 83 px for body text on a 1080 px landscape screen.
func targetHeight(name fyne.ThemeSizeName) float32 { return theme.Size(name) * 2.3 }

// tile is a touch target: a rounded rectangle around its content that acts
// on a tap. Chips, buttons and keys are tiles.
type tile struct {
	widget.BaseWidget
	bg       *canvas.Rectangle
	content  fyne.CanvasObject
	onTap    func()
	textSize fyne.ThemeSizeName // the size of its text, which sets its height
}

var _ fyne.Tappable = (*tile)(nil)

func newTile(content fyne.CanvasObject, fill color.Color, onTap func()) *tile {
	t := &tile{bg: canvas.NewRectangle(fill), content: content, onTap: onTap, textSize: sizeBody}
	t.ExtendBaseWidget(t)
	return t
}

// style sets the tile's fill and outline.
func (t *tile) style(fill, stroke color.Color) {
	t.bg.FillColor = fill
	t.bg.StrokeColor = stroke
	t.bg.StrokeWidth = 0
	if stroke != nil {
		t.bg.StrokeWidth = max(theme.Size(sizeBody)*0.09, 2)
	}
	t.bg.Refresh()
}

func (t *tile) Tapped(*fyne.PointEvent) {
	if t.onTap != nil {
		t.onTap()
	}
}

func (t *tile) CreateRenderer() fyne.WidgetRenderer { return &tileRenderer{t: t} }

type tileRenderer struct{ t *tile }

func (r *tileRenderer) pad() float32 { return theme.Size(sizeBody) * 0.2 }

func (r *tileRenderer) Layout(size fyne.Size) {
	r.t.bg.CornerRadius = min(theme.Size(sizeBody)*0.45, size.Height/2)
	// An outline is drawn across the edge: keep it inside the tile.
	sw := r.t.bg.StrokeWidth
	place(r.t.bg, fyne.NewPos(sw/2, sw/2), fyne.NewSize(size.Width-sw, size.Height-sw))
	c := r.t.content.MinSize()
	w := min(c.Width, size.Width-2*r.pad())
	place(r.t.content, fyne.NewPos((size.Width-w)/2, (size.Height-c.Height)/2), fyne.NewSize(w, c.Height))
}

// MinSize is the content and a margin, at least targetHeight high and as
// wide as high.
func (r *tileRenderer) MinSize() fyne.Size {
	c := r.t.content.MinSize()
	h := max(c.Height, targetHeight(r.t.textSize))
	return fyne.NewSize(max(c.Width+2*r.pad(), h), h)
}

func (r *tileRenderer) Refresh() {
	r.Layout(r.t.Size())
	r.t.bg.Refresh()
	r.t.content.Refresh()
}

func (r *tileRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.t.bg, r.t.content} }

func (r *tileRenderer) Destroy() {}

// tapBackground is a full-size transparent target behind a view: a tap
// anywhere counts as activity and does not fall through to what is below.
type tapBackground struct {
	widget.BaseWidget
	fill  color.Color
	onTap func()
}

func newTapBackground(fill color.Color, onTap func()) *tapBackground {
	b := &tapBackground{fill: fill, onTap: onTap}
	b.ExtendBaseWidget(b)
	return b
}

func (b *tapBackground) Tapped(*fyne.PointEvent) {
	if b.onTap != nil {
		b.onTap()
	}
}

func (b *tapBackground) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(b.fill))
}

// flowLayout places objects left to right and wraps them into rows like
// words; a lineBreak object starts a new row. Its height depends on the
// width, so the owner sets width before asking MinSize.
type flowLayout struct {
	width float32
	gap   float32 // 0: a third of the body text size
}

// lineBreak is a flowLayout row break; it draws nothing.
type lineBreak struct{ widget.BaseWidget }

func newLineBreak() *lineBreak {
	l := &lineBreak{}
	l.ExtendBaseWidget(l)
	return l
}

func (l *lineBreak) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

func (f *flowLayout) spacing() float32 {
	if f.gap > 0 {
		return f.gap
	}
	return theme.Size(sizeBody) * 0.33
}

func (f *flowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := f.width
	if w <= 0 {
		w = 1 << 20
	}
	r := f.arrange(objs, w, false)
	return fyne.NewSize(r[0], r[1])
}

func (f *flowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	f.arrange(objs, size.Width, true)
}

// heightFor is the height of the objects laid out at width w.
func (f *flowLayout) heightFor(objs []fyne.CanvasObject, w float32) float32 {
	return f.arrange(objs, w, false)[1]
}

// arrange flows objs in width w, each row's objects centred on the row,
// placing them if doPlace is set, and returns the widest row and the total
// height.
func (f *flowLayout) arrange(objs []fyne.CanvasObject, w float32, doPlace bool) [2]float32 {
	gap := f.spacing()
	type cell struct {
		o fyne.CanvasObject
		x float32
		s fyne.Size
	}
	var (
		row           []cell
		x, y, widest  float32
		rowH, heights float32
	)
	flush := func() {
		if len(row) == 0 {
			return
		}
		if doPlace {
			for _, c := range row {
				place(c.o, fyne.NewPos(c.x, y+(rowH-c.s.Height)/2), c.s)
			}
		}
		widest = max(widest, x-gap)
		y += rowH + gap
		heights = y - gap
		row, x, rowH = row[:0], 0, 0
	}
	for _, o := range objs {
		if _, ok := o.(*lineBreak); ok {
			flush()
			continue
		}
		if !o.Visible() {
			continue
		}
		s := o.MinSize()
		s.Width = min(s.Width, w)
		if x > 0 && x+s.Width > w+0.5 { // 0.5: rounding of sizes
			flush()
		}
		row = append(row, cell{o, x, s})
		x += s.Width + gap
		rowH = max(rowH, s.Height)
	}
	flush()
	return [2]float32{widest, heights}
}

// chip is a tile with a text, an icon, or both, whose look shows whether
// it is chosen.
type chip struct {
	*tile
	text *widget.RichText // nil for an icon alone
}

func newChip(icon fyne.Resource, onTap func()) *chip {
	text := widget.NewRichText()
	var content fyne.CanvasObject = text
	if icon != nil {
		content = container.New(&flowLayout{}, widget.NewIcon(icon), text)
	}
	return &chip{tile: newTile(content, colorPanel, onTap), text: text}
}

func newIconChip(icon fyne.Resource, onTap func()) *chip {
	return &chip{tile: newTile(widget.NewIcon(icon), colorPanel, onTap)}
}

// set writes the label and the look: a chosen chip is filled with hue
// (marigold if nil); ring outlines an unchosen one in hue.
func (c *chip) set(label string, chosen bool, hue color.Color, ring bool) {
	if hue == nil {
		hue = colorAccent
	}
	fg := fyne.ThemeColorName("")
	switch {
	case chosen:
		fg = theme.ColorNameForegroundOnPrimary
		c.style(hue, nil)
	case ring:
		c.style(colorPanel, hue)
	default:
		c.style(colorPanel, nil)
	}
	if c.text != nil {
		c.text.Segments = []widget.RichTextSegment{seg(label, c.textSize, true, fg)}
		c.text.Refresh()
	}
	c.tile.Refresh()
}

// label is the chip's text.
func (c *chip) label() string {
	if c.text == nil {
		return ""
	}
	return c.text.String()
}

// photoFrame shows a photo cropped to its frame with rounded corners, or
// while there is none, a coloured placeholder with an initial.
type photoFrame struct {
	widget.BaseWidget
	img     *canvas.Image
	ph      *canvas.Rectangle
	initial *canvas.Text
}

func newPhotoFrame(hue color.Color, name string) *photoFrame {
	p := &photoFrame{
		img:     &canvas.Image{FillMode: canvas.ImageFillCover, ScaleMode: canvas.ImageScaleSmooth},
		ph:      canvas.NewRectangle(hue),
		initial: canvas.NewText(capitalise(firstLetter(name)), colorBackground),
	}
	p.initial.TextStyle.Bold = true
	p.img.Hide()
	p.ExtendBaseWidget(p)
	return p
}

func firstLetter(s string) string {
	for _, r := range strings.TrimSpace(s) {
		return string(r)
	}
	return "?"
}

// setImage shows img, or the placeholder when img is nil.
func (p *photoFrame) setImage(img image.Image) {
	p.img.Image = img
	if img == nil {
		p.img.Hide()
		p.ph.Show()
		p.initial.Show()
	} else {
		p.img.Show()
		p.ph.Hide()
		p.initial.Hide()
	}
	p.Refresh()
}

func (p *photoFrame) CreateRenderer() fyne.WidgetRenderer { return &photoRenderer{p: p} }

type photoRenderer struct{ p *photoFrame }

func (r *photoRenderer) Layout(size fyne.Size) {
	radius := theme.Size(sizeBody) * 0.35
	r.p.img.CornerRadius, r.p.ph.CornerRadius = radius, radius
	place(r.p.img, fyne.NewPos(0, 0), size)
	place(r.p.ph, fyne.NewPos(0, 0), size)
	r.p.initial.TextSize = min(size.Width, size.Height) * 0.55
	s := r.p.initial.MinSize()
	place(r.p.initial, fyne.NewPos((size.Width-s.Width)/2, (size.Height-s.Height)/2), s)
}

func (r *photoRenderer) MinSize() fyne.Size { return fyne.NewSize(10, 10) }

func (r *photoRenderer) Refresh() {
	r.Layout(r.p.Size())
	r.p.img.Refresh()
	r.p.ph.Refresh()
	r.p.initial.Refresh()
}

func (r *photoRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.p.ph, r.p.initial, r.p.img}
}

func (r *photoRenderer) Destroy() {}
