package kiosk

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/shygarmashylyq/kiosk/slides"
)

// PlaylistEntry is one item as `kiosk playlist --json` gives it. The JSON
// names are stable.
type PlaylistEntry struct {
	ID         int64       `json:"id"`
	Kind       Kind        `json:"kind"`
	Source     string      `json:"source"`
	Title      slides.Text `json:"title"`
	DurationS  float64     `json:"duration_s"`
	Active     bool        `json:"active"`
	Enabled    bool        `json:"enabled"`
	Width      int         `json:"width,omitempty"`
	Height     int         `json:"height,omitempty"`
	Exhibition string      `json:"exhibition,omitempty"`
	Author     slides.Text `json:"author,omitempty"`
	Age        string      `json:"age,omitempty"`
	Technique  slides.Text `json:"technique,omitempty"`
	Club       slides.Text `json:"club,omitempty"`
	Priority   string      `json:"priority,omitempty"`
	From       string      `json:"from,omitempty"`
	Until      string      `json:"until,omitempty"`
	Days       string      `json:"days,omitempty"`
	Hours      string      `json:"hours,omitempty"`
	QR         string      `json:"qr,omitempty"`
	// SessionsLeft is, for the timetable, how many of the day's sessions have
	// not ended at the playlist's time; with none it is not active.
	SessionsLeft *int `json:"sessions_left,omitempty"`
	// ConsentUntil is an artwork's last day of consent; Withheld says why
	// what parents allowed keeps it off the screen at the playlist's time.
	ConsentUntil string       `json:"consent_until,omitempty"`
	Withheld     WithheldCode `json:"withheld,omitempty"`
	// A video clip's Kind is "video"; Placed says where it plays (artwork:
	// in an exhibition, with its label; poster: among the announcements),
	// and Video what the clip is. Width and Height are as shown (a phone
	// clip's rotation applied), DurationS how long it plays.
	Placed Kind        `json:"placed_as,omitempty"`
	Video  *VideoEntry `json:"video,omitempty"`
}

// VideoEntry is a clip in `kiosk playlist --json`.
type VideoEntry struct {
	Codec   string  `json:"codec"`
	ClipS   float64 `json:"clip_s"` // the whole clip; duration_s may cut it shorter
	FPS     float64 `json:"fps"`
	Frames  int     `json:"frames"`
	Rotated int     `json:"rotated,omitempty"` // degrees it is turned to be upright
	Sound   bool    `json:"sound"`             // its own sound is heard
}

// Playlist is `kiosk playlist --json`.
type Playlist struct {
	At       time.Time       `json:"at"`
	Timezone string          `json:"timezone"`
	Items    []PlaylistEntry `json:"items"`
	// Display is the screen's state at At by the opening hours, when
	// kiosk.toml has [hours].
	Display *DisplayStatus `json:"display,omitempty"`
}

var priorityNames = map[slides.Priority]string{slides.Normal: "normal", slides.High: "high", slides.Urgent: "urgent"}

// BuildPlaylist lists the live items and whether each is active at t.
func BuildPlaylist(ctx context.Context, s *Store, cfg Config, t time.Time) (Playlist, error) {
	loc, err := cfg.Location()
	if err != nil {
		loc = time.Local
	}
	t = t.In(loc)
	items, err := s.Items(ctx)
	if err != nil {
		return Playlist{}, err
	}
	p := Playlist{At: t, Timezone: loc.String(), Items: []PlaylistEntry{}}
	for _, it := range items {
		dur := cfg.Duration(it)
		active := Showable(it, t)
		why, held := Withheld(it, t, cfg.Privacy)
		active = active && !held
		var left *int
		switch it.Kind {
		case KindTrack:
			dur, active = it.Duration, it.Enabled
		case KindTimetable:
			// As the show does: a day with nothing left on it has no slide.
			clubs, err := s.Clubs(ctx)
			if err != nil {
				return Playlist{}, err
			}
			n := 0
			for _, page := range TodayTimetable(clubs, t, 0) {
				n += len(page.Rows)
			}
			left, active = &n, active && n > 0
		}
		p.Items = append(p.Items, PlaylistEntry{SessionsLeft: left,
			ID: it.ID, Kind: it.Kind, Source: it.Source, Title: orEmpty(it.Title),
			DurationS: dur.Seconds(), Active: active, Enabled: it.Enabled,
			Width: it.Width, Height: it.Height, Exhibition: it.Meta.Exhibition,
			Author: AuthorShown(it), Age: it.Meta.Age, Technique: it.Meta.Technique, Club: it.Meta.Club,
			Priority: priorityNames[it.Priority], From: it.Schedule.From, Until: it.Schedule.Until,
			Days: daysString(it.Schedule.Days), Hours: formatHours(it.Schedule.Hours), QR: it.Meta.QR,
			ConsentUntil: consentUntil(it), Withheld: why.Code,
		})
		if v := it.Meta.Video; v != nil {
			e := &p.Items[len(p.Items)-1]
			e.Kind, e.Placed = KindVideo, it.Kind
			e.Video = &VideoEntry{Codec: v.Codec, ClipS: v.Length().Seconds(), FPS: v.FPS, Frames: v.Frames,
				Rotated: v.Rotation, Sound: v.Sound}
		}
	}
	return p, nil
}

func orEmpty(t slides.Text) slides.Text {
	if t == nil {
		return slides.Text{}
	}
	return t
}

func daysString(w slides.Weekdays) string {
	if w == 0 {
		return ""
	}
	names := []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	s := ""
	for i, n := range names {
		if w&(1<<i) != 0 {
			if s != "" {
				s += ","
			}
			s += n
		}
	}
	return s
}

// RefusedFile is a file that was not taken, as `kiosk status --json` gives it.
type RefusedFile struct {
	Source     string      `json:"source"`
	Code       string      `json:"code"`        // the word older scripts read: damaged, not_image, ...
	ReasonCode string      `json:"reason_code"` // the reason of the catalogue: truncated, damaged, not_picture, ...
	Reason     string      `json:"reason"`      // English
	Reasons    slides.Text `json:"reasons"`     // kk, ru, en
	At         time.Time   `json:"at"`
}

// ScanInfo describes the last scan.
type ScanInfo struct {
	At      time.Time `json:"at"`
	Full    bool      `json:"full"`
	Files   int       `json:"files"`
	Added   int       `json:"added"`
	Updated int       `json:"updated"`
	Removed int       `json:"removed"`
	Refused int       `json:"refused"`
	Error   string    `json:"error,omitempty"`
}

// Status is `kiosk status --json`. Runtime fields come from a running kiosk
// through the facts table.
type Status struct {
	Version  string        `json:"version"`
	Content  string        `json:"content"`
	DB       string        `json:"db"`
	Items    map[Kind]int  `json:"items"`
	Refused  []RefusedFile `json:"refused"`
	LastScan *ScanInfo     `json:"last_scan"`
	Warnings []string      `json:"warnings"`
	Running  *RunFacts     `json:"running,omitempty"`
	// LastRun is what a kiosk that is no longer running last recorded
	// (its process is gone, or it stopped recording a minute ago).
	LastRun *RunFacts `json:"last_run,omitempty"`
	// Withheld are the artworks kept off the screen by what parents allowed
	// (withdrawn, consent ended...), apart from the refused files.
	Withheld []WithheldWork `json:"withheld"`
	// ConsentEndingSoon counts the works shown now whose consent ends in
	// the next ConsentSoonDays days; ConsentEnding lists them.
	ConsentEndingSoon int            `json:"consent_ending_soon"`
	ConsentEnding     []WithheldWork `json:"consent_ending"`
	// Display is on or off, why, and the next change ([hours]).
	Display *DisplayStatus `json:"display,omitempty"`
	// Clock is whether the system clock is synchronised and jumped.
	Clock *ClockStatus `json:"clock,omitempty"`
	// Storage is the space the database and renditions take.
	Storage *StorageStatus `json:"storage,omitempty"`
	// PreviousRun is the run before the one that runs now (or ran last),
	// with why it ended: stop_cause and exit_reason.
	PreviousRun *RunFacts `json:"previous_run,omitempty"`
	// DiskFree is the free space of the file system holding the database
	// and the renditions (what fills up), in bytes.
	DiskFree *uint64 `json:"disk_free_bytes,omitempty"`
}

// BuildStatus gathers what `kiosk status` shows.
func BuildStatus(ctx context.Context, s *Store) (Status, error) {
	st := Status{Items: map[Kind]int{}, Refused: []RefusedFile{}, Warnings: []string{},
		Withheld: []WithheldWork{}, ConsentEnding: []WithheldWork{}}
	for _, k := range []Kind{KindArtwork, KindAnnouncement, KindPoster, KindTimetable, KindTrack} {
		st.Items[k] = 0
	}
	counts, err := s.CountItems(ctx)
	if err != nil {
		return st, err
	}
	for k, n := range counts {
		st.Items[k] = n
	}
	if st.Refused, err = s.Refused(ctx); err != nil {
		return st, err
	}
	if st.LastScan, err = s.LastScan(ctx); err != nil {
		return st, err
	}
	if st.LastScan != nil {
		// The files refused now, as the text status counts them: a scan
		// that found nothing new still leaves the earlier refusals.
		st.LastScan.Refused = len(st.Refused)
	}
	for _, r := range st.Refused {
		if r.ReasonCode == "letters_lost" { // the file is used: it is a warning too
			st.Warnings = append(st.Warnings, r.Source+": Kazakh letters were lost when the file was saved: save as CSV UTF-8")
		}
	}
	if aside, _ := s.Fact(ctx, "recovered_from"); aside != "" {
		st.Warnings = append(st.Warnings, "the database was damaged and was moved aside to "+aside+"; the playlist was rebuilt from the content folder")
	}
	if w, _ := s.Fact(ctx, reportWarningFact); w != "" {
		st.Warnings = append(st.Warnings, w)
	}
	if w, _ := s.Fact(ctx, "warnings"); w != "" {
		var ws []string
		if json.Unmarshal([]byte(w), &ws) == nil {
			st.Warnings = append(st.Warnings, ws...)
		}
	}
	if r, _ := s.Fact(ctx, "running"); r != "" {
		st.Running = parseRunFacts(r)
	}
	if side := sideFacts(st.Running); side != nil {
		st.Running = side // a kiosk on a read-only database kept them beside
	}
	if st.Running != nil && (!stillRunning(st.Running, s.now()) || s.runLockFree()) {
		st.LastRun, st.Running = st.Running, nil
		if !st.LastRun.ended() {
			s.explainSilentEnd(st.LastRun)
		}
	}
	if st.Running != nil {
		st.Display, st.Clock = st.Running.Display, st.Running.Clock
	}
	if r, _ := s.Fact(ctx, "previous_run"); r != "" {
		st.PreviousRun = parseRunFacts(r)
	}
	return st, nil
}

// ClubEntry is a club as `kiosk clubs --json` gives it.
type ClubEntry struct {
	ID           string         `json:"id"`
	Name         slides.Text    `json:"name"`
	Category     string         `json:"category"`      // as the clubs table wrote it
	CategoryName slides.Text    `json:"category_name"` // what visitors read, per language
	AgeFrom      int            `json:"age_from"`
	AgeTo        int            `json:"age_to"`
	Teacher      slides.Text    `json:"teacher"`
	Room         slides.Text    `json:"room"`
	Description  slides.Text    `json:"description"`
	SignupURL    string         `json:"signup_url"`
	Photo        string         `json:"photo"`
	Sessions     []SessionEntry `json:"sessions"`
}

// SessionEntry is one weekly session: day 1 (Monday) to 7, times as HH:MM.
type SessionEntry struct {
	Day   int    `json:"day"`
	Start string `json:"start"`
	End   string `json:"end"`
	Room  string `json:"room"`
	Group string `json:"group,omitempty"`
}

// ClubList is `kiosk clubs --json`.
type ClubList struct {
	Clubs []ClubEntry `json:"clubs"`
}

// BuildClubList lists the stored clubs.
func BuildClubList(ctx context.Context, s *Store) (ClubList, error) {
	clubs, err := s.Clubs(ctx)
	if err != nil {
		return ClubList{}, err
	}
	list := ClubList{Clubs: []ClubEntry{}}
	for _, c := range clubs {
		e := ClubEntry{ID: c.ID, Name: orEmpty(c.Name), Category: c.CategoryKey, CategoryName: orEmpty(c.Category), AgeFrom: c.AgeFrom, AgeTo: c.AgeTo,
			Teacher: orEmpty(c.Teacher), Room: orEmpty(c.Room), Description: orEmpty(c.Description),
			SignupURL: c.SignupURL, Photo: c.Photo, Sessions: []SessionEntry{}}
		for _, s := range c.Sessions {
			e.Sessions = append(e.Sessions, SessionEntry{Day: s.Day, Start: s.Start.String(), End: s.End.String(), Room: s.Room, Group: s.Group})
		}
		list.Clubs = append(list.Clubs, e)
	}
	return list, nil
}

// parseRunFacts reads recorded facts; a value of another type (from another
// version) leaves its key out. nil if they cannot be read at all.
func parseRunFacts(r string) *RunFacts {
	var facts RunFacts
	if err := json.Unmarshal([]byte(r), &facts); err == nil || errors.As(err, new(*json.UnmarshalTypeError)) {
		return &facts
	}
	return nil
}
