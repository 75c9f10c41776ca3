"""Rules found on the seventeenth held-out corpus (tests/data/holdout17, a dispensing-pharmacy
chain), each in general form and tried here on other documents: rows of a PDF table cut from it,
or continued on the next page, take the numbered heading written above the table as theirs, so
they are found by what they count; a row of a group (a store and one of its clinics) is no
answer to a question about the group."""

from __future__ import annotations

from dataclasses import replace

from ingestion.chunking import chunk_sections
from rag.answering import Prepared
from rag.quoting import Sentence
from rag.retrieval import Passage
from rag.row_keys import a_part_of_the_asked_group
from rag.table_rows import row_names_the_subject
from tests.test_chunking import FakeSection, characters


def _prepared(question: str, text: str) -> Prepared:
    passage = Passage(document_id="doc-1", title="報告書", filename="r.pdf", page=1, score=0.5, text=text, order=0, context=text, heading_path=["2. 店舗別の処方箋受付枚数"])
    sentences = [Sentence(passage=1, text=line, score=1.5 - 0.01 * index, coverage=0.3, similarity=0.85) for index, line in enumerate(text.splitlines())]
    return Prepared(question=question, language="ja", passages=[passage], messages=[], sentences=sentences)


def test_rows_cut_from_a_pdf_table_take_the_numbered_heading_above_it() -> None:
    rows = "\n".join(f"店舗: 店{i} | 2025年度（枚）: {1000 + i} | 2026年度（枚）: {2000 + i}" for i in range(12))
    sections = [
        FakeSection("1. 概要\n全店の受付枚数は増えた。\n2. 店舗別の処方箋受付枚数\n各店舗の受付枚数は、次の表のとおりである。", page=1, heading_path=()),
        FakeSection(rows, page=1, heading_path=()),
        FakeSection("店舗: 店12 | 2025年度（枚）: 1012 | 2026年度（枚）: 2012\n3. 後発医薬品の数量シェア\n数量シェアは次のとおり。", page=2, heading_path=()),
        FakeSection("店舗: 店A | 2025年度（%）: 88.7 | 2026年度（%）: 90.4", page=3, heading_path=()),
    ]
    chunks = chunk_sections(sections, count_tokens=characters, max_tokens=200, overlap_tokens=0)
    tables = [chunk for chunk in chunks if chunk.text.startswith("店舗: ")]
    assert len(tables) >= 4  # the rows were cut, the table went on to page 2, another began on page 3
    assert tables[-2].page == 2 and tables[-2].text.startswith("店舗: 店12")
    assert {chunk.heading_path for chunk in tables[:-1]} == {("2. 店舗別の処方箋受付枚数",)}
    assert tables[-1].heading_path == ("3. 後発医薬品の数量シェア",)  # the heading last written above it
    assert chunks[0].heading_path == ()  # prose keeps its own (none); nothing is added to any text
    assert all("2. 店舗別" not in chunk.text for chunk in tables)


def test_a_heading_the_parser_found_is_kept_and_a_sentence_is_no_heading() -> None:
    sections = [
        FakeSection("【参考】 月別件数の推移は次のとおり。", page=1, heading_path=()),
        FakeSection("月: 4月 | 件数: 12", page=1, heading_path=("第2章 実績",)),
        FakeSection("2026年度の件数は次の表のとおりである。", page=2, heading_path=()),
        FakeSection("月: 5月 | 件数: 14", page=3, heading_path=()),
    ]
    chunks = chunk_sections(sections, count_tokens=characters, max_tokens=200, overlap_tokens=0)
    assert chunks[1].heading_path == ("第2章 実績",)
    assert chunks[3].heading_path == ()  # a sentence ending in 。 is no caption, and 【参考】… has one


def test_a_row_of_one_part_of_a_group_is_no_answer_about_the_group() -> None:
    table = (
        "店舗: 港南店 | 応需医療機関: 港南総合病院 | 2025年度（枚）: 28,471 | 2026年度（枚）: 27,106\n"
        "応需医療機関: 港南レディースクリニック | 2025年度（枚）: 3,958 | 2026年度（枚）: 4,215\n"
        "店舗: 港南店 計 | 2025年度（枚）: 40,434 | 2026年度（枚）: 39,716"
    )
    first, _, total = table.splitlines()
    about_the_store = _prepared("港南店の処方箋受付枚数は2026年度に何枚？", table)
    assert a_part_of_the_asked_group(first, about_the_store)
    assert not row_names_the_subject(Sentence(passage=1, text=first, score=1.0, coverage=0.3, similarity=0.8), about_the_store)
    assert row_names_the_subject(Sentence(passage=1, text=total, score=1.0, coverage=0.3, similarity=0.8), about_the_store)
    # The part asked by its name is the row's; and a group of one row (no part after it, no total) is its row.
    assert not a_part_of_the_asked_group(first, _prepared("港南店の港南総合病院からの処方箋は何枚？", table))
    single = "店舗: 北町店 | 担当: 山田 | 件数: 12\n店舗: 南町店 | 担当: 佐藤 | 件数: 9"
    assert not a_part_of_the_asked_group(single.splitlines()[0], _prepared("北町店の件数は？", single))
    # Another document: a department and one of its teams, with the department's subtotal elsewhere.
    budget = "部門: 営業部 | 課: 第一営業課 | 予算（千円）: 12,000\n部門: 総務部 | 課: 人事課 | 予算（千円）: 8,000\n部門: 営業部 小計 | 予算（千円）: 30,000"
    assert a_part_of_the_asked_group(budget.splitlines()[0], _prepared("営業部の予算はいくら？", budget))


def test_a_count_is_a_quantity_a_table_is_banded_by() -> None:
    from rag.bands import holds_the_stated
    from rag.quantities import band, stated_quantity

    column = "1回の待機当番における対応件数"
    assert stated_quantity("日曜の待機当番で対応がちょうど5件だったら、手当っていくら？") == (5.0, "件")
    assert holds_the_stated("対応がちょうど5件だったら", column, "3件〜5件")
    assert not holds_the_stated("対応がちょうど5件だったら", column, "1件〜2件")
    # 「1件もなかったら」 is none at all: the 0件 row, a band of one count.
    assert stated_quantity("土曜の待機当番で電話が1件もなかったら、手当はいくら？") == (0.0, "件")
    assert stated_quantity("両替機を1回も使っていない月は？") == (0.0, "回")
    assert band("0件（待機のみ）", column) == (0.0, 0.0, True, True, "件")
    assert holds_the_stated("電話が1件もなかったら", column, "0件（待機のみ）")
    # Each one, no count: 「1回の訪問で」; and not a count of its own: 「5件目から」.
    assert stated_quantity("1回の訪問でいくら？") is None
    assert stated_quantity("5件目からはいくら？") is None
    # Another document: coins banded by 枚.
    assert holds_the_stated("硬貨420枚を両替すると", "硬貨の枚数", "301枚〜500枚")


def test_the_band_that_holds_the_count_is_read_from_the_rest_of_its_table() -> None:
    from rag.bands import with_the_band_row

    header = "対応件数"
    rows = {n: f"{header}: {label} | 平日: {weekday}円 | 休日: {holiday}円" for n, (label, weekday, holiday) in enumerate(
        [("0件（待機のみ）", "2,500", "4,000"), ("1件〜2件", "5,000", "7,000"), ("3件〜5件", "8,000", "10,500")])}
    shown = Passage(document_id="doc-1", title="手当規程", filename="r.docx", page=None, score=0.5, text=f"{rows[1]}\n{rows[2]}", order=2, context="")
    elsewhere = Passage(document_id="doc-1", title="手当規程", filename="r.docx", page=None, score=0.0, text=f"第5条 待機手当\n{rows[0]}", order=1, context="")
    sentences = [Sentence(passage=1, text=rows[2], score=1.2, coverage=0.3, similarity=0.8), Sentence(passage=1, text=rows[1], score=1.1, coverage=0.3, similarity=0.8)]
    read: list[list[Passage]] = []

    def rest(found: object) -> list[Passage]:
        read.append(list(found))  # type: ignore[call-overload]
        return [elsewhere]

    chosen, passages = with_the_band_row("休日の待機で電話が1件もなかったら手当は？", sentences, [shown], rest)
    assert [sentence.text for sentence in chosen] == [rows[0]] and passages == [shown, elsewhere] and chosen[0].passage == 2
    assert read == [[shown]]  # read from the document of the bands shown
    # A band shown that holds the count is chosen without reading further; no count stated, nothing changes.
    chosen, passages = with_the_band_row("休日の待機で4件なら手当は？", sentences, [shown], rest)
    assert [sentence.text for sentence in chosen] == [rows[2]] and passages == [shown] and len(read) == 1
    assert with_the_band_row("休日の待機手当は？", sentences, [shown], rest) == (sentences, [shown])


def test_a_time_in_a_columns_name_is_no_answer_to_when() -> None:
    from rag.asked import answers_what_was_asked
    from rag.claims import extract_claims

    row = "1回の待機当番における対応件数: 10件以上 | 平日夜間（18:00〜翌9:00） 改定後: 16,000円 | 土曜・日曜・祝日（9:00〜翌9:00） 改定後: 20,000円"
    assert not answers_what_was_asked("改定後の手当規程はいつから施行されますか。", extract_claims(row), row)
    sentence = "この規程は、令和9年（2027年）4月1日から施行する。"
    assert answers_what_was_asked("改定後の手当規程はいつから施行されますか。", extract_claims(sentence), sentence)
    # A time in a cell is the row's: another document's shift table.
    shift = "勤務: 早番 | 始業: 7:00 | 終業: 16:00"
    assert answers_what_was_asked("早番は何時から？", extract_claims(shift), shift)


def test_a_month_asked_is_not_answered_by_a_row_of_a_whole_year() -> None:
    targets = "店舗: 北町店 | 処方箋受付枚数（枚）: 29,500 | 在宅訪問件数（件）: 2,200"
    prepared = _prepared("北町店の2027年1月の処方箋受付枚数は何枚？", targets)
    assert not row_names_the_subject(prepared.sentences[0], prepared)
    assert row_names_the_subject(prepared.sentences[0], _prepared("北町店の処方箋受付枚数の目標は何枚？", targets))
    months = "月: 1月 | 柊野駅前店: 41 | 北町店: 170\n月: 11月 | 柊野駅前店: 44 | 北町店: 178"
    by_month = _prepared("北町店の1月は何件？", months)
    assert row_names_the_subject(by_month.sentences[0], by_month)
    assert not row_names_the_subject(by_month.sentences[1], _prepared("北町店の1月は何件？", months.splitlines()[1]))  # 11月 is not 1月


def test_a_line_under_another_entry_does_not_stand_for_the_answer() -> None:
    from rag.answer_checks import answering_sentence

    notice = (
        "【北町店】\n　12月30日（木）まで通常営業\n　12月31日（金）〜1月3日（月）　休業\n"
        "【緑ヶ丘店】\n　12月29日（水）・12月30日（木）　休業\n　12月31日（金）　休日当番薬局として9:00〜17:00に営業"
    )
    passage = Passage(document_id="doc-1", title="年末年始の営業について", filename="n.eml", page=None, score=0.5, text=notice, order=0, context=notice)
    other_store = Sentence(passage=1, text="12月31日（金）〜1月3日（月）　休業", score=1.9, coverage=0.7, similarity=0.86)
    this_store = Sentence(passage=1, text="12月31日（金）　休日当番薬局として9:00〜17:00に営業", score=1.8, coverage=0.7, similarity=0.85)
    prepared = Prepared(question="年末年始、緑ヶ丘店が12月31日に開いている時間は？", language="ja", passages=[passage], messages=[], sentences=[other_store, this_store])
    found = answering_sentence(prepared)
    assert found is not None and found[0] is this_store


def test_english_counts_and_a_when_that_states_a_case() -> None:
    from rag.asked import asked_kinds
    from rag.bands import holds_the_stated
    from rag.quantities import stated_quantity

    assert stated_quantity("How much is the on-call allowance for a weekday night duty on which 7 calls were handled?") == (7.0, "件")
    assert holds_the_stated("a night duty on which 7 calls were handled", "対応件数", "6件〜9件")
    assert stated_quantity("What does it cost to exchange 700 coins at the counter?") == (700.0, "枚")
    # "What is the fee when …" states a case and asks an amount; "When does …" asks a time.
    assert asked_kinds("What is the home-visit allowance per visit when the patient's home is 12 km away one way?") == frozenset({"円"})
    assert {"date", "time"} <= asked_kinds("When does the revised rule take effect?")
    assert {"date", "time"} <= asked_kinds("By when must the store managers submit the duty roster?")


def test_english_keywords_and_figures() -> None:
    from appliance.text.english import terms
    from rag.english_keywords import held_keywords as _held
    from rag.english_values import names_only_for_a_figure

    assert _held(["緑ヶ丘店", "1月"], "月: 11月 | 緑ヶ丘店: 79") == {"緑ヶ丘店"}  # 1月 is not in 11月
    assert _held(["緑ヶ丘店", "1月"], "月: 1月 | 緑ヶ丘店: 75") == {"緑ヶ丘店", "1月"}
    forms = {form for term in terms("By what date must the store managers submit the New Year on-call duty roster?") for form in term.japanese}
    assert {"店長", "当番表", "年始"} <= forms and "管理職" not in forms
    assert "全店" in {form for term in terms("What is the group-wide prescription target?") for form in term.japanese}
    # A figure asked ("target", "total"): a name answers nothing; a figure does.
    assert names_only_for_a_figure("What is the group-wide prescription target for fiscal 2027?", "港南レディースクリニック")
    assert not names_only_for_a_figure("What is the group-wide prescription target for fiscal 2027?", "216,500 prescriptions")
    assert not names_only_for_a_figure("Which clinic is the Konan store's target set for?", "港南レディースクリニック")  # a name asked
    assert not names_only_for_a_figure("Who is in charge of the roster?", "各店長")


def test_an_amount_asked_by_its_word_and_an_articles_number_is_no_amount() -> None:
    from rag.answer_checks import answering_sentence
    from rag.asked import asked_kinds

    assert asked_kinds("平日の日中に待機当番をした場合の手当額は？") == frozenset({"円"})
    assert asked_kinds("支給額って月いくら？") == frozenset({"円"})
    assert "円" not in asked_kinds("額面どおりに受け取れますか")
    rules = "2 令和9年（2027年）3月31日に始まり4月1日に終わる待機当番には、改定前の額を適用する。\n3 待機当番は、各店の店長が当番表を作成する。"
    passage = Passage(document_id="doc-1", title="手当規程", filename="r.docx", page=None, score=0.5, text=rules, order=0, context=rules)
    article = Sentence(passage=1, text=rules.splitlines()[0], score=1.5, coverage=0.7, similarity=0.87)
    roster = Sentence(passage=1, text=rules.splitlines()[1], score=1.4, coverage=0.6, similarity=0.86)
    prepared = Prepared(question="平日の日中に待機当番をした場合の手当額は？", language="ja", passages=[passage], messages=[], sentences=[article, roster])
    assert answering_sentence(prepared) is None  # its 2 is the article's number, no amount
    paid = "2 待機当番1回につき2,500円を支給する。"
    passage = Passage(document_id="doc-1", title="手当規程", filename="r.docx", page=None, score=0.5, text=paid, order=0, context=paid)
    sentence = Sentence(passage=1, text=paid, score=1.5, coverage=0.7, similarity=0.87)
    found = answering_sentence(Prepared(question="待機当番の手当額は？", language="ja", passages=[passage], messages=[], sentences=[sentence]))
    assert found is not None and found[0] is sentence


def test_a_line_under_another_label_of_the_document_is_not_the_named_stores() -> None:
    from rag.answer_checks import names_its_subject

    first = "Subject: 年末年始の営業と港南店の営業時間の変更について\n【市民病院前店】\n　12月29日（水）〜1月3日（月）　休業\n　1月4日（火）8:30から通常営業"
    second = "【港南店】\n　平日　9:00〜18:30　→　9:00〜19:30"
    passages = [Passage(document_id="doc-1", title="年末年始の営業と港南店の営業時間の変更について", filename="n.eml", page=None, score=0.5, text=text, order=order, context=text)
                for order, text in enumerate((first, second))]
    line = Sentence(passage=1, text="1月4日（火）8:30から通常営業", score=1.6, coverage=0.75, similarity=0.86)
    about_konan = Prepared(question="港南店の営業時間が変わるのは何日からですか。", language="ja", passages=passages, messages=[], sentences=[line])
    assert not names_its_subject(line, about_konan)  # the title names 港南店; the line stands under 【市民病院前店】
    about_its_own = Prepared(question="市民病院前店は年明け何時から開きますか？", language="ja", passages=passages, messages=[], sentences=[line])
    assert names_its_subject(line, about_its_own)


def test_everyday_words_for_opening_and_the_new_year() -> None:
    from rag.everyday_words import WRITTEN_AS, WRITTEN_FOR_VERBS

    assert "営業" in WRITTEN_FOR_VERBS["開く"] and "変更" in WRITTEN_FOR_VERBS["変わる"]
    assert "年始" in WRITTEN_AS["年明け"]


def test_the_groups_own_total_row_is_read_from_the_rest_of_its_table() -> None:
    from rag.row_keys import with_the_groups_total

    part = "店舗: 港南店 | 応需医療機関: 港南総合病院 | 2025年度（枚）: 28,471 | 前年度比（%）: 95.2"
    shown = Passage(document_id="doc-1", title="報告書", filename="r.pdf", page=2, score=0.5, text=f"{part}\n応需医療機関: 浜田整形外科 | 2025年度（枚）: 5,620 | 前年度比（%）: 105.6", order=5, context="")
    total = "店舗: 港南店 計 | 2025年度（枚）: 40,434 | 前年度比（%）: 98.2"
    elsewhere = Passage(document_id="doc-1", title="報告書", filename="r.pdf", page=2, score=0.0, text=f"応需医療機関: その他 | 2025年度（枚）: 2,385\n{total}\n店舗: 西柊野店 計 | 2025年度（枚）: 21,541", order=6, context="")
    sentences = [Sentence(passage=1, text=part, score=1.3, coverage=0.5, similarity=0.85), Sentence(passage=1, text="全店の受付枚数は増えた。", score=1.0, coverage=0.3, similarity=0.8)]
    chosen, passages = with_the_groups_total("港南店の処方箋受付枚数の前年度比は？", sentences, [shown], lambda found: [elsewhere])
    assert chosen[0].text == total and chosen[0].passage == 2 and passages == [shown, elsewhere]
    # The part asked by its name needs no total; nor is another store's total taken.
    assert with_the_groups_total("港南店の港南総合病院からの前年度比は？", sentences, [shown], lambda found: [elsewhere]) == (sentences, [shown])
    assert with_the_groups_total("北町店の前年度比は？", sentences, [shown], lambda found: [elsewhere]) == (sentences, [shown])


def test_a_word_of_the_key_columns_name_tells_no_value_column_apart() -> None:
    from rag.cell_answers import cell_answer

    row = "両替する枚数（1回あたり）: 301枚〜500枚 | 窓口 改定後: 770円 | 窓口 改定前: 550円 | 両替機（両替専用カード） 改定後: 400円 | 両替機（両替専用カード） 改定前: 300円"
    prepared = _prepared("硬貨420枚を窓口で両替すると、4月からは手数料いくらかかりますか", row)
    assert cell_answer([], prepared.sentences[0], prepared) == "窓口 改定後: 770円"  # 両替 is the table's word, 窓口 the column's
    by_machine = _prepared("両替機で420枚を両替すると、改定前はいくら？", row)
    assert cell_answer([], by_machine.sentences[0], by_machine) == "両替機（両替専用カード） 改定前: 300円"


def test_an_english_reader_is_given_the_quotes_one_value_in_english() -> None:
    from rag.answering import _the_one_value

    row = "時期: 2027年12月3日 | 実施事項: 年末年始の待機当番表の提出期限 | 担当: 各店長"
    prepared = replace(_prepared("By what date must the store managers submit the New Year on-call duty roster?", row), language="en")
    assert _the_one_value(prepared.sentences[0], prepared) == "2027年12月3日"
    two_dates = replace(_prepared("By what date must it be submitted?", "12月3日までに提出し、12月10日に公表する。"), language="en")
    assert _the_one_value(two_dates.sentences[0], two_dates) is None  # which one is not known
