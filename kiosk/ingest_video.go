package kiosk

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"strconv"
	"time"

	"github.com/shygarmashylyq/kiosk/media"
	"github.com/shygarmashylyq/kiosk/slides"
)

// maxVideoPixels is the largest frame a clip may have: 4K (DCI and UHD).
// Two cores decode no more than that in time, and a centre's camera or
// phone records no more.
const maxVideoPixels = 4096 * 2304

// prepareVideo probes a hashed clip and makes its poster (the first
// picture, fitted in the box) as its rendition.
func (in *Ingest) prepareVideo(ctx context.Context, p prepared) prepared {
	info, err := media.ProbeVideo(ctx, p.f.abs(), media.VideoLimits{MaxDuration: in.MaxVideo, MaxPixels: maxVideoPixels,
		MaxLoad: in.videoLoad()})
	if err != nil {
		p.err = err
		return p
	}
	w, h := info.Upright()
	p.video = &info
	p.info = media.ImageInfo{Format: "video", Width: w, Height: h, Orientation: 1}
	if r, ok := in.Store.rendition(ctx, p.hash, in.Box); ok {
		p.rendition = r
		return p
	}
	p.rendition, p.err = media.MakeVideoPoster(ctx, p.f.abs(), renditionPath(in.Renditions, p.hash, in.Box),
		media.Size{W: in.Box, H: in.Box})
	return p
}

// videoLoad is the most CPU a second of clip may take to decode: most of
// the machine's cores, the rest left to the window and the show.
func (in *Ingest) videoLoad() float64 {
	if in.MaxVideoLoad != 0 {
		return max(in.MaxVideoLoad, 0)
	}
	return 0.8 * float64(runtime.NumCPU())
}

// videoMeta is what an item keeps of a clip's probe (nil for a picture).
func videoMeta(v *media.VideoInfo) *VideoMeta {
	if v == nil {
		return nil
	}
	return &VideoMeta{Codec: v.CodecName(), DurationMS: v.Duration.Milliseconds(), FPS: v.FrameRate,
		Frames: v.Frames, Rotation: v.Rotation, HasAudio: v.HasAudio, Interlaced: v.Interlaced,
		Load: math.Round(v.Load*100) / 100}
}

// explainVideo turns a clip's problem into a reason.
func explainVideo(ve *media.VideoError) *Refusal {
	switch ve.Kind {
	case media.VideoEmpty:
		return reason("empty", nil)
	case media.VideoNotVideo:
		what := ve.Found
		if what == "" {
			what = "unknown"
		}
		return reason("not_video", typeArgs(what))
	case media.VideoCut:
		return reason("truncated", nil)
	case media.VideoNoPicture:
		return reason("video_no_picture", nil)
	case media.VideoCodec:
		return reason("video_codec", plainArgs("codec", ve.Info.CodecName()))
	case media.VideoTooLong:
		return reason("video_too_long", plainArgs("length", clock(ve.Info.Duration), "limit", clock(ve.Limit)))
	case media.VideoTooLarge:
		return reason("video_too_large", plainArgs("size", fmt.Sprintf("%d × %d", ve.Info.Width, ve.Info.Height)))
	case media.VideoTooHeavy:
		w, h := ve.Info.Upright()
		return reason("video_too_heavy", plainArgs("codec", ve.Info.CodecName(),
			"size", fmt.Sprintf("%d × %d", w, h), "fps", strconv.FormatFloat(math.Round(ve.Info.FrameRate*100)/100, 'f', -1, 64),
			"cores", strconv.FormatFloat(math.Round(ve.Info.Load*10)/10, 'f', -1, 64), "have", strconv.Itoa(runtime.NumCPU())))
	case media.VideoNoTool:
		return machineRefusal("ffmpeg is not installed (apt install ffmpeg)", ve)
	}
	detail := t3("бейне деректері қате", "неверные данные видео", "bad video data")
	if ve.Detail != "" {
		words := ve.Detail
		if len(words) > 100 {
			words = words[:100] + "…"
		}
		for l := range detail {
			detail[l] += ": " + words
		}
	}
	return reason("damaged", map[string]slides.Text{"detail": detail})
}

// clock writes a length as minutes and seconds, "3:05".
func clock(d time.Duration) string {
	s := int(math.Round(d.Seconds()))
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
