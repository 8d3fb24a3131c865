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
	content := filepath.Join(home, "Kiosk")
	art := filepath.Join(content, "artworks", "Soak")
	os.MkdirAll(art, 0o755)
	os.MkdirAll(filepath.Join(content, "announcements"), 0o755)
	template := jpegOf(800, 600)
	for i := range 12 {
		os.WriteFile(filepath.Join(art, fmt.Sprintf("base-%02d.jpg", i)), append(bytes.Clone(template), byte(i)), 0o644)
	}
	os.WriteFile(filepath.Join(content, "announcements", "news.md"), []byte("---\ntitle: Soak\n---\nText\n"), 0o644)
	os.WriteFile(filepath.Join(content, "kiosk.toml"), []byte("transition = 0.02\n[durations]\nartwork = 0.05\nannouncement = 0.05\n"+
		"poster = 0.05\ntimetable = 0.05\n[mix]\nannouncement_every = 5\n"), 0o644)

	k := exec.Command(bin, "run")
	k.Env = kioskEnv(home, x)
	var logs bytes.Buffer
	k.Stdout, k.Stderr = &logs, &logs
	if err := k.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		k.Process.Signal(syscall.SIGTERM)
		k.Wait()
	}()
	dbPath := filepath.Join(home, ".local/share/kiosk/kiosk.db")

	stop := make(chan struct{})
	mutated := make(chan int, 1)
	go func() {
		n := 0
		defer func() { mutated <- n }()
		for ; n < mutations; n++ {
			select {
			case <-stop:
				return
			case <-time.After(400 * time.Millisecond):
			}
			// Trailing bytes make each copy's content distinct.
			os.WriteFile(filepath.Join(art, fmt.Sprintf("add-%04d.jpg", n)), append(bytes.Clone(template), []byte(fmt.Sprint(n))...), 0o644)
			os.Remove(filepath.Join(art, fmt.Sprintf("add-%04d.jpg", n-5)))
		}
	}()

	var samples []soakSample
	deadline := time.Now().Add(55 * time.Minute)
	for time.Now().Before(deadline) {
		time.Sleep(5 * time.Second)
		if k.ProcessState != nil {
			t.Fatalf("kiosk exited:\n%s", logs.String())
		}
		s, ok := readSoakSample(dbPath)
		if !ok {
			continue
		}
		samples = append(samples, s)
		if s.plays >= transitions {
			break
		}
	}
	close(stop)
	n := <-mutated
	if len(samples) < 8 || samples[len(samples)-1].plays < transitions {
		last := 0
		if len(samples) > 0 {
			last = samples[len(samples)-1].plays
		}
		t.Fatalf("only %d transitions in %d samples before the deadline", last, len(samples))
	}
	// Warm-up: the first quarter. Then the first and the last quarter of
	// the rest are compared.
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
		samples[len(samples)-1].plays, n, len(samples), time.Duration(len(samples))*5*time.Second)
	t.Log("\n" + report.String())
	if out := os.Getenv("KIOSK_SOAK_REPORT"); out != "" {
		os.WriteFile(out, []byte(report.String()), 0o644)
	}
	if n < mutations {
		t.Errorf("only %d of %d file changes were made before the transitions were done", n, mutations)
	}
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

func jpegOf(w, h int) []byte {
	return encodeTestJPEG(w, h)
}
