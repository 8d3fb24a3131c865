package main

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/shygarmashylyq/kiosk/kiosk"
)

// TestConsentFromTheCommandLine: an exhibition with consent in the past,
// ending today and in the future, and a withdrawal; as staff and a parent
// would check it: the playlist across midnight, status, stats, the
// database file and the report.
func TestConsentFromTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "Kiosk")
	write := func(rel string, data []byte) {
		p := filepath.Join(content, filepath.FromSlash(rel))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, data, 0o644)
		old := time.Now().Add(-time.Minute)
		os.Chtimes(p, old, old)
	}
	for i, name := range []string{"past", "today", "future", "gone"} {
		img := image.NewRGBA(image.Rect(0, 0, 64, 48))
		for p := range img.Pix {
			img.Pix[p] = uint8(40 * (i + 1))
		}
		img.Set(1, 1, color.RGBA{255, 0, 0, 255})
		var b bytes.Buffer
		jpeg.Encode(&b, img, nil)
		write("artworks/Жаз/"+name+".jpg", b.Bytes())
	}
	write("kiosk.toml", []byte("timezone = \"Asia/Almaty\"\n"))
	write("artworks/Жаз/labels.csv", []byte("file;title_kk;title_ru;author;age;consent_until;withdrawn\n"+
		"past.jpg;Көктем;Весна;Дана Әбдірахманова;13;01.03.2026;\n"+
		"today.jpg;Жаз;Лето;Ерлан Бекұлы;9;2026-06-01;\n"+
		"future.jpg;Күз;Осень;Аня Иванова;7;31.12.2099;\n"+
		"gone.jpg;Қыс;Зима;Мария Ким;11;31.12.2099;да\n"))
	kioskCmd(t, dir, "scan")

	active := func(at string) map[string]bool {
		var p kiosk.Playlist
		if err := json.Unmarshal(kioskCmd(t, dir, "playlist", "--json", "--at", at), &p); err != nil {
			t.Fatal(err)
		}
		m := map[string]bool{}
		for _, e := range p.Items {
			if e.Exhibition == "Жаз" {
				m[filepath.Base(e.Source)] = e.Active
			}
		}
		return m
	}
	if a := active("2026-06-01 23:59"); !a["today.jpg"] || a["past.jpg"] || a["gone.jpg"] || !a["future.jpg"] {
		t.Errorf("at 23:59 on the last day: %v", a)
	}
	if a := active("2026-06-02 00:00"); a["today.jpg"] || !a["future.jpg"] {
		t.Errorf("at midnight after it: %v", a)
	}

	status := string(kioskCmd(t, dir, "status"))
	for _, want := range []string{"not shown by consent", "withdrawn", "согласие отозвано", "келісім кері алынды", "consent ended 01.03.2026",
		"consent ends within 14 days"} {
		if !strings.Contains(status, want) {
			t.Errorf("status lacks %q:\n%s", want, status)
		}
	}

	// Plays, as the display records them.
	k, err := kiosk.Open(kiosk.Options{Content: content, DB: filepath.Join(dir, "data", "kiosk.db")})
	if err != nil {
		t.Fatal(err)
	}
	items, _ := k.Store.ItemsOfKind(context.Background(), kiosk.KindArtwork)
	for _, it := range items {
		for i := range 3 {
			k.Show.Played(context.Background(), it, time.Now().Add(-time.Duration(i+1)*time.Minute), 10*time.Second)
		}
	}
	k.Close()

	stats := string(kioskCmd(t, dir, "stats", "--csv")) + string(kioskCmd(t, dir, "stats"))
	report := filepath.Join(dir, "report.html")
	kioskCmd(t, dir, "report", "--exhibition", "жаз", "--out", report)
	kioskCmd(t, dir, "report", "--exhibition", "Жаз", "--out", filepath.Join(dir, "report.pdf"))
	html, _ := os.ReadFile(report)
	var db []byte
	for _, s := range []string{"", "-wal"} {
		b, _ := os.ReadFile(filepath.Join(dir, "data", "kiosk.db"+s))
		db = append(db, b...)
	}
	for _, surname := range []string{"Әбдірахманова", "Бекұлы", "Иванова", "Ким"} {
		if strings.Contains(stats, surname) || strings.Contains(string(db), surname) || strings.Contains(string(html), surname) {
			t.Errorf("the surname %q is in the stats, the database or the report", surname)
		}
	}
	if !strings.Contains(string(html), "Аня, 7 жас") || strings.Contains(string(html), "Зима") {
		t.Errorf("the report: want Аня, 7 and no withdrawn work")
	}
	if pdf, err := os.ReadFile(filepath.Join(dir, "report.pdf")); err != nil || !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Errorf("report.pdf: %v", err)
	}
}
