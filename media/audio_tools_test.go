package media

import (
	"bytes"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// audioTestPackages are the Debian packages the audio tests use.
const audioTestPackages = "espeak-ng lame mpg123 sox pulseaudio pulseaudio-utils"

// needTools skips the test unless all the named commands are installed.
func needTools(t testing.TB, names ...string) {
	t.Helper()
	for _, name := range names {
		if _, err := exec.LookPath(name); err != nil {
			t.Skipf("%s is not installed (apt-get install %s)", name, audioTestPackages)
		}
	}
}

// audioTool runs a command and fails the test with its output when it fails.
func audioTool(t testing.TB, name string, args ...string) {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %q: %v\n%s", name, args, err, out)
	}
}

// speechWAV speaks a few sentences (7.3 s) with espeak-ng into
// dir/speech.wav, unless that is there already, and returns its path.
func speechWAV(t testing.TB, dir string) string {
	t.Helper()
	needTools(t, "espeak-ng")
	speech := filepath.Join(dir, "speech.wav")
	if _, err := os.Stat(speech); err != nil {
		audioTool(t, "espeak-ng", "-w", speech,
			"Welcome to the creativity centre. The painting club meets at four in room twelve. "+
				"Sign up for the concert at the front desk.")
	}
	return speech
}

// speechMP3 speaks a few sentences with espeak-ng, converts them with sox to
// rate and channels, and encodes them with lame and lameArgs into dir/name.
func speechMP3(t testing.TB, dir, name string, rate, channels int, lameArgs ...string) string {
	t.Helper()
	needTools(t, "sox", "lame")
	speech := speechWAV(t, dir)
	wav := filepath.Join(dir, name+".wav")
	audioTool(t, "sox", speech, "-r", strconv.Itoa(rate), "-c", strconv.Itoa(channels), wav)
	mp3 := filepath.Join(dir, name)
	audioTool(t, "lame", append(append([]string{"--quiet"}, lameArgs...), wav, mp3)...)
	return mp3
}

// mpg123Samples decodes path with `mpg123 -w` and returns the samples a
// channel and the rate written in the WAV file.
func mpg123Samples(t testing.TB, path string) (samples, rate int) {
	t.Helper()
	needTools(t, "mpg123")
	wav := filepath.Join(t.TempDir(), "out.wav")
	audioTool(t, "mpg123", "-q", "-w", wav, path)
	data, err := os.ReadFile(wav)
	if err != nil {
		t.Fatal(err)
	}
	var channels, bits int
	for p := 12; p+8 <= len(data); {
		id, size := string(data[p:p+4]), int(binary.LittleEndian.Uint32(data[p+4:]))
		body := data[p+8:]
		switch id {
		case "fmt ":
			channels = int(binary.LittleEndian.Uint16(body[2:]))
			rate = int(binary.LittleEndian.Uint32(body[4:]))
			bits = int(binary.LittleEndian.Uint16(body[14:]))
		case "data":
			if channels == 0 || bits == 0 {
				t.Fatalf("%s: data before fmt", wav)
			}
			return size / (channels * bits / 8), rate
		}
		p += 8 + size + size%2
	}
	t.Fatalf("%s: no data chunk in %q...", wav, bytes.TrimSpace(data[:min(len(data), 64)]))
	return 0, 0
}
