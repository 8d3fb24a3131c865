package slides

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// A Word document (.docx) as an announcement: its text becomes Markdown, the
// first heading the title, bold and lists kept, pictures, tables' borders
// and everything else of its looks left out. The module proxy serves no
// well-kept .docx reader, and the part needed is small: word/document.xml
// (and word/styles.xml, for the names of heading styles, which Word gives
// in the user's language) read with encoding/xml, which expands no entities.

// MaxDocxPart is the most of word/document.xml (or styles.xml) read, unpacked.
const MaxDocxPart = 16 << 20

var errDocx = errors.New("unusable word document")

// ParseDocx parses a Word document as ParseAnnouncement parses a text: the
// first heading (a paragraph in a "Heading" or "Title" style) is the title.
func ParseDocx(data []byte, lang Lang) (Announcement, error) {
	md, err := DocxMarkdown(data)
	if err != nil {
		return Announcement{}, err
	}
	return ParseAnnouncement([]byte(md), lang)
}

// DocxMarkdown turns the text of a Word document into Markdown.
func DocxMarkdown(data []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if bytes.HasPrefix(data, []byte("\xD0\xCF\x11\xE0")) {
			e := wrapErr(errDocx, 0, "бұл ескі Word құжаты (.doc) немесе құпиясөзбен қорғалған",
				"это старый документ Word (.doc) или он защищён паролем",
				"this is an old Word document (.doc) or one protected with a password")
			e.Code = "not_announcement"
			e.Args = map[string]Text{"type": {
				KK: "ескі не құпиясөзді Word құжаты", RU: "старый или защищённый паролем документ Word", EN: "an old or password-protected Word document",
			}}
			return "", e
		}
		return "", docxBad(err)
	}
	var doc, styles *zip.File
	for _, f := range zr.File {
		switch strings.ToLower(f.Name) {
		case "word/document.xml":
			doc = f
		case "word/styles.xml":
			styles = f
		}
	}
	if doc == nil {
		return "", docxBad(errors.New("no word/document.xml"))
	}
	headings := map[string]int{}
	if styles != nil {
		if b, err := readPart(styles); err == nil {
			headings = headingStyles(b)
		}
	}
	b, err := readPart(doc)
	if err != nil {
		return "", err
	}
	return docxText(b, headings)
}

func docxBad(cause error) RowError {
	return wrapErr(cause, 0,
		"Word құжаты ашылмайды",
		"документ Word не открывается",
		"the Word document does not open").withCode("damaged")
}

// readPart unpacks one part of the document, at most MaxDocxPart bytes.
func readPart(f *zip.File) ([]byte, error) {
	if f.UncompressedSize64 > MaxDocxPart {
		return nil, docxTooLarge()
	}
	rc, err := f.Open()
	if err != nil {
		return nil, docxBad(err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, MaxDocxPart+1))
	if err != nil {
		return nil, docxBad(err)
	}
	if len(b) > MaxDocxPart {
		return nil, docxTooLarge()
	}
	return b, nil
}

func docxTooLarge() RowError {
	return wrapErr(errDocx, 0,
		"Word құжатының мәтіні тым үлкен (ашылғанда 16 МиБ-тан асады)",
		"текст документа Word слишком большой (в распакованном виде больше 16 МиБ)",
		"the text of the Word document is too large (over 16 MiB unpacked)").withCode("unpacks_too_large")
}

// headingStyles maps the style ids of styles.xml that are headings (named
// "heading 1".."heading 9" or "Title", whatever the id) to their level.
func headingStyles(b []byte) map[string]int {
	var s struct {
		Styles []struct {
			ID   string `xml:"styleId,attr"`
			Name struct {
				Val string `xml:"val,attr"`
			} `xml:"name"`
		} `xml:"style"`
	}
	out := map[string]int{}
	if xml.Unmarshal(b, &s) != nil {
		return out
	}
	for _, st := range s.Styles {
		if n := headingLevel(st.Name.Val); n > 0 {
			out[st.ID] = n
		}
	}
	return out
}

// headingLevel is 1-9 for a heading style's name or id ("heading 2",
// "Heading2", "Title"), else 0.
func headingLevel(name string) int {
	n := strings.ToLower(strings.ReplaceAll(name, " ", ""))
	if n == "title" {
		return 1
	}
	if rest, ok := strings.CutPrefix(n, "heading"); ok {
		if v, err := strconv.Atoi(rest); err == nil && v >= 1 && v <= 9 {
			return v
		}
	}
	return 0
}

// docxPara is one paragraph being read.
type docxPara struct {
	style string
	list  int // 0 = not a list item, else 1 + its level
	text  strings.Builder
	bold  bool // the run being read is bold
	runB  strings.Builder
}

// docxText walks document.xml's paragraphs (also those in tables) and
// writes them as Markdown lines.
func docxText(b []byte, headings map[string]int) (string, error) {
	dec := xml.NewDecoder(bytes.NewReader(b))
	var out strings.Builder
	var p *docxPara
	depthPic := 0 // inside a drawing or picture: its text boxes are left out too
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", docxBad(fmt.Errorf("document.xml: %w", err))
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "drawing", "pict", "object":
				depthPic++
			case "p":
				p = &docxPara{}
			case "pStyle":
				if p != nil {
					p.style = attr(t, "val")
				}
			case "ilvl":
				if p != nil {
					lvl, _ := strconv.Atoi(attr(t, "val"))
					p.list = 1 + min(max(lvl, 0), 4)
				}
			case "numPr":
				if p != nil && p.list == 0 {
					p.list = 1
				}
			case "r":
				if p != nil {
					p.bold = false
				}
			case "b":
				if p != nil && attr(t, "val") != "0" && attr(t, "val") != "false" {
					p.bold = true
				}
			case "t":
				var s string
				if err := dec.DecodeElement(&s, &t); err != nil {
					return "", docxBad(err)
				}
				if p != nil && depthPic == 0 {
					p.runB.WriteString(s)
				}
			case "tab":
				if p != nil && depthPic == 0 {
					p.runB.WriteString(" ")
				}
			case "br", "cr":
				if p != nil && depthPic == 0 {
					p.runB.WriteString("\n")
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "drawing", "pict", "object":
				depthPic--
			case "r":
				if p != nil {
					p.flushRun()
				}
			case "p":
				if p != nil {
					p.flushRun()
					writeDocxPara(&out, p, headings)
				}
				p = nil
			}
		}
	}
	return out.String(), nil
}

// flushRun adds the run read so far to the paragraph, in ** when bold.
func (p *docxPara) flushRun() {
	s := p.runB.String()
	p.runB.Reset()
	if s == "" {
		return
	}
	if p.bold && strings.TrimSpace(s) != "" {
		lead := s[:len(s)-len(strings.TrimLeft(s, " "))]
		trail := s[len(strings.TrimRight(s, " ")):]
		s = lead + "**" + strings.TrimSpace(s) + "**" + trail
	}
	p.text.WriteString(s)
}

// writeDocxPara writes one paragraph as a Markdown block.
func writeDocxPara(out *strings.Builder, p *docxPara, headings map[string]int) {
	text := strings.TrimSpace(strings.ReplaceAll(p.text.String(), "****", ""))
	if text == "" {
		return
	}
	level := headings[p.style]
	if level == 0 {
		level = headingLevel(p.style)
	}
	if p.list == 0 && strings.HasSuffix(out.String(), "\n") && !strings.HasSuffix(out.String(), "\n\n") {
		out.WriteString("\n") // a blank line ends the list before it
	}
	switch {
	case level > 0:
		text = strings.ReplaceAll(strings.Trim(text, "*"), "\n", " ")
		fmt.Fprintf(out, "%s %s\n\n", strings.Repeat("#", min(level, 6)), text)
	case p.list > 0:
		fmt.Fprintf(out, "%s- %s\n", strings.Repeat("  ", p.list-1), strings.ReplaceAll(text, "\n", " "))
	default:
		out.WriteString(strings.ReplaceAll(text, "\n", "  \n"))
		out.WriteString("\n\n")
	}
}
