package kiosk

import (
	"context"
	"path"
	"time"

	"github.com/shygarmashylyq/kiosk/media"
	"github.com/shygarmashylyq/kiosk/slides"
)

// Music: every .mp3 under music/ is a track, played in the background. Its
// duration is measured once, when it is taken.

// takeTrack measures a track and stores it; a file that is not a playable
// MP3 is refused with the reason.
func (in *Ingest) takeTrack(ctx context.Context, f fileState, res *ScanResult) error {
	hash, err := hashFile(f.abs(), f.size)
	if err != nil {
		if err == errStillWriting {
			res.pend(f.rel, in.Settle.Again(time.Now()))
			return nil
		}
		return in.refuseFile(ctx, f, explain(err), res)
	}
	dur, err := media.MP3Duration(f.abs())
	if err != nil {
		return in.refuseFile(ctx, f, explainAudio(err, f.abs()), res)
	}
	how, err := in.Store.putTrack(ctx, in.Root, f, hash, func(it *Item) {
		it.Kind, it.Source, it.Hash, it.Duration = KindTrack, f.rel, hash, dur
		it.Title = slides.Plain(titleFromName(path.Base(f.rel)))
		it.Meta = Meta{}
	})
	if err != nil {
		return err
	}
	in.taken(res, f.rel, KindTrack, how)
	return nil
}

// explainAudio turns an MP3 problem into words for staff; path is the
// file, to name what it is when it is no MP3.
func explainAudio(err error, path string) *Refusal {
	ae, ok := err.(*media.AudioError)
	if !ok {
		return explain(err)
	}
	switch ae.Kind {
	case media.AudioEmpty:
		return reason("empty", nil)
	case media.AudioNotMP3:
		if what := sniffFile(path); what != "mp3" {
			return reason("not_music", typeArgs(what))
		}
		// An MP3's tags with no sound after them.
		return reason("damaged", map[string]slides.Text{"detail": t3("ішінде дыбыс жоқ", "в нём нет звука", "there is no sound in it")})
	case media.AudioUnsupported:
		return reason("unsupported_mp3", typeArgs(ae.Found))
	}
	if ae.EndsEarly() {
		return reason("truncated", nil)
	}
	return reason("damaged", map[string]slides.Text{"detail": t3("дыбыс орнында бөгде деректер бар", "вместо звука посторонние данные", "there is garbage instead of sound")})
}
