package kiosk

import (
	"archive/zip"
	"bytes"
	"context"
	"image"
	"image/color"
	"image/color/palette"
	"image/gif"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestBadInputSuite drops every kind of bad file staff or tools produce
// beside good ones, and checks: no panic, bounded time and memory, a reason
// for each bad file, and every good file still taken.
func TestBadInputSuite(t *testing.T) {
	if testing.Short() {
		t.Skip("builds large files")
	}
	f := newFixture(t)
	good := jpegBytes(64, 48, 1)
	f.write("artworks/Good/good.jpg", good)
	f.write("artworks/Good/labels.csv", []byte("file,title_kk\ngood.jpg,Жақсы сурет\n"))
	f.write("announcements/good.md", []byte("---\ntitle: Жақсы хабарландыру\n---\nМәтін\n"))
	f.write("clubs/clubs.csv", []byte("id,name\nrobo,Робототехника\n"))
	f.write("clubs/timetable.csv", []byte("club_id,day,start,end\nrobo,Дс,15:00,16:00\n"))

	bad := map[string]string{} // path -> expected refusal code ("" = any)
	put := func(rel string, data []byte, code string) {
		f.write(rel, data)
		bad[rel] = code
	}
	put("artworks/Bad/truncated.jpg", good[:len(good)/2], "damaged")
	put("artworks/Bad/zero.jpg", nil, "empty")
	put("artworks/Bad/letter.png", []byte("Құрметті ата-аналар! This is a letter, not a picture.\n"), "not_image")
	put("artworks/Bad/fake.webp", []byte("RIFF\x00\x00\x00\x00WEBPjunkjunk"), "")
	put("artworks/Bad/huge.png", pngHeader(30000, 30000), "too_large")
	if cjpeg, err := exec.LookPath("cjpeg"); err == nil {
		progressive := progressiveJPEG(t, cjpeg)
		put("artworks/Bad/progressive-cut.jpg", progressive[:len(progressive)*2/3], "damaged")
		f.write("artworks/Good/progressive.jpg", progressive)
	}
	f.write("artworks/Good/many-frames.gif", manyFrameGIF(10000))
	put("announcements/huge.txt", bytes.Repeat([]byte("бос сөз "), 50<<20/len("бос сөз ")), "file_too_big")
	put("announcements/bad-utf8.md", []byte("---\ntitle: \xff\xfe bad\n---\ntext\n"), "")
	put("announcements/bad-date.ru.md", []byte("---\ntitle: Плохая дата\nfrom: 32.13.2025\n---\nтекст\n"), "")
	put("announcements/deep.md", []byte("---\ntitle: "+strings.Repeat("[", 5000)+strings.Repeat("]", 5000)+"\n---\n"), "")
	put("announcements/laughs.md", []byte(yamlBomb()), "")
	put("artworks/Quotes/labels.csv", []byte("file,title\n\"unclosed.jpg,Title\n"), "")
	put("artworks/Wide/labels.csv", []byte(strings.Repeat("col,", 10000)+"file\n"), "")
	f.write("artworks/Mixed/a.jpg", jpegBytes(30, 30, 2))
	f.write("artworks/Mixed/labels.csv", append([]byte("file,title\na.jpg,Сурет\n"), []byte("b.jpg,\xd0\xe8\xf1\xf3\xed\xee\xea\n")...))
	os.Symlink("/etc/passwd", filepath.Join(f.root, "artworks", "Bad", "passwd.jpg"))
	bad["artworks/Bad/passwd.jpg"] = "link_outside"
	os.Symlink("loop-b.jpg", filepath.Join(f.root, "artworks", "Bad", "loop-a.jpg"))
	os.Symlink("loop-a.jpg", filepath.Join(f.root, "artworks", "Bad", "loop-b.jpg"))
	bad["artworks/Bad/loop-a.jpg"], bad["artworks/Bad/loop-b.jpg"] = "link_broken", "link_broken"
	f.write("artworks/Names/new\nline.jpg", jpegBytes(20, 20, 3))
	f.write("artworks/Names/bad\xffbyte.jpg", jpegBytes(20, 20, 4))

	// A second content folder for the zip bomb: excelize is given limits.
	f.write("clubs/clubs.xlsx", zipBomb(t))
	bad["clubs/clubs.xlsx"] = ""

	var peak atomic.Uint64
	stop := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	start := time.Now()
	res, err := f.in.Scan(ctx, nil)
	close(stop)
	if err != nil {
		t.Fatalf("scan: %v", err)
	}
	t.Logf("scan of the bad-input folder: %v, peak heap %d MiB, %+v", time.Since(start), peak.Load()>>20, res)
	if peak.Load() > 1<<30 {
		t.Errorf("peak heap %d MiB: a bad file was read whole", peak.Load()>>20)
	}

	refused := f.refused()
	for rel, code := range bad {
		got, ok := refused[rel]
		if !ok {
			t.Errorf("%q was not refused", rel)
		} else if code != "" && got != code {
			t.Errorf("%q refused as %q, want %q", rel, got, code)
		}
	}
	items := f.items()
	for _, rel := range []string{"artworks/Good/good.jpg", "artworks/Good/many-frames.gif", "announcements/good.md",
		"artworks/Mixed/a.jpg", "artworks/Names/new\nline.jpg", "artworks/Names/bad\xffbyte.jpg", "clubs/timetable"} {
		if _, ok := items[rel]; !ok {
			t.Errorf("good file %q not taken", rel)
		}
	}
	if items["artworks/Good/good.jpg"].Title["kk"] != "Жақсы сурет" {
		t.Errorf("good label not applied: %v", items["artworks/Good/good.jpg"].Title)
	}
	st, err := BuildStatus(context.Background(), f.in.Store)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range st.Refused {
		if r.Reason == "" || r.Reasons["ru"] == "" {
			t.Errorf("%q refused without a reason in English and Russian: %+v", r.Source, r.Reasons)
		}
	}
}

// manyFrameGIF is an animated GIF of n tiny frames; only the first is shown.
func manyFrameGIF(n int) []byte {
	g := &gif.GIF{}
	for i := range n {
		frame := image.NewPaletted(image.Rect(0, 0, 4, 4), palette.Plan9)
		frame.Set(i%4, 0, color.White)
		g.Image = append(g.Image, frame)
		g.Delay = append(g.Delay, 1)
	}
	var b bytes.Buffer
	gif.EncodeAll(&b, g)
	return b.Bytes()
}

func progressiveJPEG(t *testing.T, cjpeg string) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 400, 300))
	for y := 0; y < 300; y++ {
		for x := 0; x < 400; x++ {
			img.Set(x, y, color.RGBA{uint8(x), uint8(y), uint8(x * y), 255})
		}
	}
	var ppm bytes.Buffer
	ppm.WriteString("P6\n400 300\n255\n")
	for y := 0; y < 300; y++ {
		for x := 0; x < 400; x++ {
			c := img.RGBAAt(x, y)
			ppm.Write([]byte{c.R, c.G, c.B})
		}
	}
	cmd := exec.Command(cjpeg, "-progressive", "-quality", "85")
	cmd.Stdin = &ppm
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("cjpeg: %v", err)
	}
	return out
}

// yamlBomb is front matter whose aliases expand a billion times.
func yamlBomb() string {
	var b strings.Builder
	b.WriteString("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n")
	prev := "a"
	for _, name := range []string{"b", "c", "d", "e", "f", "g", "h", "i"} {
		b.WriteString(name + ": &" + name + " [")
		for j := range 9 {
			if j > 0 {
				b.WriteString(",")
			}
			b.WriteString("*" + prev)
		}
		b.WriteString("]\n")
		prev = name
	}
	b.WriteString("title: *i\n---\nbody\n")
	return b.String()
}

// zipBomb is a "clubs.xlsx" whose sheet unpacks to 200 MB of XML.
func zipBomb(t *testing.T) []byte {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, name := range []string{"[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"} {
		w, _ := z.Create(name)
		w.Write([]byte(`<?xml version="1.0"?><x/>`))
	}
	w, err := z.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	chunk := bytes.Repeat([]byte("<row><c><v>0</v></c></row>"), 1<<15)
	for written := 0; written < 200<<20; written += len(chunk) {
		w.Write(chunk)
	}
	z.Close()
	return b.Bytes()
}
