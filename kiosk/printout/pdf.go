package printout

import (
	"bytes"
	"fmt"
	"io"
	"strconv"

	"codeberg.org/go-pdf/fpdf"

	"github.com/shygarmashylyq/kiosk/kiosk"
)

// A4 portrait, in millimetres.
const (
	pageW, margin = 210.0, 15.0
	picW, picH    = 58.0, 44.0
	blockH        = picH + 6
)

// PDF writes the report as an A4 PDF: the exhibition, its period and
// totals, then each work with its picture, titles, author as allowed, age,
// club, plays, minutes, and first and last showing.
func PDF(out io.Writer, r kiosk.AirtimeReport, fonts Fonts) error {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetTitle(r.Exhibition, true)
	pdf.SetCreator("kiosk "+kiosk.Version, true)
	pdf.AddUTF8FontFromBytes("Noto", "", fonts.Regular)
	pdf.AddUTF8FontFromBytes("Noto", "B", fonts.Bold)
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(true, margin)
	pdf.AliasNbPages("{nb}")
	pdf.SetFooterFunc(func() {
		pdf.SetY(-10)
		pdf.SetFont("Noto", "", 8)
		pdf.SetTextColor(120, 120, 120)
		pdf.CellFormat(0, 5, r.Exhibition+" · "+strconv.Itoa(pdf.PageNo())+"/{nb}", "", 0, "C", false, 0, "")
	})
	pdf.AddPage()
	header(pdf, r)
	for i, w := range r.Works {
		if pdf.GetY()+blockH > 297-margin {
			pdf.AddPage()
		}
		work(pdf, i, w)
	}
	if pdf.Err() {
		return fmt.Errorf("report pdf: %w", pdf.Error())
	}
	if err := pdf.Output(out); err != nil {
		return fmt.Errorf("report pdf: %w", err)
	}
	return nil
}

func header(pdf *fpdf.Fpdf, r kiosk.AirtimeReport) {
	inner := pageW - 2*margin
	pdf.SetTextColor(30, 30, 30)
	pdf.SetFont("Noto", "B", 20)
	pdf.MultiCell(inner, 9, r.Exhibition, "", "L", false)
	pdf.SetFont("Noto", "", 10)
	pdf.SetTextColor(90, 90, 90)
	pdf.MultiCell(inner, 5, words["title"], "", "L", false)
	pdf.Ln(2)
	plays, secs := r.TotalPlays()
	pdf.SetTextColor(30, 30, 30)
	for _, line := range [][2]string{
		{words["period"], period(r)},
		{words["works"], strconv.Itoa(len(r.Works))},
		{words["plays"], strconv.Itoa(plays) + " · " + minutes(secs) + " " + words["minutes"]},
		{words["made"], when(r.Made)},
	} {
		pdf.SetFont("Noto", "B", 10)
		pdf.CellFormat(72, 5.5, line[0], "", 0, "L", false, 0, "")
		pdf.SetFont("Noto", "", 10)
		pdf.CellFormat(0, 5.5, line[1], "", 1, "L", false, 0, "")
	}
	if r.Withheld > 0 {
		pdf.SetFont("Noto", "", 9)
		pdf.SetTextColor(120, 60, 20)
		pdf.MultiCell(inner, 5, fmt.Sprintf(words["withheld"], r.Withheld, r.Withheld, r.Withheld), "", "L", false)
	}
	pdf.Ln(3)
	pdf.SetDrawColor(200, 200, 200)
	pdf.Line(margin, pdf.GetY(), pageW-margin, pdf.GetY())
	pdf.Ln(4)
}

// work draws one work's block: the picture on the left, its texts beside.
func work(pdf *fpdf.Fpdf, i int, w kiosk.WorkAirtime) {
	top := pdf.GetY()
	if w.Picture != "" {
		if data, pw, ph, err := thumbnail(w.Picture, 700); err == nil {
			name := "work" + strconv.Itoa(i)
			pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "JPG"}, bytes.NewReader(data))
			iw, ih := fit(float64(pw), float64(ph), picW, picH)
			pdf.ImageOptions(name, margin+(picW-iw)/2, top+(picH-ih)/2, iw, ih, false, fpdf.ImageOptions{ImageType: "JPG"}, 0, "")
		}
	} else {
		pdf.SetFillColor(235, 235, 235)
		pdf.Rect(margin, top, picW, picH, "F")
	}
	x := margin + picW + 6
	textW := pageW - margin - x
	pdf.SetXY(x, top)
	for j, t := range titles(w.Item.Title) {
		size, style := 12.0, "B"
		if j > 0 {
			size, style = 10, ""
		}
		pdf.SetFont("Noto", style, size)
		pdf.SetTextColor(30, 30, 30)
		pdf.SetX(x)
		pdf.MultiCell(textW, size*0.5, t, "", "L", false)
	}
	pdf.SetFont("Noto", "", 9.5)
	line := func(s string) {
		if s != "" {
			pdf.SetX(x)
			pdf.MultiCell(textW, 4.8, s, "", "L", false)
		}
	}
	pdf.Ln(1)
	line(who(w))
	pdf.SetTextColor(90, 90, 90)
	line(extra(w))
	pdf.SetTextColor(30, 30, 30)
	if w.Plays == 0 {
		line(words["plays"] + ": " + words["never"])
	} else {
		line(words["plays"] + ": " + strconv.Itoa(w.Plays) + " · " + minutes(w.Seconds) + " " + words["minutes"])
		line(words["first"] + ": " + when(w.First))
		line(words["last"] + ": " + when(w.Last))
	}
	pdf.SetY(max(pdf.GetY(), top+picH) + 6)
}

// fit scales w x h to fit a box, keeping its shape.
func fit(w, h, boxW, boxH float64) (float64, float64) {
	s := min(boxW/w, boxH/h)
	return w * s, h * s
}
