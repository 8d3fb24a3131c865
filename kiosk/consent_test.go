package kiosk

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// consentFixture is an exhibition whose works have consent in the past,
// ending today (1 June 2026), in the future, withdrawn, none, and a date
// nobody can read.
func consentFixture(t *testing.T) *fixture {
	f := newFixture(t)
	for i, name := range []string{"past", "today", "future", "gone", "none", "bad"} {
		f.write("artworks/Жаз/"+name+".jpg", jpegBytes(20, 20, uint8(i+1)))
	}
	f.write("artworks/Жаз/labels.csv", []byte("file,title,author,age,consent_until,show_name,withdrawn\n"+
		"past.jpg,Past,Дана Әбдірахманова,13,01.03.2026,,\n"+
		"today.jpg,Today,Ерлан Бекұлы,9,2026-06-01,full,\n"+
		"future.jpg,Future,Аня Иванова,7,31.12.2026,none,\n"+
		"gone.jpg,Gone,Мария Ким,11,31.12.2026,full,иә\n"+
		"none.jpg,None,Тимур Ахметов,10,,,\n"+
		"bad.jpg,Bad,Алия Серікқызы,12,31.13.2026,,\n"))
	f.scan()
	return f
}

var almaty, _ = time.LoadLocation("Asia/Almaty")

func activeAt(t *testing.T, f *fixture, cfg Config, at time.Time) map[string]PlaylistEntry {
	t.Helper()
	p, err := BuildPlaylist(context.Background(), f.in.Store, cfg, at)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]PlaylistEntry{}
	for _, e := range p.Items {
		m[strings.TrimSuffix(filepathBase(e.Source), ".jpg")] = e
	}
	return m
}

func filepathBase(s string) string { return s[strings.LastIndex(s, "/")+1:] }

func TestConsentDecidesWhatPlaysAcrossMidnight(t *testing.T) {
	f := consentFixture(t)
	cfg := DefaultConfig()
	cfg.Timezone = "Asia/Almaty"
	before := time.Date(2026, 6, 1, 23, 59, 59, 0, almaty)
	after := time.Date(2026, 6, 2, 0, 0, 0, 0, almaty)
	for _, tt := range []struct {
		at      time.Time
		require bool
		want    map[string]bool
	}{
		{before, false, map[string]bool{"past": false, "today": true, "future": true, "gone": false, "none": true, "bad": false}},
		{after, false, map[string]bool{"past": false, "today": false, "future": true, "gone": false, "none": true, "bad": false}},
		{after, true, map[string]bool{"past": false, "today": false, "future": true, "gone": false, "none": false, "bad": false}},
	} {
		cfg.Privacy.RequireConsent = tt.require
		got := activeAt(t, f, cfg, tt.at)
		for name, want := range tt.want {
			if got[name].Active != want {
				t.Errorf("at %s require_consent=%v: %s active = %v (withheld %q), want %v",
					tt.at, tt.require, name, got[name].Active, got[name].Withheld, want)
			}
		}
	}
	// Names as allowed: first by default, full, none; a withdrawn work's not kept.
	got := activeAt(t, f, cfg, before)
	for name, want := range map[string]string{"past": "Дана", "today": "Ерлан Бекұлы", "future": "", "gone": "", "none": "Тимур"} {
		if a := got[name].Author[slides.RU]; a != want {
			t.Errorf("%s: author %q, want %q", name, a, want)
		}
	}
	// The unreadable date is refused with its row; the other rows are taken.
	st, err := BuildStatus(context.Background(), f.in.Store)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Refused) != 1 || !strings.Contains(st.Refused[0].Reason, "row 7: unclear consent_until") {
		t.Errorf("refused = %+v, want labels.csv with row 7's date", st.Refused)
	}
}

func TestStatusListsWithheldWorksAndConsentEndingSoon(t *testing.T) {
	f := consentFixture(t)
	cfg := DefaultConfig()
	cfg.Timezone = "Asia/Almaty"
	st, _ := BuildStatus(context.Background(), f.in.Store)
	if err := st.AddConsent(context.Background(), f.in.Store, cfg, time.Date(2026, 6, 2, 9, 0, 0, 0, almaty)); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"past":  "consent ended 01.03.2026",
		"today": "consent ended 01.06.2026",
		"gone":  "withdrawn",
		"bad":   `consent date "31.13.2026" cannot be read (labels.csv, row 7)`,
	}
	if len(st.Withheld) != len(want) {
		t.Errorf("withheld = %+v, want %d", st.Withheld, len(want))
	}
	for _, w := range st.Withheld {
		name := strings.TrimSuffix(filepathBase(w.Source), ".jpg")
		if w.Reason != want[name] || w.Reasons[slides.RU] == "" || w.Reasons[slides.KK] == "" {
			t.Errorf("%s withheld: %q %v, want %q in kk/ru/en", name, w.Reason, w.Reasons, want[name])
		}
	}
	if st.ConsentEndingSoon != 0 {
		t.Errorf("ending soon on 2 June = %d, want 0 (future ends 31 Dec)", st.ConsentEndingSoon)
	}
	st.AddConsent(context.Background(), f.in.Store, cfg, time.Date(2026, 5, 25, 9, 0, 0, 0, almaty))
	if st.ConsentEndingSoon != 1 || st.ConsentEnding[0].Until != "2026-06-01" {
		t.Errorf("ending soon on 25 May = %d %+v, want today.jpg", st.ConsentEndingSoon, st.ConsentEnding)
	}
}

// TestSlideOnScreenGivesWayWhenConsentEnds: at midnight and on a withdrawal,
// with no rescan of the picture and no restart, the display is told to move on.
func TestSlideOnScreenGivesWayWhenConsentEnds(t *testing.T) {
	f := consentFixture(t)
	items := f.items()
	realStart := time.Now()
	fakeStart := time.Date(2026, 6, 1, 23, 59, 59, 700e6, almaty)
	show := &Show{Store: f.in.Store, Now: func() time.Time { return fakeStart.Add(time.Since(realStart)) }}
	cfg := DefaultConfig()
	cfg.Timezone = "Asia/Almaty"
	show.SetConfig(cfg)
	advanced := make(chan struct{}, 4)
	show.Advance = func() { advanced <- struct{}{} }
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go show.Guard(ctx)
	show.OnScreen(items["artworks/Жаз/today.jpg"])
	select {
	case <-advanced:
		if now := show.now(); now.Before(time.Date(2026, 6, 2, 0, 0, 0, 0, almaty)) {
			t.Errorf("advanced at %s, before midnight", now)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the slide whose consent ended at midnight stayed on screen")
	}
	// A withdrawal written into labels.csv while the work is on screen.
	f.in.Relabeled = show.Recheck
	show.OnScreen(items["artworks/Жаз/future.jpg"])
	select {
	case <-advanced:
		t.Fatal("a work with consent was taken off")
	case <-time.After(200 * time.Millisecond):
	}
	data, _ := os.ReadFile(filepath.Join(f.root, "artworks/Жаз/labels.csv"))
	f.write("artworks/Жаз/labels.csv", []byte(strings.Replace(string(data), "31.12.2026,none,", "31.12.2026,none,yes", 1)))
	f.scan("artworks/Жаз/labels.csv")
	select {
	case <-advanced:
	case <-time.After(5 * time.Second):
		t.Fatal("the withdrawn work stayed on screen")
	}
}

func TestAirtimeIsOnlyTheTimeInView(t *testing.T) {
	f := newFixture(t)
	f.write("artworks/A/a.jpg", jpegBytes(20, 20, 1))
	f.scan()
	it := f.items()["artworks/A/a.jpg"]
	now := time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC)
	show := &Show{Store: f.in.Store, Now: func() time.Time { return now }}
	ctx := context.Background()
	start := now
	// A 6 s slide; the club browser opens over it at 4 s and closes at 60 s;
	// the display is off from 58 s to 70 s (overlapping).
	now = start.Add(4 * time.Second)
	show.SetInView("touch", false)
	now = start.Add(58 * time.Second)
	show.SetInView("display", false)
	now = start.Add(60 * time.Second)
	show.SetInView("touch", true)
	if show.InView() {
		t.Error("in view with the display off")
	}
	now = start.Add(70 * time.Second)
	show.SetInView("display", true)
	now = start.Add(72 * time.Second)
	if err := show.Played(ctx, it, start, 72*time.Second); err != nil {
		t.Fatal(err)
	}
	// Wholly behind the browser: not a play at all.
	show.SetInView("touch", false)
	now = now.Add(30 * time.Second)
	show.Played(ctx, it, start.Add(72*time.Second), 30*time.Second)
	rows, err := Stats(ctx, f.in.Store, start.Add(-time.Hour), time.UTC, slides.Langs)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.Date == "total" && r.Kind == "artwork" && (r.Plays != 1 || r.Seconds != 6) {
			t.Errorf("airtime %+v, want 1 play of 6 s (4 s before the browser, 2 s after the display came on)", r)
		}
	}
}

func TestPrivacyChangeAndUpgradeRelabel(t *testing.T) {
	f := newFixture(t)
	f.write("artworks/A/a.jpg", jpegBytes(20, 20, 1))
	f.write("artworks/A/labels.csv", []byte("file,title,author\na.jpg,Алма,Дана Әбдірахманова\n"))
	f.scan()
	author := func() string { return f.items()["artworks/A/a.jpg"].Meta.Author[slides.RU] }
	if a := author(); a != "Дана" {
		t.Fatalf("names = first (default): stored %q", a)
	}
	// kiosk.toml says names = "full": the labels are read again.
	f.in.SetPrivacy(PrivacyConfig{Names: "full"})
	f.write("kiosk.toml", []byte("[privacy]\nnames = \"full\"\n"))
	f.scan("kiosk.toml")
	if a := author(); a != "Дана Әбдірахманова" {
		t.Errorf("after names = full: %q", a)
	}
	f.in.SetPrivacy(PrivacyConfig{Names: "none"})
	f.write("kiosk.toml", []byte("[privacy]\nnames = \"none\"\n"))
	f.scan("kiosk.toml")
	if a := author(); a != "" {
		t.Errorf("after names = none: %q", a)
	}
	// A database from before (full names in the items, schema 4) loses them
	// at open; the next scan writes them back as allowed.
	f.in.SetPrivacy(PrivacyConfig{Names: "first"})
	ctx := context.Background()
	st := f.in.Store
	if _, err := st.w.ExecContext(ctx, `UPDATE items SET meta = json_set(meta, '$.author', json('{"ru":"Дана Әбдірахманова"}'))`); err != nil {
		t.Fatal(err)
	}
	st.w.ExecContext(ctx, `PRAGMA user_version = 4`)
	path := st.Path()
	st.Close()
	st, err := OpenStore(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f.in.Store = st
	f.in.privacyApplied = ""
	if a := author(); a != "" {
		t.Errorf("after the migration: %q still stored", a)
	}
	f.scan()
	if a := author(); a != "Дана" {
		t.Errorf("after the first scan on the new schema: %q, want Дана", a)
	}
}

// TestBrokenLabelsKeepTheWithdrawal: a labels.csv saved broken (an unclosed
// quote) is refused and changes nothing: the withdrawn work stays off, the
// hidden name stays hidden.
func TestBrokenLabelsKeepTheWithdrawal(t *testing.T) {
	f := consentFixture(t)
	f.write("artworks/Жаз/labels.csv", []byte("file,title,author,withdrawn\n\"gone.jpg,Gone\n"))
	f.scan("artworks/Жаз/labels.csv")
	if code := f.refused()["artworks/Жаз/labels.csv"]; code == "" {
		t.Errorf("the broken labels.csv is not refused: %v", f.refused())
	}
	got := activeAt(t, f, DefaultConfig(), time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC))
	if got["gone"].Active || got["past"].Active || got["future"].Author[slides.RU] != "" {
		t.Errorf("after a broken labels.csv: gone %v, past %v, future's author %q", got["gone"].Active, got["past"].Active, got["future"].Author)
	}
}
