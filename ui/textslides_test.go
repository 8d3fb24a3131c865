package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/media"
	"github.com/shygarmashylyq/kiosk/slides"
)

var kkRuEn = []slides.Lang{slides.KK, slides.RU, slides.EN}

func timetableTestSlide() kiosk.Slide {
	clock := func(s string) slides.Clock { c, _ := slides.ParseClock(s); return c }
	text := func(kk, ru, en string) slides.Text { return slides.Text{slides.KK: kk, slides.RU: ru, slides.EN: en} }
	return kiosk.Slide{
		Item:  kiosk.Item{ID: 7, Kind: kiosk.KindTimetable, Source: "clubs/timetable"},
		Langs: kkRuEn,
		Timetable: &kiosk.Timetable{Day: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), Page: 1, Pages: 2, Rows: []kiosk.TimetableRow{
			{Name: text("Акварель", "Акварель", "Watercolour"), Start: clock("14:00"), End: clock("15:30"), Room: "312", AgeFrom: 6, AgeTo: 14, Now: true},
			{Name: text("Робототехника", "Робототехника", "Robotics"), Start: clock("15:00"), End: clock("16:30"), Room: "204", AgeFrom: 9, AgeTo: 15, Now: true},
			{Name: text("Авиамодельдеу", "Авиамоделирование", "Aviation modelling"), Start: clock("16:00"), End: clock("17:30"), Room: "108", AgeFrom: 10, AgeTo: 16, Next: true},
			{Name: text("Домбыра", "Домбра", "Dombra"), Start: clock("17:00"), End: clock("18:00"), Room: "215", AgeFrom: 8, AgeTo: 17},
			{Name: text("Қазақ халық биі және заманауи хореография", "Хореография", "Choreography"), Start: clock("18:00"), End: clock("19:00"), Room: "Зал", AgeFrom: 5, AgeTo: 12},
		}},
	}
}

func announcementTestSlide() kiosk.Slide {
	qr, _ := media.QRCode("https://example.org/open-day", 512)
	return kiosk.Slide{
		QR: qr,
		Item: kiosk.Item{ID: 8, Kind: kiosk.KindAnnouncement, Source: "announcements/open-day.md",
			Title: slides.Text{slides.KK: "Ашық есік күні", slides.RU: "День открытых дверей"},
			Meta: kiosk.Meta{Body: slides.Text{
				slides.KK: "Сенбі күні **10:00-ден 17:00-ге дейін** барлық үйірмелер есігін ашады.\n\n- Робототехника мен авиамодельдеу\n- Акварель және қыш өнері\n- Вокал мен хореография\n\nҚатысу тегін. Әжелер мен әкелер, іні-қарындастар — бәріңізді күтеміз!",
			}}},
		Langs: kkRuEn,
	}
}

func TestTextSlideGoldens(t *testing.T) {
	for _, tc := range []struct {
		name   string
		screen fyne.Size
		slide  kiosk.Slide
	}{
		{"timetable_landscape.png", fyne.NewSize(1920, 1080), timetableTestSlide()},
		{"timetable_portrait.png", fyne.NewSize(1080, 1920), timetableTestSlide()},
		{"announcement_landscape.png", fyne.NewSize(1920, 1080), announcementTestSlide()},
		{"announcement_portrait.png", fyne.NewSize(1080, 1920), announcementTestSlide()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, w := newShowWindow(t, tc.screen)
			sl := tc.slide
			if sl.Timetable != nil {
				// As many rows as the screen takes, as the display asks for.
				page := *sl.Timetable
				page.Rows = page.Rows[:min(len(page.Rows), timetableRows(tc.screen))]
				sl.Timetable = &page
			}
			s.Show(sl)
			w.Resize(tc.screen) // lay out again now that the content is in
			test.AssertImageMatches(t, tc.name, w.Canvas().Capture())
		})
	}
}

func TestDateText(t *testing.T) {
	d := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	for l, want := range map[slides.Lang]string{slides.KK: "23 қараша, дүйсенбі", slides.RU: "23 ноября, понедельник", slides.EN: "Monday, 23 November"} {
		if got := dateText(l, d); got != want {
			t.Errorf("dateText(%s) = %q, want %q", l, got, want)
		}
	}
}

func TestRoomText(t *testing.T) {
	for _, tc := range []struct{ room, want string }{
		{"204", "Кабинет 204"}, {"12а", "Кабинет 12а"}, {"Зал", "Зал"}, {"", ""}, {"Каб. 12", "Каб. 12"},
	} {
		if got := roomText(slides.RU, tc.room); got != tc.want {
			t.Errorf("roomText(ru, %q) = %q, want %q", tc.room, got, tc.want)
		}
	}
}
