"""A LoRA adapter as an admin uploads it (a PEFT directory, zipped): checked before anything
is stored, so a bad upload is refused with its reasons and never reaches the model server.

What is checked, and why:

* the zip itself: size, member count, uncompressed size, no path leaving the folder;
* adapter_config.json: a LoRA (not DoRA, not another PEFT method llama.cpp cannot apply), a
  rank at most LORA_MAX_RANK (the server's --max-lora-rank), target modules the base model
  (Qwen2) has, and no `modules_to_save` (full copies of layers, which neither vLLM nor
  llama.cpp serves beside the shared base);
* adapter_model.safetensors: its header parsed by hand (no torch in the default install),
  every tensor a lora_A / lora_B of a listed module in a layer the base has, each shaped
  [rank, in] / [out, rank] for that module of the base, and the data exactly where the header
  says.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

CONFIG_NAME = "adapter_config.json"
WEIGHTS_NAME = "adapter_model.safetensors"
MAX_MEMBERS = 16
MAX_CONFIG_BYTES = 256 * 1024
MAX_HEADER_BYTES = 16 * 1024 * 1024
SAFETENSORS_DTYPES = {"F32": 4, "F16": 2, "BF16": 2}


@dataclass(frozen=True)
class BaseShape:
    """The dimensions of the base model's layers an adapter must fit."""

    name: str
    layers: int
    hidden: int
    intermediate: int
    key_value: int  # key/value projection width: kv heads × head dim

    def module_shape(self, module: str) -> tuple[int, int]:
        """(in, out) of one projection of a Qwen2 decoder layer."""
        h, i, kv = self.hidden, self.intermediate, self.key_value
        return {
            "q_proj": (h, h), "k_proj": (h, kv), "v_proj": (h, kv), "o_proj": (h, h),
            "gate_proj": (h, i), "up_proj": (h, i), "down_proj": (i, h),
        }[module]


# The projections of a Qwen2 decoder layer: what a LoRA for this base may target.
QWEN2_MODULES = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
# Qwen2.5 sizes by the served model's name (config.json of each release).
KNOWN_BASES = {
    "0.5b": BaseShape("qwen2.5-0.5b", 24, 896, 4864, 128),
    "1.5b": BaseShape("qwen2.5-1.5b", 28, 1536, 8960, 256),
    "3b": BaseShape("qwen2.5-3b", 36, 2048, 11008, 256),
    "7b": BaseShape("qwen2.5-7b", 28, 3584, 18944, 512),
    "14b": BaseShape("qwen2.5-14b", 48, 5120, 13824, 1024),
}


def base_for_model(model_name: str) -> BaseShape | None:
    """The base shape of the served model, from its name; None when it is not one we know
    (the adapter is then only checked to be consistent in itself)."""
    lowered = model_name.lower()
    for size, shape in sorted(KNOWN_BASES.items(), key=lambda item: -len(item[0])):
        if re.search(rf"(?<![0-9.]){re.escape(size)}", lowered):
            return shape
    return None


class AdapterRejected(ValueError):
    def __init__(self, reasons: list[str]) -> None:
        super().__init__("; ".join(reasons))
        self.reasons = reasons


@dataclass
class Adapter:
    config: dict[str, Any]
    weights: bytes
    rank: int
    alpha: float
    target_modules: list[str]
    sha256: str
    tensors: dict[str, dict[str, Any]] = field(default_factory=dict)  # name -> {dtype, shape, data_offsets}


_TENSOR = re.compile(
    r"^base_model\.model\.model\.layers\.(?P<layer>\d+)\.(?:self_attn|mlp)\.(?P<module>[a-z_]+)\.lora_(?P<side>[AB])\.weight$"
)


def read_zip(data: bytes, *, max_bytes: int) -> tuple[bytes, bytes]:
    """adapter_config.json and adapter_model.safetensors from the zip, at its root or in one
    folder (what zipping a PEFT output directory gives)."""
    if len(data) > max_bytes:
        raise AdapterRejected([f"the zip is {len(data):,} bytes; the limit is {max_bytes:,}"])
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise AdapterRejected(["not a zip file (zip the PEFT adapter's folder)"]) from None
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise AdapterRejected([f"the zip holds {len(members)} files; an adapter needs two ({CONFIG_NAME}, {WEIGHTS_NAME})"])
        total = sum(info.file_size for info in members)
        if total > max_bytes:
            raise AdapterRejected([f"the zip unpacks to {total:,} bytes; the limit is {max_bytes:,}"])
        found: dict[str, zipfile.ZipInfo] = {}
        for info in members:
            path = PurePosixPath(info.filename)
            if path.is_absolute() or ".." in path.parts or "\\" in info.filename:
                raise AdapterRejected([f"unsafe path in the zip: {info.filename!r}"])
            if path.name in (CONFIG_NAME, WEIGHTS_NAME) and len(path.parts) <= 2:
                if path.name in found:
                    raise AdapterRejected([f"two {path.name} in the zip"])
                found[path.name] = info
        missing = [name for name in (CONFIG_NAME, WEIGHTS_NAME) if name not in found]
        if missing:
            names = ", ".join(info.filename for info in members[:5])
            raise AdapterRejected([f"{name} is missing from the zip (it holds: {names or 'nothing'})" for name in missing])
        if found[CONFIG_NAME].file_size > MAX_CONFIG_BYTES:
            raise AdapterRejected([f"{CONFIG_NAME} is too large"])
        return archive.read(found[CONFIG_NAME]), archive.read(found[WEIGHTS_NAME])


def parse_safetensors_header(weights: bytes) -> dict[str, dict[str, Any]]:
    if len(weights) < 8:
        raise AdapterRejected([f"{WEIGHTS_NAME} is too short to be a safetensors file"])
    (header_length,) = struct.unpack("<Q", weights[:8])
    if header_length > MAX_HEADER_BYTES or 8 + header_length > len(weights):
        raise AdapterRejected([f"{WEIGHTS_NAME}: the header length ({header_length:,}) does not fit the file"])
    try:
        header = json.loads(weights[8 : 8 + header_length])
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise AdapterRejected([f"{WEIGHTS_NAME}: the header is not JSON"]) from None
    if not isinstance(header, dict):
        raise AdapterRejected([f"{WEIGHTS_NAME}: the header is not a JSON object"])
    header.pop("__metadata__", None)
    data_length = len(weights) - 8 - header_length
    reasons: list[str] = []
    for name, entry in header.items():
        if not isinstance(entry, dict) or not {"dtype", "shape", "data_offsets"} <= entry.keys():
            reasons.append(f"{name}: not a tensor entry")
            continue
        dtype, shape, offsets = entry["dtype"], entry["shape"], entry["data_offsets"]
        if dtype not in SAFETENSORS_DTYPES:
            reasons.append(f"{name}: dtype {dtype} (expected F32, F16 or BF16)")
            continue
        if not (isinstance(shape, list) and all(isinstance(d, int) and d >= 0 for d in shape)):
            reasons.append(f"{name}: bad shape {shape!r}")
            continue
        if not (isinstance(offsets, list) and len(offsets) == 2 and all(isinstance(o, int) for o in offsets)):
            reasons.append(f"{name}: bad data offsets {offsets!r}")
            continue
        begin, end = offsets
        expected = SAFETENSORS_DTYPES[dtype]
        for dimension in shape:
            expected *= dimension
        if not 0 <= begin <= end <= data_length or end - begin != expected:
            reasons.append(f"{name}: its data ({begin}..{end}) does not match its shape {shape} and the file")
            continue
    if reasons:
        raise AdapterRejected(reasons)
    return header


def validate(config_bytes: bytes, weights: bytes, *, max_rank: int, base: BaseShape | None) -> Adapter:
    """The adapter, or AdapterRejected with every reason found."""
    try:
        config = json.loads(config_bytes)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise AdapterRejected([f"{CONFIG_NAME} is not JSON"]) from None
    if not isinstance(config, dict):
        raise AdapterRejected([f"{CONFIG_NAME} is not a JSON object"])
    reasons: list[str] = []
    if config.get("peft_type", "LORA") != "LORA":
        reasons.append(f"peft_type is {config.get('peft_type')!r}; only LORA adapters can be served")
    if config.get("use_dora"):
        reasons.append("use_dora: DoRA adapters cannot be served by llama.cpp")
    if config.get("modules_to_save"):
        reasons.append(f"modules_to_save {config['modules_to_save']!r}: full copies of layers cannot be served beside the shared base")
    rank = config.get("r")
    if not isinstance(rank, int) or rank < 1:
        reasons.append(f"r (the rank) must be a positive integer, not {rank!r}")
        rank = 0
    elif rank > max_rank:
        reasons.append(f"rank {rank} is above this server's maximum {max_rank} (LORA_MAX_RANK)")
    if config.get("rank_pattern") or config.get("alpha_pattern"):
        reasons.append("rank_pattern / alpha_pattern: one rank for every module is required")
    alpha = config.get("lora_alpha", rank)
    if not isinstance(alpha, (int, float)) or alpha <= 0:
        reasons.append(f"lora_alpha must be a positive number, not {alpha!r}")
        alpha = 0
    targets = config.get("target_modules")
    if isinstance(targets, str):
        reasons.append(f"target_modules as a pattern ({targets!r}): list the modules by name")
        targets = []
    if not isinstance(targets, list) or not targets:
        reasons.append("target_modules is missing")
        targets = []
    unknown = [module for module in targets if module not in QWEN2_MODULES]
    if unknown:
        reasons.append(f"unknown target modules {unknown} (the base model has {', '.join(QWEN2_MODULES)})")
    tensors: dict[str, dict[str, Any]] = {}
    try:
        tensors = parse_safetensors_header(weights)
    except AdapterRejected as error:
        reasons.extend(error.reasons)
    reasons.extend(_check_tensors(tensors, rank=rank, targets=[t for t in targets if t in QWEN2_MODULES], base=base))
    if reasons:
        raise AdapterRejected(reasons)
    return Adapter(
        config=config,
        weights=weights,
        rank=rank,
        alpha=float(alpha),
        target_modules=list(targets),
        sha256=hashlib.sha256(weights).hexdigest(),
        tensors=tensors,
    )


def _check_tensors(tensors: dict[str, dict[str, Any]], *, rank: int, targets: list[str], base: BaseShape | None) -> list[str]:
    reasons: list[str] = []
    if not tensors:
        return [f"{WEIGHTS_NAME} holds no tensors"]
    seen: dict[tuple[int, str], dict[str, list[int]]] = {}
    widths: dict[tuple[str, str], set[int]] = {}  # (module, "in"/"out") -> widths seen
    for name, entry in tensors.items():
        match = _TENSOR.match(name)
        if match is None:
            reasons.append(f"unexpected tensor {name} (only lora_A/lora_B weights of the decoder layers' projections)")
            continue
        layer, module, side = int(match["layer"]), match["module"], match["side"]
        shape = entry["shape"]
        if module not in targets:
            reasons.append(f"{name}: module {module} is not in target_modules")
            continue
        if base is not None and layer >= base.layers:
            reasons.append(f"{name}: layer {layer}, but {base.name} has {base.layers}")
        if len(shape) != 2:
            reasons.append(f"{name}: shape {shape} is not a matrix")
            continue
        seen.setdefault((layer, module), {})[side] = shape
        rank_axis, width, kind = (0, shape[1], "in") if side == "A" else (1, shape[0], "out")
        if rank and shape[rank_axis] != rank:
            reasons.append(f"{name}: shape {shape} does not have rank {rank}")
        if base is not None:
            expected = base.module_shape(module)[0 if side == "A" else 1]
            if width != expected:
                reasons.append(f"{name}: shape {shape}, but {module} of {base.name} has {kind} width {expected}")
        widths.setdefault((module, kind), set()).add(width)
    for (layer, module), sides in sorted(seen.items()):
        if set(sides) != {"A", "B"}:
            reasons.append(f"layer {layer} {module}: lora_{'B' if 'A' in sides else 'A'} is missing")
    for (module, kind), found in sorted(widths.items()):
        if len(found) > 1:
            reasons.append(f"{module}: {kind} widths differ between layers ({sorted(found)})")
    return reasons
