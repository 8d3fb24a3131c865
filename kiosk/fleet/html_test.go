package fleet

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/slides"
)

func TestWriteHTML(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "hall <1>"), 0o755)
	os.WriteFile(filepath.Join(dir, "hall <1>", "now.jpg"), []byte("jpeg"), 0o644)
	seen := now
	f := Fleet{Checked: now, Screens: []Screen{
		{Name: "hall <1>", State: Online, LastSeen: &seen, Snapshot: "hall <1>/now.jpg", InStep: true,
			Showing: kiosk.Showing{Source: "artworks/A/a.jpg", Title: "<b>Күн</b>"},
			Files:   []kiosk.RefusedFile{{Source: "artworks/A/x.jpg", Reasons: slides.Text{"kk": "бүлінген", "ru": "повреждён", "en": "damaged"}}}},
		{Name: "line\nbreak", State: Unreadable, Why: "not JSON"},
	}}
	page := filepath.Join(dir, "index.html")
	if err := WriteHTML(page, dir, f); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(page)
	html := string(b)
	for _, want := range []string{`<meta http-equiv="refresh" content="60">`, `src="hall%20%3C1%3E/now.jpg?v=`,
		"Жұмыс істеп тұр", "Работает", "Online", "Есебі оқылмайды", "бүлінген", "повреждён", "damaged", "&lt;b&gt;Күн&lt;/b&gt;"} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(html, "<script") || strings.Contains(html, "<b>Күн") {
		t.Error("a script, or a title not escaped")
	}
}
