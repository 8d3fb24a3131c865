package ui

import (
	"math"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/shygarmashylyq/kiosk/slides"
)

// PIN rules: 4 to 8 digits; three wrong PINs in a row lock the keypad.
const (
	pinMin      = 4
	pinMax      = 8
	pinTries    = 3
	pinLockTime = 60 * time.Second
)

// pinPad is the on-screen PIN keypad: digits, erase and OK. A wrong PIN
// shakes the dots, clears them and says so.
type pinPad struct {
	check    func(pin string) bool
	onOK     func()
	onCancel func()
	onKey    func() // any key: activity
	now      func() time.Time
	lang     slides.Lang

	entered     string
	wrong       int
	lockedUntil time.Time
	msgKey      string

	prompt  *widget.RichText
	dots    *fyne.Container
	dotsL   *dotsLayout
	message *widget.RichText
	keys    map[string]*chip // "0"-"9", "erase", "ok"
	cancel  *chip
	root    *fyne.Container
}

func newPinPad(check func(string) bool, onOK, onCancel, onKey func()) *pinPad {
	p := &pinPad{check: check, onOK: onOK, onCancel: onCancel, onKey: onKey, now: time.Now,
		lang: slides.KK, keys: map[string]*chip{}, prompt: widget.NewRichText(), message: widget.NewRichText()}
	p.dotsL = &dotsLayout{}
	p.dots = container.New(p.dotsL)
	grid := container.New(&keyGrid{})
	for _, k := range []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "ok"} {
		var c *chip
		switch k {
		case "erase":
			c = newIconChip(theme.NavigateBackIcon(), p.erase)
		case "ok":
			c = newChip(nil, p.submit)
		default:
			c = newChip(nil, func() { p.digit(k) })
		}
		p.keys[k] = c
		grid.Add(c.tile)
	}
	p.cancel = newChip(theme.CancelIcon(), func() {
		p.key()
		p.onCancel()
	})
	p.prompt.Wrapping = fyne.TextWrapWord
	p.message.Wrapping = fyne.TextWrapWord
	p.root = container.New(pinLayout{}, p.prompt, p.dots, p.message, grid, p.cancel.tile)
	return p
}

// reset clears the entry and the message (a lock stays).
func (p *pinPad) reset() {
	p.entered, p.msgKey = "", ""
	if p.locked() {
		p.msgKey = "pin.locked"
	}
	p.render()
}

func (p *pinPad) locked() bool { return p.now().Before(p.lockedUntil) }

func (p *pinPad) key() {
	if p.onKey != nil {
		p.onKey()
	}
}

func (p *pinPad) digit(d string) {
	p.key()
	if p.locked() {
		p.refuse("pin.locked")
		return
	}
	if len(p.entered) < pinMax {
		p.entered += d
	}
	p.msgKey = ""
	p.render()
}

func (p *pinPad) erase() {
	p.key()
	if len(p.entered) > 0 {
		p.entered = p.entered[:len(p.entered)-1]
	}
	p.render()
}

func (p *pinPad) submit() {
	p.key()
	switch {
	case p.locked():
		p.refuse("pin.locked")
	case len(p.entered) < pinMin:
		p.refuse("pin.short")
	case p.check(p.entered):
		p.entered, p.wrong, p.msgKey = "", 0, ""
		p.render()
		p.onOK()
	default:
		p.wrong++
		if p.wrong >= pinTries {
			p.wrong = 0
			p.lockedUntil = p.now().Add(pinLockTime)
			p.refuse("pin.locked")
			return
		}
		p.refuse("pin.wrong")
	}
}

// refuse clears the entry, says why and shakes the dots.
func (p *pinPad) refuse(msgKey string) {
	p.entered, p.msgKey = "", msgKey
	p.render()
	shake := fyne.NewAnimation(450*time.Millisecond, func(f float32) {
		p.dotsL.shift = float32(math.Sin(float64(f)*6*math.Pi)) * (1 - f) * theme.Size(sizeBody)
		p.dots.Refresh()
	})
	shake.Start()
}

func (p *pinPad) render() {
	l := p.lang
	size := fyne.ThemeSizeName(sizeBody)
	p.prompt.Segments = []widget.RichTextSegment{centred(seg(tr(l, "pin.prompt", nil), sizeTitle, true, colorNameAccent))}
	p.prompt.Refresh()
	msg := ""
	if p.msgKey != "" {
		secs := int(math.Ceil(p.lockedUntil.Sub(p.now()).Seconds()))
		msg = tr(l, p.msgKey, map[string]any{"S": strconv.Itoa(max(secs, 0))})
	}
	p.message.Segments = []widget.RichTextSegment{centred(seg(msg, size, true, theme.ColorNameError))}
	p.message.Refresh()
	for k, c := range p.keys {
		switch k {
		case "ok":
			c.set(tr(l, "pin.ok", nil), true, nil, false)
		case "erase":
			c.set("", false, nil, false)
		default:
			c.set(k, false, nil, false)
		}
	}
	p.cancel.set(tr(l, "pin.cancel", nil), false, nil, false)
	slots := max(pinMin, len(p.entered))
	var dots []fyne.CanvasObject
	for i := 0; i < slots; i++ {
		d := canvas.NewCircle(colorAccent)
		if i >= len(p.entered) {
			d.FillColor = colorPanel
			d.StrokeColor = colorMuted
			d.StrokeWidth = 2
		}
		dots = append(dots, d)
	}
	p.dots.Objects = dots
	p.root.Refresh() // texts changed size: lay out again
}

// dotsLayout draws the PIN dots in a centred row, moved sideways by shift
// while they shake.
type dotsLayout struct{ shift float32 }

func (d *dotsLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	u := theme.Size(sizeBody)
	return fyne.NewSize(u*8*1.4, u*1.4)
}

func (d *dotsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	u := theme.Size(sizeBody)
	side, gap := u*0.7, u*0.5
	w := float32(len(objs))*side + float32(max(len(objs)-1, 0))*gap
	x := (size.Width-w)/2 + d.shift
	for _, o := range objs {
		place(o, fyne.NewPos(x, (size.Height-side)/2), fyne.NewSize(side, side))
		x += side + gap
	}
}

// keyGrid lays out keypad keys three to a row, as big squares.
type keyGrid struct{}

func keySide() float32 { return targetHeight(sizeBody) * 1.3 }

func (keyGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s, gap := keySide(), theme.Size(sizeBody)*0.4
	rows := (len(objs) + 2) / 3
	return fyne.NewSize(3*s+2*gap, float32(rows)*s+float32(rows-1)*gap)
}

func (keyGrid) Layout(objs []fyne.CanvasObject, _ fyne.Size) {
	s, gap := keySide(), theme.Size(sizeBody)*0.4
	for i, o := range objs {
		place(o, fyne.NewPos(float32(i%3)*(s+gap), float32(i/3)*(s+gap)), fyne.NewSize(s, s))
	}
}

// pinLayout stacks the keypad's prompt, dots, message, keys and cancel
// button in a centred column; the texts wrap in the screen's width.
type pinLayout struct{}

func (pinLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(100, 100) }

func (pinLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	gap := theme.Size(sizeBody) * 0.4
	w := size.Width * 0.9
	heights := make([]float32, len(objs))
	var total float32
	for i, o := range objs {
		if _, ok := o.(*widget.RichText); ok {
			heights[i] = labelHeight(o, w)
		} else {
			heights[i] = o.MinSize().Height
		}
		total += heights[i] + gap
	}
	y := max((size.Height-total+gap)/2, 0)
	for i, o := range objs {
		ow := w
		if _, ok := o.(*widget.RichText); !ok {
			ow = min(o.MinSize().Width, w)
		}
		if i == 1 { // the dots
			ow = w
		}
		place(o, fyne.NewPos((size.Width-ow)/2, y), fyne.NewSize(ow, heights[i]))
		y += heights[i] + gap
	}
}
