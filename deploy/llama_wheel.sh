#!/usr/bin/env bash
# Build the llama-cpp-python wheel once, cache it, and install it (with the
# OpenAI-compatible server's dependencies) into a virtualenv; with LLAMA_SERVER=1,
# also llama.cpp's own llama-server from the llama.cpp sources vendored in the same
# pinned sdist, cached the same way, into VENV/bin (parallel slots with continuous
# batching; the appliance uses it when LLM_SERVER_BINARY names it).
#
# Usage: deploy/llama_wheel.sh [VENV]        (default: $VIRTUAL_ENV)
#
# Why a script: PyPI only ships llama-cpp-python as a source archive, and
# compiling llama.cpp takes 11-20 minutes on two cores. Doing that once per
# machine (or once in CI, with the cache directory kept) instead of on every
# `pip install` is the whole point.
#
# Environment:
#   APPLIANCE_WHEEL_CACHE   where built wheels are kept
#                           (default: $HOME/.cache/appliance/wheels)
#   LLAMA_CMAKE_ARGS        overrides the CMake flags below (a wheel built with
#                           other flags is not reused; see the .cmake-args file)
#   LLAMA_SERVER=1          also build llama-server (once, cached; 10-20 minutes
#                           on 2 cores); bench/RESULTS.md, "Parallel slots on CPU"
set -euo pipefail

LLAMA_CPP_PYTHON_VERSION="0.3.36"
# sha256 of llama_cpp_python-0.3.36.tar.gz on PyPI: the source we compile is
# pinned like every other input of the appliance.
LLAMA_CPP_PYTHON_SDIST_SHA256="832db0699007f1be95a7e41ef12e88926b02ba836461e36a36372db2760c1a2e"

# GGML_NATIVE=OFF: without it the compiler tunes for *this* CPU (-march=native)
# and the wheel can die with SIGILL on an older customer server. With it OFF,
# ggml still enables SSE4.2/AVX/AVX2/FMA/F16C/BMI2 (any x86-64 server CPU since
# ~2013), but not AVX-512.
# LLAVA_BUILD=OFF: the multimodal (mtmd) library is never used by a text RAG
# appliance and is imported lazily by llama_cpp, so skipping it only saves
# compile time.
DEFAULT_CMAKE_ARGS="-DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF"
CMAKE_FLAGS="${LLAMA_CMAKE_ARGS:-$DEFAULT_CMAKE_ARGS}"

CACHE_DIR="${APPLIANCE_WHEEL_CACHE:-$HOME/.cache/appliance/wheels}"
VENV="${1:-${VIRTUAL_ENV:-}}"
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [[ -z "$VENV" ]]; then
    echo "usage: $0 VENV   (or activate a virtualenv first)" >&2
    exit 2
fi
PYTHON="$VENV/bin/python"
if [[ ! -x "$PYTHON" ]]; then
    echo "error: $PYTHON not found; create the virtualenv first" >&2
    exit 2
fi

# Nothing at build or run time may phone home.
export HF_HUB_OFFLINE=1 DO_NOT_TRACK=1

mkdir -p "$CACHE_DIR"
BUILD_DIR="" SERVER_DIR=""
trap 'rm -rf "$BUILD_DIR" "$SERVER_DIR"' EXIT
# The package sets wheel.py-api = "py3", so the wheel is tagged py3-none-<platform>
# and one cached wheel serves every Python 3 on the same platform.
find_cached_wheel() {
    local wheel
    for wheel in "$CACHE_DIR"/llama_cpp_python-"$LLAMA_CPP_PYTHON_VERSION"-*.whl; do
        [[ -f "$wheel" ]] || continue
        # A wheel built with other CMake flags (say, native) must not be
        # silently shipped as the portable one.
        if [[ -f "$wheel.cmake-args" ]] && [[ "$(cat "$wheel.cmake-args")" == "$CMAKE_FLAGS" ]]; then
            echo "$wheel"
            return 0
        fi
    done
    return 1
}

if WHEEL="$(find_cached_wheel)"; then
    echo "llama-cpp-python $LLAMA_CPP_PYTHON_VERSION: using cached wheel $WHEEL"
else
    echo "building llama.cpp (about 11-20 minutes on 2 cores, once)"
    echo "  llama-cpp-python==$LLAMA_CPP_PYTHON_VERSION  CMAKE_ARGS=\"$CMAKE_FLAGS\""
    echo "  cache: $CACHE_DIR"
    BUILD_DIR="$(mktemp -d)"
    # --require-hashes needs a requirements file; this pins the sdist we compile.
    printf 'llama-cpp-python==%s --hash=sha256:%s\n' \
        "$LLAMA_CPP_PYTHON_VERSION" "$LLAMA_CPP_PYTHON_SDIST_SHA256" > "$BUILD_DIR/requirements.txt"
    started=$SECONDS
    CMAKE_ARGS="$CMAKE_FLAGS" \
    CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" \
        "$PYTHON" -m pip wheel --no-deps --no-binary llama-cpp-python --require-hashes \
            -r "$BUILD_DIR/requirements.txt" -w "$BUILD_DIR/out"
    elapsed=$((SECONDS - started))
    built=("$BUILD_DIR"/out/llama_cpp_python-"$LLAMA_CPP_PYTHON_VERSION"-*.whl)
    # Write the flags next to the wheel before moving it in, so a reader of the
    # cache never sees a wheel without its flags.
    WHEEL="$CACHE_DIR/$(basename "${built[0]}")"
    echo "$CMAKE_FLAGS" > "$WHEEL.cmake-args"
    mv "${built[0]}" "$WHEEL.partial"
    mv "$WHEEL.partial" "$WHEEL"
    printf 'built %s in %dm%02ds\n' "$(basename "$WHEEL")" $((elapsed / 60)) $((elapsed % 60))
fi

# The server extra's dependencies (uvicorn, fastapi, ...) come from PyPI; pin
# them with requirements.txt when it is there so every appliance runs the
# same versions.
CONSTRAINTS=()
if [[ -f "$REPO_ROOT/requirements.txt" ]]; then
    CONSTRAINTS=(-c "$REPO_ROOT/requirements.txt")
fi
echo "installing $(basename "$WHEEL")[server] into $VENV"
"$PYTHON" -m pip install "${CONSTRAINTS[@]}" "${WHEEL}[server]"
"$PYTHON" -c 'import llama_cpp, llama_cpp.server; print("llama_cpp", llama_cpp.__version__, "OK")'

# --- llama-server -------------------------------------------------------------------------
# The same sources and portable flags as the wheel; a static binary with no web UI (and no
# download of a prebuilt one: nothing may reach the internet at build time either).
SERVER_CMAKE_FLAGS="$CMAKE_FLAGS -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF -DLLAMA_BUILD_SERVER=ON -DLLAMA_BUILD_TOOLS=ON -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_APP=OFF -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_OPENSSL=OFF"
SERVER="$CACHE_DIR/llama-server-$LLAMA_CPP_PYTHON_VERSION"
if [[ "${LLAMA_SERVER:-0}" != "1" ]]; then
    exit 0  # the default: llama-cpp-python's server, one answer at a time
fi
if [[ -x "$SERVER" && -f "$SERVER.cmake-args" && "$(cat "$SERVER.cmake-args")" == "$SERVER_CMAKE_FLAGS" ]]; then
    echo "llama-server $LLAMA_CPP_PYTHON_VERSION: using cached $SERVER"
else
    echo "building llama-server from the same sources (about 10-20 minutes on 2 cores, once)"
    SERVER_DIR="$(mktemp -d)"
    printf 'llama-cpp-python==%s --hash=sha256:%s\n' \
        "$LLAMA_CPP_PYTHON_VERSION" "$LLAMA_CPP_PYTHON_SDIST_SHA256" > "$SERVER_DIR/requirements.txt"
    started=$SECONDS
    server_built=""
    if "$PYTHON" -m pip download --no-deps --no-binary :all: --require-hashes -r "$SERVER_DIR/requirements.txt" -d "$SERVER_DIR" -q \
        && tar -xzf "$SERVER_DIR/llama_cpp_python-$LLAMA_CPP_PYTHON_VERSION.tar.gz" -C "$SERVER_DIR"; then
        # CMake and Ninja from PyPI when the host has none (as pip's isolated wheel build does).
        CMAKE="$(command -v cmake || true)"
        if [[ -z "$CMAKE" ]]; then
            "$PYTHON" -m venv "$SERVER_DIR/tools" && "$SERVER_DIR/tools/bin/pip" install -q cmake ninja && CMAKE="$SERVER_DIR/tools/bin/cmake"
            export PATH="$SERVER_DIR/tools/bin:$PATH"
        fi
        generator=()
        if command -v ninja >/dev/null; then generator=(-G Ninja); fi
        # shellcheck disable=SC2086  # the flags are words
        if "$CMAKE" -S "$SERVER_DIR/llama_cpp_python-$LLAMA_CPP_PYTHON_VERSION/vendor/llama.cpp" -B "$SERVER_DIR/build" \
                "${generator[@]}" $SERVER_CMAKE_FLAGS > "$SERVER_DIR/configure.log" 2>&1 \
            && "$CMAKE" --build "$SERVER_DIR/build" --target llama-server -j "$(nproc)" > "$SERVER_DIR/build.log" 2>&1; then
            server_built="$SERVER_DIR/build/bin/llama-server"
        fi
    fi
    if [[ -z "$server_built" || ! -x "$server_built" ]]; then
        # Not fatal: the appliance answers with llama-cpp-python's server, one at a time.
        echo "warning: llama-server could not be built; see below. The embedded model will answer one question at a time." >&2
        tail -20 "$SERVER_DIR/build.log" "$SERVER_DIR/configure.log" 2>/dev/null >&2 || true
        rm -f "$VENV/bin/llama-server"
        exit 0
    fi
    echo "$SERVER_CMAKE_FLAGS" > "$SERVER.cmake-args"
    cp "$server_built" "$SERVER.partial"
    mv "$SERVER.partial" "$SERVER"
    elapsed=$((SECONDS - started))
    printf 'built llama-server in %dm%02ds\n' $((elapsed / 60)) $((elapsed % 60))
fi
install -m 0755 "$SERVER" "$VENV/bin/llama-server"
"$VENV/bin/llama-server" --version 2>&1 | tail -2
echo "to answer several questions at once: LLM_SERVER_BINARY=$VENV/bin/llama-server (and LLM_SLOTS, default 4)"
