package media

import (
	"encoding/binary"
	"math"
	"testing"
)

// TestResampler converts a 1 kHz sine in uneven buffers between the rates
// MP3s come in and checks the length and that the sine survives.
func TestResampler(t *testing.T) {
	for _, tc := range []struct{ from, to int }{{22050, 44100}, {48000, 44100}, {32000, 44100}, {44100, 44100}} {
		const seconds = 1
		in := make([]byte, 0, tc.from*4*seconds)
		for i := range tc.from * seconds {
			v := uint16(int16(10000 * math.Sin(2*math.Pi*1000*float64(i)/float64(tc.from))))
			in = binary.LittleEndian.AppendUint16(binary.LittleEndian.AppendUint16(in, v), v)
		}
		r := newResampler(tc.from, tc.to)
		var out []byte
		for rest, n := in, 4; len(rest) > 0; n = n*3 + 4 {
			k := min(len(rest), n*4)
			out = append(out, r.convert(rest[:k])...)
			rest = rest[k:]
		}
		frames := len(out) / 4
		if want := tc.to * seconds; frames < want-2 || frames > want {
			t.Errorf("%d -> %d Hz: %d samples from 1 s, want %d", tc.from, tc.to, frames, want)
		}
		var worst float64
		for i := range frames {
			want := 10000 * math.Sin(2*math.Pi*1000*float64(i)/float64(tc.to))
			got := float64(int16(binary.LittleEndian.Uint16(out[i*4:])))
			worst = max(worst, math.Abs(got-want))
		}
		// Linear interpolation of a 1 kHz sine at 22 kHz is off by up to
		// 10000 * (1 - cos(pi*1000/22050)) ~ 100.
		if worst > 160 {
			t.Errorf("%d -> %d Hz: off by up to %.0f from the sine", tc.from, tc.to, worst)
		}
	}
}
