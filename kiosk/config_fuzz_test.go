package kiosk

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoadConfig: whatever staff write in kiosk.toml, loading it never
// panics, and what it returns on error is the defaults.
func FuzzLoadConfig(f *testing.F) {
	demo, _ := demo.ReadFile("demo/kiosk.toml")
	for _, seed := range []string{string(demo), "", "transition = 1\n", "[durations]\nartwork = -1\n", "durations = [",
		"timezone = \"Asia/Almaty\"\n[screens.hall]\nfolders = [\"artworks/Hall\"]\n", "[music]\nquiet_hours = [\"25:00-26:00\"]\n",
		"languages = [\"kk\", \"xx\"]\n", "\xff\xfe", "[[durations]]\n"} {
		f.Add(seed)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, text string) {
		if err := os.WriteFile(filepath.Join(dir, "kiosk.toml"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		cfg, _, err := LoadConfig(dir)
		if err != nil && cfg.Durations.Artwork != DefaultConfig().Durations.Artwork {
			t.Errorf("a broken file did not give the defaults back: %+v", cfg.Durations)
		}
		if err == nil {
			if cfg.Durations.Artwork <= 0 || cfg.MaxMegapixels <= 0 {
				t.Errorf("accepted an unusable config: %+v", cfg)
			}
			cfg.LangOrder()
			cfg.Shows("hall", Item{Source: "artworks/x.jpg", Kind: KindArtwork})
		}
	})
}
