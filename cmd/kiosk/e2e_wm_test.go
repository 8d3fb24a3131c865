package main

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// TestE2EStartRace starts openbox and the kiosk at the same moment, 20
// times, with a random 0-2 s between them in either order (the boot of a
// session whose autostart runs both): each time, within 3 s of both being
// up, the window is fullscreen and the screen shows a picture.
func TestE2EStartRace(t *testing.T) {
	const w, h = 1920, 1080
	bin, x, content, env := photoScreen(t, 160, w, h, "openbox")
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 21))
	for i := range 20 {
		delay := time.Duration(r.IntN(2000)) * time.Millisecond
		kioskFirst := r.IntN(2) == 0
		var k, wm *proc
		startKiosk := func() { k = startProc(t, env, bin, "run", "--content", content) }
		startWM := func() { wm = startProc(t, env, "openbox") }
		if kioskFirst {
			startKiosk()
			time.Sleep(delay)
			startWM()
		} else {
			startWM()
			time.Sleep(delay)
			startKiosk()
		}
		waitWM(t, x, "", wm)
		waitWindow(t, x, 20*time.Second, k)
		shot, took, err := waitFilled(x, w, h, true, fillLimit)
		order := "openbox first"
		if kioskFirst {
			order = "kiosk first"
		}
		if err != nil {
			t.Errorf("start %d (%s, %v apart): %v\nkiosk log:\n%s", i+1, order, delay, err, tail(k.logs.String(), 30))
		} else {
			t.Logf("start %d (%s, %v apart): fullscreen %v after both were up, then a picture", i+1, order, delay, took.Round(10*time.Millisecond))
		}
		saveShot(fmt.Sprintf("start-race-%02d.png", i+1), shot)
		k.stop()
		wm.stop()
	}
}

// TestE2EWindowManagers runs one show through no window manager, openbox,
// 20 restarts of openbox (openbox --replace), matchbox-window-manager (the
// manager of many kiosk builds) and none again: after each change, within
// 3 s, the window fills the screen, fullscreen, with a picture.
func TestE2EWindowManagers(t *testing.T) {
	const w, h = 1280, 720
	bin, x, content, env := photoScreen(t, 160, w, h, "openbox", "matchbox-window-manager")
	k := startProc(t, env, bin, "run", "--content", content)
	waitWindow(t, x, 20*time.Second, k)
	check := func(what string, wantFS bool) {
		t.Helper()
		shot, took, err := waitFilled(x, w, h, wantFS, fillLimit)
		if err != nil {
			t.Errorf("%s: %v\nkiosk log:\n%s", what, err, tail(k.logs.String(), 20))
			return
		}
		t.Logf("%s: filled after %v", what, took.Round(10*time.Millisecond))
		saveShot("wm-"+what+".png", shot)
	}
	check("no window manager", false)

	var wms []*proc
	wms = append(wms, startProc(t, env, "openbox"))
	waitWM(t, x, "", wms[0])
	check("openbox", true)
	for i := range 20 {
		old := wmCheck(x)
		wms = append(wms, startProc(t, env, "openbox", "--replace"))
		waitWM(t, x, old, wms[len(wms)-1])
		check(fmt.Sprintf("openbox-replace-%02d", i+1), true)
	}
	for _, p := range wms {
		p.stop()
	}
	waitNoWM(t, x)
	mb := startProc(t, env, "matchbox-window-manager", "-use_titlebar", "no")
	waitWM(t, x, "", mb)
	check("matchbox", true)
	mb.stop()
	waitNoWM(t, x)
	check("none-again", false)
}

func waitNoWM(t *testing.T, display string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if c := wmCheck(display); c == "" {
			return
		}
		out, err := xcmd(display, "xprop", "-id", wmCheck(display), "_NET_SUPPORTING_WM_CHECK").CombinedOutput()
		if err != nil || len(out) == 0 {
			return // the property names a window that is gone
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func tail(s string, lines int) string {
	all := splitLines(s)
	if len(all) > lines {
		all = all[len(all)-lines:]
	}
	out := ""
	for _, l := range all {
		out += l + "\n"
	}
	return out
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// TestE2EDeadWindowManager starts the kiosk after openbox was killed
// (SIGKILL: it leaves its _NET_SUPPORTING_WM_CHECK on the root window,
// naming a window that is gone), with another client keeping the X server
// from resetting, as a screensaver or an unclutter would. GLFW 3.4 aborts
// on that mark as it starts; the kiosk removes it first and shows a
// picture, then goes fullscreen under the openbox started after it.
func TestE2EDeadWindowManager(t *testing.T) {
	const w, h = 1280, 720
	bin, x, content, env := photoScreen(t, 180, w, h, "openbox")
	// A client that stays: without it the server would reset (and forget
	// the mark) when openbox goes. xprop -spy keeps its connection open.
	startProc(t, env, "xprop", "-root", "-spy", "_NET_ACTIVE_WINDOW")
	wm := startProc(t, env, "openbox")
	waitWM(t, x, "", wm)
	stale := wmCheck(x)
	wm.cmd.Process.Kill()
	wm.cmd.Wait()
	if wmCheck(x) != stale {
		t.Fatalf("openbox killed took its mark with it; the test has nothing to test")
	}
	k := startProc(t, env, bin, "run", "--content", content)
	waitWindow(t, x, 20*time.Second, k)
	shot, took, err := waitFilled(x, w, h, false, fillLimit)
	if err != nil {
		t.Fatalf("after a killed window manager: %v\nkiosk log:\n%s", err, tail(k.logs.String(), 30))
	}
	t.Logf("after a killed window manager: a picture after %v", took.Round(10*time.Millisecond))
	saveShot("dead-wm.png", shot)
	wm2 := startProc(t, env, "openbox")
	waitWM(t, x, "", wm2)
	if shot, took, err = waitFilled(x, w, h, true, fillLimit); err != nil {
		t.Fatalf("openbox started again: %v\nkiosk log:\n%s", err, tail(k.logs.String(), 30))
	}
	t.Logf("openbox started again: fullscreen after %v", took.Round(10*time.Millisecond))
}
