package media

import "testing"

func TestIgnored(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		// Content.
		{"photo.jpg", false},
		{"Poster.PNG", false},
		{"clip.mp4", false},
		{"Music", false},
		{"tmp", false},
		{"part-1.jpg", false},
		{"report~final.pdf", false},
		{"a$b.jpg", false},
		{"", false},

		// Hidden, including Syncthing's and macOS' own files.
		{".hidden.jpg", true},
		{".stfolder", true},
		{".stversions", true},
		{".stignore", true},
		{".syncthing.a.jpg.tmp", true},
		{".DS_Store", true},
		{"._photo.jpg", true},
		{".", true},

		// Partial downloads and copies, in any case.
		{"x.part", true},
		{"X.PART", true},
		{"movie.mp4.crdownload", true},
		{"a.jpg.tmp", true},
		{"A.TMP", true},
		{"a.jpg.download", true},
		{"a.jpg.partial", true},
		{"notes.txt~", true},
		{"~syncthing~a.jpg.tmp", true},
		{"~SYNCTHING~a.jpg", true},

		// Office lock files and sync conflicts.
		{"~$book.xlsx", true},
		{"a.sync-conflict-20240102-150405-ABCDEFG.jpg", true},
		{"a.SYNC-CONFLICT-20240102-150405-ABCDEFG.jpg", true},

		// Windows clutter, in any case.
		{"Thumbs.db", true},
		{"thumbs.db", true},
		{"THUMBS.DB", true},
		{"desktop.ini", true},
		{"Desktop.ini", true},
		{"ehthumbs.db", true},
		{"$RECYCLE.BIN", true},
		{"System Volume Information", true},
	}
	for _, tt := range tests {
		if got := Ignored(tt.name); got != tt.want {
			t.Errorf("Ignored(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestIgnoredPath(t *testing.T) {
	tests := []struct {
		rel  string
		want bool
	}{
		{"a.jpg", false},
		{"trip/day1/a.jpg", false},
		{".stversions/a.jpg", true},
		{"trip/.DS_Store", true},
		{"trip/x.part", true},
		{"$RECYCLE.BIN/S-1-5/a.jpg", true},
	}
	for _, tt := range tests {
		if got := ignoredPath(tt.rel); got != tt.want {
			t.Errorf("ignoredPath(%q) = %v, want %v", tt.rel, got, tt.want)
		}
	}
}

func FuzzIgnored(f *testing.F) {
	for _, s := range []string{"a.jpg", "x.part", "~$b.xlsx", "Thumbs.db", ".x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		got := Ignored(name)
		if name != "" && name[0] == '.' && !got {
			t.Errorf("Ignored(%q) = false for a hidden name", name)
		}
		// Appending a partial-download suffix always makes a name ignored.
		if !Ignored(name + ".part") {
			t.Errorf("Ignored(%q) = false", name+".part")
		}
	})
}
