package media

import (
	"bytes"
	"context"
	"fmt"
	"image/jpeg"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func TestZZPSNR(t *testing.T) {
	files, _ := filepath.Glob("/usr/share/backgrounds/mate/nature/*.jpg")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		full, _ := jpeg.Decode(bytes.NewReader(data))
		for _, box := range []Size{{1920, 1920}, {800, 800}, {300, 300}} {
			dst := filepath.Join(t.TempDir(), "o.jpg")
			r, err := MakeRendition(context.Background(), f, dst, box, 0)
			if err != nil { t.Fatal(err) }
			got, _ := DecodeRendition(dst)
			ref := resizeArea(flatten(full), r.Width, r.Height)
			vp := filepath.Join(t.TempDir(), "v.jpg")
			exec.Command("vipsthumbnail", f, "--size", fmt.Sprintf("%dx%d", box.W, box.H), "-o", vp+"[Q=88]").Run()
			v, err := DecodeRendition(vp)
			vs := ""
			if err == nil && v.Bounds().Dx() == r.Width && v.Bounds().Dy() == r.Height {
				vs = fmt.Sprintf("vips-ref %.1f vips-ours %.1f", psnr(ref, v), psnr(v, got))
			} else if err == nil { vs = fmt.Sprint(v.Bounds()) }
			fmt.Printf("%-16s %v ours-ref %.1f %s\n", filepath.Base(f), box, psnr(ref, got), vs)
		}
	}
}
