package media

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Video clips are probed, checked and played through Debian's ffmpeg and
// ffprobe, run as separate processes: a decoder that crashes on a damaged
// clip takes only its own process down, every codec the system's libavcodec
// has (H.264, H.265, VP8/9, AV1 through dav1d) comes for free, and the
// kiosk reads plain RGBA frames of the size it asked for.

// videoExts are the clip extensions the content folder takes.
var videoExts = map[string]bool{".mp4": true, ".m4v": true, ".mov": true, ".webm": true, ".mkv": true}

// IsVideo reports whether a file name has a video clip's extension.
func IsVideo(name string) bool { return videoExts[strings.ToLower(filepath.Ext(name))] }

// The tools, found on PATH; tests point them elsewhere.
var (
	ffprobeTool = "ffprobe"
	ffmpegTool  = "ffmpeg"
)

// VideoInfo is what probing learns of a clip.
type VideoInfo struct {
	Container     string // ffprobe's format name, e.g. "mov,mp4,m4a,3gp,3g2,mj2"
	Codec         string // "h264", "hevc", "vp9", "av1"...
	Profile       string // "High", "Main 10"...
	PixFmt        string // "yuv420p", "yuv420p10le"...
	Width, Height int    // as stored
	Rotation      int    // clockwise quarter turns that make it upright, in degrees: 0, 90, 180, 270
	Duration      time.Duration
	FrameRate     float64 // frames a second (the average)
	Frames        int     // frames in the clip
	HasAudio      bool
	// SAR is the shape of a stored pixel (width over height): 1 but for
	// anamorphic camcorder clips (720×576 shown at 16:9).
	SAR float64
	// Interlaced: the pictures are fields of a camcorder's interlaced
	// video, woven together when played.
	Interlaced bool
	// Load is the CPU seconds a second of the clip took to decode at the
	// size it is shown at, when measured (VideoLimits.MaxLoad).
	Load float64
}

// Upright returns the size the clip is seen at: Width and Height swapped
// when its rotation turns it by a quarter (a phone held upright).
func (v VideoInfo) Upright() (w, h int) {
	w, h = v.Width, v.Height
	if v.SAR > 0 && v.SAR != 1 {
		w = max(2, int(math.Round(float64(w)*v.SAR)))
	}
	if v.Rotation == 90 || v.Rotation == 270 {
		return h, w
	}
	return w, h
}

// CodecName is the codec as staff know it: "H.264", "H.265 10-bit"...
func (v VideoInfo) CodecName() string {
	name := map[string]string{"h264": "H.264", "hevc": "H.265", "vp8": "VP8", "vp9": "VP9", "av1": "AV1",
		"mpeg4": "MPEG-4", "mpeg2video": "MPEG-2", "prores": "ProRes", "mjpeg": "Motion JPEG"}[v.Codec]
	if name == "" {
		name = strings.ToUpper(v.Codec)
	}
	if strings.Contains(v.PixFmt, "10") {
		name += " 10-bit"
	} else if strings.Contains(v.PixFmt, "12") {
		name += " 12-bit"
	}
	return name
}

// VideoErrorKind says what is wrong with a clip, in terms staff can act on.
type VideoErrorKind int

// The kinds of VideoError.
const (
	VideoEmpty     VideoErrorKind = iota + 1 // zero bytes
	VideoNotVideo                            // not a video file (text, a picture, a PDF named .mp4)
	VideoDamaged                             // the container or the pictures cannot be read
	VideoCut                                 // the clip ends before its own length: copied in part
	VideoNoPicture                           // a file with sound only
	VideoCodec                               // a codec this machine cannot decode
	VideoTooLong                             // longer than max_video_seconds
	VideoTooLarge                            // more pixels a frame than the limit
	VideoTooHeavy                            // this machine cannot decode it as fast as it plays
	VideoNoTool                              // ffmpeg is not installed: the machine's fault
)

// VideoError is the error of the video functions for problems with a clip.
type VideoError struct {
	Kind   VideoErrorKind
	Path   string
	Detail string    // ffmpeg's own words, one line
	Found  string    // for VideoNotVideo: what the file is, as SniffType names it
	Info   VideoInfo // what was learnt before the problem
	Limit  time.Duration
	Pixels int64 // for VideoTooLarge, the limit
}

func (e *VideoError) Error() string {
	what := map[VideoErrorKind]string{VideoEmpty: "empty file", VideoNotVideo: "not a video",
		VideoDamaged: "damaged video", VideoCut: "video cut short", VideoNoPicture: "no video stream",
		VideoCodec: "codec cannot be decoded", VideoTooLong: "video too long", VideoTooLarge: "video too large", VideoTooHeavy: "video too heavy to decode in time",
		VideoNoTool: "ffmpeg not installed"}[e.Kind]
	if e.Detail != "" {
		what += ": " + e.Detail
	}
	return fmt.Sprintf("video %s: %s", e.Path, what)
}

// VideoLimits bound what ProbeVideo takes.
type VideoLimits struct {
	MaxDuration time.Duration // 0: none
	MaxPixels   int64         // a frame's pixels; 0: none
	// MaxLoad is the most CPU seconds a second of clip may take to decode
	// at the size it is shown at (0: not measured): a 4K phone clip in
	// H.265 that two cores cannot decode in time would play slowly.
	MaxLoad float64
}

// probeOutput is the part of ffprobe's JSON the kiosk reads.
type probeOutput struct {
	Streams []struct {
		CodecType    string            `json:"codec_type"`
		CodecName    string            `json:"codec_name"`
		Profile      string            `json:"profile"`
		PixFmt       string            `json:"pix_fmt"`
		Width        int               `json:"width"`
		Height       int               `json:"height"`
		AvgFrameRate string            `json:"avg_frame_rate"`
		RFrameRate   string            `json:"r_frame_rate"`
		NbFrames     string            `json:"nb_frames"`
		Duration     string            `json:"duration"`
		SampleAspect string            `json:"sample_aspect_ratio"`
		FieldOrder   string            `json:"field_order"`
		Tags         map[string]string `json:"tags"`
		Disposition  map[string]int    `json:"disposition"`
		SideData     []struct {
			Rotation *float64 `json:"rotation"`
		} `json:"side_data_list"`
	} `json:"streams"`
	Format struct {
		FormatName string `json:"format_name"`
		Duration   string `json:"duration"`
	} `json:"format"`
}

// ProbeVideo learns a clip's size, rotation, length and codec, and checks
// that its first and last pictures decode on this machine (a clip copied
// in part has an index that promises more than the file holds). It reads
// a few frames, not the whole clip.
func ProbeVideo(ctx context.Context, path string, lim VideoLimits) (VideoInfo, error) {
	fail := func(kind VideoErrorKind, detail string, info VideoInfo) (VideoInfo, error) {
		return info, &VideoError{Kind: kind, Path: path, Detail: detail, Info: info,
			Limit: lim.MaxDuration, Pixels: lim.MaxPixels}
	}
	head, err := readHead(path, 512)
	if err != nil {
		return VideoInfo{}, err
	}
	if len(head) == 0 {
		return fail(VideoEmpty, "", VideoInfo{})
	}
	what := SniffType(head)
	if what != "" && !isVideoType(what) {
		e := &VideoError{Kind: VideoNotVideo, Path: path, Found: what}
		return VideoInfo{}, e
	}
	out, stderr, err := runVideoTool(ctx, ffprobeTool, "-v", "error", "-print_format", "json",
		"-show_format", "-show_streams", "--", path)
	if err != nil {
		if ctx.Err() != nil {
			return VideoInfo{}, ctx.Err()
		}
		if errors.Is(err, exec.ErrNotFound) {
			return fail(VideoNoTool, err.Error(), VideoInfo{})
		}
		if k := cutOrDamaged(stderr); k != 0 || isVideoType(what) {
			if k == 0 {
				k = VideoDamaged // it starts as a video does
			}
			return fail(k, firstLine(stderr), VideoInfo{})
		}
		return fail(VideoNotVideo, firstLine(stderr), VideoInfo{})
	}
	var p probeOutput
	if err := json.Unmarshal(out, &p); err != nil {
		return fail(VideoDamaged, "ffprobe: "+err.Error(), VideoInfo{})
	}
	info := VideoInfo{Container: p.Format.FormatName}
	found := false
	for _, s := range p.Streams {
		switch {
		case s.CodecType == "audio":
			info.HasAudio = true
		case s.CodecType == "video" && !found && s.Disposition["attached_pic"] == 0:
			found = true
			info.Codec, info.Profile, info.PixFmt = s.CodecName, s.Profile, s.PixFmt
			info.Width, info.Height = s.Width, s.Height
			info.FrameRate = rate(s.AvgFrameRate)
			if info.FrameRate <= 0 || info.FrameRate > 240 {
				info.FrameRate = rate(s.RFrameRate)
			}
			info.Duration = seconds(s.Duration)
			info.Frames, _ = strconv.Atoi(s.NbFrames)
			info.Rotation = rotationOf(s.SideData, s.Tags)
			info.SAR = rate(strings.Replace(s.SampleAspect, ":", "/", 1))
			if info.SAR < 0.25 || info.SAR > 4 {
				info.SAR = 1
			}
			switch s.FieldOrder {
			case "tt", "bb", "tb", "bt":
				info.Interlaced = true
			}
		}
	}
	if !found {
		if info.HasAudio {
			return fail(VideoNoPicture, "", info)
		}
		return fail(VideoNotVideo, "no streams", info)
	}
	if info.Duration <= 0 {
		// WebM and MKV keep no length per stream, and a browser's or a
		// phone app's recording none at all (ffprobe then guesses from the
		// bit rate): the packets say where the pictures end.
		if end, n, err := packetEnd(ctx, path); err == nil && end > 0 {
			info.Duration = end
			if info.Frames <= 0 {
				info.Frames = n
			}
		} else {
			info.Duration = seconds(p.Format.Duration)
		}
	}
	if info.FrameRate <= 0 || info.FrameRate > 240 {
		info.FrameRate = 25
	}
	if info.Frames <= 0 && info.Duration > 0 {
		info.Frames = int(math.Round(info.Duration.Seconds() * info.FrameRate))
	}
	if info.Width <= 0 || info.Height <= 0 {
		return fail(VideoDamaged, "the pictures have no size", info)
	}
	if lim.MaxPixels > 0 && int64(info.Width)*int64(info.Height) > lim.MaxPixels {
		return fail(VideoTooLarge, "", info)
	}
	if info.Duration <= 0 {
		return fail(VideoDamaged, "the clip has no length", info)
	}
	if lim.MaxDuration > 0 && info.Duration > lim.MaxDuration {
		return fail(VideoTooLong, "", info)
	}
	// The first picture, then the last second: both must decode.
	if err := decodeCheck(ctx, path, 0); err != nil {
		return info, withInfo(err, path, info)
	}
	// The last frames: a clip cut short has an index (written first)
	// that promises more than the file holds.
	if tail := info.Duration - max(400*time.Millisecond, time.Duration(2*float64(time.Second)/info.FrameRate)); tail > 0 {
		if err := decodeCheck(ctx, path, tail); err != nil {
			var ve *VideoError
			if errors.As(err, &ve) && ve.Kind == VideoDamaged {
				ve.Kind = VideoCut // the start plays, the end is not there
			}
			return info, withInfo(err, path, info)
		}
	}
	if lim.MaxLoad > 0 {
		load, err := decodeLoad(ctx, path, info)
		if err != nil {
			return info, withInfo(err, path, info)
		}
		info.Load = load
		if load > lim.MaxLoad {
			return fail(VideoTooHeavy, fmt.Sprintf("%.1f CPU seconds a second", load), info)
		}
	}
	return info, nil
}

// ShowFilter is the ffmpeg filter that makes a clip's pictures as they are
// shown: fields woven (interlaced clips), square pixels, scaled to w × h
// (ffmpeg turns them upright itself).
func (v VideoInfo) ShowFilter(w, h int) string {
	f := fmt.Sprintf("scale=%d:%d:flags=bilinear", w, h)
	if v.Interlaced {
		f = "yadif=mode=send_frame," + f
	}
	return f
}

// decodeLoad decodes the first two seconds of a clip as playback does (at
// most 1920×1080, 32-bit pixels) and returns the CPU seconds ffmpeg took a
// second of clip: its own measure, whatever else the machine is doing.
func decodeLoad(ctx context.Context, path string, info VideoInfo) (float64, error) {
	secs := min(2, info.Duration.Seconds())
	w, h := info.Upright()
	scale := min(1920/float64(w), 1080/float64(h), 1)
	args := append(decodeThreads(), "-t", strconv.FormatFloat(secs, 'f', 3, 64),
		"-i", path, "-map", "0:v:0", "-an", "-sn",
		"-vf", info.ShowFilter(int(float64(w)*scale)&^1, int(float64(h)*scale)&^1)+",format=bgr0", "-f", "null", "-")
	bin, err := exec.LookPath(ffmpegTool)
	if err != nil {
		return 0, &VideoError{Kind: VideoNoTool, Detail: err.Error()}
	}
	cmd := exec.CommandContext(ctx, bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &limitedBuffer{max: 4 << 10, b: &stderr}
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return 0, ctx.Err()
		}
		return 0, &VideoError{Kind: VideoDamaged, Detail: firstLine(stderr.Bytes())}
	}
	cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	return cpu.Seconds() / secs, nil
}

// packetEnd reads the packets of the clip's first video stream, without
// decoding them, and returns where the last one ends and how many there are.
func packetEnd(ctx context.Context, path string) (time.Duration, int, error) {
	out, _, err := runVideoTool(ctx, ffprobeTool, "-v", "error", "-select_streams", "v:0",
		"-show_entries", "packet=pts_time,duration_time", "-of", "csv=p=0", "--", path)
	if err != nil {
		return 0, 0, err
	}
	var end float64
	n := 0
	for line := range strings.SplitSeq(string(out), "\n") {
		pts, dur, _ := strings.Cut(strings.TrimSpace(line), ",")
		t, err := strconv.ParseFloat(pts, 64)
		if err != nil {
			continue
		}
		n++
		d, _ := strconv.ParseFloat(strings.TrimSuffix(dur, ","), 64)
		end = max(end, t+max(d, 0))
	}
	return time.Duration(end * float64(time.Second)), n, nil
}

func withInfo(err error, path string, info VideoInfo) error {
	var ve *VideoError
	if errors.As(err, &ve) {
		ve.Path, ve.Info = path, info
	}
	return err
}

func isVideoType(what string) bool {
	switch what {
	case "mp4", "mov", "webm", "avi", "m4a":
		return true
	}
	return false
}

// decodeCheck decodes one picture at or after at into an 8×8 grey image.
func decodeCheck(ctx context.Context, path string, at time.Duration) error {
	args := []string{"-nostdin", "-hide_banner", "-v", "error"}
	if at > 0 {
		args = append(args, "-ss", strconv.FormatFloat(at.Seconds(), 'f', 3, 64))
	}
	args = append(args, "-i", path, "-map", "0:v:0", "-frames:v", "1", "-an", "-sn",
		"-vf", "scale=8:8", "-pix_fmt", "gray", "-f", "rawvideo", "pipe:1")
	out, stderr, err := runVideoTool(ctx, ffmpegTool, args...)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if errors.Is(err, exec.ErrNotFound) {
		return &VideoError{Kind: VideoNoTool, Detail: err.Error()}
	}
	if len(out) >= 64 && err == nil {
		return nil
	}
	if isCodecMissing(stderr) {
		return &VideoError{Kind: VideoCodec, Detail: firstLine(stderr)}
	}
	detail := firstLine(stderr)
	if detail == "" {
		detail = "no picture could be decoded"
	}
	return &VideoError{Kind: VideoDamaged, Detail: detail}
}

// isCodecMissing: ffmpeg's words for a stream it has no decoder for.
func isCodecMissing(stderr []byte) bool {
	s := strings.ToLower(string(stderr))
	return strings.Contains(s, "decoder") && (strings.Contains(s, "not found") || strings.Contains(s, "unknown")) ||
		strings.Contains(s, "no decoder") || strings.Contains(s, "unsupported codec") ||
		strings.Contains(s, "not supported by this")
}

// cutOrDamaged tells a clip whose index is missing (a phone's MP4 is
// written index last, so a part copy has none) from one damaged inside;
// 0 when the file is not recognised as a video at all.
func cutOrDamaged(stderr []byte) VideoErrorKind {
	s := strings.ToLower(string(stderr))
	switch {
	case strings.Contains(s, "moov atom not found"), strings.Contains(s, "partial file"),
		strings.Contains(s, "end of file"), strings.Contains(s, "truncat"):
		return VideoCut
	case strings.Contains(s, "invalid data found"):
		return 0
	case s != "":
		return VideoDamaged
	}
	return 0
}

func rotationOf(side []struct {
	Rotation *float64 `json:"rotation"`
}, tags map[string]string) int {
	deg := 0.0
	for _, sd := range side {
		if sd.Rotation != nil {
			// The display matrix turns counter-clockwise; a phone held
			// upright says -90 (or 90 from older ffprobes, as tags).
			deg = -*sd.Rotation
			break
		}
	}
	if deg == 0 {
		if r, err := strconv.ParseFloat(tags["rotate"], 64); err == nil {
			deg = r
		}
	}
	q := int(math.Round(deg/90)) % 4
	if q < 0 {
		q += 4
	}
	return q * 90
}

func rate(s string) float64 {
	a, b, ok := strings.Cut(s, "/")
	n, err := strconv.ParseFloat(a, 64)
	if err != nil {
		return 0
	}
	if !ok {
		return n
	}
	d, err := strconv.ParseFloat(b, 64)
	if err != nil || d == 0 {
		return 0
	}
	return n / d
}

func seconds(s string) time.Duration {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f <= 0 || math.IsInf(f, 0) || f > 1e7 {
		return 0
	}
	return time.Duration(f * float64(time.Second))
}

func readHead(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := make([]byte, n)
	k, err := f.Read(b)
	if k == 0 && err != nil && err.Error() != "EOF" {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return b[:k], nil
}

// runTool runs one of the tools and returns its output and its error words.
func runVideoTool(ctx context.Context, tool string, args ...string) (stdout, stderr []byte, err error) {
	bin, err := exec.LookPath(tool)
	if err != nil {
		return nil, nil, err
	}
	cmd := exec.CommandContext(ctx, bin, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &limitedBuffer{max: 8 << 10, b: &errb}
	cmd.WaitDelay = 2 * time.Second
	err = cmd.Run()
	return out.Bytes(), errb.Bytes(), err
}

// limitedBuffer keeps the first max bytes written to it.
type limitedBuffer struct {
	max int
	b   *bytes.Buffer
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := l.max - l.b.Len(); room > 0 {
		l.b.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

// firstLine is the first non-empty line of a tool's error words, without
// the file's path (staff see the file named already).
func firstLine(b []byte) string {
	for line := range strings.SplitSeq(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if i := strings.LastIndex(line, ": "); i >= 0 && strings.Contains(line[:i], string(filepath.Separator)) {
			line = line[i+2:]
		}
		return line
	}
	return ""
}

// MakeVideoPoster writes the clip's first picture, upright and fitted in
// box, as a JPEG rendition at dst (atomically, as MakeRendition does): the
// crossfade into the clip, the staff panel and screen reports show it.
func MakeVideoPoster(ctx context.Context, src, dst string, box Size) (Rendition, error) {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return Rendition{}, fmt.Errorf("poster %s: %w", dst, err)
	}
	// A name of its own: two clips of the same content share dst.
	f, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+"-*.tmp.jpg")
	if err != nil {
		return Rendition{}, fmt.Errorf("poster %s: %w", dst, err)
	}
	tmp := f.Name()
	f.Close()
	defer os.Remove(tmp)
	// Fields woven, square pixels (a camcorder's 720×576 at 16:9), fitted.
	fit := fmt.Sprintf("yadif=deint=interlaced,scale='trunc(iw*sar/2)*2':ih,setsar=1,"+
		"scale=w='min(iw,%d)':h='min(ih,%d)':force_original_aspect_ratio=decrease:flags=area", box.W, box.H)
	_, stderr, err := runVideoTool(ctx, ffmpegTool, "-nostdin", "-hide_banner", "-v", "error", "-y",
		"-i", src, "-map", "0:v:0", "-frames:v", "1", "-an", "-sn", "-vf", fit, "-q:v", "3", tmp)
	if ctx.Err() != nil {
		return Rendition{}, ctx.Err()
	}
	if err != nil {
		if errors.Is(err, exec.ErrNotFound) {
			return Rendition{}, &VideoError{Kind: VideoNoTool, Path: src, Detail: err.Error()}
		}
		return Rendition{}, &VideoError{Kind: VideoDamaged, Path: src, Detail: firstLine(stderr)}
	}
	info, err := ProbeImage(tmp, 0)
	if err != nil {
		return Rendition{}, fmt.Errorf("poster of %s: %w", src, err)
	}
	if err := syncFile(tmp); err != nil {
		return Rendition{}, err
	}
	if err := os.Rename(tmp, dst); err != nil {
		return Rendition{}, fmt.Errorf("poster %s: %w", dst, err)
	}
	return Rendition{Path: dst, Width: info.Width, Height: info.Height}, nil
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}
