// Package printout writes the kiosk's printable reports (A4 PDF and HTML)
// from what package kiosk gathers. It knows nothing of Fyne.
package printout

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"os"
	"strconv"
	"strings"
	"time"

	"golang.org/x/image/draw"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

// Fonts are the TTF bytes the PDF is set in (they must hold Kazakh letters).
type Fonts struct{ Regular, Bold []byte }

// words are the report's headings in Kazakh / Russian / English.
var words = map[string]string{
	"title":    "Көрмедегі жұмыстардың көрсетілімі · Показ работ выставки · Airtime of the exhibition's works",
	"period":   "Кезең · Период · Period",
	"made":     "Жасалды · Составлен · Made",
	"works":    "Жұмыстар · Работ · Works",
	"plays":    "Көрсетілім · Показов · Shown",
	"minutes":  "мин · min",
	"first":    "Алғаш · Впервые · First",
	"last":     "Соңғы рет · Последний раз · Last",
	"never":    "әлі көрсетілмеді · ещё не показывалась · not shown yet",
	"club":     "Үйірме · Кружок · Club",
	"withheld": "Келісімі жоқ %d жұмыс енгізілмеді · Не включено работ без согласия: %d · %d works without consent are left out",
	"since":    "бастап · с · since",
}

// period is the report's time span as staff read it.
func period(r kiosk.AirtimeReport) string {
	from := r.Since
	if from.IsZero() {
		from = r.First
	}
	if from.IsZero() {
		return "—"
	}
	to := r.Made
	return from.Format("02.01.2006") + " – " + to.Format("02.01.2006")
}

func when(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.Format("02.01.2006 15:04")
}

// titles are a work's title in each language it has, the first language
// first, without repeats.
func titles(t slides.Text) []string {
	var out []string
	for _, l := range slides.Langs {
		if s := t[l]; s != "" && !contains(out, s) {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		out = []string{"—"}
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// who is "Дана, 13" (the name as allowed), or only the age.
func who(w kiosk.WorkAirtime) string {
	var parts []string
	if a := w.Author.Get([]slides.Lang{slides.KK, slides.RU, slides.EN}); a != "" {
		parts = append(parts, a)
	}
	if age := strings.TrimSpace(w.Item.Meta.Age); age != "" {
		if n, err := strconv.Atoi(age); err == nil {
			age = fmt.Sprintf("%d жас · %d %s · age %d", n, n, ruYears(n), n)
		}
		parts = append(parts, age)
	}
	return strings.Join(parts, ", ")
}

// extra is a work's club and technique in one line.
func extra(w kiosk.WorkAirtime) string {
	order := []slides.Lang{slides.KK, slides.RU, slides.EN}
	var parts []string
	for _, t := range []slides.Text{w.Item.Meta.Club, w.Item.Meta.Technique} {
		if s := t.Get(order); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

// ruYears is the Russian plural of "year" after n: 1 год, 2 года, 5 лет.
func ruYears(n int) string {
	switch {
	case n%100 >= 11 && n%100 <= 14:
		return "лет"
	case n%10 == 1:
		return "год"
	case n%10 >= 2 && n%10 <= 4:
		return "года"
	}
	return "лет"
}

func minutes(secs float64) string { return fmt.Sprintf("%.1f", secs/60) }

// thumbnail reads a rendition and scales it to fit px on its long side,
// as a JPEG: pages stay small however large the screen's renditions are.
func thumbnail(path string, px int) ([]byte, int, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, 0, err
	}
	defer f.Close()
	src, _, err := image.Decode(f)
	if err != nil {
		return nil, 0, 0, fmt.Errorf("picture %s: %w", path, err)
	}
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	if w > px || h > px {
		if w >= h {
			w, h = px, max(1, b.Dy()*px/b.Dx())
		} else {
			w, h = max(1, b.Dx()*px/b.Dy()), px
		}
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.CatmullRom.Scale(dst, dst.Bounds(), src, b, draw.Src, nil)
	var out bytes.Buffer
	if err := jpeg.Encode(&out, dst, &jpeg.Options{Quality: 85}); err != nil {
		return nil, 0, 0, err
	}
	return out.Bytes(), w, h, nil
}
