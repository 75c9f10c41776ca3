"""A tiny Qwen2-architecture model made in the test: two layers 64 wide, random weights, and the
packaged model's own tokenizer (its vocabulary, merges and chat template copied from the GGUF),
written as a GGUF file llama.cpp loads. Its answers are nonsense, but deterministic: what the
LoRA tests compare is whether an adapter changes them."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from tests.adapter_files import TINY_BASE as TINY

# GGUF value types
U8, I8, U16, I16, U32, I32, F32, BOOL, STRING, ARRAY, U64, I64, F64 = range(13)
_SCALARS = {U8: "<B", I8: "<b", U16: "<H", I16: "<h", U32: "<I", I32: "<i", F32: "<f", BOOL: "<?", U64: "<Q", I64: "<q", F64: "<d"}
HEADS, KV_HEADS = 4, 2  # head dim 16: key/value width 32


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def take(self, fmt: str) -> Any:
        (value,) = struct.unpack_from(fmt, self.data, self.at)
        self.at += struct.calcsize(fmt)
        return value

    def string(self) -> str:
        length = self.take("<Q")
        self.at += length
        return self.data[self.at - length : self.at].decode("utf-8", errors="surrogateescape")

    def value(self, kind: int) -> Any:
        if kind == STRING:
            return self.string()
        if kind == ARRAY:
            item_kind, count = self.take("<I"), self.take("<Q")
            return (item_kind, [self.value(item_kind) for _ in range(count)])
        return self.take(_SCALARS[kind])


def read_metadata(path: Path) -> dict[str, tuple[int, Any]]:
    """Every key of a GGUF file's header with its type (tensors are not read)."""
    with open(path, "rb") as handle:
        head = handle.read(64 * 1024 * 1024)  # the tokenizer of a Qwen model fits well inside
    reader = _Reader(head)
    assert reader.data[:4] == b"GGUF"
    reader.at = 4
    reader.take("<I")
    reader.take("<Q")
    count = reader.take("<Q")
    metadata = {}
    for _ in range(count):
        key = reader.string()
        kind = reader.take("<I")
        metadata[key] = (kind, reader.value(kind))
    return metadata


def _write_string(out: BinaryIO, text: str) -> None:
    data = text.encode("utf-8", errors="surrogateescape")
    out.write(struct.pack("<Q", len(data)) + data)


def _write_value(out: BinaryIO, kind: int, value: Any) -> None:
    if kind == STRING:
        _write_string(out, value)
    elif kind == ARRAY:
        item_kind, items = value
        out.write(struct.pack("<IQ", item_kind, len(items)))
        for item in items:
            _write_value(out, item_kind, item)
    else:
        out.write(struct.pack(_SCALARS[kind], value))


def write_gguf(path: Path, metadata: dict[str, tuple[int, Any]], tensors: dict[str, np.ndarray]) -> None:
    with open(path, "wb") as out:
        out.write(b"GGUF" + struct.pack("<IQQ", 3, len(tensors), len(metadata)))
        for key, (kind, value) in metadata.items():
            _write_string(out, key)
            out.write(struct.pack("<I", kind))
            _write_value(out, kind, value)
        offset = 0
        for name, array in tensors.items():
            _write_string(out, name)
            out.write(struct.pack("<I", array.ndim))
            for dimension in reversed(array.shape):
                out.write(struct.pack("<Q", dimension))
            out.write(struct.pack("<IQ", 0, offset))  # F32
            offset += array.nbytes + (-array.nbytes % 32)
        out.write(b"\0" * (-out.tell() % 32))
        for array in tensors.values():
            out.write(np.ascontiguousarray(array, dtype="<f4").tobytes())
            out.write(b"\0" * (-out.tell() % 32))


def make_tiny_qwen2(path: Path, *, tokenizer_from: Path, seed: int = 0) -> Path:
    source = read_metadata(tokenizer_from)
    tokenizer = {key: value for key, value in source.items() if key.startswith("tokenizer.")}
    vocabulary = len(tokenizer["tokenizer.ggml.tokens"][1][1])
    h, ff, kv = TINY.hidden, TINY.intermediate, TINY.key_value
    metadata = {
        "general.architecture": (STRING, "qwen2"),
        "general.name": (STRING, "tiny-qwen2"),
        "general.file_type": (U32, 0),
        "general.alignment": (U32, 32),
        "qwen2.block_count": (U32, TINY.layers),
        "qwen2.context_length": (U32, 1024),
        "qwen2.embedding_length": (U32, h),
        "qwen2.feed_forward_length": (U32, ff),
        "qwen2.attention.head_count": (U32, HEADS),
        "qwen2.attention.head_count_kv": (U32, KV_HEADS),
        "qwen2.rope.freq_base": (F32, 1000000.0),
        "qwen2.attention.layer_norm_rms_epsilon": (F32, 1e-6),
        **tokenizer,
    }
    generator = np.random.default_rng(seed)

    def random(*shape: int, scale: float = 0.2) -> np.ndarray:
        return generator.normal(0, scale, shape).astype(np.float32)

    tensors: dict[str, np.ndarray] = {"token_embd.weight": random(vocabulary, h, scale=1.0), "output_norm.weight": np.ones(h, np.float32)}
    for layer in range(TINY.layers):
        block = f"blk.{layer}"
        tensors |= {
            f"{block}.attn_norm.weight": np.ones(h, np.float32),
            f"{block}.attn_q.weight": random(h, h), f"{block}.attn_q.bias": random(h),
            f"{block}.attn_k.weight": random(kv, h), f"{block}.attn_k.bias": random(kv),
            f"{block}.attn_v.weight": random(kv, h), f"{block}.attn_v.bias": random(kv),
            f"{block}.attn_output.weight": random(h, h),
            f"{block}.ffn_norm.weight": np.ones(h, np.float32),
            f"{block}.ffn_gate.weight": random(ff, h), f"{block}.ffn_up.weight": random(ff, h), f"{block}.ffn_down.weight": random(h, ff),
        }
    write_gguf(path, metadata, tensors)
    return path
