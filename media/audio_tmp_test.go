package media

import ("testing";"os";"path/filepath";"math/rand/v2";"time";"fmt")

func TestTmpHang(t *testing.T) {
	seeds := [][]byte{}
	for _, name := range []string{"tone-22050-mono.mp3", "tone-44100-stereo.mp3"} {
		d, _ := os.ReadFile(filepath.Join("testdata/audio", name)); seeds = append(seeds, d)
	}
	seeds = append(seeds, syntheticFrames(0xFB, 0x90, 8), []byte("ID3\x03\x00\x00\x00\x00\x00\x10\xff\xfb\x90"))
	rng := rand.New(rand.NewPCG(3, 4))
	dir := t.TempDir()
	for iter := 0; iter < 3000; iter++ {
		d := append([]byte(nil), seeds[rng.IntN(len(seeds))]...)
		for k := rng.IntN(8)+1; k > 0 && len(d) > 0; k-- {
			switch rng.IntN(3) {
			case 0: d[rng.IntN(len(d))] = byte(rng.Uint32())
			case 1: d = d[:rng.IntN(len(d))]
			case 2: i := rng.IntN(len(d)); d = append(d[:i:i], append([]byte{byte(rng.Uint32())}, d[i:]...)...)
			}
		}
		path := filepath.Join(dir, fmt.Sprint(iter, ".mp3"))
		os.WriteFile(path, d, 0o644)
		done := make(chan struct{})
		go func() { MP3Duration(path); close(done) }()
		select {
		case <-done:
			os.Remove(path)
		case <-time.After(3 * time.Second):
			os.WriteFile("/tmp/hang.mp3", d, 0o644)
			t.Fatalf("hang at iter %d", iter)
		}
	}
}
