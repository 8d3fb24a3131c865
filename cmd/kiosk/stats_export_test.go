package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/shygarmashylyq/kiosk/kiosk"
)

var statRows = []kiosk.StatRow{
	{Date: "2026-12-03", Kind: "artwork", Source: "artworks/Күз/а.jpg", Title: "Алтын күз", Exhibition: "Күз", Plays: 3, Seconds: 30.5},
	{Date: "total", Kind: "club", ID: "robo", Title: "Робототехника", Touches: 2},
}

func TestStatsCSVForExcel(t *testing.T) {
	var b strings.Builder
	if err := writeStatsCSV(&b, statRows, false); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.HasPrefix(out, "\uFEFFdate,kind,") || !strings.Contains(out, "2026-12-03,artwork,,artworks/Күз/а.jpg,Алтын күз,Күз,3,30.5,0\r\n") {
		t.Errorf("--csv:\n%q", out)
	}
	b.Reset()
	if err := writeStatsCSV(&b, statRows, true); err != nil {
		t.Fatal(err)
	}
	out = b.String()
	if !strings.HasPrefix(out, "\uFEFFdate;kind;") || !strings.Contains(out, "2026-12-03;artwork;;artworks/Күз/а.jpg;Алтын күз;Күз;3;30,5;0\r\n") {
		t.Errorf("--csv-excel:\n%q", out)
	}
}

func TestStatsXLSX(t *testing.T) {
	p := filepath.Join(t.TempDir(), "stats.xlsx")
	if err := writeStatsXLSX(p, statRows); err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows, err := x.GetRows("Stats")
	if err != nil || len(rows) != 3 {
		t.Fatalf("rows %v, %v", rows, err)
	}
	if strings.Join(rows[0], ",") != strings.Join(statsHeader, ",") {
		t.Errorf("header %v", rows[0])
	}
	if rows[1][0] != "2026-12-03" || rows[1][4] != "Алтын күз" || rows[1][7] != "30.5" || rows[2][0] != "total" {
		t.Errorf("rows %v", rows[1:])
	}
	// The day is a date cell (a serial number), so Excel sorts and filters it as a date.
	if raw, _ := x.GetCellValue("Stats", "A2", excelize.Options{RawCellValue: true}); raw != "46359" {
		t.Errorf("A2 raw value %q, want the date serial 46359", raw)
	}
	if typ, _ := x.GetCellType("Stats", "G2"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("plays cell type %v, want a number", typ)
	}
}
