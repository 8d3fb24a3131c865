package media

import (
	"context"
	"errors"
	"log/slog"
	"maps"
	"math/rand/v2"
	"os"
	"slices"
	"sync"
	"time"
)

// PlayerOptions configures a Player. The zero value gives the defaults.
type PlayerOptions struct {
	Volume  float64       // 0..1 as a linear gain; 0 means the default 0.5
	Shuffle bool          // a new random order each round; otherwise by file name
	Fade    time.Duration // fade in and out of each track; 0 means 2 s, negative none
	Gap     time.Duration // silence between tracks; 0 means 1 s, negative none
	Logger  *slog.Logger  // for skipped tracks and lost devices; nil means slog.Default()
}

// PlayerStatus is what a Player is doing, for the kiosk's status screen.
type PlayerStatus struct {
	Track     string            // the track playing or paused, "" between tracks
	Playing   bool              // sound is going out
	Silenced  string            // the reason given to SetSilenced, "" if none
	Output    string            // the device that plays, e.g. "pulseaudio", "alsa"
	OutputErr string            // e.g. "no sound output: ...", "" when sound goes out
	Skipped   map[string]string // path -> why it is not played, until it changes
}

// Player plays tracks one after another in the background with a fade in
// and out, shuffled or in file-name order, through an Output. Its methods
// are safe from any goroutine; Run does the playing.
type Player struct {
	out  Output
	opts PlayerOptions
	log  *slog.Logger

	mu       sync.Mutex
	tracks   []string // sorted
	gen      int      // bumped by SetTracks
	silenced string
	volume   float64
	status   PlayerStatus
	skipped  map[string]skipped
	wake     chan struct{}
	running  bool
	pokes    int // changes signalled on wake
	idleSeen int // pokes when Run went to sleep with nothing to do; -1 awake

	// Owned by Run's goroutine.
	rng    *rand.Rand
	played map[string]bool // this round of the shuffle
	last   string          // the last track started
	held   *trackReader    // the track interrupted by silence or a lost device

	open  func(path string) (pcmSource, error) // openTrack; tests swap it
	retry time.Duration                        // between attempts to open the output
}

// skipped is a track that failed, and the file as it was then.
type skipped struct {
	reason string
	sig    fileSig
}

// fileSig tells whether a file changed.
type fileSig struct {
	size int64
	mod  time.Time
}

func statSig(path string) fileSig {
	info, err := os.Stat(path)
	if err != nil {
		return fileSig{size: -1}
	}
	return fileSig{info.Size(), info.ModTime()}
}

// pcmSource is a decoded track: 16-bit little-endian stereo samples.
type pcmSource interface {
	Rate() int
	Read(p []byte) (int, error)
	Close() error
}

// openTrack checks the frames of the file first, in milliseconds, so that a
// damaged track is refused before any of it sounds.
func openTrack(path string) (pcmSource, error) {
	if err := checkMP3(path); err != nil {
		return nil, err
	}
	return openMP3(path)
}

// NewPlayer returns a Player that plays through out once Run is called.
func NewPlayer(out Output, opts PlayerOptions) *Player {
	if opts.Volume == 0 {
		opts.Volume = 0.5
	}
	if opts.Fade == 0 {
		opts.Fade = 2 * time.Second
	}
	if opts.Gap == 0 {
		opts.Gap = time.Second
	}
	p := &Player{
		out: out, opts: opts, log: opts.Logger,
		volume:   clamp01(opts.Volume),
		skipped:  map[string]skipped{},
		wake:     make(chan struct{}, 1),
		idleSeen: -1,
		rng:      rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64())),
		played:   map[string]bool{},
		open:     openTrack,
		retry:    10 * time.Second,
	}
	if p.log == nil {
		p.log = slog.Default()
	}
	return p
}

// SetTracks sets the files to play. It may be called at any time, again
// with the same list when a file changed: new files join the rotation, a
// removed or changed file that is playing stops with a fade and the next
// plays, and a skipped file is tried again once it changed.
func (p *Player) SetTracks(paths []string) {
	paths = slices.Clone(paths)
	slices.Sort(paths)
	paths = slices.Compact(paths)
	p.mu.Lock()
	p.tracks = paths
	p.gen++
	maps.DeleteFunc(p.skipped, func(path string, _ skipped) bool {
		_, found := slices.BinarySearch(paths, path)
		return !found
	})
	p.poke()
	p.mu.Unlock()
}

// SetVolume sets the volume, 0..1; the change glides over 50 ms.
func (p *Player) SetVolume(v float64) {
	p.mu.Lock()
	p.volume = clamp01(v)
	p.mu.Unlock()
}

// SetSilenced with a reason ("muted", "quiet hours", "visitor browsing")
// fades the music out and pauses it; "" lets it play again, from where it
// stopped if that track is still there, else from the next.
func (p *Player) SetSilenced(reason string) {
	p.mu.Lock()
	p.silenced = reason
	p.status.Silenced = reason
	p.poke()
	p.mu.Unlock()
}

// Status returns what the Player is doing.
func (p *Player) Status() PlayerStatus {
	p.mu.Lock()
	defer p.mu.Unlock()
	s := p.status
	s.Skipped = make(map[string]string, len(p.skipped))
	for path, sk := range p.skipped {
		s.Skipped[path] = sk.reason
	}
	return s
}

// poke wakes Run to look at a change; p.mu is held.
func (p *Player) poke() {
	p.pokes++
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// idle waits, without using the processor, for a change or the end of
// ctx. While it waits having seen every change, idleSeen says so, for tests:
// the Player then does nothing until it is told something new.
func (p *Player) idle(ctx context.Context) {
	p.mu.Lock()
	if len(p.wake) == 0 {
		p.idleSeen = p.pokes
	}
	p.mu.Unlock()
	_ = sleepCtx(ctx, p.wake, time.Hour)
	p.mu.Lock()
	p.idleSeen = -1
	p.mu.Unlock()
}

// errRunning is returned by a second, concurrent Run.
var errRunning = errors.New("media: Player.Run is already running")

func clamp01(v float64) float64 { return min(max(v, 0), 1) }
