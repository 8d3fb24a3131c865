package fleet

import (
	"bytes"
	"fmt"
	"html/template"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// card is one screen on the page.
type card struct {
	Screen
	Colour   string
	Words    [3]string // the state in kk, ru, en
	Since    string
	Img      template.URL // the snapshot, relative to the page
	StepText [3]string
	Refusals []refusal
}

// refusal is a refused file and why, in kk, ru, en.
type refusal struct{ Source, KK, RU, EN string }

var stateWords = map[string][3]string{
	Online:     {"Жұмыс істеп тұр", "Работает", "Online"},
	Stale:      {"Есебі кешігіп тұр", "Отчёт запаздывает", "Late"},
	Offline:    {"Байланыс жоқ", "Не на связи", "Offline"},
	Unreadable: {"Есебі оқылмайды", "Отчёт не читается", "Unreadable"},
}

var stateColours = map[string]string{Online: "#2e7d32", Stale: "#ef8f00", Offline: "#c62828", Unreadable: "#6a1b9a"}

var pageTemplate = template.Must(template.New("fleet").Parse(`<!DOCTYPE html>
<html lang="kk"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="60">
<title>Экрандар · Экраны · Screens</title>
<style>
body{font-family:"Noto Sans",sans-serif;background:#f4f1ea;color:#222;margin:16px}
h1{font-size:22px;margin:0 0 4px}.sub{color:#555;margin:0 0 16px;font-size:14px}
.cards{display:flex;flex-wrap:wrap;gap:16px}
.card{background:#fff;border-radius:10px;width:380px;box-shadow:0 1px 4px #0003;overflow:hidden;border-top:10px solid}
.card img{width:100%;display:block;background:#222;aspect-ratio:16/9;object-fit:contain}
.noimg{aspect-ratio:16/9;background:#ddd;color:#666;display:flex;align-items:center;justify-content:center;font-size:14px}
.body{padding:10px 12px;font-size:14px}.name{font-size:18px;font-weight:bold;white-space:pre-wrap;word-break:break-all}
.state{font-weight:bold;font-size:15px;margin:4px 0}.l{color:#666;font-size:12px;margin-top:8px}
ul{margin:2px 0;padding-left:18px}.why{color:#444}.t{color:#888;font-size:12px}
</style></head><body>
<h1>Экрандар · Экраны · Screens</h1>
<p class="sub">{{.Checked}} · {{len .Cards}} · Бұл бет әр минут сайын жаңарады · Страница обновляется каждую минуту · This page refreshes every minute</p>
<div class="cards">
{{range .Cards}}<div class="card" style="border-top-color:{{.Colour}}">
{{if .Img}}<img src="{{.Img}}" alt="{{.Name}}">{{else}}<div class="noimg">Сурет жоқ · Снимка нет · No snapshot</div>{{end}}
<div class="body"><div class="name">{{.Name}}</div>
<div class="state" style="color:{{.Colour}}">● {{index .Words 0}} · {{index .Words 1}} · {{index .Words 2}}</div>
{{if .Why}}<div class="why">{{.Why}}</div>{{end}}
{{if .Since}}<div class="t">Соңғы есеп · Последний отчёт · Last report: {{.Since}}</div>{{end}}
{{if .Showing.Source}}<div class="l">Қазір экранда · Сейчас на экране · Showing now</div>
<div>{{if .Showing.Title}}«{{.Showing.Title}}» {{end}}<span class="t">{{.Showing.Source}}</span></div>{{end}}
{{if ne .State "unreadable"}}<div class="l">Мазмұны · Содержимое · Content</div>
<div>{{index .StepText 0}} · {{index .StepText 1}} · {{index .StepText 2}}</div>
<div class="t">Қабылданды · Принято · Taken: {{.Taken}} · Қабылданбады · Не принято · Refused: {{.Refused}} · {{.Version}}</div>{{end}}
{{if .Refusals}}<div class="l">Қабылданбаған файлдар · Не принятые файлы · Refused files</div><ul>
{{range .Refusals}}<li><b>{{.Source}}</b><br>kk: {{.KK}}<br>ru: {{.RU}}<br>en: {{.EN}}</li>
{{end}}</ul>{{end}}
{{if .Warnings}}<div class="l">Ескертулер · Предупреждения · Warnings</div><ul>{{range .Warnings}}<li>{{.}}</li>{{end}}</ul>{{end}}
</div></div>
{{end}}</div></body></html>
`))

// WriteHTML writes the fleet's static page to file (temp + rename). dir is
// the folder the reports were read from: snapshots are linked relative to
// the page.
func WriteHTML(file, dir string, f Fleet) error {
	var cards []card
	for _, s := range f.Screens {
		c := card{Screen: s, Colour: stateColours[s.State], Words: stateWords[s.State]}
		if s.LastSeen != nil {
			c.Since = s.LastSeen.Local().Format("2006-01-02 15:04:05")
		}
		if s.InStep {
			c.StepText = [3]string{"басқалармен бірдей", "как у остальных", "in step with the others"}
		} else {
			c.StepText = [3]string{"басқалардан өзгеше (жаңа файлдар әлі жетпеген)", "отличается (новые файлы ещё не дошли)", "behind: not the others' playlist"}
		}
		for _, r := range s.Files {
			en := r.Reasons[slides.EN]
			if en == "" {
				en = r.Reason
			}
			c.Refusals = append(c.Refusals, refusal{r.Source, r.Reasons[slides.KK], r.Reasons[slides.RU], en})
		}
		if s.Snapshot != "" {
			c.Img = snapshotURL(file, dir, s.Snapshot)
		}
		cards = append(cards, c)
	}
	var b bytes.Buffer
	err := pageTemplate.Execute(&b, struct {
		Checked string
		Cards   []card
	}{f.Checked.Local().Format("2006-01-02 15:04"), cards})
	if err != nil {
		return fmt.Errorf("fleet page: %w", err)
	}
	return writeFile(file, b.Bytes())
}

// snapshotURL is dir/rel as a link relative to the page file, each part
// escaped, with the snapshot's time so a browser does not show an old one.
func snapshotURL(file, dir, rel string) template.URL {
	pageDir, _ := filepath.Abs(filepath.Dir(file))
	abs, _ := filepath.Abs(filepath.Join(dir, filepath.FromSlash(rel)))
	r, err := filepath.Rel(pageDir, abs)
	if err != nil {
		return ""
	}
	parts := strings.Split(filepath.ToSlash(r), "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	u := strings.Join(parts, "/")
	if fi, err := os.Stat(abs); err == nil {
		u += fmt.Sprintf("?v=%d", fi.ModTime().Unix())
	}
	return template.URL(u) // escaped above, relative
}

// writeFile writes data to file through a temporary name and a rename.
func writeFile(file string, data []byte) error {
	tmp := fmt.Sprintf("%s.%d.tmp", file, time.Now().UnixNano())
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("fleet page: %w", err)
	}
	if err := os.Rename(tmp, file); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("fleet page: %w", err)
	}
	return nil
}
