package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// offAirItems are five announcements, of which two play on monday1530.
func offAirItems() []kiosk.Item {
	ann := func(src string, s slides.Schedule) kiosk.Item {
		return kiosk.Item{Kind: kiosk.KindAnnouncement, Source: "announcements/" + src, Enabled: true, Schedule: s}
	}
	fri, _ := slides.ParseDays("Fri")
	evening, _ := slides.ParseHours("17:00-20:00")
	return []kiosk.Item{
		ann("open-day.md", slides.Schedule{}),
		ann("new-year.md", slides.Schedule{From: "2026-12-20"}),
		ann("disco.md", slides.Schedule{Days: fri, Hours: evening}),
		ann("autumn-fair.md", slides.Schedule{Until: "2026-11-15"}),
		ann("choir.md", slides.Schedule{Until: "2026-11-30"}),
	}
}

// OffAir is the kiosk's own reasoning over offAirItems at the panel's time.
func (f *fakeStaff) OffAir(context.Context) ([]kiosk.OffAir, error) {
	return kiosk.OffAirAt(offAirItems(), monday1530, kiosk.DefaultConfig(), ""), nil
}

// TestStaffPanelListsOffAir: the panel does not just count five
// announcements while two play; it lists the three off air with why and
// when, in the language chosen.
func TestStaffPanelListsOffAir(t *testing.T) {
	f := newPanel(t, fyne.NewSize(1920, 1080))
	f.enter("2468")
	p := f.p
	list := texts(p.list)
	for _, want := range []string{
		"Қазір көрсетілмейді: 3",
		"announcements/new-year.md", "20.12 бастап",
		"announcements/disco.md", "жұма 17:00–20:00 · келесі көрсетілім: Жм 27.11 17:00",
		"announcements/autumn-fair.md", "15.11 дейін, аяқталды",
	} {
		if !strings.Contains(list, want) {
			t.Errorf("the list lacks %q; it reads %q", want, list)
		}
	}
	for _, playing := range []string{"open-day.md", "choir.md"} {
		if strings.Contains(list, playing) {
			t.Errorf("%s plays now but is listed as off air: %q", playing, list)
		}
	}
	if info := p.info.String(); !strings.Contains(info, "5 (қазір көрсетілмейді: 3)") {
		t.Errorf("the announcements' count does not say how many are off air: %q", info)
	}
	test.Tap(p.langChips[slides.EN].tile)
	list = texts(p.list)
	for _, want := range []string{"Not shown now: 3", "from 20.12", "Friday 17:00–20:00 · next: Fri 27.11 17:00", "until 15.11, ended"} {
		if !strings.Contains(list, want) {
			t.Errorf("in English the list lacks %q; it reads %q", want, list)
		}
	}
}

func TestOffAirWhy(t *testing.T) {
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	mon, _ := slides.ParseDays("Mon,Wed")
	for _, c := range []struct {
		o    kiosk.OffAir
		want string
	}{
		{kiosk.OffAir{Item: kiosk.Item{Schedule: slides.Schedule{From: "2027-01-10"}},
			Schedule: slides.ScheduleState{Reason: slides.NotYet, Next: time.Date(2027, 1, 10, 0, 0, 0, 0, time.UTC)}},
			"с 10.01.2027"},
		{kiosk.OffAir{Item: kiosk.Item{Schedule: slides.Schedule{Days: mon}},
			Schedule: slides.ScheduleState{Reason: slides.OtherDays, Next: time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)}},
			"Пн, Ср · следующий показ: Пн 07.12"},
		{kiosk.OffAir{Disabled: true, OtherScreen: true}, "выключено · не для этого экрана (kiosk.toml [screens])"},
	} {
		if got := offAirWhy(slides.RU, c.o, now); got != c.want {
			t.Errorf("offAirWhy = %q, want %q", got, c.want)
		}
	}
}
