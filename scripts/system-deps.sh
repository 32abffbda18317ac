#!/usr/bin/env bash
# Installs the Debian packages the portal needs, when they are missing.
#   scripts/system-deps.sh run    python3-venv, gettext, libmagic1, Pango (PostgreSQL: scripts/localpg.py)
#   scripts/system-deps.sh test   the above + Chromium, Java (HTML validator), Node.js/npm,
#                                 poppler-utils (PDF to text and pictures)
# As root it uses apt-get; as a normal user it says which packages to install and fails.
set -euo pipefail

need=()
have() { command -v "$1" >/dev/null 2>&1; }

python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "Python >= 3.11 is required (found $(python3 --version 2>&1))." >&2
    exit 1
}
python3 -c 'import ensurepip, venv' 2>/dev/null || need+=(python3-venv)
have msgfmt || need+=(gettext)
python3 -c 'import ctypes.util, sys; sys.exit(not ctypes.util.find_library("magic"))' || need+=(libmagic1)
# WeasyPrint (PDF letters) needs Pango.
python3 -c 'import ctypes.util, sys; sys.exit(not ctypes.util.find_library("pangoft2-1.0"))' \
    || need+=(libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core)
if [ "${1:-run}" = test ]; then
    [ -x /usr/lib/chromium/chromium ] || need+=(chromium)
    have java || need+=(default-jre-headless)
    have npm || need+=(nodejs npm)
    # pdftotext / pdftoppm: tests read the letters' PDFs as text; people look at them as pictures.
    have pdftotext || need+=(poppler-utils)
fi

[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && have apt-get; then
    echo "Installing Debian packages: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
    echo "Missing system packages: ${need[*]}" >&2
    echo "Install them as root: apt-get install ${need[*]}" >&2
    exit 1
fi
