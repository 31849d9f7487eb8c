#!/bin/bash
# Turns a fresh Debian 12 / Ubuntu 22.04+ PC into a Borne kiosk. Run once, as root:
#
#   sudo ./install-borne-kiosk.sh /path/to/borne-1.4.0-x86_64.AppImage [opening-start closing-end]
#
# 1. Installs a minimal graphical session: X, the LightDM login manager, the Openbox window
#    manager, CUPS for the printer, fonts for Arabic.
# 2. Creates the account "borne" (no password, no sudo) and logs it on automatically into
#    the "borne-kiosk" session; no other desktop is offered to it.
# 3. Puts the AppImage in ~borne/Applications/Borne.AppImage, owned by the account, so
#    the borne updates itself without root.
# 4. The session (borne-session) turns screen blanking and power saving off and starts
#    the systemd user unit borne.service, which starts the borne and restarts it whenever
#    it stops.
# 5. The machine never suspends; automatic security updates reboot, if needed, at night,
#    outside the opening hours given (default 8 and 20: reboot at 2:30).
# Every step can be run again safely.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
appimage="${1:-}"
opening_start="${2:-8}"
closing_end="${3:-20}"
kiosk_user="borne"

if [ "$(id -u)" -ne 0 ]; then
  echo "Lancez ce script en root : sudo $0 <fichier .AppImage>" >&2
  exit 1
fi
if [ -z "$appimage" ] || [ ! -f "$appimage" ]; then
  echo "Donnez le chemin du fichier Borne .AppImage : sudo $0 /chemin/borne-x.y.z-x86_64.AppImage" >&2
  exit 1
fi

step() { printf '== %s\n' "$1"; }

step "Paquets : session graphique minimale, impression, polices"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
fuse_package="libfuse2"
if apt-cache show libfuse2t64 >/dev/null 2>&1; then
  fuse_package="libfuse2t64"
fi
apt-get install -y -qq --no-install-recommends \
  xserver-xorg xinit x11-xserver-utils lightdm lightdm-gtk-greeter openbox \
  cups cups-client printer-driver-cups-pdf fonts-dejavu-core fonts-noto-core \
  unattended-upgrades "$fuse_package"

step "Compte « $kiosk_user » (sans mot de passe, sans droits d'administration)"
if ! id "$kiosk_user" >/dev/null 2>&1; then
  useradd --create-home --shell /bin/bash --comment "Borne" "$kiosk_user"
fi
passwd --lock "$kiosk_user" >/dev/null
home_dir="$(getent passwd "$kiosk_user" | cut -d: -f6)"

step "Borne dans $home_dir/Applications/Borne.AppImage"
install -d -o "$kiosk_user" -g "$kiosk_user" -m 0755 "$home_dir/Applications"
install -o "$kiosk_user" -g "$kiosk_user" -m 0755 "$appimage" "$home_dir/Applications/Borne.AppImage"

step "Session de la borne et démarrage automatique"
install -d -m 0755 /usr/local/lib/borne /etc/lightdm/lightdm.conf.d /usr/share/xsessions
install -m 0755 "$here/borne-session" /usr/local/lib/borne/borne-session
install -m 0644 "$here/borne-kiosk.desktop" /usr/share/xsessions/borne-kiosk.desktop
install -m 0644 "$here/borne.service" /etc/systemd/user/borne.service
install -m 0644 "$here/50-borne-kiosk.conf" /etc/lightdm/lightdm.conf.d/50-borne-kiosk.conf
install -d -o "$kiosk_user" -g "$kiosk_user" -m 0755 "$home_dir/.config/openbox"
install -o "$kiosk_user" -g "$kiosk_user" -m 0644 "$here/openbox-rc.xml" "$home_dir/.config/openbox/rc.xml"
systemctl set-default graphical.target >/dev/null
systemctl enable lightdm >/dev/null 2>&1 || true

# Ubuntu 24.04+ forbids unprivileged user namespaces unless AppArmor allows them for the
# program; Chromium's sandbox needs them. Allow them for the mounted Borne AppImage only.
if [ "$(sysctl -n kernel.apparmor_restrict_unprivileged_userns 2>/dev/null || echo 0)" = "1" ]; then
  step "AppArmor : bac à sable de Chromium autorisé pour la borne"
  cat >/etc/apparmor.d/borne-appimage <<'PROFILE'
abi <abi/4.0>,
include <tunables/global>

profile borne-appimage /tmp/.mount_Borne*/borne flags=(unconfined) {
  userns,
  include if exists <local/borne-appimage>
}
PROFILE
  apparmor_parser --replace /etc/apparmor.d/borne-appimage
fi

step "Jamais de mise en veille"
systemctl mask sleep.target suspend.target hibernate.target hybrid-sleep.target >/dev/null

step "Mises à jour de sécurité automatiques, redémarrage la nuit ($opening_start h - $closing_end h : ouvert)"
cat >/etc/apt/apt.conf.d/52borne-kiosk <<CONF
// Written by install-borne-kiosk.sh: reboot after security updates, outside opening hours.
Unattended-Upgrade::Automatic-Reboot "true";
Unattended-Upgrade::Automatic-Reboot-WithUsers "true";
Unattended-Upgrade::Automatic-Reboot-Time "02:30";
CONF

echo
echo "Terminé. Redémarrez le PC : la borne s'ouvrira toute seule."
