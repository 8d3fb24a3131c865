package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
)

// labelHeader is the header row of every labels.csv.
var labelHeader = []string{
	"file", "title_kk", "title_ru", "title_en",
	"author_kk", "author_ru", "author_en", "age",
	"technique_kk", "technique_ru", "technique_en",
	"club_kk", "club_ru", "club_en",
}

func writeLabels(dir, exhibition string, arts []artwork) error {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.Write(labelHeader); err != nil {
		return err
	}
	for _, a := range arts {
		if a.exhibition != exhibition || a.label == nil {
			continue
		}
		l := a.label
		row := []string{a.file}
		row = append(row, l.title[:]...)
		row = append(row, l.author[:]...)
		row = append(row, fmt.Sprint(l.age))
		row = append(row, l.technique[:]...)
		row = append(row, l.club[:]...)
		if err := w.Write(row); err != nil {
			return err
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "labels.csv"), buf.Bytes(), 0o644)
}
