package kiosk

import (
	"path"
	"strings"
	"testing"

	"github.com/shygarmashylyq/kiosk/media"
)

func TestClassifyPath(t *testing.T) {
	tests := []struct {
		rel  string
		want PathKind
	}{
		// Settings: only at the top, as written.
		{"kiosk.toml", PathConfig},
		{"Kiosk.toml", PathOther},
		{"artworks/kiosk.toml", PathNotArtwork},
		{"old/kiosk.toml", PathOther},

		// Artworks, in an exhibition folder, deeper, or directly in artworks/.
		{"artworks/Көктем 2026/Айгерім.jpg", PathArtwork},
		{"artworks/A/x.JPG", PathArtwork},
		{"artworks/A/x.Jpeg", PathArtwork},
		{"artworks/A/x.png", PathArtwork},
		{"artworks/A/x.webp", PathArtwork},
		{"artworks/A/x.gif", PathArtwork},
		{"artworks/A/B/C/x.jpg", PathArtwork},
		{"artworks/x.jpg", PathArtwork},
		{"artworks/A/x.bmp", PathNotArtwork},
		{"artworks/A/x.pdf", PathNotArtwork},
		{"artworks/A/jpg", PathNotArtwork},
		{"artworks/A/x.jpg.zip", PathNotArtwork},
		{"artworks", PathNotArtwork}, // a file where the folder should be
		{"Artworks/A/x.jpg", PathOutside},
		{`artworks\A\x.jpg`, PathOutside}, // a Windows path is one name here

		// labels.csv: its exact name, in artworks/ or any folder under it.
		{"artworks/A/labels.csv", PathLabels},
		{"artworks/labels.csv", PathLabels},
		{"artworks/A/B/labels.csv", PathLabels},
		{"artworks/A/Labels.csv", PathNotArtwork},
		{"artworks/A/labels.CSV", PathNotArtwork},
		{"artworks/A/other.csv", PathNotArtwork},
		{"labels.csv", PathOther},
		{"announcements/labels.csv", PathNotAnnouncement},

		// Announcements, posters and their settings.
		{"announcements/концерт.md", PathAnnouncement},
		{"announcements/концерт.kk.md", PathAnnouncement},
		{"announcements/a.TXT", PathAnnouncement},
		{"announcements/a.markdown", PathAnnouncement},
		{"announcements/old/a.md", PathAnnouncement},
		{"announcements/афиша.jpg", PathPoster},
		{"announcements/афиша.PNG", PathPoster},
		{"announcements/афиша.yml", PathPosterMeta},
		{"announcements/афиша.YAML", PathPosterMeta},
		{"announcements/lone.yml", PathPosterMeta}, // with no poster beside it too
		{"announcements/a.docx", PathAnnouncement}, // a Word document is read as an announcement
		{"announcements/a.doc", PathNotAnnouncement},
		{"announcements/a.mp3", PathNotAnnouncement},
		{"announcements", PathNotAnnouncement},
		{"Announcements/a.md", PathOther},
		{"Announcements/a.jpg", PathOutside},

		// Clubs: the tables by whole path in any case, photos in clubs/.
		{"clubs/clubs.xlsx", PathClubsTable},
		{"clubs/clubs.csv", PathClubsTable},
		{"clubs/timetable.csv", PathClubsTable},
		{"clubs/Clubs.XLSX", PathClubsTable},
		{"Clubs/clubs.xlsx", PathClubsTable},
		{"CLUBS/TIMETABLE.CSV", PathClubsTable},
		{"clubs/old/clubs.csv", PathOther},
		{"clubs/robotics.jpg", PathClubPhoto},
		{"clubs/Robotics.PNG", PathClubPhoto},
		{"clubs/old/robotics.jpg", PathClubPhoto},
		{"Clubs/robotics.jpg", PathOutside},
		{"clubs/notes.txt", PathOther},
		{"clubs/song.mp3", PathOther},
		{"clubs/clubs.ods", PathOther},
		{"clubs", PathOther},

		// Music.
		{"music/әуен.mp3", PathTrack},
		{"music/a.MP3", PathTrack},
		{"music/album/a.mp3", PathTrack},
		{"music/a.wav", PathNotTrack},
		{"music/a.jpg", PathNotTrack},
		{"music/README.txt", PathOther},
		{"music/readme.TXT", PathOther},
		{"music/album/README.txt", PathOther},
		{"music/notes.txt", PathNotTrack},
		{"music", PathNotTrack},
		{"Music/a.mp3", PathOutside},

		// Outside the known folders: pictures and songs are refused with
		// where they go, other files are not content.
		{"photo.jpg", PathOutside},
		{"Фото/сурет.jpeg", PathOutside},
		{"song.mp3", PathOutside},
		{"Desktop/a/b.png", PathOutside},
		{"notes.txt", PathOther},
		{"README.md", PathOther},
		{"a.yml", PathOther},

		// Ignored anywhere in the path: hidden, temporary, lock, system.
		{".DS_Store", PathIgnored},
		{"artworks/A/.hidden.jpg", PathIgnored},
		{"artworks/A/._x.jpg", PathIgnored},
		{"artworks/.git/x.jpg", PathIgnored},
		{".stversions/artworks/A/x.jpg", PathIgnored},
		{"artworks/A/x.jpg.part", PathIgnored},
		{"artworks/A/x.jpg.crdownload", PathIgnored},
		{"artworks/A/x.tmp", PathIgnored},
		{"artworks/A/x.jpg~", PathIgnored},
		{"clubs/~$clubs.xlsx", PathIgnored},
		{"announcements/~$a.docx", PathIgnored},
		{"artworks/A/~syncthing~x.jpg.tmp", PathIgnored},
		{"artworks/A/x.sync-conflict-20240102-150405-ABC.jpg", PathIgnored},
		{"artworks/A/Thumbs.db", PathIgnored},
		{"artworks/A/desktop.ini", PathIgnored},
		{"$RECYCLE.BIN/x.jpg", PathIgnored},
		{"System Volume Information/x.jpg", PathIgnored},

		// Not a clean path inside the folder.
		{"", PathInvalid},
		{".", PathInvalid},
		{"/artworks/A/x.jpg", PathInvalid},
		{"../artworks/A/x.jpg", PathInvalid},
		{"artworks/../../x.jpg", PathInvalid},
		{"artworks/A/..", PathInvalid},
		{"..", PathInvalid},
		{"./artworks/A/x.jpg", PathInvalid},
		{"artworks//x.jpg", PathInvalid},
		{"artworks/A/", PathInvalid},
	}
	for _, tt := range tests {
		if got := ClassifyPath(tt.rel); got != tt.want {
			t.Errorf("ClassifyPath(%q) = %v, want %v", tt.rel, got, tt.want)
		}
	}
}

func TestPathKindString(t *testing.T) {
	seen := map[string]bool{}
	for k := PathInvalid; k <= PathOther; k++ {
		s := k.String()
		if s == "" || strings.HasPrefix(s, "PathKind(") || seen[s] {
			t.Errorf("PathKind %d has name %q", k, s)
		}
		seen[s] = true
	}
	if s := (PathOther + 1).String(); s != "PathKind(16)" {
		t.Errorf("an unknown kind is named %q", s)
	}
}

func FuzzClassifyPath(f *testing.F) {
	for _, s := range []string{
		"kiosk.toml", "artworks/A/x.jpg", "artworks/A/labels.csv", "announcements/a.kk.md",
		"announcements/a.yml", "announcements/a.png", "clubs/clubs.xlsx", "clubs/x.jpg",
		"music/a.mp3", "photo.jpg", "notes.txt", ".DS_Store", "a/../b", "/abs", "", `C:\x.jpg`,
		"artworks/Көктем/Айгерім.JPG", "artworks/a\x00b.jpg", "artworks/\xff.jpg",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, rel string) {
		got := ClassifyPath(rel)
		if again := ClassifyPath(rel); again != got {
			t.Fatalf("ClassifyPath(%q) = %v, then %v", rel, got, again)
		}
		if got > PathOther {
			t.Fatalf("ClassifyPath(%q) = %v, no such kind", rel, got)
		}
		escapes := rel == "" || path.IsAbs(rel)
		for _, elem := range strings.Split(rel, "/") {
			escapes = escapes || elem == ".."
		}
		if escapes && got != PathInvalid {
			t.Fatalf("ClassifyPath(%q) = %v, want invalid: not inside the folder", rel, got)
		}
		if got != PathInvalid && path.Clean(rel) != rel {
			t.Fatalf("ClassifyPath(%q) = %v for a path that is not clean", rel, got)
		}
		// What is under an ignored folder is ignored too.
		if got == PathIgnored {
			if sub := ClassifyPath(rel + "/x.jpg"); sub != PathIgnored {
				t.Fatalf("ClassifyPath(%q) = %v under an ignored path", rel+"/x.jpg", sub)
			}
		}
	})
}

func BenchmarkClassifyPath(b *testing.B) {
	paths := []string{"artworks/Көктем 2026/IMG_0001.JPG", "announcements/concert.kk.md",
		"music/Әуен.mp3", "clubs/clubs.xlsx", "artworks/A/labels.csv"}
	for i := 0; b.Loop(); i++ {
		ClassifyPath(paths[i%len(paths)])
	}
}

func BenchmarkIgnoredName(b *testing.B) { // what the walk asked per file before ClassifyPath
	names := []string{"IMG_0001.JPG", "concert.kk.md", "Әуен.mp3", "clubs.xlsx", "labels.csv"}
	for i := 0; b.Loop(); i++ {
		media.Ignored(names[i%len(names)])
	}
}
