#!/bin/sh
# deb post-remove for Borne: undo what after-install.sh did. The kiosk account's data
# (~/.config/Borne) is never touched: statistics and settings survive a reinstall.
set -e
app_dir="/opt/Borne"
executable="borne"

if command -v update-alternatives >/dev/null 2>&1; then
  update-alternatives --remove "$executable" "$app_dir/$executable" || true
else
  rm -f "/usr/bin/$executable"
fi

profile_target="/etc/apparmor.d/$executable"
if [ -f "$profile_target" ]; then
  if command -v apparmor_parser >/dev/null 2>&1; then
    apparmor_parser --remove "$profile_target" >/dev/null 2>&1 || true
  fi
  rm -f "$profile_target"
fi
exit 0
