package kiosk

import (
	"errors"
	"os"
	"strings"

	"github.com/shygarmashylyq/kiosk/media"
	"github.com/shygarmashylyq/kiosk/slides"
)

// typeNames names, for staff, what a file really is (media.SniffType's
// codes) and the kinds of picture and MP3 that are not shown.
var typeNames = map[string]slides.Text{
	"pdf":     t3("PDF құжаты", "документ PDF", "a PDF document"),
	"docx":    t3("Word құжаты (.docx)", "документ Word (.docx)", "a Word document (.docx)"),
	"xlsx":    t3("Excel кестесі (.xlsx)", "таблица Excel (.xlsx)", "an Excel workbook (.xlsx)"),
	"pptx":    t3("PowerPoint презентациясы", "презентация PowerPoint", "a PowerPoint presentation"),
	"odt":     t3("LibreOffice құжаты (.odt)", "документ LibreOffice (.odt)", "a LibreOffice document (.odt)"),
	"ods":     t3("LibreOffice кестесі (.ods)", "таблица LibreOffice (.ods)", "a LibreOffice spreadsheet (.ods)"),
	"zip":     t3("ZIP мұрағаты", "архив ZIP", "a ZIP archive"),
	"rar":     t3("RAR мұрағаты", "архив RAR", "a RAR archive"),
	"7z":      t3("7z мұрағаты", "архив 7z", "a 7z archive"),
	"gzip":    t3("gzip мұрағаты", "архив gzip", "a gzip archive"),
	"ole":     t3("ескі Word не Excel құжаты (.doc, .xls)", "старый документ Word или Excel (.doc, .xls)", "an old Word or Excel document (.doc, .xls)"),
	"rtf":     t3("RTF құжаты", "документ RTF", "an RTF document"),
	"html":    t3("веб-бет (HTML), сурет емес", "веб-страница (HTML), а не картинка", "a web page (HTML), not the picture"),
	"xml":     t3("XML файлы", "файл XML", "an XML file"),
	"text":    t3("мәтін файлы", "текстовый файл", "a text file"),
	"exe":     t3("бағдарлама (.exe)", "программа (.exe)", "a program (.exe)"),
	"mp3":     t3("музыка (MP3)", "музыка (MP3)", "music (MP3)"),
	"ogg":     t3("дыбыс (OGG)", "звук (OGG)", "sound (OGG)"),
	"wav":     t3("дыбыс (WAV)", "звук (WAV)", "sound (WAV)"),
	"flac":    t3("дыбыс (FLAC)", "звук (FLAC)", "sound (FLAC)"),
	"m4a":     t3("дыбыс (M4A)", "звук (M4A)", "sound (M4A)"),
	"mp4":     t3("бейне (MP4)", "видео (MP4)", "a video (MP4)"),
	"mov":     t3("бейне (MOV)", "видео (MOV)", "a video (MOV)"),
	"avi":     t3("бейне (AVI)", "видео (AVI)", "a video (AVI)"),
	"webm":    t3("бейне (WebM/MKV)", "видео (WebM/MKV)", "a video (WebM/MKV)"),
	"jpeg":    t3("JPEG суреті", "картинка JPEG", "a JPEG picture"),
	"png":     t3("PNG суреті", "картинка PNG", "a PNG picture"),
	"gif":     t3("GIF суреті", "картинка GIF", "a GIF picture"),
	"webp":    t3("WebP суреті", "картинка WebP", "a WebP picture"),
	"heic":    t3("iPhone суреті (HEIC)", "фото с iPhone (HEIC)", "an iPhone photo (HEIC)"),
	"avif":    t3("AVIF суреті", "картинка AVIF", "an AVIF picture"),
	"tiff":    t3("TIFF суреті (сканер)", "картинка TIFF (сканер)", "a TIFF picture (from a scanner)"),
	"bmp":     t3("BMP суреті", "картинка BMP", "a BMP picture"),
	"jpeg xl": t3("JPEG XL суреті", "картинка JPEG XL", "a JPEG XL picture"),
	"ico":     t3("белгіше (ICO)", "значок (ICO)", "an icon (ICO)"),
	"svg":     t3("SVG сызбасы", "рисунок SVG", "an SVG drawing"),

	"photoshop":         t3("Photoshop файлы (PSD)", "файл Photoshop (PSD)", "a Photoshop file (PSD)"),
	"12-bit jpeg":       t3("12 биттік JPEG", "12-битный JPEG", "a 12-bit JPEG"),
	"arithmetic jpeg":   t3("арифметикалық кодталған JPEG", "JPEG с арифметическим кодированием", "an arithmetic-coded JPEG"),
	"lossless jpeg":     t3("шығынсыз JPEG (lossless)", "JPEG без потерь (lossless)", "a lossless JPEG"),
	"hierarchical jpeg": t3("иерархиялық JPEG", "иерархический JPEG", "a hierarchical JPEG"),
	"cmyk jpeg":         t3("баспаханаға арналған CMYK JPEG", "JPEG в CMYK для типографии", "a CMYK JPEG made for print"),
	"free-format mp3":   t3("еркін форматтағы MP3 (free format)", "MP3 свободного формата (free format)", "a free-format MP3"),
	"mpeg layer i":      t3("MPEG Layer I (MP1)", "MPEG Layer I (MP1)", "MPEG Layer I (MP1)"),
	"mpeg layer ii":     t3("MPEG Layer II (MP2)", "MPEG Layer II (MP2)", "MPEG Layer II (MP2)"),
	"mpeg 2.5":          t3("MPEG 2.5 (8-12 кГц)", "MPEG 2.5 (8-12 кГц)", "MPEG 2.5 (8-12 kHz)"),
}

// unknownType is what a file is when nothing is recognised.
var unknownType = t3("белгісіз түрдегі файл", "файл неизвестного вида", "a file of an unknown kind")

// typeName names the type code for staff.
func typeName(code string) slides.Text {
	if t, ok := typeNames[code]; ok {
		return t
	}
	if strings.HasSuffix(code, "-channel jpeg") {
		n := strings.TrimSuffix(code, "-channel jpeg")
		return t3(n+" арналы JPEG", "JPEG с "+n+" каналами цвета", "a JPEG with "+n+" colour channels")
	}
	return unknownType
}

// typeArgs is the {type} argument of a reason.
func typeArgs(code string) map[string]slides.Text {
	return map[string]slides.Text{"type": typeName(code)}
}

// sniffFile names what the file at path is, from its first bytes.
func sniffFile(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	b := make([]byte, 4096)
	n, _ := f.Read(b)
	return media.SniffType(b[:n])
}

// xlsxRefusal explains why the clubs workbook data cannot be read: a
// "not_workbook" problem names what the file is instead, and a file that
// is a workbook by its parts but does not open is damaged.
func xlsxRefusal(err error, data []byte) *Refusal {
	if len(data) == 0 {
		return reason("empty", nil)
	}
	var re slides.RowError
	if !errors.As(err, &re) || re.Code != "not_workbook" || re.Args["type"] != nil {
		return explain(textRefusal(err))
	}
	what := media.SniffType(data[:min(len(data), 4096)])
	if what == "xlsx" {
		return reason("damaged", map[string]slides.Text{"detail": t3(
			"Excel оны аша алуы мүмкін, киоск аша алмайды",
			"Excel, может быть, его откроет, киоск — нет",
			"Excel may open it, the kiosk cannot")})
	}
	re.Args = map[string]slides.Text{"type": typeName(what)}
	return explain(textRefusal(re))
}
