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

install: $(STAMP)

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
