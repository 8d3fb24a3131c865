package printout

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	_ "image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
	"github.com/shygarmashylyq/kiosk/ui/fonts"
)

// sampleReport is an exhibition of three works, one never shown, with a
// real JPEG picture for each.
func sampleReport(t *testing.T) kiosk.AirtimeReport {
	dir := t.TempDir()
	pic := func(name string, c color.RGBA) string {
		img := image.NewRGBA(image.Rect(0, 0, 400, 300))
		for y := range 300 {
			for x := range 400 {
				img.Set(x, y, color.RGBA{c.R, c.G, uint8(y), 255})
			}
		}
		p := filepath.Join(dir, name)
		var b bytes.Buffer
		jpeg.Encode(&b, img, nil)
		os.WriteFile(p, b.Bytes(), 0o644)
		return p
	}
	at := time.Date(2026, 5, 20, 10, 0, 0, 0, time.UTC)
	work := func(kk, ru, en, author, age string, plays int, picture string) kiosk.WorkAirtime {
		w := kiosk.WorkAirtime{Item: kiosk.Item{Kind: kiosk.KindArtwork, Title: slides.Text{slides.KK: kk, slides.RU: ru, slides.EN: en},
			Meta: kiosk.Meta{Age: age, Club: slides.Plain("«Шабыт» студиясы")}},
			Author: slides.Plain(author), Plays: plays, Seconds: float64(plays) * 10, Picture: picture}
		if plays > 0 {
			w.First, w.Last = at, at.Add(48*time.Hour)
		}
		return w
	}
	return kiosk.AirtimeReport{Exhibition: "Көктем 2026", Made: at.Add(72 * time.Hour), First: at, Last: at.Add(48 * time.Hour), Withheld: 1,
		Works: []kiosk.WorkAirtime{
			work("Күн шуағындағы кең дала", "Степь в солнечных лучах", "The steppe in the sun", "Дана", "13", 42, pic("a.jpg", color.RGBA{200, 40, 0, 0})),
			work("Бүркіт", "Беркут", "Golden eagle", "", "9", 7, pic("b.jpg", color.RGBA{0, 90, 200, 0})),
			work("Түнгі Бәйтерек", "", "", "Ерлан", "11 жас", 0, ""),
		}}
}

func TestPDFReportIsA4WithKazakhText(t *testing.T) {
	var b bytes.Buffer
	if err := PDF(&b, sampleReport(t), Fonts{Regular: fonts.Regular, Bold: fonts.Bold}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", b.Bytes()[:min(20, b.Len())])
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("poppler-utils is not installed (make test-deps installs it)")
	}
	dir := t.TempDir()
	pdf := filepath.Join(dir, "r.pdf")
	os.WriteFile(pdf, b.Bytes(), 0o644)
	out, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := string(out)
	for _, want := range []string{"Көктем 2026", "Күн шуағындағы кең дала", "Степь в солнечных лучах", "The steppe in the sun",
		"Дана, 13 жас · 13 лет · age 13", "42 · 7.0", "20.05.2026 10:00", "22.05.2026 10:00", "Түнгі Бәйтерек", "ещё не показывалась"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF's text lacks %q:\n%s", want, text)
		}
	}
	info, _ := exec.Command("pdfinfo", pdf).Output()
	if !strings.Contains(string(info), "595.28 x 841.89 pts (A4)") {
		t.Errorf("not A4:\n%s", info)
	}
	// The first page, drawn: the pictures are on it (some strong colour).
	if err := exec.Command("pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", pdf, filepath.Join(dir, "p")).Run(); err != nil {
		t.Fatalf("pdftoppm: %v", err)
	}
	pngs, _ := filepath.Glob(filepath.Join(dir, "p*.png"))
	if len(pngs) != 1 {
		t.Fatalf("pages drawn: %v", pngs)
	}
	f, _ := os.Open(pngs[0])
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	red, blue := 0, 0
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			r, _, bl, _ := img.At(x, y).RGBA()
			if r>>8 > 180 && bl>>8 < 120 {
				red++
			}
			if bl>>8 > 180 && r>>8 < 40 {
				blue++
			}
		}
	}
	if red < 200 || blue < 200 {
		t.Errorf("the pictures are not on page 1 (red %d, blue %d pixels)", red, blue)
	}
}

func TestHTMLReportHoldsItsPictures(t *testing.T) {
	var b bytes.Buffer
	if err := HTML(&b, sampleReport(t)); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{"<h1>Көктем 2026</h1>", "@page { size: A4", "data:image/jpeg;base64,", "Дана, 13 жас",
		"Бүркіт", "Golden eagle", "42 · 7.0 мин", "1 works without consent are left out"} {
		if !strings.Contains(s, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if n := strings.Count(s, "data:image/jpeg"); n != 2 {
		t.Errorf("%d pictures inline, want 2", n)
	}
}
