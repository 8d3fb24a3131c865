package slides

import (
	"errors"
	"strings"

	"gopkg.in/yaml.v3"
)

// fieldErr names the front matter field a problem is in and puts it on the
// file line where the value is.
func fieldErr(line int, field string, err error) RowError {
	var re RowError
	if !errors.As(err, &re) {
		re = wrapErr(err, 0, err.Error(), err.Error(), err.Error())
	}
	out := lineErr(err, line,
		g(field)+" өрісі: "+re.Reason[KK],
		"поле "+g(field)+": "+re.Reason[RU],
		"field "+q(field)+": "+re.Reason[EN])
	return out
}

// decodeMeta reads the known settings of a front matter or poster metadata
// document into a. Text settings go under lang ("" = all languages). Line
// numbers in messages are offset so that YAML line 1 is file line firstLine.
func decodeMeta(doc *yaml.Node, lang Lang, firstLine int, a *Announcement) error {
	root := doc
	if root.Kind == 0 {
		return nil // an empty document
	}
	if root.Kind == yaml.DocumentNode {
		if len(root.Content) == 0 {
			return nil
		}
		root = root.Content[0]
	}
	root = deref(root)
	if root.Kind == yaml.ScalarNode && (root.Tag == "!!null" || root.Value == "") {
		return nil
	}
	if root.Kind != yaml.MappingNode {
		return lineErr(errValue, root.Line+firstLine-1,
			"баптаулар «кілт: мән» жолдары болуы керек",
			"настройки должны быть строками «ключ: значение»",
			`the settings must be "key: value" lines`)
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := deref(root.Content[i]), deref(root.Content[i+1])
		key := canonColumn(k.Value)
		line := v.Line + firstLine - 1
		if err := a.setMeta(key, v, lang); err != nil {
			return fieldErr(line, k.Value, err)
		}
	}
	if s := a.Schedule; s.From != "" && s.Until != "" && s.From > s.Until {
		return wrapErr(errValue, 0,
			"«from» күні «until» күнінен кейін тұр",
			"дата «from» позже даты «until»",
			`the "from" date is after the "until" date`)
	}
	return nil
}

// errNotScalar is returned for a list or mapping where one value belongs.
var errNotScalar = wrapErr(errValue, 0, "бір ғана мән керек", "нужно одно значение", "a single value is needed")

// setMeta applies one setting; unknown keys are ignored.
func (a *Announcement) setMeta(key string, v *yaml.Node, lang Lang) error {
	if key == "title" || strings.HasPrefix(key, "title_") {
		k := splitColumnName(key)
		if k.base != "title" {
			return nil
		}
		if k.lang != "" {
			lang = k.lang
		}
		return setText(a.Title, v, lang)
	}
	var err error
	switch key {
	case "from", "until", "to":
		var s, d string
		if s, err = scalar(v); err == nil && s != "" {
			if d, err = ParseDate(s); err == nil {
				if key == "from" {
					a.Schedule.From = d
				} else {
					a.Schedule.Until = d
				}
			}
		}
	case "days", "day":
		var s string
		if s, err = joined(v); err == nil {
			a.Schedule.Days, err = ParseDays(s)
		}
	case "hours", "time":
		var s string
		if s, err = joined(v); err == nil {
			a.Schedule.Hours, err = ParseHours(s)
		}
	case "priority":
		var s string
		if s, err = scalar(v); err == nil && s != "" {
			a.Priority, err = parsePriority(s)
		}
	case "duration":
		var s string
		if s, err = scalar(v); err == nil && s != "" {
			a.Duration, err = parseDuration(s)
		}
	case "sound", "audio":
		var s string
		if s, err = scalar(v); err == nil && strings.TrimSpace(s) != "" {
			a.Sound = isYes(s)
		}
	case "qr":
		var s string
		if s, err = scalar(v); err == nil && s != "" {
			a.QR, err = parseWebURL(s)
		}
	}
	return err
}

// setText stores a title given as a string, or as a mapping of languages.
func setText(t Text, v *yaml.Node, lang Lang) error {
	if v.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(v.Content); i += 2 {
			l, ok := parseLang(deref(v.Content[i]).Value)
			if !ok {
				continue
			}
			s, err := scalar(deref(v.Content[i+1]))
			if err != nil {
				return err
			}
			t.set(l, cleanCell(s))
		}
		return nil
	}
	s, err := scalar(v)
	if err == nil {
		t.set(lang, cleanCell(s))
	}
	return err
}

// deref follows an alias node to its anchor.
func deref(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias
	}
	return n
}

// scalar returns a scalar node's text; null is "".
func scalar(v *yaml.Node) (string, error) {
	if v.Kind != yaml.ScalarNode {
		return "", errNotScalar
	}
	if v.Tag == "!!null" {
		return "", nil
	}
	return strings.TrimSpace(v.Value), nil
}

// joined returns a scalar's text, or a list's items joined with commas.
func joined(v *yaml.Node) (string, error) {
	if v.Kind != yaml.SequenceNode {
		return scalar(v)
	}
	parts := make([]string, 0, len(v.Content))
	for _, c := range v.Content {
		s, err := scalar(deref(c))
		if err != nil {
			return "", err
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", "), nil
}
