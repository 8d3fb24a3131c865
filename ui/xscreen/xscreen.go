//go:build linux || freebsd || openbsd || netbsd

// Package xscreen asks the X server, on a connection of its own, what the
// kiosk window looks like from outside: the monitor's size, the window's
// place and size, whether a window manager runs and holds the window
// fullscreen. It can also put the window right (ask the window manager for
// fullscreen, or cover the monitor itself when there is none), and it turns
// "the X server went away" into a call the kiosk can log before it ends.
//
// GLFW (under Fyne) learns whether a window manager runs only once, when it
// starts: a manager that starts at the same moment as the kiosk, restarts or
// is replaced leaves GLFW's idea of the screen wrong. This package looks
// every time.
package xscreen

/*
#cgo pkg-config: x11 xrandr
#include <stdlib.h>
#include <string.h>
#include <X11/Xlib.h>
#include <X11/Xatom.h>
#include <X11/Xutil.h>
#include <X11/extensions/Xrandr.h>

static int xs_last_error;

static int xs_error_handler(Display *d, XErrorEvent *e) {
	xs_last_error = e->error_code;
	return 0;
}

extern void xscreenIOError(char *name);

static int xs_io_error_handler(Display *d) {
	xscreenIOError(DisplayString(d));
	return 0;
}

static void xs_install_handlers(void) {
	XSetErrorHandler(xs_error_handler);
	XSetIOErrorHandler(xs_io_error_handler);
}

static int xs_take_error(Display *d) {
	XSync(d, False);
	int e = xs_last_error;
	xs_last_error = 0;
	return e;
}

// xs_window_prop reads a WINDOW property, 0 if none.
static Window xs_window_prop(Display *d, Window w, Atom prop) {
	Atom type; int format; unsigned long n, after; unsigned char *data = NULL;
	Window out = 0;
	if (XGetWindowProperty(d, w, prop, 0, 1, False, XA_WINDOW, &type, &format, &n, &after, &data) == Success) {
		if (data && n == 1 && format == 32) out = *(Window *)data;
	}
	if (data) XFree(data);
	return out;
}

// xs_wm is the EWMH window manager's check window, 0 if no manager runs.
static Window xs_wm(Display *d) {
	Atom check = XInternAtom(d, "_NET_SUPPORTING_WM_CHECK", False);
	Window w = xs_window_prop(d, DefaultRootWindow(d), check);
	if (!w) return 0;
	Window again = xs_window_prop(d, w, check);
	if (xs_take_error(d) || again != w) return 0;
	return w;
}

// xs_clear_stale_wm_check deletes the root's _NET_SUPPORTING_WM_CHECK when
// it names a window that is gone or does not point back at itself (a window
// manager that was killed): 1 if it did, 0 if the property was sound or
// absent. The server is grabbed meanwhile, so a manager that starts at that
// moment cannot have its fresh property deleted.
static int xs_clear_stale_wm_check(Display *d) {
	Atom check = XInternAtom(d, "_NET_SUPPORTING_WM_CHECK", False);
	Window root = DefaultRootWindow(d);
	int cleared = 0;
	XGrabServer(d);
	Atom type; int format; unsigned long n, after; unsigned char *data = NULL;
	if (XGetWindowProperty(d, root, check, 0, 1, False, AnyPropertyType, &type, &format, &n, &after, &data) == Success && type != None) {
		Window w = (data && n == 1 && format == 32 && type == XA_WINDOW) ? *(Window *)data : 0;
		Window again = w ? xs_window_prop(d, w, check) : 0;
		if (xs_take_error(d) || !w || again != w) {
			XDeleteProperty(d, root, check);
			cleared = 1;
		}
	}
	if (data) XFree(data);
	XUngrabServer(d);
	xs_take_error(d);
	return cleared;
}

static int xs_wm_name(Display *d, Window wm, char *buf, int len) {
	Atom name = XInternAtom(d, "_NET_WM_NAME", False);
	Atom utf8 = XInternAtom(d, "UTF8_STRING", False);
	Atom type; int format; unsigned long n, after; unsigned char *data = NULL;
	buf[0] = 0;
	if (XGetWindowProperty(d, wm, name, 0, 64, False, utf8, &type, &format, &n, &after, &data) == Success && data) {
		strncpy(buf, (char *)data, len - 1);
		buf[len - 1] = 0;
	}
	if (data) XFree(data);
	return xs_take_error(d);
}

// xs_fullscreen: 1 if _NET_WM_STATE holds _NET_WM_STATE_FULLSCREEN.
static int xs_fullscreen(Display *d, Window w) {
	Atom state = XInternAtom(d, "_NET_WM_STATE", False);
	Atom full = XInternAtom(d, "_NET_WM_STATE_FULLSCREEN", False);
	Atom type; int format; unsigned long n, after; unsigned char *data = NULL;
	int found = 0;
	if (XGetWindowProperty(d, w, state, 0, 64, False, XA_ATOM, &type, &format, &n, &after, &data) == Success && data) {
		Atom *atoms = (Atom *)data;
		for (unsigned long i = 0; i < n; i++) if (atoms[i] == full) found = 1;
	}
	if (data) XFree(data);
	return found;
}

typedef struct {
	int root_w, root_h;
	int mon_x, mon_y, mon_w, mon_h, monitors;
	int x, y, w, h;
	int mapped, override_redirect, fullscreen, managed;
	unsigned long wm;
	int error;
} xs_state;

static void xs_probe(Display *d, Window win, xs_state *s) {
	memset(s, 0, sizeof *s);
	Window root = DefaultRootWindow(d);
	XWindowAttributes ra;
	if (!XGetWindowAttributes(d, root, &ra)) { s->error = -1; return; }
	s->root_w = ra.width; s->root_h = ra.height;
	s->mon_w = ra.width; s->mon_h = ra.height;
	int ev, er;
	if (XRRQueryExtension(d, &ev, &er)) {
		int n = 0;
		XRRMonitorInfo *m = XRRGetMonitors(d, root, True, &n);
		if (m) {
			int pick = 0;
			for (int i = 0; i < n; i++) if (m[i].primary) pick = i;
			if (n > 0) { s->mon_x = m[pick].x; s->mon_y = m[pick].y; s->mon_w = m[pick].width; s->mon_h = m[pick].height; }
			s->monitors = n;
			XRRFreeMonitors(m);
		}
	}
	xs_take_error(d);
	s->wm = xs_wm(d);
	if (!win) return;
	XWindowAttributes wa;
	if (!XGetWindowAttributes(d, win, &wa)) { xs_take_error(d); s->error = 3; return; }
	Window child;
	int ax = 0, ay = 0;
	XTranslateCoordinates(d, win, root, 0, 0, &ax, &ay, &child);
	s->x = ax; s->y = ay; s->w = wa.width; s->h = wa.height;
	s->mapped = wa.map_state == IsViewable;
	s->override_redirect = wa.override_redirect;
	s->fullscreen = xs_fullscreen(d, win);
	Window r, parent, *kids = NULL; unsigned int nk;
	if (XQueryTree(d, win, &r, &parent, &kids, &nk)) s->managed = parent != root;
	if (kids) XFree(kids);
	s->error = xs_take_error(d);
}

// xs_request_fullscreen asks the window manager to make win fullscreen (EWMH).
static int xs_request_fullscreen(Display *d, Window win) {
	XEvent e;
	memset(&e, 0, sizeof e);
	e.xclient.type = ClientMessage;
	e.xclient.window = win;
	e.xclient.message_type = XInternAtom(d, "_NET_WM_STATE", False);
	e.xclient.format = 32;
	e.xclient.data.l[0] = 1; // _NET_WM_STATE_ADD
	e.xclient.data.l[1] = XInternAtom(d, "_NET_WM_STATE_FULLSCREEN", False);
	e.xclient.data.l[3] = 1; // a normal application
	XSendEvent(d, DefaultRootWindow(d), False, SubstructureNotifyMask | SubstructureRedirectMask, &e);
	return xs_take_error(d);
}

// xs_set_managed maps win again with override-redirect off (managed=1: the
// window manager takes it) or on (managed=0: nobody moves it).
static int xs_set_managed(Display *d, Window win, int managed, int fullscreen) {
	XUnmapWindow(d, win);
	XSync(d, False);
	XSetWindowAttributes a;
	a.override_redirect = managed ? False : True;
	XChangeWindowAttributes(d, win, CWOverrideRedirect, &a);
	if (managed && fullscreen) {
		// Set before mapping: the manager maps it fullscreen at once.
		Atom full = XInternAtom(d, "_NET_WM_STATE_FULLSCREEN", False);
		XChangeProperty(d, win, XInternAtom(d, "_NET_WM_STATE", False), XA_ATOM, 32, PropModeReplace, (unsigned char *)&full, 1);
	}
	XMapRaised(d, win);
	return xs_take_error(d);
}

static int xs_cover(Display *d, Window win, int x, int y, int w, int h) {
	// No window manager runs: the state a manager that starts later reads.
	Atom full = XInternAtom(d, "_NET_WM_STATE_FULLSCREEN", False);
	XChangeProperty(d, win, XInternAtom(d, "_NET_WM_STATE", False), XA_ATOM, 32, PropModeReplace, (unsigned char *)&full, 1);
	XMoveResizeWindow(d, win, x, y, w, h);
	XRaiseWindow(d, win);
	return xs_take_error(d);
}
// xs_grid reads a cols x rows grid of win's pixels, evenly spread, as
// 0xRRGGBB into out: one row of the window at a time, so a big window
// never needs a picture of its whole size in memory.
static int xs_grid(Display *d, Window win, int cols, int rows, unsigned int *out) {
	XWindowAttributes wa;
	if (!XGetWindowAttributes(d, win, &wa) || wa.map_state != IsViewable) { xs_take_error(d); return -1; }
	for (int j = 0; j < rows; j++) {
		int y = (2 * j + 1) * wa.height / (2 * rows);
		XImage *img = XGetImage(d, win, 0, y, wa.width, 1, AllPlanes, ZPixmap);
		if (!img) { xs_take_error(d); return -2; }
		for (int i = 0; i < cols; i++) {
			int x = (2 * i + 1) * wa.width / (2 * cols);
			unsigned long p = XGetPixel(img, x, 0);
			unsigned int r = 0, g = 0, b = 0;
			if (img->red_mask == 0xff0000 && img->green_mask == 0xff00 && img->blue_mask == 0xff) {
				r = (p >> 16) & 0xff; g = (p >> 8) & 0xff; b = p & 0xff;
			} else if (img->red_mask) {
				// Scale other layouts (16-bit) to eight bits a channel.
				unsigned long m[3] = {img->red_mask, img->green_mask, img->blue_mask};
				unsigned int *c[3] = {&r, &g, &b};
				for (int k = 0; k < 3; k++) {
					unsigned long mk = m[k]; int sh = 0;
					while (mk && !(mk & 1)) { mk >>= 1; sh++; }
					*c[k] = mk ? (unsigned int)(((p >> sh) & mk) * 255 / mk) : 0;
				}
			}
			out[j * cols + i] = (r << 16) | (g << 8) | b;
		}
		XDestroyImage(img);
	}
	return xs_take_error(d);
}

// xs_window_image reads all of win into out as opaque RGBA bytes (w x h
// pixels, the window's size, which the caller has read): one request.
static int xs_window_image(Display *d, Window win, int w, int h, unsigned char *out) {
	XImage *img = XGetImage(d, win, 0, 0, w, h, AllPlanes, ZPixmap);
	if (!img) { xs_take_error(d); return -2; }
	if (img->bits_per_pixel != 32 || img->red_mask != 0xff0000 || img->green_mask != 0xff00 || img->blue_mask != 0xff) {
		XDestroyImage(img);
		return -3; // not 24-bit colour in 32-bit pixels: Picture's grid reads it
	}
	for (int y = 0; y < h; y++) {
		const unsigned int *row = (const unsigned int *)(img->data + y * img->bytes_per_line);
		unsigned char *o = out + (size_t)y * w * 4;
		for (int x = 0; x < w; x++) {
			unsigned int p = row[x];
			o[4 * x] = p >> 16; o[4 * x + 1] = p >> 8; o[4 * x + 2] = p; o[4 * x + 3] = 0xff;
		}
	}
	XDestroyImage(img);
	return xs_take_error(d);
}
*/
import "C"

import (
	"errors"
	"fmt"
	"image"
	"os"
	"sync"
	"unsafe"
)

// Rect is an area of the X screen in pixels.
type Rect struct{ X, Y, W, H int }

func (r Rect) String() string { return fmt.Sprintf("%dx%d+%d+%d", r.W, r.H, r.X, r.Y) }

// State is what the X server says about the screen and the window.
type State struct {
	Root     Rect // the whole X screen
	Monitor  Rect // the primary monitor (the X screen when RandR says none)
	Monitors int
	WM       string // the running EWMH window manager's name; "" for none
	HasWM    bool
	Window   Rect // the window, in root coordinates
	Mapped   bool
	// OverrideRedirect: no window manager manages the window.
	OverrideRedirect bool
	Fullscreen       bool // _NET_WM_STATE holds _NET_WM_STATE_FULLSCREEN
	Managed          bool // a window manager has reparented it into a frame
}

// Conn is a connection to the X server of $DISPLAY. Use it from one
// goroutine at a time.
type Conn struct {
	mu sync.Mutex
	d  *C.Display
}

var handlersOnce sync.Once

// installHandlers sets the package's X error handlers (once): errors are
// kept for the call that made them, and a broken connection is reported.
func installHandlers() { handlersOnce.Do(func() { C.xs_install_handlers() }) }

// xscreenSyncError waits for d's requests and returns the last X error of
// them (0: none), for the C code of the other files.
//
//export xscreenSyncError
func xscreenSyncError(d *C.Display) C.int { return C.xs_take_error(d) }

// Open connects to the X server named by $DISPLAY.
func Open() (*Conn, error) {
	installHandlers()
	d := C.XOpenDisplay(nil)
	if d == nil {
		return nil, errors.New("cannot connect to the X server ($DISPLAY)")
	}
	return &Conn{d: d}, nil
}

// ClearStaleWMCheck removes the mark a window manager leaves on the root
// window (_NET_SUPPORTING_WM_CHECK) when it names a window that is gone: a
// manager that was killed or crashed. GLFW 3.4 aborts in glfwInit on such a
// mark (an assertion, glfw/glfw#2601, fixed upstream after the go-gl copy),
// so it must go before Fyne starts. It reports whether there was one.
func ClearStaleWMCheck() (bool, error) {
	c, err := Open()
	if err != nil {
		return false, err
	}
	defer c.Close()
	c.mu.Lock()
	defer c.mu.Unlock()
	return C.xs_clear_stale_wm_check(c.d) == 1, nil
}

// Close ends the connection.
func (c *Conn) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.d != nil {
		C.XCloseDisplay(c.d)
		c.d = nil
	}
}

// Probe reads the screen and window win (0: only the screen).
func (c *Conn) Probe(win uint64) (State, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var s C.xs_state
	C.xs_probe(c.d, C.Window(win), &s)
	st := State{
		Root:     Rect{0, 0, int(s.root_w), int(s.root_h)},
		Monitor:  Rect{int(s.mon_x), int(s.mon_y), int(s.mon_w), int(s.mon_h)},
		Monitors: int(s.monitors),
		HasWM:    s.wm != 0,
		Window:   Rect{int(s.x), int(s.y), int(s.w), int(s.h)},
		Mapped:   s.mapped != 0, OverrideRedirect: s.override_redirect != 0,
		Fullscreen: s.fullscreen != 0, Managed: s.managed != 0,
	}
	if st.HasWM {
		buf := make([]byte, 128)
		C.xs_wm_name(c.d, s.wm, (*C.char)(unsafe.Pointer(&buf[0])), C.int(len(buf)))
		st.WM = C.GoString((*C.char)(unsafe.Pointer(&buf[0])))
		if st.WM == "" {
			st.WM = "unnamed"
		}
	}
	if s.error != 0 {
		return st, fmt.Errorf("probe window 0x%x: X error %d", win, int(s.error))
	}
	return st, nil
}

// RequestFullscreen asks the window manager to show win fullscreen.
func (c *Conn) RequestFullscreen(win uint64) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return xerr("request fullscreen", C.xs_request_fullscreen(c.d, C.Window(win)))
}

// Remap unmaps win and maps it again: managed, for the window manager to
// take (fullscreen, if asked), or override-redirect, for nobody to move.
func (c *Conn) Remap(win uint64, managed, fullscreen bool) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return xerr("remap window", C.xs_set_managed(c.d, C.Window(win), cbool(managed), cbool(fullscreen)))
}

// Cover moves and sizes win to r and raises it.
func (c *Conn) Cover(win uint64, r Rect) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return xerr("cover the monitor", C.xs_cover(c.d, C.Window(win), C.int(r.X), C.int(r.Y), C.int(r.W), C.int(r.H)))
}

// Sample reads an n x n grid of the pixels win shows, evenly spread, as an
// n x n image: what is on the screen, not what the program meant to draw.
func (c *Conn) Sample(win uint64, n int) (image.Image, error) {
	return c.grid(win, n, n)
}

// Window reads all that win shows, at its full size, in one request.
func (c *Conn) Window(win uint64) (*image.RGBA, error) {
	st, err := c.Probe(win)
	if err != nil {
		return nil, err
	}
	w, h := st.Window.W, st.Window.H
	if w <= 0 || h <= 0 || !st.Mapped {
		return nil, fmt.Errorf("window 0x%x is not on screen", win)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	if code := C.xs_window_image(c.d, C.Window(win), C.int(w), C.int(h), (*C.uchar)(unsafe.Pointer(&img.Pix[0]))); code != 0 {
		return nil, fmt.Errorf("read window 0x%x: X error %d", win, int(code))
	}
	return img, nil
}

// rgbaOf turns 0xRRGGBB pixels into an opaque image.
func rgbaOf(buf []C.uint, w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i, p := range buf {
		img.Pix[4*i], img.Pix[4*i+1], img.Pix[4*i+2], img.Pix[4*i+3] = uint8(p>>16), uint8(p>>8), uint8(p), 0xff
	}
	return img
}

func (c *Conn) grid(win uint64, cols, rows int) (image.Image, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	buf := make([]C.uint, cols*rows)
	if code := C.xs_grid(c.d, C.Window(win), C.int(cols), C.int(rows), &buf[0]); code != 0 {
		return nil, fmt.Errorf("read window 0x%x: X error %d", win, int(code))
	}
	return rgbaOf(buf, cols, rows), nil
}

func cbool(b bool) C.int {
	if b {
		return 1
	}
	return 0
}

func xerr(what string, code C.int) error {
	if code != 0 {
		return fmt.Errorf("%s: X error %d", what, int(code))
	}
	return nil
}

var (
	goneMu sync.Mutex
	gone   func(display string)
)

// OnServerGone sets what runs when any X connection of the process breaks
// (the X server ended or restarted). It runs once, on the thread that saw
// it, and must end the process: Xlib cannot go on after it returns.
func OnServerGone(f func(display string)) {
	installHandlers()
	goneMu.Lock()
	gone = f
	goneMu.Unlock()
}

var goneOnce sync.Once

//export xscreenIOError
func xscreenIOError(name *C.char) {
	display := C.GoString(name)
	goneMu.Lock()
	f := gone
	goneMu.Unlock()
	goneOnce.Do(func() {
		if f != nil {
			f(display)
		}
		os.Exit(1) // as Xlib's own handler does
	})
	// Xlib exits when the handler returns; a second thread that sees the
	// broken connection waits here for the first to end the process.
	select {}
}
