package kiosk

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	"github.com/shygarmashylyq/kiosk/media"
	"github.com/shygarmashylyq/kiosk/slides"
)

// Refusal is why a file staff put in the folder was not taken: a stable code
// for scripts (a reason of the catalogue) and, in each language, the cause,
// what to do, and Reason, the two as the sentences staff read.
type Refusal struct {
	Code   string
	Reason slides.Text
	Cause  slides.Text
	Do     slides.Text
}

func (r *Refusal) Error() string { return r.Code + ": " + r.Reason[slides.EN] }

var (
	errLinkOutside = reason("link_outside", nil)
	errLinkBroken  = reason("link_broken", nil)
	errOutside     = reason("wrong_folder", nil)
)

// notPictureFile refuses a file of a picture folder whose name is not a
// picture's, naming what it is.
func notPictureFile(f fileState) *Refusal {
	return reason("not_picture_folder", typeArgs(sniffFile(f.abs())))
}

// notAnnouncementFile refuses a file of announcements/ that is neither a
// text nor a picture, naming what it is.
func notAnnouncementFile(f fileState) *Refusal {
	return reason("not_announcement", typeArgs(sniffFile(f.abs())))
}

// notMusicFile refuses a file of music/ that is not an MP3, naming what it is.
func notMusicFile(f fileState) *Refusal {
	return reason("not_music", typeArgs(sniffFile(f.abs())))
}

// tooBig refuses a staff file of size bytes above limit, saying both, so
// staff know how much to cut (a text of 70 MB is a mistake; one of 1.2 MB
// needs a shorter text or a picture instead).
func tooBig(size, limit int64) *Refusal {
	return reason("file_too_big", plainArgs("size", megabytes(size), "limit", megabytes(limit)))
}

// megabytes writes n bytes as staff read sizes: "340 KB", "1.3 MB", "70 MB".
func megabytes(n int64) string {
	switch {
	case n >= 10<<20:
		return fmt.Sprintf("%d MB", (n+(1<<19))>>20)
	case n >= 1<<20:
		s := fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
		return strings.Replace(s, ".0 ", " ", 1)
	default:
		return fmt.Sprintf("%d KB", (n+1023)>>10)
	}
}

// explain turns an error from reading or decoding a file into a refusal
// staff can read.
func explain(err error) *Refusal {
	if what := machineFault(err); what != "" {
		return machineRefusal(what, err)
	}
	var r *Refusal
	if errors.As(err, &r) {
		return r
	}
	var ie *media.ImageError
	if errors.As(err, &ie) {
		return explainImage(ie)
	}
	var ve *media.VideoError
	if errors.As(err, &ve) {
		return explainVideo(ve)
	}
	var rows slides.RowError
	if errors.As(err, &rows) {
		return explainRow(rows, "bad_row")
	}
	if errors.Is(err, fs.ErrPermission) {
		return reason("unreadable", nil)
	}
	return reason("read_failed", plainArgs("detail", readDetail(err)))
}

// explainImage turns a picture's problem into a reason.
func explainImage(ie *media.ImageError) *Refusal {
	switch ie.Kind {
	case media.KindEmpty:
		return reason("empty", nil)
	case media.KindNotImage:
		return reason("not_picture", typeArgs(ie.Found))
	case media.KindDamaged:
		if ie.EndsEarly() {
			return reason("truncated", nil)
		}
		return reason("damaged", map[string]slides.Text{"detail": damageDetail(ie)})
	case media.KindTooLarge:
		if ie.Width <= 0 || ie.Height <= 0 { // a decoder ran out of room before a size was known
			return reason("unpacks_too_large", map[string]slides.Text{"detail": t3(
				"оны ашуға жад жетпейді", "для него не хватает памяти", "there is not enough memory for it")})
		}
		size := fmt.Sprintf("%d × %d", ie.Width, ie.Height)
		limit := t3("шектеусіз", "без предела", "none")
		if ie.Limit > 0 {
			mp := megapixels(ie.Limit)
			limit = t3(mp+" мегапиксель", mp+" мегапикселей", mp+" megapixels")
		}
		return reason("too_large", map[string]slides.Text{"size": slides.Plain(size), "limit": limit})
	case media.KindUnsupported:
		return reason("unsupported_image", typeArgs(ie.Found))
	}
	return reason("damaged", nil)
}

// damageDetail says in a few words where a picture is damaged.
func damageDetail(ie *media.ImageError) slides.Text {
	msg := ""
	if ie.Err != nil {
		msg = strings.ToLower(ie.Err.Error())
	}
	switch {
	case strings.Contains(msg, "checksum"), strings.Contains(msg, "crc"):
		return t3("бақылау сомасы сәйкес емес", "не сходится контрольная сумма", "a checksum does not match")
	case strings.Contains(msg, "signature"):
		return t3("файлдың басы бұзылған", "испорчено начало файла", "the start of the file is broken")
	case strings.Contains(msg, "no size"), strings.Contains(msg, "gives no size"):
		return t3("суреттің өлшемі жазылмаған", "не записан размер картинки", "the picture has no size")
	}
	return t3("сурет деректері қате", "неверные данные картинки", "bad picture data")
}

// megapixels writes a pixel count as staff read it: "100", "2.5".
func megapixels(n int64) string {
	s := strconv.FormatFloat(float64(n)/1e6, 'f', 1, 64)
	return strings.TrimSuffix(s, ".0")
}

// readDetail is the part of an I/O error staff can read: without the path,
// which the listing shows beside it.
func readDetail(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// explainRow turns a parser's problem with a row, a line or the whole file
// into a reason: its words are the detail.
func explainRow(e slides.RowError, whole string) *Refusal {
	code := e.Code
	switch {
	case code != "":
	case e.Row > 0 && e.Line:
		code = "bad_line"
	case e.Row > 0:
		code = "bad_row"
	default:
		code = whole
	}
	args := map[string]slides.Text{"detail": e.Reason}
	for k, v := range e.Args {
		args[k] = v
	}
	if code == "not_workbook" && e.Args["type"] == nil {
		args["type"] = unknownType
	}
	return reason(code, args)
}
