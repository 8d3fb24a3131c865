package kiosk

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

func TestAnnouncementInThreeLanguagesIsOneSlide(t *testing.T) {
	f := newFixture(t)
	f.write("announcements/open-day.kk.md", []byte("---\ntitle: Ашық есік күні\nfrom: 10.01.2025\nuntil: 2025-01-12\ndays: Сн, Жс\nhours: 10:00-17:00\npriority: urgent\nqr: https://example.org/x\n---\n# Келіңіз!\n"))
	f.write("announcements/open-day.ru.md", []byte("---\ntitle: День открытых дверей\n---\nПриходите!\n"))
	f.write("announcements/open-day.en.md", []byte("---\ntitle: Open day\n---\nCome along!\n"))
	f.write("announcements/plain.txt", []byte("Concert on Friday at 18:00 in the big hall.\n"))
	f.write("announcements/broken.ru.md", []byte("---\ntitle: Плохая дата\nfrom: 32.13.2025\n---\nтекст\n"))
	f.write("announcements/minutes.docx", []byte("PK\x03\x04"))
	f.scan()
	items := f.items()
	it, ok := items["announcements/open-day.md"]
	if !ok {
		t.Fatalf("no open-day item; have %v, refused %v", keys(items), f.refused())
	}
	if it.Kind != KindAnnouncement || it.Title[slides.KK] != "Ашық есік күні" || it.Title[slides.RU] != "День открытых дверей" ||
		it.Title[slides.EN] != "Open day" || it.Priority != slides.Urgent || it.Meta.QR != "https://example.org/x" ||
		it.Schedule.From != "2025-01-10" || it.Schedule.Until != "2025-01-12" || len(it.Meta.Files) != 3 {
		t.Errorf("open day = %+v", it)
	}
	sat := time.Date(2025, 1, 11, 12, 0, 0, 0, time.UTC)
	fri := time.Date(2025, 1, 10, 12, 0, 0, 0, time.UTC)
	evening := time.Date(2025, 1, 11, 18, 0, 0, 0, time.UTC)
	if !Showable(it, sat) || Showable(it, fri) || Showable(it, evening) {
		t.Errorf("schedule: Sat noon %v (want true), Fri %v, Sat 18:00 %v (want false)", Showable(it, sat), Showable(it, fri), Showable(it, evening))
	}
	if items["announcements/plain.txt"].Kind != KindAnnouncement {
		t.Errorf("plain text announcement missing")
	}
	refused := f.refused()
	if refused["announcements/broken.ru.md"] == "" || refused["announcements/minutes.docx"] != "damaged" {
		t.Errorf("refused = %v", refused)
	}
	// One language file goes: the slide stays with the others.
	os.Remove(filepath.Join(f.root, "announcements/open-day.en.md"))
	f.scan()
	it = f.items()["announcements/open-day.md"]
	if _, ok := it.Title[slides.EN]; len(it.Meta.Files) != 2 || (ok && it.Title[slides.EN] == "Open day") {
		t.Errorf("after removing the English file: %+v", it)
	}
}

func TestPosterWithYAML(t *testing.T) {
	f := newFixture(t)
	f.write("announcements/concert.jpg", jpegBytes(60, 90, 5))
	f.write("announcements/concert.yml", []byte("title:\n  kk: Концерт\n  ru: Концерт\n  en: Concert\nuntil: 2025-05-01\n"))
	f.scan()
	it, ok := f.items()["announcements/concert.jpg"]
	if !ok || it.Kind != KindPoster || it.Title[slides.EN] != "Concert" || it.Schedule.Until != "2025-05-01" || it.Height != 90 {
		t.Fatalf("poster = %+v (refused %v)", it, f.refused())
	}
	f.write("announcements/concert.yml", []byte("title: Жаңа концерт\n"))
	later := time.Now().Add(-300 * time.Millisecond)
	os.Chtimes(filepath.Join(f.root, "announcements/concert.yml"), later, later)
	f.scan()
	if it := f.items()["announcements/concert.jpg"]; it.Title[slides.KK] != "Жаңа концерт" || it.Schedule.Until != "" {
		t.Errorf("poster after editing its yml = %+v", it)
	}
}

func TestMegabytes(t *testing.T) {
	for _, tc := range []struct {
		n    int64
		want string
	}{{1 << 20, "1 MB"}, {1<<20 + 300<<10, "1.3 MB"}, {70 << 20, "70 MB"}, {340 << 10, "340 KB"}, {1, "1 KB"}} {
		if got := megabytes(tc.n); got != tc.want {
			t.Errorf("megabytes(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}
