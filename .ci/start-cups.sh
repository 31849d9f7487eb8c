#!/usr/bin/env bash
# Starts CUPS with a PDF printer ("BornePDF") whose output lands in /var/spool/cups-pdf.
# Idempotent: safe to run when CUPS is already up. Used by .ci/run and by developers.
set -euo pipefail
if ! command -v cupsd >/dev/null; then
  echo "cupsd not installed: apt-get install cups printer-driver-cups-pdf" >&2
  exit 1
fi
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  mkdir -p /run/cups
  cupsd
  for _ in $(seq 1 50); do
    lpstat -r 2>/dev/null | grep -q "is running" && break
    sleep 0.2
  done
fi
if ! lpstat -p BornePDF >/dev/null 2>&1; then
  ppd=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF/ {print $1; exit}')
  lpadmin -p BornePDF -E -v cups-pdf:/ -m "${ppd:-lsb/usr/cups-pdf/CUPS-PDF_opt.ppd}"
fi
cupsenable BornePDF
cupsaccept BornePDF
lpstat -p BornePDF
