"""Rules found on the English and Japanese questions over the thirty-first and thirty-second held-out
corpora (tests/data/holdout31 and holdout32, a wedding hall company and a cold-chain warehouse
company, measured blind in session 26 and read in session 27), each in general form and tried here
on other documents: a Japanese name written in romaji (Aobadai) picks the row that writes it in
kanji, ahead of rows that write more of the question's other words; the manager of a place is its 長;
"in fiscal 2026" gives no month's row, and the year's total is the 年間合計 row (read from the rest of
the table where the months were found) and its 合計 column where every other column is one of the
"four depots"; a one-sided bound inside a band (the 2km以上 of 「2km以上5km未満」) holds nothing of its
own; "cycles 7 km" is the 自転車 row; who sent an e-mail is the person its signature names; "what
number should staff call" asks a telephone number; a cancellation fee may be a percentage; a PDF
group name set flush left names its group's columns; a row outnamed by its sibling, a closure for a
start, a month of another year and the year's figure for a half of it are no answers."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from appliance.text import english
from rag.answering import Prepared
from rag.asked import asked_kinds, claim_fits
from rag.bands import writes_another_quantity
from rag.cell_answers import _A_RATE, cell_answer, outnamed_by_a_sibling_row
from rag.claims import extract_claims
from rag.closed_days import a_closure_for_a_start
from rag.english_answers import for_a_case_not_asked, keyword_answer, keyword_cell
from rag.english_people import person_row
from rag.english_subject import missing_english_subject_terms
from rag.quoting import Sentence, missing_subject_terms
from rag.retrieval import Passage
from rag.row_scope import another_years_month as _another_years_month
from rag.senders import asks_the_sender, person_named, sender_line, signature, with_the_signature
from rag.total_rows import with_the_total_row
from tests.test_pdf_layout import FONT, _page_lines, _report_pdf


def _passage(text: str, title: str = "連絡先一覧", filename: str = "manual.md", order: int = 1) -> Passage:
    return Passage(document_id="doc-1", title=title, filename=filename, page=None, score=0.5, text=text, order=order, context=text)


def _shown(text: str, passage: int = 1) -> list[Sentence]:
    return [Sentence(passage=passage, text=line, score=1.4 - index * 0.05, coverage=0.5, similarity=0.9 - index * 0.004) for index, line in enumerate(text.splitlines())]


_HEADS = (
    "役割: 品質保証責任者 | 所属・職名: 品質保証部課長 | 氏名: 坂口 美穂 | 内線: 310\n"
    "役割: 青葉台センター長 | 所属・職名: 青葉台センター | 氏名: 村瀬 拓也 | 内線: 420\n"
    "役割: 緑町センター長 | 所属・職名: 緑町センター | 氏名: 岸本 由香 | 内線: 530"
)


def test_a_name_in_romaji_picks_the_row_that_writes_it_in_kanji() -> None:
    passage = _passage(_HEADS)
    question = "Who is the manager of the Aobadai depot?"
    # 責任者 and 課長 (the glossary's "manager") are more words of the quality row than 青葉台 is of its own.
    found = person_row(question, ("責任者", "課長", "管理職", "青葉台"), _shown(_HEADS), [passage])
    assert found is not None and found[1] == "氏名: 村瀬 拓也"
    # A name no row writes is no reason to pass every row over.
    found = person_row("Who is the quality assurance manager (品質保証責任者)?", ("責任者", "品質保証責任者"), _shown(_HEADS), [passage])
    assert found is not None and found[1] == "氏名: 坂口 美穂"


def test_the_manager_of_a_place_is_its_head() -> None:
    assert missing_english_subject_terms("Who is the manager of the Aobadai depot?", "役割: 青葉台センター長 | 氏名: 村瀬 拓也") == []
    assert missing_english_subject_terms("When is the next hall managers' meeting?", "次回の支配人会議は2027年7月16日（金）。") == []
    # A manager is not anybody at all.
    assert missing_english_subject_terms("Who is the manager of the Aobadai depot?", "役割: 青葉台センター 受付 | 氏名: 村瀬 拓也") == ["manager"]


_MONTHS = (
    "月: 2026年4月 | 北港センター: 4,210 | 南台センター: 3,905 | 合計: 8,115\n"
    "月: 2026年5月 | 北港センター: 4,388 | 南台センター: 3,990 | 合計: 8,378"
)


def test_a_fiscal_year_gives_no_months_row() -> None:
    passage = _passage(_MONTHS, title="センター別 出荷件数（2026年度）")
    april = _shown(_MONTHS)[0]
    assert for_a_case_not_asked("How many shipments did the two depots make in total in fiscal 2026?", april, passage, ("センター", "2026年度", "合計"))
    # April asked: its row is the case asked.
    assert not for_a_case_not_asked("How many shipments did the two depots make in April 2026?", april, passage, ("センター", "2026年4月", "4月"))


def test_the_years_total_row_is_read_and_its_total_column_answers() -> None:
    total = "月: 年間合計 | 北港センター: 51,030 | 南台センター: 47,215 | 合計: 98,245"
    months = _passage(_MONTHS, title="センター別 出荷件数（2026年度）")
    rest = [_passage(total, title="センター別 出荷件数（2026年度）", order=2)]
    question = "How many shipments did the two depots make in total in fiscal 2026?"
    chosen, passages = with_the_total_row(f"{question} センター 2026年度 合計", _shown(_MONTHS), [months], lambda found: rest)
    assert chosen[0].text == total and len(passages) == 2
    # センター is written by every depot's column: it names their kind, and the 合計 column answers.
    row = Sentence(passage=2, text=total, score=1.4, coverage=0.5, similarity=0.9)
    assert keyword_cell(question, ("センター", "2026年度", "合計"), row) == "合計: 98,245"
    # One depot named: its column.
    assert keyword_cell("How many shipments did the Kitaminato depot make in total?", ("センター", "北港", "合計"), row) == "北港センター: 51,030"
    # A month named: that month's row keeps its own 合計 column (no total row read).
    assert with_the_total_row("How many shipments in total in May 2026? 2026年5月 5月 合計", _shown(_MONTHS), [months], lambda found: rest)[0][0].text == _shown(_MONTHS)[0].text


def test_a_bound_inside_a_band_is_no_band_of_its_own() -> None:
    question = "How much is the allowance for someone who cycles 7 km each way?"
    assert writes_another_quantity(question, "通勤方法: 自転車 | 片道の通勤距離: 2km以上5km未満 | 手当: 2,400円")
    assert not writes_another_quantity(question, "通勤方法: 自転車 | 片道の通勤距離: 5km以上10km未満 | 手当: 3,900円")
    assert not writes_another_quantity(question, "通勤方法: 自転車 | 片道の通勤距離: 5km以上 | 手当: 3,900円")
    assert "自転車" in [form for term in english.subject_terms(question) for form in term.japanese]


_MAIL = (
    "Subject: 【全社周知】棚卸しの日程について\nFrom: 総務部 <soumu@example.example>\n\n各位\n\n"
    "棚卸しは3月30日（月）に行います。\n\n――――――――\n株式会社みなと青果 総務部 佐伯 紗季\n電話 0120-000-111（内線 205）"
)


def test_who_sent_an_email_is_the_person_its_signature_names() -> None:
    assert signature(_MAIL) == ("株式会社みなと青果 総務部 佐伯 紗季", "佐伯 紗季")
    assert person_named("経営企画室 室長 芦田真由美") == "芦田真由美"
    assert person_named("電話 0120-000-111（内線 205）") is None
    assert asks_the_sender("Who sent the notice about the stocktaking?") and asks_the_sender("この通知の差出人は？")
    assert not asks_the_sender("Who is the manager of the Aobadai depot?")
    body, rest = _passage(_MAIL.split("――――――――")[0], title="棚卸しの日程", filename="notice.eml"), _passage(_MAIL, title="棚卸しの日程", filename="notice.eml", order=2)
    shown = _shown("棚卸しは3月30日（月）に行います。\n各位")
    question = "Who sent the notice about the stocktaking?"
    chosen, passages = with_the_signature(question, shown, [body], lambda found: [rest])
    assert chosen[0].text == "株式会社みなと青果 総務部 佐伯 紗季" and chosen[0].passage == 2
    assert sender_line(question, chosen) == (chosen[0], "佐伯 紗季")
    # Asked something else, the e-mail is read as before.
    assert with_the_signature("When is the stocktaking?", shown, [body], lambda found: [rest])[0] == shown


def test_a_number_to_call_is_a_telephone_number_and_a_cancellation_fee_may_be_a_share() -> None:
    assert "phone" in asked_kinds("What number should staff call about equipment breakdowns during the closure?")
    assert "phone" not in asked_kinds("What number of guests is the minimum?")
    assert {"円", "%"} <= asked_kinds("What cancellation fee applies if a couple cancels 20 days before the wedding?")
    assert "%" not in asked_kinds("What is the fee for a second visit?")


def _grouped_fee_table(page: Any) -> None:
    """A fee table whose group names (繁忙期, 通常期, 閑散期) are set flush left over the first of their two
    columns, and not centred over both, beside names merged down (区分, 人数)."""
    page.setFont(FONT, 8)
    page.drawString(60, 780, "婚礼プラン料金表（1名あたり）")
    for x, name in ((240, "繁忙期"), (340, "通常期"), (440, "閑散期")):
        page.drawString(x, 742, name)
    page.drawString(60, 734, "区分")
    page.drawString(140, 734, "人数")
    for x, name in ((240, "土日祝"), (290, "平日"), (340, "土日祝"), (390, "平日"), (440, "土日祝"), (490, "平日")):
        page.drawString(x, 726, name)
    for y, (plan, band, *fees) in zip((704, 682), (("基本", "30名未満", "21,230円", "19,360円", "19,910円", "18,260円", "17,600円", "16,390円"), ("", "30名以上", "20,130円", "18,370円", "18,920円", "17,270円", "16,720円", "15,510円")), strict=True):
        for x, text in zip((60, 140, 240, 290, 340, 390, 440, 490), (plan, band, *fees), strict=True):
            if text:
                page.drawString(x, y, text)


def test_a_group_name_set_flush_left_names_both_of_its_columns() -> None:
    row = next(line for line in _page_lines(_report_pdf(_grouped_fee_table)) if "30名未満" in line)
    assert "繁忙期 平日: 19,360円" in row and "通常期 平日: 18,260円" in row and "閑散期 平日: 16,390円" in row


def _banded_by_animal(page: Any) -> None:
    """犬 set flush left over the first of its three weight bands, 猫 over its one column, and the
    names merged down (区分, 項目) set on the lower line left of them."""
    page.setFont(FONT, 8)
    page.drawString(60, 780, "体重別の料金（単位：円）")
    page.drawString(240, 742, "犬（来院時の体重）")
    page.drawString(420, 742, "猫")
    for x, name in ((60, "区分"), (120, "項目"), (240, "5kg未満"), (300, "5〜20kg"), (360, "20kg以上"), (420, "体重にかかわらず")):
        page.drawString(x, 730, name)
    for y, cells in zip((708, 686), (("麻酔", "全身麻酔", "12,100", "15,400", "19,800", "13,200"), ("処置", "爪切り", "1,100", "1,320", "1,650", "1,210")), strict=True):
        for x, text in zip((60, 120, 240, 300, 360, 420), cells, strict=True):
            page.drawString(x, y, text)


def test_a_narrower_last_group_keeps_to_its_own_column() -> None:
    row = next(line for line in _page_lines(_report_pdf(_banded_by_animal)) if "全身麻酔" in line)
    assert row.startswith("区分: 麻酔 | 項目: 全身麻酔 | ")
    assert "犬（来院時の体重） 20kg以上: 19,800" in row and "犬（来院時の体重） 5〜20kg: 15,400" in row and "猫 体重にかかわらず: 13,200" in row


def test_a_row_naming_fewer_of_the_questions_nouns_is_outnamed_by_its_sibling() -> None:
    rows = _shown(
        "役割: 安全衛生責任者 | 所属: 総務部 | 氏名: 野口 昭 | 内線: 101\n"
        "役割: 衛生管理者（食品衛生） | 所属: 品質管理課 | 氏名: 高田 早苗 | 内線: 212"
    )
    question = "食品衛生の管理者は誰？"
    assert outnamed_by_a_sibling_row(rows[0], rows, question)
    assert not outnamed_by_a_sibling_row(rows[1], rows, question)
    # A row of another table (other columns) is no sibling.
    other = _shown("担当: 食品衛生 管理者 | 日付: 4月1日")
    assert not outnamed_by_a_sibling_row(rows[0], [rows[0], *other], question)


def test_a_closure_is_no_answer_to_when_something_starts() -> None:
    closed = "2027年12月31日（金）から2028年1月3日（月）までの4日間は、全店を休業いたします。"
    assert a_closure_for_a_start("年明けは何日から配達してもらえますか。", closed)
    assert not a_closure_for_a_start("年明けは何日から配達してもらえますか。", "年始の配達開始は2028年1月4日（火）です。")
    # Asked when it is closed, the closure answers.
    assert not a_closure_for_a_start("年末は何日から休みですか。", closed)


def test_everyday_words_dates_and_temperatures() -> None:
    # 給料日 is written 「…当月25日に支払う」.
    assert missing_subject_terms("給料日はいつ？", "賃金は毎月15日に締め切り、当月25日に支払う。") == []
    assert missing_subject_terms("給料日はいつ？", "賞与は年2回、7月と12月に支給する。") == ["給料日"]
    # 「12月27日・28日」 is no rate of 月27日 that 「12月28日」 would have to match.
    assert not _A_RATE.search("受注締切時刻 12月27日・28日") and _A_RATE.search("週2日勤務")
    # −20℃ is a temperature, no amount of yen.
    assert [claim.text for claim in extract_claims("冷凍庫内（−20℃以下）")] == ["20℃"]
    assert not claim_fits(extract_claims("冷凍庫内（−20℃以下）")[0], frozenset({"円"}))


def test_a_month_of_another_year_is_not_the_month_asked() -> None:
    assert _another_years_month("2027年3月", "北港センターの2026年3月の出荷件数は？")
    assert not _another_years_month("2027年3月", "北港センターの2027年3月の出荷件数は？")
    assert not _another_years_month("2027年3月", "北港センターの3月の出荷件数は？")  # the year left to the table
    assert not _another_years_month("年間合計", "北港センターの2026年3月の出荷件数は？")


def test_how_many_of_a_thing_is_no_count_of_people() -> None:
    assert "名" not in asked_kinds("How many weddings were held across all three halls in fiscal 2026?")
    assert "名" in asked_kinds("How many guests attended the fair?") and "名" in asked_kinds("How many attended the fair?")


def test_a_total_is_the_grand_total_column_of_the_table_the_question_names() -> None:
    weddings = "月: 年間合計 | 本館 組数: 152 | 本館 招待客数（名）: 10,955 | 別館 組数: 118 | 別館 招待客数（名）: 6,844 | 全会場合計 組数: 270 | 全会場合計 招待客数（名）: 17,799"
    banquets = "宴会の種類: 合計 | 本館 件数: 190 | 本館 人数（名）: 9,283 | 別館 件数: 292 | 別館 人数（名）: 8,421 | 合計 件数: 482 | 合計 人数（名）: 17,704"
    passages = [_passage(weddings, title="会場別婚礼施行実績（2026年度）"), _passage(banquets, title="宴会実績（2026年度）", order=2)]
    shown = [*_shown(weddings), *_shown(banquets, passage=2)]
    question = "How many weddings were held across both halls in fiscal 2026 in total?"
    found = keyword_answer(question, ("婚礼", "2026年度", "合計"), shown, passages)
    # The 宴会 table's 合計 row writes its key whole, but it is no table of weddings.
    assert found is not None and found[1] == "全会場合計 組数: 270"


def test_a_half_of_the_year_asked_is_not_the_years_target() -> None:
    row = "会場: 本館 | 婚礼施行（組）: 126 | 新規成約（組）: 119 | 売上高（百万円）: 498.3"
    passage = _passage(row, title="2027年度 会場別の目標")
    shown = _shown(row)
    asked = Prepared(question="本館の上期の売上高目標はいくら？", language="ja", passages=[passage], messages=[], sentences=shown)
    assert cell_answer([], shown[0], asked) == ""
    # The year's target asked: its cell.
    assert cell_answer([], shown[0], replace(asked, question="本館の売上高目標はいくら？")) != ""
    # A table of the halves answers the half.
    halves = "会場: 本館 | 上期 売上高（百万円）: 240.1 | 下期 売上高（百万円）: 258.2"
    half_row = _shown(halves)[0]
    assert cell_answer([], half_row, replace(asked, passages=[_passage(halves)], sentences=[half_row])) == "上期 売上高（百万円）: 240.1"
