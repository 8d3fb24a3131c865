package slides

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"
)

// docxFile builds a .docx as Word saves it: a zip of XML parts.
func docxFile(t testing.TB, body, styles string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	add := func(name, s string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(s))
	}
	add("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`)
	add("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+body+`</w:body></w:document>`)
	if styles != "" {
		add("word/styles.xml", `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`+styles+`</w:styles>`)
	}
	add("word/media/image1.png", "\x89PNG\r\n\x1a\n")
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func para(style, inner string) string {
	ppr := ""
	if style != "" {
		ppr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + ppr + inner + `</w:p>`
}

func run(text string, bold bool) string {
	rpr := ""
	if bold {
		rpr = `<w:rPr><w:b/></w:rPr>`
	}
	return `<w:r>` + rpr + `<w:t xml:space="preserve">` + text + `</w:t></w:r>`
}

func TestParseDocx(t *testing.T) {
	// A Russian Word names its heading style "1" (shown as "Заголовок 1").
	styles := `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>`
	item := func(s string) string {
		return `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>` + run(s, false) + `</w:p>`
	}
	body := para("1", run("Ашық есік күні", false)) +
		para("", run("Келіңіздер, ", false)+run("сенбі 10:00", true)+run(" бастап.", false)) +
		para("", `<w:r><w:drawing><wp:inline xmlns:wp="x"><w:t>caption in a picture</w:t></wp:inline></w:drawing></w:r>`) +
		item("Робототехника") + item("Домбыра") +
		para("", run("Соңы.", false))
	a, err := ParseDocx(docxFile(t, body, styles), KK)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title[KK] != "Ашық есік күні" {
		t.Errorf("title = %q", a.Title[KK])
	}
	want := "Келіңіздер, **сенбі 10:00** бастап.\n\n- Робототехника\n- Домбыра\n\nСоңы."
	if a.Body[KK] != want {
		t.Errorf("body =\n%q\nwant\n%q", a.Body[KK], want)
	}
	if strings.Contains(a.Body[KK], "caption") {
		t.Error("text of a picture is in the body")
	}
	// The English style id works without styles.xml.
	a, err = ParseDocx(docxFile(t, para("Heading1", run("Concert", false))+para("", run("Friday", false)), ""), EN)
	if err != nil || a.Title[EN] != "Concert" || a.Body[EN] != "Friday" {
		t.Errorf("ParseDocx without styles = %+v, %v", a, err)
	}
}

func TestParseDocxBad(t *testing.T) {
	for name, data := range map[string][]byte{
		"not a zip": []byte("PK\x03\x04"),
		"no document": func() []byte {
			var b bytes.Buffer
			zw := zip.NewWriter(&b)
			zw.Create("x.xml")
			zw.Close()
			return b.Bytes()
		}(),
		"bad xml":      docxFile(t, "<w:p><w:r><w:t>x</w:r>", ""),
		"old word doc": append([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), make([]byte, 600)...),
	} {
		_, err := ParseDocx(data, "")
		var re RowError
		if !errors.As(err, &re) || re.Code == "" || re.Reason[EN] == "" {
			t.Errorf("%s: error %v, want a RowError with a code", name, err)
		}
	}
}

func FuzzParseDocx(f *testing.F) {
	f.Add(docxFile(f, para("Heading1", run("T", true)), ""))
	f.Fuzz(func(t *testing.T, data []byte) {
		ParseDocx(data, "")
	})
}
