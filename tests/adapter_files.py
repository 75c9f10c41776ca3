"""PEFT LoRA adapters made in the test: a safetensors file written byte by byte (the format is
an 8-byte header length, a JSON header, the raw data) and zipped as an admin would upload it."""

from __future__ import annotations

import io
import json
import struct
import zipfile
from typing import Any

import numpy as np

from specialists.adapters import BaseShape

TINY_BASE = BaseShape("tiny-qwen2", 2, 64, 128, 32)


def safetensors_bytes(tensors: dict[str, np.ndarray], dtype: str = "F32") -> bytes:
    header: dict[str, Any] = {}
    chunks: list[bytes] = []
    offset = 0
    for name, array in tensors.items():
        data = array.astype("<f4" if dtype == "F32" else "<f2").tobytes()
        header[name] = {"dtype": dtype, "shape": list(array.shape), "data_offsets": [offset, offset + len(data)]}
        chunks.append(data)
        offset += len(data)
    encoded = json.dumps(header).encode()
    encoded += b" " * (-len(encoded) % 8)
    return struct.pack("<Q", len(encoded)) + encoded + b"".join(chunks)


def lora_tensors(base: BaseShape, *, rank: int, modules: list[str], layers: list[int] | None = None, scale: float = 0.01, seed: int = 0) -> dict[str, np.ndarray]:
    generator = np.random.default_rng(seed)
    tensors = {}
    for layer in layers if layers is not None else range(base.layers):
        for module in modules:
            width_in, width_out = base.module_shape(module)
            part = "self_attn" if module in ("q_proj", "k_proj", "v_proj", "o_proj") else "mlp"
            prefix = f"base_model.model.model.layers.{layer}.{part}.{module}"
            tensors[f"{prefix}.lora_A.weight"] = generator.normal(0, scale, (rank, width_in)).astype(np.float32)
            tensors[f"{prefix}.lora_B.weight"] = generator.normal(0, scale, (width_out, rank)).astype(np.float32)
    return tensors


def adapter_config(*, rank: int, modules: list[str], **extra: Any) -> dict[str, Any]:
    return {"peft_type": "LORA", "r": rank, "lora_alpha": 2 * rank, "target_modules": modules, "modules_to_save": None, **extra}


def adapter_zip(config: dict[str, Any] | None, weights: bytes | None, *, folder: str = "my-adapter") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if config is not None:
            archive.writestr(f"{folder}/adapter_config.json", json.dumps(config))
        if weights is not None:
            archive.writestr(f"{folder}/adapter_model.safetensors", weights)
    return buffer.getvalue()


def good_zip(base: BaseShape = TINY_BASE, *, rank: int = 4, modules: tuple[str, ...] = ("q_proj", "v_proj"), seed: int = 0, scale: float = 0.01) -> bytes:
    return adapter_zip(
        adapter_config(rank=rank, modules=list(modules)), safetensors_bytes(lora_tensors(base, rank=rank, modules=list(modules), seed=seed, scale=scale))
    )
