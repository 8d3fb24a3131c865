package kiosk

import (
	"context"
	"encoding/json"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"
)

func TestMonitorRecordsAndExitsWhenStuck(t *testing.T) {
	s, err := OpenStore(filepath.Join(t.TempDir(), "kiosk.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
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
	time.Sleep(100 * time.Millisecond)
	raw, _ := s.Fact(ctx, "running")
	var facts map[string]any
	if err := json.Unmarshal([]byte(raw), &facts); err != nil {
		t.Fatalf("running facts %q: %v", raw, err)
	}
	if facts["current_slide"] != "artworks/A/x.jpg" || facts["screen"] != "hall" || facts["rss_bytes"].(float64) <= 0 {
		t.Errorf("running facts = %v", facts)
	}
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
