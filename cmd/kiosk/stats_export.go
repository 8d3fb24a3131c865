package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/shygarmashylyq/kiosk/kiosk"
)

// Proof of play for Excel and LibreOffice: `stats --csv` is UTF-8 with a
// byte order mark (without it Excel reads UTF-8 as the locale's code page
// and Kazakh titles come out garbled), `--csv-excel` uses ";" and a decimal
// comma as a Russian-locale Excel expects, and `--xlsx FILE` writes a
// workbook with the same columns, dates as date cells.

var statsHeader = []string{"date", "kind", "id", "source", "title", "exhibition", "plays", "seconds", "touches"}

// writeStatsCSV writes rows as CSV with a byte order mark; with excel, the
// separator is ";" and seconds have a decimal comma.
func writeStatsCSV(out io.Writer, rows []kiosk.StatRow, excel bool) error {
	if _, err := io.WriteString(out, "\uFEFF"); err != nil {
		return err
	}
	w := csv.NewWriter(out)
	w.UseCRLF = true // as Excel writes it; LibreOffice reads either
	secs := func(s float64) string { return strconv.FormatFloat(s, 'f', 1, 64) }
	if excel {
		w.Comma = ';'
		secs = func(s float64) string { return strings.Replace(strconv.FormatFloat(s, 'f', 1, 64), ".", ",", 1) }
	}
	w.Write(statsHeader)
	for _, r := range rows {
		w.Write([]string{r.Date, r.Kind, r.ID, r.Source, r.Title, r.Exhibition, strconv.Itoa(r.Plays),
			secs(r.Seconds), strconv.Itoa(r.Touches)})
	}
	w.Flush()
	return w.Error()
}

// writeStatsXLSX writes rows as a workbook with one sheet, "Stats": days as
// date cells, counts and seconds as numbers, the header row frozen.
func writeStatsXLSX(path string, rows []kiosk.StatRow) error {
	x := excelize.NewFile()
	defer x.Close()
	const sheet = "Stats"
	if err := x.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	dateStyle, err := x.NewStyle(&excelize.Style{NumFmt: 14, CustomNumFmt: ptr("yyyy-mm-dd")})
	if err != nil {
		return err
	}
	bold, err := x.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	head := make([]any, len(statsHeader))
	for i, h := range statsHeader {
		head[i] = h
	}
	if err := x.SetSheetRow(sheet, "A1", &head); err != nil {
		return err
	}
	x.SetRowStyle(sheet, 1, 1, bold)
	for i, r := range rows {
		var date any = r.Date
		if d, err := time.Parse("2006-01-02", r.Date); err == nil {
			date = d
		}
		cell := fmt.Sprintf("A%d", i+2)
		row := []any{date, r.Kind, r.ID, r.Source, r.Title, r.Exhibition, r.Plays, r.Seconds, r.Touches}
		if err := x.SetSheetRow(sheet, cell, &row); err != nil {
			return err
		}
		if _, ok := date.(time.Time); ok {
			x.SetCellStyle(sheet, cell, cell, dateStyle)
		}
	}
	x.SetColWidth(sheet, "A", "A", 12)
	x.SetColWidth(sheet, "D", "F", 32)
	x.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
	if err := x.SaveAs(path); err != nil {
		return fmt.Errorf("stats --xlsx: %w", err)
	}
	return nil
}

func ptr[T any](v T) *T { return &v }
