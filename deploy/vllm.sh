#!/usr/bin/env bash
# Launch vLLM's OpenAI-compatible server for one GPU, configured from llm.env.
# Run by appliance-llm.service; run it by hand (as the service user, with llm.env exported)
# to see start-up errors directly. deploy/README.md, "Sizing", explains the numbers.
#
# Environment (llm.env):
#   LLM_SERVE_MODEL        model directory (offline: weights are never downloaded here)
#   LLM_MODEL              name clients ask for (--served-model-name); the appliance's LLM_MODEL
#   LLM_API_KEY            bearer key clients must send; required
#   LLM_SERVE_HOST/PORT    default 127.0.0.1 / 8081; use 0.0.0.0 only behind TLS (README)
#   LLM_SERVE_MAX_MODEL_LEN            default 16384 tokens
#   LLM_SERVE_GPU_MEMORY_UTILIZATION   default 0.90
#   LLM_SERVE_MAX_NUM_SEQS             default 16 concurrent sequences (= the appliance's LLM_MAX_CONCURRENT)
#   LLM_SERVE_MAX_NUM_BATCHED_TOKENS   default 2048: the prefill chunk per scheduler step
#   LLM_SERVE_QUANTIZATION             e.g. awq or gptq; empty: as the checkpoint says
#   LLM_SERVE_MAX_LORAS / LLM_SERVE_MAX_LORA_RANK   default 4 / 16; 0 loras disables LoRA
#   LLM_SERVE_LORA_MODULES             space-separated name=path adapters (per organization)
#   LLM_SERVE_EXTRA_ARGS               anything else, word-split
#   LLM_SERVE_VENV         vLLM's virtualenv (set by the unit)
set -euo pipefail

venv="${LLM_SERVE_VENV:-/opt/appliance/vllm-venv}"
model="${LLM_SERVE_MODEL:?LLM_SERVE_MODEL must name the model directory (llm.env)}"
served_name="${LLM_MODEL:?LLM_MODEL must be set (llm.env)}"

if [[ -z "${LLM_API_KEY:-}" ]]; then
    echo "vllm.sh: LLM_API_KEY is empty; refusing to serve the model without a key" >&2
    exit 1
fi
if [[ ! -d "$model" ]]; then
    echo "vllm.sh: no model directory at $model (copy the weights there; deploy/README.md)" >&2
    exit 1
fi

# Air-gapped: never reach a model hub, never send usage statistics.
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 VLLM_NO_USAGE_STATS=1 DO_NOT_TRACK=1
# vLLM reads VLLM_API_KEY exactly like --api-key. On the command line the key would be in
# /proc/<pid>/cmdline, which every local user can read; in the environment it is not.
export VLLM_API_KEY="$LLM_API_KEY"

args=(
    serve "$model"
    --served-model-name "$served_name"
    --host "${LLM_SERVE_HOST:-127.0.0.1}"
    --port "${LLM_SERVE_PORT:-8081}"
    # Context per request: prompt (retrieved passages + question) plus the answer.
    --max-model-len "${LLM_SERVE_MAX_MODEL_LEN:-16384}"
    # Share of the GPU's memory vLLM takes: weights first, the rest becomes KV cache.
    --gpu-memory-utilization "${LLM_SERVE_GPU_MEMORY_UTILIZATION:-0.90}"
    --max-num-seqs "${LLM_SERVE_MAX_NUM_SEQS:-16}"
    # Every RAG prompt starts with the same system prompt and instructions; prefix caching
    # computes that shared prefix once instead of per request.
    --enable-prefix-caching
    # A long new prompt is prefilled in chunks between the decode steps of the answers already
    # streaming, so a newcomer does not freeze everyone else's words (deploy/README.md, Sizing).
    --enable-chunked-prefill
    --max-num-batched-tokens "${LLM_SERVE_MAX_NUM_BATCHED_TOKENS:-2048}"
    --dtype auto
)
if [[ -n "${LLM_SERVE_QUANTIZATION:-}" ]]; then
    args+=(--quantization "$LLM_SERVE_QUANTIZATION")
fi
# Per-organization LoRA adapters: one base model in GPU memory, each organization's adapter
# selected per request by its name (the request's "model"). max-loras adapters are resident
# at once; max-lora-rank must be at least the highest rank of any adapter.
if [[ "${LLM_SERVE_MAX_LORAS:-4}" != "0" ]]; then
    args+=(--enable-lora --max-loras "${LLM_SERVE_MAX_LORAS:-4}" --max-lora-rank "${LLM_SERVE_MAX_LORA_RANK:-16}")
    if [[ -n "${LLM_SERVE_LORA_MODULES:-}" ]]; then
        read -r -a lora_modules <<< "$LLM_SERVE_LORA_MODULES"
        args+=(--lora-modules "${lora_modules[@]}")
    fi
fi
if [[ -n "${LLM_SERVE_EXTRA_ARGS:-}" ]]; then
    read -r -a extra_args <<< "$LLM_SERVE_EXTRA_ARGS"
    args+=("${extra_args[@]}")
fi

if [[ "${1:-}" == "--print" ]]; then
    printf '%q ' "$venv/bin/vllm" "${args[@]}"
    printf '\n'
    exit 0
fi
exec "$venv/bin/vllm" "${args[@]}"
