package media

import (
	"bytes"
	"unicode/utf8"
)

// SniffType names what a file really is from its first bytes (a few KB are
// enough), whatever its name says, so that a refusal can tell staff "this
// .jpg is a PDF document". The names are stable codes:
//
//	pictures: jpeg png gif webp heic avif tiff bmp jpeg-xl photoshop ico svg
//	sound, video: mp3 ogg wav flac m4a mp4 mov avi webm
//	documents: pdf docx xlsx pptx odt ods zip ole rtf html xml text
//	other: rar 7z gzip exe
//
// An OLE file ("ole") is an old Word or Excel document (.doc, .xls) or a
// password-protected Office file. It returns "" when nothing is recognised.
func SniffType(b []byte) string {
	if s := sniff(b); s != "" {
		return s
	}
	has := func(off int, s string) bool {
		return len(b) >= off+len(s) && string(b[off:off+len(s)]) == s
	}
	switch {
	case has(0, "%PDF-"):
		return "pdf"
	case has(0, "PK\x03\x04"):
		return sniffZip(b)
	case has(0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"):
		return "ole"
	case has(0, "{\\rtf"):
		return "rtf"
	case has(0, "Rar!\x1a\x07"):
		return "rar"
	case has(0, "7z\xBC\xAF\x27\x1C"):
		return "7z"
	case has(0, "\x1f\x8b"):
		return "gzip"
	case has(0, "MZ"):
		return "exe"
	case has(0, "OggS"):
		return "ogg"
	case has(0, "fLaC"):
		return "flac"
	case has(0, "RIFF") && has(8, "WAVE"):
		return "wav"
	case has(0, "RIFF") && has(8, "AVI "):
		return "avi"
	case has(0, "\x1a\x45\xdf\xa3"):
		return "webm"
	case has(0, "\x00\x00\x01\x00") && len(b) > 6 && b[4] > 0:
		return "ico"
	case has(0, "ID3"), len(b) >= 2 && b[0] == 0xFF && b[1]&0xE0 == 0xE0:
		return "mp3"
	case has(4, "ftyp") && len(b) >= 12:
		switch string(b[8:12]) {
		case "M4A ", "M4B ":
			return "m4a"
		case "qt  ":
			return "mov"
		}
		return "mp4"
	}
	return sniffText(b)
}

// sniffZip tells an Office Open XML or OpenDocument file from a plain zip by
// the names of the parts near its start.
func sniffZip(b []byte) string {
	switch {
	case bytes.Contains(b, []byte("mimetypeapplication/vnd.oasis.opendocument.text")):
		return "odt"
	case bytes.Contains(b, []byte("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")):
		return "ods"
	case bytes.Contains(b, []byte("word/")):
		return "docx"
	case bytes.Contains(b, []byte("xl/")):
		return "xlsx"
	case bytes.Contains(b, []byte("ppt/")):
		return "pptx"
	}
	return "zip"
}

// sniffText recognises web pages, SVG drawings, other XML and plain text
// (UTF-8, UTF-16 with a byte order mark, or a single-byte code page).
func sniffText(b []byte) string {
	t := bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	t = bytes.TrimLeft(t, " \t\r\n")
	lower := bytes.ToLower(t[:min(len(t), 1024)])
	switch {
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")):
		return "html"
	case bytes.HasPrefix(lower, []byte("<svg")),
		bytes.HasPrefix(lower, []byte("<?xml")) && bytes.Contains(lower, []byte("<svg")):
		return "svg"
	case bytes.HasPrefix(lower, []byte("<?xml")):
		return "xml"
	case bytes.HasPrefix(b, []byte("\xFF\xFE")), bytes.HasPrefix(b, []byte("\xFE\xFF")):
		return "text"
	}
	if len(t) == 0 || bytes.IndexByte(b, 0) >= 0 {
		return ""
	}
	cut := b[:min(len(b), 4096)]
	for i := 0; i < 3 && len(cut) > 0 && !utf8.Valid(cut); i++ {
		cut = cut[:len(cut)-1] // a letter cut in half at the end of the sample
	}
	if utf8.Valid(cut) {
		return "text"
	}
	for _, c := range b[:min(len(b), 4096)] {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return ""
		}
	}
	return "text"
}
