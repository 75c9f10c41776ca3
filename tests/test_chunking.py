"""Structure-aware Japanese chunking (ingestion.chunking)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest

from ingestion.chunking import Chunk, chunk_sections, split_into_sentences


@dataclass(frozen=True)
class FakeSection:
    text: str
    page: int | None = 1
    heading_path: tuple[str, ...] = ("就業規則",)
    kind: str = "text"


def characters(text: str) -> int:
    """Token counter for tests: one character, one token."""
    return len(text)


SENTENCES = [
    "従業員は入社日から六か月継続勤務した場合に有給休暇を取得できる。",
    "有給休暇の申請は、原則として取得日の三日前までに所属長へ申し込むこと。",
    "やむを得ない事情がある場合は、事後の申請も認める！",
    "詳細は人事部に確認してください？",
    "半日単位での取得も可能である。",
    "未使用の有給休暇は翌年度に限り繰り越すことができる。",
]
PARAGRAPH = "".join(SENTENCES)


def chunk(sections: list[FakeSection], **options: int) -> list[Chunk]:
    return chunk_sections(sections, count_tokens=characters, **options)


def test_it_splits_japanese_prose_at_sentence_ends_only() -> None:
    chunks = chunk([FakeSection(PARAGRAPH)], max_tokens=80, overlap_tokens=0)
    assert len(chunks) > 1
    for piece in chunks:
        assert piece.text[-1] in "。！？", piece.text
        # Every chunk is made of whole sentences.
        assert piece.text in PARAGRAPH
        assert piece.text.startswith(tuple(SENTENCES))
    assert "".join(piece.text for piece in chunks) == PARAGRAPH


def test_sentence_splitter_keeps_closing_brackets_and_decimal_points() -> None:
    text = "彼は「了解です。」と言った。円周率は3.14です。詳しくはexample.comへ。"
    assert split_into_sentences(text) == [
        "彼は「了解です。」",
        "と言った。",
        "円周率は3.14です。",
        "詳しくはexample.comへ。",
    ]


def test_sentence_splitter_cuts_before_list_items_and_articles() -> None:
    text = "次の場合に適用する\n・正社員\n・契約社員\n第2条 定義\n（1）従業員とは"
    assert split_into_sentences(text) == [
        "次の場合に適用する\n",
        "・正社員\n",
        "・契約社員\n",
        "第2条 定義\n",
        "（1）従業員とは",
    ]


def test_chunks_never_exceed_max_tokens() -> None:
    long_text = "\n\n".join([PARAGRAPH] * 20)
    for max_tokens in (40, 80, 150, 350):
        chunks = chunk([FakeSection(long_text)], max_tokens=max_tokens, overlap_tokens=20)
        assert all(piece.token_count <= max_tokens for piece in chunks)
        assert all(piece.token_count == len(piece.text) for piece in chunks)


def test_consecutive_chunks_overlap_by_whole_sentences() -> None:
    chunks = chunk([FakeSection(PARAGRAPH)], max_tokens=80, overlap_tokens=40)
    assert len(chunks) > 1
    for previous, following in itertools.pairwise(chunks):
        carried = next(sentence for sentence in SENTENCES if following.text.startswith(sentence))
        assert previous.text.endswith(carried)
        assert len(carried) <= 40


def test_no_overlap_when_overlap_is_zero() -> None:
    chunks = chunk([FakeSection(PARAGRAPH)], max_tokens=80, overlap_tokens=0)
    assert sum(len(piece.text) for piece in chunks) == len(PARAGRAPH)


def test_it_never_merges_pages() -> None:
    sections = [FakeSection("一ページ目の文。", page=1), FakeSection("二ページ目の文。", page=2)]
    chunks = chunk(sections)
    assert [(piece.text, piece.page) for piece in chunks] == [
        ("一ページ目の文。", 1),
        ("二ページ目の文。", 2),
    ]


def test_it_never_merges_different_headings_and_exposes_the_path() -> None:
    sections = [
        FakeSection("休暇の定め。", heading_path=("就業規則", "第3章 休暇")),
        FakeSection("賃金の定め。", heading_path=("就業規則", "第4章 賃金")),
    ]
    chunks = chunk(sections)
    assert [(piece.text, piece.heading_path) for piece in chunks] == [
        ("休暇の定め。", ("就業規則", "第3章 休暇")),
        ("賃金の定め。", ("就業規則", "第4章 賃金")),
    ]


def test_it_merges_small_paragraphs_of_one_section() -> None:
    sections = [FakeSection("第一段落です。"), FakeSection("第二段落です。")]
    assert [piece.text for piece in chunk(sections)] == ["第一段落です。\n\n第二段落です。"]


def test_a_giant_sentence_is_split_at_commas_then_characters() -> None:
    clauses = ["長い条件の説明が続き" + "あ" * 20 + "、" for _ in range(10)]
    giant = "".join(clauses) + "終わる。"
    chunks = chunk([FakeSection(giant)], max_tokens=70, overlap_tokens=0)
    assert len(chunks) > 1
    assert all(piece.token_count <= 70 for piece in chunks)
    assert all(piece.text.endswith(("、", "。")) for piece in chunks)
    assert "".join(piece.text for piece in chunks) == giant

    no_commas = "あ" * 500 + "。"
    chunks = chunk([FakeSection(no_commas)], max_tokens=70, overlap_tokens=0)
    assert all(piece.token_count <= 70 for piece in chunks)
    assert "".join(piece.text for piece in chunks) == no_commas


def test_table_rows_are_never_split_and_continuations_repeat_the_header() -> None:
    header = "氏名 | 部署 | 内線"
    rows = [f"社員{number:02d} | 営業部 | {1000 + number}" for number in range(30)]
    sections = [
        FakeSection(row, kind="table_row", heading_path=("社員名簿",)) for row in [header, *rows]
    ]
    chunks = chunk(sections, max_tokens=100, overlap_tokens=30)
    assert len(chunks) > 1
    seen: list[str] = []
    for piece in chunks:
        lines = piece.text.split("\n")
        assert lines[0] == header
        assert piece.token_count <= 100
        seen.extend(lines[1:])
    # Every row whole, exactly once (rows do not overlap).
    assert seen == rows


def test_rows_that_name_their_columns_repeat_no_first_row() -> None:
    # A Word or Excel table whose header the parser wrote into each cell: its first row is a
    # record, not a header; repeated on top of every chunk it would match every question about it.
    rows = [f"口径: {size}mm | 基本料金 現行: {size * 80:,}円 | 基本料金 改定前: {size * 70:,}円" for size in (13, 20, 25, 40, 50, 75, 100)]
    sections = [FakeSection(row, kind="table_row", heading_path=("水道料金",)) for row in rows]
    chunks = chunk(sections, max_tokens=110, overlap_tokens=0)
    assert len(chunks) > 1
    lines = [line for piece in chunks for line in piece.text.split("\n")]
    assert lines == rows


def test_an_over_long_row_is_the_only_row_that_is_cut() -> None:
    sections = [
        FakeSection("短い行", kind="sheet_row"),
        FakeSection("長い、" * 40, kind="sheet_row"),
        FakeSection("次の行", kind="sheet_row"),
    ]
    chunks = chunk(sections, max_tokens=50, overlap_tokens=0)
    assert chunks[0].text == "短い行"
    assert chunks[-1].text.endswith("次の行")
    assert all(piece.token_count <= 50 for piece in chunks)


def test_a_slide_stays_whole_with_its_notes() -> None:
    sections = [
        FakeSection("売上推移\n・前年比120%", page=3, kind="slide"),
        FakeSection("ここで前年比を強調する。", page=3, kind="notes"),
        FakeSection("今後の計画", page=4, kind="slide"),
    ]
    chunks = chunk(sections)
    assert [(piece.text, piece.page) for piece in chunks] == [
        ("売上推移\n・前年比120%\n\nここで前年比を強調する。", 3),
        ("今後の計画", 4),
    ]


def test_prose_and_rows_of_one_section_are_not_mixed() -> None:
    sections = [
        FakeSection("表1 社員一覧。"),
        FakeSection("氏名 | 部署", kind="table_row"),
        FakeSection("山田 | 営業", kind="table_row"),
    ]
    assert [piece.text for piece in chunk(sections)] == [
        "表1 社員一覧。",
        "氏名 | 部署\n山田 | 営業",
    ]


def test_empty_sections_are_dropped() -> None:
    sections = [FakeSection(""), FakeSection(" \n\u3000\n"), FakeSection("本文。")]
    assert [piece.text for piece in chunk(sections)] == ["本文。"]
    assert chunk([]) == []


def test_order_is_consecutive_across_pages_and_sections() -> None:
    sections = [
        FakeSection(PARAGRAPH * 3, page=1),
        FakeSection("表の行", page=1, kind="table_row"),
        FakeSection(PARAGRAPH, page=2),
    ]
    chunks = chunk(sections, max_tokens=100, overlap_tokens=30)
    assert [piece.order for piece in chunks] == list(range(len(chunks)))


def test_it_rejects_overlap_not_smaller_than_max() -> None:
    with pytest.raises(ValueError):
        chunk([FakeSection("本文。")], max_tokens=50, overlap_tokens=50)


def test_a_page_of_table_lines_is_cut_between_lines_never_inside_one() -> None:
    # A PDF page's table arrives as one prose section: lines with no 。 between them. Cut
    # inside a line, a row's last cells would leave its first (「硝酸態窒素等（mg/L）:」 in one
    # chunk and its value 「1.12」 at the head of the next, read as another row's).
    rows = [f"浄水場: 第{number}浄水場 | 年度: 2025年度 | 残留塩素: 0.{number}1 | 硝酸態窒素等: 1.{number}2" for number in range(1, 9)]
    page = "2. 浄水場別の検査結果\n" + "\n".join(rows) + "\n3. 評価\nすべて基準に適合した。"
    chunks = chunk_sections([FakeSection(page)], count_tokens=characters, max_tokens=160, overlap_tokens=0)
    assert len(chunks) > 1
    lines = [line for chunk in chunks for line in chunk.text.splitlines()]
    for row in rows:
        assert row in lines
    assert all(chunk.token_count <= 160 for chunk in chunks)
