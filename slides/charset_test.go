package slides

import (
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestLostLetters(t *testing.T) {
	for s, want := range map[string]string{
		"?ыс?ы кеш":      "?ыс?ы",
		"Домбыра ?йірме": "?йірме",
		"Қысқы кеш":      "",
		"Is it? Yes":     "",
		"Что? Где?":      "",
		"Кто я?":         "",
		"??":             "",
		"ба??ша":         "ба??ша",
		"8?":             "",
	} {
		if got := lostLetterWord(s); got != want {
			t.Errorf("lostLetterWord(%q) = %q, want %q", s, got, want)
		}
	}
	cp, _ := charmap.Windows1251.NewEncoder().String("file,title\na.jpg,?ыс?ы кеш\nb.jpg,Зимний вечер\n")
	errs := LostLetters([]byte(cp))
	if len(errs) != 1 || errs[0].Row != 2 || errs[0].Code != "letters_lost" {
		t.Errorf("LostLetters = %+v, want one problem in row 2", errs)
	}
	if errs := LostLetters([]byte("file,title\na.jpg,?ыс?ы кеш\n")); errs != nil {
		t.Errorf("a UTF-8 file: %+v, want none (its question marks were typed)", errs)
	}
}
