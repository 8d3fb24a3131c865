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

var errNotMusic = refusal("not_mp3",
	"музыка емес: тек MP3 файлдары ойнатылады",
	"не музыка: проигрываются только файлы MP3",
	"not music: only MP3 files are played")

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
		return in.refuseFile(ctx, f, explainAudio(err), res)
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

// explainAudio turns an MP3 problem into words for staff.
func explainAudio(err error) *Refusal {
	ae, ok := err.(*media.AudioError)
	if !ok {
		return explain(err)
	}
	switch ae.Kind {
	case media.AudioEmpty:
		return refusal("empty", "файл бос (0 байт)", "файл пустой (0 байт)", "file is empty (0 bytes)")
	case media.AudioNotMP3:
		return errNotMusic
	case media.AudioUnsupported:
		return refusal("unsupported",
			"MP3-тің бұл түрі ойнатылмайды (128 кбит/с, 44,1 кГц етіп қайта сақтаңыз)",
			"этот вид MP3 не проигрывается (пересохраните как 128 кбит/с, 44,1 кГц)",
			"this kind of MP3 cannot be played (save it again as 128 kbit/s, 44.1 kHz)")
	}
	return refusal("damaged",
		"MP3 файлы бүлінген: дыбыс соңына дейін жетпей үзіледі",
		"MP3-файл повреждён: звук обрывается раньше конца",
		"the MP3 file is damaged: the sound ends early")
}
