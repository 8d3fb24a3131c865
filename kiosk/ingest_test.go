package kiosk

import (
	"bytes"
	"context"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/shygarmashylyq/kiosk/media"
)

// fixture is a content folder and a store in a temp dir.
type fixture struct {
	t    *testing.T
	root string
	in   *Ingest
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	dir := t.TempDir()
	s, err := OpenStore(filepath.Join(dir, "db", "kiosk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	root := filepath.Join(dir, "Kiosk")
	os.MkdirAll(root, 0o755)
	return &fixture{t: t, root: root, in: &Ingest{Root: root, Store: s, Renditions: filepath.Join(dir, "db", "renditions"),
		Box: 320, Settle: media.Settle{Quiet: 50 * time.Millisecond}, Workers: 2}}
}

// write puts a file in the folder, dated a second ago so it has settled.
func (f *fixture) write(rel string, data []byte) {
	f.t.Helper()
	p := filepath.Join(f.root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		f.t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		f.t.Fatal(err)
	}
	old := time.Now().Add(-time.Second)
	os.Chtimes(p, old, old)
}

func (f *fixture) scan(paths ...string) ScanResult {
	f.t.Helper()
	var arg []string
	if len(paths) > 0 {
		arg = paths
	}
	res, err := f.in.Scan(context.Background(), arg)
	if err != nil {
		f.t.Fatalf("scan: %v", err)
	}
	return res
}

func (f *fixture) items() map[string]Item {
	f.t.Helper()
	items, err := f.in.Store.Items(context.Background())
	if err != nil {
		f.t.Fatal(err)
	}
	m := map[string]Item{}
	for _, it := range items {
		m[it.Source] = it
	}
	return m
}

func (f *fixture) refused() map[string]string {
	f.t.Helper()
	rs, err := f.in.Store.Refused(context.Background())
	if err != nil {
		f.t.Fatal(err)
	}
	m := map[string]string{}
	for _, r := range rs {
		m[r.Source] = r.Code
	}
	return m
}

// jpegBytes is a small JPEG of one colour (so distinct seeds hash apart).
func jpegBytes(w, h int, seed uint8) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{R: seed, G: uint8(x), B: uint8(y), A: 255})
		}
	}
	var b bytes.Buffer
	jpeg.Encode(&b, img, &jpeg.Options{Quality: 90})
	return b.Bytes()
}

// pngHeader is a PNG signature and IHDR claiming w x h, with nothing after.
func pngHeader(w, h uint32) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 6
	binary.Write(&b, binary.BigEndian, uint32(13))
	chunk := append([]byte("IHDR"), ihdr...)
	b.Write(chunk)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(chunk))
	return b.Bytes()
}

func keys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func TestScanTakesArtworksWithLabels(t *testing.T) {
	f := newFixture(t)
	f.write("artworks/Көктем 2026/Юрта.jpg", jpegBytes(80, 60, 1))
	f.write("artworks/Көктем 2026/tall.jpg", jpegBytes(30, 90, 2))
	f.write("artworks/Көктем 2026/no_label_here.jpg", jpegBytes(40, 40, 3))
	f.write("artworks/Көктем 2026/labels.csv", []byte("file,title_kk,title_ru,author_kk,age,technique_en\n"+
		"Юрта.jpg,Ақ үй,Белая юрта,Айгерім Сейітқали,9,watercolour\ntall.jpg,Бәйтерек,Байтерек,Нұрлан,12,gouache\n"))
	res := f.scan()
	if res.Added != 3 || res.Refused != 0 {
		t.Fatalf("scan: %+v; want 3 added, none refused (refused: %v)", res, f.refused())
	}
	items := f.items()
	yurt := items["artworks/Көктем 2026/Юрта.jpg"]
	if yurt.Title["kk"] != "Ақ үй" || yurt.Title["ru"] != "Белая юрта" || yurt.Meta.Author["kk"] != "Айгерім" /* [privacy] names = first */ ||
		yurt.Meta.Age != "9" || yurt.Meta.Exhibition != "Көктем 2026" || yurt.Width != 80 || yurt.Height != 60 {
		t.Errorf("labelled artwork = %+v", yurt)
	}
	if got := items["artworks/Көктем 2026/no_label_here.jpg"].Title["en"]; got != "no label here" {
		t.Errorf("title from file name = %q, want %q", got, "no label here")
	}
	if tall := items["artworks/Көктем 2026/tall.jpg"]; tall.Width != 30 || tall.Height != 90 {
		t.Errorf("tall is %dx%d, want 30x90", tall.Width, tall.Height)
	}
	// Each artwork has a rendition on disk, fitting the box.
	for _, it := range items {
		r, ok := f.in.Store.Rendition(context.Background(), it, f.in.Box)
		if !ok || r.Width > 320 || r.Height > 320 {
			t.Errorf("%s: rendition %+v ok=%v", it.Source, r, ok)
		}
	}
	// A second scan of the unchanged folder reads nothing.
	again := f.scan()
	if again.Added+again.Updated+again.Removed+again.Refused != 0 || again.Unchanged != again.Files {
		t.Errorf("rescan of an unchanged folder: %+v", again)
	}
}

func TestRenameKeepsItemAndDeleteRemovesIt(t *testing.T) {
	f := newFixture(t)
	f.write("artworks/A/one.jpg", jpegBytes(20, 20, 1))
	f.write("artworks/A/two.jpg", jpegBytes(20, 20, 2))
	f.scan()
	before := f.items()["artworks/A/one.jpg"]
	if err := os.Rename(filepath.Join(f.root, "artworks/A/one.jpg"), filepath.Join(f.root, "artworks/A/бір.jpg")); err != nil {
		t.Fatal(err)
	}
	f.scan("artworks/A/one.jpg", "artworks/A/бір.jpg")
	items := f.items()
	moved, ok := items["artworks/A/бір.jpg"]
	if !ok || moved.ID != before.ID {
		t.Fatalf("after rename: items %v; want id %d at the new name", keys(items), before.ID)
	}
	if _, ok := items["artworks/A/one.jpg"]; ok {
		t.Error("old name still in the playlist")
	}
	os.Remove(filepath.Join(f.root, "artworks/A/two.jpg"))
	res := f.scan()
	if _, ok := f.items()["artworks/A/two.jpg"]; ok || res.Removed != 1 {
		t.Errorf("deleted file still in the playlist (scan %+v)", res)
	}
}

func TestFolderRemovedAndRestoredKeepsIDs(t *testing.T) {
	f := newFixture(t)
	f.write("artworks/Hall/a.jpg", jpegBytes(20, 20, 1))
	f.write("artworks/Hall/b.jpg", jpegBytes(20, 20, 2))
	f.write("artworks/Other/c.jpg", jpegBytes(20, 20, 3))
	f.scan()
	before := f.items()
	hall := filepath.Join(f.root, "artworks/Hall")
	aside := filepath.Join(t.TempDir(), "Hall")
	if err := os.Rename(hall, aside); err != nil {
		t.Fatal(err)
	}
	f.scan("artworks/Hall")
	if got := keys(f.items()); len(got) != 1 {
		t.Fatalf("after removing the folder: %v, want only Other/c.jpg", got)
	}
	if err := os.Rename(aside, hall); err != nil {
		t.Fatal(err)
	}
	f.scan()
	after := f.items()
	for _, src := range []string{"artworks/Hall/a.jpg", "artworks/Hall/b.jpg"} {
		if after[src].ID == 0 || after[src].ID != before[src].ID {
			t.Errorf("%s came back as id %d, want %d", src, after[src].ID, before[src].ID)
		}
	}
}

// TestIdenticalPicturesKeepTheirOwnIDs: two copies of one picture, one
// deleted, then the folder out and back: the copy left comes back as itself.
func TestIdenticalPicturesKeepTheirOwnIDs(t *testing.T) {
	f := newFixture(t)
	same := jpegBytes(20, 20, 7)
	f.write("artworks/Dup/a.jpg", same)
	f.write("artworks/Dup/b.jpg", same)
	f.scan()
	before := f.items()
	// Keep the older item's file: the newer twin is the one a search by
	// content finds first.
	keep, drop := "artworks/Dup/a.jpg", "artworks/Dup/b.jpg"
	if before[keep].ID > before[drop].ID {
		keep, drop = drop, keep
	}
	os.Remove(filepath.Join(f.root, drop))
	f.scan()
	dup := filepath.Join(f.root, "artworks/Dup")
	aside := filepath.Join(t.TempDir(), "Dup")
	if err := os.Rename(dup, aside); err != nil {
		t.Fatal(err)
	}
	f.scan()
	if err := os.Rename(aside, dup); err != nil {
		t.Fatal(err)
	}
	f.scan()
	if got, want := f.items()[keep].ID, before[keep].ID; got != want {
		t.Errorf("%s came back as id %d, want its own %d (its twin was %d)", keep, got, want, before[drop].ID)
	}
}

func TestEditedFileIsTakenAgain(t *testing.T) {
	f := newFixture(t)
	f.write("artworks/A/x.jpg", jpegBytes(20, 10, 1))
	f.scan()
	before := f.items()["artworks/A/x.jpg"]
	f.write("artworks/A/x.jpg", jpegBytes(10, 30, 2))
	// Give the edit a different mtime from the first write.
	later := time.Now().Add(-500 * time.Millisecond)
	os.Chtimes(filepath.Join(f.root, "artworks/A/x.jpg"), later, later)
	res := f.scan()
	after := f.items()["artworks/A/x.jpg"]
	if res.Updated != 1 || after.ID != before.ID || after.Hash == before.Hash || after.Width != 10 || after.Height != 30 {
		t.Errorf("edit: scan %+v, before %+v, after %+v", res, before, after)
	}
}

func TestBadFilesAreRefusedWithReasons(t *testing.T) {
	f := newFixture(t)
	good := jpegBytes(40, 40, 9)
	f.write("artworks/A/good.jpg", good)
	f.write("artworks/A/empty.jpg", nil)
	f.write("artworks/A/letter.jpg", []byte("Dear parents, the concert is on Saturday.\n"))
	f.write("artworks/A/cut.jpg", good[:len(good)/2])
	f.write("artworks/A/huge.png", pngHeader(30000, 30000))
	f.write("artworks/A/notes.docx", []byte("PK\x03\x04 not a picture"))
	outside := filepath.Join(t.TempDir(), "secret.jpg")
	os.WriteFile(outside, good, 0o644)
	if err := os.Symlink(outside, filepath.Join(f.root, "artworks/A/link.jpg")); err != nil {
		t.Fatal(err)
	}
	os.Symlink("/nonexistent/nowhere.jpg", filepath.Join(f.root, "artworks/A/broken.jpg"))
	f.scan()
	want := map[string]string{
		"artworks/A/empty.jpg":  "empty",
		"artworks/A/letter.jpg": "not_image",
		"artworks/A/cut.jpg":    "damaged",
		"artworks/A/huge.png":   "too_large",
		"artworks/A/notes.docx": "not_image",
		"artworks/A/link.jpg":   "link_outside",
		"artworks/A/broken.jpg": "link_broken",
	}
	got := f.refused()
	for src, code := range want {
		if got[src] != code {
			t.Errorf("%s refused as %q, want %q", src, got[src], code)
		}
	}
	if items := f.items(); len(items) != 1 || items["artworks/A/good.jpg"].ID == 0 {
		t.Errorf("playlist = %v, want only good.jpg", keys(items))
	}
	st, _ := BuildStatus(context.Background(), f.in.Store)
	for _, r := range st.Refused {
		if r.Reason == "" || r.Reasons["ru"] == "" || r.Reasons["kk"] == "" {
			t.Errorf("%s: reason missing in some language: %+v", r.Source, r.Reasons)
		}
		if r.Source == "artworks/A/huge.png" && (!strings.Contains(r.Reason, "30000 × 30000") || !strings.Contains(r.Reason, "100 megapixels")) {
			t.Errorf("too-large reason %q does not give the size and the limit", r.Reason)
		}
		wantReason := map[string]string{"artworks/A/cut.jpg": "truncated", "artworks/A/letter.jpg": "not_picture",
			"artworks/A/notes.docx": "not_picture_folder", "artworks/A/empty.jpg": "empty"}[r.Source]
		if wantReason != "" && r.ReasonCode != wantReason {
			t.Errorf("%s: reason_code %q, want %q", r.Source, r.ReasonCode, wantReason)
		}
	}
	// Fixing a file clears its refusal; removing one drops it.
	f.write("artworks/A/cut.jpg", jpegBytes(40, 40, 7))
	os.Remove(filepath.Join(f.root, "artworks/A/letter.jpg"))
	f.scan()
	got = f.refused()
	if _, ok := got["artworks/A/cut.jpg"]; ok {
		t.Error("fixed file still refused")
	}
	if _, ok := got["artworks/A/letter.jpg"]; ok {
		t.Error("removed file still refused")
	}
	if _, ok := f.items()["artworks/A/cut.jpg"]; !ok {
		t.Error("fixed file not in the playlist")
	}
}

func TestMissingFileWaitsForGracePeriod(t *testing.T) {
	f := newFixture(t)
	clock := newTestClock()
	f.in.Clock, f.in.Store.Clock = clock.Clock(), clock.Clock()
	f.in.Grace = time.Minute
	f.write("artworks/A/x.jpg", jpegBytes(20, 20, 1))
	f.scan()
	data, _ := os.ReadFile(filepath.Join(f.root, "artworks/A/x.jpg"))
	os.Remove(filepath.Join(f.root, "artworks/A/x.jpg"))
	res := f.scan()
	if _, ok := f.items()["artworks/A/x.jpg"]; !ok || len(res.Pending) != 1 {
		t.Fatalf("a file missing for a moment left at once (scan %+v)", res)
	}
	// A sync tool puts the new copy back within the grace period.
	clock.advance(30 * time.Second)
	f.write("artworks/A/x.jpg", data)
	f.scan()
	clock.advance(time.Minute)
	f.scan()
	if it, ok := f.items()["artworks/A/x.jpg"]; !ok || !it.MissingAt.IsZero() {
		t.Fatalf("file replaced within the grace period was dropped or is still marked missing: %+v", it)
	}
	// Gone again: still shown until the grace period is over, then dropped.
	os.Remove(filepath.Join(f.root, "artworks/A/x.jpg"))
	f.scan()
	clock.advance(59 * time.Second)
	if res := f.scan(); len(res.Pending) != 1 {
		t.Errorf("a second before the end of the grace period: scan %+v, want the file pending", res)
	}
	if _, ok := f.items()["artworks/A/x.jpg"]; !ok {
		t.Fatal("file left the playlist before the grace period was over")
	}
	clock.advance(time.Second)
	f.scan()
	if _, ok := f.items()["artworks/A/x.jpg"]; ok {
		t.Error("file gone for the whole grace period is still in the playlist")
	}
}

func TestFileStillBeingWrittenIsNotRead(t *testing.T) {
	f := newFixture(t)
	f.in.Settle.Quiet = time.Hour // everything written now counts as still arriving
	p := filepath.Join(f.root, "artworks/A/new.jpg")
	os.MkdirAll(filepath.Dir(p), 0o755)
	os.WriteFile(p, jpegBytes(20, 20, 1)[:100], 0o644)
	res := f.scan()
	if len(res.Pending) != 1 || res.Refused != 0 || len(f.items()) != 0 {
		t.Errorf("half-written file: scan %+v, refused %v", res, f.refused())
	}
}

func TestMissingRootKeepsPlaylist(t *testing.T) {
	f := newFixture(t)
	f.write("artworks/A/x.jpg", jpegBytes(20, 20, 1))
	f.scan()
	aside := filepath.Join(t.TempDir(), "gone")
	os.Rename(f.root, aside)
	if _, err := f.in.Scan(context.Background(), nil); err == nil {
		t.Error("scan of a missing folder did not fail")
	}
	os.MkdirAll(f.root, 0o755) // an empty mount point
	if _, err := f.in.Scan(context.Background(), nil); err == nil {
		t.Error("scan of an empty folder did not fail")
	}
	if len(f.items()) != 1 {
		t.Error("the playlist was emptied while the folder was missing")
	}
}

func TestTitleFromNameIsComposedAndValid(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{norm.NFD.String("Ағаш_йылқы.jpg"), "Ағаш йылқы"},
		{"bad\xffname.jpg", "bad\uFFFDname"},
		{"Көктем_2026-01.jpg", "Көктем 2026-01"},
		{".jpg", "—"},
	} {
		if got := titleFromName(tc.in); got != tc.want {
			t.Errorf("titleFromName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := exhibitionOf("artworks/" + norm.NFD.String("Йолка") + "/a.jpg"); got != "Йолка" {
		t.Errorf("exhibition of an NFD folder = %q, want it composed", got)
	}
}

// TestLowPriorityWorkers: a worker that prepares pictures for a running
// display runs nice, on a thread of its own.
func TestLowPriorityWorkers(t *testing.T) {
	done := make(chan [2]int)
	go func() {
		before, _ := threadNice()
		lowerThreadPriority()
		after, _ := threadNice()
		done <- [2]int{before, after}
	}()
	got := <-done
	if runtime.GOOS == "linux" && got[1] != got[0]+backgroundNice && got[1] != 19 {
		t.Errorf("nice before %d, after %d; want %d more", got[0], got[1], backgroundNice)
	}
	if now, _ := threadNice(); runtime.GOOS == "linux" && now != got[0] {
		t.Errorf("the test's own thread is at nice %d, want %d: the lowered thread was reused", now, got[0])
	}
}

// TestPictureOutsideTheFoldersIsExplained: a picture staff dropped at the
// top of the folder, or in a folder of their own, is not shown, and status
// says where it goes; other files there are left alone.
func TestPictureOutsideTheFoldersIsExplained(t *testing.T) {
	f := newFixture(t)
	f.write("Көктем.jpg", jpegBytes(20, 20, 1))
	f.write("Фото/a.jpg", jpegBytes(20, 20, 2))
	f.write("song.mp3", []byte("ID3"))
	f.write("README.txt", []byte("notes"))
	f.scan()
	got := f.refused()
	for _, rel := range []string{"Көктем.jpg", "Фото/a.jpg", "song.mp3"} {
		if got[rel] != "outside_folders" {
			t.Errorf("%s: refusal %q, want outside_folders (saying where pictures go)", rel, got[rel])
		}
	}
	if _, ok := got["README.txt"]; ok || len(f.items()) != 0 {
		t.Errorf("README.txt refused or items taken: %v, %v", got, keys(f.items()))
	}
}
