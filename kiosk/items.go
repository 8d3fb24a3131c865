package kiosk

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// Kind is what sort of slide or sound an item is.
type Kind string

// The kinds of item.
const (
	KindArtwork      Kind = "artwork"      // a picture in artworks/<exhibition>/
	KindAnnouncement Kind = "announcement" // a text in announcements/
	KindPoster       Kind = "poster"       // a picture in announcements/
	KindTimetable    Kind = "timetable"    // today's clubs, made from clubs/
	KindTrack        Kind = "track"        // an MP3 in music/
	// KindVideo is how `kiosk playlist` names a video clip. It is never
	// stored: a clip's item is an artwork or a poster, as its folder says,
	// with Meta.Video set, so consent, exhibitions and the mix apply to it
	// as to a picture there.
	KindVideo Kind = "video"
)

// Item is one entry of the playlist.
type Item struct {
	ID       int64
	Kind     Kind
	Source   string // slash path relative to the content folder
	Hash     string
	Title    slides.Text
	Meta     Meta
	Width    int // upright pixels, images only
	Height   int
	Duration time.Duration // 0: the kind's default
	Enabled  bool
	Order    int
	Schedule slides.Schedule
	Priority slides.Priority
	// MissingAt is when the file was first found missing (within the grace
	// period it still plays); GoneAt when it left the rotation.
	MissingAt, GoneAt time.Time
}

// Meta holds what an item's kind adds to it.
type Meta struct {
	Exhibition string      `json:"exhibition,omitempty"`
	Author     slides.Text `json:"author,omitempty"`
	Age        string      `json:"age,omitempty"`
	Technique  slides.Text `json:"technique,omitempty"`
	Club       slides.Text `json:"club,omitempty"`
	Body       slides.Text `json:"body,omitempty"` // markdown, announcements
	QR         string      `json:"qr,omitempty"`
	Files      []string    `json:"files,omitempty"` // every file an item is made of
	// Consent is what labels.csv says a parent allowed (artworks; nil when
	// its rows say nothing of it).
	Consent *slides.Consent `json:"consent,omitempty"`
	// Names is the name policy Author was written under (see AuthorShown).
	Names slides.NamePolicy `json:"names,omitempty"`
	// Video is set when the artwork or poster is a video clip.
	Video *VideoMeta `json:"video,omitempty"`
}

// VideoMeta is what a video clip's item knows of the clip (from its probe
// at ingest, and its labels row or NAME.yml).
type VideoMeta struct {
	Codec      string  `json:"codec"`       // as staff know it: "H.264", "VP9"
	DurationMS int64   `json:"duration_ms"` // the whole clip
	FPS        float64 `json:"fps"`
	Frames     int     `json:"frames"`
	Rotation   int     `json:"rotation,omitempty"` // degrees turned to be upright
	HasAudio   bool    `json:"has_audio,omitempty"`
	Sound      bool    `json:"sound,omitempty"` // its own sound is heard (labels/yml "sound")
	Interlaced bool    `json:"interlaced,omitempty"`
	// Load is the CPU seconds a second of it took to decode at ingest.
	Load float64 `json:"load,omitempty"`
}

// Length is the whole clip's length.
func (v *VideoMeta) Length() time.Duration { return time.Duration(v.DurationMS) * time.Millisecond }

// IsVideo reports whether the item is a video clip.
func (it Item) IsVideo() bool { return it.Meta.Video != nil }

// Live reports whether the item's file is in the folder (or only briefly
// missing, within the grace period).
func (it Item) Live() bool { return it.GoneAt.IsZero() }

func formatHours(rs []slides.TimeRange) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = r.Start.String() + "-" + r.End.String()
	}
	return strings.Join(parts, ",")
}

func parseHours(s string) []slides.TimeRange {
	var rs []slides.TimeRange
	for _, part := range strings.Split(s, ",") {
		a, b, ok := strings.Cut(part, "-")
		if !ok {
			continue
		}
		start, err1 := slides.ParseClock(a)
		end, err2 := slides.ParseClock(b)
		if err1 == nil && err2 == nil {
			rs = append(rs, slides.TimeRange{Start: start, End: end})
		}
	}
	return rs
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only our own plain structs are marshalled
	}
	return string(b)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
