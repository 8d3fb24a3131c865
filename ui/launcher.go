package ui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/shygarmashylyq/kiosk/slides"
)

// NewClubsLauncher is a transparent layer for the top of the slideshow: a
// tap anywhere on it, or on its "Үйірмелер · Кружки · Clubs" button in the
// top-right corner, calls onOpen.
func NewClubsLauncher(langs []slides.Lang, onOpen func()) fyne.CanvasObject {
	return container.New(launcherLayout{}, newTapBackground(color.Transparent, onOpen), clubsButton(langs, onOpen))
}

func clubsButton(langs []slides.Lang, onOpen func()) *tile {
	if len(langs) == 0 {
		langs = slides.Langs
	}
	var names []string
	for _, l := range langs {
		names = append(names, tr(l, "clubs", nil))
	}
	text := widget.NewRichText(seg(strings.Join(names, " · "), sizeBody, true, theme.ColorNameForegroundOnPrimary))
	return newTile(text, colorAccent, onOpen)
}

// ClubsLauncherCorner is the top-right area the launcher's button covers,
// its margin included, for the slideshow to keep clear.
func ClubsLauncherCorner(langs []slides.Lang) fyne.Size {
	m := launcherMargin()
	s := clubsButton(langs, nil).MinSize()
	return fyne.NewSize(s.Width+2*m, s.Height+2*m)
}

func launcherMargin() float32 { return theme.Size(sizeBody) * 0.6 }

// launcherLayout: the tap layer fills the screen, the button sits in the
// top-right corner.
type launcherLayout struct{}

func (launcherLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(0, 0) }

func (launcherLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	place(objs[0], fyne.NewPos(0, 0), size)
	m := launcherMargin()
	s := objs[1].MinSize()
	s.Width = min(s.Width, size.Width-2*m)
	place(objs[1], shifted(fyne.NewPos(size.Width-s.Width-m, m)), s)
}
