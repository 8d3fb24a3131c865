package kiosk

import (
	"context"

	"github.com/shygarmashylyq/kiosk/media"
)

// The writes of one file taken in: its item, its index row and its rendition,
// in one transaction.

// putTrack stores a measured track at f: the item the file belongs to (see
// itemForFile), filled by fill, and the file's index row, together.
func (s *Store) putTrack(ctx context.Context, root string, f fileState, hash string, fill func(*Item)) (found, error) {
	var how found
	err := s.write(ctx, func(t storeTx) error {
		it, h, err := t.itemForFile(ctx, root, KindTrack, f.rel, hash)
		if err != nil {
			return err
		}
		how = h
		fill(&it)
		if _, err := t.putItem(ctx, it); err != nil {
			return err
		}
		return t.indexFile(ctx, f, hash)
	})
	return how, err
}

// putText stores an announcement or poster text made of several files under
// the item source: the item it belongs to (see itemForFile), filled by fill.
func (s *Store) putText(ctx context.Context, root string, kind Kind, source, hash string, fill func(*Item)) (found, error) {
	var how found
	err := s.write(ctx, func(t storeTx) error {
		it, h, err := t.itemForFile(ctx, root, kind, source, hash)
		if err != nil {
			return err
		}
		how = h
		fill(&it)
		_, err = t.putItem(ctx, it)
		return err
	})
	return how, err
}

// storedImage is a prepared picture, ready to be stored.
type storedImage struct {
	f             fileState
	kind          Kind // artwork or poster
	hash          string
	width, height int // upright
	box           int
	rendition     media.Rendition
}

// putImage stores a prepared picture: its item (see itemForFile) filled by
// fill, the file's index row and the rendition, together. A picture that is
// the same as its item (a file copied again) only moves the index and
// reports foundSame; the same content at a new size reports foundEdit.
func (s *Store) putImage(ctx context.Context, root string, img storedImage, fill func(*Item)) (found, error) {
	var how found
	err := s.write(ctx, func(t storeTx) error {
		it, h, err := t.itemForFile(ctx, root, img.kind, img.f.rel, img.hash)
		if err != nil {
			return err
		}
		how = h
		if h == foundSame && it.Width == img.width && it.Height == img.height {
			return t.indexFile(ctx, img.f, img.hash)
		}
		if h == foundSame {
			how = foundEdit // same content, new size: counted as an update
		}
		it.Kind, it.Source, it.Hash, it.Width, it.Height = img.kind, img.f.rel, img.hash, img.width, img.height
		fill(&it)
		if _, err := t.putItem(ctx, it); err != nil {
			return err
		}
		if err := t.indexFile(ctx, img.f, img.hash); err != nil {
			return err
		}
		return t.putRendition(ctx, img.hash, img.box, img.rendition)
	})
	return how, err
}
