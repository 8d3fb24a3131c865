//go:build linux || freebsd || openbsd || netbsd

package xscreen

/*
#cgo pkg-config: x11 xext
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>
#include <X11/extensions/shape.h>

// The package's error handler (xscreen.go) keeps the last X error; this
// syncs and takes it.
extern int xscreenSyncError(Display *d);
#define ov_sync_error xscreenSyncError

typedef struct {
	Display *d;
	Window win;
	GC gc;
	XImage *img;
	XShmSegmentInfo shm;
	int use_shm, mapped, w, h;
} ov_t;

static void ov_close(ov_t *o) {
	if (!o->d) return;
	if (o->win) { XUnmapWindow(o->d, o->win); XDestroyWindow(o->d, o->win); }
	if (o->img) {
		if (o->use_shm) {
			XShmDetach(o->d, &o->shm);
			XSync(o->d, False);
			shmdt(o->shm.shmaddr);
			o->img->data = NULL;
		}
		XDestroyImage(o->img);
	}
	if (o->gc) XFreeGC(o->d, o->gc);
	XCloseDisplay(o->d);
	memset(o, 0, sizeof *o);
}

// ov_open makes an unmapped child window of parent at x, y, w x h, and an
// image of its size in memory shared with the X server (MIT-SHM), or in
// the process's own when the server cannot share (a remote display).
static int ov_open(ov_t *o, Window parent, int x, int y, int w, int h) {
	memset(o, 0, sizeof *o);
	o->d = XOpenDisplay(NULL);
	if (!o->d) return -1;
	XWindowAttributes pa;
	int err = 0;
	if (!XGetWindowAttributes(o->d, parent, &pa)) { err = -2; goto out; }
	Visual *v = pa.visual;
	if ((pa.depth != 24 && pa.depth != 32) || v->red_mask != 0xff0000 || v->green_mask != 0xff00 || v->blue_mask != 0xff) {
		err = -3; // not 24-bit colour: the caller draws frames itself
		goto out;
	}
	XSetWindowAttributes a;
	a.background_pixmap = None; // nothing is drawn before the first frame
	a.border_pixel = 0;
	a.colormap = pa.colormap;
	o->win = XCreateWindow(o->d, parent, x, y, w, h, 0, pa.depth, InputOutput, v,
		CWBackPixmap | CWBorderPixel | CWColormap, &a);
	// No input region: taps and the pointer go to the kiosk window beneath
	// as if the overlay were not there (no Enter/Leave for GLFW either).
	int sev, serr;
	if (XShapeQueryExtension(o->d, &sev, &serr)) {
		XShapeCombineRectangles(o->d, o->win, ShapeInput, 0, 0, NULL, 0, ShapeSet, Unsorted);
	}
	o->gc = XCreateGC(o->d, o->win, 0, NULL);
	o->w = w; o->h = h;
	if ((err = ov_sync_error(o->d))) goto out;
	if (XShmQueryExtension(o->d)) {
		o->img = XShmCreateImage(o->d, v, pa.depth, ZPixmap, NULL, &o->shm, w, h);
		if (o->img) {
			o->shm.shmid = shmget(IPC_PRIVATE, (size_t)o->img->bytes_per_line * h, IPC_CREAT | 0600);
			if (o->shm.shmid >= 0) {
				o->shm.shmaddr = o->img->data = shmat(o->shm.shmid, NULL, 0);
				o->shm.readOnly = False;
				int attached = o->shm.shmaddr != (char *)-1 && XShmAttach(o->d, &o->shm);
				int e = ov_sync_error(o->d);
				shmctl(o->shm.shmid, IPC_RMID, NULL); // freed once both sides let go
				if (attached && !e) {
					o->use_shm = 1;
				} else if (o->shm.shmaddr != (char *)-1) {
					shmdt(o->shm.shmaddr);
				}
			}
			if (!o->use_shm) { o->img->data = NULL; XDestroyImage(o->img); o->img = NULL; }
		}
	}
	if (!o->img) {
		char *data = malloc((size_t)w * h * 4);
		o->img = XCreateImage(o->d, v, pa.depth, ZPixmap, 0, data, w, h, 32, w * 4);
		if (!o->img) { free(data); err = -4; }
	}
out:
	if (err) ov_close(o);
	return err;
}

// ov_put shows one frame of w x h BGRX pixels (stride bytes a row) and
// waits until the server has it, so the frame's memory may be filled again.
static int ov_put(ov_t *o, const unsigned char *pix, int stride) {
	int bpl = o->img->bytes_per_line;
	if (bpl == stride) {
		memcpy(o->img->data, pix, (size_t)stride * o->h);
	} else {
		for (int y = 0; y < o->h; y++) memcpy(o->img->data + (size_t)y * bpl, pix + (size_t)y * stride, (size_t)o->w * 4);
	}
	if (o->use_shm) {
		XShmPutImage(o->d, o->win, o->gc, o->img, 0, 0, 0, 0, o->w, o->h, False);
	} else {
		XPutImage(o->d, o->win, o->gc, o->img, 0, 0, 0, 0, o->w, o->h);
	}
	if (!o->mapped) {
		XMapWindow(o->d, o->win);
		o->mapped = 1;
		// Mapping clears nothing (no background): draw the frame again
		// once the window is on screen.
		XSync(o->d, False);
		if (o->use_shm) {
			XShmPutImage(o->d, o->win, o->gc, o->img, 0, 0, 0, 0, o->w, o->h, False);
		} else {
			XPutImage(o->d, o->win, o->gc, o->img, 0, 0, 0, 0, o->w, o->h);
		}
	}
	return ov_sync_error(o->d);
}
*/
import "C"

import (
	"fmt"
	"sync"
	"unsafe"
)

// Overlay is a child window of the kiosk window that video frames are put
// into directly (through memory shared with the X server where it can): on
// a machine without a GPU, Mesa's software OpenGL drawing the whole window
// again for every frame costs cores; this costs a copy. The window does not
// take input (a tap on it reaches the kiosk window), and what the kiosk
// window draws never covers it: close it before anything is drawn over it.
type Overlay struct {
	mu   sync.Mutex
	o    C.ov_t
	w, h int
}

// NewOverlay makes an overlay over r (in parent's pixels) of window
// parent, on a connection of its own. It is shown with its first frame.
func NewOverlay(parent uint64, r Rect) (*Overlay, error) {
	if r.W <= 0 || r.H <= 0 {
		return nil, fmt.Errorf("overlay %s: no size", r)
	}
	installHandlers()
	ov := &Overlay{w: r.W, h: r.H}
	if code := C.ov_open(&ov.o, C.Window(parent), C.int(r.X), C.int(r.Y), C.int(r.W), C.int(r.H)); code != 0 {
		if code == -3 {
			return nil, fmt.Errorf("overlay on window 0x%x: not a 24-bit colour window", parent)
		}
		return nil, fmt.Errorf("overlay on window 0x%x: X error %d", parent, int(code))
	}
	return ov, nil
}

// Shared reports whether frames go through shared memory.
func (o *Overlay) Shared() bool { return o.o.use_shm != 0 }

// Put shows a frame: w x h pixels of 4 bytes, blue, green, red, unused
// (ffmpeg's "bgr0"), stride bytes a row. It returns once the X server has
// the frame: pix may be filled again.
func (o *Overlay) Put(pix []byte, stride int) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.o.d == nil {
		return fmt.Errorf("overlay closed")
	}
	if stride < o.w*4 || len(pix) < stride*(o.h-1)+o.w*4 {
		return fmt.Errorf("overlay: frame of %d bytes for %dx%d", len(pix), o.w, o.h)
	}
	if code := C.ov_put(&o.o, (*C.uchar)(unsafe.Pointer(&pix[0])), C.int(stride)); code != 0 {
		return fmt.Errorf("overlay: X error %d", int(code))
	}
	return nil
}

// Close takes the overlay off the screen and frees it.
func (o *Overlay) Close() {
	o.mu.Lock()
	defer o.mu.Unlock()
	C.ov_close(&o.o)
}
