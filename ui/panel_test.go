package ui

import (
	"context"
	"image/color"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// fakeStaff is a StaffActions that records what was asked of it.
type fakeStaff struct {
	mu     sync.Mutex
	calls  []string
	paused bool
	muted  bool
	status int // Status calls
}

func (f *fakeStaff) record(s string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, s)
}

func (f *fakeStaff) Status(context.Context) (kiosk.Status, error) {
	f.mu.Lock()
	f.status++
	f.mu.Unlock()
	return kiosk.Status{
		Version: "1.4.0",
		Items:   map[kiosk.Kind]int{kiosk.KindArtwork: 42, kiosk.KindAnnouncement: 5, kiosk.KindPoster: 2, kiosk.KindTimetable: 1, kiosk.KindTrack: 7},
		Refused: []kiosk.RefusedFile{
			{Source: "artworks/Көктем 2026/IMG_2044.HEIC", Code: "format", Reason: "HEIC pictures cannot be read; save it as JPEG",
				Reasons: txt("HEIC суреттері оқылмайды; оны JPEG етіп сақтаңыз", "Снимки HEIC не читаются; сохраните как JPEG", "HEIC pictures cannot be read; save it as JPEG")},
			{Source: "announcements/concert.md", Code: "frontmatter", Reason: "unclear date \"31.02\" in from",
				Reasons: txt("from ішіндегі күн түсініксіз \"31.02\"", "непонятная дата \"31.02\" в from", "unclear date \"31.02\" in from")},
			{Source: "clubs/timetable.csv", Code: "rows", Reason: "row 7: unknown day \"Пнд\"",
				Reasons: txt("7-жол: белгісіз күн «Пнд»", "строка 7: неизвестный день «Пнд»", "row 7: unknown day \"Пнд\"")},
		},
		LastScan: &kiosk.ScanInfo{At: time.Date(2026, 11, 23, 14, 58, 0, 0, time.Local), Files: 61, Refused: 3},
		Warnings: []string{"no sound card: music is not playing"},
		Running: &kiosk.RunFacts{MusicFacts: &kiosk.MusicFacts{Track: "music/Құрманғазы - Сарыарқа.mp3",
			Sound: "no sound output: no PulseAudio server, no ALSA device"}},
	}, nil
}

func (f *fakeStaff) FreeDisk() (uint64, error) { return 12_345_678_901, nil }
func (f *fakeStaff) CheckPIN(pin string) bool  { f.record("pin " + pin); return pin == "2468" }
func (f *fakeStaff) Paused() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.paused
}
func (f *fakeStaff) SetPaused(b bool) {
	f.record("paused " + map[bool]string{true: "on", false: "off"}[b])
	f.mu.Lock()
	f.paused = b
	f.mu.Unlock()
}
func (f *fakeStaff) Next()   { f.record("next") }
func (f *fakeStaff) Rescan() { f.record("rescan") }
func (f *fakeStaff) Muted() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.muted
}
func (f *fakeStaff) SetMuted(b bool) {
	f.record("muted " + map[bool]string{true: "on", false: "off"}[b])
	f.mu.Lock()
	f.muted = b
	f.mu.Unlock()
}
func (f *fakeStaff) Exit() { f.record("exit") }

func (f *fakeStaff) got() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.calls)
}

type panelFixture struct {
	p      *StaffPanel
	staff  *fakeStaff
	w      fyne.Window
	now    time.Time
	closed int
}

func newPanel(t *testing.T, size fyne.Size) *panelFixture {
	t.Helper()
	f := &panelFixture{staff: &fakeStaff{}, now: monday1530}
	f.w = newTestWindow(t, size, canvas.NewRectangle(color.Black))
	f.p = NewStaffPanel(f.staff, kkRuEn, func() { f.closed++ })
	f.p.SetClock(func() time.Time { return f.now })
	f.w.SetContent(f.p.Content())
	f.p.Open()
	f.w.Resize(size)
	return f
}

// enter types a PIN and OK.
func (f *panelFixture) enter(pin string) {
	for _, d := range pin {
		test.Tap(f.p.pad.keys[string(d)].tile)
	}
	test.Tap(f.p.pad.keys["ok"].tile)
	f.p.jobs.Wait()
}

func TestCornerPress(t *testing.T) {
	newTestWindow(t, fyne.NewSize(1920, 1080), canvas.NewRectangle(color.Black))
	var fired, taps atomic.Int32
	c := NewCornerPress(5*time.Second, func() { fired.Add(1) })
	c.OnTap = func() { taps.Add(1) }
	// The hold timers are fired by hand: what a slow machine does to real
	// ones (fire late, after the release) is then certain to be tried.
	var timers []func()
	c.after = func(d time.Duration, f func()) func() bool {
		if d != 5*time.Second {
			t.Errorf("the hold timer runs for %v, want 5s", d)
		}
		timers = append(timers, f)
		return func() bool { return true }
	}
	ev := &desktop.MouseEvent{Button: desktop.MouseButtonPrimary}

	// A short press is a tap, not a long press, even if its timer fires
	// after the release.
	c.MouseDown(ev)
	c.MouseUp(ev)
	test.Tap(c)
	timers[0]()
	if fired.Load() != 0 || taps.Load() != 1 {
		t.Fatalf("a short press: long press fired %d times, taps %d; want 0 and 1", fired.Load(), taps.Load())
	}
	// A held press fires once, and its release is no tap.
	c.MouseDown(ev)
	timers[1]()
	c.MouseUp(ev)
	test.Tap(c)
	if fired.Load() != 1 || taps.Load() != 1 {
		t.Errorf("a held press: long press fired %d times, taps %d; want 1 and 1", fired.Load(), taps.Load())
	}
	// The timer of an earlier press does not fire for the next one.
	c.MouseDown(ev)
	timers[1]()
	if fired.Load() != 1 {
		t.Errorf("an old press's timer fired the long press of a new one")
	}
	c.MouseUp(ev)
	// The corner is in the corner.
	layer := c.Layer()
	layer.Resize(fyne.NewSize(1920, 1080))
	if p, s := c.Position(), c.Size(); p != (fyne.Position{}) || s.Width < 100 || s.Width > 160 || s.Height != s.Width {
		t.Errorf("the corner is at %v size %v, want the top-left ~120x120", p, s)
	}
}

// TestCornerPressRealTimer: held down, the corner fires on its own.
func TestCornerPressRealTimer(t *testing.T) {
	newTestWindow(t, fyne.NewSize(1920, 1080), canvas.NewRectangle(color.Black))
	fired := make(chan struct{}, 1)
	c := NewCornerPress(30*time.Millisecond, func() { fired <- struct{}{} })
	c.MouseDown(&desktop.MouseEvent{Button: desktop.MouseButtonPrimary})
	select {
	case <-fired:
	case <-time.After(30 * time.Second):
		t.Fatal("a press held down did not fire the long press")
	}
	c.MouseUp(&desktop.MouseEvent{Button: desktop.MouseButtonPrimary})
}

func TestPinPad(t *testing.T) {
	f := newPanel(t, fyne.NewSize(1920, 1080))
	p := f.p
	if !p.pad.root.Visible() || p.view.Visible() {
		t.Fatal("the panel opened without asking for the PIN")
	}
	f.enter("12")
	if got := f.staff.got(); len(got) != 0 || !strings.Contains(p.pad.message.String(), "4–8") {
		t.Errorf("a 2-digit PIN: calls %q, message %q", got, p.pad.message.String())
	}
	f.enter("1111")
	if p.unlocked || p.pad.entered != "" || !strings.Contains(p.pad.message.String(), "қате") {
		t.Errorf("a wrong PIN: unlocked %v, entry %q, message %q", p.unlocked, p.pad.entered, p.pad.message.String())
	}
	// Erase takes back a digit; more than 8 digits are not taken.
	for _, d := range "1234567890" {
		test.Tap(p.pad.keys[string(d)].tile)
	}
	test.Tap(p.pad.keys["erase"].tile)
	if p.pad.entered != "1234567" {
		t.Errorf("after 10 digits and erase the entry is %q, want 1234567", p.pad.entered)
	}
	test.Tap(p.pad.keys["ok"].tile)
	f.enter("9999") // third wrong: locked
	if !strings.Contains(p.pad.message.String(), "60") {
		t.Errorf("after three wrong PINs the message is %q", p.pad.message.String())
	}
	n := len(f.staff.got())
	f.now = f.now.Add(59 * time.Second)
	f.enter("2468")
	if p.unlocked || len(f.staff.got()) != n {
		t.Fatal("the right PIN was taken while the keypad was locked")
	}
	f.now = f.now.Add(2 * time.Second)
	f.enter("2468")
	if !p.unlocked || !p.view.Visible() || p.pad.root.Visible() {
		t.Fatal("the right PIN after the lock did not open the panel")
	}
	want := []string{"pin 1111", "pin 1234567", "pin 9999", "pin 2468"}
	if got := f.staff.got(); !slices.Equal(got, want) {
		t.Errorf("PINs checked %q, want %q", got, want)
	}
}

func TestStaffPanelShowsStatus(t *testing.T) {
	f := newPanel(t, fyne.NewSize(1920, 1080))
	f.enter("2468")
	p := f.p
	info, refused := p.info.String(), texts(p.list)
	for _, want := range []string{"1.4.0", "2026-11-23 14:58", "12,3 ГБ", "Сарыарқа", "Суреттер: 42", "Музыка: 7", "no sound card",
		"Дыбыс: Дыбыс шықпайды", "57 қабылданды, 3 қабылданбады"} {
		if !strings.Contains(info, want) {
			t.Errorf("the panel lacks %q; it reads %q", want, info)
		}
	}
	for _, want := range []string{"IMG_2044.HEIC", "JPEG етіп сақтаңыз", "clubs/timetable.csv", "белгісіз күн", ": 3"} {
		if !strings.Contains(refused, want) {
			t.Errorf("the refused list lacks %q; it reads %q", want, refused)
		}
	}
	test.Tap(p.langChips[slides.RU].tile)
	if refused := texts(p.list); !strings.Contains(refused, "сохраните как JPEG") {
		t.Errorf("in Russian the refused list reads %q", refused)
	}
}

func TestStaffPanelButtons(t *testing.T) {
	f := newPanel(t, fyne.NewSize(1920, 1080))
	f.enter("2468")
	p := f.p
	test.Tap(p.pauseB.tile)
	if !strings.Contains(p.pauseB.label(), "Жалғастыру") {
		t.Errorf("after pause the button reads %q", p.pauseB.label())
	}
	test.Tap(p.pauseB.tile)
	test.Tap(p.nextB.tile)
	statusBefore := f.staff.status
	defer func(d time.Duration) { rescanSettle = d }(rescanSettle)
	rescanSettle = time.Millisecond
	test.Tap(p.rescanB.tile)
	p.jobs.Wait()
	// At once, and again when the scan has had time to finish.
	if f.staff.status != statusBefore+2 {
		t.Errorf("rescan read the status %d times, want 2", f.staff.status-statusBefore)
	}
	test.Tap(p.muteB.tile)
	test.Tap(p.exitB.tile)
	if !p.yesB.Visible() || p.exitB.Visible() {
		t.Fatal("exit did not ask to confirm")
	}
	test.Tap(p.noB.tile)
	if p.yesB.Visible() || !p.exitB.Visible() {
		t.Fatal("cancel did not take back the exit question")
	}
	test.Tap(p.exitB.tile)
	test.Tap(p.yesB.tile)
	want := []string{"pin 2468", "paused on", "paused off", "next", "rescan", "muted on", "exit"}
	if got := f.staff.got(); !slices.Equal(got, want) {
		t.Errorf("actions %q, want %q", got, want)
	}
	test.Tap(p.closeB.tile)
	if f.closed != 1 || p.IsOpen() || p.Content().Visible() {
		t.Errorf("close: onClose called %d times, open %v", f.closed, p.IsOpen())
	}
	// The next opening asks for the PIN again.
	p.Open()
	if p.unlocked || !p.pad.root.Visible() {
		t.Error("the panel reopened without the PIN")
	}
	if p.CheckIdle(f.now.Add(time.Minute)) || !p.CheckIdle(f.now.Add(panelIdle)) {
		t.Error("the panel does not close after two idle minutes")
	}
}

func TestPanelTargets(t *testing.T) {
	for _, size := range []fyne.Size{fyne.NewSize(1920, 1080), fyne.NewSize(1080, 1920)} {
		f := newPanel(t, size)
		keys := []*tile{f.p.pad.cancel.tile}
		for _, k := range f.p.pad.keys {
			keys = append(keys, k.tile)
		}
		check := func(tiles []*tile) {
			for _, tl := range tiles {
				s := tl.Size()
				pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(tl)
				if s.Height < 80 || pos.X < 0 || pos.Y < 0 || pos.X+s.Width > size.Width+0.5 || pos.Y+s.Height > size.Height+0.5 {
					t.Errorf("%v: %q at %v+%v is too small or cut off", size, texts(tl), pos, s)
				}
			}
		}
		check(keys)
		f.enter("2468")
		f.w.Resize(size)
		check([]*tile{f.p.pauseB.tile, f.p.nextB.tile, f.p.rescanB.tile, f.p.muteB.tile, f.p.exitB.tile, f.p.closeB.tile})
	}
}

func TestPanelGolden(t *testing.T) {
	f := newPanel(t, fyne.NewSize(1920, 1080))
	test.AssertImageMatches(t, "panel_pin_landscape.png", f.w.Canvas().Capture())
	f.enter("2468")
	f.w.Resize(fyne.NewSize(1920, 1080))
	test.AssertImageMatches(t, "panel_landscape.png", f.w.Canvas().Capture())
}

func TestPanelGoldenPortrait(t *testing.T) {
	f := newPanel(t, fyne.NewSize(1080, 1920))
	f.enter("2468")
	f.w.Resize(fyne.NewSize(1080, 1920))
	test.AssertImageMatches(t, "panel_portrait.png", f.w.Canvas().Capture())
}
