package kiosk

import (
	"path"
	"strconv"
	"strings"

	"github.com/shygarmashylyq/kiosk/media"
)

// The content folder's contract with staff (README, "The content folder"):
// which file is what is decided here, by ClassifyPath, and nowhere else.

// The top-level folders and files of the content folder.
const (
	dirArtworks      = "artworks"
	dirAnnouncements = "announcements"
	dirClubs         = "clubs"
	dirMusic         = "music"
	configFile       = "kiosk.toml"
	labelsFile       = "labels.csv"
	musicReadme      = "README.txt" // the demo's note in music/, any case
)

// PathKind is what a file of the content folder is to the kiosk.
type PathKind uint8

const (
	// PathInvalid is not a clean slash path inside the folder: empty,
	// absolute, or with an empty, "." or ".." element. Never read.
	PathInvalid PathKind = iota
	// PathIgnored is a hidden, temporary, lock or system file, or anything
	// in such a folder (media.Ignored). Never looked at, never listed.
	PathIgnored
	PathConfig     // kiosk.toml at the top
	PathLabels     // labels.csv in artworks/ or one of its folders
	PathArtwork    // a picture under artworks/
	PathNotArtwork // any other file under artworks/: refused, not a picture
	// PathClubsTable is clubs/clubs.xlsx, clubs/clubs.csv or
	// clubs/timetable.csv (any case).
	PathClubsTable
	PathClubPhoto       // a picture under clubs/, named by club id
	PathTrack           // an .mp3 under music/
	PathNotTrack        // any other file under music/ but README.txt: refused, not music
	PathAnnouncement    // a .md, .txt or .markdown under announcements/
	PathPosterMeta      // a .yml or .yaml under announcements/: a poster's settings
	PathPoster          // a picture under announcements/
	PathNotAnnouncement // any other file under announcements/: refused
	// PathOutside is a picture or an .mp3 in no known folder: refused, with
	// where it goes.
	PathOutside
	// PathOther is any other file (a note beside the folders, a README in
	// music/, a stray file in clubs/): not content, only indexed.
	PathOther
)

var pathKindNames = [...]string{
	PathInvalid: "invalid", PathIgnored: "ignored", PathConfig: "config", PathLabels: "labels",
	PathArtwork: "artwork", PathNotArtwork: "not-artwork", PathClubsTable: "clubs-table",
	PathClubPhoto: "club-photo", PathTrack: "track", PathNotTrack: "not-track",
	PathAnnouncement: "announcement", PathPosterMeta: "poster-meta", PathPoster: "poster",
	PathNotAnnouncement: "not-announcement", PathOutside: "outside", PathOther: "other",
}

func (k PathKind) String() string {
	if int(k) < len(pathKindNames) {
		return pathKindNames[k]
	}
	return "PathKind(" + strconv.Itoa(int(k)) + ")"
}

var (
	imageExts = map[string]bool{".jpg": true, ".jpeg": true, ".png": true, ".webp": true, ".gif": true, ".heic": true, ".heif": true}
	textExts  = map[string]bool{".md": true, ".txt": true, ".markdown": true, ".docx": true}
	yamlExts  = map[string]bool{".yml": true, ".yaml": true}
)

// ClassifyPath says what the file at rel is, a slash path relative to the
// content folder, from its folder and name alone (it reads nothing). A
// folder's path is classified as a file's would be; only PathInvalid and
// PathIgnored mean anything for a folder (nothing under it is content).
func ClassifyPath(rel string) PathKind {
	if rel == "" {
		return PathInvalid
	}
	ignored := false
	for elem := range strings.SplitSeq(rel, "/") {
		switch elem {
		case "", ".", "..":
			return PathInvalid
		case dirArtworks, dirAnnouncements, dirClubs, dirMusic:
			// never ignored; the commonest folder names
		default:
			ignored = ignored || media.Ignored(elem)
		}
	}
	if ignored {
		return PathIgnored
	}
	if rel == configFile {
		return PathConfig
	}
	top, _, _ := strings.Cut(rel, "/")
	ext := strings.ToLower(path.Ext(rel))
	// A video clip goes wherever a picture does (artworks, announcements),
	// but is no club's photo.
	picture := imageExts[ext]
	image := picture || media.IsVideo(rel)
	switch top {
	case dirArtworks:
		switch {
		case path.Base(rel) == labelsFile:
			return PathLabels
		case image:
			return PathArtwork
		}
		return PathNotArtwork
	case dirMusic:
		switch {
		case ext == ".mp3":
			return PathTrack
		case strings.EqualFold(path.Base(rel), musicReadme):
			return PathOther
		}
		return PathNotTrack
	case dirAnnouncements:
		switch {
		case textExts[ext]:
			return PathAnnouncement
		case yamlExts[ext]:
			return PathPosterMeta
		case image:
			return PathPoster
		}
		return PathNotAnnouncement
	}
	if isClubsTable(rel) {
		return PathClubsTable
	}
	switch {
	case top == dirClubs && picture:
		return PathClubPhoto
	case top == dirClubs:
		return PathOther
	case image || ext == ".mp3":
		return PathOutside
	}
	return PathOther
}

// isClubsTable: the clubs files are known by their whole path, in any case
// ("Clubs/Clubs.xlsx" too); club photos only in clubs/ as written.
func isClubsTable(rel string) bool {
	switch strings.ToLower(rel) {
	case clubsXLSX, clubsCSV, timetableCSV:
		return true
	}
	return false
}
