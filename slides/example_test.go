package slides_test

import (
	"fmt"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

func ExampleParseAnnouncement() {
	file := []byte("---\ntitle: Ашық есік күні\nfrom: 10.01.2025\nuntil: 2025-01-20\ndays: Дс-Жм\nhours: 09:00-18:00\npriority: шұғыл\n---\nБәріңізді шақырамыз!\n")
	a, err := slides.ParseAnnouncement(file, slides.KK)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title.Get([]slides.Lang{slides.KK}), a.Priority, a.Schedule.Days, a.Schedule.Hours)
	fmt.Println(a.Schedule.ActiveAt(time.Date(2025, 1, 13, 10, 0, 0, 0, time.Local))) // Monday
	fmt.Println(a.Schedule.ActiveAt(time.Date(2025, 1, 18, 10, 0, 0, 0, time.Local))) // Saturday
	// Output:
	// Ашық есік күні urgent Mon,Tue,Wed,Thu,Fri [09:00-18:00]
	// true
	// false
}

func ExampleParseClubsCSV() {
	clubs := []byte("id;name_ru;name_kk;room\r\nart;ИЗО-студия;Сурет студиясы;204\r\n")
	timetable := []byte("club_id;day;start;end\r\nart;Сс;15:00;16:30\r\nart;Пнн;15:00;16:30\r\n")
	list, problems, err := slides.ParseClubsCSV(clubs, timetable)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range list {
		for _, s := range c.Sessions {
			fmt.Println(c.Name.Get([]slides.Lang{slides.KK}), s.Day, s.Start, s.End, s.Room)
		}
	}
	for _, p := range problems {
		fmt.Println(p.Table, p.Reason[slides.RU])
	}
	// Output:
	// Сурет студиясы 2 15:00 16:30 204
	// timetable.csv строка 3: непонятный день недели «Пнн», строка пропущена
}
