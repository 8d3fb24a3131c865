package ui

import (
	"context"
	"errors"
	"image"
	"image/color"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/media"
	"github.com/shygarmashylyq/kiosk/slides"
)

// fakeClubs is a ClubSource with clubs like the demo content's.
type fakeClubs struct {
	mu       sync.Mutex
	clubs    []kiosk.Club
	photos   map[string]image.Image
	arts     []kiosk.Item
	touches  []kiosk.Touch
	clubsErr error
}

func (f *fakeClubs) Clubs(context.Context) ([]kiosk.Club, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.clubs), f.clubsErr
}

func (f *fakeClubs) ClubPhoto(_ context.Context, c kiosk.Club, _ int) (image.Image, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if img := f.photos[c.ID]; img != nil {
		return img, nil
	}
	return nil, errors.New("no photo")
}

func (f *fakeClubs) Touch(_ context.Context, t kiosk.Touch) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.touches = append(f.touches, t)
	return nil
}

func (f *fakeClubs) Artworks(context.Context) ([]kiosk.Item, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.arts), nil
}

func (f *fakeClubs) Picture(_ context.Context, it kiosk.Item) (image.Image, error) {
	return painting(400+int(it.ID)*40, 300), nil
}

// SignupQR is the QR code the kiosk makes.
func (f *fakeClubs) SignupQR(url string, px int) (image.Image, error) { return media.QRCode(url, px) }

// events lists the logged touches as "event value".
func (f *fakeClubs) events() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, t := range f.touches {
		s := t.Event
		switch {
		case t.ClubID != "":
			s += " " + t.ClubID
		case t.ItemID != 0:
			s += " " + string(rune('0'+t.ItemID))
		case t.Value != "":
			s += " " + t.Value
		}
		out = append(out, s)
	}
	return out
}

func txt(kk, ru, en string) slides.Text {
	return slides.Text{slides.KK: kk, slides.RU: ru, slides.EN: en}
}

func sessions(specs ...string) []slides.Session {
	var out []slides.Session
	for _, s := range specs {
		// "1 15:00 16:30 204"
		f := strings.Fields(s)
		start, _ := slides.ParseClock(f[1])
		end, _ := slides.ParseClock(f[2])
		out = append(out, slides.Session{Day: int(f[0][0] - '0'), Start: start, End: end, Room: f[3]})
	}
	return out
}

func testClubs() []kiosk.Club {
	tech, art, music := txt("Техникалық", "Техническое", "Technical"), txt("Бейнелеу өнері", "Изобразительное искусство", "Fine art"), txt("Музыка", "Музыка", "Music")
	club := func(id string, name, cat slides.Text, from, to int, teacher slides.Text, room string, desc slides.Text, ss []slides.Session) kiosk.Club {
		return kiosk.Club{Club: slides.Club{ID: id, Name: name, Category: cat, AgeFrom: from, AgeTo: to, Teacher: teacher,
			Room: slides.Plain(room), Description: desc, SignupURL: "https://example.org/clubs/" + id, Sessions: ss}}
	}
	return []kiosk.Club{
		club("robo", txt("Робототехника", "Робототехника", "Robotics"), tech, 9, 15, txt("Ерлан Асқарұлы", "Ерлан Аскарович", "Yerlan Askaruly"), "204",
			txt("LEGO және Arduino роботтарын құрастырып, бағдарламалаймыз.", "Собираем и программируем роботов LEGO и Arduino.", "We build and program LEGO and Arduino robots."),
			sessions("1 15:00 16:30 204", "3 15:00 16:30 204", "6 11:00 12:30 204")),
		club("avia", txt("Авиамодельдеу", "Авиамоделирование", "Aviation modelling"), tech, 10, 16, txt("Қайрат Мұхтарұлы", "Кайрат Мухтарович", "Kairat Mukhtaruly"), "108",
			txt("Ұшатын ұшақ үлгілерін өз қолымызбен жасаймыз.", "Строим летающие модели самолётов своими руками.", "We build flying model aircraft by hand."),
			sessions("2 16:00 17:30 108", "4 16:00 17:30 108", "6 10:00 11:30 108")),
		club("akvarel", txt("Акварель", "Акварель", "Watercolour"), art, 6, 14, txt("Әсел Нұрланқызы", "Асель Нурлановна", "Assel Nurlankyzy"), "312",
			txt("Табиғатты, қаланы және ертегілерді акварельмен саламыз.", "Рисуем природу, город и сказки акварелью.", "We paint nature, the city and fairy tales in watercolour."),
			sessions("1 10:00 11:00 312", "3 14:00 15:30 312", "5 14:00 15:30 312", "6 12:00 13:30 312")),
		club("vokal", txt("Вокал", "Вокал", "Vocal"), music, 7, 17, txt("Гүлнар Серікқызы", "Гульнар Сериковна", "Gulnar Serikkyzy"), "Зал",
			txt("Қазақ және әлем әндерін орындаймыз, концерттерге дайындаламыз.", "Поём казахские и мировые песни, готовимся к концертам.", "We sing Kazakh and world songs and prepare for concerts."),
			sessions("2 17:00 18:00 Зал", "4 17:00 18:00 Зал", "7 11:00 12:00 Зал")),
		club("dombra", txt("Домбыра", "Домбра", "Dombra"), music, 8, 17, txt("Нұрлан Бекұлы", "Нурлан Бекович", "Nurlan Bekuly"), "215",
			txt("Күйлер мен әндерді домбырада ойнауды үйренеміз.", "Учимся играть кюи и песни на домбре.", "We learn to play kuis and songs on the dombra."),
			sessions("1 17:00 18:00 215", "5 17:00 18:00 215")),
		club("horeo", txt("Хореография", "Хореография", "Choreography"), txt("Би", "Танцы", "Dance"), 5, 12, txt("Айгүл Маратқызы", "Айгуль Маратовна", "Aigul Maratkyzy"), "Зал",
			txt("Қазақ халық биі және заманауи би.", "Казахский народный и современный танец.", "Kazakh folk and modern dance."),
			sessions("2 09:30 10:30 Зал", "5 09:30 10:30 Зал", "6 14:00 15:00 Зал", "7 14:00 15:00 Зал")),
		club("chem", txt("Жас химиктер", "Юные химики", "Young chemists"), txt("Ғылым", "Наука", "Science"), 11, 15, txt("Дана Ержанқызы", "Дана Ержановна", "Dana Yerzhankyzy"), "118",
			txt("Қауіпсіз тәжірибелер жасап, заттардың сырын ашамыз.", "Ставим безопасные опыты и узнаём, из чего всё состоит.", "Safe experiments to find out what things are made of."),
			sessions("2 15:00 16:30 118", "4 15:00 16:30 118")),
		club("chess", txt("Шахмат", "Шахматы", "Chess"), txt("Спорт", "Спорт", "Sport"), 7, 14, txt("Бауыржан Сәкенұлы", "Бауыржан Сакенович", "Baurzhan Sakenuly"), "101",
			txt("Шахмат ойнауды үйреніп, турнирлерге қатысамыз.", "Учимся играть в шахматы и участвуем в турнирах.", "We learn chess and play in tournaments."),
			sessions("1 14:00 16:00 101", "6 10:00 12:00 101")),
	}
}

// photo is a made-up club photo: a coloured field with a shape.
func photo(c color.NRGBA) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, 320, 240))
	for y := 0; y < 240; y++ {
		for x := 0; x < 320; x++ {
			p := c
			if dx, dy := x-160, y-130; dx*dx+dy*dy < 70*70 {
				p = color.NRGBA{R: 250, G: 245, B: 235, A: 255}
			}
			if y > 200 {
				p = color.NRGBA{R: c.R / 2, G: c.G / 2, B: c.B / 2, A: 255}
			}
			img.Set(x, y, p)
		}
	}
	return img
}

func newFakeClubs() *fakeClubs {
	return &fakeClubs{
		clubs: testClubs(),
		photos: map[string]image.Image{
			"robo":    photo(color.NRGBA{R: 60, G: 120, B: 200, A: 255}),
			"akvarel": photo(color.NRGBA{R: 220, G: 110, B: 120, A: 255}),
			"vokal":   photo(color.NRGBA{R: 140, G: 100, B: 210, A: 255}),
			"horeo":   photo(color.NRGBA{R: 240, G: 150, B: 60, A: 255}),
		},
		arts: []kiosk.Item{
			{ID: 1, Kind: kiosk.KindArtwork, Title: txt("Күн шуағындағы кең дала", "Степь в солнечных лучах", "The steppe in the sun"), Meta: kiosk.Meta{Exhibition: "Көктем 2026", Age: "9", Author: txt("Әлия", "Алия", "Aliya")}},
			{ID: 2, Kind: kiosk.KindArtwork, Title: txt("Менің мысығым", "Мой кот", "My cat"), Meta: kiosk.Meta{Exhibition: "Көктем 2026", Age: "7"}},
			{ID: 3, Kind: kiosk.KindArtwork, Title: txt("Тау", "Горы", "Mountains"), Meta: kiosk.Meta{Exhibition: "Көктем 2026", Age: "12"}},
		},
	}
}

// monday1530 is a Monday afternoon: robotics and chess are on.
var monday1530 = time.Date(2026, 11, 23, 15, 30, 0, 0, time.UTC)

type browserFixture struct {
	b      *ClubBrowser
	src    *fakeClubs
	w      fyne.Window
	now    time.Time
	closed int
}

// newBrowser opens a club browser on a test window of the given size, with
// its clubs loaded.
func newBrowser(t *testing.T, size fyne.Size) *browserFixture {
	t.Helper()
	f := &browserFixture{src: newFakeClubs(), now: monday1530}
	// The app and its theme first: widgets read their sizes when made.
	f.w = newTestWindow(t, size, canvas.NewRectangle(color.Black))
	f.b = NewClubBrowser(f.src, kkRuEn, time.Minute, func() { f.closed++ })
	f.b.SetClock(func() time.Time { return f.now })
	f.w.SetContent(f.b.Content())
	f.b.Open()
	f.b.jobs.Wait()
	f.w.Resize(size)
	return f
}

// tap taps a tile and waits for what it started.
func (f *browserFixture) tap(t *tile) {
	test.Tap(t)
	f.b.jobs.Wait()
}

// texts is every visible text under o, joined by "|".
func texts(o fyne.CanvasObject) string {
	var out []string
	for _, obj := range test.LaidOutObjects(o) {
		if t, ok := obj.(*canvas.Text); ok && t.Visible() && t.Text != "" {
			out = append(out, t.Text)
		}
	}
	return strings.Join(out, "|")
}

func TestBrowserFilters(t *testing.T) {
	f := newBrowser(t, fyne.NewSize(1920, 1080))
	b := f.b
	all := []string{"robo", "avia", "akvarel", "vokal", "dombra", "horeo", "chem", "chess"}
	check := func(step string, want ...string) {
		t.Helper()
		if !slices.Equal(b.visible, want) {
			t.Errorf("after %s: clubs listed %v, want %v", step, b.visible, want)
		}
		if len(b.grid.Objects) != len(want) {
			t.Errorf("after %s: %d cards in the grid, want %d", step, len(b.grid.Objects), len(want))
		}
	}
	check("opening", all...)
	f.tap(b.ageChips[0].tile) // 5-7
	check("age 5-7", "akvarel", "vokal", "horeo", "chess")
	f.tap(b.dayChips[5].tile) // Saturday
	check("age 5-7 + Saturday", "akvarel", "horeo", "chess")
	f.tap(b.ageChips[0].tile) // again: any age
	check("any age + Saturday", "robo", "avia", "akvarel", "horeo", "chess")
	f.tap(b.nowChip.tile)
	check("on now (Monday 15:30)", "robo", "chess")
	if b.filter.day != 0 {
		t.Errorf("\"on now\" left day %d chosen", b.filter.day)
	}
	f.tap(b.nowChip.tile)
	check("now again: any time", all...)
	f.tap(b.catChips[slides.CategoryID(txt("Музыка", "", ""))].tile)
	check("category music", "vokal", "dombra")
	f.tap(b.ageChips[3].tile) // 14-17
	check("music 14-17", "vokal", "dombra")
	f.tap(b.dayChips[6].tile)
	check("music 14-17 Sunday", "vokal")
	f.tap(b.dayChips[2].tile)
	check("music 14-17 Wednesday")
	if !b.message.Visible() || !strings.Contains(b.message.String(), "табылмады") {
		t.Errorf("no clubs match, but the message is %q (visible %v)", b.message.String(), b.message.Visible())
	}
	f.tap(b.catChips[""].tile)
	f.tap(b.dayChips[2].tile) // again: any day
	check("all 14-17 (a 14-year-old may join 6-14)", "robo", "avia", "akvarel", "vokal", "dombra", "chem", "chess")
	// The next visit starts afresh.
	b.Close()
	b.Open()
	b.jobs.Wait()
	check("opening again", all...)
}

func TestBrowserTodayAndTargets(t *testing.T) {
	for _, size := range []fyne.Size{fyne.NewSize(1920, 1080), fyne.NewSize(1080, 1920)} {
		f := newBrowser(t, size)
		b := f.b
		// Monday is today: outlined, not chosen.
		if b.dayChips[0].bg.StrokeWidth == 0 || b.dayChips[1].bg.StrokeWidth != 0 {
			t.Errorf("%v: today's chip is not the only one outlined", size)
		}
		var tiles []*tile
		for _, c := range b.ageChips {
			tiles = append(tiles, c.tile)
		}
		for _, c := range b.dayChips {
			tiles = append(tiles, c.tile)
		}
		for _, c := range b.langChips {
			tiles = append(tiles, c.tile)
		}
		tiles = append(tiles, b.nowChip.tile, b.closeB.tile, b.galleryB.tile)
		for _, tl := range tiles {
			s := tl.Size()
			if s.Height < 80 || s.Width < 80 {
				t.Errorf("%v: %q is %v, want at least 80x80", size, texts(tl), s)
			}
			p := fyne.CurrentApp().Driver().AbsolutePositionForObject(tl)
			if p.X < 0 || p.Y < 0 || p.X+s.Width > size.Width+0.5 || p.Y+s.Height > size.Height+0.5 {
				t.Errorf("%v: %q at %v+%v is cut off", size, texts(tl), p, s)
			}
			if p.X < cornerSide() && p.Y < cornerSide() {
				t.Errorf("%v: %q lies under the staff corner", size, texts(tl))
			}
		}
		for _, id := range b.visible[:2] {
			c := b.cards[id]
			if p, s := fyne.CurrentApp().Driver().AbsolutePositionForObject(c), c.Size(); p.X+s.Width > size.Width+0.5 || s.Height < 200 {
				t.Errorf("%v: card %s at %v+%v", size, id, p, s)
			}
		}
	}
}

func TestBrowserDragAndWheelScroll(t *testing.T) {
	f := newBrowser(t, fyne.NewSize(1920, 1080))
	b := f.b
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(b.list)
	mid := abs.Add(fyne.NewPos(b.list.Size().Width/2, b.list.Size().Height/2))
	overflow := b.grid.MinSize().Height - b.list.Size().Height
	if overflow < 100 {
		t.Fatalf("the list does not overflow (content %v, view %v); the test needs it to", b.grid.MinSize(), b.list.Size())
	}
	f.now = f.now.Add(50 * time.Second)
	test.Drag(f.w.Canvas(), mid, 0, -80)
	if got := b.list.scroll.Offset.Y; got != 80 {
		t.Errorf("after dragging up 80 px the list is scrolled to %v, want 80", got)
	}
	if b.CheckIdle(monday1530.Add(70 * time.Second)) {
		t.Error("a drag did not count as activity")
	}
	test.Drag(f.w.Canvas(), mid, 0, 5000)
	if got := b.list.scroll.Offset.Y; got != 0 {
		t.Errorf("dragging far down scrolled to %v, want 0", got)
	}
	test.Drag(f.w.Canvas(), mid, 0, -5000)
	if got := b.list.scroll.Offset.Y; got != overflow {
		t.Errorf("dragging far up scrolled to %v, want the end %v", got, overflow)
	}
	test.Scroll(f.w.Canvas(), mid, 0, 60)
	if got := b.list.scroll.Offset.Y; got != overflow-60 {
		t.Errorf("the wheel scrolled to %v, want %v", got, overflow-60)
	}
	f.now = f.now.Add(50 * time.Second)
	test.Scroll(f.w.Canvas(), mid, 0, 30)
	if b.CheckIdle(monday1530.Add(130 * time.Second)) {
		t.Error("the wheel did not count as activity")
	}
}

func TestClubPage(t *testing.T) {
	f := newBrowser(t, fyne.NewSize(1920, 1080))
	b := f.b
	test.Tap(b.cards["robo"])
	f.b.jobs.Wait()
	if b.view != viewClub || !b.page.root.Visible() || b.list.Visible() {
		t.Fatalf("tapping a card did not open its page")
	}
	page := texts(b.page.root)
	for _, want := range []string{"Робототехника", "Ерлан Асқарұлы", "204", "Дүйсенбі", "15:00–16:30", "Сәрсенбі", "Сенбі", "11:00–12:30", "9–15" + keep + "жас", "LEGO"} {
		if !strings.Contains(page, want) {
			t.Errorf("the club page lacks %q; it reads %s", want, page)
		}
	}
	if b.page.qr.Image == nil || !b.page.qr.Visible() {
		t.Error("the club page shows no QR code")
	} else if s := b.page.qr.Size(); s.Width < 250 {
		t.Errorf("the QR code is %v, too small to scan from a step away", s)
	}
	if b.page.photo.img.Image == nil {
		t.Error("the club's photo is not shown")
	}
	// A club without a photo gets its initial.
	test.Tap(b.back.tile)
	test.Tap(b.cards["dombra"])
	f.b.jobs.Wait()
	if b.page.photo.img.Visible() || b.page.photo.initial.Text != "Д" {
		t.Errorf("a club without a photo shows initial %q, image visible %v", b.page.photo.initial.Text, b.page.photo.img.Visible())
	}
	f.tap(b.langChips[slides.EN].tile)
	page = texts(b.page.root)
	for _, want := range []string{"Dombra", "Nurlan Bekuly", "Monday", "17:00–18:00", "Room 215", "Scan to sign up"} {
		if !strings.Contains(page, want) {
			t.Errorf("the English club page lacks %q; it reads %s", want, page)
		}
	}
	test.Tap(b.back.tile)
	if b.view != viewList || !b.list.Visible() {
		t.Error("the back button did not return to the list")
	}
}

func TestBrowserLanguageSwitch(t *testing.T) {
	f := newBrowser(t, fyne.NewSize(1920, 1080))
	b := f.b
	for _, tc := range []struct {
		lang                     slides.Lang
		title, avia, age, monday string
	}{
		{slides.RU, "Кружки", "Авиамоделирование", "Возраст", "Пн"},
		{slides.EN, "Clubs", "Aviation modelling", "Age", "Mon"},
		{slides.KK, "Үйірмелер", "Авиамодельдеу", "Жасы", "Дс"},
	} {
		f.tap(b.langChips[tc.lang].tile)
		got := []string{b.title.String(), b.cards["avia"].name.String(), b.ageLabel.String(), b.dayChips[0].label()}
		want := []string{tc.title, tc.avia, tc.age, tc.monday}
		if !slices.Equal(got, want) {
			t.Errorf("in %s the browser reads %q, want %q", tc.lang, got, want)
		}
		if b.langChips[tc.lang].bg.FillColor != colorAccent {
			t.Errorf("the %s chip is not marked as chosen", tc.lang)
		}
	}
}

func TestBrowserIdleClose(t *testing.T) {
	f := newBrowser(t, fyne.NewSize(1920, 1080))
	b := f.b
	f.now = monday1530.Add(30 * time.Second)
	f.tap(b.ageChips[1].tile) // activity at +30 s
	if b.CheckIdle(monday1530.Add(89 * time.Second)) {
		t.Fatal("closed 59 s after the last touch, want 60 s")
	}
	if f.closed != 0 || !b.IsOpen() || !b.Content().Visible() {
		t.Fatal("the browser is not open before its idle time")
	}
	f.now = monday1530.Add(90 * time.Second)
	if !b.CheckIdle(monday1530.Add(90 * time.Second)) {
		t.Fatal("not closed 60 s after the last touch")
	}
	b.jobs.Wait()
	if f.closed != 1 || b.IsOpen() || b.Content().Visible() {
		t.Errorf("after the idle time: onClose called %d times, open %v, visible %v", f.closed, b.IsOpen(), b.Content().Visible())
	}
	if b.CheckIdle(monday1530.Add(200 * time.Second)) {
		t.Error("a closed browser closed again")
	}
	last := f.src.touches[len(f.src.touches)-1]
	if last.Event != kiosk.TouchClose || last.Length != 90*time.Second || !last.Session.Equal(monday1530) {
		t.Errorf("the close was logged as %+v, want a close of a 90 s session begun %v", last, monday1530)
	}
}

func TestBrowserLogsTouches(t *testing.T) {
	f := newBrowser(t, fyne.NewSize(1920, 1080))
	b := f.b
	f.tap(b.ageChips[0].tile)
	f.tap(b.dayChips[5].tile)
	f.tap(b.nowChip.tile)
	f.tap(b.nowChip.tile)
	f.tap(b.ageChips[0].tile)
	test.Tap(b.cards["akvarel"])
	b.jobs.Wait()
	f.tap(b.langChips[slides.RU].tile)
	f.tap(b.langChips[slides.RU].tile) // the same language again: not logged
	f.tap(b.closeB.tile)
	want := []string{"open", "filter age=5-7", "filter day=6", "filter now", "filter now=off", "filter age=all", "club akvarel", "lang ru", "close"}
	if got := f.src.events(); !slices.Equal(got, want) {
		t.Errorf("touches logged %q, want %q", got, want)
	}
	if f.closed != 1 {
		t.Errorf("the close button called onClose %d times, want 1", f.closed)
	}
}

func TestGallerySwipe(t *testing.T) {
	f := newBrowser(t, fyne.NewSize(1920, 1080))
	b := f.b
	f.tap(b.galleryB.tile)
	g := b.gallery
	if b.view != viewGallery || len(g.items) != 3 || g.img.Image == nil {
		t.Fatalf("the gallery opened with view %v, %d artworks, picture %v", b.view, len(g.items), g.img.Image != nil)
	}
	if !strings.Contains(g.label.String(), "Күн шуағындағы кең дала") {
		t.Errorf("the first artwork's label reads %q", g.label.String())
	}
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(g.swipe)
	mid := abs.Add(fyne.NewPos(g.swipe.Size().Width/2, g.swipe.Size().Height/2))
	test.Drag(f.w.Canvas(), mid, -300, 10)
	b.jobs.Wait()
	if g.index != 1 || !strings.Contains(g.label.String(), "Менің мысығым") || g.img.Image == nil {
		t.Errorf("after a swipe left: artwork %d, label %q", g.index, g.label.String())
	}
	test.Drag(f.w.Canvas(), mid, 10, 0) // too short to count
	f.tap(g.prev.tile)
	f.tap(g.prev.tile)
	if g.index != 2 {
		t.Errorf("two steps back from the second artwork went to %d, want the last (2)", g.index)
	}
	f.tap(b.back.tile)
	want := []string{"open", "artwork 1", "artwork 2", "artwork 1", "artwork 3"}
	if got := f.src.events(); !slices.Equal(got, want) {
		t.Errorf("touches logged %q, want %q", got, want)
	}
}

func TestBrowserGoldens(t *testing.T) {
	for _, tc := range []struct {
		name   string
		screen fyne.Size
		club   string
	}{
		{"browser_landscape.png", fyne.NewSize(1920, 1080), ""},
		{"browser_portrait.png", fyne.NewSize(1080, 1920), ""},
		{"clubpage_landscape.png", fyne.NewSize(1920, 1080), "robo"},
		{"clubpage_portrait.png", fyne.NewSize(1080, 1920), "akvarel"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newBrowser(t, tc.screen)
			if tc.club != "" {
				test.Tap(f.b.cards[tc.club])
				f.b.jobs.Wait()
			} else {
				f.tap(f.b.ageChips[1].tile)
			}
			f.w.Resize(tc.screen)
			test.AssertImageMatches(t, tc.name, f.w.Canvas().Capture())
		})
	}
}

func TestBrowserListError(t *testing.T) {
	f := &browserFixture{src: newFakeClubs(), now: monday1530}
	f.src.clubsErr = errors.New("database is locked")
	f.w = newTestWindow(t, fyne.NewSize(1920, 1080), canvas.NewRectangle(color.Black))
	f.b = NewClubBrowser(f.src, kkRuEn, time.Minute, nil)
	f.w.SetContent(f.b.Content())
	f.b.Open()
	f.b.jobs.Wait()
	if !f.b.message.Visible() || !strings.Contains(f.b.message.String(), "қолжетімсіз") || len(f.b.grid.Objects) != 0 {
		t.Errorf("when the clubs cannot be read the browser says %q (visible %v) and lists %d", f.b.message.String(), f.b.message.Visible(), len(f.b.grid.Objects))
	}
}

func TestClubsLauncher(t *testing.T) {
	w := newTestWindow(t, fyne.NewSize(1920, 1080), canvas.NewRectangle(color.Black))
	opened := 0
	l := NewClubsLauncher(kkRuEn, func() { opened++ })
	w.SetContent(l)
	w.Resize(fyne.NewSize(1920, 1080))
	test.TapCanvas(w.Canvas(), fyne.NewPos(600, 700)) // anywhere
	objs := l.(*fyne.Container).Objects
	btn := objs[1].(*tile)
	test.Tap(btn)
	if opened != 2 {
		t.Errorf("a tap anywhere and a tap on the button opened the browser %d times, want 2", opened)
	}
	p, s := btn.Position(), btn.Size()
	if s.Height < 80 || p.X+s.Width > 1920 || p.X < 960 || p.Y > 100 {
		t.Errorf("the clubs button is at %v size %v, want top right and at least 80 px tall", p, s)
	}
	if got := texts(btn); got != "Үйірмелер · Кружки · Clubs" {
		t.Errorf("the clubs button reads %q", got)
	}
}

// TestTranslationsAgree checks that the three catalogues have the same keys.
func TestTranslationsAgree(t *testing.T) {
	for _, l := range slides.Langs {
		for key := range catalogue()[slides.EN] {
			if _, ok := catalogue()[l][key]; !ok {
				t.Errorf("translations/%s.json lacks %q", l, key)
			}
		}
		for key := range catalogue()[l] {
			if _, ok := catalogue()[slides.EN][key]; !ok {
				t.Errorf("translations/en.json lacks %q (in %s)", key, l)
			}
		}
	}
}
