package kiosk

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/shygarmashylyq/kiosk/media"
	"github.com/shygarmashylyq/kiosk/slides"
)

// Refusal is why a file staff put in the folder was not taken: a stable code
// for scripts and a sentence for staff in each language.
type Refusal struct {
	Code   string
	Reason slides.Text
}

func (r *Refusal) Error() string { return r.Code + ": " + r.Reason[slides.EN] }

func refusal(code, kk, ru, en string) *Refusal {
	return &Refusal{Code: code, Reason: slides.Text{slides.KK: kk, slides.RU: ru, slides.EN: en}}
}

var (
	errLinkOutside = refusal("link_outside",
		"сілтеме мазмұн қалтасынан тыс жерге апарады",
		"ссылка ведёт за пределы папки с контентом",
		"link leads outside the content folder")
	errLinkBroken = refusal("link_broken",
		"сілтеме ешқайда апармайды немесе өзіне тұйықталады",
		"ссылка никуда не ведёт или зациклена",
		"link leads nowhere or loops back on itself")
	errNotPicture = refusal("not_image",
		"сурет емес: тек JPEG, PNG, WebP және GIF көрсетіледі",
		"не картинка: показываются только JPEG, PNG, WebP и GIF",
		"not a picture: only JPEG, PNG, WebP and GIF are shown")
	errOutside = refusal("outside_folders",
		"көрсетілмейді: суреттер artworks/<көрме атауы>/ немесе announcements/ қалтасына, музыка music/ қалтасына салынады",
		"не показывается: картинки кладут в artworks/<название выставки>/ или announcements/, музыку — в music/",
		"not shown: pictures go in artworks/<exhibition name>/ or announcements/, music in music/")
	errNotAnnouncement = refusal("not_announcement",
		"хабарландыру емес: .md, .txt мәтінін немесе суретті (JPEG, PNG, WebP, GIF) салыңыз",
		"не объявление: нужен текст .md или .txt либо картинка (JPEG, PNG, WebP, GIF)",
		"not an announcement: use a .md or .txt text, or a picture (JPEG, PNG, WebP, GIF)")
)

// tooBig refuses a staff file of size bytes above limit, saying both, so
// staff know how much to cut (a text of 70 MB is a mistake; one of 1.2 MB
// needs a shorter text or a picture instead).
func tooBig(size, limit int64) *Refusal {
	s, l := megabytes(size), megabytes(limit)
	return refusal("file_too_big",
		"файл тым үлкен: "+s+", шегі "+l,
		"файл слишком большой: "+s+", предел "+l,
		"file is too big: "+s+", the limit is "+l)
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
	var r *Refusal
	if errors.As(err, &r) {
		return r
	}
	var ie *media.ImageError
	if errors.As(err, &ie) {
		switch ie.Kind {
		case media.KindEmpty:
			return refusal("empty", "файл бос (0 байт)", "файл пустой (0 байт)", "file is empty (0 bytes)")
		case media.KindNotImage:
			return errNotPicture
		case media.KindDamaged:
			return refusal("damaged",
				"файл бүлінген: сурет соңына дейін жетпей үзіледі",
				"файл повреждён: картинка обрывается раньше конца",
				"file is damaged: the picture ends early")
		case media.KindTooLarge:
			size := fmt.Sprintf("%d x %d", ie.Width, ie.Height)
			return refusal("too_large",
				"сурет тым үлкен: "+size,
				"картинка слишком большая: "+size,
				"too large: "+size)
		case media.KindUnsupported:
			return refusal("unsupported",
				"суреттің бұл түрін көрсету мүмкін емес",
				"картинку такого вида показать нельзя",
				"this kind of picture cannot be shown")
		}
	}
	var rows slides.RowError
	if errors.As(err, &rows) {
		return &Refusal{Code: "bad_row", Reason: rows.Reason}
	}
	if errors.Is(err, fs.ErrPermission) {
		return refusal("unreadable", "файлды оқуға рұқсат жоқ", "нет прав на чтение файла", "cannot be read: permission denied")
	}
	return refusal("unreadable",
		"файлды оқу мүмкін болмады: "+err.Error(),
		"файл не удалось прочитать: "+err.Error(),
		"cannot be read: "+err.Error())
}
