package slides

import (
	"os"
	"testing"
	"time"
)

func TestDumpTmp(t *testing.T) {
	os.WriteFile("/tmp/seed.xlsx", clubsXLSX, 0o644)
	b, _ := os.ReadFile("/tmp/fz/9319.xlsx")
	start := time.Now()
	done := make(chan struct{})
	go func() { _, p, err := ParseClubsXLSX(b); t.Log(len(p), err); close(done) }()
	select {
	case <-done:
		t.Log(time.Since(start))
	case <-time.After(10 * time.Second):
		t.Fatal("hang")
	}
}
