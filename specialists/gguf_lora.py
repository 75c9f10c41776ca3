"""A PEFT LoRA (safetensors) written as a GGUF LoRA adapter for llama.cpp, with numpy alone.

llama.cpp's own converter (convert_lora_to_gguf.py in the pinned sources) needs torch, which
the default install does not have; an uploaded adapter must still be servable there. The
format is small: a GGUF v3 file with general.type = "adapter", adapter.type = "lora",
adapter.lora.alpha, and per projection `blk.N.<tensor>.weight.lora_a` shaped [rank, in] and
`.lora_b` shaped [out, rank] (numpy order; llama.cpp reads the dimensions reversed, and
checks a against the base tensor's in width, b against its out width). The training path
uses the vendored converter; tests/test_specialists_serving.py loads both kinds.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

GGUF_MAGIC = b"GGUF"
GGUF_VERSION = 3
ALIGNMENT = 32
_UINT32, _FLOAT32, _STRING = 4, 6, 8
_GGML_F32 = 0

# Hugging Face's projection names → llama.cpp's tensor names (gguf-py's tensor map for qwen2).
_LLAMA_NAMES = {
    "q_proj": "attn_q", "k_proj": "attn_k", "v_proj": "attn_v", "o_proj": "attn_output",
    "gate_proj": "ffn_gate", "up_proj": "ffn_up", "down_proj": "ffn_down",
}
_PEFT = re.compile(r"^base_model\.model\.model\.layers\.(\d+)\.(?:self_attn|mlp)\.([a-z_]+)\.lora_([AB])\.weight$")


def _string(out: BinaryIO, text: str) -> None:
    data = text.encode()
    out.write(struct.pack("<Q", len(data)) + data)


def _array(weights: bytes, header_length: int, entry: dict[str, Any]) -> np.ndarray:
    begin, end = entry["data_offsets"]
    raw = weights[8 + header_length + begin : 8 + header_length + end]
    shape = entry["shape"]
    if entry["dtype"] == "F32":
        return np.frombuffer(raw, dtype="<f4").reshape(shape)
    if entry["dtype"] == "F16":
        return np.frombuffer(raw, dtype="<f2").astype(np.float32).reshape(shape)
    # bfloat16 is the top half of a float32.
    return (np.frombuffer(raw, dtype="<u2").astype(np.uint32) << 16).view(np.float32).reshape(shape)


def _pad(out: BinaryIO) -> None:
    out.write(b"\0" * (-out.tell() % ALIGNMENT))


def write_gguf_lora(*, weights: bytes, tensors: dict[str, dict[str, Any]], alpha: float, path: Path) -> None:
    """`tensors` is the parsed safetensors header (specialists/adapters.py validated it)."""
    (header_length,) = struct.unpack("<Q", weights[:8])
    arrays: list[tuple[str, np.ndarray]] = []
    for name in sorted(tensors, key=_tensor_order):
        match = _PEFT.match(name)
        assert match is not None, name
        layer, module, side = match.groups()
        gguf_name = f"blk.{layer}.{_LLAMA_NAMES[module]}.weight.lora_{side.lower()}"
        arrays.append((gguf_name, np.ascontiguousarray(_array(weights, header_length, tensors[name]), dtype="<f4")))
    metadata: list[tuple[str, int, Any]] = [
        ("general.architecture", _STRING, "qwen2"),
        ("general.type", _STRING, "adapter"),
        ("adapter.type", _STRING, "lora"),
        ("adapter.lora.alpha", _FLOAT32, float(alpha)),
        ("general.alignment", _UINT32, ALIGNMENT),
    ]
    partial = path.with_suffix(".partial")
    with open(partial, "wb") as out:
        out.write(GGUF_MAGIC + struct.pack("<IQQ", GGUF_VERSION, len(arrays), len(metadata)))
        for key, kind, value in metadata:
            _string(out, key)
            out.write(struct.pack("<I", kind))
            if kind == _STRING:
                _string(out, value)
            elif kind == _FLOAT32:
                out.write(struct.pack("<f", value))
            else:
                out.write(struct.pack("<I", value))
        offset = 0
        for name, array in arrays:
            _string(out, name)
            out.write(struct.pack("<I", array.ndim))
            for dimension in reversed(array.shape):  # ggml's ne: the fastest-varying first
                out.write(struct.pack("<Q", dimension))
            out.write(struct.pack("<IQ", _GGML_F32, offset))
            offset += array.nbytes + (-array.nbytes % ALIGNMENT)
        _pad(out)
        for _, array in arrays:
            out.write(array.tobytes())
            _pad(out)
    partial.replace(path)


def _tensor_order(name: str) -> tuple[int, str]:
    match = _PEFT.match(name)
    return (int(match.group(1)), name) if match else (-1, name)
