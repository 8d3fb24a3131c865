package kiosk

import (
	"archive/zip"
	"bytes"
	"compress/zlib"
	"context"
	"encoding/binary"
	"encoding/hex"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
)

// The reason corpus: one file for each reason a file is refused for, and one
// for each kind of file that viewers show although Go's decoders alone
// would not, built here from Go code, each with the reason code it must get
// ("" = taken). TestReasonCorpus scans them as staff would drop them in.

type corpusFile struct {
	rel    string
	data   []byte
	reason string // the expected reason_code; "" = taken
	says   string // a word the English reason must contain, if any
}

func reasonCorpus(t *testing.T) []corpusFile {
	good := jpegBytes(40, 30, 3)
	pngGood := pngBytes(t, 12, 8)
	return []corpusFile{
		{"artworks/C/empty.jpg", nil, "empty", "empty"},
		{"artworks/C/cut.jpg", good[:len(good)/2], "truncated", "copy the file again"},
		{"artworks/C/cut.png", pngGood[:len(pngGood)-20], "truncated", ""},
		{"artworks/C/bad-idat-crc.png", flipCRC(pngGood, "IDAT"), "damaged", "checksum"},
		{"artworks/C/bad-signature.png", append([]byte("\x89PNG\n\x1a\n"), pngGood[8:]...), "damaged", "start of the file"},
		{"artworks/C/zero-width.png", pngHeader(0, 10), "damaged", "no size"},
		{"artworks/C/letter.jpg", []byte("Құрметті ата-аналар!\nThis is a letter.\n"), "not_picture", "a text file"},
		{"artworks/C/scan.jpg", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), "not_picture", "PDF"},
		{"artworks/C/page.jpg", []byte("<!DOCTYPE html><html><head><title>x</title>"), "not_picture", "web page"},
		{"artworks/C/word.jpg", zipWith(t, "word/document.xml"), "not_picture", "Word"},
		{"artworks/C/clip.jpg", []byte("\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41"), "not_picture", "video"},
		{"artworks/C/drawing.svg", []byte("<svg xmlns='http://www.w3.org/2000/svg'/>"), "not_picture_folder", "SVG"},
		{"artworks/C/logo.png", []byte("<?xml version='1.0'?>\n<svg xmlns='http://www.w3.org/2000/svg'/>"), "unsupported_image", "SVG"},
		{"artworks/C/scan.tif", []byte("II*\x00\x08\x00\x00\x00\x00\x00"), "not_picture_folder", "TIFF"},
		{"artworks/C/scan-named.jpg", []byte("II*\x00\x08\x00\x00\x00\x00\x00"), "unsupported_image", "JPEG or PNG"},
		{"artworks/C/deep.jpg", jpeg12bit(), "unsupported_image", "12-bit"},
		{"artworks/C/huge.png", pngHeader(30000, 30000), "too_large", "30000 × 30000"},
		{"artworks/C/bomb.png", pngBomb(t, 20000, 20000), "too_large", "too large"},
		{"artworks/C/labels.csv", []byte("file,title\ngood.jpg,\"Сурет\n"), "bad_row", "row"},
		{"artworks/C/good.jpg", good, "", ""},
		{"artworks/C/meta-crc.png", withBadText(t, pngGood), "", ""},
		{"artworks/C/tiny.webp", tinyWebP(), "", ""},
		{"artworks/C/animated.webp", animatedWebP(), "", ""},
		{"artworks/C/two-colour.gif", gifCodeSize1(4, 3), "", ""},
		{"artworks/E/labels.csv", cp1251(t, "file,title\ngood.jpg,?ыс?ы кеш\n"), "letters_lost", "Kazakh letters were lost when the file was saved"},
		{"artworks/E/good.jpg", good, "", ""},
		{"artworks/D/labels.csv", []byte("file,title\n,Атаусыз\nx.jpg,Бір\nx.jpg,Екі\n"), "bad_rows", "rows"},
		{"photo.jpg", good, "wrong_folder", "artworks/"},
		{"announcements/New Text Document.txt", nil, "empty", ""},
		{"announcements/huge.txt", bytes.Repeat([]byte("сөз "), 400<<10), "file_too_big", "the limit is 1 MB"},
		{"announcements/bad-line.md", []byte("---\ntitle: Концерт\ndays: Xyzday\n---\nМәтін\n"), "bad_line", "line 3"},
		{"announcements/dates.md", []byte("---\nfrom: 2026-12-20\nuntil: 2026-12-01\n---\nМәтін\n"), "bad_text", "until"},
		{"announcements/old.doc", oleFile("WordDocument"), "not_announcement", ".doc"},
		{"announcements/notice.docx", wordDoc(t, "Ашық есік күні", "Сенбі 10:00"), "", ""},
		{"announcements/protected.docx", oleFile("EncryptedPackage"), "not_announcement", "password"},
		{"announcements/broken.docx", []byte("PK\x03\x04broken"), "damaged", "Word"},
		{"announcements/notes.pdf", []byte("%PDF-1.4\n"), "not_announcement", "PDF"},
		{"music/song.wav", []byte("RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00"), "not_music", "WAV"},
		{"music/fake.mp3", []byte("this is not music\n"), "not_music", "text"},
		{"music/cut.mp3", halfOf(t, "../media/testdata/audio/tone-44100-stereo.mp3"), "truncated", "ends early"},
		{"music/tags-only.mp3", append([]byte("ID3\x03\x00\x00\x00\x00\x00\x0a"), make([]byte, 10)...), "damaged", "no sound"},
		{"music/free.mp3", append([]byte{0xFF, 0xFB, 0x04, 0x44}, make([]byte, 4000)...), "unsupported_mp3", "free-format"},
	}
}

func TestReasonCorpus(t *testing.T) {
	f := newFixture(t)
	corpus := reasonCorpus(t)
	for _, c := range corpus {
		f.write(c.rel, c.data)
	}
	outside := filepath.Join(t.TempDir(), "secret.jpg")
	os.WriteFile(outside, jpegBytes(8, 8, 1), 0o644)
	os.Symlink(outside, filepath.Join(f.root, "artworks/C/link.jpg"))
	os.Symlink("/nonexistent/nowhere.jpg", filepath.Join(f.root, "artworks/C/broken.jpg"))
	corpus = append(corpus,
		corpusFile{"artworks/C/link.jpg", nil, "link_outside", "link"},
		corpusFile{"artworks/C/broken.jpg", nil, "link_broken", "link"})
	if os.Geteuid() != 0 { // root reads any file
		f.write("artworks/C/locked.jpg", jpegBytes(8, 8, 2))
		os.Chmod(filepath.Join(f.root, "artworks/C/locked.jpg"), 0)
		corpus = append(corpus, corpusFile{"artworks/C/locked.jpg", nil, "unreadable", "allowed"})
	}
	f.scan()
	checkCorpus(t, f, corpus)
	st, _ := BuildStatus(context.Background(), f.in.Store)
	if !slices.ContainsFunc(st.Warnings, func(w string) bool { return strings.Contains(w, "artworks/E/labels.csv: Kazakh letters were lost") }) {
		t.Errorf("status warnings %q do not say the Kazakh letters were lost", st.Warnings)
	}
	if it := f.items()["artworks/E/good.jpg"]; it.Title["ru"] != "?ыс?ы кеш" {
		t.Errorf("the label with lost letters is not used: title %q", it.Title["ru"])
	}
	if it := f.items()["announcements/notice.docx"]; it.Title["kk"] != "Ашық есік күні" || it.Meta.Body["kk"] != "**Сенбі 10:00**" {
		t.Errorf("Word announcement: title %q, body %q", it.Title["kk"], it.Meta.Body["kk"])
	}
}

// TestReasonCorpusClubs gives each workbook problem a folder of its own.
func TestReasonCorpusClubs(t *testing.T) {
	for _, c := range []corpusFile{
		{"clubs/clubs.xlsx", oleFile("EncryptedPackage"), "workbook_protected", "password"},
		{"clubs/clubs.xlsx", oleFile("Workbook"), "not_workbook", ".xls"},
		{"clubs/clubs.xlsx", zipWith(t, "word/document.xml"), "not_workbook", "Word"},
		{"clubs/clubs.xlsx", xlsxWithSheets(t, "Лист1", "Sheet2"), "wrong_sheets", "Лист1, Sheet2"},
		{"clubs/clubs.xlsx", claimsHuge(t), "unpacks_too_large", "too large"},
		{"clubs/clubs.xlsx", nil, "empty", "empty"},
		{"clubs/clubs.csv", cp1251(t, "id,name\nrobo,Робототехника\ndombra,Домбыра ?йірмесі\n"), "letters_lost", "Kazakh letters"},
	} {
		t.Run(c.reason, func(t *testing.T) {
			f := newFixture(t)
			f.write(c.rel, c.data)
			f.scan()
			checkCorpus(t, f, []corpusFile{c})
		})
	}
}

func checkCorpus(t *testing.T, f *fixture, corpus []corpusFile) {
	t.Helper()
	st, err := BuildStatus(context.Background(), f.in.Store)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]RefusedFile{}
	for _, r := range st.Refused {
		got[r.Source] = r
	}
	for _, c := range corpus {
		r, refused := got[c.rel]
		switch {
		case c.reason == "" && refused:
			t.Errorf("%s refused (%s: %s), want it taken", c.rel, r.ReasonCode, r.Reason)
		case c.reason != "" && r.ReasonCode != c.reason:
			t.Errorf("%s: reason_code %q (%s), want %q", c.rel, r.ReasonCode, r.Reason, c.reason)
		case c.says != "" && !strings.Contains(strings.ToLower(r.Reason), strings.ToLower(c.says)):
			t.Errorf("%s: reason %q does not say %q", c.rel, r.Reason, c.says)
		case refused && reasons[r.ReasonCode].Do == nil:
			t.Errorf("%s: reason_code %q is not in the catalogue", c.rel, r.ReasonCode)
		case refused && r.Code != legacyCode(r.ReasonCode):
			t.Errorf("%s: code %q, want %q", c.rel, r.Code, legacyCode(r.ReasonCode))
		}
	}
	if t.Failed() {
		for _, r := range st.Refused {
			t.Logf("refused %s: %s %s", r.Source, r.ReasonCode, r.Reason)
		}
	}
}

// halfOf is the first half of a file, as a copy cut short leaves it.
func halfOf(t *testing.T, path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b[:len(b)/2]
}

// cp1251 is s as a Russian Excel saves CSV.
func cp1251(t *testing.T, s string) []byte {
	b, err := charmap.Windows1251.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// pngBytes is a w x h PNG of a few colours.
func pngBytes(t *testing.T, w, h int) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.NRGBA{uint8(x * 20), uint8(y * 30), 99, 255})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// pngChunks splits a PNG into its chunks (after the signature).
func pngChunks(data []byte) [][]byte {
	var out [][]byte
	for off := 8; off+12 <= len(data); {
		end := off + 12 + int(binary.BigEndian.Uint32(data[off:]))
		out = append(out, data[off:end])
		off = end
	}
	return out
}

// flipCRC returns data with the checksum of its first chunk named typ wrong.
func flipCRC(data []byte, typ string) []byte {
	out := append([]byte(nil), data...)
	for off := 8; off+12 <= len(out); {
		end := off + 12 + int(binary.BigEndian.Uint32(out[off:]))
		if string(out[off+4:off+8]) == typ {
			out[end-1] ^= 0x55
			break
		}
		off = end
	}
	return out
}

// withBadText inserts a tEXt chunk with a wrong checksum after IHDR: libpng
// and browsers ignore it.
func withBadText(t *testing.T, data []byte) []byte {
	ch := pngChunks(data)
	text := []byte("tEXtComment\x00made by a scanner")
	var c bytes.Buffer
	binary.Write(&c, binary.BigEndian, uint32(len(text)-4))
	c.Write(text)
	binary.Write(&c, binary.BigEndian, crc32.ChecksumIEEE(text)^1)
	out := append([]byte(nil), data[:8]...)
	out = append(out, ch[0]...)
	out = append(out, c.Bytes()...)
	for _, x := range ch[1:] {
		out = append(out, x...)
	}
	return out
}

// pngBomb is a w x h PNG whose pixels (all zero) deflate to a few KB.
func pngBomb(t *testing.T, w, h uint32) []byte {
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	row := make([]byte, 1+4*w)
	for range 64 { // enough to show the intent; the header already says it all
		zw.Write(row)
	}
	zw.Close()
	out := pngHeader(w, h)
	var c bytes.Buffer
	binary.Write(&c, binary.BigEndian, uint32(z.Len()))
	body := append([]byte("IDAT"), z.Bytes()...)
	c.Write(body)
	binary.Write(&c, binary.BigEndian, crc32.ChecksumIEEE(body))
	return append(out, c.Bytes()...)
}

// jpeg12bit is the start of a 12-bit (SOF1) JPEG, as medical and some
// camera software write them.
func jpeg12bit() []byte {
	b := []byte{0xFF, 0xD8, 0xFF, 0xC1, 0x00, 0x11, 12, 0x00, 0x10, 0x00, 0x10, 3,
		1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0}
	return append(b, 0xFF, 0xD9)
}

// zipWith is a zip holding one empty part named name.
func zipWith(t *testing.T, name string) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.Create("[Content_Types].xml")
	w.Write([]byte("<Types/>"))
	w, _ = zw.Create(name)
	w.Write([]byte("<x/>"))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// wordDoc is a .docx whose first paragraph, in Word's "Heading 1" style, is
// title and whose second is text.
func wordDoc(t *testing.T, title, text string) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>` + title + `</w:t></w:r></w:p>` +
		`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>` + text + `</w:t></w:r></w:p></w:body></w:document>`))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// claimsHuge is a workbook whose zip directory says a sheet unpacks to
// 200 MB: refused from the directory, before anything is unpacked.
func claimsHuge(t *testing.T) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Store,
		CompressedSize64: 4, UncompressedSize64: 200 << 20, CRC32: crc32.ChecksumIEEE([]byte("<x/>"))})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("<x/>"))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// oleFile is the start of an OLE compound file (old Office documents, and
// Office files saved with a password) naming one stream.
func oleFile(stream string) []byte {
	b := append([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), make([]byte, 504)...)
	for i := 0; i < len(stream); i++ {
		b = append(b, stream[i], 0)
	}
	return append(b, make([]byte, 64)...)
}

// xlsxWithSheets is a workbook whose sheets have the given names.
func xlsxWithSheets(t *testing.T, names ...string) []byte {
	x := excelize.NewFile()
	x.SetSheetName("Sheet1", names[0])
	for _, n := range names[1:] {
		x.NewSheet(n)
	}
	b, err := x.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// vp8l1x1 is the lossless bitstream of a 1 x 1 black picture.
const vp8l1x1 = "2f00000000071011fd0f4444ff03"

func riff(chunks ...[]byte) []byte {
	body := []byte("WEBP")
	for _, c := range chunks {
		body = append(body, c...)
	}
	out := []byte("RIFF")
	out = binary.LittleEndian.AppendUint32(out, uint32(len(body)))
	return append(out, body...)
}

func riffChunk(id string, p []byte) []byte {
	out := binary.LittleEndian.AppendUint32([]byte(id), uint32(len(p)))
	out = append(out, p...)
	if len(p)%2 == 1 {
		out = append(out, 0)
	}
	return out
}

// tinyWebP is a valid lossless WebP of 29 bytes, a 1 x 1 black picture
// written by hand (five one-symbol prefix codes) without the pad byte of its
// odd chunk: browsers show it.
func tinyWebP() []byte {
	bs, _ := hex.DecodeString("2f000000008888fe07")
	b := riff(riffChunk("VP8L", bs))
	b = b[:len(b)-1]
	binary.LittleEndian.PutUint32(b[4:], uint32(len(b)-8))
	return b
}

// animatedWebP is a two-frame animation on a 3 x 2 canvas whose frames are
// 1 x 1 lossless pictures.
func animatedWebP() []byte {
	bs, _ := hex.DecodeString(vp8l1x1)
	le24 := func(v int) []byte { return []byte{byte(v), byte(v >> 8), byte(v >> 16)} }
	vp8x := append([]byte{0x02, 0, 0, 0}, append(le24(2), le24(1)...)...)
	anmf := func(x, y int) []byte {
		p := append(le24(x/2), le24(y/2)...)
		p = append(p, le24(0)...) // width - 1
		p = append(p, le24(0)...) // height - 1
		p = append(p, le24(100)...)
		p = append(p, 0)
		return riffChunk("ANMF", append(p, riffChunk("VP8L", bs)...))
	}
	return riff(riffChunk("VP8X", vp8x), riffChunk("ANIM", make([]byte, 6)), anmf(0, 0), anmf(2, 0))
}

// gifCodeSize1 is a two-colour w x h GIF whose LZW minimum code size is 1,
// as some encoders write it: only literal codes (w x h stays small).
func gifCodeSize1(w, h int) []byte {
	b := []byte("GIF89a")
	b = binary.LittleEndian.AppendUint16(b, uint16(w))
	b = binary.LittleEndian.AppendUint16(b, uint16(h))
	b = append(b, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF) // 2-colour table: black, white
	b = append(b, 0x2C, 0, 0, 0, 0)
	b = binary.LittleEndian.AppendUint16(b, uint16(w))
	b = binary.LittleEndian.AppendUint16(b, uint16(h))
	b = append(b, 0, 1) // no local table; code size 1
	var out []byte
	var acc uint32
	n := 0
	put := func(code, width int) {
		acc |= uint32(code) << n
		n += width
		for n >= 8 {
			out = append(out, byte(acc))
			acc >>= 8
			n -= 8
		}
	}
	const clear, eoi = 2, 3
	width, mask, next := 2, 3, 4 // as browsers read it
	put(clear, width)
	for i := range w * h {
		put((i+i/w)%2, width)
		if i > 0 { // the decoder adds an entry for every code after the first
			next++
			if next&mask == 0 && next < 4096 {
				width++
				mask += next
			}
		}
	}
	put(eoi, width)
	if n > 0 {
		out = append(out, byte(acc))
	}
	for len(out) > 0 {
		k := min(len(out), 255)
		b = append(append(b, byte(k)), out[:k]...)
		out = out[k:]
	}
	return append(b, 0, 0x3B)
}
