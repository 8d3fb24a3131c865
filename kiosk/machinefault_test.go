package kiosk

import (
	"bytes"
	"errors"
	"image"
	"image/jpeg"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/mattn/go-sqlite3"
)

func TestMachineFault(t *testing.T) {
	for _, tc := range []struct {
		err     error
		machine bool
	}{
		{&fs.PathError{Op: "write", Path: "r.jpg", Err: syscall.ENOSPC}, true},
		{&fs.PathError{Op: "read", Path: "a.jpg", Err: syscall.EIO}, true},
		{sqlite3.Error{Code: sqlite3.ErrBusy}, true},
		{sqlite3.Error{Code: sqlite3.ErrFull}, true},
		{&fs.PathError{Op: "open", Path: "a.jpg", Err: syscall.EACCES}, false},
		{errors.New("unexpected EOF"), false},
	} {
		r := explain(tc.err)
		if got := r.Code == codeMachineFault; got != tc.machine {
			t.Errorf("explain(%v) = %s, machine fault %v, want %v", tc.err, r.Code, got, tc.machine)
		}
	}
}

// TestFullDiskIsNoVerdict fills the disk of the renditions (a tiny tmpfs):
// the photo is not refused but waits; once space is freed it is taken.
func TestFullDiskIsNoVerdict(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a small tmpfs needs root")
	}
	f := newFixture(t)
	rend := filepath.Join(t.TempDir(), "renditions")
	os.MkdirAll(rend, 0o755)
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=4k", "tmpfs", rend).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", rend).Run() })
	f.in.Renditions = rend
	// A noisy photo: its rendition does not fit in 4 KB.
	f.write("artworks/Show/photo.jpg", noisyJPEG(t, 600, 400))
	res := f.scan()
	if code := f.refused()["artworks/Show/photo.jpg"]; code != "" {
		t.Fatalf("a full disk refused the photo (%s); it should wait", code)
	}
	if len(res.Pending) != 1 {
		t.Fatalf("pending = %v, want the photo", res.Pending)
	}
	if what, n := f.in.faults.take(); what == "" || n != 1 {
		t.Errorf("machine fault noted = %q for %d files, want one", what, n)
	}
	if out, err := exec.Command("mount", "-o", "remount,size=16m", rend).CombinedOutput(); err != nil {
		t.Fatalf("remount: %v %s", err, out)
	}
	f.scan(res.Pending...)
	if _, ok := f.items()["artworks/Show/photo.jpg"]; !ok {
		t.Errorf("the photo was not taken once space was freed (refused: %v)", f.refused())
	}
}

// noisyJPEG is a photo-like JPEG that does not compress to almost nothing.
func noisyJPEG(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	r := rand.New(rand.NewPCG(7, 7))
	for i := range img.Pix {
		img.Pix[i] = uint8(r.IntN(256))
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
