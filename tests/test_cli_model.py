"""`manage.py ask` on a machine where nothing else runs: no `serve`, no model server. The
command starts the embedded model for its own run, answers, and stops it after. Run as a
real subprocess in an embedded appliance of its own (SQLite, the edge store, a free port)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.llm_server import find_model, free_port

ROOT = Path(__file__).resolve().parent.parent
RULES = "# 休暇規程\n\n年次有給休暇は、取得する日の3営業日前までに所属長へ申請しなければならない。"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(find_model() is None, reason="the packaged model is not installed"),
]


def test_ask_starts_the_model_for_its_own_run_and_stops_it_after(tmp_path: Path) -> None:
    model = find_model()
    assert model is not None
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / model.name).symlink_to(model)
    (tmp_path / "休暇規程.md").write_text(RULES, encoding="utf-8")
    port = free_port()
    embedded = {
        k: v for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "CELERY_BROKER_URL", "DJANGO_SETTINGS_MODULE", "VECTOR_BACKEND", "LLM_URLS", "LLM_QUEUE_PREFIX")
    }
    environment = {**embedded, "APPLIANCE_HOME": str(tmp_path), "LLM_PORT": str(port), "LLM_THREADS": "1", "HF_HUB_OFFLINE": "1"}

    def manage(*arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "manage.py", *arguments], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=600, check=False
        )

    for step in (("migrate", "-v", "0"), ("createorg", "acme"), ("ingest", "--org", "acme", "--inline", str(tmp_path / "休暇規程.md"))):
        done = manage(*step)
        assert done.returncode == 0, done.stderr
    asked = manage("ask", "--org", "acme", "--json", "有給休暇は何日前までに申請しますか？")
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)  # stdout is the JSON alone: the model's start-up went to stderr
    assert "starting llama.cpp" in asked.stderr
    assert answer["refused"] is False and "3" in answer["answer"], answer
    assert answer["citations"] and answer["citations"][0]["filename"] == "休暇規程.md"
    with pytest.raises(httpx.ConnectError):  # stopped after the run
        httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=2)


def test_ask_about_the_demo_on_a_home_never_set_up_sets_it_up_first(tmp_path: Path) -> None:
    """A fresh clone after `make install`: no database yet, no demo organization, nothing
    running. `ask --org demo` migrates, makes the demo with its documents, and answers."""
    model = find_model()
    assert model is not None
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / model.name).symlink_to(model)
    embedded = {
        k: v for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "CELERY_BROKER_URL", "DJANGO_SETTINGS_MODULE", "VECTOR_BACKEND", "LLM_URLS", "LLM_QUEUE_PREFIX")
    }
    environment = {**embedded, "APPLIANCE_HOME": str(tmp_path), "LLM_PORT": str(free_port()), "LLM_THREADS": "1", "HF_HUB_OFFLINE": "1"}
    asked = subprocess.run(
        [sys.executable, "manage.py", "ask", "--org", "demo", "--json", "始業時刻は何時ですか"],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=900, check=False,
    )
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert answer["refused"] is False and "9時" in answer["answer"], answer
    assert answer["citations"][0]["filename"] == "就業規則.pdf"
