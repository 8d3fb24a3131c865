//go:build cgo

package media

// This file reads HEIC/HEIF pictures (what iPhones take) with Debian's
// libheif (libheif-dev to build, libheif1 to run, opened when the first
// HEIC file comes; without it HEIC files are refused with that reason). libheif applies the
// picture's own turns and flips (irot, imir) and its crop, so the size and
// pixels it gives are upright: the EXIF orientation inside is not used
// again, as HEIF says.

/*
#cgo LDFLAGS: -ldl
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <libheif/heif.h>

// libheif is opened on the first HEIC file, not linked: linked, it and
// the codecs it needs (x265, aom, dav1d, de265) cost every kiosk process
// ~13 MB of memory and a slower start, HEIC or not.
#define KH_FUNCS(X) \
	X(struct heif_context*, heif_context_alloc, (void), ()) \
	X(void, heif_context_free, (struct heif_context* c), (c)) \
	X(struct heif_error, heif_context_read_from_memory_without_copy, \
		(struct heif_context* c, const void* mem, size_t size, const struct heif_reading_options* o), (c, mem, size, o)) \
	X(struct heif_error, heif_context_get_primary_image_handle, \
		(struct heif_context* c, struct heif_image_handle** h), (c, h)) \
	X(void, heif_image_handle_release, (const struct heif_image_handle* h), (h)) \
	X(int, heif_image_handle_get_width, (const struct heif_image_handle* h), (h)) \
	X(int, heif_image_handle_get_height, (const struct heif_image_handle* h), (h)) \
	X(struct heif_decoding_options*, heif_decoding_options_alloc, (void), ()) \
	X(void, heif_decoding_options_free, (struct heif_decoding_options* o), (o)) \
	X(struct heif_error, heif_decode_image, (const struct heif_image_handle* h, struct heif_image** img, \
		enum heif_colorspace cs, enum heif_chroma ch, const struct heif_decoding_options* o), (h, img, cs, ch, o)) \
	X(void, heif_image_release, (const struct heif_image* img), (img)) \
	X(int, heif_image_get_width, (const struct heif_image* img, enum heif_channel c), (img, c)) \
	X(int, heif_image_get_height, (const struct heif_image* img, enum heif_channel c), (img, c)) \
	X(const uint8_t*, heif_image_get_plane_readonly, (const struct heif_image* img, enum heif_channel c, int* stride), (img, c, stride))

#define KH_POINTER(ret, name, params, args) static ret (*kh_p_##name) params;
KH_FUNCS(KH_POINTER)
// kh_NAME calls libheif's NAME through the pointer kh_load found.
#define KH_WRAPPER(ret, name, params, args) static ret kh_##name params { return kh_p_##name args; }
KH_FUNCS(KH_WRAPPER)

// kh_load opens libheif and finds its functions: NULL, or what went wrong.
static const char* kh_load(void) {
	void* lib = dlopen("libheif.so.1", RTLD_NOW | RTLD_LOCAL);
	if (!lib) return dlerror();
#define KH_FIND(ret, name, params, args) \
	if (!(kh_p_##name = (ret (*) params)dlsym(lib, #name))) { dlclose(lib); return "libheif.so.1 lacks " #name; }
	KH_FUNCS(KH_FIND)
	return NULL;
}

static struct heif_error kiosk_decode(const struct heif_image_handle* h, struct heif_image** img) {
	struct heif_decoding_options* o = kh_heif_decoding_options_alloc();
	o->ignore_transformations = 0;
	o->convert_hdr_to_8bit = 1;
	struct heif_error err = kh_heif_decode_image(h, img, heif_colorspace_RGB, heif_chroma_interleaved_RGBA, o);
	kh_heif_decoding_options_free(o);
	return err;
}
*/
import "C"

import (
	"errors"
	"fmt"
	"image"
	"runtime"
	"sync"
	"unsafe"
)

// heicSupported says HEIC pictures are decoded.
const heicSupported = true

// heicFile is an opened HEIC file and its primary picture.
type heicFile struct {
	ctx    *C.struct_heif_context
	handle *C.struct_heif_image_handle
	pin    runtime.Pinner
}

// loadHEIF opens libheif once: nil, or why HEIC files cannot be read.
var loadHEIF = sync.OnceValue(func() error {
	if why := C.kh_load(); why != nil {
		return imageErr(KindUnsupported, fmt.Errorf("heic images need libheif (apt install libheif1): %s", C.GoString(why))).found("heic")
	}
	return nil
})

// openHEIC parses data (which must stay unchanged while the file is open).
func openHEIC(data []byte) (*heicFile, error) {
	if len(data) == 0 {
		return nil, imageErr(KindDamaged, errEndsEarly)
	}
	if err := loadHEIF(); err != nil {
		return nil, err
	}
	f := &heicFile{ctx: C.kh_heif_context_alloc()}
	if f.ctx == nil {
		return nil, errors.New("heic: out of memory")
	}
	f.pin.Pin(&data[0])
	if err := heicErr(C.kh_heif_context_read_from_memory_without_copy(f.ctx, unsafe.Pointer(&data[0]), C.size_t(len(data)), nil)); err != nil {
		f.close()
		return nil, err
	}
	if err := heicErr(C.kh_heif_context_get_primary_image_handle(f.ctx, &f.handle)); err != nil {
		f.close()
		return nil, err
	}
	return f, nil
}

func (f *heicFile) close() {
	if f.handle != nil {
		C.kh_heif_image_handle_release(f.handle)
	}
	C.kh_heif_context_free(f.ctx)
	f.pin.Unpin()
}

// size is the upright size of the primary picture.
func (f *heicFile) size() (int, int) {
	return int(C.kh_heif_image_handle_get_width(f.handle)), int(C.kh_heif_image_handle_get_height(f.handle))
}

// probeHEICData reads the upright size of a HEIC picture.
func probeHEICData(data []byte) (ImageInfo, error) {
	f, err := openHEIC(data)
	if err != nil {
		return ImageInfo{}, err
	}
	defer f.close()
	w, h := f.size()
	return ImageInfo{Format: "heic", Width: w, Height: h, Orientation: 1}, nil
}

// decodeHEIC decodes the primary picture, upright, into non-premultiplied
// RGBA.
func decodeHEIC(data []byte) (image.Image, error) {
	f, err := openHEIC(data)
	if err != nil {
		return nil, err
	}
	defer f.close()
	var img *C.struct_heif_image
	if err := heicErr(C.kiosk_decode(f.handle, &img)); err != nil {
		return nil, err
	}
	defer C.kh_heif_image_release(img)
	w := int(C.kh_heif_image_get_width(img, C.heif_channel_interleaved))
	h := int(C.kh_heif_image_get_height(img, C.heif_channel_interleaved))
	var stride C.int
	p := C.kh_heif_image_get_plane_readonly(img, C.heif_channel_interleaved, &stride)
	if p == nil || w <= 0 || h <= 0 {
		return nil, imageErr(KindDamaged, errors.New("heic: no picture after decoding"))
	}
	out := image.NewNRGBA(image.Rect(0, 0, w, h))
	src := unsafe.Slice((*byte)(unsafe.Pointer(p)), int(stride)*(h-1)+4*w)
	for y := range h {
		copy(out.Pix[y*out.Stride:y*out.Stride+4*w], src[y*int(stride):])
	}
	return out, nil
}

// heicErr turns a libheif error into an *ImageError, nil for none.
func heicErr(e C.struct_heif_error) error {
	if e.code == C.heif_error_Ok {
		return nil
	}
	msg := "heic: " + C.GoString(e.message)
	switch {
	case e.subcode == C.heif_suberror_End_of_data:
		return imageErr(KindDamaged, errEndsEarly)
	case e.code == C.heif_error_Unsupported_filetype, e.code == C.heif_error_Unsupported_feature:
		return imageErr(KindUnsupported, errors.New(msg)).found("heic")
	case e.code == C.heif_error_Memory_allocation_error:
		return imageErr(KindTooLarge, errors.New(msg))
	}
	return imageErr(KindDamaged, fmt.Errorf("%s (%d.%d)", msg, int(e.code), int(e.subcode)))
}
