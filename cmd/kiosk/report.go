package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/shygarmashylyq/kiosk/kiosk"
	"github.com/shygarmashylyq/kiosk/kiosk/printout"
	"github.com/shygarmashylyq/kiosk/ui/fonts"
)

// cmdReport writes `kiosk report`: an exhibition's works with their airtime,
// as an A4 PDF or an HTML page, for parents and club leaders.
func cmdReport(k *kiosk.Kiosk, o options, out io.Writer) error {
	if o.exhibit == "" || o.out == "" {
		return errors.New("want --exhibition NAME and --out FILE.pdf (or .html)")
	}
	ext := strings.ToLower(filepath.Ext(o.out))
	if ext != ".pdf" && ext != ".html" && ext != ".htm" {
		return fmt.Errorf("--out %q: the file must end in .pdf or .html", o.out)
	}
	cfg := k.Config()
	loc, err := cfg.Location()
	if err != nil {
		return err
	}
	var since time.Time
	if o.since != "" {
		if since, err = parseAt(o.since, loc); err != nil {
			return fmt.Errorf(`--since %q: want a date such as "2025-01-01"`, o.since)
		}
	}
	r, err := kiosk.BuildAirtimeReport(context.Background(), k.Store, cfg, o.exhibit, since, time.Now(), k.Opts.Box)
	if err != nil {
		return err
	}
	tmp := o.out + ".part"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if ext == ".pdf" {
		err = printout.PDF(f, r, printout.Fonts{Regular: fonts.Regular, Bold: fonts.Bold})
	} else {
		err = printout.HTML(f, r)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, o.out)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	plays, secs := r.TotalPlays()
	fmt.Fprintf(out, "%s: %d works, %d plays, %.0f minutes -> %s\n", r.Exhibition, len(r.Works), plays, secs/60, o.out)
	return nil
}
