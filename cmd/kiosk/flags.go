package main

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/shygarmashylyq/kiosk/kiosk"
)

// options are the command-line settings of every subcommand.
type options struct {
	name     string // the command
	content  string
	db       string
	json     bool
	windowed bool
	screen   string
	at       string
	since    string
	csv      bool
	csvExcel bool   // stats: CSV with ";" for a Russian-locale Excel
	xlsx     string // stats: write a workbook here
	wait     time.Duration
	demo     bool // write the demo content on a first start (run, scan)
	exhibit  string
	out      string
	// reports is the folder a running screen writes its report into;
	// reportSeconds how often (0: kiosk.toml's report_seconds).
	reports       string
	reportSeconds float64
	html          string   // fleet: write the static page here
	args          []string // what is not a flag (fleet: DIR)
	// preview is the clock of `kiosk run --at`, started once the centre's
	// zone is known (cmd/kiosk/at.go); nil otherwise.
	preview *kiosk.PreviewClock
}

func defaultContent() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return "Kiosk"
	}
	return filepath.Join(home, "Kiosk")
}

func parseFlags(name string, args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("kiosk "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.content, "content", defaultContent(), "content folder")
	fs.StringVar(&o.db, "db", kiosk.DefaultDBPath(), "SQLite database file")
	fs.BoolVar(&o.json, "json", false, "print JSON for scripts")
	fs.BoolVar(&o.windowed, "windowed", false, "run in a window instead of fullscreen")
	fs.StringVar(&o.screen, "screen", "", "this screen's name (per-screen settings in kiosk.toml)")
	fs.StringVar(&o.at, "at", "", `playlist: the time to evaluate at; run: the show's clock starts there and runs on ("2006-01-02 15:04", the centre's zone)`)
	fs.StringVar(&o.since, "since", "", "stats: from this date, 2006-01-02")
	fs.BoolVar(&o.csv, "csv", false, "stats: print CSV (UTF-8 with a byte order mark, for Excel and LibreOffice)")
	fs.BoolVar(&o.csvExcel, "csv-excel", false, `stats: print CSV with ";" and decimal commas, for Excel in a Russian locale`)
	fs.StringVar(&o.xlsx, "xlsx", "", "stats: write an Excel workbook (.xlsx) to this file")
	fs.DurationVar(&o.wait, "wait", 10*time.Second, "scan: how long to wait for files still being copied")
	fs.StringVar(&o.exhibit, "exhibition", "", "report: the exhibition (its folder name under artworks/)")
	fs.StringVar(&o.out, "out", "", "report: the file to write, .pdf or .html")
	fs.StringVar(&o.reports, "reports", "", "run: write this screen's report (screen.json, now.jpg) into this folder (docs/FLEET.md)")
	fs.Float64Var(&o.reportSeconds, "report-seconds", 0, "run: seconds between reports (default: report_seconds of kiosk.toml, 60)")
	o.demo = name == "run" || name == "scan"
	o.name = name
	fs.StringVar(&o.html, "html", "", "fleet: write a static page of every screen to this file")
	err := fs.Parse(args)
	for err == nil && fs.NArg() > 0 { // flags may follow a folder: kiosk fleet DIR --json
		o.args = append(o.args, fs.Arg(0))
		err = fs.Parse(fs.Args()[1:])
	}
	if name == "run" && o.at != "" {
		o.preview = &kiosk.PreviewClock{}
	}
	return o, err
}

func (o options) open() (*kiosk.Kiosk, error) {
	opts := kiosk.Options{Content: o.content, DB: o.db, Screen: o.screen, Demo: o.demo,
		InMemoryFallback: o.name == "run" || o.name == "status"}
	if o.preview != nil {
		opts.Clock, opts.Preview = o.preview.Now, true
	}
	return kiosk.Open(opts)
}
