"""The LoRA adapters the model server loads: a manifest file the specialists app writes and
the embedded server (llm/server.py) and the gateway (llm/gateway.py) read.

The manifest is the whole contract between the app that manages adapters and the component
that serves them: an ordered list of {"name", "gguf"}. The order is llama-server's adapter id
(`--lora A --lora B` → ids 0, 1; a request picks one with `"lora": [{"id": 1, "scale": 1}]`);
the name is the model name vLLM and llama-cpp-python's server know the adapter by. When the
set changes, the embedded server restarts with the new one.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings


@dataclass(frozen=True)
class LoraAdapter:
    name: str  # the served model name
    gguf: Path  # the adapter for llama.cpp


def manifest_path() -> Path:
    return Path(settings.APPLIANCE_HOME) / "adapters" / "manifest.json"


def read_manifest() -> list[LoraAdapter]:
    try:
        entries = json.loads(manifest_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    return [LoraAdapter(name=entry["name"], gguf=Path(entry["gguf"])) for entry in entries]


def loadable_adapters() -> list[LoraAdapter]:
    """The manifest's adapters whose file is there: what the server loads, in id order."""
    return [adapter for adapter in read_manifest() if adapter.gguf.is_file()]


def write_manifest(adapters: list[LoraAdapter]) -> bool:
    """Replace the manifest atomically; whether it changed."""
    path = manifest_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps([{"name": adapter.name, "gguf": str(adapter.gguf)} for adapter in adapters], ensure_ascii=False, indent=1)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    partial = path.with_suffix(f".{os.getpid()}.partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
    return True


def lora_request_fields(adapter: str | None, *, by_id: bool) -> dict[str, object]:
    """What a chat request carries to be answered by `adapter` (a served name; None: the base).

    llama-server applies adapters per request by id (unlisted ones at scale 0); vLLM and
    llama-cpp-python's server take the adapter's name as the model."""
    if adapter is None:
        # llama-server: every adapter at scale 0, whatever scale it was loaded with.
        return {"lora": [{"id": index, "scale": 0.0} for index in range(len(loadable_adapters()))]} if by_id and loadable_adapters() else {}
    if not by_id:
        return {"model": adapter}
    for index, loaded in enumerate(loadable_adapters()):
        if loaded.name == adapter:
            return {"lora": [{"id": index, "scale": 1.0}]}
    return lora_request_fields(None, by_id=True)  # not loaded (yet): the base answers, not another adapter
