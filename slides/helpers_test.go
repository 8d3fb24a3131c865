package slides

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// win1251 encodes lines the way Russian Excel saves "CSV (разделители -
// запятые)": Windows-1251 bytes, CRLF line ends.
func win1251(t testing.TB, lines ...string) []byte {
	t.Helper()
	b, err := charmap.Windows1251.NewEncoder().Bytes([]byte(strings.Join(lines, "\r\n") + "\r\n"))
	if err != nil {
		t.Fatalf("encode Windows-1251: %v", err)
	}
	return b
}

// mustWin1251 is win1251 for package-level tables, which have no testing.TB.
func mustWin1251(lines ...string) []byte {
	b, err := charmap.Windows1251.NewEncoder().Bytes([]byte(strings.Join(lines, "\r\n") + "\r\n"))
	if err != nil {
		panic(err)
	}
	return b
}

// bomUTF8 is UTF-8 with a byte order mark and LF line ends, as LibreOffice
// and "CSV UTF-8" in Excel save it.
func bomUTF8(lines ...string) []byte {
	return append([]byte{0xEF, 0xBB, 0xBF}, strings.Join(lines, "\n")+"\n"...)
}

// utf16LE is Excel's "Unicode text": UTF-16 little-endian with a byte order
// mark, tab separated, CRLF.
func utf16LE(lines ...string) []byte {
	b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(strings.Join(lines, "\r\n") + "\r\n"))
	if err != nil {
		panic(err)
	}
	return b
}

// js renders v compactly for failure messages.
func js(v any) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err.Error()
	}
	return strings.TrimSpace(buf.String())
}

// short shortens an input for failure messages.
func short(b []byte) string {
	s := decodeText(b)
	if r := []rune(s); len(r) > 200 {
		s = string(r[:200]) + "…"
	}
	return s
}
