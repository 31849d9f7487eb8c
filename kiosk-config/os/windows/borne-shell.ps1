<#
.SYNOPSIS
  The kiosk account's shell: installs Borne at the first logon, then keeps it running.

.DESCRIPTION
  Started by Shell Launcher (or the per-user Winlogon shell) instead of the Windows
  desktop. It never shows a window. In a loop:
    - if Borne is not installed for this account, runs the per-user installer silently
      (C:\ProgramData\Borne\setup\borne-setup.exe);
    - while an update installs (the installer's lock file, written by
      installers/windows/installer.nsh, or an installer started by electron-updater from
      %LOCALAPPDATA%\borne-updater), waits;
    - otherwise, if Borne is not running, starts it. After five quick exits in a row it
      waits a minute, so a broken install does not spin the processor.
  If this script itself stops, Shell Launcher starts it again ("RestartShell").
#>
$ErrorActionPreference = 'Continue'

$InstallDir = Join-Path $env:LOCALAPPDATA 'Programs\borne'
$BorneExe = Join-Path $InstallDir 'Borne.exe'
$Setup = Join-Path $env:ProgramData 'Borne\setup\borne-setup.exe'
$UpdaterDir = Join-Path $env:LOCALAPPDATA 'borne-updater'
$UpdateLock = Join-Path $UpdaterDir 'installing.lock'
$LogFile = Join-Path $env:LOCALAPPDATA 'borne-shell.log'

function Write-Log([string]$Message) {
  $line = '{0:s} {1}' -f (Get-Date), $Message
  Add-Content -Path $LogFile -Value $line -ErrorAction SilentlyContinue
}

function Test-UpdateInProgress {
  if (Test-Path $UpdateLock) {
    $age = (Get-Date) - (Get-Item $UpdateLock).LastWriteTime
    # A lock older than 10 minutes is left by an installer that died: ignore it.
    if ($age.TotalMinutes -lt 10) {
      return $true
    }
  }
  $installers = Get-Process -ErrorAction SilentlyContinue | Where-Object {
    $_.Path -and $_.Path.StartsWith($UpdaterDir, [StringComparison]::OrdinalIgnoreCase)
  }
  return $null -ne $installers
}

function Get-BorneProcess {
  return Get-Process -Name 'Borne' -ErrorAction SilentlyContinue | Where-Object {
    $_.Path -and $_.Path.StartsWith($InstallDir, [StringComparison]::OrdinalIgnoreCase)
  }
}

function Install-Borne {
  if (-not (Test-Path $Setup)) {
    Write-Log "installer missing: $Setup"
    return
  }
  Write-Log 'installing Borne for this account'
  $process = Start-Process -FilePath $Setup -ArgumentList '/S' -PassThru -Wait
  Write-Log "installer exit code $($process.ExitCode)"
}

$quickExits = 0
while ($true) {
  if (Test-UpdateInProgress) {
    Start-Sleep -Seconds 5
    continue
  }
  if (-not (Test-Path $BorneExe)) {
    Install-Borne
    Start-Sleep -Seconds 5
    continue
  }
  $running = Get-BorneProcess
  if ($running) {
    # Started by the updater after an install, or still running: just watch it.
    Start-Sleep -Seconds 3
    continue
  }
  $started = Get-Date
  Write-Log 'starting Borne'
  $borne = Start-Process -FilePath $BorneExe -PassThru
  $borne.WaitForExit()
  $lived = ((Get-Date) - $started).TotalSeconds
  Write-Log "Borne exited with code $($borne.ExitCode) after $([int]$lived) s"
  if ($lived -lt 30) {
    $quickExits++
  } else {
    $quickExits = 0
  }
  if ($quickExits -ge 5) {
    Write-Log 'five quick exits in a row: waiting one minute'
    Start-Sleep -Seconds 60
    $quickExits = 0
  } else {
    Start-Sleep -Seconds 2
  }
}
