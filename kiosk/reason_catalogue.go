package kiosk

import (
	"regexp"
	"strings"

	"github.com/shygarmashylyq/kiosk/slides"
)

// The reason catalogue: every reason a file can be refused for (and the
// warnings about files that were taken), each a cause a member of staff
// understands and the one thing to do about it, in Kazakh, Russian and
// English. `kiosk status`, the staff panel and screen reports all show these
// words: a refusal stores them, and everything that lists refusals reads them.
//
// A cause may hold {placeholders} filled from the file ({type}, {size},
// {limit}, ...). Codes are stable: scripts read them as `reason_code`.

// reasonDef is one reason of the catalogue.
type reasonDef struct {
	// Legacy is the `code` that `kiosk status --json` gave for this reason
	// before the catalogue; "" when it is the code itself.
	Legacy string
	Cause  slides.Text // what is wrong, for a non-programmer
	Do     slides.Text // the one thing to do about it
}

// t3 is a text in Kazakh, Russian and English.
func t3(kk, ru, en string) slides.Text {
	return slides.Text{slides.KK: kk, slides.RU: ru, slides.EN: en}
}

// toPicture is what to do with a picture that is not shown.
var toPicture = t3(
	"суретті ашып, JPEG немесе PNG етіп сақтаңыз",
	"откройте картинку и сохраните её как JPEG или PNG",
	"open it and save it as JPEG or PNG")

// toH264 is what to do with a clip that is not shown.
var toH264 = t3(
	"бейнені H.264 (MP4) етіп сақтаңыз: мысалы, HandBrake-те «Fast 1080p30»; телефонда Камера → Пішімдер → «Ең үйлесімді»",
	"сохраните видео как H.264 (MP4): например, в HandBrake пресет «Fast 1080p30»; на телефоне Камера → Форматы → «Наиболее совместимый»",
	"save it as H.264 (MP4): for example HandBrake's \"Fast 1080p30\"; on a phone, Camera → Formats → \"Most Compatible\"")

// copyAgain is what to do with a file cut short.
var copyAgain = t3(
	"файлды түпнұсқадан (камерадан, флешкадан, поштадан) қайта көшіріңіз",
	"скопируйте файл заново из оригинала (с камеры, флешки, из почты)",
	"copy the file again from the original (camera, USB stick, e-mail)")

var reasons = map[string]reasonDef{
	"empty": {"", t3(
		"файл бос (0 байт): ішінде ештеңе жоқ",
		"файл пустой (0 байт): в нём ничего нет",
		"the file is empty (0 bytes): there is nothing in it"), t3(
		"толық файлды қайта көшіріңіз немесе бұл бос файлды өшіріңіз",
		"скопируйте полный файл заново или удалите этот пустой",
		"copy the full file again, or delete this empty one")},
	"unreadable": {"", t3(
		"киоскке бұл файлды оқуға рұқсат жоқ",
		"у киоска нет прав читать этот файл",
		"the kiosk is not allowed to read this file"), t3(
		"файлдың қасиеттерінен бәріне оқуға рұқсат беріңіз (немесе техникке айтыңыз)",
		"в свойствах файла разрешите чтение всем (или скажите технику)",
		"allow everyone to read it in the file's properties (or ask the technician)")},
	"read_failed": {"unreadable", t3(
		"файлды дискіден оқу мүмкін болмады ({detail})",
		"файл не удалось прочитать с диска ({detail})",
		"the file could not be read from the disk ({detail})"), t3(
		"файлды қайта көшіріңіз; қайталанса, дискіні техникке көрсетіңіз",
		"скопируйте файл заново; если повторится, покажите диск технику",
		"copy it again; if it happens again, have the technician check the disk")},
	"link_outside": {"", t3(
		"бұл файл емес, мазмұн қалтасынан тыс жерге апаратын сілтеме",
		"это не файл, а ссылка за пределы папки с контентом",
		"this is not a file but a link to somewhere outside the content folder"), t3(
		"сілтеменің орнына файлдың өзін қалтаға көшіріңіз",
		"скопируйте в папку сам файл вместо ссылки",
		"copy the file itself into the folder instead of the link")},
	"link_broken": {"", t3(
		"бұл сілтеме ешқайда апармайды немесе өзіне тұйықталады",
		"эта ссылка никуда не ведёт или зациклена",
		"this link leads nowhere or loops back on itself"), t3(
		"сілтемені өшіріп, файлдың өзін көшіріңіз",
		"удалите ссылку и скопируйте сам файл",
		"delete the link and copy the file itself")},
	"wrong_folder": {"outside_folders", t3(
		"файл киоск көрсететін қалтада емес",
		"файл лежит не в той папке, которую показывает киоск",
		"the file is not in a folder the kiosk shows"), t3(
		"суретті artworks/<көрме атауы>/ немесе announcements/ қалтасына, музыканы music/ қалтасына жылжытыңыз",
		"переместите картинку в artworks/<название выставки>/ или announcements/, музыку — в music/",
		"move a picture into artworks/<exhibition name>/ or announcements/, music into music/")},
	"file_too_big": {"", t3(
		"файл тым үлкен: {size}, шегі {limit}",
		"файл слишком большой: {size}, предел {limit}",
		"the file is too big: {size}, the limit is {limit}"), t3(
		"мәтінді қысқартыңыз немесе оны суретке (JPEG) айналдырыңыз",
		"сократите текст или сделайте из него картинку (JPEG)",
		"shorten it, or make it a picture (JPEG) instead")},
	"unpacks_too_large": {"bad_text", t3(
		"файл ашылғанда тым үлкен болады: {detail}",
		"файл слишком большой в распакованном виде: {detail}",
		"the file is too large once unpacked: {detail}"), t3(
		"одан суреттер мен артық парақтарды алып тастап, қайта сақтаңыз",
		"уберите из него картинки и лишние листы и сохраните заново",
		"take the pictures and spare sheets out of it and save it again")},
	"too_large": {"", t3(
		"сурет тым үлкен: {size} пиксель, шегі {limit}",
		"картинка слишком большая: {size} пикселей, предел {limit}",
		"the picture is too large: {size} pixels, the limit is {limit}"), t3(
		"суретті кішірейтіп (ұзын жағы 4000 пиксельге дейін) қайта сақтаңыз",
		"уменьшите картинку (до 4000 пикселей по длинной стороне) и сохраните заново",
		"make it smaller (up to 4000 pixels on the long side) and save it again")},
	"truncated": {"damaged", t3(
		"файл соңына дейін жетпей үзіледі: ол толық көшірілмеген",
		"файл обрывается раньше конца: он скопирован не полностью",
		"the file ends early: it was not copied to the end"), copyAgain},
	"damaged": {"", t3(
		"файлдың ішкі деректері бүлінген ({detail})",
		"данные внутри файла повреждены ({detail})",
		"the data inside the file is damaged ({detail})"), t3(
		"файлды оны жасаған бағдарламада ашып, қайта сақтаңыз (дәл осы файлды көшіру көмектеспейді)",
		"откройте файл в программе, где он сделан, и сохраните заново (копирование этого же файла не поможет)",
		"open it in the program that made it and save it again (copying this same file again will not help)")},
	"not_picture": {"not_image", t3(
		"файл атауы суретке ұқсайды, бірақ бұл — {type}",
		"имя файла как у картинки, но это {type}",
		"the name says picture, but this is {type}"), t3(
		"суретті JPEG немесе PNG етіп сақтап (экспорттап), сол файлды салыңыз",
		"сохраните (экспортируйте) картинку как JPEG или PNG и положите этот файл",
		"save (export) the picture as JPEG or PNG and put that file here")},
	"not_picture_folder": {"not_image", t3(
		"бұл қалтада тек суреттер көрсетіледі, ал бұл — {type}",
		"в этой папке показываются только картинки, а это {type}",
		"only pictures are shown in this folder, and this is {type}"), t3(
		"оны JPEG немесе PNG етіп сақтаңыз немесе бұл қалтадан алып тастаңыз",
		"сохраните это как JPEG или PNG или уберите из этой папки",
		"save it as JPEG or PNG, or take it out of this folder")},
	"unsupported_image": {"unsupported", t3(
		"суреттің бұл түрі көрсетілмейді: {type}",
		"такой вид картинки не показывается: {type}",
		"this kind of picture is not shown: {type}"), toPicture},
	"not_video": {"", t3(
		"файл атауы бейнеге ұқсайды, бірақ бұл — {type}",
		"имя файла как у видео, но это {type}",
		"the name says video clip, but this is {type}"), toH264},
	"video_codec": {"", t3(
		"бұл компьютер {codec} бейнесін ойната алмайды",
		"этот компьютер не может показать видео {codec}",
		"this machine cannot play {codec} video"), toH264},
	"video_no_picture": {"", t3(
		"бұл файлда дыбыс бар, бірақ бейне жоқ",
		"в этом файле есть звук, но нет изображения",
		"this file has sound but no picture"), t3(
		"әуенді music/ қалтасына MP3 етіп салыңыз немесе бейнені суретімен қайта сақтаңыз",
		"музыку положите в папку music/ как MP3, или сохраните видео заново вместе с изображением",
		"put music into music/ as MP3, or save the clip again with its picture")},
	"video_too_long": {"", t3(
		"бейне {length} ұзақ, ал шегі — {limit} (kiosk.toml: max_video_seconds)",
		"видео длится {length}, а предел {limit} (kiosk.toml: max_video_seconds)",
		"the clip is {length} long, and the limit is {limit} (kiosk.toml: max_video_seconds)"), t3(
		"бейнені қысқартыңыз (бір би, бір ән) немесе kiosk.toml-да max_video_seconds мәнін үлкейтіңіз",
		"сократите видео (один танец, одна песня) или увеличьте max_video_seconds в kiosk.toml",
		"cut it shorter (one dance, one song), or raise max_video_seconds in kiosk.toml")},
	"video_too_heavy": {"", t3(
		"бұл компьютер {size} {codec} бейнесін ({fps} кадр/с) уақытында аша алмайды: секундына {cores} ядро керек, ал бар болғаны {have}",
		"этот компьютер не успевает распаковывать видео {codec} {size} ({fps} кадр/с): нужно {cores} ядра в секунду, а их всего {have}",
		"this machine cannot decode {size} {codec} video ({fps} frames a second) in time: it needs {cores} cores and has {have}"), t3(
		"бейнені 1920 × 1080 (1080p) H.264 (MP4) етіп сақтаңыз: мысалы, HandBrake-те «Fast 1080p30»",
		"сохраните видео как 1920 × 1080 (1080p) H.264 (MP4): например, в HandBrake пресет «Fast 1080p30»",
		"save it as 1920 × 1080 (1080p) H.264 (MP4): for example HandBrake's \"Fast 1080p30\"")},
	"video_too_large": {"", t3(
		"бейне кадры тым үлкен: {size} пиксель, экран 4K-ға дейін ойнатады",
		"кадр видео слишком большой: {size} пикселей, экран показывает до 4K",
		"the clip's frames are too large: {size} pixels, and this screen plays up to 4K"), t3(
		"бейнені 1920 × 1080 (1080p) етіп қайта сақтаңыз",
		"сохраните видео заново в размере 1920 × 1080 (1080p)",
		"save it again at 1920 × 1080 (1080p)")},
	"not_music": {"not_mp3", t3(
		"music/ қалтасында тек MP3 ойнатылады, ал бұл — {type}",
		"в папке music/ проигрываются только MP3, а это {type}",
		"only MP3 files are played from music/, and this is {type}"), t3(
		"дыбысты MP3 етіп сақтаңыз (мысалы, Audacity-де: Экспорт → MP3)",
		"сохраните звук как MP3 (например, в Audacity: Экспорт → MP3)",
		"save the sound as MP3 (for example in Audacity: Export → MP3)")},
	"unsupported_mp3": {"unsupported", t3(
		"MP3-тің бұл түрі ойнатылмайды: {type}",
		"такой вид MP3 не проигрывается: {type}",
		"this kind of MP3 is not played: {type}"), t3(
		"оны MP3 128 кбит/с, 44,1 кГц етіп қайта сақтаңыз",
		"пересохраните его как MP3 128 кбит/с, 44,1 кГц",
		"save it again as MP3, 128 kbit/s, 44.1 kHz")},
	"not_announcement": {"", t3(
		"хабарландыру бола алмайды: бұл — {type}",
		"не может быть объявлением: это {type}",
		"cannot be an announcement: this is {type}"), t3(
		"мәтінді .docx, .txt немесе .md етіп, афишаны JPEG немесе PNG етіп сақтаңыз",
		"сохраните текст как .docx, .txt или .md, афишу — как JPEG или PNG",
		"save a text as .docx, .txt or .md, a poster as JPEG or PNG")},
	"workbook_protected": {"bad_text", t3(
		"кесте құпиясөзбен қорғалған, киоск оны аша алмайды",
		"таблица защищена паролем, киоск не может её открыть",
		"the workbook is protected with a password, so the kiosk cannot open it"), t3(
		"Excel-де құпиясөзді алып тастаңыз (Файл → Сведения → Защитить книгу) және .xlsx етіп сақтаңыз",
		"снимите пароль в Excel (Файл → Сведения → Защитить книгу) и сохраните как .xlsx",
		"remove the password in Excel (File → Info → Protect Workbook) and save it as .xlsx")},
	"not_workbook": {"bad_text", t3(
		"файл .xlsx кестесі емес: бұл — {type}",
		"файл не таблица .xlsx: это {type}",
		"the file is not an .xlsx workbook: this is {type}"), t3(
		"оны Excel-де не LibreOffice-те ашып, «Книга Excel (.xlsx)» етіп сақтаңыз",
		"откройте его в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)»",
		"open it in Excel or LibreOffice and save it as \"Excel Workbook (.xlsx)\"")},
	"wrong_sheets": {"bad_text", t3(
		"кестеде {want} парағы жоқ; ондағы парақтар: {sheets}",
		"в таблице нет листа {want}; в ней листы: {sheets}",
		"the workbook has no sheet {want}; its sheets are: {sheets}"), t3(
		"парақтардың атын Clubs және Timetable етіп өзгертіңіз (үлгі демо қалтада)",
		"переименуйте листы в Clubs и Timetable (образец в демо-папке)",
		"rename the sheets to Clubs and Timetable (the demo folder has an example)")},
	"bad_row": {"", t3(
		"кестенің бір жолын оқу мүмкін емес: {detail}",
		"строку таблицы не удалось прочитать: {detail}",
		"a row of the table cannot be read: {detail}"), t3(
		"сол жолды Excel-де түзетіп, қайта сақтаңыз; қалған жолдар көрсетіледі",
		"исправьте эту строку в Excel и сохраните заново; остальные строки показываются",
		"correct that row in Excel and save again; the other rows are shown")},
	"bad_rows": {"", t3(
		"кестенің кейбір жолдарын оқу мүмкін емес: {detail}",
		"некоторые строки таблицы не удалось прочитать: {detail}",
		"some rows of the table cannot be read: {detail}"), t3(
		"сол жолдарды түзетіп, қайта сақтаңыз; қалған жолдар көрсетіледі",
		"исправьте эти строки и сохраните заново; остальные строки показываются",
		"correct those rows and save again; the other rows are shown")},
	"bad_line": {"bad_text", t3(
		"мәтін файлының бір жолын оқу мүмкін емес: {detail}",
		"строку текстового файла не удалось прочитать: {detail}",
		"a line of the text file cannot be read: {detail}"), t3(
		"файлды Блокнотта ашып, сол жолды түзетіп, қайта сақтаңыз",
		"откройте файл в Блокноте, исправьте эту строку и сохраните",
		"open the file in Notepad, correct that line and save it")},
	"bad_text": {"", t3(
		"файлды оқу мүмкін емес: {detail}",
		"файл не удалось прочитать: {detail}",
		"the file cannot be read: {detail}"), t3(
		"демо қалтадағы үлгімен салыстырып түзетіңіз де, қайта сақтаңыз",
		"сверьте с образцом из демо-папки, исправьте и сохраните",
		"compare it with the example in the demo folder, correct it and save")},
	"letters_lost": {"", t3(
		"файл сақталғанда қазақ әріптері жоғалды («?» болып қалды): {detail}",
		"при сохранении файла пропали казахские буквы (стали «?»): {detail}",
		"Kazakh letters were lost when the file was saved (they became \"?\"): {detail}"), t3(
		"Excel-де «CSV UTF-8 (разделители — запятые)» етіп сақтап, әріптерді қайта жазыңыз",
		"сохраните в Excel как «CSV UTF-8 (разделитель — запятая)» и впишите буквы заново",
		"save it as \"CSV UTF-8\" in Excel and type the letters again")},
}

// reason makes the refusal of a catalogue reason, its placeholders filled
// from args (a name and its text in each language).
func reason(code string, args map[string]slides.Text) *Refusal {
	def, ok := reasons[code]
	if !ok {
		panic("kiosk: no reason " + code + " in the catalogue")
	}
	r := &Refusal{Code: code, Reason: slides.Text{}, Cause: slides.Text{}, Do: def.Do}
	for _, l := range slides.Langs {
		cause := def.Cause[l]
		for k, v := range args {
			cause = strings.ReplaceAll(cause, "{"+k+"}", v.Get([]slides.Lang{l}))
		}
		cause = strings.ReplaceAll(placeholder.ReplaceAllString(cause, ""), " ()", "")
		cause = strings.TrimSuffix(strings.TrimSpace(cause), ":")
		r.Cause[l] = cause
		r.Reason[l] = sentence(cause) + ". " + sentence(def.Do[l]) + "."
	}
	return r
}

// placeholder is a {name} in a cause.
var placeholder = regexp.MustCompile(`\{[a-z]+\}`)

// plainArgs makes reason arguments that read the same in every language.
func plainArgs(kv ...string) map[string]slides.Text {
	m := map[string]slides.Text{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = slides.Plain(kv[i+1])
	}
	return m
}

// sentence starts s with a capital letter and drops a final full stop.
func sentence(s string) string {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// legacyCode is the `code` that scripts read before reason codes: the same
// word for every file of a kind. Codes stored by an older kiosk pass.
func legacyCode(code string) string {
	if def, ok := reasons[code]; ok && def.Legacy != "" {
		return def.Legacy
	}
	return code
}
