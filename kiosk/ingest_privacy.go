package kiosk

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"github.com/shygarmashylyq/kiosk/slides"
)

// SetPrivacy sets the [privacy] the labels are applied under. Safe from any
// goroutine; a change reaches the stored labels with the next scan.
func (in *Ingest) SetPrivacy(p PrivacyConfig) { in.privacy.Store(&p) }

// privacyNow is the [privacy] in force.
func (in *Ingest) privacyNow() PrivacyConfig {
	if p := in.privacy.Load(); p != nil {
		return *p
	}
	return DefaultConfig().Privacy
}

// factLabelsPrivacy records the [privacy] the stored labels were made under.
const factLabelsPrivacy = "labels_privacy"

// relabelForPrivacy applies every exhibition's labels again when [privacy]
// is not the one they were applied under (names = full after first: the
// names are read from labels.csv again; a database from before names were
// kept as allowed). Folders in skip are relabelled by the caller anyway.
// The recorded [privacy] is looked at on a full scan or when kiosk.toml
// changed.
func (in *Ingest) relabelForPrivacy(ctx context.Context, configChanged bool, skip map[string]bool) error {
	now := mustJSON(in.privacyNow())
	if !configChanged && in.privacyApplied == now {
		return nil
	}
	if had, err := in.Store.Fact(ctx, factLabelsPrivacy); err != nil || had == now {
		in.privacyApplied = now
		return err
	}
	dirs, err := in.Store.ArtworkFolders(ctx)
	if err != nil {
		return err
	}
	for _, dir := range dirs {
		if !skip[dir] {
			if err := in.relabel(ctx, dir); err != nil {
				return err
			}
		}
	}
	in.privacyApplied = now
	return in.Store.SetFact(ctx, factLabelsPrivacy, now)
}

// folderLabels reads the labels.csv of dir once per scan. ok is false when
// the file is there but cannot be read or parsed at all (no file: no
// labels, ok).
func (in *Ingest) folderLabels(dir string) (map[string]slides.Label, bool) {
	if labels, ok := in.labels[dir]; ok {
		return labels, !in.labelsBad[dir]
	}
	if in.labels == nil {
		in.labels, in.labelsBad = map[string]map[string]slides.Label{}, map[string]bool{}
	}
	var labels map[string]slides.Label
	data, err := os.ReadFile(filepath.Join(in.Root, filepath.FromSlash(path.Join(dir, labelsFile))))
	bad := err != nil && !errors.Is(err, fs.ErrNotExist)
	if err == nil {
		labels, _, err = slides.ParseLabels(data)
		bad = err != nil
	}
	in.labels[dir], in.labelsBad[dir] = labels, bad
	return labels, !bad
}
