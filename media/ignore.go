package media

import "strings"

// ignoredNames are whole names that are never content, in lower case:
// Windows' and macOS' folder clutter that a USB stick or a copy from a laptop
// brings along. Names with a leading '.' are ignored anyway.
var ignoredNames = map[string]bool{
	"thumbs.db":                 true,
	"ehthumbs.db":               true,
	"desktop.ini":               true,
	"$recycle.bin":              true,
	"system volume information": true,
}

// ignoredSuffixes mark files still being written, in lower case: browsers'
// downloads (Firefox .part, Chrome and Edge .crdownload, Safari .download),
// copy tools' and editors' temporary files.
var ignoredSuffixes = []string{
	".tmp", ".part", ".partial", ".crdownload", ".download", "~",
}

// Ignored reports whether a file or folder name (one path element) is never
// content: hidden names (leading '.'), "~$*", "*.tmp", "*.part",
// "*.crdownload", ".syncthing.*.tmp", "~syncthing~*", "*.sync-conflict-*",
// ".stfolder", ".stversions", ".stignore", "Thumbs.db", "desktop.ini",
// ".DS_Store" (case-insensitive where Windows would be).
//
// A few more names of the same kind are ignored too: "*.partial",
// "*.download", "*~", "ehthumbs.db", "$RECYCLE.BIN" and
// "System Volume Information".
func Ignored(name string) bool {
	if name == "" {
		return false
	}
	// Hidden names: this also covers Syncthing's .stfolder, .stversions,
	// .stignore and .syncthing.*.tmp, and macOS' .DS_Store and ._* files.
	if name[0] == '.' {
		return true
	}
	lower := strings.ToLower(name)
	if ignoredNames[lower] {
		return true
	}
	// "~$book.xlsx" is Office's lock file; "~syncthing~a.jpg.tmp" is
	// Syncthing's temporary file on Windows.
	if strings.HasPrefix(lower, "~$") || strings.HasPrefix(lower, "~syncthing~") {
		return true
	}
	// Syncthing keeps both sides of a conflict as
	// "a.sync-conflict-20240102-150405-DEVICE.jpg"; staff must resolve it.
	if strings.Contains(lower, ".sync-conflict-") {
		return true
	}
	for _, s := range ignoredSuffixes {
		if strings.HasSuffix(lower, s) {
			return true
		}
	}
	return false
}

// ignoredPath reports whether any element of a slash-separated path relative
// to the watched root is Ignored, so that nothing inside ".stversions/" counts.
func ignoredPath(rel string) bool {
	for elem := range strings.SplitSeq(rel, "/") {
		if Ignored(elem) {
			return true
		}
	}
	return false
}
