#!/usr/bin/env bash
# Debian packages the e2e checks need: chromium (Playwright UI check, the code-server window),
# libkrb5-dev (code-server's native `kerberos` module builds against it), neovim (test/nvim).
# Idempotent: does nothing when all are installed. Usage: install-system-deps.sh [pkg ...]
set -euo pipefail
pkgs=("$@")
[ ${#pkgs[@]} -gt 0 ] || pkgs=(chromium libkrb5-dev neovim)

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-system-deps: all present (${pkgs[*]})"
  exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=(sudo -n); else
    echo "install-system-deps: missing ${missing[*]} and not root (no sudo)" >&2; exit 1
  fi
fi
echo "install-system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq "${missing[@]}"
