package slides

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// The workbook is scanned here, streaming, before excelize reads a sheet:
// that finds which cells are numbers and which of those have a date or time
// format, and it refuses sheets that would make excelize allocate far more
// than the file's size (a value in column XFD of every row, for example).

// workbook is an opened .xlsx: excelize for values, the zip for scanning.
type workbook struct {
	f     *excelize.File
	parts map[string]*zip.File // by lower-cased path with forward slashes
	kinds map[int]numKind      // number kind of each cell style
}

// part returns the zip file at p (matched ignoring case), or nil.
func (wb *workbook) part(p string) *zip.File {
	return wb.parts[strings.ToLower(strings.TrimPrefix(p, "/"))]
}

// decodePart decodes a small XML part into v.
func (wb *workbook) decodePart(p string, v any) error {
	zf := wb.part(p)
	if zf == nil {
		return errors.New("missing part " + p)
	}
	rc, err := zf.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	return xml.NewDecoder(io.LimitReader(rc, MaxXLSXPart)).Decode(v)
}

// xmlRels is a relationships part.
type xmlRels struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

// sheetPath finds the zip path of the sheet named name (as excelize lists
// it) through the package and workbook relationships.
func (wb *workbook) sheetPath(name string) (string, error) {
	wbPath := "xl/workbook.xml"
	var root xmlRels
	if wb.decodePart("_rels/.rels", &root) == nil {
		for _, r := range root.Rels {
			if strings.HasSuffix(r.Type, "/officeDocument") {
				wbPath = strings.TrimPrefix(r.Target, "/")
			}
		}
	}
	var book struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := wb.decodePart(wbPath, &book); err != nil {
		return "", err
	}
	var rels xmlRels
	dir := path.Dir(wbPath)
	if err := wb.decodePart(path.Join(dir, "_rels", path.Base(wbPath)+".rels"), &rels); err != nil {
		return "", err
	}
	for _, s := range book.Sheets {
		if s.Name != name {
			continue
		}
		for _, r := range rels.Rels {
			if r.ID != s.ID {
				continue
			}
			if strings.HasPrefix(r.Target, "/") {
				return strings.TrimPrefix(r.Target, "/"), nil
			}
			return path.Join(dir, r.Target), nil
		}
	}
	return "", errors.New("no part for sheet " + name)
}

// sheetScan is what scanSheet learns about a sheet.
type sheetScan struct {
	// numbers maps cellKey of every cell stored as a number to its kind.
	numbers map[uint64]numKind
}

// cellKey packs a cell position.
func cellKey(col, row int) uint64 { return uint64(row)<<16 | uint64(col) }

// scanSheet streams the sheet part at p. It records the number cells and
// their kinds, and refuses sheets with a value beyond MaxColumns or more
// than MaxRows+1 rows with values.
func (wb *workbook) scanSheet(p string) (sheetScan, error) {
	sc := sheetScan{numbers: map[uint64]numKind{}}
	zf := wb.part(p)
	if zf == nil {
		return sc, errors.New("missing part " + p)
	}
	rc, err := zf.Open()
	if err != nil {
		return sc, err
	}
	defer rc.Close()
	d := xml.NewDecoder(io.LimitReader(rc, MaxXLSXPart))
	var (
		row, col, rows int
		inCell, valued bool
		cellType       string
		style          int
		rowValued      bool
	)
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return sc, nil
		}
		if err != nil {
			return sc, err
		}
		switch el := tok.(type) {
		case xml.StartElement:
			switch el.Name.Local {
			case "row":
				row++
				if n, err := strconv.Atoi(attr(el, "r")); err == nil && n > 0 {
					row = n
				}
				col, rowValued = 0, false
			case "c":
				col++
				if c, r, err := excelize.CellNameToCoordinates(attr(el, "r")); err == nil {
					col = c
					if row == 0 {
						row = r
					}
				}
				style, _ = strconv.Atoi(attr(el, "s"))
				cellType, inCell, valued = attr(el, "t"), true, false
			case "v", "is", "f":
				valued = valued || inCell
			}
		case xml.EndElement:
			if el.Name.Local != "c" || !inCell {
				continue
			}
			inCell = false
			if !valued {
				continue
			}
			if col > MaxColumns {
				return sc, rowErr(row, "1000-нан артық баған бар", "больше 1000 столбцов", "more than 1000 columns")
			}
			if !rowValued {
				rowValued = true
				if rows++; rows > MaxRows+1 {
					return sc, errTooManyRows
				}
			}
			if cellType == "" || cellType == "n" {
				sc.numbers[cellKey(col, row)] = wb.styleKind(style)
			}
		}
	}
}

// attr returns the value of the attribute with the given local name.
func attr(el xml.StartElement, name string) string {
	for _, a := range el.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// styleKind tells what a cell style's number format makes of a number.
func (wb *workbook) styleKind(idx int) (kind numKind) {
	if k, ok := wb.kinds[idx]; ok {
		return k
	}
	defer func() {
		if recover() != nil { // a damaged style sheet: treat as a plain number
			kind = kindNumber
		}
		wb.kinds[idx] = kind
	}()
	st, err := wb.f.GetStyle(idx)
	if err != nil || st == nil {
		return kindNumber
	}
	code := ""
	if st.CustomNumFmt != nil {
		code = *st.CustomNumFmt
	}
	return classifyNumFmt(st.NumFmt, code)
}
