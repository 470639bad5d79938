#!/usr/bin/env bash
# Finds a Chromium for the browser tests, installing Debian's package when it is
# missing and we are allowed to. Prints the executable's path on stdout (the
# only thing printed there); everything else goes to stderr.
#
#   CHROMIUM_PATH=/path/to/chrome  use this executable (must exist)
#   DIGEST_NO_APT=1                never run apt-get, only look
#
# Exit codes: 0 found (path on stdout), 1 missing and could not be installed.
set -euo pipefail

log() { printf 'ensure-chromium: %s\n' "$*" >&2; }

works() {
  # A real browser answers --version; a broken wrapper or a snap stub does not.
  [ -x "$1" ] && "$1" --version >/dev/null 2>&1
}

find_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    if works "$CHROMIUM_PATH"; then
      printf '%s\n' "$CHROMIUM_PATH"
      return 0
    fi
    log "CHROMIUM_PATH=$CHROMIUM_PATH is set but is not a working browser executable"
    return 2
  fi
  local candidate
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/lib/chromium/chromium /usr/bin/google-chrome-stable /usr/bin/google-chrome; do
    if works "$candidate"; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}

has_hangul_font() {
  command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=ko 2>/dev/null | head -n 1)" ]
}

can_apt() {
  [ "${DIGEST_NO_APT:-}" != "1" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1
}

apt_install() {
  log "installing Debian packages: $* (apt-get update && apt-get install -y)"
  export DEBIAN_FRONTEND=noninteractive
  # Wait for a dpkg lock held by a parallel install instead of failing at once.
  apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "$@" >&2
}

status=0
path="$(find_chromium)" || status=$?
if [ "$status" = "2" ]; then
  exit 1
fi

if [ "$status" != "0" ]; then
  if ! can_apt; then
    log "no Chromium found (looked at \$CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, google-chrome)."
    log "Install it with:  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk"
    log "or point CHROMIUM_PATH at a Chromium/Chrome executable."
    [ "$(id -u)" = "0" ] || log "(not root, so this script did not try apt-get itself)"
    [ "${DIGEST_NO_APT:-}" != "1" ] || log "(DIGEST_NO_APT=1, so this script did not try apt-get itself)"
    exit 1
  fi
  pkgs=(chromium)
  has_hangul_font || pkgs+=(fonts-noto-cjk)
  if ! apt_install "${pkgs[@]}"; then
    log "apt-get could not install ${pkgs[*]}; install Chromium by hand or set CHROMIUM_PATH."
    exit 1
  fi
  if ! path="$(find_chromium)"; then
    log "apt-get finished but no working Chromium was found afterwards."
    exit 1
  fi
elif ! has_hangul_font; then
  # Layout tests measure Korean text: without a Hangul font every glyph is a
  # fallback box. Install one when we can; otherwise say so and carry on.
  if can_apt; then
    apt_install fonts-noto-cjk || log "could not install fonts-noto-cjk; Korean text will render with fallback glyphs"
  else
    log "warning: no Hangul font (fonts-noto-cjk); Korean text will render with fallback glyphs"
  fi
fi

log "using $path ($("$path" --version 2>/dev/null | head -n 1))"
printf '%s\n' "$path"
