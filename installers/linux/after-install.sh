#!/bin/sh
# deb post-install for Borne (replaces electron-builder's default script, which is a
# template; this one is plain sh so shellcheck can check it). /opt/Borne and "borne" are
# productName and linux.executableName in electron-builder.yml (a test checks they match).
set -e
app_dir="/opt/Borne"
executable="borne"

# The command on the PATH.
if command -v update-alternatives >/dev/null 2>&1; then
  update-alternatives --install "/usr/bin/$executable" "$executable" "$app_dir/$executable" 100 ||
    ln -sf "$app_dir/$executable" "/usr/bin/$executable"
else
  ln -sf "$app_dir/$executable" "/usr/bin/$executable"
fi

# Chromium's setuid sandbox helper must be root-owned and setuid. The stock script sets it
# only when `unshare --user` fails, a probe that is wrong on Ubuntu 24.04+
# (electron/electron#42510), so set it unconditionally.
sandbox="$app_dir/chrome-sandbox"
if [ -f "$sandbox" ]; then
  chown root:root "$sandbox"
  chmod 4755 "$sandbox"
fi

if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database /usr/share/applications || true
fi

# AppArmor profile shipped by electron-builder (Ubuntu 24.04+), when this AppArmor takes it.
profile_source="$app_dir/resources/apparmor-profile"
profile_target="/etc/apparmor.d/$executable"
if [ -f "$profile_source" ] && command -v apparmor_parser >/dev/null 2>&1 &&
  apparmor_status --enabled >/dev/null 2>&1 &&
  apparmor_parser --skip-kernel-load --debug "$profile_source" >/dev/null 2>&1; then
  cp -f "$profile_source" "$profile_target"
  apparmor_parser --replace --write-cache --skip-read-cache "$profile_target" || true
fi
exit 0
