package slides

import (
	"slices"
	"testing"
)

func TestCategoryKind(t *testing.T) {
	tests := []struct {
		name Text
		want string
	}{
		{Text{KK: "Техникалық", RU: "Техническое", EN: "Technical"}, "technical"},
		{Plain("Робототехника"), "technical"},
		{Text{KK: "Бейнелеу өнері", RU: "Изобразительное искусство", EN: "Fine art"}, "art"},
		{Plain("Керамика"), "art"},
		{Plain("Музыка"), "music"},
		{Plain("Ән салу"), "music"},
		{Text{RU: "Хореография"}, "dance"},
		{Plain("Би"), "dance"},
		{Plain("Экология"), "science"},
		{Plain("Шахматы"), "sport"},
		{Text{EN: "Chess club"}, "sport"},
		// The kinds are tried in order: technical before art.
		{Plain("Robotics art"), "technical"},
		// Words must begin so: "mart" is no art.
		{Plain("Smart home"), ""},
		{Plain("Театр"), ""},
		{nil, ""},
	}
	for _, tc := range tests {
		if got := CategoryKind(tc.name); got != tc.want {
			t.Errorf("CategoryKind(%v) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestCategoryKindsAreKnownCategories(t *testing.T) {
	kinds := CategoryKinds()
	if want := []string{"technical", "art", "music", "dance", "science", "sport"}; !slices.Equal(kinds, want) {
		t.Fatalf("CategoryKinds() = %q, want %q", kinds, want)
	}
	// Each kind has its names in every language, as CategoryNames gives them.
	for _, k := range kinds {
		names := CategoryNames(Plain(k))
		for _, l := range Langs {
			if names[l] == "" || names[l] == k && l != EN {
				t.Errorf("kind %q has no %s name: %v", k, l, names)
			}
		}
		if CategoryKind(names) != k {
			t.Errorf("CategoryKind(CategoryNames(%q)) = %q", k, CategoryKind(names))
		}
	}
}

func TestCategoryID(t *testing.T) {
	tests := []struct {
		in   Text
		want string
	}{
		{Text{KK: " Музыка ", RU: "Музыка", EN: "Music"}, "музыка"},
		{Text{RU: "Театр", EN: "Theatre"}, "театр"},
		{Text{EN: "ART"}, "art"},
		{nil, ""},
	}
	for _, tc := range tests {
		if got := CategoryID(tc.in); got != tc.want {
			t.Errorf("CategoryID(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
