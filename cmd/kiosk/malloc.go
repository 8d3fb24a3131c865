package main

/*
#include <malloc.h>

// Run when the program is loaded, before Go's runtime starts a thread.
__attribute__((constructor)) static void kiosk_malloc_arenas(void) { mallopt(M_ARENA_MAX, 2); }
*/
import "C"

// glibc gives each thread that calls malloc at once an arena of its own, up
// to eight a core, and keeps what they held: Mesa's software OpenGL, GLFW
// and Xlib are called from whichever of Go's threads runs the cgo call, and
// a kiosk playing clips settled 40-50 MB higher than with two arenas, for
// no speed that could be measured. The constructor above sets that as the
// program loads (MALLOC_ARENA_MAX=2, without the environment).
