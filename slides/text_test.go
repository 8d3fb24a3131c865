package slides

import "testing"

func TestTextGet(t *testing.T) {
	tests := []struct {
		name  string
		text  Text
		order []Lang
		want  string
	}{
		{"first in order", Text{KK: "Сәлем", RU: "Привет", EN: "Hello"}, []Lang{RU, KK}, "Привет"},
		{"skips empty", Text{KK: "", RU: "Привет"}, []Lang{KK, RU}, "Привет"},
		{"falls back kk ru en", Text{EN: "Hello", RU: "Привет"}, []Lang{KK}, "Привет"},
		{"nil order", Text{EN: "Hello"}, nil, "Hello"},
		{"empty", Text{}, []Lang{KK}, ""},
		{"nil text", nil, []Lang{KK}, ""},
	}
	for _, tt := range tests {
		if got := tt.text.Get(tt.order); got != tt.want {
			t.Errorf("%s: %v.Get(%v) = %q, want %q", tt.name, tt.text, tt.order, got, tt.want)
		}
	}
}

func TestTextIsEmptyAndPlain(t *testing.T) {
	tests := []struct {
		text Text
		want bool
	}{
		{nil, true},
		{Text{}, true},
		{Text{KK: ""}, true},
		{Text{EN: "x"}, false},
		{Plain(""), true},
		{Plain("Ашық есік күні"), false},
	}
	for _, tt := range tests {
		if got := tt.text.IsEmpty(); got != tt.want {
			t.Errorf("%v.IsEmpty() = %v, want %v", tt.text, got, tt.want)
		}
	}
	p := Plain("x")
	for _, l := range Langs {
		if p[l] != "x" {
			t.Errorf("Plain(%q)[%s] = %q, want %q", "x", l, p[l], "x")
		}
	}
	if _, ok := p[""]; ok {
		t.Errorf("Plain stored a text under the empty language: %v", p)
	}
}
