package slides

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"
	"time"
	"unicode/utf8"
)

// The fuzz targets start from the same real-world inputs as the table
// tests. They check that nothing panics, that results stay within the
// documented limits, and that every input is handled quickly.

// quick fails the fuzz run when one input takes too long.
func quick(t *testing.T, start time.Time) {
	t.Helper()
	if d := time.Since(start); d > 2*slowdown*time.Second {
		t.Errorf("took %v", d)
	}
}

func FuzzReadTable(f *testing.F) {
	for _, tt := range readTableTests {
		if len(tt.in) < 64<<10 {
			f.Add(tt.in)
		}
	}
	f.Add(clubsCSV)
	f.Add(timetableCSV)
	f.Fuzz(func(t *testing.T, data []byte) {
		defer quick(t, time.Now())
		tab, err := ReadTable(data)
		if err != nil {
			if _, ok := err.(RowError); !ok {
				t.Errorf("error %T is not a RowError: %v", err, err)
			}
			return
		}
		if len(tab.Header) > MaxColumns || len(tab.Rows) > MaxRows {
			t.Errorf("limits exceeded: %d columns, %d rows", len(tab.Header), len(tab.Rows))
		}
		last := 0
		for _, r := range tab.Rows {
			if r.Line <= last {
				t.Errorf("line numbers not increasing: %d after %d", r.Line, last)
			}
			last = r.Line
			for h, c := range r.Cells {
				if !utf8.ValidString(h) || !utf8.ValidString(c) {
					t.Errorf("invalid UTF-8 in %q: %q", h, c)
				}
			}
		}
	})
}

func FuzzParseLabels(f *testing.F) {
	for _, tt := range parseLabelsTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		defer quick(t, time.Now())
		labels, problems, err := ParseLabels(data)
		if err != nil {
			return
		}
		for k, l := range labels {
			if k == "" || k != LabelKey(k) || l.File != k {
				t.Errorf("bad key %q for label %q", k, l.File)
			}
		}
		for _, p := range problems {
			if p.Row <= 0 || p.Reason.IsEmpty() {
				t.Errorf("problem without row or reason: %#v", p)
			}
		}
	})
}

func FuzzParseAnnouncement(f *testing.F) {
	for _, tt := range parseAnnouncementTests {
		if len(tt.in) < 64<<10 {
			f.Add([]byte(tt.in), string(tt.lang))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, lang string) {
		defer quick(t, time.Now())
		a, err := ParseAnnouncement(data, Lang(lang))
		if err != nil {
			return
		}
		if a.Priority < Normal || a.Priority > Urgent || a.Duration < 0 || a.Duration > maxDuration {
			t.Errorf("out of range: %+v", a)
		}
		for _, r := range a.Schedule.Hours {
			if r.Start < 0 || r.Start >= 1440 || r.End < 0 || r.End > 1440 || r.Start == r.End {
				t.Errorf("bad hours %v", r)
			}
		}
		a.Schedule.ActiveAt(time.Date(2025, 1, 10, 12, 0, 0, 0, time.UTC))
		if _, err := ParsePosterMeta(data); err != nil {
			return
		}
	})
}

func FuzzParseClubsCSV(f *testing.F) {
	for _, tt := range parseClubsCSVTests {
		f.Add(tt.clubs, tt.timetab)
	}
	f.Fuzz(func(t *testing.T, clubs, timetable []byte) {
		defer quick(t, time.Now())
		list, _, err := ParseClubsCSV(clubs, timetable)
		if err != nil {
			return
		}
		checkClubs(t, list)
	})
}

// xlsxParts are the workbook parts FuzzParseClubsXLSX rewrites.
var xlsxParts = []string{"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/styles.xml", "xl/sharedStrings.xml", "xl/workbook.xml"}

// FuzzParseClubsXLSX fuzzes whole files (data, when which >= 128 or content
// is empty) and, because a mutated zip mostly fails its checksum, good
// workbooks with one part (a sheet, the styles, the shared strings; chosen
// by which) replaced by content.
func FuzzParseClubsXLSX(f *testing.F) {
	bases := [][]byte{clubsXLSX, mustXLSX([]string{"Кружки", "Кесте"}, map[string][][]any{
		"Кружки": {{"id", "name"}, {1, "x"}},
		"Кесте":  {{"club_id", "day", "start", "end"}, {1, "Жм", timeCell(0.5), xlsxCell{v: 0.55, fmtStr: "[h]:mm"}}},
	})}
	for b, wb := range bases {
		for p, part := range xlsxParts {
			f.Add(wb, uint8(b*len(xlsxParts)+p), zipPart(wb, part))
		}
	}
	f.Add(clubsXLSX, uint8(128), []byte(nil))
	f.Add([]byte("PK\x03\x04"), uint8(128), []byte(nil))
	f.Fuzz(func(t *testing.T, data []byte, which uint8, content []byte) {
		defer quick(t, time.Now())
		if which >= 128 || len(content) == 0 {
			if list, _, err := ParseClubsXLSX(data); err == nil {
				checkClubs(t, list)
			}
			return
		}
		base := bases[int(which)/len(xlsxParts)%len(bases)]
		re, ok := rezip(base, xlsxParts[int(which)%len(xlsxParts)], content)
		if !ok {
			t.Fatal("rezip failed on a good workbook")
		}
		if list, _, err := ParseClubsXLSX(re); err == nil {
			checkClubs(t, list)
		}
	})
}

// zipPart returns the content of one file in a zip, or nil.
func zipPart(data []byte, name string) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil
	}
	for _, zf := range zr.File {
		if zf.Name == name {
			rc, err := zf.Open()
			if err != nil {
				return nil
			}
			defer rc.Close()
			b, _ := io.ReadAll(io.LimitReader(rc, 1<<20))
			return b
		}
	}
	return nil
}

// rezip copies a zip, replacing (or adding) the file name with content.
func rezip(data []byte, name string, content []byte) ([]byte, bool) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil || len(zr.File) > 50 {
		return nil, false
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, zf := range zr.File {
		if zf.Name == name {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			return nil, false
		}
		w, _ := zw.Create(zf.Name)
		_, err = io.Copy(w, io.LimitReader(rc, 1<<20))
		rc.Close()
		if err != nil {
			return nil, false
		}
	}
	w, _ := zw.Create(name)
	w.Write(content)
	if zw.Close() != nil {
		return nil, false
	}
	return buf.Bytes(), true
}

// checkClubs checks the invariants of parsed clubs.
func checkClubs(t *testing.T, list []Club) {
	t.Helper()
	for _, c := range list {
		if c.ID == "" || (c.AgeFrom > 0 && c.AgeTo > 0 && c.AgeFrom > c.AgeTo) {
			t.Errorf("bad club %+v", c)
		}
		for i, s := range c.Sessions {
			if s.Day < 1 || s.Day > 7 || s.End <= s.Start || s.End > 1440 {
				t.Errorf("bad session %+v", s)
			}
			if i > 0 && (s.Day < c.Sessions[i-1].Day || (s.Day == c.Sessions[i-1].Day && s.Start < c.Sessions[i-1].Start)) {
				t.Errorf("sessions not sorted: %+v", c.Sessions)
			}
		}
	}
}
