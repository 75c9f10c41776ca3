#!/usr/bin/env bash
# llama.cpp's LoRA converter (convert_lora_to_gguf.py, with convert_hf_to_gguf.py, conversion/
# and gguf-py/ it imports) from the same pinned llama-cpp-python sdist the wheel is built from
# (deploy/llama_wheel.sh holds the version and its sha256), into VENV/share/llama.cpp.
# specialists/training.py runs it offline to turn a trained PEFT adapter into a GGUF LoRA.
#
# Usage: deploy/llama_convert.sh VENV        (make train-deps runs it)
set -euo pipefail

VENV="${1:?usage: $0 VENV}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="$(sed -n 's/^LLAMA_CPP_PYTHON_VERSION="\(.*\)"$/\1/p' "$ROOT/deploy/llama_wheel.sh")"
sha256="$(sed -n 's/^LLAMA_CPP_PYTHON_SDIST_SHA256="\(.*\)"$/\1/p' "$ROOT/deploy/llama_wheel.sh")"
target="$VENV/share/llama.cpp"
stamp="$target/.llama-cpp-python-$version"
export HF_HUB_OFFLINE=1 DO_NOT_TRACK=1 PIP_DISABLE_PIP_VERSION_CHECK=1

if [[ -f "$stamp" ]]; then
    echo "llama_convert.sh: the converter of llama-cpp-python $version is already in $target"
    exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'llama-cpp-python==%s --hash=sha256:%s\n' "$version" "$sha256" > "$work/requirements.txt"
"$VENV/bin/python" -m pip download --quiet --no-deps --no-binary :all: --require-hashes -r "$work/requirements.txt" -d "$work"
source_dir="llama_cpp_python-$version/vendor/llama.cpp"
tar -xzf "$work/llama_cpp_python-$version.tar.gz" -C "$work" \
    "$source_dir/convert_lora_to_gguf.py" "$source_dir/convert_hf_to_gguf.py" "$source_dir/conversion" "$source_dir/gguf-py"
rm -rf "$target"
mkdir -p "$(dirname "$target")"
mv "$work/$source_dir" "$target"
touch "$stamp"
echo "llama_convert.sh: convert_lora_to_gguf.py of llama-cpp-python $version in $target"
