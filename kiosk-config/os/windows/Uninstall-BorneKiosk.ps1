<#
.SYNOPSIS
  Undoes Install-BorneKiosk.ps1: the PC starts on the normal Windows desktop again.

.DESCRIPTION
  Turns auto-logon off, removes the kiosk shell (Shell Launcher configuration and the
  per-user Winlogon shell) and the kiosk account's restrictions. Keeps the account and
  its data (Borne's statistics and settings) unless -RemoveAccount is given. Run as an
  administrator.
#>
[CmdletBinding()]
param(
  [switch]$RemoveAccount
)

$ErrorActionPreference = 'Stop'
$UserName = 'borne'

$identity = [Security.Principal.WindowsIdentity]::GetCurrent()
$principal = New-Object Security.Principal.WindowsPrincipal($identity)
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
  throw 'Lancez ce script en tant qu''administrateur.'
}

Write-Host '== Ouverture de session automatique désactivée'
$winlogon = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
Set-ItemProperty -Path $winlogon -Name 'AutoAdminLogon' -Value '0'
Remove-ItemProperty -Path $winlogon -Name 'DefaultPassword' -ErrorAction SilentlyContinue

$feature = Get-WindowsOptionalFeature -Online -FeatureName 'Client-EmbeddedShellLauncher' -ErrorAction SilentlyContinue
if ($feature -and $feature.State -eq 'Enabled') {
  Write-Host '== Shell Launcher désactivé (le bureau Windows revient au prochain démarrage)'
  Disable-WindowsOptionalFeature -Online -FeatureName 'Client-EmbeddedShellLauncher' -NoRestart | Out-Null
}

$profilePath = Join-Path (Split-Path -Parent $env:USERPROFILE) $UserName
$hiveFile = Join-Path $profilePath 'NTUSER.DAT'
if (Test-Path $hiveFile) {
  Write-Host '== Restrictions du compte retirées'
  & reg.exe load 'HKU\BorneKiosk' $hiveFile | Out-Null
  try {
    $root = 'Registry::HKEY_USERS\BorneKiosk'
    Remove-ItemProperty -Path "$root\Software\Microsoft\Windows NT\CurrentVersion\Winlogon" -Name 'Shell' -ErrorAction SilentlyContinue
    Remove-ItemProperty -Path "$root\Software\Microsoft\Windows\CurrentVersion\Policies\Explorer" -Name 'NoWinKeys' -ErrorAction SilentlyContinue
    Remove-ItemProperty -Path "$root\Software\Microsoft\Windows\CurrentVersion\Policies\System" -Name 'DisableTaskMgr' -ErrorAction SilentlyContinue
    Remove-ItemProperty -Path "$root\Software\Policies\Microsoft\Windows\Explorer" -Name 'DisableNotificationCenter' -ErrorAction SilentlyContinue
  } finally {
    [GC]::Collect()
    & reg.exe unload 'HKU\BorneKiosk' | Out-Null
  }
}

if ($RemoveAccount) {
  Write-Host "== Compte « $UserName » supprimé"
  Remove-LocalUser -Name $UserName -ErrorAction SilentlyContinue
}
Write-Host 'Terminé. Redémarrez le PC.' -ForegroundColor Green
