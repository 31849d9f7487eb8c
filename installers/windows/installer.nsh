; NSIS include for the Borne installer (electron-builder "nsis.include").
;
; The kiosk watchdog (kiosk-config/os/windows/borne-shell.ps1) restarts Borne whenever it
; is not running. While an update installs, Borne is stopped on purpose: the installer
; drops a lock file first and removes it when done, and the watchdog waits while the lock
; is there (and younger than 10 minutes, in case an installer died half-way).

!macro customInit
  CreateDirectory "$LOCALAPPDATA\borne-updater"
  FileOpen $0 "$LOCALAPPDATA\borne-updater\installing.lock" w
  FileWrite $0 "installing"
  FileClose $0
!macroend

!macro customInstall
  Delete "$LOCALAPPDATA\borne-updater\installing.lock"
!macroend

!macro customUnInstall
  ; An uninstall (not an update) leaves the data folder (%APPDATA%\Borne) in place:
  ; statistics and settings survive a reinstall.
  Delete "$LOCALAPPDATA\borne-updater\installing.lock"
!macroend
