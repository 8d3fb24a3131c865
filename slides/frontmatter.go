package slides

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Limits on announcement files.
const (
	MaxFrontMatterBytes = 64 << 10  // YAML front matter or poster metadata
	MaxBodyBytes        = 256 << 10 // Markdown body
)

// Limits that keep hostile YAML (such as "billion laughs") cheap to refuse.
const (
	maxYAMLAliases = 100   // alias uses (*name)
	maxYAMLDepth   = 20    // nesting of mappings and lists
	maxYAMLNodes   = 10000 // nodes after expanding aliases
)

// errYAML is the cause of front matter that cannot be read or is refused.
var errYAML = errors.New("bad front matter")

// fmFirstLine is the file line front matter starts on, after "---".
const fmFirstLine = 2

// splitFrontMatter separates YAML front matter between "---" lines from the
// body and reports whether there was front matter.
func splitFrontMatter(text string) (fm, body string, found bool, err error) {
	first, rest, ok := cutLine(text)
	if !ok || strings.TrimRight(first, " \t") != "---" {
		return "", text, false, nil
	}
	start := rest
	for rest != "" {
		used := len(start) - len(rest)
		if used > MaxFrontMatterBytes {
			return "", "", true, wrapErr(errYAML, 0,
				"басындағы --- арасындағы баптаулар 64 КиБ-тан үлкен",
				"настройки между --- в начале файла больше 64 КиБ",
				"the settings between --- lines at the top are larger than 64 KiB")
		}
		l, after, _ := cutLine(rest)
		if t := strings.TrimRight(l, " \t"); t == "---" || t == "..." {
			return start[:used], after, true, nil
		}
		rest = after
	}
	return "", "", true, lineErr(errYAML, 1,
		"баптаулар --- деп ашылған, бірақ жабатын --- жолы жоқ",
		"настройки открыты строкой ---, но закрывающей строки --- нет",
		"the settings start with a --- line but no closing --- line follows")
}

// yamlLineRE finds the line number in a yaml.v3 error message.
var yamlLineRE = regexp.MustCompile(`line (\d+): `)

// parseYAML parses src safely into a document node. firstLine is the file
// line of src's first line, for messages. Documents larger than
// MaxFrontMatterBytes, with too many aliases, too deep, or too big once
// aliases are expanded are refused before anything is decoded from them.
func parseYAML(src string, firstLine int) (doc *yaml.Node, err error) {
	if len(src) > MaxFrontMatterBytes {
		return nil, wrapErr(errYAML, 0,
			"баптаулар 64 КиБ-тан үлкен",
			"настройки больше 64 КиБ",
			"the settings are larger than 64 KiB")
	}
	defer func() {
		if r := recover(); r != nil { // the YAML parser is not ours; never let it crash the kiosk
			doc, err = nil, wrapErr(errYAML, 0, "баптауларды оқу мүмкін емес", "настройки не читаются", "the settings cannot be read")
		}
	}()
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(src), &n); err != nil {
		row := 0
		if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
			if l, e := strconv.Atoi(m[1]); e == nil {
				row = l + firstLine - 1
			}
		}
		msg := yamlLineRE.ReplaceAllString(strings.TrimPrefix(err.Error(), "yaml: "), "")
		return nil, lineErr(err, row,
			"баптауларды оқу мүмкін емес (YAML: "+msg+")",
			"настройки не читаются (YAML: "+msg+")",
			"the settings cannot be read (YAML: "+msg+")")
	}
	g := yamlGuard{memo: map[*yaml.Node][2]int{}, visiting: map[*yaml.Node]bool{}}
	if _, _, err := g.measure(&n, 0); err != nil {
		return nil, err
	}
	return &n, nil
}

// yamlGuard measures a node tree as if aliases were expanded, without
// expanding them.
type yamlGuard struct {
	aliases  int
	memo     map[*yaml.Node][2]int // size and height of finished nodes
	visiting map[*yaml.Node]bool
}

// errTooComplex is returned for YAML that would be costly to use.
var errTooComplex = wrapErr(errYAML, 0,
	"баптаулар тым күрделі (сілтемелер немесе ұя салу тым көп)",
	"настройки слишком сложные (слишком много ссылок или вложенности)",
	"the settings are too complex (too many aliases or too deeply nested)")

// measure returns the expanded size and height of n found at depth.
func (g *yamlGuard) measure(n *yaml.Node, depth int) (size, height int, err error) {
	if depth > maxYAMLDepth {
		return 0, 0, errTooComplex
	}
	if n.Kind == yaml.AliasNode {
		g.aliases++
		if g.aliases > maxYAMLAliases {
			return 0, 0, errTooComplex
		}
		if n.Alias == nil {
			return 1, 1, nil
		}
		n = n.Alias
	}
	if m, ok := g.memo[n]; ok {
		if depth+m[1]-1 > maxYAMLDepth {
			return 0, 0, errTooComplex
		}
		return m[0], m[1], nil
	}
	if g.visiting[n] {
		return 0, 0, errTooComplex
	}
	g.visiting[n] = true
	size, height = 1, 1
	for _, c := range n.Content {
		s, h, err := g.measure(c, depth+1)
		if err != nil {
			return 0, 0, err
		}
		size += s
		if size > maxYAMLNodes {
			return 0, 0, errTooComplex
		}
		height = max(height, h+1)
	}
	delete(g.visiting, n)
	g.memo[n] = [2]int{size, height}
	return size, height, nil
}
