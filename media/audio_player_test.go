package media

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

var noFades = PlayerOptions{Volume: 1, Fade: -1, Gap: 2 * time.Millisecond}

func TestPlayerPlaysInNameOrder(t *testing.T) {
	r := newRig(t, noFades, map[string]fakeTrack{
		"b.mp3": {rate: 8000, frames: 800, amp: 200},
		"a.mp3": {rate: 8000, frames: 800, amp: 100},
		"c.mp3": {rate: 22050, frames: 800, amp: 300},
	})
	r.setTracks("c.mp3", "a.mp3", "b.mp3")
	r.start()
	ss := r.streamsAtLeast(5)
	r.stop()
	var got []int16
	for _, s := range ss[:5] {
		got = append(got, amp(s))
	}
	if want := []int16{100, 200, 300, 100, 200}; !slices.Equal(got, want) {
		t.Errorf("played %v, want %v (a, b, c, a, b)", got, want)
	}
	if ss[2].Rate != 22050 || len(ss[0].Samples) != 1600 {
		t.Errorf("stream 3 at %d Hz, stream 1 with %d samples; want 22050 and 1600", ss[2].Rate, len(ss[0].Samples))
	}
}

func TestPlayerShuffleVisitsEachOncePerRound(t *testing.T) {
	tracks := map[string]fakeTrack{}
	var names []string
	for i := range 5 {
		name := string(rune('a'+i)) + ".mp3"
		names = append(names, name)
		tracks[name] = fakeTrack{rate: 8000, frames: 100, amp: int16(100 * (i + 1))}
	}
	opts := noFades
	opts.Shuffle = true
	r := newRig(t, opts, tracks)
	r.setTracks(names...)
	r.start()
	ss := r.streamsAtLeast(20)
	r.stop()
	var order []int16
	for _, s := range ss[:20] {
		order = append(order, amp(s))
	}
	for round := range 4 {
		got := slices.Clone(order[5*round : 5*round+5])
		slices.Sort(got)
		if !slices.Equal(got, []int16{100, 200, 300, 400, 500}) {
			t.Errorf("round %d played %v, want each track once", round+1, order[5*round:5*round+5])
		}
	}
	for i := 1; i < len(order); i++ {
		if order[i] == order[i-1] {
			t.Errorf("track %d played twice in a row at %d: %v", order[i], i, order)
		}
	}
	if slices.Equal(order[:5], order[5:10]) && slices.Equal(order[5:10], order[10:15]) {
		t.Errorf("three rounds in the same order %v: not shuffled", order[:5])
	}
}

func TestPlayerFadesInAndOut(t *testing.T) {
	const rate, fade, frames, a = 8000, 800, 4000, 10000 // fade 100 ms
	r := newRig(t, PlayerOptions{Volume: 1, Fade: 100 * time.Millisecond, Gap: time.Hour},
		map[string]fakeTrack{"a.mp3": {rate: rate, frames: frames, amp: a}})
	r.setTracks("a.mp3")
	r.start()
	s := r.streamsAtLeast(1)[0]
	r.stop()
	if len(s.Samples) != 2*frames {
		t.Fatalf("%d samples, want %d", len(s.Samples), 2*frames)
	}
	left := func(i int) int16 { return s.Samples[2*i] }
	if left(0) != 0 || left(frames-1) != 0 {
		t.Errorf("first sample %d, last %d; want silence at both ends", left(0), left(frames-1))
	}
	for i := 1; i < fade; i++ {
		if left(i) < left(i-1) {
			t.Fatalf("fade-in falls at sample %d: %d after %d", i, left(i), left(i-1))
		}
		if left(frames-1-i) < left(frames-i) {
			t.Fatalf("fade-out rises at sample %d from the end", i)
		}
	}
	if got := left(fade / 2); got < a/2-100 || got > a/2+100 {
		t.Errorf("half-way into the fade-in the level is %d, want about %d", got, a/2)
	}
	if left(frames/2) != a {
		t.Errorf("middle sample %d, want %d", left(frames/2), a)
	}
}

func TestPlayerVolume(t *testing.T) {
	r := newRig(t, PlayerOptions{Volume: 0.25, Fade: -1, Gap: time.Hour},
		map[string]fakeTrack{"a.mp3": {rate: 8000, frames: 2000, amp: 8000}})
	r.setTracks("a.mp3")
	r.start()
	s := r.streamsAtLeast(1)[0]
	if got := amp(s); got != 2000 {
		t.Errorf("at volume 0.25 a level of 8000 plays as %d, want 2000", got)
	}
}

func TestPlayerSilenceAndResume(t *testing.T) {
	const rate, fade = 8000, 400 // 50 ms
	r := newRig(t, PlayerOptions{Volume: 1, Fade: 50 * time.Millisecond, Gap: time.Hour},
		map[string]fakeTrack{"a.mp3": {rate: rate, frames: 80000, ramp: true}})
	r.out.SetPace(4) // 10 s of music in 2.5 s
	r.setTracks("a.mp3")
	r.start()
	r.waitFor("some music", func() bool { return len(r.out.Samples()) > 2*4000 })
	r.p.SetSilenced("quiet hours")
	r.waitFor("silence", func() bool {
		st := r.p.Status()
		return !st.Playing && st.Silenced == "quiet hours"
	})
	ss := r.streamsAtLeast(1)
	first := ss[0].Samples
	if n := len(first); first[n-2] > 10 || n/2 >= 80000 {
		t.Fatalf("the paused stream ends at level %d after %d samples; want a fade to 0 mid-track", first[n-2], n/2)
	}
	r.waitIdle("the player to rest while silenced")
	if n := len(r.out.Streams()); n != 1 || len(r.out.Samples()) != len(first) {
		t.Fatalf("sound went on while silenced: %d streams, %d samples after %d", n, len(r.out.Samples()), len(first))
	}
	if st := r.p.Status(); st.Track == "" {
		t.Errorf("status while silenced has no track: %+v", st)
	}
	r.p.SetSilenced("")
	r.waitFor("the music to resume", func() bool {
		ss := r.out.Streams()
		return len(ss) == 2 && len(ss[1].Samples) > 2*2*fade
	})
	second := r.out.Streams()[1].Samples
	if second[0] != 0 {
		t.Errorf("resumed at level %d, want a fade-in from 0", second[0])
	}
	// After the fade-in a sample's level is its position/4 in the track:
	// the resumed stream starts where the first stopped.
	k := fade + 10
	resumedAt := 4*int(second[2*k]) - k
	if stoppedAt := len(first) / 2; resumedAt < stoppedAt-4 || resumedAt > stoppedAt+4 {
		t.Errorf("resumed at sample %d of the track, stopped at %d", resumedAt, stoppedAt)
	}
}

func TestPlayerSkipsBadTracks(t *testing.T) {
	bad := &AudioError{Kind: AudioNotMP3, Err: errors.New("no MPEG audio frames")}
	r := newRig(t, noFades, map[string]fakeTrack{
		"a.mp3": {rate: 8000, frames: 400, amp: 100},
		"b.mp3": {openErr: bad},
		"c.mp3": {rate: 8000, frames: 4000, amp: 300, failAt: 1000},
	})
	r.setTracks("a.mp3", "b.mp3", "c.mp3")
	r.start()
	ss := r.streamsAtLeast(4)
	st := r.p.Status()
	if len(st.Skipped) != 2 {
		t.Fatalf("Skipped = %v, want b and c", st.Skipped)
	}
	if got := st.Skipped[filepath.Join(r.dir, "b.mp3")]; got != "not an MP3: no MPEG audio frames" {
		t.Errorf("reason for b = %q", got)
	}
	if got := st.Skipped[filepath.Join(r.dir, "c.mp3")]; got != "damaged MP3: made-up damage" {
		t.Errorf("reason for c = %q", got)
	}
	for i, s := range ss[2:4] { // after a, c (cut short): a, a, ...
		if amp(s) != 100 {
			t.Errorf("stream %d plays level %d; want only a once b and c are skipped", i+3, amp(s))
		}
	}
	opensB := func() int {
		r.mu.Lock()
		defer r.mu.Unlock()
		n := 0
		for _, o := range r.opens {
			if o == "b.mp3" {
				n++
			}
		}
		return n
	}
	if n := opensB(); n != 1 {
		t.Errorf("b opened %d times, want once while unchanged", n)
	}
	// Staff copy b again, fixed: it is tried and played.
	r.mu.Lock()
	r.tracks["b.mp3"] = fakeTrack{rate: 8000, frames: 400, amp: 200}
	r.mu.Unlock()
	r.touch("b.mp3", "v2, longer")
	r.setTracks("a.mp3", "b.mp3", "c.mp3")
	r.waitFor("b to play", func() bool {
		return slices.ContainsFunc(r.out.Streams(), func(s streamRecord) bool { return amp(s) == 200 })
	})
	if _, still := r.p.Status().Skipped[filepath.Join(r.dir, "b.mp3")]; still {
		t.Error("b still listed as skipped after it changed and played")
	}
}

func TestPlayerLiveTrackChanges(t *testing.T) {
	r := newRig(t, PlayerOptions{Volume: 1, Fade: 20 * time.Millisecond, Gap: -1}, map[string]fakeTrack{
		"a.mp3": {rate: 8000, frames: 8000 * 60, amp: 100},
		"b.mp3": {rate: 8000, frames: 8000 * 60, amp: 200},
		"c.mp3": {rate: 8000, frames: 800, amp: 300},
	})
	r.out.SetPace(1)
	r.setTracks("a.mp3")
	r.start()
	r.waitFor("a to play", func() bool { return len(r.out.Samples()) > 2*800 })

	// a is removed while it plays: it fades out and b plays.
	r.setTracks("b.mp3")
	r.waitFor("b to play", func() bool { ss := r.out.Streams(); return len(ss) == 2 && len(ss[1].Samples) > 2*800 })
	a := r.out.Streams()[0]
	if !a.Closed || a.Samples[len(a.Samples)-2] > 5 {
		t.Errorf("removed track a: closed %v, last level %d; want a fade to 0", a.Closed, a.Samples[len(a.Samples)-2])
	}

	// b changes on disk while it plays: it stops, and c (added) is next.
	r.touch("b.mp3", "v2")
	r.setTracks("b.mp3", "c.mp3")
	ss := r.streamsAtLeast(3)
	if amp(ss[2]) != 300 {
		t.Errorf("after b changed, level %d played; want c (300)", amp(ss[2]))
	}
	if len(ss[1].Samples) >= 2*8000*60 {
		t.Error("changed track b played to its end")
	}
}

func TestPlayerWithoutOutput(t *testing.T) {
	r := newRig(t, PlayerOptions{Volume: 1, Fade: 10 * time.Millisecond, Gap: -1},
		map[string]fakeTrack{"a.mp3": {rate: 8000, frames: 8000 * 60, ramp: true}})
	r.out.SetFailure(errors.New("no card"))
	r.out.SetPace(2)
	r.setTracks("a.mp3")
	r.start()
	r.waitFor("the missing device in the status", func() bool {
		return r.p.Status().OutputErr == "no sound output: no card"
	})
	tries := r.out.Opens()
	r.waitFor("three more tries of the device", func() bool { return r.out.Opens() >= tries+3 })
	if n := r.openCount(); n != 1 {
		t.Errorf("the track was opened %d times while there was no device; want once, then held", n)
	}
	if st := r.p.Status(); st.Playing {
		t.Errorf("status says playing with no device: %+v", st)
	}

	// The device appears: the music starts and the status clears.
	r.out.SetFailure(nil)
	r.waitFor("music", func() bool { return len(r.out.Samples()) > 2*2000 })
	if st := r.p.Status(); st.OutputErr != "" || st.Output != "fake" || !st.Playing {
		t.Errorf("status with the device back: %+v", st)
	}

	// It goes away mid-track and comes back: the same track goes on.
	r.out.SetFailure(errors.New("unplugged"))
	r.waitFor("the lost device in the status", func() bool { return r.p.Status().OutputErr != "" })
	before := len(r.out.Samples()) / 2
	r.out.SetFailure(nil)
	r.waitFor("music again", func() bool { return len(r.out.Streams()) >= 2 && len(r.out.Streams()[1].Samples) > 2*1000 })
	second := r.out.Streams()[1].Samples
	k := 80 + 10 // past the 10 ms fade-in
	if resumedAt := 4*int(second[2*k]) - k; resumedAt < before-1100 || resumedAt > before+4 {
		t.Errorf("after the device came back the track went on at sample %d; it had reached %d", resumedAt, before)
	}
	if n := r.openCount(); n != 1 {
		t.Errorf("the track was opened %d times; want once", n)
	}
}

func TestPlayerIdlesWithoutTracks(t *testing.T) {
	r := newRig(t, noFades, map[string]fakeTrack{"a.mp3": {rate: 8000, frames: 100, amp: 100}})
	r.start()
	r.waitIdle("the player to rest without tracks")
	if n := r.out.Opens(); n != 0 {
		t.Fatalf("the output was opened %d times with no tracks", n)
	}
	r.setTracks("a.mp3")
	r.streamsAtLeast(1)
	r.setTracks()
	r.waitIdle("the player to rest after the tracks were removed")
	if st := r.p.Status(); st.Playing || st.Track != "" {
		t.Errorf("status without tracks: %+v", st)
	}
	n := r.out.Opens()
	r.setTracks() // told again: it looks, and still has nothing to play
	r.waitIdle("the player to rest again")
	if m := r.out.Opens(); m != n {
		t.Errorf("%d streams opened with no tracks", m-n)
	}
	// Only bad tracks: each is tried once, then nothing happens.
	r.mu.Lock()
	r.tracks["a.mp3"] = fakeTrack{openErr: &AudioError{Kind: AudioDamaged}}
	r.mu.Unlock()
	r.touch("a.mp3", "v2")
	opens := r.openCount()
	r.setTracks("a.mp3")
	r.waitIdle("the player to rest with only a bad track")
	r.setTracks("a.mp3") // the same list, unchanged file: not tried again
	r.waitIdle("the player to rest again")
	if got := r.openCount() - opens; got != 1 {
		t.Errorf("a bad track was opened %d times, want once", got)
	}
}

func TestPlayerRunTwice(t *testing.T) {
	r := newRig(t, noFades, nil)
	r.start()
	r.waitIdle("the first Run")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := r.p.Run(ctx); !errors.Is(err, errRunning) {
		t.Errorf("second Run: %v, want errRunning", err)
	}
}

// TestPlayerRealMP3 plays the committed fixture through the real decoder.
func TestPlayerRealMP3(t *testing.T) {
	out := newFakeOutput()
	p := NewPlayer(out, PlayerOptions{Volume: 1, Fade: 100 * time.Millisecond, Gap: time.Hour, Logger: slog.New(slog.DiscardHandler)})
	p.SetTracks([]string{"testdata/audio/tone-44100-stereo.mp3"})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- p.Run(ctx) }()
	deadline := time.Now().Add(5 * time.Second)
	for len(out.Streams()) == 0 || !out.Streams()[0].Closed {
		if time.Now().After(deadline) {
			t.Fatal("the track did not finish")
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	<-done
	s := out.Streams()[0]
	if s.Rate != 44100 || len(s.Samples) != 2*88200 {
		t.Errorf("stream at %d Hz with %d samples; want 44100 Hz and 2 s (176400)", s.Rate, len(s.Samples))
	}
	if s.Samples[0] != 0 {
		t.Errorf("first sample %d, want 0 (fade-in)", s.Samples[0])
	}
	var peak int16
	for _, v := range s.Samples[len(s.Samples)/3 : len(s.Samples)*2/3] {
		peak = max(peak, v)
	}
	if peak < 10000 {
		t.Errorf("peak %d in the middle of a half-scale tone", peak)
	}
}
