package slides

import (
	"testing"
	"time"
)

// FuzzOpeningHours parses one day key, its value and a closed date, then
// checks the display's answer at a moment: the change it announces is in
// the future, really is a change, and nothing changes before it.
func FuzzOpeningHours(f *testing.F) {
	f.Add("mon-fri", "08:30-20:00", "01.01.2026", 10, int64(1767955140)) // Friday 19:59 in Almaty
	f.Add("fri", "18:00-02:00", "21.03.2026-23.03.2026", 0, int64(1767978000))
	f.Add("daily", "02:30-22:00", "", 30, int64(1774738800)) // Berlin, the spring change
	f.Add("sat-sun", "closed", "2026-01-10", 720, int64(1768000000))
	f.Add("Пн-Пт", "09:00-13:00, 14:00-18:00", "10.01.25", 15, int64(1700000000))
	zones := []*time.Location{mustZone(f, "Asia/Almaty"), mustZone(f, "Europe/Berlin"), time.UTC}
	f.Fuzz(func(t *testing.T, key, value, closed string, wake int, unix int64) {
		defer quick(t, time.Now())
		var dates []string
		if closed != "" {
			dates = []string{closed}
		}
		h, err := ParseOpeningHours(map[string]string{key: value}, dates, time.Duration(wake)*time.Minute)
		if err != nil {
			return
		}
		unix = unix % (100 * 365 * 86400) // within a century of 1970
		if unix < 0 {
			unix = -unix
		}
		loc := zones[int(unix)%len(zones)]
		at := time.Unix(unix, 0).In(loc)
		st := h.At(at, time.Time{})
		if st.Next.IsZero() {
			return
		}
		if !st.Next.After(at) {
			t.Fatalf("at %v (%s) the next change %v is not ahead", at, st.Why, st.Next)
		}
		if then := h.At(st.Next, time.Time{}); then.On == st.On {
			t.Fatalf("at %v on=%v (%s); at the announced change %v still on=%v (%s)", at, st.On, st.Why, st.Next, then.On, then.Why)
		}
		mid := at.Add(st.Next.Sub(at) / 2)
		if h.At(mid, time.Time{}).On != st.On {
			t.Fatalf("at %v on=%v; half-way to the change, at %v, it differs", at, st.On, mid)
		}
		if st.NextText(at) == "" {
			t.Fatalf("no text for the change at %v", st.Next)
		}
	})
}
