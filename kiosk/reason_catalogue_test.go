package kiosk

import (
	"io/fs"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/shygarmashylyq/kiosk/slides"
)

// TestReasonCatalogue walks every reason: each has a cause and a thing to do
// in Kazakh, Russian and English, and a reason made with its placeholders
// filled leaves none behind and no empty brackets or lists.
func TestReasonCatalogue(t *testing.T) {
	args := map[string]slides.Text{}
	for _, k := range []string{"type", "size", "limit", "detail", "want", "sheets"} {
		args[k] = slides.Plain("X" + k)
	}
	for code, def := range reasons {
		for _, l := range slides.Langs {
			if strings.TrimSpace(def.Cause[l]) == "" {
				t.Errorf("reason %s has no cause in %s", code, l)
			}
			if strings.TrimSpace(def.Do[l]) == "" {
				t.Errorf("reason %s has no \"what to do\" in %s", code, l)
			}
		}
		if def.Legacy != "" && reasons[def.Legacy].Cause == nil && !legacyOnly[def.Legacy] {
			t.Errorf("reason %s: legacy code %q is unknown", code, def.Legacy)
		}
		for _, a := range []map[string]slides.Text{args, nil} {
			r := reason(code, a)
			for _, l := range slides.Langs {
				s := r.Reason[l]
				if strings.ContainsAny(s, "{}") || strings.Contains(s, "()") || strings.Contains(s, ": )") || strings.Contains(s, ":.") {
					t.Errorf("reason %s in %s with args %v: %q", code, l, a != nil, s)
				}
				if !strings.HasSuffix(s, ".") || s != sentence(s)+"." {
					t.Errorf("reason %s in %s is not a sentence: %q", code, l, s)
				}
			}
		}
	}
}

// legacyOnly are the codes of before the catalogue that are no reason of it.
var legacyOnly = map[string]bool{"not_image": true, "not_mp3": true, "unsupported": true, "outside_folders": true}

// TestTypeNames checks that every kind media names has words for staff.
func TestTypeNames(t *testing.T) {
	for code, name := range typeNames {
		for _, l := range slides.Langs {
			if name[l] == "" {
				t.Errorf("type %s has no name in %s", code, l)
			}
		}
	}
}

// TestReasonsDocumented checks that docs/REASONS.md lists every reason.
func TestReasonsDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/REASONS.md")
	if err != nil {
		t.Fatal(err)
	}
	for code := range reasons {
		if !strings.Contains(string(doc), "| `"+code+"` |") {
			t.Errorf("docs/REASONS.md does not list reason %s", code)
		}
	}
}

// TestExplainReadErrors: a file the kiosk may not read (which a test run as
// root cannot make) has a reason of its own; one the disk fails on is the
// machine's fault.
func TestExplainReadErrors(t *testing.T) {
	if r := explain(&fs.PathError{Op: "open", Path: "a.jpg", Err: fs.ErrPermission}); r.Code != "unreadable" {
		t.Errorf("permission denied: %s", r.Code)
	}
	// An input/output error is the machine's fault, not the file's (issue
	// 21): it is not refused but read again until it clears.
	r := explain(&fs.PathError{Op: "read", Path: "artworks/A/a.jpg", Err: syscall.EIO})
	if r.Code != codeMachineFault || strings.Contains(r.Reason[slides.EN], "artworks/A") || !strings.Contains(r.Reason[slides.EN], "input/output error") {
		t.Errorf("I/O error: %s %q", r.Code, r.Reason[slides.EN])
	}
}
