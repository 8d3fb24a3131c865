# The two commands a new user needs on a fresh Debian 12 machine (as root, or
# with sudo): `make run` and `make test`. Everything else is set up from here.

SHELL   := /bin/bash
GO      ?= go
TAGS    := x11
# Release builds declare the fyneDo migration and leave out Fyne's 4 MB emoji
# font (README, Dependencies); tests run without migrated_fynedo so Fyne's
# thread checker still shouts at a widget touched off the UI goroutine.
RTAGS   := $(TAGS),migrated_fynedo,no_emoji
BIN     := bin/kiosk
ARGS    ?=
export CGO_ENABLED := 1
export PATH := $(PATH):/usr/local/go/bin

# Debian packages: to build (cgo: Fyne's OpenGL/X11, SQLite, libjpeg-turbo, libheif)...
APT_BUILD := gcc libc6-dev pkg-config libgl-dev libx11-dev libxext-dev libxcursor-dev libxrandr-dev \
             libxinerama-dev libxi-dev libxxf86vm-dev libturbojpeg0-dev libheif-dev
# ...to run: video clips are probed and decoded by ffmpeg (a program)...
APT_RUN   := ffmpeg
# ...and to test: a headless X server, screenshots, taps, reference tools.
APT_TEST  := xvfb xauth x11-utils imagemagick xdotool libjpeg-turbo-progs libvips-tools \
             libimage-exiftool-perl webp espeak-ng lame mpg123 sox pulseaudio pulseaudio-utils \
             poppler-utils libheif-examples \
             x11-xserver-utils xserver-xorg-core xserver-xorg-video-dummy \
             openbox matchbox-window-manager

.PHONY: run build test deps go-check test-deps check e2e fuzz bench bench-off bench-video clean soak soak-video package install uninstall fleet-test deb deb-test

# The version: FyneApp.toml's, set into the binary at build time
# (kiosk.Version holds the same for a plain `go build`; a test keeps them equal).
VERSION := $(shell sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\(.*\)"/\1/p' FyneApp.toml | head -n1)
LDFLAGS := -X github.com/shygarmashylyq/kiosk/kiosk.Version=$(VERSION)

run: build
	$(BIN) run $(ARGS)

build: go-check deps
	$(GO) build -tags $(RTAGS) -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/kiosk

# Without Go 1.26 (Debian 12's golang is 1.19) this says what to install and how.
go-check:
	@scripts/go-need $(GO)

deps:
	@scripts/apt-need $(APT_BUILD) $(APT_RUN)

test-deps: deps
	@scripts/apt-need $(APT_TEST)

test: go-check test-deps check
	$(GO) test -race -tags $(TAGS) ./...
	$(GO) build -tags $(RTAGS) -o $(BIN) ./cmd/kiosk
	KIOSK_E2E_BIN=$(CURDIR)/$(BIN) $(GO) test -tags $(TAGS) -run 'E2E' -count=1 -v ./cmd/kiosk
	$(MAKE) --no-print-directory fuzz FUZZTIME=$(TEST_FUZZTIME)

# Static checks: formatting, vet, and the core never importing Fyne.
check:
	@bad=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$bad" ]; then echo "gofmt needed: $$bad"; exit 1; fi
	$(GO) vet -tags $(TAGS) ./...
	@if $(GO) list -deps ./kiosk/... ./slides/... ./media/... | grep -q '^fyne.io/'; then \
	  echo "the core (kiosk, slides, media) imports Fyne"; exit 1; fi
	@echo "check: gofmt, vet and dependency direction ok"

FUZZTIME ?= 30s
# make test's fuzz run is bounded by a count of inputs, not by time: Go 1.26's
# coordinator can fail a time-bounded run with a bare "context deadline
# exceeded" at the deadline on a busy machine (golang/go#75804, fixed in 1.27).
TEST_FUZZTIME ?= 20000x
# A short run of every fuzz target; what they find is kept in testdata/fuzz.
fuzz:
	@for pkg in ./slides ./media ./kiosk; do \
	  for f in $$($(GO) test -tags $(TAGS) -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$f"; \
	    $(GO) test -tags $(TAGS) -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

clean:
	rm -rf bin dist

# --- Packaging and installation (docs/INSTALL.md) ---------------------------

FYNE_TOOL := fyne.io/tools/cmd/fyne@v1.7.4
FYNE      := $(CURDIR)/bin/tools/fyne
PREFIX    ?= /usr/local
DESTDIR   ?=
KIOSK_USER ?=

# The Linux archive, dist/kiosk-VERSION-linux-ARCH.tar.xz: `fyne package`'s
# binary, desktop entry and icon plus the installer; then the proof that the
# packaged app and `make build` agree with FyneApp.toml.
package: build
	@scripts/apt-need xz-utils
	@$(FYNE) version 2>/dev/null | grep -q 'cli version: $(lastword $(subst @, ,$(FYNE_TOOL)))' || \
	  { echo "installing $(FYNE_TOOL) into bin/tools"; GOBIN=$(CURDIR)/bin/tools $(GO) install $(FYNE_TOOL); }
	@archive=$$(packaging/package $(FYNE) dist) && \
	  packaging/check-archive "$$archive" $(BIN) && echo "package: $$archive"

# Installs bin/kiosk, kiosk-session, the desktop entry, the icon and the
# systemd user units: `sudo make install KIOSK_USER=kiosk` (also enables it for
# that user), or `make install PREFIX=$HOME/.local` for the current user.
install: build
	BIN=$(BIN) PREFIX=$(PREFIX) DESTDIR=$(DESTDIR) KIOSK_USER=$(KIOSK_USER) scripts/install install

uninstall:
	PREFIX=$(PREFIX) DESTDIR=$(DESTDIR) KIOSK_USER=$(KIOSK_USER) scripts/install uninstall

# Two Syncthing instances on 127.0.0.1 carry files to a screen's kiosk.
fleet-test: build
	scripts/fleet-test $(BIN)
	scripts/fleet-reports-test $(BIN)
	scripts/fleet-screens-test $(BIN)

# The soak: 10,000 transitions at 50 ms while files come and go (~15 min).
soak: build test-deps
	KIOSK_SOAK=1 KIOSK_E2E_BIN=$(CURDIR)/$(BIN) KIOSK_SOAK_REPORT=$(CURDIR)/docs/soak-latest.md \
	  $(GO) test -tags $(TAGS) -run TestSoak -count=1 -timeout 60m -v ./cmd/kiosk

# The video soak: 200 clips in a row with pictures between, memory flat
# (~20 min; writes docs/soak-video-latest.md).
soak-video: build test-deps
	scripts/soak-video

# Benchmarks against reference tools (libvips, djpeg, find, feh, an empty
# Fyne window, ffplay) on the same files in the same run: writes
# docs/BENCHMARKS.md (the video clips first, docs/BENCHMARKS-video.md).
# About 25 minutes on 2 cores (the scripts say which settings they take).
bench: build test-deps
	scripts/bench-video
	scripts/bench
	scripts/bench-off

# Clips: the kiosk against ffplay on a 1080p and a 720p clip (~8 min).
bench-video: build test-deps
	scripts/bench-video

# Idle CPU with the display off (closed) vs an empty Fyne window (~5 min).
bench-off: build
	scripts/bench-off

# --- Debian package (docs/INSTALL.md) ---------------------------------------

DEB_ARCH ?= $(shell dpkg --print-architecture)
DEB_TOOLS := dpkg-dev lintian binutils xvfb xauth
# arm64 on an amd64 machine: a cross gcc and the arm64 -dev libraries
# (dpkg --add-architecture arm64 first).
APT_ARM64 := gcc-aarch64-linux-gnu libc6-dev-arm64-cross $(addsuffix :arm64,libgl-dev libx11-dev \
             libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev libturbojpeg0-dev)

# dist/kiosk_VERSION_ARCH.deb, then lintian on it (errors fail the build;
# the warnings left are explained in docs/INSTALL.md). DEB_ARCH=arm64 cross-builds.
deb: go-check deps
	@scripts/apt-need $(DEB_TOOLS)
	@if [ "$(DEB_ARCH)" = arm64 ] && [ "$$(dpkg --print-architecture)" != arm64 ]; then \
	  dpkg --print-foreign-architectures | grep -qx arm64 || dpkg --add-architecture arm64; \
	  scripts/apt-need $(APT_ARM64); fi
	@deb=$$(GO=$(GO) DEB_ARCH=$(DEB_ARCH) packaging/build-deb dist) && \
	  echo "lintian $$deb" && lintian --fail-on error --info "$$deb" && echo "deb: $$deb"

# The package's install, upgrade (to VERSION+test1) and purge in a fresh
# Debian 12 root (mmdebstrap); root, several minutes, not part of make test.
deb-test: deb
	@scripts/apt-need mmdebstrap
	@GO=$(GO) VERSION=$(VERSION)+test1 DEB_ARCH=$(DEB_ARCH) packaging/build-deb bin/deb-test >/dev/null
	packaging/deb-test dist/kiosk_$(VERSION)_$(DEB_ARCH).deb bin/deb-test/kiosk_$(VERSION)+test1_$(DEB_ARCH).deb
