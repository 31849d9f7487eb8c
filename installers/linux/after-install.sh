#!/bin/sh
# deb post-install: Chromium's setuid sandbox helper must be root-owned and setuid. The
# stock script sets it only when `unshare --user` fails, a probe that is wrong on
# Ubuntu 24.04+ (electron/electron#42510), so set it unconditionally.
set -e
sandbox="/opt/Borne/chrome-sandbox"
if [ -f "$sandbox" ]; then
  chown root:root "$sandbox"
  chmod 4755 "$sandbox"
fi
