package slides

import (
	"errors"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Priority tells the player how eagerly to show a slide.
type Priority int

// The priorities, lowest first.
const (
	Normal Priority = iota
	High
	Urgent
)

// String returns "normal", "high" or "urgent".
func (p Priority) String() string {
	switch p {
	case Normal:
		return "normal"
	case High:
		return "high"
	case Urgent:
		return "urgent"
	}
	return "Priority(" + strconv.Itoa(int(p)) + ")"
}

// priorityWords maps words, after normalizeDayWord, to priorities.
var priorityWords = map[string]Priority{}

func init() {
	for p, words := range map[Priority][]string{
		Normal: {"normal", "low", "0", "обычный", "обычная", "обычное", "обычно", "қалыпты", "кәдімгі"},
		High:   {"high", "important", "1", "высокий", "высокая", "высокое", "важно", "важный", "важное", "жоғары", "маңызды"},
		Urgent: {"urgent", "2", "срочный", "срочная", "срочное", "срочно", "шұғыл", "жедел"},
	} {
		for _, w := range words {
			priorityWords[normalizeDayWord(w)] = p
		}
	}
}

// errValue is the cause of a setting whose value cannot be used.
var errValue = errors.New("bad setting value")

// parsePriority reads a priority word in English, Russian or Kazakh.
func parsePriority(s string) (Priority, error) {
	if p, ok := priorityWords[normalizeDayWord(s)]; ok {
		return p, nil
	}
	return 0, wrapErr(errValue, 0,
		"маңыздылық түсініксіз "+g(s)+" (қалыпты, жоғары немесе шұғыл деп жазыңыз)",
		"непонятная важность "+g(s)+" (пишите обычный, высокий или срочный)",
		"unknown priority "+q(s)+" (write normal, high or urgent)")
}

// maxDuration is the longest slide duration accepted.
const maxDuration = time.Hour

// parseDuration reads a slide duration: seconds as a number ("20",
// "20 сек", "20 с"), or a Go duration ("20s", "1m30s"). 0 means default.
func parseDuration(s string) (time.Duration, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	num := t
	for _, suf := range []string{"seconds", "second", "secs", "sec", "секунды", "секунда", "секунд", "сек.", "сек", "с.", "с", "s"} {
		if n, ok := strings.CutSuffix(t, suf); ok {
			num = strings.TrimSpace(n)
			break
		}
	}
	num = strings.Replace(num, ",", ".", 1)
	var d time.Duration
	var err error
	if f, e := strconv.ParseFloat(num, 64); e == nil && f >= 0 && f <= maxDuration.Seconds() {
		d = time.Duration(f * float64(time.Second))
	} else {
		d, err = time.ParseDuration(t)
	}
	if err != nil || d < 0 || d > maxDuration {
		return 0, wrapErr(errValue, 0,
			"ұзақтығы түсініксіз "+g(s)+" (секундпен жазыңыз, мысалы 20)",
			"непонятная длительность "+g(s)+" (пишите в секундах, например 20)",
			"unclear duration "+q(s)+" (write seconds, for example 20)")
	}
	return d, nil
}

// parseWebURL accepts only absolute http and https addresses.
func parseWebURL(s string) (string, error) {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(s, " \t\n") {
		return "", wrapErr(errValue, 0,
			g(s)+" веб-мекенжай емес (http:// немесе https:// деп басталуы керек)",
			g(s)+" не веб-адрес (должен начинаться с http:// или https://)",
			q(s)+" is not a web address (it must start with http:// or https://)")
	}
	return s, nil
}
