package media

import "encoding/binary"

// resampler converts 16-bit little-endian stereo PCM from one rate to
// another by linear interpolation, one buffer after another. For quiet
// background music from 22050, 32000 or 48000 Hz files onto a device fixed at
// 44100 Hz this is good enough; PulseAudio resamples by itself and does not
// need it.
type resampler struct {
	from, to int
	t        float64  // position of the next output sample; -1 is prev
	prev     [2]int16 // the last input sample of the previous buffer
	out      []byte
}

func newResampler(from, to int) *resampler {
	return &resampler{from: from, to: to, t: 0}
}

// convert returns in at the output rate; the result is valid until the next call.
func (r *resampler) convert(in []byte) []byte {
	n := len(in) / 4
	if n == 0 {
		return nil
	}
	step := float64(r.from) / float64(r.to)
	r.out = r.out[:0]
	at := func(i, ch int) float64 {
		if i < 0 {
			return float64(r.prev[ch])
		}
		return float64(int16(binary.LittleEndian.Uint16(in[i*4+ch*2:])))
	}
	for {
		i := int(r.t+1) - 1 // floor for t >= -1
		if i+1 >= n {
			break
		}
		f := r.t - float64(i)
		for ch := range 2 {
			v := at(i, ch)*(1-f) + at(i+1, ch)*f
			r.out = binary.LittleEndian.AppendUint16(r.out, uint16(int16(v)))
		}
		r.t += step
	}
	r.t -= float64(n)
	for ch := range 2 {
		r.prev[ch] = int16(binary.LittleEndian.Uint16(in[(n-1)*4+ch*2:]))
	}
	return r.out
}
