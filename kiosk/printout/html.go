package printout

import (
	"encoding/base64"
	"fmt"
	"html/template"
	"io"

	"github.com/shygarmashylyq/kiosk/kiosk"
)

// htmlPage is the report as one self-contained page (pictures inline),
// laid out for A4 when printed.
var htmlPage = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="kk"><head><meta charset="utf-8"><title>{{.R.Exhibition}}</title>
<style>
@page { size: A4; margin: 15mm; }
body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; color: #1e1e1e; max-width: 180mm; margin: 0 auto; }
h1 { font-size: 20pt; margin: 0 0 2mm; }
.sub { color: #5a5a5a; font-size: 10pt; }
table.facts td { padding: 0.5mm 4mm 0.5mm 0; font-size: 10pt; }
table.facts td:first-child { font-weight: bold; }
.held { color: #783c14; font-size: 9pt; }
.work { display: flex; gap: 6mm; padding: 3mm 0; border-top: 1px solid #ddd; page-break-inside: avoid; }
.pic { width: 62mm; height: 50mm; flex: none; display: flex; align-items: center; justify-content: center; background: #f2f2f2; }
.pic img { max-width: 62mm; max-height: 50mm; }
.t0 { font-weight: bold; font-size: 12pt; }
.t1 { font-size: 10pt; }
.meta { font-size: 9.5pt; margin-top: 1mm; }
.muted { color: #5a5a5a; }
</style></head><body>
<h1>{{.R.Exhibition}}</h1>
<div class="sub">{{.W.title}}</div>
<table class="facts">
<tr><td>{{.W.period}}</td><td>{{.Period}}</td></tr>
<tr><td>{{.W.works}}</td><td>{{len .R.Works}}</td></tr>
<tr><td>{{.W.plays}}</td><td>{{.Plays}} · {{.Minutes}} {{.W.minutes}}</td></tr>
<tr><td>{{.W.made}}</td><td>{{.Made}}</td></tr>
</table>
{{if .Held}}<p class="held">{{.Held}}</p>{{end}}
{{range .Works}}<div class="work">
<div class="pic">{{if .Img}}<img src="{{.Img}}" alt="">{{end}}</div>
<div>{{range $i, $t := .Titles}}<div class="{{if eq $i 0}}t0{{else}}t1{{end}}">{{$t}}</div>{{end}}
<div class="meta">{{.Who}}</div>
{{if .Extra}}<div class="meta muted">{{.Extra}}</div>{{end}}
{{range .Lines}}<div class="meta">{{.}}</div>{{end}}
</div></div>
{{end}}</body></html>
`))

type htmlWork struct {
	Img        template.URL
	Titles     []string
	Who, Extra string
	Lines      []string
}

// HTML writes the report as one HTML page with its pictures inside.
func HTML(out io.Writer, r kiosk.AirtimeReport) error {
	plays, secs := r.TotalPlays()
	data := struct {
		R                           kiosk.AirtimeReport
		W                           map[string]string
		Period, Minutes, Made, Held string
		Plays                       int
		Works                       []htmlWork
	}{R: r, W: words, Period: period(r), Minutes: minutes(secs), Made: when(r.Made), Plays: plays}
	if r.Withheld > 0 {
		data.Held = fmt.Sprintf(words["withheld"], r.Withheld, r.Withheld, r.Withheld)
	}
	for _, w := range r.Works {
		hw := htmlWork{Titles: titles(w.Item.Title), Who: who(w), Extra: extra(w)}
		if w.Picture != "" {
			if jpg, _, _, err := thumbnail(w.Picture, 700); err == nil {
				hw.Img = template.URL("data:image/jpeg;base64," + base64.StdEncoding.EncodeToString(jpg))
			}
		}
		if w.Plays == 0 {
			hw.Lines = []string{words["plays"] + ": " + words["never"]}
		} else {
			hw.Lines = []string{
				fmt.Sprintf("%s: %d · %s %s", words["plays"], w.Plays, minutes(w.Seconds), words["minutes"]),
				words["first"] + ": " + when(w.First),
				words["last"] + ": " + when(w.Last),
			}
		}
		data.Works = append(data.Works, hw)
	}
	if err := htmlPage.Execute(out, data); err != nil {
		return fmt.Errorf("report html: %w", err)
	}
	return nil
}
