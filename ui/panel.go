package ui

import (
	"context"
	"fmt"
	"image/color"
	"log/slog"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// StaffActions is what the staff panel can do; the app implements it.
type StaffActions interface {
	Status(ctx context.Context) (kiosk.Status, error) // kiosk.Status from kiosk/report.go; Running map may hold "track", "uptime_s" etc.
	FreeDisk() (uint64, error)
	OffAir(ctx context.Context) ([]kiosk.OffAir, error) // the slides not shown now, and why
	CheckPIN(pin string) bool
	Paused() bool
	SetPaused(bool)
	Next()
	Rescan()
	Muted() bool
	SetMuted(bool)
	Exit()
}

// colorError is the red of warnings and of the exit button.
var colorError = color.NRGBA{R: 0xf4, G: 0x43, B: 0x36, A: 0xff}

// panelIdle is how long the staff panel stays open untouched.
const panelIdle = 2 * time.Minute

// StaffPanel is the staff's screen behind the hidden corner: a PIN keypad,
// then what the kiosk took and refused, and buttons to pause, skip, rescan,
// mute, close and exit. Status and FreeDisk are called off the UI
// goroutine; the other actions on it, so they must return at once.
type StaffPanel struct {
	actions StaffActions
	langs   []slides.Lang
	lang    slides.Lang
	onClose func()
	now     func() time.Time

	open         bool
	unlocked     bool
	gen          int
	lastActivity time.Time
	confirmExit  bool
	loaded       bool
	status       kiosk.Status
	statusErr    error
	disk         uint64
	offAir       []kiosk.OffAir // what is not shown now (panel_offair.go)
	diskErr      error
	jobs         sync.WaitGroup

	pad       *pinPad
	title     *widget.RichText
	langChips map[slides.Lang]*chip
	closeB    *chip
	header    *fyne.Container
	info      *widget.RichText
	infoL     *columnLayout
	infoBox   *dragScroll
	refused   *fyne.Container
	refusedL  *columnLayout
	list      *dragScroll
	pauseB    *chip
	nextB     *chip
	rescanB   *chip
	muteB     *chip
	exitB     *chip
	confirm   *widget.RichText
	yesB      *chip
	noB       *chip
	buttons   *fyne.Container
	view      *fyne.Container
	root      *fyne.Container
}

// NewStaffPanel makes a closed staff panel; onClose is called on the UI
// goroutine when it closes. Call on the UI goroutine.
func NewStaffPanel(actions StaffActions, langs []slides.Lang, onClose func()) *StaffPanel {
	if len(langs) == 0 {
		langs = slides.Langs
	}
	p := &StaffPanel{actions: actions, langs: langs, lang: langs[0], onClose: onClose, now: time.Now,
		langChips: map[slides.Lang]*chip{}}
	p.build()
	p.root.Hide()
	return p
}

// rescanSettle is how long after "rescan now" the panel reads the status
// again: a rescan of an unchanged folder takes well under a second.
var rescanSettle = 1500 * time.Millisecond

// SetClock sets where the panel reads the time (the PIN lock); for tests.
func (p *StaffPanel) SetClock(now func() time.Time) {
	p.now = now
	p.pad.now = now
}

// Content is the panel's canvas object, hidden while it is closed. Put it
// on top of the browser and the slideshow, under the staff corner.
func (p *StaffPanel) Content() fyne.CanvasObject { return p.root }

// IsOpen reports whether the panel (or its keypad) is on screen.
func (p *StaffPanel) IsOpen() bool { return p.open }

// Open shows the PIN keypad; the right PIN shows the panel.
func (p *StaffPanel) Open() {
	p.open, p.unlocked, p.confirmExit = true, false, false
	p.gen++
	p.lang = p.langs[0]
	p.lastActivity = p.now()
	p.pad.lang = p.lang
	p.pad.reset()
	p.root.Show()
	p.render()
}

// Close hides the panel and calls onClose.
func (p *StaffPanel) Close() {
	if !p.open {
		return
	}
	p.open, p.unlocked = false, false
	p.gen++
	p.root.Hide()
	if p.onClose != nil {
		p.onClose()
	}
}

// CheckIdle closes the panel when nobody has touched it for two minutes up
// to now, and reports whether it did. Call from the same ticker as the
// browser's.
func (p *StaffPanel) CheckIdle(now time.Time) bool {
	if !p.open || now.Sub(p.lastActivity) < panelIdle {
		return false
	}
	p.Close()
	return true
}

// Refresh reads the status again, off the UI goroutine.
func (p *StaffPanel) Refresh() { p.refresh(0) }

// refresh reads the status now and, with again > 0, once more that much
// later, on one goroutine so the two answers come back in order.
func (p *StaffPanel) refresh(again time.Duration) {
	if !p.open || !p.unlocked {
		return
	}
	gen := p.gen
	p.jobs.Add(1)
	go func() {
		defer p.jobs.Done()
		for {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			st, err := p.actions.Status(ctx)
			off, oerr := p.actions.OffAir(ctx)
			cancel()
			if oerr != nil {
				slog.Warn("staff panel: no off-air list", "err", oerr)
			}
			disk, derr := p.actions.FreeDisk()
			if err != nil {
				slog.Warn("staff panel: no status", "err", err)
			}
			fyne.Do(func() {
				if !p.open || p.gen != gen {
					return
				}
				p.loaded = true
				p.status, p.statusErr, p.disk, p.diskErr = st, err, disk, derr
				p.offAir = off
				p.render()
			})
			if again <= 0 {
				return
			}
			time.Sleep(again)
			again = 0
		}
	}()
}

func (p *StaffPanel) activity() { p.lastActivity = p.now() }

func (p *StaffPanel) unlock() {
	p.unlocked = true
	p.loaded = false
	p.render()
	p.Refresh()
}

func (p *StaffPanel) build() {
	p.pad = newPinPad(func(pin string) bool { return p.actions.CheckPIN(pin) }, p.unlock, p.Close, p.activity)
	p.title = widget.NewRichText()
	langs := container.New(&flowLayout{})
	for _, l := range p.langs {
		c := newChip(nil, func() {
			p.activity()
			p.lang = l
			p.pad.lang = l
			p.pad.render()
			p.render()
		})
		p.langChips[l] = c
		langs.Add(c.tile)
	}
	p.closeB = newChip(theme.CancelIcon(), p.Close)
	p.header = container.New(headerLayout{}, p.title, langs, p.closeB.tile)
	p.info = richText()
	p.infoL = &columnLayout{}
	p.infoBox = newDragScroll(container.New(p.infoL, p.info), p.activity)
	p.refusedL = &columnLayout{}
	p.refused = container.New(p.refusedL)
	p.list = newDragScroll(p.refused, p.activity)
	act := func(f func()) func() {
		return func() {
			p.activity()
			f()
			p.render()
		}
	}
	p.pauseB = newChip(nil, act(func() { p.actions.SetPaused(!p.actions.Paused()) }))
	p.nextB = newChip(theme.MediaSkipNextIcon(), act(p.actions.Next))
	p.rescanB = newChip(theme.ViewRefreshIcon(), func() {
		p.activity()
		p.actions.Rescan()
		p.render()
		// Last: its results come back through fyne.Do, now and again once
		// the scan has had time to run, so its time and counts show
		// without closing the panel.
		p.refresh(rescanSettle)
	})
	p.muteB = newChip(nil, act(func() { p.actions.SetMuted(!p.actions.Muted()) }))
	p.exitB = newChip(theme.LogoutIcon(), act(func() { p.confirmExit = true }))
	p.confirm = widget.NewRichText()
	p.yesB = newChip(nil, act(p.actions.Exit))
	p.noB = newChip(nil, act(func() { p.confirmExit = false }))
	p.buttons = container.New(&flowLayout{}, p.pauseB.tile, p.nextB.tile, p.rescanB.tile, p.muteB.tile, p.exitB.tile,
		p.confirm, p.yesB.tile, p.noB.tile)
	p.view = container.New(&panelLayout{p: p}, p.header, p.infoBox, p.list, p.buttons)
	p.root = container.NewStack(newTapBackground(colorBackground, p.activity), p.pad.root, p.view)
}

// render brings the panel up to date with the state.
func (p *StaffPanel) render() {
	l := p.lang
	showIf(p.pad.root, !p.unlocked)
	showIf(p.view, p.unlocked)
	if !p.unlocked {
		return
	}
	size := chipSizeFor(p.root)
	for _, c := range []*chip{p.closeB, p.pauseB, p.nextB, p.rescanB, p.muteB, p.exitB, p.yesB, p.noB} {
		c.textSize = size
	}
	for _, c := range p.langChips {
		c.textSize = size
	}
	titleSize := fyne.ThemeSizeName(sizeTitle)
	if size != sizeBody {
		titleSize = theme.SizeNameSubHeadingText
	}
	p.title.Segments = []widget.RichTextSegment{seg(tr(l, "panel.title", nil), titleSize, true, colorNameAccent)}
	p.title.Refresh()
	for lang, c := range p.langChips {
		c.set(langNames[lang], lang == l, nil, false)
	}
	p.closeB.set(tr(l, "panel.close", nil), false, nil, false)
	p.renderInfo()
	p.renderRefused()
	pause, mute := "panel.pause", "panel.mute"
	if p.actions.Paused() {
		pause = "panel.resume"
	}
	if p.actions.Muted() {
		mute = "panel.unmute"
	}
	p.pauseB.set(tr(l, pause, nil), p.actions.Paused(), nil, false)
	p.nextB.set(tr(l, "panel.next", nil), false, nil, false)
	p.rescanB.set(tr(l, "panel.rescan", nil), false, nil, false)
	p.muteB.set(tr(l, mute, nil), p.actions.Muted(), nil, false)
	p.exitB.set(tr(l, "panel.exit", nil), false, nil, false)
	p.confirm.Segments = []widget.RichTextSegment{seg(tr(l, "panel.exitConfirm", nil), sizeBody, true, theme.ColorNameError)}
	p.confirm.Refresh()
	p.yesB.set(tr(l, "panel.exitYes", nil), true, colorError, false)
	p.noB.set(tr(l, "pin.cancel", nil), false, nil, false)
	for _, o := range []fyne.CanvasObject{p.pauseB.tile, p.nextB.tile, p.rescanB.tile, p.muteB.tile, p.exitB.tile} {
		showIf(o, !p.confirmExit)
	}
	for _, o := range []fyne.CanvasObject{p.confirm, p.yesB.tile, p.noB.tile} {
		showIf(o, p.confirmExit)
	}
	p.buttons.Refresh()
	p.view.Refresh()
}

// kindKeys are the kinds of item in the order the panel lists them.
var kindKeys = []kiosk.Kind{kiosk.KindArtwork, kiosk.KindAnnouncement, kiosk.KindPoster, kiosk.KindTimetable, kiosk.KindTrack}

func (p *StaffPanel) renderInfo() {
	// A portrait screen is narrow: smaller text shows more of the status.
	text := chipSizeFor(p.root)
	l := p.lang
	var segs []widget.RichTextSegment
	if !p.loaded {
		p.info.Segments = []widget.RichTextSegment{seg(tr(l, "panel.loading", nil), text, false, colorNameMuted)}
		p.info.Refresh()
		return
	}
	if p.statusErr != nil {
		segs = append(segs, seg(tr(l, "panel.error", map[string]any{"Err": p.statusErr.Error()}), text, true, theme.ColorNameError))
	}
	st := p.status
	segs = append(segs, fact(tr(l, "panel.version", nil), st.Version, text)...)
	scan := tr(l, "panel.never", nil)
	if st.LastScan != nil {
		// In the centre's time, and the refused files of now, as listed beside.
		scan = st.LastScan.At.In(p.now().Location()).Format("2006-01-02 15:04") + " · " +
			tr(l, "panel.scanCounts", map[string]any{"Taken": taken(st.Items), "Refused": len(st.Refused)})
	}
	segs = append(segs, fact(tr(l, "panel.lastScan", nil), scan, text)...)
	disk := humanBytes(l, p.disk)
	if p.diskErr != nil {
		disk = p.diskErr.Error()
	}
	segs = append(segs, fact(tr(l, "panel.disk", nil), disk, text)...)
	if music := runningMusic(st); music != nil && music.Sound != "" && !strings.HasPrefix(music.Sound, "ok") {
		sound := music.Sound
		// In plain words; `kiosk status` has the technical details.
		switch {
		case strings.HasPrefix(sound, "no sound output"):
			sound = tr(l, "panel.noSound", nil)
		case strings.HasPrefix(sound, "not opened yet"):
			sound = tr(l, "panel.soundNotYet", nil)
		}
		segs = append(segs, fact(tr(l, "panel.sound", nil), sound, text)...)
	}
	if music := runningMusic(st); music != nil && music.Track != "" {
		segs = append(segs, fact(tr(l, "panel.track", nil), music.Track, text)...)
	}
	segs = append(segs, seg(tr(l, "panel.items", nil), text, true, colorNameAccent))
	for _, k := range kindKeys {
		segs = append(segs, fact(tr(l, "kind."+string(k), nil), p.countText(k, st.Items[k]), text)...)
	}
	segs = append(segs, consentInfo(l, st, text)...)
	if len(st.Warnings) > 0 {
		segs = append(segs, seg(tr(l, "panel.warnings", nil), text, true, theme.ColorNameError))
		for _, w := range st.Warnings {
			segs = append(segs, seg(w, sizeCaption, false, ""))
		}
	}
	p.info.Segments = segs
	p.info.Refresh()
	p.infoBox.scroll.Refresh()
}

func (p *StaffPanel) renderRefused() {
	text := chipSizeFor(p.root)
	l := p.lang
	n := len(p.status.Refused)
	objs := []fyne.CanvasObject{richText(seg(tr(l, "panel.refused", map[string]any{"N": n}), text, true, colorNameAccent))}
	if p.loaded && n == 0 {
		objs = append(objs, richText(seg(tr(l, "panel.noRefused", nil), text, false, colorNameMuted)))
	}
	for _, f := range p.status.Refused {
		reason := f.Reasons.Get([]slides.Lang{l})
		if reason == "" {
			reason = f.Reason
		}
		objs = append(objs, richText(seg(f.Source, text, true, ""), seg(reason, sizeCaption, false, colorNameMuted)))
	}
	p.refused.Objects = append(objs, p.offAirObjects(text)...)
	p.refused.Refresh()
	p.list.scroll.Refresh()
}

// taken is how many items the kiosk holds, of every kind.
func taken(items map[kiosk.Kind]int) int {
	n := 0
	for _, c := range items {
		n += c
	}
	return n
}

// humanBytes writes a size for people in l: "12.3 GB", "12,3 ГБ".
func humanBytes(l slides.Lang, n uint64) string {
	const unit = 1000
	units := strings.Fields(tr(l, "bytes.units", nil)) // B kB MB GB TB PB
	if len(units) != 6 {
		units = strings.Fields("B kB MB GB TB PB")
	}
	if n < unit {
		return fmt.Sprintf("%d %s", n, units[0])
	}
	div, exp := uint64(unit), 1
	for m := n / unit; m >= unit && exp < 5; m /= unit {
		div *= unit
		exp++
	}
	s := fmt.Sprintf("%.1f %s", float64(n)/float64(div), units[exp])
	if l != slides.EN {
		s = strings.Replace(s, ".", ",", 1) // 12,3 ГБ
	}
	return s
}

// panelLayout places the staff panel: header on top, buttons at the bottom,
// and between them the facts and the refused files side by side (landscape)
// or one above the other (portrait). Objects: header, info, refused, buttons.
type panelLayout struct{ p *StaffPanel }

func (l *panelLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(100, 100) }

func (l *panelLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	header, info, list, buttons := objs[0], objs[1], objs[2], objs[3]
	unit := theme.Size(sizeBody)
	m, gap := unit*0.7, unit*0.6
	w := size.Width - 2*m
	hh := headerLayout{}.height(header.(*fyne.Container).Objects, w)
	place(header, fyne.NewPos(m, m*0.6), fyne.NewSize(w, hh))
	bf := buttons.(*fyne.Container).Layout.(*flowLayout)
	bh := bf.heightFor(buttons.(*fyne.Container).Objects, w)
	bottom := size.Height - m*0.6
	place(buttons, fyne.NewPos(m, bottom-bh), fyne.NewSize(w, bh))
	y := m*0.6 + hh + gap
	h := bottom - bh - gap - y
	if size.Width > size.Height {
		iw := w * 0.42
		l.p.infoL.width = iw
		place(info, fyne.NewPos(m, y), fyne.NewSize(iw, h))
		l.p.refusedL.width = w - iw - gap
		place(list, fyne.NewPos(m+iw+gap, y), fyne.NewSize(w-iw-gap, h))
		return
	}
	l.p.infoL.width = w
	ih := min(labelHeight(l.p.info, w), h*0.5)
	place(info, fyne.NewPos(m, y), fyne.NewSize(w, ih))
	l.p.refusedL.width = w
	place(list, fyne.NewPos(m, y+ih+gap), fyne.NewSize(w, h-ih-gap))
}

// runningMusic is the music's facts of the running kiosk, nil if none.
func runningMusic(st kiosk.Status) *kiosk.MusicFacts {
	if st.Running == nil {
		return nil
	}
	return st.Running.MusicFacts
}
