// Command benchref is the reference for the kiosk's memory and CPU
// benchmarks (make bench, docs/BENCHMARKS.md): an empty fullscreen Fyne
// window, built with the same Fyne version and tags as the kiosk, so that
// what the kiosk costs beyond Fyne and its OpenGL stack can be told apart.
//
// Usage:
//
//	benchref [--windowed]
//
// It draws nothing, animates nothing and reads no files; it runs until it is
// killed or its window is closed. The window is named "benchref".
package main

import (
	"flag"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
)

func main() {
	windowed := flag.Bool("windowed", false, "a 1280x720 window instead of fullscreen")
	flag.Parse()
	a := app.NewWithID("kz.shygarmashylyq.kiosk.benchref")
	w := a.NewWindow("benchref")
	w.SetPadded(false)
	w.SetContent(container.NewWithoutLayout())
	if *windowed {
		w.Resize(fyne.NewSize(1280, 720))
	} else {
		w.SetFullScreen(true)
	}
	w.ShowAndRun()
}
