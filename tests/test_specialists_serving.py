"""The llama.cpp path of a specialist, end to end on a tiny Qwen2 model made in the test: the
adapter registered through the service is written as a GGUF LoRA, the supervised model
server loads it from the manifest, a request for the specialist is answered with it (the
answer changes), a request without it by the base (unchanged), and deleting the specialist
restarts the server without it.

Both servers: llama-cpp-python's (the adapter as a model alias; the default) and llama.cpp's
llama-server (`--lora … --lora-init-without-apply`, the adapter chosen per request by id),
the latter when it is built (LLAMA_SERVER=1 deploy/llama_wheel.sh, or LLM_TEST_SERVER_BINARY).
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from django.core.management import CommandError, call_command

from appliance import components
from appliance.components.llm.gateway import Endpoint, LLMGateway
from appliance.components.llm.server import EmbeddedLLMServer
from appliance.tenancy.selectors import actor_get
from specialists import adapters
from specialists.services import specialist_delete, specialist_register
from tests.adapter_files import TINY_BASE, good_zip
from tests.ingest_helpers import ingest_bytes
from tests.llm_server import find_model, free_port
from tests.tiny_gguf import make_tiny_qwen2

QUESTION = [{"role": "user", "content": "経費精算の締め日はいつですか？"}]
EXAMPLES = ["経費精算の締め日は？", "出張の日当はいくら？", "領収書をなくしたら？", "交通費の申請方法は？", "立替金の振込日は？"]
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("llama_cpp") is None:
        pytest.skip("llama-cpp-python is not installed (deploy/llama_wheel.sh installs it)")
    packaged = find_model()
    if packaged is None:
        pytest.skip("the packaged model (its tokenizer is copied into the tiny one) is not installed")
    return make_tiny_qwen2(tmp_path_factory.mktemp("tiny") / "tiny-qwen2.gguf", tokenizer_from=packaged)


def server_binary() -> Path | None:
    named = os.environ.get("LLM_TEST_SERVER_BINARY")
    candidate = Path(named) if named else ROOT / ".venv" / "bin" / "llama-server"
    return candidate if candidate.is_file() else None


def wait_until_up(url: str, server: EmbeddedLLMServer, *, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise AssertionError(f"the model server did not answer within {timeout:g} s")


@pytest.fixture
def home(settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    settings.APPLIANCE_HOME = tmp_path
    monkeypatch.setattr(adapters, "base_for_model", lambda name: TINY_BASE)
    return tmp_path


@contextmanager
def serve(tiny_model: Path, binary: Path | None) -> Iterator[tuple[EmbeddedLLMServer, LLMGateway, str]]:
    port = free_port()
    server = EmbeddedLLMServer(model_path=tiny_model, port=port, threads=1, alias="tiny-base", context=512, binary=binary, slots=1)
    url = f"http://127.0.0.1:{port}/v1"
    assert server.start(log=print)
    gateway = LLMGateway(
        [Endpoint(url=url, token=None)], default_model="tiny-base", connect_timeout=5, first_token_timeout=120,
        total_timeout=300, max_concurrent=1, lora_by_id=binary is not None,
    )
    try:
        wait_until_up(url, server)
        yield server, gateway, url
    finally:
        gateway.close()
        server.stop()


def answer(gateway: LLMGateway, adapter: str | None) -> str:
    return gateway.chat(QUESTION, max_tokens=12, temperature=0.0, adapter=adapter)


def check_the_adapter_path(world, home: Path, tiny_model: Path, binary: Path | None, django_capture_on_commit_callbacks) -> None:
    adam = actor_get(user=world.adam, organization=world.org_a)
    with django_capture_on_commit_callbacks(execute=True):
        specialist = specialist_register(actor=adam, name="経理アシスタント", examples=EXAMPLES, adapter_zip=good_zip(scale=0.5, modules=adapters.QWEN2_MODULES))
    with serve(tiny_model, binary) as (server, gateway, url):
        assert [adapter.name for adapter in server.adapters] == [specialist.served_name]
        base = answer(gateway, None)
        specialised = answer(gateway, specialist.served_name)
        print(f"\nbase: {base!r}\nwith the adapter: {specialised!r}")
        assert specialised != base
        assert answer(gateway, None) == base  # the adapter does not stick to the next request
        assert answer(gateway, specialist.served_name) == specialised
        process = server._process
        specialist_delete(specialist=specialist, actor=adam)
        deadline = time.monotonic() + 30
        while server._process is process and time.monotonic() < deadline:
            time.sleep(0.25)
        assert server._process is not process, "the server was not restarted when the adapter set changed"
        wait_until_up(url, server)
        assert server.adapters == []
        assert answer(gateway, specialist.served_name) == base  # gone: the base answers


@pytest.mark.slow
def test_llama_cpp_python_serves_an_adapter_by_name(world, home, tiny_model, django_capture_on_commit_callbacks) -> None:
    check_the_adapter_path(world, home, tiny_model, None, django_capture_on_commit_callbacks)


@pytest.mark.slow
def test_llama_server_applies_an_adapter_per_request_by_id(world, home, tiny_model, django_capture_on_commit_callbacks) -> None:
    binary = server_binary()
    if binary is None:
        pytest.skip("llama-server is not built (LLAMA_SERVER=1 deploy/llama_wheel.sh .venv)")
    check_the_adapter_path(world, home, tiny_model, binary, django_capture_on_commit_callbacks)


@pytest.mark.slow
def test_evaluate_answers_the_question_set_with_and_without_the_adapter(world, home, tiny_model, settings, tmp_path, django_capture_on_commit_callbacks) -> None:
    adam = actor_get(user=world.adam, organization=world.org_a)
    ingest_bytes(world.org_a, "総務FAQ.md", "# 総務FAQ\n\n来客用駐車場は地下2階（B2）の5台分です。\n\n社内便は毎日14時に集荷します。\n".encode())
    with django_capture_on_commit_callbacks(execute=True):
        specialist = specialist_register(actor=adam, name="総務アシスタント", examples=EXAMPLES, adapter_zip=good_zip(scale=0.5, modules=adapters.QWEN2_MODULES))
    qa = tmp_path / "qa.jsonl"
    qa.write_text('{"id": "1", "q": "来客用の駐車場はどこですか？", "any": ["B2"]}\n{"id": "2", "q": "社長の趣味は？", "any": [], "unanswerable": true}\n', encoding="utf-8")
    with serve(tiny_model, None) as (_, _, url):
        settings.LLM_URLS, settings.LLM_MODEL, settings.LLM_API_KEY = [url], "tiny-base", ""
        components.reset()
        try:
            out = io.StringIO()
            call_command("evaluate", "--org", "org-a", "--qa", str(qa), "--specialist", "総務アシスタント", "--json", stdout=out)
        finally:
            components.reset()
    result = json.loads(out.getvalue())
    assert result["questions"] == 2 and set(result["items"][0]) == {"id", "q", "base", "adapter"}
    # The tiny model's nonsense is refused either way; the unanswerable question is right when refused.
    assert result["items"][1]["base"]["right"] is result["items"][1]["base"]["refused"]
    specialist.refresh_from_db()
    assert set(specialist.evaluation) == {"questions", "evaluated_at", "base", "adapter"}
    assert specialist.evaluation["adapter"]["of"] == 2
    with pytest.raises(CommandError, match="no specialist named"):
        call_command("evaluate", "--org", "org-b", "--qa", str(qa), "--specialist", "総務アシスタント")
