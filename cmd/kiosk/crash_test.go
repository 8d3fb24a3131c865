package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"
)

// TestE2ECrashConsistency kills `kiosk scan` with SIGKILL at random points
// while it ingests a folder, 20 times, then checks that the database is
// intact, that a clean rescan converges to the playlist of an uninterrupted
// scan, and that every rendition on disk is a whole picture.
func TestE2ECrashConsistency(t *testing.T) {
	bin := os.Getenv("KIOSK_E2E_BIN")
	if bin == "" || testing.Short() {
		t.Skip("set KIOSK_E2E_BIN to a built kiosk binary (make test does)")
	}
	dir := t.TempDir()
	content := filepath.Join(dir, "Kiosk")
	makeCrashContent(t, content)
	db := filepath.Join(dir, "killed", "kiosk.db")
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 20 {
		cmd := exec.Command(bin, "scan", "--content", content, "--db", db)
		cmd.Env = append(os.Environ(), "HOME="+dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.IntN(600)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if i%5 == 4 {
			checkIntegrity(t, db)
		}
	}
	checkIntegrity(t, db)

	scan := func(db string) string {
		out, err := exec.Command(bin, "scan", "--content", content, "--db", db).CombinedOutput()
		if err != nil {
			t.Fatalf("scan: %v\n%s", err, out)
		}
		out, err = exec.Command(bin, "playlist", "--json", "--content", content, "--db", db).Output()
		if err != nil {
			t.Fatal(err)
		}
		return playlistSummary(t, out)
	}
	afterKills := scan(db)
	clean := scan(filepath.Join(dir, "clean", "kiosk.db"))
	if afterKills != clean {
		t.Errorf("after 20 kills the playlist is\n%s\nbut an uninterrupted scan gives\n%s", afterKills, clean)
	}
	// Every rendition file is a whole JPEG; temp files are never left where
	// a reader would take them for renditions.
	filepath.Walk(filepath.Join(dir, "killed", "renditions"), func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return nil
		}
		if strings.HasSuffix(p, ".jpg") {
			f, _ := os.Open(p)
			defer f.Close()
			if _, err := jpeg.Decode(f); err != nil {
				t.Errorf("rendition %s is not whole: %v", p, err)
			}
		}
		return nil
	})
}

func checkIntegrity(t *testing.T, path string) {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		return // killed before it was made
	}
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var res string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check after kills: %q, %v", res, err)
	}
}

// playlistSummary is the sorted kind, source, size and title of each item.
func playlistSummary(t *testing.T, out []byte) string {
	var pl struct {
		Items []struct {
			Kind, Source  string
			Width, Height int
			Title         map[string]string
		}
	}
	if err := json.Unmarshal(out, &pl); err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, it := range pl.Items {
		lines = append(lines, fmt.Sprintf("%s %s %dx%d %s", it.Kind, it.Source, it.Width, it.Height, it.Title["kk"]+it.Title["ru"]+it.Title["en"]))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// encodeTestJPEG is a colourful w x h JPEG.
func encodeTestJPEG(w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x), uint8(y), uint8(x ^ y), 255})
		}
	}
	var b bytes.Buffer
	jpeg.Encode(&b, img, &jpeg.Options{Quality: 85})
	return b.Bytes()
}

// makeCrashContent writes 40 pictures big enough to take a while, labels,
// announcements and a few bad files, all dated in the past.
func makeCrashContent(t *testing.T, root string) {
	t.Helper()
	write := func(rel string, data []byte) {
		p := filepath.Join(root, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		old := time.Now().Add(-time.Minute)
		os.Chtimes(p, old, old)
	}
	var labels bytes.Buffer
	labels.WriteString("file,title_kk,title_ru,age\n")
	for i := range 40 {
		img := image.NewRGBA(image.Rect(0, 0, 1200+i*10, 900))
		for y := 0; y < 900; y++ {
			for x := 0; x < img.Bounds().Dx(); x++ {
				img.Set(x, y, color.RGBA{uint8(x * i), uint8(y + i), uint8(x ^ y), 255})
			}
		}
		var b bytes.Buffer
		jpeg.Encode(&b, img, &jpeg.Options{Quality: 85})
		name := fmt.Sprintf("сурет-%02d.jpg", i)
		write(filepath.Join("artworks", "Көрме", name), b.Bytes())
		fmt.Fprintf(&labels, "%s,Сурет %d,Рисунок %d,%d\n", name, i, i, 7+i%9)
	}
	write("artworks/Көрме/labels.csv", labels.Bytes())
	write("artworks/Көрме/broken.jpg", []byte("not a picture"))
	write("announcements/news.kk.md", []byte("---\ntitle: Жаңалық\n---\nМәтін\n"))
	write("announcements/news.ru.md", []byte("---\ntitle: Новость\n---\nТекст\n"))
}
