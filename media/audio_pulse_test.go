package media

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"log/slog"
	"math"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestOtoOutputWithoutDevice opens the real output with PulseAudio pointed
// nowhere: on a machine with no sound card (CI, a mini-PC without one) Open
// must fail at once with both reasons rather than hang or pretend to play.
func TestOtoOutputWithoutDevice(t *testing.T) {
	t.Setenv("PULSE_SERVER", "unix:"+filepath.Join(t.TempDir(), "none"))
	o := NewOtoOutput()
	start := time.Now()
	s, err := o.Open(context.Background(), 44100)
	took := time.Since(start)
	if err == nil {
		s.Close()
		t.Skipf("a sound device works here without PulseAudio (%s)", o.Name())
	}
	t.Logf("Open: %v (in %v)", err, took)
	if !strings.HasPrefix(err.Error(), "PulseAudio: ") || !strings.Contains(err.Error(), "; ALSA: ") {
		t.Errorf("error %q does not give both reasons", err)
	}
	if took > 6*time.Second || o.Name() != "" {
		t.Errorf("Open took %v, Name %q", took, o.Name())
	}
}

// pulseDaemon is a private PulseAudio server with a null sink, kiosktest,
// whose monitor parec records.
type pulseDaemon struct {
	cmd    *exec.Cmd
	socket string
}

// startPulse starts the server with its files in dir; it is killed, and
// checked to be gone, when the test ends.
func startPulse(t *testing.T, dir string) *pulseDaemon {
	t.Helper()
	d := &pulseDaemon{socket: filepath.Join(dir, "native")}
	config := filepath.Join(dir, "default.pa")
	os.WriteFile(config, []byte("load-module module-null-sink sink_name=kiosktest rate=44100\n"+
		"load-module module-native-protocol-unix socket="+d.socket+" auth-anonymous=1\n"+
		"set-default-sink kiosktest\n"), 0o644)
	// -n: no default config; --system=false and --disallow-exit keep it a
	// private server even when the tests run as root.
	d.cmd = exec.Command("pulseaudio", "-n", "-F", config, "--daemonize=no", "--system=false",
		"--exit-idle-time=-1", "--disallow-exit", "--use-pid-file=false", "--log-target=stderr")
	run := filepath.Join(dir, "run")
	os.MkdirAll(run, 0o700)
	d.cmd.Env = append(os.Environ(), "HOME="+dir, "XDG_RUNTIME_DIR="+run, "PULSE_RUNTIME_PATH="+run,
		"PULSE_STATE_PATH="+filepath.Join(dir, "state"), "DBUS_SESSION_BUS_ADDRESS=disabled:")
	var log bytes.Buffer
	d.cmd.Stderr = &log
	if err := d.cmd.Start(); err != nil {
		t.Fatalf("start pulseaudio: %v", err)
	}
	t.Cleanup(func() {
		d.cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan error, 1)
		go func() { done <- d.cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			d.cmd.Process.Kill()
			<-done
		}
		if err := syscall.Kill(d.cmd.Process.Pid, 0); !errors.Is(err, syscall.ESRCH) {
			t.Errorf("pulseaudio (pid %d) still there after the test: %v", d.cmd.Process.Pid, err)
		}
	})
	for deadline := time.Now().Add(5 * time.Second); ; {
		if c, err := net.Dial("unix", d.socket); err == nil {
			c.Close()
			return d
		}
		if time.Now().After(deadline) {
			t.Fatalf("pulseaudio did not start:\n%s", log.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestPulseAudioEndToEnd plays the 2 s fixture through the real output into
// a private PulseAudio server and records what was heard. The player is
// started before the server, as at boot, so it must first report the
// missing device and then play once the server is there.
func TestPulseAudioEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("plays 2 s in real time")
	}
	needTools(t, "pulseaudio", "parec")
	dir := t.TempDir()
	t.Setenv("PULSE_SERVER", "unix:"+filepath.Join(dir, "native"))

	// Only PulseAudio: oto's ALSA path could find a real card on a
	// developer's machine, and this test listens to the null sink.
	out := &deviceOutput{noOto: true}
	p := NewPlayer(out, PlayerOptions{Volume: 1, Fade: 10 * time.Millisecond, Gap: time.Hour,
		Logger: slog.New(slog.DiscardHandler)})
	p.retry = 100 * time.Millisecond
	p.SetTracks([]string{"testdata/audio/tone-44100-stereo.mp3"})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	defer func() {
		cancel()
		<-done
	}()
	waitStatus := func(what string, cond func(PlayerStatus) bool) {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); !cond(p.Status()); {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s; status %+v", what, p.Status())
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	waitStatus("no sound output", func(s PlayerStatus) bool {
		return strings.HasPrefix(s.OutputErr, "no sound output: PulseAudio: ")
	})
	t.Logf("before the server: %q", p.Status().OutputErr)

	p.SetSilenced("test: starting the server")
	startPulse(t, dir)
	var heard lockedBuffer
	rec := exec.Command("parec", "--raw", "--device=kiosktest.monitor", "--format=s16le", "--rate=44100", "--channels=2")
	rec.Stdout = &heard
	if err := rec.Start(); err != nil {
		t.Fatal(err)
	}
	// The monitor of the null sink streams silence once parec is connected.
	const perSecond = 44100 * 4
	waitStatus("parec to record", func(PlayerStatus) bool { return heard.Len() >= perSecond/10 })
	p.SetSilenced("")
	waitStatus("playing", func(s PlayerStatus) bool { return s.Playing })
	if s := p.Status(); s.Output != "pulseaudio" || s.OutputErr != "" {
		t.Errorf("status while playing: %+v", s)
	}
	waitStatus("the end of the track", func(s PlayerStatus) bool { return !s.Playing && s.Track == "" })
	// The last queued sound reaches the monitor: record 300 ms more.
	tail := heard.Len() + 3*perSecond/10
	waitStatus("the tail of the recording", func(PlayerStatus) bool { return heard.Len() >= tail })
	rec.Process.Signal(syscall.SIGTERM)
	rec.Wait()

	pcm := heard.Bytes()
	left := func(i int) float64 { return float64(int16(binary.LittleEndian.Uint16(pcm[4*i:]))) }
	first, last := -1, -1
	for i := range len(pcm) / 4 {
		if math.Abs(left(i)) > 2000 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		t.Fatalf("silence: %d samples recorded, none above 2000", len(pcm)/4)
	}
	var sum float64
	for i := first; i <= last; i++ {
		sum += left(i) * left(i)
	}
	heardFor := time.Duration(last-first+1) * time.Second / 44100
	rms := math.Sqrt(sum / float64(last-first+1))
	t.Logf("recorded %v, sound for %v (from %v), RMS %.0f", time.Duration(len(pcm)/4)*time.Second/44100,
		heardFor, time.Duration(first)*time.Second/44100, rms)
	if heardFor < 1800*time.Millisecond || heardFor > 2200*time.Millisecond {
		t.Errorf("heard %v of a 2 s track", heardFor)
	}
	if rms < 5000 {
		t.Errorf("RMS %.0f: too quiet for a half-scale tone at volume 1", rms)
	}
}

// lockedBuffer is a bytes.Buffer that a test may read while a command
// writes to it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Len()
}

func (b *lockedBuffer) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return bytes.Clone(b.buf.Bytes())
}

// TestPulseAudioServerRestart kills the server mid-track and starts a new
// one: the player must report the lost device and then play on.
func TestPulseAudioServerRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("plays in real time")
	}
	needTools(t, "pulseaudio")
	dir := t.TempDir()
	t.Setenv("PULSE_SERVER", "unix:"+filepath.Join(dir, "native"))
	first := startPulse(t, dir)

	p := NewPlayer(&deviceOutput{noOto: true}, PlayerOptions{Fade: 10 * time.Millisecond, Gap: -1,
		Logger: slog.New(slog.DiscardHandler)})
	p.retry = 100 * time.Millisecond
	p.SetTracks([]string{"testdata/audio/tone-44100-stereo.mp3"})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	defer func() {
		cancel()
		<-done
	}()
	wait := func(what string, cond func(PlayerStatus) bool) {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); !cond(p.Status()); {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s; status %+v", what, p.Status())
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	wait("playing", func(s PlayerStatus) bool { return s.Playing && s.Output == "pulseaudio" })
	time.Sleep(300 * time.Millisecond)
	first.cmd.Process.Kill()
	wait("the lost server in the status", func(s PlayerStatus) bool { return s.OutputErr != "" && !s.Playing })
	t.Logf("after the kill: %q", p.Status().OutputErr)
	startPulse(t, dir)
	wait("playing again", func(s PlayerStatus) bool { return s.Playing && s.OutputErr == "" })
}
