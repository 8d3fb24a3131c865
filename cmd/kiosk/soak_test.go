package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSoak runs the real kiosk under Xvfb with 50 ms slides for 10,000
// transitions while files are added and removed 1,000 times, sampling heap,
// RSS and goroutines from the kiosk's own runtime report; after warm-up
// they must stay flat (within 10 %). `make soak` runs it (about 15 minutes);
// KIOSK_SOAK_REPORT names a file for the figures.
func TestSoak(t *testing.T) {
	bin := os.Getenv("KIOSK_E2E_BIN")
	if bin == "" || os.Getenv("KIOSK_SOAK") == "" {
		t.Skip("set KIOSK_SOAK=1 and KIOSK_E2E_BIN (make soak does)")
	}
	transitions, mutations := 10000, 1000
	if os.Getenv("KIOSK_SOAK") == "short" {
		transitions, mutations = 600, 60 // a smoke run of the soak itself
	}
	x := startXvfb(t, 120, 1280, 720)
	home := t.TempDir()
	art, template := writeSoakContent(t, filepath.Join(home, "Kiosk"))

	k := exec.Command(bin, "run")
	k.Env = kioskEnv(home, x)
	var logs bytes.Buffer
	k.Stdout, k.Stderr = &logs, &logs
	if err := k.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- k.Wait() }()
	defer func() {
		k.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(15 * time.Second):
			k.Process.Kill()
			t.Errorf("kiosk did not stop on SIGTERM within 15 s")
		}
	}()

	stop := make(chan struct{})
	mutated := make(chan int, 1)
	go func() { mutated <- mutateSoakContent(art, template, mutations, stop) }()
	samples, err := sampleSoak(filepath.Join(home, ".local/share/kiosk/kiosk.db"), transitions, exited)
	close(stop)
	n := <-mutated
	if err != nil {
		t.Fatalf("%v; kiosk log:\n%s", err, logs.String())
	}
	report := soakReport(t, samples, n)
	t.Log("\n" + report)
	if out := os.Getenv("KIOSK_SOAK_REPORT"); out != "" {
		os.WriteFile(out, []byte(report), 0o644)
	}
	if n < mutations {
		t.Errorf("only %d of %d file changes were made before the transitions were done", n, mutations)
	}
}

// writeSoakContent writes 12 artworks, an announcement and 50 ms slides
// into root, and returns the artworks folder and the picture to copy.
func writeSoakContent(t *testing.T, root string) (art string, template []byte) {
	t.Helper()
	art = filepath.Join(root, "artworks", "Soak")
	for _, dir := range []string{art, filepath.Join(root, "announcements")} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	template = encodeTestJPEG(800, 600)
	write := func(p string, data []byte) {
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 12 {
		write(filepath.Join(art, fmt.Sprintf("base-%02d.jpg", i)), append(bytes.Clone(template), byte(i)))
	}
	write(filepath.Join(root, "announcements", "news.md"), []byte("---\ntitle: Soak\n---\nText\n"))
	write(filepath.Join(root, "kiosk.toml"), []byte("transition = 0.02\n[durations]\nartwork = 0.05\nannouncement = 0.05\n"+
		"poster = 0.05\ntimetable = 0.05\n[mix]\nannouncement_every = 5\n"))
	return art, template
}

// mutateSoakContent adds a copy of template to art every 400 ms and
// removes the one added five before, up to n times or until stop; it
// returns how many it added.
func mutateSoakContent(art string, template []byte, n int, stop <-chan struct{}) int {
	tick := time.NewTicker(400 * time.Millisecond)
	defer tick.Stop()
	for i := 0; i < n; i++ {
		select {
		case <-stop:
			return i
		case <-tick.C:
		}
		// Trailing bytes make each copy's content distinct.
		os.WriteFile(filepath.Join(art, fmt.Sprintf("add-%04d.jpg", i)), append(bytes.Clone(template), []byte(fmt.Sprint(i))...), 0o644)
		os.Remove(filepath.Join(art, fmt.Sprintf("add-%04d.jpg", i-5)))
	}
	return n
}

// sampleSoak samples the running kiosk's report every 5 s until it has
// made transitions slides, for at most 55 minutes; an error if the kiosk
// exits or the time runs out first.
func sampleSoak(dbPath string, transitions int, exited <-chan error) ([]soakSample, error) {
	tick := time.NewTicker(5 * time.Second)
	defer tick.Stop()
	limit := time.After(55 * time.Minute)
	var samples []soakSample
	for {
		select {
		case err := <-exited:
			return samples, fmt.Errorf("kiosk exited (%v)", err)
		case <-limit:
			last := 0
			if len(samples) > 0 {
				last = samples[len(samples)-1].plays
			}
			return samples, fmt.Errorf("only %d transitions in %d samples before the deadline", last, len(samples))
		case <-tick.C:
		}
		s, ok := readSoakSample(dbPath)
		if !ok {
			continue
		}
		samples = append(samples, s)
		if s.plays >= transitions && len(samples) >= 8 {
			return samples, nil
		}
	}
}

// soakReport compares the first and the last quarter of the samples after
// warm-up (the first quarter), fails the test where one grew by more than
// 10 %, and returns the figures as markdown.
func soakReport(t *testing.T, samples []soakSample, mutated int) string {
	t.Helper()
	rest := samples[len(samples)/4:]
	q := max(1, len(rest)/4)
	avg := func(ss []soakSample, f func(soakSample) float64) float64 {
		sum := 0.0
		for _, s := range ss {
			sum += f(s)
		}
		return sum / float64(len(ss))
	}
	var report strings.Builder
	fmt.Fprintf(&report, "Written by `make soak` (TestSoak in cmd/kiosk/soak_test.go) on %s, 1280x720 Xvfb, 50 ms slides, "+
		"20 ms crossfades, 12 artworks + 1 announcement, a file added and one removed every 400 ms. Samples every 5 s from "+
		"the kiosk's own runtime report; warm-up is the first quarter of the samples; the first and last quarter of the "+
		"rest are compared.\n\n", time.Now().UTC().Format("2006-01-02 15:04 UTC"))
	fmt.Fprintf(&report, "| measure | after warm-up | at the end | change |\n|---|---|---|---|\n")
	for _, m := range []struct {
		name  string
		f     func(soakSample) float64
		slack float64
	}{
		{"RSS (MiB)", func(s soakSample) float64 { return s.rss / (1 << 20) }, 0},
		{"Go heap (MiB)", func(s soakSample) float64 { return s.heap / (1 << 20) }, 2},
		{"goroutines", func(s soakSample) float64 { return s.routines }, 3},
	} {
		early, late := avg(rest[:q], m.f), avg(rest[len(rest)-q:], m.f)
		change := (late - early) / early * 100
		fmt.Fprintf(&report, "| %s | %.1f | %.1f | %+.1f %% |\n", m.name, early, late, change)
		if late > early*1.10+m.slack {
			t.Errorf("%s grew from %.1f to %.1f (more than 10 %%)", m.name, early, late)
		}
	}
	fmt.Fprintf(&report, "\n%d transitions, %d files added and removed, %d samples over %s.\n",
		samples[len(samples)-1].plays, mutated, len(samples), time.Duration(len(samples))*5*time.Second)
	return report.String()
}

type soakSample struct {
	plays               int
	rss, heap, routines float64
}

func readSoakSample(dbPath string) (soakSample, bool) {
	var s soakSample
	db, err := sql.Open("sqlite3", "file:"+dbPath+"?mode=ro&_busy_timeout=5000")
	if err != nil {
		return s, false
	}
	defer db.Close()
	var raw string
	if db.QueryRow(`SELECT count(*) FROM plays`).Scan(&s.plays) != nil ||
		db.QueryRow(`SELECT value FROM facts WHERE key = 'running'`).Scan(&raw) != nil {
		return s, false
	}
	var facts map[string]any
	if json.Unmarshal([]byte(raw), &facts) != nil {
		return s, false
	}
	s.rss, _ = facts["rss_bytes"].(float64)
	s.heap, _ = facts["heap_bytes"].(float64)
	s.routines, _ = facts["goroutines"].(float64)
	return s, s.rss > 0
}
