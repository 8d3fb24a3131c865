package media

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"image"
	"io"
	"os"
	"path/filepath"
)

// Size is a width and height in pixels.
type Size struct{ W, H int }

// Rendition is a prepared, screen-sized image on disk.
type Rendition struct {
	Path          string
	Width, Height int // upright pixels of the rendition
}

// renditionQuality is the JPEG quality of renditions.
const renditionQuality = 88

// renditionMaxPixels bounds what DecodeRendition will decode.
const renditionMaxPixels = 64 << 20

// MakeRendition decodes the image at src (JPEG, PNG, WebP, or a GIF's first
// frame), turns it upright by its EXIF orientation, shrinks it (never
// enlarges) to fit inside box keeping its aspect ratio, lays any
// transparency over white, and writes it as a JPEG to dst. It writes a
// temporary file in dst's folder (made if missing), syncs it and renames it,
// so a reader never sees half a file. maxPixels is as for ProbeImage.
//
// A JPEG is shrunk while it is decoded (libjpeg-turbo's DCT scaling, to at
// least the final size) and then to the exact size with an area filter.
// MakeRendition checks ctx between its stages.
func MakeRendition(ctx context.Context, src, dst string, box Size, maxPixels int64) (Rendition, error) {
	if box.W <= 0 || box.H <= 0 {
		return Rendition{}, fmt.Errorf("media: rendition box %dx%d is empty", box.W, box.H)
	}
	if err := ctx.Err(); err != nil {
		return Rendition{}, err
	}
	data, h, err := readImage(src, maxPixels)
	if err != nil {
		return Rendition{}, withPath(err, src)
	}
	if err := ctx.Err(); err != nil {
		return Rendition{}, err
	}
	uw, uh := h.Upright()
	fw, fh := fitInside(uw, uh, box)
	sw, sh := fw, fh // in stored orientation
	if h.Orientation >= 5 {
		sw, sh = fh, fw
	}
	img, free, err := decodeImage(data, h, sw, sh, true)
	if err != nil {
		return Rendition{}, withPath(err, src)
	}
	defer free() // only after encoding: img may be the very image encoded
	if err := ctx.Err(); err != nil {
		return Rendition{}, err
	}
	img = orient(resizeArea(img, sw, sh), h.Orientation)
	out, err := encodeJPEG(img, renditionQuality)
	if err != nil {
		return Rendition{}, fmt.Errorf("rendition of %s: %w", src, err)
	}
	if err := ctx.Err(); err != nil {
		return Rendition{}, err
	}
	if err := writeFileAtomic(dst, out); err != nil {
		return Rendition{}, err
	}
	return Rendition{Path: dst, Width: fw, Height: fh}, nil
}

// readImage probes the file at path, refusing it before reading further if
// it is too large, then reads it whole and probes the bytes read (the file
// may have changed in between).
func readImage(path string, maxPixels int64) ([]byte, imageHeader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, imageHeader{}, err
	}
	defer f.Close()
	if _, err := probeHeader(bufio.NewReaderSize(f, 16<<10), maxPixels, false); err != nil {
		return nil, imageHeader{}, err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, imageHeader{}, err
	}
	var buf bytes.Buffer
	if fi, err := f.Stat(); err == nil && fi.Size() > 0 {
		buf.Grow(int(fi.Size()) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(f); err != nil {
		return nil, imageHeader{}, err
	}
	data := buf.Bytes()
	h, err := probeHeader(bufio.NewReader(bytes.NewReader(data)), maxPixels, true)
	return data, h, err
}

// writeFileAtomic writes data to path through a temporary file in the same
// folder: written, synced, renamed over path, and the folder synced.
func writeFileAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Chmod(0o644); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return err
	}
	if d, err := os.Open(dir); err == nil { // make the rename itself durable
		d.Sync() // some file systems cannot sync folders; the file is safe anyway
		d.Close()
	}
	return nil
}

// DecodeRendition decodes a rendition written by MakeRendition for display.
// The result is an opaque *image.RGBA. It decodes other images too (turned
// upright, transparency over white), up to 64 MP.
func DecodeRendition(path string) (image.Image, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	h, err := probeHeader(bufio.NewReader(bytes.NewReader(data)), renditionMaxPixels, true)
	if err != nil {
		return nil, withPath(err, path)
	}
	img, _, err := decodeImage(data, h, h.Width, h.Height, false)
	if err != nil {
		return nil, withPath(err, path)
	}
	return orient(img, h.Orientation), nil
}
