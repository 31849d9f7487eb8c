<#
.SYNOPSIS
  Turns a fresh Windows 10/11 PC into a Borne kiosk. Run once, as an administrator.

.DESCRIPTION
  1. Creates the local standard account "borne" (no administrator rights) with a random
     password, and logs it on automatically at start-up.
  2. Copies the kiosk shell (borne-shell.ps1) and the Borne installer to
     C:\ProgramData\Borne. At its first logon the kiosk account installs Borne for itself
     (per-user install: updates then need no administrator).
  3. Makes borne-shell.ps1 the kiosk account's only shell: Shell Launcher v2 where Windows
     has it (Enterprise, Education, IoT), otherwise the per-user Winlogon shell (Pro). If
     the shell stops, Windows starts it again; the shell restarts Borne whenever it stops.
  4. Switches off, for the kiosk account: notifications and the notification centre, the
     Windows key shortcuts, the task manager, the sticky-keys prompt.
  5. Keeps Windows Update restarts outside the centre's opening hours (active hours),
     and never sleeps or turns the screen off.
  Every step can be run again safely. Uninstall-BorneKiosk.ps1 undoes 1, 3 and 4.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File .\Install-BorneKiosk.ps1 -Installer .\borne-1.4.0-x64.exe -OpeningStart 8 -OpeningEnd 19
#>
[CmdletBinding()]
param(
  [Parameter(Mandatory = $true)]
  [string]$Installer,
  [ValidateRange(0, 23)]
  [int]$OpeningStart = 8,
  [ValidateRange(1, 24)]
  [int]$OpeningEnd = 20,
  [switch]$UseRegistryShell
)

$ErrorActionPreference = 'Stop'
# Fixed: ShellLauncher.xml (generated, validated) names this account.
$UserName = 'borne'
$KioskDir = Join-Path $env:ProgramData 'Borne'
$ScriptDir = Split-Path -Parent $MyInvocation.MyCommand.Path

function Write-Step([string]$Message) {
  Write-Host "== $Message" -ForegroundColor Cyan
}

function Assert-Administrator {
  $identity = [Security.Principal.WindowsIdentity]::GetCurrent()
  $principal = New-Object Security.Principal.WindowsPrincipal($identity)
  if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    throw 'Lancez ce script en tant qu''administrateur (clic droit > Exécuter en tant qu''administrateur).'
  }
}

function New-RandomPassword {
  $bytes = New-Object byte[] 24
  [Security.Cryptography.RandomNumberGenerator]::Create().GetBytes($bytes)
  return [Convert]::ToBase64String($bytes)
}

function Set-RegistryValue([string]$Path, [string]$Name, $Value, [string]$Type = 'DWord') {
  if (-not (Test-Path $Path)) {
    New-Item -Path $Path -Force | Out-Null
  }
  New-ItemProperty -Path $Path -Name $Name -Value $Value -PropertyType $Type -Force | Out-Null
}

function Install-KioskAccount([string]$Name, [string]$Password) {
  $secure = ConvertTo-SecureString $Password -AsPlainText -Force
  $existing = Get-LocalUser -Name $Name -ErrorAction SilentlyContinue
  if ($existing) {
    Set-LocalUser -Name $Name -Password $secure -PasswordNeverExpires $true
  } else {
    New-LocalUser -Name $Name -Password $secure -FullName 'Borne' -Description 'Compte de la borne (kiosque)' -PasswordNeverExpires -UserMayNotChangePassword | Out-Null
  }
  # "Users" by its well-known SID: the group name differs with the Windows language.
  $users = Get-LocalGroup -SID 'S-1-5-32-545'
  if (-not (Get-LocalGroupMember -Group $users -Member $Name -ErrorAction SilentlyContinue)) {
    Add-LocalGroupMember -Group $users -Member $Name
  }
}

function Enable-AutoLogon([string]$Name, [string]$Password) {
  # Winlogon keeps this password in the registry, readable by administrators only. The
  # account has no rights beyond running the borne, and the password is random.
  $winlogon = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
  Set-RegistryValue $winlogon 'AutoAdminLogon' '1' 'String'
  Set-RegistryValue $winlogon 'DefaultUserName' $Name 'String'
  Set-RegistryValue $winlogon 'DefaultDomainName' $env:COMPUTERNAME 'String'
  Set-RegistryValue $winlogon 'DefaultPassword' $Password 'String'
  Remove-ItemProperty -Path $winlogon -Name 'AutoLogonCount' -ErrorAction SilentlyContinue
}

function Copy-KioskFiles([string]$Setup) {
  New-Item -ItemType Directory -Path (Join-Path $KioskDir 'setup') -Force | Out-Null
  Copy-Item -Path (Join-Path $ScriptDir 'borne-shell.ps1') -Destination $KioskDir -Force
  Copy-Item -Path (Join-Path $ScriptDir 'ShellLauncher.xml') -Destination $KioskDir -Force
  Copy-Item -Path $Setup -Destination (Join-Path $KioskDir 'setup\borne-setup.exe') -Force
  # Everyone may read and run these files; only administrators may change them.
  & icacls.exe $KioskDir /inheritance:r /grant:r '*S-1-5-32-544:(OI)(CI)F' '*S-1-5-18:(OI)(CI)F' '*S-1-5-32-545:(OI)(CI)RX' | Out-Null
}

function Initialize-KioskProfile([string]$Name, [string]$Password) {
  # The account's profile (and its registry hive) exists only after a first logon; starting
  # one process as the account with its profile loaded creates it.
  $profilePath = Join-Path (Split-Path -Parent $env:USERPROFILE) $Name
  if (-not (Test-Path (Join-Path $profilePath 'NTUSER.DAT'))) {
    $credential = New-Object Management.Automation.PSCredential($Name, (ConvertTo-SecureString $Password -AsPlainText -Force))
    Start-Process -FilePath 'cmd.exe' -ArgumentList '/c', 'exit' -Credential $credential -LoadUserProfile -WindowStyle Hidden -Wait
  }
  return $profilePath
}

function Set-KioskUserPolicies([string]$ProfilePath, [bool]$RegistryShell) {
  $hive = 'HKU\BorneKiosk'
  & reg.exe load $hive (Join-Path $ProfilePath 'NTUSER.DAT') | Out-Null
  try {
    $root = 'Registry::HKEY_USERS\BorneKiosk'
    # Notifications and the notification centre off.
    Set-RegistryValue "$root\Software\Policies\Microsoft\Windows\Explorer" 'DisableNotificationCenter' 1
    Set-RegistryValue "$root\Software\Microsoft\Windows\CurrentVersion\PushNotifications" 'ToastEnabled' 0
    Set-RegistryValue "$root\Software\Policies\Microsoft\Windows\CurrentVersion\PushNotifications" 'NoToastApplicationNotification' 1
    # No Windows-key shortcuts, no task manager, no sticky-keys prompt (Shift x5).
    Set-RegistryValue "$root\Software\Microsoft\Windows\CurrentVersion\Policies\Explorer" 'NoWinKeys' 1
    Set-RegistryValue "$root\Software\Microsoft\Windows\CurrentVersion\Policies\System" 'DisableTaskMgr' 1
    Set-RegistryValue "$root\Control Panel\Accessibility\StickyKeys" 'Flags' '506' 'String'
    Set-RegistryValue "$root\Control Panel\Accessibility\Keyboard Response" 'Flags' '122' 'String'
    $shellKey = "$root\Software\Microsoft\Windows NT\CurrentVersion\Winlogon"
    if ($RegistryShell) {
      # Windows Pro has no Shell Launcher: the per-user Winlogon shell replaces Explorer.
      Set-RegistryValue $shellKey 'Shell' ("powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -WindowStyle Hidden -File `"$KioskDir\borne-shell.ps1`"") 'String'
    } else {
      Remove-ItemProperty -Path $shellKey -Name 'Shell' -ErrorAction SilentlyContinue
    }
  } finally {
    [GC]::Collect()
    & reg.exe unload $hive | Out-Null
  }
}

function Test-ShellLauncherAvailable {
  $feature = Get-WindowsOptionalFeature -Online -FeatureName 'Client-EmbeddedShellLauncher' -ErrorAction SilentlyContinue
  return $null -ne $feature
}

function Enable-ShellLauncher {
  Enable-WindowsOptionalFeature -Online -FeatureName 'Client-EmbeddedShellLauncher' -All -NoRestart | Out-Null
  # The MDM bridge accepts the configuration only from SYSTEM: a one-shot scheduled task.
  $apply = Join-Path $KioskDir 'apply-shell-launcher.ps1'
  Set-Content -Path $apply -Encoding UTF8 -Value @'
$xml = Get-Content -Raw -Path (Join-Path $env:ProgramData 'Borne\ShellLauncher.xml')
$bridge = Get-CimInstance -Namespace 'root\cimv2\mdm\dmmap' -ClassName 'MDM_AssignedAccess'
$bridge.ShellLauncher = [System.Net.WebUtility]::HtmlEncode($xml)
Set-CimInstance -CimInstance $bridge
'@
  $action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -ExecutionPolicy Bypass -File `"$apply`""
  Register-ScheduledTask -TaskName 'BorneShellLauncher' -Action $action -User 'SYSTEM' -RunLevel Highest -Force | Out-Null
  Start-ScheduledTask -TaskName 'BorneShellLauncher'
  Start-Sleep -Seconds 10
  $result = (Get-ScheduledTaskInfo -TaskName 'BorneShellLauncher').LastTaskResult
  Unregister-ScheduledTask -TaskName 'BorneShellLauncher' -Confirm:$false
  Remove-Item -Path $apply -Force
  if ($result -ne 0) {
    throw "Shell Launcher n'a pas accepté la configuration (code $result)."
  }
}

function Set-UpdateAndPowerPolicies([int]$Start, [int]$End) {
  # Windows Update restarts only outside active hours; Windows allows at most 18 of them.
  if ($End - $Start -gt 18) {
    $End = $Start + 18
  }
  $policy = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate'
  Set-RegistryValue $policy 'SetActiveHours' 1
  Set-RegistryValue $policy 'ActiveHoursStart' $Start
  Set-RegistryValue $policy 'ActiveHoursEnd' ($End % 24)
  Set-RegistryValue $policy 'SetAutoRestartNotificationDisable' 1
  Set-RegistryValue "$policy\AU" 'NoAutoRebootWithLoggedOnUsers' 1
  # Never sleep, never turn the screen off, no hibernation on power loss recovery.
  & powercfg.exe /change monitor-timeout-ac 0
  & powercfg.exe /change standby-timeout-ac 0
  & powercfg.exe /change hibernate-timeout-ac 0
  & powercfg.exe /hibernate off
}

Assert-Administrator
if (-not (Test-Path $Installer)) {
  throw "Installateur introuvable : $Installer"
}

Write-Step "Compte de la borne « $UserName »"
$password = New-RandomPassword
Install-KioskAccount -Name $UserName -Password $password
Enable-AutoLogon -Name $UserName -Password $password

Write-Step 'Fichiers de la borne dans C:\ProgramData\Borne'
Copy-KioskFiles -Setup $Installer

Write-Step 'Profil et réglages du compte'
$profilePath = Initialize-KioskProfile -Name $UserName -Password $password
$registryShell = $UseRegistryShell.IsPresent -or -not (Test-ShellLauncherAvailable)
Set-KioskUserPolicies -ProfilePath $profilePath -RegistryShell $registryShell

if ($registryShell) {
  Write-Step 'Shell Launcher absent (Windows Pro) : interface remplacée par le registre du compte'
} else {
  Write-Step 'Shell Launcher : la borne remplace le bureau du compte'
  Enable-ShellLauncher
}

Write-Step "Mises à jour de Windows hors des heures d'ouverture ($OpeningStart h - $OpeningEnd h), veille désactivée"
Set-UpdateAndPowerPolicies -Start $OpeningStart -End $OpeningEnd

Write-Host ''
Write-Host 'Terminé. Redémarrez le PC : la borne s''ouvrira toute seule.' -ForegroundColor Green
