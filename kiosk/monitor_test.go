package kiosk

import (
	"context"
	"encoding/json"
	"os"
	"sync/atomic"
	"testing"
	"time"
)

func TestMonitorRecordsAndExitsWhenStuck(t *testing.T) {
	s := newTestStore(t)
	exited := make(chan int, 1)
	var answering atomic.Bool
	answering.Store(true)
	m := &Monitor{Store: s, Screen: "hall", Started: time.Now(), Every: 20 * time.Millisecond, Stuck: 100 * time.Millisecond,
		Exit:   func(code int) { exited <- code },
		PingUI: func(context.Context) bool { return answering.Load() }}
	m.Showing(Item{ID: 7, Source: "artworks/A/x.jpg"})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go m.Run(ctx)
	raw := waitFact(t, s, "running")
	var facts map[string]any
	if err := json.Unmarshal([]byte(raw), &facts); err != nil {
		t.Fatalf("running facts %q: %v", raw, err)
	}
	if facts["current_slide"] != "artworks/A/x.jpg" || facts["screen"] != "hall" || facts["rss_bytes"].(float64) <= 0 {
		t.Errorf("running facts = %v", facts)
	}
	// Wait for a record made after twice Stuck: a monitor that did not hear
	// the UI's answers would have exited by then.
	waitFor(t, "a record after twice the stuck time", func() bool {
		var rf RunFacts
		raw, _ := s.Fact(context.Background(), "running")
		return json.Unmarshal([]byte(raw), &rf) == nil && rf.Updated.Sub(rf.LastFrame) < m.Stuck &&
			rf.Updated.Sub(rf.Started) > 2*m.Stuck
	})
	select {
	case <-exited:
		t.Fatal("exited while the UI answers")
	default:
	}
	answering.Store(false)
	select {
	case code := <-exited:
		if code == 0 {
			t.Error("exit code 0 for a stuck screen")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("did not exit when the UI stopped answering")
	}
}

func TestStillRunning(t *testing.T) {
	now := time.Now()
	at := func(d time.Duration) time.Time { return now.Add(-d) }
	stopped := at(0)
	for _, tc := range []struct {
		name  string
		facts *RunFacts
		want  bool
	}{
		{"this process, just now", &RunFacts{PID: os.Getpid(), Updated: at(time.Second)}, true},
		{"this process, long silent", &RunFacts{PID: os.Getpid(), Updated: at(5 * time.Minute)}, false},
		{"stopped", &RunFacts{PID: os.Getpid(), Updated: at(time.Second), Stopped: &stopped}, false},
		{"no such process", &RunFacts{PID: 1 << 30, Updated: at(time.Second)}, false},
		{"nothing recorded", &RunFacts{}, false},
		{"no facts", nil, false},
	} {
		if got := stillRunning(tc.facts, now); got != tc.want {
			t.Errorf("%s: stillRunning = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestStatusAfterStop: a kiosk that stopped is shown as the last run, not
// as running.
func TestStatusAfterStop(t *testing.T) {
	s := newTestStore(t)
	m := &Monitor{Store: s, Started: time.Now(), Every: 20 * time.Millisecond, PingUI: func(context.Context) bool { return true }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { m.Run(ctx); close(done) }()
	waitFact(t, s, "running")
	if st, err := BuildStatus(context.Background(), s); err != nil || st.Running == nil {
		t.Fatalf("while running: running %v, %v", st.Running, err)
	}
	cancel()
	<-done
	st, err := BuildStatus(context.Background(), s)
	if err != nil || st.Running != nil || st.LastRun == nil || st.LastRun.Stopped == nil {
		t.Errorf("after stop: running %v, last run %v, %v", st.Running, st.LastRun, err)
	}
}

// waitFact waits for a fact to be recorded, at most five seconds.
func waitFact(t *testing.T, s *Store, key string) string {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if v, _ := s.Fact(context.Background(), key); v != "" {
			return v
		}
	}
	t.Fatalf("no %s fact recorded in 5s", key)
	return ""
}
