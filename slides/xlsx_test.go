package slides

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// xlsxCell is a test cell: a value and, optionally, a number format given
// as a built-in id or a custom code.
type xlsxCell struct {
	v      any
	fmtID  int
	fmtStr string
}

// buildXLSX writes a workbook whose sheets hold rows of cells. Plain Go
// values are cells too; an xlsxCell adds a number format, as Excel does for
// typed times and dates.
func buildXLSX(sheets []string, rows map[string][][]any) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	for i, name := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				return nil, err
			}
		} else if _, err := f.NewSheet(name); err != nil {
			return nil, err
		}
		for r, row := range rows[name] {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				xc, styled := v.(xlsxCell)
				if styled {
					v = xc.v
				}
				if err := f.SetCellValue(name, cell, v); err != nil {
					return nil, err
				}
				if !styled || (xc.fmtID == 0 && xc.fmtStr == "") {
					continue
				}
				st := &excelize.Style{NumFmt: xc.fmtID}
				if xc.fmtStr != "" {
					st.CustomNumFmt = &xc.fmtStr
				}
				id, err := f.NewStyle(st)
				if err != nil {
					return nil, err
				}
				if err := f.SetCellStyle(name, cell, cell, id); err != nil {
					return nil, err
				}
			}
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// mustXLSX is buildXLSX for package-level test tables.
func mustXLSX(sheets []string, rows map[string][][]any) []byte {
	b, err := buildXLSX(sheets, rows)
	if err != nil {
		panic(err)
	}
	return b
}

// timeCell is a time typed into Excel: a day fraction with format h:mm.
func timeCell(f float64) xlsxCell { return xlsxCell{v: f, fmtID: 20} }

func TestReadXLSXTables(t *testing.T) {
	data, err := buildXLSX([]string{"Data", "Other"}, map[string][][]any{
		"Data": {
			{" Name ", "Start", "End", "Date", "Age", "Code", "Big", "When"},
			{"Сурет", timeCell(0.625), xlsxCell{v: 0.6875, fmtStr: "hh:mm"}, xlsxCell{v: 45667, fmtID: 14}, 7, "0123", "123456789012345678", xlsxCell{v: 45667.375, fmtID: 22}},
			{"Би", "15:00", "16:30", xlsxCell{v: 45688, fmtStr: `[$-419]dd\.mm\.yyyy;@`}, 0.1 + 0.2, xlsxCell{v: 12.5, fmtStr: `0.0" лет"`}, 1e6, xlsxCell{v: 0.5, fmtStr: "h:mm AM/PM"}},
			{},
			{"Ән", xlsxCell{v: 1.0, fmtStr: "[h]:mm"}, xlsxCell{v: 0.999999, fmtID: 21}, time.Date(2025, 3, 8, 0, 0, 0, 0, time.UTC), -3, true, xlsxCell{v: 0.25, fmtID: 10}, xlsxCell{v: 3.0, fmtStr: "General"}},
		},
		"Other": {{"x"}, {"1"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := ReadXLSXTables(data, "data", "Other")
	if err != nil {
		t.Fatalf("ReadXLSXTables: %v", err)
	}
	want := Table{
		Header: []string{"name", "start", "end", "date", "age", "code", "big", "when"},
		Rows: []TableRow{
			{2, map[string]string{"name": "Сурет", "start": "15:00", "end": "16:30", "date": "2025-01-10", "age": "7", "code": "0123", "big": "123456789012345678", "when": "2025-01-10 09:00"}},
			{3, map[string]string{"name": "Би", "start": "15:00", "end": "16:30", "date": "2025-01-31", "age": "0.3", "code": "12.5", "big": "1000000", "when": "12:00"}},
			{5, map[string]string{"name": "Ән", "start": "24:00", "end": "24:00", "date": "2025-03-08", "age": "-3", "code": "1", "big": "0.25", "when": "3"}},
		},
	}
	if !reflect.DeepEqual(got["data"], want) {
		t.Errorf("sheet data\n got %s\nwant %s", js(got["data"]), js(want))
	}
	if o := got["Other"]; len(o.Rows) != 1 || o.Rows[0].Cells["x"] != "1" {
		t.Errorf("sheet Other = %s", js(o))
	}
}

func TestReadXLSXTablesErrors(t *testing.T) {
	ok, err := buildXLSX([]string{"Clubs"}, map[string][][]any{"Clubs": {{"id"}, {"1"}}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		data    []byte
		sheets  []string
		errText string
	}{
		{"missing sheet", ok, []string{"Timetable"}, `no sheet "Timetable" (it has: Clubs)`},
		{"not a zip", []byte("id,name\n1,x\n"), []string{"Clubs"}, "not an .xlsx"},
		{"old .xls", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), []string{"Clubs"}, "not an .xlsx"},
		{"empty", nil, []string{"Clubs"}, "not an .xlsx"},
		{"zip bomb: one huge part", zipOf(t, map[string]int{"xl/worksheets/sheet1.xml": MaxXLSXPart + 1}), []string{"Clubs"}, "too large"},
		{"zip bomb: many parts", zipOf(t, map[string]int{"a": 15 << 20, "b": 15 << 20, "c": 15 << 20, "d": 15 << 20, "e": 15 << 20}), []string{"Clubs"}, "too large"},
	}
	for _, tt := range tests {
		start := time.Now()
		_, err := ReadXLSXTables(tt.data, tt.sheets...)
		var re RowError
		if !errors.As(err, &re) || !strings.Contains(err.Error(), tt.errText) || re.Reason[KK] == "" || re.Reason[RU] == "" {
			t.Errorf("%s: ReadXLSXTables error = %v, want a trilingual RowError containing %q", tt.name, err, tt.errText)
		}
		if d := time.Since(start); d > slowdown*time.Second {
			t.Errorf("%s: took %v, want a quick refusal", tt.name, d)
		}
	}
}

// zipOf builds a zip whose entries hold the given numbers of zero bytes;
// they compress to almost nothing.
func zipOf(t testing.TB, entries map[string]int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, size := range entries {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(make([]byte, size)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestClassifyNumFmt(t *testing.T) {
	tests := []struct {
		id   int
		code string
		want numKind
	}{
		{0, "", kindNumber},
		{14, "", kindDate},
		{20, "", kindTime},
		{22, "", kindDateTime},
		{47, "", kindTime},
		{164, "dd.mm.yyyy", kindDate},
		{164, "[$-419]d mmmm yyyy;@", kindDate},
		{164, "hh:mm", kindTime},
		{164, "[h]:mm:ss", kindTime},
		{164, "h:mm AM/PM", kindTime},
		{164, "dd.mm.yyyy hh:mm", kindDateTime},
		{164, "mmm", kindDate},
		{164, `0" дней"`, kindNumber},
		{164, `#,##0.00\ "₸"`, kindNumber},
		{164, "[Red]0.00;[Blue]-0.00", kindNumber},
		{164, "0.00E+00", kindNumber},
		{164, "General", kindNumber},
		{164, "@", kindNumber},
	}
	for _, tt := range tests {
		if got := classifyNumFmt(tt.id, tt.code); got != tt.want {
			t.Errorf("classifyNumFmt(%d, %q) = %d, want %d", tt.id, tt.code, got, tt.want)
		}
	}
}

func TestCleanNumber(t *testing.T) {
	for in, want := range map[float64]string{
		7: "7", 7.000000000000001: "7", 0.1 + 0.2: "0.3", 12.5: "12.5", -3: "-3", 1e6: "1000000", 1e22: "1e+22", 0: "0",
	} {
		if got := cleanNumber(in); got != want {
			t.Errorf("cleanNumber(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestReadXLSXTablesHostileSheets(t *testing.T) {
	base, err := buildXLSX([]string{"S"}, map[string][][]any{"S": {{"a", "b"}, {1, 2}}})
	if err != nil {
		t.Fatal(err)
	}
	sheet := func(rows string) []byte {
		re, ok := rezip(base, "xl/worksheets/sheet1.xml", []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+
			`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`+rows+`</sheetData></worksheet>`))
		if !ok {
			t.Fatal("rezip")
		}
		return re
	}
	var far, tall strings.Builder
	far.WriteString(`<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>`)
	for r := 2; r < 50000; r++ {
		fmt.Fprintf(&far, `<row r="%d"><c r="XFD%d"><v>1</v></c></row>`, r, r)
	}
	tall.WriteString(`<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>`)
	for r := 2; r <= MaxRows+2; r++ {
		fmt.Fprintf(&tall, `<row r="%d"><c r="A%d"><v>%d</v></c></row>`, r, r, r)
	}
	tests := []struct {
		name    string
		data    []byte
		want    Table
		errText string
	}{
		{"value in column XFD", sheet(far.String()), Table{}, "row 2: more than 1000 columns"},
		{"too many rows", sheet(tall.String()), Table{}, "more than 100000 rows"},
		{
			"last row of the sheet, cells without r",
			sheet(`<row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row>` +
				`<row r="1048576"><c><v>0.1</v></c><c><v>7</v></c></row>`),
			Table{Header: []string{"a", "b"}, Rows: []TableRow{{1048576, map[string]string{"a": "0.1", "b": "7"}}}},
			"",
		},
	}
	for _, tt := range tests {
		start := time.Now()
		got, err := ReadXLSXTables(tt.data, "S")
		if tt.errText != "" {
			if err == nil || !strings.Contains(err.Error(), tt.errText) {
				t.Errorf("%s: error = %v, want one containing %q", tt.name, err, tt.errText)
			}
		} else if err != nil || !reflect.DeepEqual(got["S"], tt.want) {
			t.Errorf("%s:\n got %s, %v\nwant %s", tt.name, js(got["S"]), err, js(tt.want))
		}
		if d := time.Since(start); d > 3*slowdown*time.Second {
			t.Errorf("%s: took %v", tt.name, d)
		}
	}
}
