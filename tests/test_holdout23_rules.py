"""Rules found on the twenty-third held-out corpus (tests/data/holdout23, a residential property
manager, read and tuned on in session 23), each in general form and tried here on other documents:
a floor area (「38.5㎡」, 「27m²」) and a count of units, vehicles or nights (「総戸数32戸」, 「3泊」) are
quantities a banded table's row holds; a one-sided band (「20㎡未満」) is no row for a quantity
beyond it; a note's number (「注3：」) is no amount; a follow-up's figure takes the place of the
previous question's (「45戸のマンションだと？」 after 「総戸数18戸の…」); a time of day picks the row
of the hours that hold it (「夜10時に」: 「…（18:00〜翌9:00）」); a month is a row's key (「月: 3月」),
and of two alike rows in two sheets the one under the heading the question names; 「全営業所の合計」
asks the 合計 column of the month's row, not the 合計 row; 「電話で伝える」 asks how, no number;
「…でもいいんですか」 asks whether; of a row of sites the one with the most is computed; a sentence
that goes on about the one before it (「工期は2027年9月〜」) holds that one's subject."""

from __future__ import annotations

from rag.answering import Prepared
from rag.asked import ASKS_WHETHER as _ASKS_WHETHER
from rag.asked import asked_kinds
from rag.bands import names_another_quantity
from rag.cell_answers import cell_answer
from rag.claims import ARTICLE_NUMBER
from rag.clock_times import sentence_for_the_time
from rag.followups import standalone_question
from rag.quantities import band, stated_quantity
from rag.question_words import names_another_of_its_kind
from rag.quoting import Sentence, select_sentences
from rag.retrieval import Passage
from rag.superlatives import superlative_row
from rag.table_rows import keyed_by_question, with_the_named_row


def _passage(text: str, order: int = 0, title: str = "料金表", heading: tuple[str, ...] = ()) -> Passage:
    return Passage(document_id="doc-1", title=title, filename="r.xlsx", page=None, score=0.5, text=text, order=order, context=text, heading_path=list(heading))


def _sentences(text: str, passage: int = 1) -> list[Sentence]:
    return [Sentence(passage=passage, text=line, score=1.5 - 0.01 * index, coverage=0.6, similarity=0.9) for index, line in enumerate(text.splitlines())]


def test_an_area_and_a_count_of_units_are_quantities_a_band_holds() -> None:
    assert stated_quantity("38.5㎡の部屋の清掃料は？") == (38.5, "m2")
    assert stated_quantity("What is the fee for a 27 m² office?") == (27.0, "m2")
    assert stated_quantity("延床120平米の倉庫") == (120.0, "m2")
    assert stated_quantity("総戸数32戸のアパート") == (32.0, "戸")
    assert stated_quantity("3泊だといくら？") == (3.0, "泊")
    assert band("20㎡以上30㎡未満") == (20.0, 30.0, True, False, "m2")
    assert band("21戸〜40戸") == (21.0, 40.0, True, True, "戸")
    # A one-sided band is no row for a quantity beyond it (120㎡ is not 「20㎡未満」, whose 20 is inside 120).
    assert names_another_quantity("専有面積120㎡の清掃料は？", "20㎡未満")
    assert not names_another_quantity("専有面積12㎡の清掃料は？", "20㎡未満")
    assert not names_another_quantity("専有面積25㎡の清掃料は？", "20㎡以上30㎡未満")


def test_a_notes_number_is_no_amount() -> None:
    assert ARTICLE_NUMBER.sub("", "注3：100㎡以上の倉庫は個別に見積もる。") == "100㎡以上の倉庫は個別に見積もる。"
    assert ARTICLE_NUMBER.sub("", "※2 休日は除く。") == "休日は除く。"
    assert ARTICLE_NUMBER.sub("", "注意事項を守る。") == "注意事項を守る。"


def test_a_follow_ups_figure_takes_the_place_of_the_previous_questions() -> None:
    rewritten = standalone_question("じゃあ45戸のマンションだと？", "総戸数18戸のアパートの清掃料、改定後の月額は？")
    assert "45戸" in rewritten and "18戸" not in rewritten, rewritten
    assert stated_quantity(rewritten) == (45.0, "戸")


def test_a_time_of_day_picks_the_row_of_the_hours_that_hold_it() -> None:
    rows = _sentences("項目: 出張修理（9:00〜17:00） | 料金: 6,600円\n項目: 出張修理（17:00〜翌9:00） | 料金: 11,000円")
    found = sentence_for_the_time("夜11時に来てもらったら出張修理はいくら？", rows, lambda _: True)
    assert found is not None and "17:00〜翌9:00" in found.text
    assert sentence_for_the_time("出張修理はいくら？", rows, lambda _: True) is None


MONTHS_IN = "月: 2月 | 北店: 60 | 南店: 41 | 合計: 101\n月: 3月 | 北店: 88 | 南店: 70 | 合計: 158"
MONTHS_OUT = "月: 2月 | 北店: 52 | 南店: 37 | 合計: 89\n月: 3月 | 北店: 71 | 南店: 66 | 合計: 137"


def test_a_month_keys_its_row_and_the_asked_sheet_tells_two_alike_rows_apart() -> None:
    total_in = "月: 合計 | 北店: 610 | 南店: 498 | 合計: 1,108"
    shown = [_passage(total_in, title="月別件数", heading=("月別入会件数",))]
    rest = [_passage(MONTHS_IN, order=1, title="月別件数", heading=("月別入会件数",)), _passage(MONTHS_OUT, order=2, title="月別件数", heading=("月別退会件数",))]
    found, _ = with_the_named_row("北店の3月の退会件数は？", _sentences(total_in), shown, lambda _: rest)
    assert found[0].text == "月: 3月 | 北店: 71 | 南店: 66 | 合計: 137", found[0].text
    # 「全店の合計」 asks the 合計 column of the 2月 row; the 合計 row is no rival for it.
    text = f"{MONTHS_IN}\n{total_in}"
    prepared = Prepared(question="2月の入会件数って、全店の合計で何件？", language="ja", passages=[_passage(text)], messages=[], sentences=_sentences(text))
    assert keyed_by_question(prepared.sentences[0], prepared)
    assert not keyed_by_question(prepared.sentences[2], prepared)
    assert cell_answer([], prepared.sentences[0], prepared) == "合計: 101"
    assert not names_another_of_its_kind("2月の入会件数って、全店舗の合計で何件？", "店舗別入会件数\n月: 2月 | 北店舗: 60 | 南店舗: 41 | 合計: 101")


def test_by_phone_asks_how_and_may_i_asks_whether() -> None:
    assert "phone" not in asked_kinds("休暇届は電話で伝えるだけでもいいんですか？")
    assert "phone" in asked_kinds("総務の電話は？")
    assert _ASKS_WHETHER.search("休暇届は電話で伝えるだけでもいいんですか？")
    assert _ASKS_WHETHER.search("代理人が出してもいいでしょうか？")


def test_the_site_with_the_most_of_a_named_row_is_computed_from_its_columns() -> None:
    table = "区分: 水回り | 北店: 40 | 南店: 72 | 西店: 55 | 合計: 167 | 前年度合計: 170\n区分: 電気 | 北店: 30 | 南店: 12 | 西店: 20 | 合計: 62 | 前年度合計: 58"
    sheet = ("店舗別の修理依頼件数",)
    found = superlative_row("水回りの依頼がいちばん多かった店はどこ？", [_passage(table, heading=sheet)])
    assert found is not None and found[1].startswith("南店（"), found
    assert superlative_row("電気の依頼がいちばん少なかった店はどこ？", [_passage(table, heading=sheet)])[1].startswith("南店（")  # type: ignore[index]
    # Columns that do not add up to the row's total: some site may be missing.
    partial = "区分: 水回り | 北店: 40 | 南店: 72 | 合計: 167"
    assert superlative_row("水回りの依頼がいちばん多かった店はどこ？", [_passage(partial, heading=sheet)]) is None
    # A row of a sheet that counts something else (売上, not 依頼) is no answer.
    assert superlative_row("水回りの依頼がいちばん多かった店はどこ？", [_passage(table, heading=("店舗別の売上高",))]) is None
    # 「2月に…」 is answered by the 2月 row, never by a table of the whole year.
    year = "航路: 東航路 | 欠航便数: 40\n航路: 西航路 | 欠航便数: 90\n航路: 南航路 | 欠航便数: 30\n航路: 合計 | 欠航便数: 160"
    assert superlative_row("2月に欠航がいちばん多かった航路はどこ？", [_passage(year, heading=("航路別欠航便数",))]) is None
    february = "月: 2月 | 東航路: 9 | 西航路: 4 | 南航路: 6 | 合計: 19"
    found = superlative_row("2月に欠航がいちばん多かった航路はどこ？", [_passage(year, heading=("航路別欠航便数",)), _passage(february, order=1, heading=("月別欠航便数",))])
    assert found is not None and found[1].startswith("東航路（"), found


def test_a_sentence_that_goes_on_about_the_one_before_holds_its_subject() -> None:
    text = "東倉庫は屋根の葺き替えを行う。工期は2027年5月〜7月（予定）である。西倉庫は床の補修を行う。工期は2027年10月である。"
    found = select_sentences("東倉庫の屋根工事の工期はいつ？", [_passage(text, title="修繕計画")])
    assert found[0].text.startswith("工期は2027年5月"), [sentence.text for sentence in found]


def test_a_groups_total_in_another_table_makes_no_row_a_part_of_it() -> None:
    from rag.row_keys import a_part_of_the_asked_group

    passengers = "航路: 東航路 | 区間: 甲港〜乙港 | 2025年度（人）: 41,200 | 2026年度（人）: 42,900"
    vehicles = "航路: 東航路 | 車種: 乗用車 | 2025年度（台）: 3,800\n航路: 東航路 | 車種: 小計 | 2025年度（台）: 5,520"
    prepared = Prepared(question="東航路の旅客は2025年度に何人？", language="ja", passages=[_passage(passengers), _passage(vehicles, order=1)], messages=[], sentences=_sentences(passengers))
    assert not a_part_of_the_asked_group(passengers, prepared)
    grouped = f"{passengers}\n航路: 東航路 | 区間: 小計 | 2025年度（人）: 60,100 | 2026年度（人）: 61,000"
    prepared = Prepared(question="東航路の旅客は2025年度に何人？", language="ja", passages=[_passage(grouped)], messages=[], sentences=_sentences(grouped))
    assert a_part_of_the_asked_group(passengers, prepared)


def test_an_engine_size_and_a_bike_name_the_row_of_their_band() -> None:
    from rag.quoting import with_written_forms

    assert stated_quantity("400ccのバイクの運賃は？") == (400.0, "cc")
    assert band("自動二輪車（排気量125cc超750cc以下）", "区分") == (125.0, 750.0, False, True, "cc")
    assert "自動二輪車" in with_written_forms("バイクの運賃は？")


def test_a_row_under_a_section_of_another_route_is_no_answer_whatever_the_title_names() -> None:
    from rag.answer_checks import names_its_subject

    title = "北浜航路・南浦航路 ダイヤ改正のお知らせ"
    east = Passage(document_id="d", title=title, filename="n.html", page=None, score=0.5, text="便: 第2便 | 改正後: 10:20 | 現行: 10:00", order=0, context="", heading_path=[title, "1. 北浜航路（甲港発）"])
    west = Passage(document_id="d", title=title, filename="n.html", page=None, score=0.5, text="便: 甲港発第2便 | 改正後: 11:40 | 現行: 11:30", order=1, context="", heading_path=[title, "2. 南浦航路（甲港発）"])
    sentences = [Sentence(passage=2, text=west.text, score=1.5, coverage=0.9, similarity=0.9), Sentence(passage=1, text=east.text, score=1.4, coverage=0.8, similarity=0.9)]
    prepared = Prepared(question="改正後、北浜航路の甲港発の第2便は何時に出る？", language="ja", passages=[east, west], messages=[], sentences=sentences)
    assert not names_its_subject(sentences[0], prepared)


def test_where_to_do_something_is_answered_by_a_sentence_with_no_figure() -> None:
    from rag.answer_checks import answering_sentence

    text = "会員サイトで申し込んだ講座は、同サイトの「申込履歴」画面で取り消す。\n取消しの時期: 7日前まで | 取消料: 無料\n取消しの時期: 前日 | 取消料: 受講料の50%"
    prepared = Prepared(
        question="会員サイトで申し込んだ講座を取り消したい。どこで手続きすればいい？", language="ja", passages=[_passage(text, title="講座規程")], messages=[],
        sentences=[Sentence(passage=1, text=line, score=1.6 - 0.1 * index, coverage=0.8 - 0.15 * index, similarity=0.9) for index, line in enumerate(text.splitlines())],
    )
    found = answering_sentence(prepared)
    assert found is not None and "申込履歴" in found[0].text


def test_an_english_question_that_writes_a_rows_japanese_label_names_that_row() -> None:
    from rag.english_values import in_english
    from rag.table_rows import labelled_by_question

    text = "区分: 至急（S） | 初回連絡: 受付から10分以内\n区分: 通常（N） | 初回連絡: 1営業日以内"
    prepared = Prepared(question="For an urgent case (至急（S）), how soon must we first call back?", language="en", passages=[_passage(text)], messages=[], sentences=_sentences(text))
    assert labelled_by_question(prepared.sentences[0], prepared)
    assert not labelled_by_question(prepared.sentences[1], prepared)
    assert in_english("受付から10分以内", "within how many minutes") == "10 minutes"
    assert in_english("1時間35分", "how long does it take") == "1 hour 35 minutes"


def test_an_english_total_across_all_sites_is_the_total_rows_total_column_under_the_asked_sheet() -> None:
    from rag.english_answers import keyword_cell
    from rag.table_rows import keyed_by_question

    ins = "月: 合計 | 北店: 410 | 南店: 388 | 合計: 798"
    outs = "月: 合計 | 北店: 395 | 南店: 402 | 合計: 797"
    passages = [_passage(ins, heading=("月別入会件数",)), _passage(outs, order=1, heading=("月別退会件数",))]
    sentences = [Sentence(passage=1, text=ins, score=1.5, coverage=0.5, similarity=0.9), Sentence(passage=2, text=outs, score=1.4, coverage=0.5, similarity=0.9)]
    prepared = Prepared(question="How many cancellations were there in total across all shops?", language="en", passages=passages, messages=[], sentences=sentences, keywords=("退会", "合計"))
    assert keyed_by_question(sentences[1], prepared) and not keyed_by_question(sentences[0], prepared)
    assert keyword_cell(prepared.question, prepared.keywords, sentences[1]) == "合計: 797"


def test_a_follow_up_saying_a_sibling_short_takes_its_whole_names_place() -> None:
    passages = ["項目: 交換（標準フィルター） | 料金: 3,300円\n項目: 交換（プレミアムフィルター） | 料金: 5,500円"]
    rewritten = standalone_question("プレミアムだと？", "エアコンの交換で標準フィルターにするといくら？", passages)
    assert "プレミアムフィルター" in rewritten and "標準フィルター" not in rewritten, rewritten


def test_an_english_number_or_subtotal_of_things_asks_a_count() -> None:
    from rag.english_answers import keyword_cell

    assert asked_kinds("What was the subtotal of vehicles carried on the East route in fiscal 2025?") == frozenset({"台"})
    assert "人" in asked_kinds("What was the total number of passengers on all routes in August?")
    assert asked_kinds("What is the total of repair costs?") == frozenset({"円"})
    row = Sentence(passage=1, text="月: 8月 | 東航路: 6,348 | 西航路: 3,075 | 合計: 9,423", score=1.2, coverage=0.4, similarity=0.88)
    assert keyword_cell("What was the total number of passengers on all routes in August?", ("乗船者数", "8月", "合計"), row) == "合計: 9,423"


def test_days_before_a_cancellation_are_held_by_the_band_of_days() -> None:
    from rag.bands import banded_row

    assert band("利用日の8日前まで", "取消しの時期") == (8.0, float("inf"), True, True, "日前")
    assert band("利用日の7日前から前日まで", "取消しの時期") == (1.0, 7.0, True, True, "日前")
    assert band("利用日の当日") == (0.0, 0.0, True, True, "日前")
    assert stated_quantity("3日前にキャンセルしたら取消料はいくら？") == (3.0, "日前")
    assert stated_quantity("What is the fee for a room cancelled 10 days before the stay?") == (10.0, "日前")
    assert stated_quantity("当日の受付は何時から？") is None  # no cancellation: no days before anything
    rows = _sentences("取消しの時期: 利用日の8日前まで | 取消料: 無料\n取消しの時期: 利用日の7日前から前日まで | 取消料: 50%\n取消しの時期: 利用日の当日 | 取消料: 100%")
    assert banded_row("3日前にキャンセルしたら取消料は？", rows) is rows[1]
    assert banded_row("2週間前、14日前に取り消すと？", rows) is rows[0]
    assert banded_row("当日キャンセルだといくら？", rows) is rows[2]


def test_of_alike_rows_the_one_under_the_section_the_question_writes_answers() -> None:
    from rag.answer_checks import _under_the_asked_section

    title = "北浜航路 ダイヤ改正のお知らせ"
    out = Passage(document_id="d", title=title, filename="n.html", page=None, score=0.5, text="便: 第3便 | 改正後: 12:40 | 現行: 12:20", order=0, context="", heading_path=[title, "1. 北浜航路（甲港発 → 乙港着）"])
    back = Passage(document_id="d", title=title, filename="n.html", page=None, score=0.5, text="便: 第3便 | 改正後: 12:10 | 現行: 11:50", order=1, context="", heading_path=[title, "2. 北浜航路（乙港発 → 甲港着）"])
    sentences = [Sentence(passage=2, text=back.text, score=1.5, coverage=0.9, similarity=0.9), Sentence(passage=1, text=out.text, score=1.5, coverage=0.9, similarity=0.9)]
    prepared = Prepared(question="改正後、北浜航路の甲港発の第3便は何時に出る？", language="ja", passages=[out, back], messages=[], sentences=sentences)
    assert _under_the_asked_section(sentences, prepared) is sentences[1]


def test_today_after_a_change_is_the_time_before_it() -> None:
    assert standalone_question("現行は？", "ダイヤ改正後、本線の第1便は何時に出る？") == "ダイヤ改正前（現行）、本線の第1便は何時に出る?"


def test_an_english_when_asks_a_day_or_an_hour_never_a_duration() -> None:
    from rag.asked import claim_fits
    from rag.claims import extract_claims

    kinds = asked_kinds("When does the new ferry enter service?")
    assert not any(claim_fits(claim, kinds, "1時間35分") for claim in extract_claims("1時間35分"))
    assert any(claim_fits(claim, kinds, "2027年7月1日") for claim in extract_claims("2027年7月1日"))
    # By when: a span before a day answers (「3営業日前まで」).
    assert "営業日" in asked_kinds("By when must the form be submitted?")


def test_a_section_saying_the_asked_thing_otherwise_is_no_other_thing() -> None:
    from rag.answer_checks import _under_another_section

    rules = Passage(document_id="d", title="学習塾 授業料等規程", filename="r.docx", page=None, score=0.5, text="学年: 中学1年 | 週2回: 24,200円", order=0, context="", heading_path=["学習塾 授業料等規程", "第3条 集団指導の月額授業料"])
    assert not _under_another_section(rules, "中1の子が週2回の集団授業に通うと月謝はいくら？")
    notice = Passage(document_id="d", title="北浜航路・南浦航路 ダイヤ改正のお知らせ", filename="n.html", page=None, score=0.5, text="便: 第2便 | 改正後: 11:40", order=0, context="", heading_path=["北浜航路・南浦航路 ダイヤ改正のお知らせ", "2. 南浦航路（甲港発）"])
    assert _under_another_section(notice, "改正後、北浜航路の第2便は何時に出る？")


def test_a_cell_dated_to_another_year_is_no_answer() -> None:
    row = "物件名: 本町ハイツ | 総戸数: 90戸 | 入居率（2027年3月末）: 98.9%"
    asked = Prepared(question="本町ハイツの2026年3月末の入居率は？", language="ja", passages=[_passage(row)], messages=[], sentences=_sentences(row))
    assert cell_answer([], asked.sentences[0], asked) == ""
    now = Prepared(question="本町ハイツの2027年3月末の入居率は？", language="ja", passages=[_passage(row)], messages=[], sentences=_sentences(row))
    assert cell_answer([], now.sentences[0], now) == "入居率（2027年3月末）: 98.9%"
