"""Rules found on the twenty-seventh held-out corpus (tests/data/holdout27, a printing and packaging
company, measured blind in session 24 and read in session 25), each in general form and tried here on
other documents: 「時速何キロ」 asks a speed, never a weight; a size or band told by a letter and one
digit (B6, D5) is a thing of its own; a figure in a clause about another thing of the asked kind
(「…、高原工場が…1.39%」) is no answer for the one asked; a count is no rate; a table banded by copies,
pieces or pages (「301〜1,000部」) holds the stated quantity; 「3営業所の合計」 counts and names no
office; a PDF header whose names stand over their units, beside names merged down over both lines,
is one row of names, and a second grouped column is filled down as the first; a follow-up of a time
keeps the previous question's figures and, of a year after a quarter, its quarter."""

from __future__ import annotations

from typing import Any

from rag.answer_checks import in_a_siblings_clause
from rag.asked import answers_what_was_asked, asked_kinds, claim_fits
from rag.bands import within_the_columns_band
from rag.claims import extract_claims
from rag.followups import standalone_question
from rag.quantities import band
from rag.question_words import names_another_of_its_kind
from rag.quoting import missing_numbered_names
from rag.table_rows import named_cells
from tests.test_pdf_layout import FONT, _page_lines, _report_pdf


def test_a_speed_in_kilometres_is_what_jisoku_nan_kiro_asks() -> None:
    kinds = asked_kinds("構内でフォークリフトは時速何キロまで出していいの？")
    assert "km" in kinds
    sentence = "構内でのフォークリフトの制限速度は時速8km（第2版では時速10km）、倉庫内と出荷場は時速5kmとする。"
    assert answers_what_was_asked("構内でフォークリフトは時速何キロまで出していいの？", extract_claims(sentence), sentence)
    # A weight is still a weight.
    assert "kg" in asked_kinds("この荷物の重さは何キロ？")


def test_a_size_told_by_a_letter_and_a_digit_must_be_written() -> None:
    row = "用紙サイズ: A4（210×297mm） | 係数（改定後）: 1.00 | 係数（改定前）: 1.00"
    assert missing_numbered_names("B6サイズで印刷するときの係数はいくつ？", row) == ["b6"]
    assert missing_numbered_names("A4サイズの係数は？", row) == []
    # A quarter said in English letters is no code of its own.
    assert missing_numbered_names("Q3の売上は？", "第3四半期の売上高は120億円") == []


def test_a_figure_in_a_clause_about_another_site_is_not_the_asked_sites() -> None:
    sentence = "工場別では、汐入工場が135,320千単位で不良率1.14%、高原工場が67,125千単位で不良率1.39%であった。"
    question = "汐入工場の年間の不良率は？"
    assert in_a_siblings_clause(sentence, extract_claims("1.39%"), question)
    assert not in_a_siblings_clause(sentence, extract_claims("1.14%"), question)
    # A sentence about one site only is not split.
    assert not in_a_siblings_clause("汐入工場の不良率は1.14%、前年度は1.30%であった。", extract_claims("1.30%"), question)
    opening = "東京支社は9時から、大阪支社は10時から受け付ける。"
    assert in_a_siblings_clause(opening, extract_claims("10時"), "東京支社は何時から？")
    assert not in_a_siblings_clause(opening, extract_claims("9時"), "東京支社は何時から？")


def test_a_count_is_no_rate() -> None:
    kinds = asked_kinds("What was the on-time delivery rate of the 北部営業所 sales office in fiscal 2026?")
    assert not claim_fits(extract_claims("3,705")[0], kinds, "3,705")
    assert not claim_fits(extract_claims("13692")[0], kinds, "13692")
    assert claim_fits(extract_claims("95.5")[0], kinds, "95.5")
    assert claim_fits(extract_claims("104.3")[0], kinds, "104.3")  # 前年比 over 100%


def test_bands_of_copies_pieces_and_pages() -> None:
    assert band("301〜1,000部") == (301.0, 1000.0, True, True, "部")
    assert band("100個以上")[4] == "個"  # type: ignore[index]
    row = "ページ数: 16ページ | 100〜300部: 318円 | 301〜1,000部: 163円 | 1,001〜3,000部: 98円"
    assert within_the_columns_band("中綴じの冊子を16ページで500部作ったら、1部あたりの単価は？", named_cells(row)) == [("301〜1,000部", "163円")]
    # A copy counted at a band's edge is in that band.
    assert within_the_columns_band("16ページで1,000部だと1部いくら？", named_cells(row)) == [("301〜1,000部", "163円")]


def test_a_count_of_offices_names_none_of_them() -> None:
    total = "月: 合計 | 中央営業所: 5,521 | 北部営業所: 3,705 | 南浜営業所: 4,466 | 合計: 13,692"
    assert not names_another_of_its_kind("2026年度の受注件数、3営業所の年間合計は何件？", total)
    assert not names_another_of_its_kind("全営業所の年間合計は何件？", total)
    # A named office still is one: 西部営業所 is not in this table.
    assert names_another_of_its_kind("西部営業所の年間合計は何件？", total)


def _grouped_report_pdf() -> bytes:
    """A report table: names over their units (「生産数量」 over 「（千単位）」) beside 「工場 | 製品ライン
    | 期間」 set on the lower line; the site and the product line each written on its group's first row."""

    def draw(page: Any) -> None:
        page.setFont(FONT, 9)
        page.drawString(60, 730, "工場別・製品ライン別・四半期別の生産数量と不良率は次の表のとおりである。")
        for middle, name in ((290, "生産数量"), (370, "不良率")):
            page.drawCentredString(middle, 712, name)
        for middle, name in ((90, "工場"), (160, "製品ライン"), (230, "期間"), (290, "（千単位）"), (370, "（%）")):
            page.drawCentredString(middle, 700, name)
        rows = (
            ("汐入工場", "商業印刷", "第1四半期", "18,420", "1.17"), ("", "", "第2四半期", "17,380", "1.14"),
            ("", "出版印刷", "第1四半期", "4,215", "1.25"), ("", "", "第2四半期", "3,980", "1.18"),
            ("高原工場", "紙器", "第1四半期", "6,820", "1.40"), ("", "", "第2四半期", "7,145", "1.44"),
        )
        for index, (site, line, period, amount, rate) in enumerate(rows):
            y = 682 - index * 20
            for x, text in ((70, site), (135, line), (210, period)):
                if text:
                    page.drawString(x, y, text)
            page.drawRightString(310, y, amount)
            page.drawRightString(385, y, rate)

    return _report_pdf(draw)


def test_names_over_their_units_and_two_grouped_columns() -> None:
    lines = _page_lines(_grouped_report_pdf())
    assert "工場 | 製品ライン | 期間 | 生産数量 （千単位） | 不良率 （%）" in lines, lines
    assert "工場: 汐入工場 | 製品ライン: 商業印刷 | 期間: 第2四半期 | 生産数量 （千単位）: 17,380 | 不良率 （%）: 1.14" in lines, lines
    assert "工場: 汐入工場 | 製品ライン: 出版印刷 | 期間: 第2四半期 | 生産数量 （千単位）: 3,980 | 不良率 （%）: 1.18" in lines, lines
    # A new site starts its own product lines.
    assert "工場: 高原工場 | 製品ライン: 紙器 | 期間: 第2四半期 | 生産数量 （千単位）: 7,145 | 不良率 （%）: 1.44" in lines, lines


def test_a_follow_up_of_a_time_keeps_the_previous_questions_figures() -> None:
    assert standalone_question("改定前は？", "A4カラーのチラシを1,000部刷ると1部いくら？") == "改定前のA4カラーのチラシを1,000部刷ると1部いくら?"
    # A year after a quarter: that quarter, a year before.
    assert standalone_question("前年度は？", "高原工場の軟包装の第3四半期の不良率は？") == "前年度の高原工場の軟包装の第3四半期の不良率は?"
    # A year for a year, a month for a month, as before.
    assert standalone_question("去年は？", "2026年6月の売上は？") == "2025年6月の売上は?"
    assert standalone_question("7月は？", "2026年6月の売上は？") == "2026年7月の売上は?"


def test_a_ranges_first_number_takes_the_unit_it_ends_with() -> None:
    sentence = "第1四半期は4〜6月、第2四半期は7〜9月、第3四半期は10〜12月、第4四半期は翌年1〜3月である。"
    assert not answers_what_was_asked("高原工場の段ボールケース、第3四半期の不良率はどれくらいだった？", extract_claims(sentence), sentence)
    rates = "割引率は10〜20%とする。"
    assert all(claim_fits(claim, asked_kinds("割引率は？"), rates) for claim in extract_claims(rates))


def test_an_english_count_of_copies_is_a_band_of_copies() -> None:
    from rag.quantities import stated_quantity

    assert stated_quantity("Under the revised price list, what is the per-copy price for 1,200 colour A4 flyers?") == (1200.0, "部")
    assert stated_quantity("How much are 300 copies of a 16-page booklet?") is None  # two quantities: 300 copies, 16 pages
    assert stated_quantity("How much for 7 calls?") == (7.0, "件")


def test_a_follow_up_naming_a_sibling_of_the_same_head_takes_its_place() -> None:
    assert standalone_question("簡易校正だと？", "本機校正は1回いくら？") == "簡易校正は1回いくら?"
    assert standalone_question("短時間だと？", "所得割額が10万円の世帯で、1・2歳児を標準時間で預けたときの保育料は？") == "所得割額が10万円の世帯で、1・2歳児を短時間で預けたときの保育料は?"
    assert standalone_question("課長だと？", "部長の日当はいくら？") == "課長の日当はいくら?"


def test_a_short_code_is_required_only_where_the_text_writes_others() -> None:
    # 「A4のチラシ」 of a table of copies, which writes no size: its rows still answer.
    assert missing_numbered_names("A4のチラシをカラーで3,000部刷ると1部いくら？", "印刷部数: 2,001〜5,000部 | カラー（4色）1部あたり単価 改定後: 14.8円") == []


def test_a_band_in_a_clause_of_prose_answers_the_stated_quantity() -> None:
    from rag.band_clauses import value_in_the_banded_clause
    from rag.quoting import missing_subject_terms

    rule = "朝凪市外で当社の工場から片道30km以内の納品先は1納品先につき2,750円（改定前2,200円）、30kmを超える納品先は運送会社の料金の実費とする。"
    question = "市外のお客さん（工場から片道20kmくらい）に届けると配送料はいくら取られる？"
    assert value_in_the_banded_clause(question, rule) == "2,750円"
    # Past the bound, the clause holding 40km states no amount: nothing to answer with.
    assert value_in_the_banded_clause("片道40kmだと配送料はいくら？", rule) is None
    assert value_in_the_banded_clause("配送料はいくら？", rule) is None
    # 「市外のお客さん」 is the 市外 rule's customer, whatever the rule calls them.
    assert missing_subject_terms(question, f"印刷料金表\n配送料\n{rule}") == []


def test_a_cells_unit_from_its_column_is_read_where_it_stands() -> None:
    from rag.answering import Prepared, finish_quoted
    from rag.quoting import Sentence
    from rag.retrieval import Passage

    rows = (
        "工場: 高原工場 | 製品ライン: 紙器（化粧箱） | 期間: 第4四半期 | 生産数量 （千単位）: 7,260 | 不良数量 （千単位）: 99.4 | 不良率 （%）: 1.37 | 前年度 不良率（%）: 1.55\n"
        "工場: 高原工場 | 製品ライン: 紙器（化粧箱） | 期間: 第3四半期 | 生産数量 （千単位）: 8,930 | 不良数量 （千単位）: 138.2 | 不良率 （%）: 1.55 | 前年度 不良率（%）: 1.71"
    )
    passage = Passage(document_id="doc-1", title="生産実績・品質報告書", filename="report.pdf", page=2, score=0.5, text=rows, order=3, context=rows, heading_path=["工場別・製品ライン別・四半期別の生産数量と不良率"])
    shown = [Sentence(passage=1, text=line, score=1.6 - index * 0.1, coverage=0.7, similarity=0.94) for index, line in enumerate(rows.splitlines())]
    prepared = Prepared(question="高原工場の紙器（化粧箱）の第4四半期の不良率は？", language="ja", passages=[passage], messages=None, sentences=shown)
    answer = finish_quoted('{"quote": "1.37%", "answer": "1.37%"}', prepared)
    assert "1.37" in answer.text.splitlines()[0] and not answer.refused, answer.text
    # The claim is read in the row as written with its units (offsets into that text, not the bare row).
    from rag.table_cells import with_cell_units

    united = with_cell_units(shown[0].text, passage)
    written = [claim for claim in extract_claims(united) if claim.text.startswith("1.37")]
    assert written and answers_what_was_asked("What was the defect rate at 高原工場 in the fourth quarter?", written, united)
