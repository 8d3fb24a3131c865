package ui

import (
	"embed"
	"encoding/json"
	"log/slog"
	"strings"
	"sync"
	"text/template"

	"fyne.io/fyne/v2/lang"

	"github.com/shygarmashylyq/kiosk/slides"
)

// The UI strings live in translations/*.json, in the format of Fyne's lang
// package. They are registered with lang (so Fyne's own widgets and the
// system locale agree), and also read here, because a lobby screen shows two
// languages at once and a visitor switches language with a tap, while lang
// only knows the system locale.
//
//go:embed translations/*.json
var translationFS embed.FS

// catalogue is read on first use: the headless commands link this package
// but never show a string.
var catalogue = sync.OnceValue(loadCatalogue)

func loadCatalogue() map[slides.Lang]map[string]string {
	if err := lang.AddTranslationsFS(translationFS, "translations"); err != nil {
		slog.Warn("UI translations not registered with Fyne", "err", err)
	}
	cat := map[slides.Lang]map[string]string{}
	for _, l := range slides.Langs {
		data, err := translationFS.ReadFile("translations/" + string(l) + ".json")
		if err != nil {
			panic(err) // embedded: cannot happen
		}
		m := map[string]string{}
		if err := json.Unmarshal(data, &m); err != nil {
			panic("translations/" + string(l) + ".json: " + err.Error())
		}
		cat[l] = m
	}
	return cat
}

// tr is the UI string key in language l (English if missing), with
// {{.Name}} fields filled from data.
func tr(l slides.Lang, key string, data map[string]any) string {
	s, ok := catalogue()[l][key]
	if !ok {
		s, ok = catalogue()[slides.EN][key]
	}
	if !ok {
		return key
	}
	if data == nil || !strings.Contains(s, "{{") {
		return s
	}
	t, err := template.New(key).Parse(s)
	if err != nil {
		return s
	}
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return s
	}
	return b.String()
}
