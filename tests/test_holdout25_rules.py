"""Rules found on the twenty-fifth held-out corpus (tests/data/holdout25, a municipal culture-and-
sports foundation, read and tuned on in session 24), each in general form and tried here on other
documents: a table whose rows are cut into many chunks keeps the prose above its header (whose fees
they are); a banded table a passage leads into (「…勤続年数に応じて次の表の日数を付与する。」) is read
for the row holding the stated quantity where the search found only its lead; that row's column is
the one the question names, whatever another table's columns write; 年休 is 年次有給休暇, 夜 is 夜間;
「市外の団体」 is the 市外 column's user, whatever the table calls them."""

from __future__ import annotations

from appliance.tenancy.selectors import actor_get
from rag.answer_checks import _writes_the_whole_name, column_band_row, outside_the_aside
from rag.answering import Prepared
from rag.bands import holds_the_stated_quantity, with_the_band_row, within_the_columns_band
from rag.cell_answers import cell_answer
from rag.english_answers import keyword_cell
from rag.english_keywords import english_keywords
from rag.everyday_words import the_asker
from rag.quantities import stated_quantity
from rag.quoting import Sentence, missing_subject_terms, names_the_subject, with_written_forms
from rag.retrieval import Passage, search
from rag.table_leads import with_the_introduced_row
from tests.conftest import World
from tests.ingest_helpers import ingest_bytes

LEAVE_LEAD = "第12条（年次有給休暇）\n年次有給休暇は、毎年4月1日に、同日現在の勤続年数に応じて次の表の日数を付与する。"
LEAVE_ROWS = (
    "勤続年数: 1年未満 | 正社員: 10日 | パート（週3日）: 5日\n"
    "勤続年数: 1年以上3年未満 | 正社員: 12日 | パート（週3日）: 6日",
    "勤続年数: 3年以上5年未満 | 正社員: 14日 | パート（週3日）: 8日\n"
    "勤続年数: 5年以上 | 正社員: 20日 | パート（週3日）: 11日",
)
HIRED = "入社した月: 4月〜9月 | 入社の年度に付与する日数（正社員）: 10日\n入社した月: 10月〜3月 | 入社の年度に付与する日数（正社員）: 5日"


def _passage(text: str, order: int, heading: tuple[str, ...] = ("就業規則", "第12条（年次有給休暇）")) -> Passage:
    return Passage(document_id="doc-1", title="就業規則", filename="rules.docx", page=None, score=0.5, text=text, order=order, context=text, heading_path=list(heading))


def _sentences(text: str, passage: int) -> list[Sentence]:
    return [Sentence(passage=passage, text=line, score=1.5 - 0.01 * index, coverage=0.6, similarity=0.9) for index, line in enumerate(text.splitlines())]


def test_a_banded_table_a_passage_leads_into_is_read_for_the_row_of_the_stated_quantity() -> None:
    question = "勤続4年の正社員は、有休が何日もらえますか？"
    lead, hired = _passage(LEAVE_LEAD, 3), _passage(HIRED, 6)
    rest = [_passage(LEAVE_ROWS[0], 4), _passage(LEAVE_ROWS[1], 5), hired]
    # The search found the lead and another table; the banded table's chunks follow the lead.
    sentences = [*_sentences(HIRED, 1), *_sentences(LEAVE_LEAD, 2)]
    chosen, passages = with_the_band_row(question, sentences, [hired, lead], lambda found: rest)
    assert chosen[0].text.startswith("勤続年数: 3年以上5年未満"), chosen
    # Read under its lead: the row's table says what it counts.
    assert "次の表の日数を付与する" in passages[chosen[0].passage - 1].context
    # No lead into a table: nothing read (「以下の通り」 and 「下表」 lead in too).
    plain = _passage("年次有給休暇は、毎年4月1日に付与する。", 3)
    chosen, _ = with_the_band_row(question, [*_sentences(HIRED, 1), *_sentences(plain.text, 2)], [hired, plain], lambda found: rest)
    assert not any(sentence.text.startswith("勤続年数: 3年以上") for sentence in chosen)


def test_the_band_rows_column_is_the_one_the_question_names_whatever_another_tables_columns_write() -> None:
    question = "勤続4年の正社員は、年休が何日付与されますか？"
    row = Sentence(passage=1, text=LEAVE_ROWS[1].splitlines()[0], score=1.6, coverage=0.6, similarity=0.9)
    assert holds_the_stated_quantity(question, row)
    assert not holds_the_stated_quantity("勤続6年の正社員は？", row)
    others = _sentences(HIRED, 2)
    prepared = Prepared(question=question, language="ja", passages=[_passage(LEAVE_ROWS[1], 5), _passage(HIRED, 6)], messages=None, sentences=[row, *others])
    # The hires' table's 「付与する日数（正社員）」 writes 付与 and 正社員; it is still the band row's 正社員 that answers.
    assert cell_answer([], row, prepared) == "正社員: 14日"


def test_a_users_party_qualified_by_a_column_the_table_writes_is_that_columns_user() -> None:
    row = "施設・室名: 会議室A | 夜間 市内: 990 | 夜間 市外: 1,490"
    assert missing_subject_terms("会議室Aを市外のサークルで夜に使うといくら？", row) == []
    assert the_asker("チーム", "市内のチームで借りたい", row)
    # A party the table does not tell by such a word is still to be named.
    assert not the_asker("チーム", "営業部のチームで借りたい", row)
    assert not the_asker("会社", "市外の会社で借りたい", row)


def test_short_forms_are_the_words_a_rule_book_writes() -> None:
    assert "年次有給休暇" in with_written_forms("年休は何日？")
    assert "夜間" in with_written_forms("土曜の夜に借りると？")


def test_a_tables_rows_cut_into_many_chunks_keep_the_prose_above_its_header(world: World) -> None:
    rooms = "\n".join(
        f"| 第{n}会議室（定員{10 + n}人、プロジェクター・ホワイトボード・テレビ会議設備あり、飲食は持ち込み可） | 平日 | {1000 + 110 * n:,} | {1500 + 160 * n:,} | {2000 + 210 * n:,} |"
        for n in range(1, 41)
    )
    lines = ["# 施設使用料規程", "", "第1条 この規程は、会議室の使用料を定める。", "", "別表第2 みなと会館の会議室の使用料（単位：円）", "",
             "| 室名 | 曜日 | 午前 | 午後 | 夜間 |", "|---|---|---|---|---|", rooms]
    ingest_bytes(world.org_a, "fees.md", "\n".join(lines).encode("utf-8"))
    actor = actor_get(user=world.adam, organization=world.org_a)
    found = search(actor=actor, query="第38会議室（定員48人）の夜間の使用料", k=3, expand_neighbours=False).passages
    deep = next(passage for passage in found if "第38会議室" in passage.text)
    assert "別表第2" not in deep.text  # the caption is chunks above
    assert "みなと会館の会議室の使用料（単位：円）" in deep.lead


def test_a_figure_only_in_an_aside_about_another_thing_gives_way_to_the_sentences_own() -> None:
    sentence = "(2) 市内の子ども会が、地区センターを使用するとき 40%減額（体育館の武道場を使用するときは20%減額）"
    assert outside_the_aside("20%", sentence, "子ども会で地区センターを借りたら何%引き？") == "40%"
    # Asked of the thing the aside names, the aside's figure stands (no other is given for it).
    assert outside_the_aside("20%", sentence, "子ども会で体育館の武道場を借りたら何%引き？") is None
    # A figure the sentence states outside any aside is its own.
    assert outside_the_aside("40%", sentence, "子ども会で地区センターを借りたら何%引き？") is None
    # An aside that only restates (「（改定前は1.3倍）」) names nothing else: nothing is changed by this rule.
    assert outside_the_aside("1.3倍", "市外の者の使用料は1.5倍（改定前は1.3倍）とする。", "市外の使用料は何倍？") is None
    assert "コミュニティセンター" in with_written_forms("港町コミセンを使うと？")


FEES = (
    "区分: 一般（市外） | 1回券 改定後: 800 | 1回券 改定前: 700 | 回数券 改定後: 8,000 | 回数券 改定前: 7,000\n"
    "施設・室名: 小ホール | 曜日: 平日 | 午前 市内: 9,900 | 午前 市外: 14,850 | 午後 市内: 13,200 | 午後 市外: 19,800\n"
    "月: 合計 | 市民会館: 247,186 | 総合体育館: 181,861 | 合計: 644,353"
)


def test_a_facilitys_slots_residents_and_tickets_in_english_name_its_columns() -> None:
    rows = _sentences(FEES, 1)
    question = "How much does a non-resident group pay to rent the small hall on a weekday afternoon?"
    keywords = english_keywords(question, FEES)
    assert {"市外", "午後", "平日", "小ホール"} <= set(keywords), keywords
    assert keyword_cell(question, keywords, rows[1]) == "午後 市外: 19,800"
    # "single" is the 1回券 of a document that writes no シングル room.
    question = "How much is a single pool ticket for an adult who lives outside the city, after the revision?"
    keywords = english_keywords(question, FEES)
    assert "1回券" in keywords, keywords
    assert keyword_cell(question, keywords, rows[0]) == "1回券 改定後: 800"
    # "in total" with a column named: the total row's 市民会館, not its 合計 column.
    question = "How many users did the civic hall (市民会館) have in total?"
    assert keyword_cell(question, english_keywords(question, FEES), rows[2]) == "市民会館: 247,186"


def test_years_of_service_in_english_are_a_count_of_years() -> None:
    assert stated_quantity("How many days of leave with one and a half years of service?") == (1.5, "年")
    assert stated_quantity("after a year and a half with the company") == (1.5, "年")
    assert stated_quantity("an employee with 4 years of service") == (4.0, "年")
    assert stated_quantity("Our team spends 1.5 million yen a year.") == (1_500_000.0, "円")
    assert stated_quantity("a 70-year-old customer") == (70.0, "歳")


LEAVE_TABLE_LEAD = "第20条（特別休暇）\n社員が次の表の事由に該当するときは、同表の日数の特別休暇を与える。"
LEAVE_TABLE = (
    "事由: 本人の結婚 | 日数: 5日\n事由: 子の結婚 | 日数: 2日\n事由: 父母又は配偶者の死亡 | 日数: 5日\n"
    "事由: 祖父母の死亡 | 日数: 2日\n事由: 配偶者の祖父母又は兄弟姉妹の死亡 | 日数: 1日"
)


def test_a_table_a_passage_leads_into_is_read_for_the_row_naming_the_question_and_kin_are_told_apart() -> None:
    lead, other = _passage(LEAVE_TABLE_LEAD, 7), _passage("特別休暇は無給とする。", 2)
    rest = [_passage(LEAVE_TABLE, 8), other]
    shown = [*_sentences(LEAVE_TABLE_LEAD, 1), *_sentences(other.text, 2)]
    chosen, passages = with_the_introduced_row("祖母が亡くなったら特別休暇は何日？", shown, [lead, other], lambda found: rest)
    # 祖母 is written 祖父母; of the two rows naming it, the one that writes no more than asked.
    assert chosen[0].text == "事由: 祖父母の死亡 | 日数: 2日", chosen
    assert passages[chosen[0].passage - 1].order == 8
    # 孫 is no 子: no row names a grandchild's wedding, and none is read.
    chosen, _ = with_the_introduced_row("孫の結婚のときの特別休暇は何日？", shown, [lead, other], lambda found: rest)
    assert chosen == shown
    assert missing_subject_terms("孫の結婚のときの特別休暇は何日？", f"{LEAVE_TABLE_LEAD}\n事由: 子の結婚 | 日数: 2日") == ["孫"]
    assert not names_the_subject("孫の結婚で取れる特別休暇は何日？", f"{LEAVE_TABLE_LEAD}\n事由: 子の結婚 | 日数: 2日")
    assert "配偶者" in with_written_forms("妻が出産したら休める？")


RATES = (
    "車両クラス: Mクラス | 改定後（1時間につき）: 1,870円 | 改定前（1時間につき）: 1,760円\n"
    "車両クラス: Mクラス | 6時間まで 改定後: 9,900円 | 6時間まで 改定前: 9,350円 | 12時間まで 改定後: 11,550円 | 12時間まで 改定前: 10,780円 | 24時間まで 改定後: 13,750円 | 24時間まで 改定前: 12,980円"
)


def test_a_span_of_the_clock_is_its_length_and_the_least_bound_up_to_holds_it() -> None:
    assert stated_quantity("Mクラスを朝9時から夕方5時まで借りたい") == (480.0, "分")
    assert stated_quantity("10時から14時半まで使うと？") == (270.0, "分")
    assert "8時間" in with_written_forms("朝9時から夕方5時まで借りたい")
    cells = [("6時間まで 改定後", "9,900円"), ("12時間まで 改定後", "11,550円"), ("24時間まで 改定後", "13,750円")]
    assert within_the_columns_band("朝9時から夕方5時まで借りたい", cells) == [("12時間まで 改定後", "11,550円")]
    assert within_the_columns_band("5時間だけ借りたい", cells) == [("6時間まで 改定後", "9,900円")]
    # The row of those bands answers, not the 1時間につき row beside it.
    question = "Mクラスを朝9時から夕方5時まで借りたいんですが、新料金だといくらですか？"
    prepared = Prepared(question=question, language="ja", passages=[_passage(RATES, 1, heading=("貸渡料金規程", "第3条（基本料金）"))], messages=None, sentences=_sentences(RATES, 1))
    found = column_band_row(prepared)
    assert found is not None and found[1] == "12時間まで 改定後: 11,550円", found


def test_of_tied_sentences_the_one_writing_the_questions_katakana_name_whole_answers() -> None:
    seats = "ジュニアシート（4歳くらいから）は1回の貸渡しにつき550円です。\nベビーシート（1歳くらいまで）は1回の貸渡しにつき1,320円です。"
    tied = [Sentence(passage=1, text=line, score=1.5, coverage=0.6, similarity=0.9) for line in seats.splitlines()]
    assert _writes_the_whole_name(tied, "ベビーシートの料金は？") is tied[1]
    assert _writes_the_whole_name(tied, "シートの料金は？") is None


def test_a_month_named_in_english_keys_its_row_and_who_is_never_a_number() -> None:
    from rag.asked import answers_what_was_asked
    from rag.claims import extract_claims
    from rag.english_answers import keyword_sentence

    rows = "月: 合計 | 本町店: 7,347 | 川端店: 3,881 | 合計: 44,071\n月: 3月 | 本町店: 671 | 川端店: 358 | 合計: 4,208"
    question = "How many rentals did the Honmachi shop (本町店) have in March 2027?"
    chosen = keyword_sentence(question, english_keywords(question, rows), _sentences(rows, 1), [_passage(rows, 1, heading=("月別貸渡件数",))])
    assert chosen is not None and chosen.text.startswith("月: 3月"), chosen
    assert not answers_what_was_asked("受付センターのセンター長は誰ですか？", extract_claims("0120-000-562"))
    # Whom to call may be a number.
    assert answers_what_was_asked("夜中は誰に連絡すればいい？", extract_claims("0120-000-562"))


def test_hours_and_minutes_stated_in_english_are_a_length_a_band_holds() -> None:
    assert stated_quantity("What is the new rate for up to 6 hours for a K-class car?") == (360.0, "分")
    assert stated_quantity("a 90 minute session") == (90.0, "分")
    cells = [("6時間まで 改定後", "4,950円"), ("12時間まで 改定後", "5,830円")]
    assert within_the_columns_band("What is the rate for up to 6 hours?", cells) == [("6時間まで 改定後", "4,950円")]


def test_a_row_naming_the_asked_thing_only_by_its_key_columns_name_gives_way_to_the_row_whose_key_writes_it() -> None:
    from rag.table_rows import row_names_the_subject

    rows = "設備・冷暖房: 体育館冷暖房 | 単位: 1時間 | 使用料: 2,200円\n設備・冷暖房: 得点板（体育館） | 単位: 1区分 | 使用料: 660円"
    shown = _sentences(rows, 1)
    prepared = Prepared(question="体育館の冷暖房って1時間いくら？", language="ja", passages=[_passage(rows, 1, heading=("附帯設備の使用料",))], messages=None, sentences=shown)
    assert row_names_the_subject(shown[0], prepared)
    assert not row_names_the_subject(shown[1], prepared)
    # Alone, the other row is judged as before (its key column's name does name 冷暖房).
    alone = Prepared(question="体育館の冷暖房って1時間いくら？", language="ja", passages=[_passage(rows, 1)], messages=None, sentences=shown[1:])
    assert row_names_the_subject(shown[1], alone)


def test_before_the_revision_asked_a_sentence_saying_what_was_is_not_outranked_by_todays_row() -> None:
    from rag.answering import _outranked

    was = Sentence(passage=1, text="本人の結婚の休暇は、2026年3月31日までは3日であった。", score=1.4, coverage=0.5, similarity=0.9)
    now = Sentence(passage=1, text="事由: 本人の結婚 | 日数: 5日", score=1.5, coverage=0.75, similarity=0.9)
    rules = _passage(f"{now.text}\n{was.text}", 1, heading=("就業規則", "第20条（特別休暇）"))
    earlier = Prepared(question="本人の結婚の特別休暇は、改正前は何日でしたか？", language="ja", passages=[rules], messages=None, sentences=[now, was])
    assert not _outranked(was, earlier)
    today = Prepared(question="本人の結婚の特別休暇は何日ですか？", language="ja", passages=[rules], messages=None, sentences=[now, was])
    assert _outranked(was, today)


def test_a_rate_a_week_the_question_states_is_no_other_rates_column() -> None:
    row = "勤続年数: 6年以上 | 正社員: 20日 | パート 週4日: 15日 | パート 週3日: 11日 | パート 週2日: 7日"
    shown = _sentences(row, 1)
    from rag.claims import extract_claims

    asked = Prepared(question="週1日勤務のパートの年休は何日？", language="ja", passages=[_passage(row, 1)], messages=None, sentences=shown)
    assert cell_answer(extract_claims("7日"), shown[0], asked) == ""  # the model's 週2日 figure
    asked = Prepared(question="週3日勤務のパートで勤続6年の人の年休は何日？", language="ja", passages=[_passage(row, 1)], messages=None, sentences=shown)
    assert cell_answer([], shown[0], asked) == "パート 週3日: 11日"
