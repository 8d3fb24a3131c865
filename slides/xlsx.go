package slides

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Limits on .xlsx workbooks: all parts unzipped, and any one part. Keeping
// every part under the second limit also keeps excelize from spilling parts
// to temporary files.
const (
	MaxXLSXUnzipped = 64 << 20
	MaxXLSXPart     = 16 << 20
)

// errXLSX is the cause of workbooks that cannot be opened.
var errXLSX = errors.New("unusable workbook")

// ReadXLSXTables reads the named sheets of an .xlsx workbook into Tables,
// keyed by the names as requested. Sheet names are matched exactly, then
// ignoring case and surrounding spaces; a missing sheet is an error.
//
// Each sheet is read like ReadTable: the first non-empty row is the header,
// names and cells are trimmed and NFC-normalised, empty rows are skipped,
// the same limits apply. Cells come out as staff see them, in a fixed form:
// time cells as "15:00", date cells as "2006-01-02", date-time cells as
// "2006-01-02 15:04", and numbers without floating-point noise ("7", not
// "7.0000000001"). Zip bombs are refused (see MaxXLSXUnzipped and
// MaxXLSXPart).
func ReadXLSXTables(data []byte, sheets ...string) (map[string]Table, error) {
	wb, err := openXLSX(data)
	if err != nil {
		return nil, err
	}
	defer wb.f.Close()
	out := make(map[string]Table, len(sheets))
	for _, want := range sheets {
		name, ok := wb.findSheet(want)
		if !ok {
			return nil, wb.missingSheet(want)
		}
		t, err := wb.readSheet(name)
		if err != nil {
			return nil, err
		}
		out[want] = t
	}
	return out, nil
}

// openXLSX checks the zip directory against the size limits, then opens
// the workbook with excelize under the same limits.
func openXLSX(data []byte) (wb *workbook, err error) {
	bad := func(cause error) RowError {
		return wrapErr(cause, 0,
			"файлды ашу мүмкін емес: бұл .xlsx кестесі емес немесе ол бүлінген",
			"файл не открывается: это не таблица .xlsx или она повреждена",
			"the file cannot be opened: it is not an .xlsx workbook or it is damaged").withCode("not_workbook")
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, notWorkbook(data, bad(err))
	}
	var total uint64
	parts := make(map[string]*zip.File, len(zr.File))
	for _, zf := range zr.File {
		parts[strings.ToLower(strings.ReplaceAll(zf.Name, "\\", "/"))] = zf
		total += zf.UncompressedSize64
		if zf.UncompressedSize64 > MaxXLSXPart || total > MaxXLSXUnzipped {
			return nil, wrapErr(errXLSX, 0,
				"кесте тым үлкен (ашылғанда бір бөлігі 16 МиБ-тан немесе барлығы 64 МиБ-тан асады)",
				"таблица слишком большая (в распакованном виде часть больше 16 МиБ или всё больше 64 МиБ)",
				"the workbook is too large (unpacked, a part is over 16 MiB or all over 64 MiB)").withCode("unpacks_too_large")
		}
	}
	defer func() {
		if r := recover(); r != nil { // excelize is not ours; a damaged file must not crash the kiosk
			wb, err = nil, bad(fmt.Errorf("excelize panic: %v", r))
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    MaxXLSXUnzipped,
		UnzipXMLSizeLimit: MaxXLSXPart,
	})
	if err != nil {
		return nil, bad(err)
	}
	return &workbook{f: f, parts: parts, kinds: map[int]numKind{}}, nil
}

// findSheet returns the workbook's name for the first of names it has,
// matched exactly, then ignoring case and surrounding spaces.
func (wb *workbook) findSheet(names ...string) (string, bool) {
	list := wb.f.GetSheetList()
	for _, want := range names {
		for _, s := range list {
			if s == want {
				return s, true
			}
		}
	}
	for _, want := range names {
		for _, s := range list {
			if strings.EqualFold(strings.TrimSpace(s), strings.TrimSpace(want)) {
				return s, true
			}
		}
	}
	return "", false
}

// missingSheet builds the error for a sheet the workbook does not have,
// naming the sheets it has.
func (wb *workbook) missingSheet(want string) RowError {
	have := shownN(strings.Join(wb.f.GetSheetList(), ", "), 200)
	sheets := Plain(have)
	if strings.TrimSpace(have) == "" {
		sheets = Text{KK: "жоқ", RU: "нет ни одного", EN: "none"}
		have = "—"
	}
	e := rowErr(0,
		"кестеде "+g(want)+" парағы жоқ (бар парақтар: "+have+")",
		"в таблице нет листа "+g(want)+" (есть листы: "+have+")",
		"the workbook has no sheet "+q(want)+" (it has: "+have+")")
	e.Code, e.Args = "wrong_sheets", map[string]Text{"want": {KK: g(want), RU: g(want), EN: q(want)}, "sheets": sheets}
	return e
}

// notWorkbook names why data, which is no zip, is not a workbook: a
// password-protected workbook (Excel encrypts it into an OLE compound file
// holding an "EncryptedPackage" stream), an old .xls (OLE too), or else.
func notWorkbook(data []byte, e RowError) RowError {
	if !bytes.HasPrefix(data, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
		return e
	}
	if bytes.Contains(data, utf16le("EncryptedPackage")) || bytes.Contains(data, utf16le("EncryptionInfo")) {
		return wrapErr(errXLSX, 0,
			"кесте құпиясөзбен қорғалған",
			"таблица защищена паролем",
			"the workbook is protected with a password").withCode("workbook_protected")
	}
	e.Args = map[string]Text{"type": {
		KK: "ескі Excel кітабы (.xls)", RU: "старая книга Excel (.xls)", EN: "an old Excel workbook (.xls)",
	}}
	return e
}

// withCode returns e with its Code set.
func (e RowError) withCode(code string) RowError {
	e.Code = code
	return e
}

// utf16le is s as UTF-16LE bytes (the names inside an OLE file); s is ASCII.
func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

// readSheet reads one sheet into a Table, turning number cells into text
// as described for ReadXLSXTables.
func (wb *workbook) readSheet(sheet string) (t Table, err error) {
	sheetErr := func(cause error) error {
		return wrapErr(cause, 0,
			g(sheet)+" парағын оқу мүмкін емес",
			"лист "+g(sheet)+" не читается",
			"the sheet "+q(sheet)+" cannot be read")
	}
	defer func() {
		if r := recover(); r != nil {
			t, err = Table{}, sheetErr(fmt.Errorf("excelize panic: %v", r))
		}
	}()
	p, err := wb.sheetPath(sheet)
	if err != nil {
		return Table{}, sheetErr(err)
	}
	sc, err := wb.scanSheet(p)
	if err != nil {
		var re RowError
		if errors.As(err, &re) {
			return Table{}, re
		}
		return Table{}, sheetErr(err)
	}
	date1904 := false
	if props, err := wb.f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		date1904 = *props.Date1904
	}
	rows, err := wb.f.Rows(sheet)
	if err != nil {
		return Table{}, sheetErr(err)
	}
	defer rows.Close()
	var recs []record
	for n := 1; rows.Next(); n++ {
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return Table{}, sheetErr(err)
		}
		empty := true
		for i, v := range cols {
			if v == "" {
				continue
			}
			empty = false
			if kind, ok := sc.numbers[cellKey(i+1, n)]; ok {
				if x, err := strconv.ParseFloat(v, 64); err == nil && !math.IsInf(x, 0) && !math.IsNaN(x) {
					cols[i] = formatNumber(x, kind, date1904)
				}
			}
		}
		if !empty {
			recs = append(recs, record{line: n, fields: cols})
		}
	}
	if err := rows.Error(); err != nil {
		return Table{}, sheetErr(err)
	}
	return buildTable(recs)
}
