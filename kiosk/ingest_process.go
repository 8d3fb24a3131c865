package kiosk

import (
	"context"
	"errors"
	"path"
	"sort"
	"sync"
	"time"

	"github.com/shygarmashylyq/kiosk/media"
)

// process reads the changed files and writes what they hold to the store.
// Images are prepared by parallel workers; all writes happen here, in order.
func (in *Ingest) process(ctx context.Context, root string, changed []fileState, res *ScanResult) error {
	sort.Slice(changed, func(i, j int) bool { return changed[i].rel < changed[j].rel })
	b := batch{labelDirs: map[string]bool{}, groups: map[string]bool{}, posters: map[string]bool{}}
	for _, f := range changed {
		if err := in.route(ctx, f, &b, res); err != nil {
			return err
		}
	}
	return in.finish(ctx, &b, res)
}

// batch is what one scan's files leave to do once all are routed: pictures
// are prepared in parallel, and a table, labels or an announcement in
// several files is read once whichever of its files changed.
type batch struct {
	images     []fileState
	labelDirs  map[string]bool // labels.csv read again
	groups     map[string]bool // announcements to read again
	posters    map[string]bool // posters whose NAME.yml changed
	clubs      bool            // the clubs are read again
	configSeen bool            // kiosk.toml changed: [privacy] may have
}

// route takes a changed file on what ClassifyPath says it is, or leaves it
// to the batch.
func (in *Ingest) route(ctx context.Context, f fileState, b *batch, res *ScanResult) error {
	if f.link != nil {
		return in.refuseFile(ctx, f, f.link, res)
	}
	switch ClassifyPath(f.rel) {
	case PathConfig:
		b.configSeen = true
		return in.indexOnly(ctx, f)
	case PathLabels:
		b.labelDirs[path.Dir(f.rel)] = true
		return in.takeLabels(ctx, f, res)
	case PathArtwork, PathPoster:
		b.images = append(b.images, f)
	case PathNotArtwork:
		return in.refuseFile(ctx, f, notPictureFile(f), res)
	case PathClubsTable:
		b.clubs = true // takeClubs indexes the tables
	case PathClubPhoto:
		b.clubs = true
		return in.indexOnly(ctx, f)
	case PathTrack:
		return in.takeTrack(ctx, f, res)
	case PathNotTrack:
		return in.refuseFile(ctx, f, notMusicFile(f), res)
	case PathAnnouncement:
		b.groups[announcementGroup(f.rel)] = true
	case PathPosterMeta:
		err := in.takePosterMeta(ctx, f, res)
		if p := in.posterOf(f.rel); p != "" {
			b.posters[p] = true
		}
		return err
	case PathNotAnnouncement:
		return in.refuseFile(ctx, f, notAnnouncementFile(f), res)
	case PathOutside:
		// A picture or a song in no known folder (at the top, or in
		// "Фото/"): staff meant it to be shown, so say where it goes.
		return in.refuseFile(ctx, f, errOutside, res)
	default:
		// Other files that are not content: indexed so a rescan does not
		// look at them again. (Walk never lists ignored or invalid paths.)
		return in.indexOnly(ctx, f)
	}
	return nil
}

// finish does what the batch left: the pictures, then what reads several
// files at once.
func (in *Ingest) finish(ctx context.Context, b *batch, res *ScanResult) error {
	if err := in.prepareImages(ctx, b.images, res); err != nil {
		return err
	}
	if err := in.relabelForPrivacy(ctx, b.configSeen, b.labelDirs); err != nil {
		return err
	}
	for dir := range b.labelDirs {
		if err := in.relabel(ctx, dir); err != nil {
			return err
		}
	}
	for g := range b.groups {
		if err := in.takeAnnouncement(ctx, g, res); err != nil {
			return err
		}
	}
	for p := range b.posters {
		if err := in.reapplyPoster(ctx, p); err != nil {
			return err
		}
	}
	if b.clubs {
		return in.takeClubs(ctx, res)
	}
	return nil
}

func (in *Ingest) refuseFile(ctx context.Context, f fileState, r *Refusal, res *ScanResult) error {
	if r.Code == codeMachineFault {
		// Not the file's fault: it waits and is read again (machinefault.go).
		in.Log.Warn("not read for a fault of the machine; trying again", "path", f.rel, "reason", r.Reason["en"])
		in.faults.note(r.Reason["en"])
		res.pend(f.rel, time.Now().Add(machineRetry))
		return nil
	}
	in.Log.Info("refused", "path", f.rel, "code", r.Code, "reason", r.Reason["en"])
	res.Refused++
	return in.Store.refuseFile(ctx, f, r)
}

func (in *Ingest) indexOnly(ctx context.Context, f fileState) error {
	return in.Store.indexFile(ctx, f, "")
}

// prepared is one image after the workers: hashed, probed, rendered.
type prepared struct {
	f         fileState
	hash      string
	info      media.ImageInfo
	video     *media.VideoInfo // a video clip's probe; info then holds its upright size
	rendition media.Rendition
	err       error
}

// prepareImages hashes, probes and renders images on in.Workers goroutines
// and stores each result as it comes.
func (in *Ingest) prepareImages(ctx context.Context, images []fileState, res *ScanResult) error {
	if len(images) == 0 {
		return nil
	}
	jobs := make(chan fileState)
	results := make(chan prepared)
	var wg sync.WaitGroup
	for range min(in.Workers, len(images)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if in.LowPriority {
				lowerThreadPriority() // and the thread ends with this goroutine
			}
			for f := range jobs {
				results <- in.prepareImage(ctx, f)
			}
		}()
	}
	go func() {
		defer close(jobs)
		for _, f := range images {
			select {
			case jobs <- f:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	var firstErr error
	for p := range results {
		if firstErr != nil {
			continue // drain
		}
		if err := in.storeImage(ctx, p, res); err != nil {
			firstErr = err
		}
	}
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	return firstErr
}

func (in *Ingest) prepareImage(ctx context.Context, f fileState) prepared {
	p := prepared{f: f}
	if ctx.Err() != nil {
		p.err = ctx.Err()
		return p
	}
	p.hash, p.err = hashFile(f.abs(), f.size)
	if p.err != nil {
		return p
	}
	if media.IsVideo(f.rel) {
		return in.prepareVideo(ctx, p)
	}
	p.info, p.err = media.ProbeImage(f.abs(), in.MaxPixels)
	if p.err != nil {
		return p
	}
	if r, ok := in.Store.rendition(ctx, p.hash, in.Box); ok {
		p.rendition = r
		return p
	}
	p.rendition, p.err = media.MakeRendition(ctx, f.abs(), renditionPath(in.Renditions, p.hash, in.Box),
		media.Size{W: in.Box, H: in.Box}, in.MaxPixels)
	return p
}

// storeImage writes one prepared image: a new item, an edited one, or one
// that moved (same content under a new name keeps its id, settings and plays).
func (in *Ingest) storeImage(ctx context.Context, p prepared, res *ScanResult) error {
	if p.err != nil {
		if errors.Is(p.err, context.Canceled) || errors.Is(p.err, context.DeadlineExceeded) {
			return p.err
		}
		if in.stillArriving(p) {
			res.pend(p.f.rel, in.Settle.Again(time.Now()))
			return nil
		}
		return in.refuseFile(ctx, p.f, explain(p.err), res)
	}
	w, h := p.info.Upright()
	kind := KindArtwork
	if ClassifyPath(p.f.rel) == PathPoster {
		kind = KindPoster
	}
	img := storedImage{f: p.f, kind: kind, hash: p.hash, width: w, height: h, box: in.Box, rendition: p.rendition}
	how, err := in.Store.putImage(ctx, in.Root, img, func(it *Item) {
		it.Meta.Video = videoMeta(p.video)
		if kind == KindPoster {
			in.applyPoster(it)
		} else {
			applyLabel(it, p.f.rel, in.labelFor(p.f.rel), in.privacyNow())
		}
	})
	if err != nil {
		return err
	}
	if how == foundSame {
		// Touched but not changed (e.g. copied again): only the index moved.
		res.Unchanged++
		return nil
	}
	in.taken(res, p.f.rel, kind, how)
	return nil
}

// stillArriving: a damaged picture that changed a moment ago is most likely
// still being copied; it is looked at again rather than refused.
func (in *Ingest) stillArriving(p prepared) bool {
	if errors.Is(p.err, errStillWriting) {
		return true
	}
	var ie *media.ImageError
	if errors.As(p.err, &ie) && (ie.Kind == media.KindDamaged || ie.Kind == media.KindEmpty) {
		return in.Settle.Recent(time.Unix(0, p.f.mtime), time.Now())
	}
	var ve *media.VideoError
	if errors.As(p.err, &ve) && (ve.Kind == media.VideoCut || ve.Kind == media.VideoDamaged || ve.Kind == media.VideoEmpty) {
		return in.Settle.Recent(time.Unix(0, p.f.mtime), time.Now())
	}
	return false
}
