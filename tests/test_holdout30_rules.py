"""Rules found on English questions over the twenty-ninth and thirtieth held-out corpora
(tests/data/holdout29 and holdout30, a driving school group and a veterinary hospital group, measured
blind in session 25 and read in session 26), each in general form and tried here on other documents:
an event "held" names no subject (no 保管); a noun used as a verb ("does the school plan for") names
none either; "Sundays and holidays" is the 祝日 of 「日曜・祝日」; of subjects joined by "or" one named
is enough; a dictionary's adjective (歯科用 for "dental") is written as its noun; a keyword the table's
heading writes names the table, not a column; a year's count is the 合計 row, not the 月平均 one, nor
a month's row; an English question is not answered by a bare Japanese word no quote stands for; a
target is no answer to what happened."""

from __future__ import annotations

from appliance.text import english
from rag.answering import Prepared, finish_quoted
from rag.english_answers import for_a_case_not_asked, keyword_cell, keyword_sentence
from rag.english_subject import missing_english_subject_terms
from rag.quoting import Sentence
from rag.retrieval import Passage


def _passage(text: str, title: str = "年間行事予定", heading: str = "") -> Passage:
    return Passage(document_id="doc-1", title=title, filename="plan.xlsx", page=None, score=0.5, text=text, order=1, context=text, heading_path=[heading] if heading else [])


def _shown(text: str) -> list[Sentence]:
    return [Sentence(passage=1, text=line, score=1.4 - index * 0.05, coverage=0.5, similarity=0.9 - index * 0.004) for index, line in enumerate(text.splitlines())]


def test_an_event_held_names_no_subject_and_a_seminar_is_a_course() -> None:
    row = "行事: 運転者向け安全講習会 | 日程: 2027年6月5日（土） | 会場: 本社 第2会議室"
    assert missing_english_subject_terms("On what date is the safety seminar for drivers held?", row) == []
    # Kept or stored is still 保管.
    assert "保管" in [term.japanese[0] for term in english.subject_terms("How long are invoices kept?")]


def test_a_noun_used_as_a_verb_names_no_subject() -> None:
    asked = "How many seats does the Minato branch plan for the beginners' class in fiscal 2027?"
    assert "plan" not in [term.english for term in english.subject_terms(asked)]
    # The noun after a determiner, or before another verb, is still the plan asked about.
    assert "plan" in [term.english for term in english.subject_terms("How much does the plan cost for two people?")]
    assert "plan" in [term.english for term in english.subject_terms("What does the premium plan include?")]


def test_sundays_and_holidays_are_the_holidays_of_a_schedule() -> None:
    line = "■窓口の受付時間 / ・日曜・祝日：10:00〜15:00"
    assert missing_english_subject_terms("Until what time is the counter open on Sundays and holidays?", line) == []
    # Holidays alone are still days off, not only the 祝日.
    assert missing_english_subject_terms("How many holidays do staff get?", "祝日: 16日") == ["holidays"]


def test_one_of_subjects_joined_by_or_named_is_enough() -> None:
    notice = "休業期間中のお薬が必要な方は、12月25日までに窓口でご予約ください。"
    assert missing_english_subject_terms("By what date must medicines or prescription diets be reserved?", notice) == []
    # Joined by "and", both are asked.
    assert missing_english_subject_terms("By what date must medicines and prescription diets be reserved?", notice) == ["prescription"]


def test_a_dictionarys_adjective_is_written_as_its_noun() -> None:
    vocabulary = "院: 東院 | 歯科健診（件）: 212 | 血液検査（件）: 940"
    assert "歯科" in english.dictionary_keywords("How many dental check-ups did the east clinic do?", vocabulary)


def test_a_keyword_the_tables_heading_writes_names_no_column() -> None:
    row = Sentence(passage=1, text="院: 東院 | 採血（件）: 940 | 画像検査（件）: 310 | 合計（件）: 1,250", score=1.2, coverage=0.4, similarity=0.9)
    question = "How many blood draws were done at the east clinic?"
    # 検査 names the table 「検査件数」; 採血 names the column.
    assert keyword_cell(question, ("東院", "検査", "採血"), row, "検査件数（2026年度）") == "採血（件）: 940"
    # Without the heading, 検査 and 採血 each name a column: no one cell.
    assert keyword_cell(question, ("東院", "検査", "採血"), row) == ""


def test_a_years_count_is_the_total_row_not_the_average_nor_a_month() -> None:
    rows = (
        "月: 合計 | 北館 大人: 12,400 | 北館 子ども: 6,330 | 南館 大人: 9,810 | 南館 子ども: 4,115\n"
        "月: 月平均 | 北館 大人: 1,033.3 | 北館 子ども: 527.5 | 南館 大人: 817.5 | 南館 子ども: 342.9\n"
        "月: 10月 | 北館 大人: 1,120 | 北館 子ども: 510 | 南館 大人: 850 | 南館 子ども: 330"
    )
    passage = _passage(rows, title="月別入館者数（2026年度）", heading="月別入館者数")
    shown = _shown(rows)
    question = "How many children visited the north building (北館) in fiscal 2026?"
    keywords = ("子ども", "北館", "2026年度")
    chosen = keyword_sentence(question, keywords, shown, [passage])
    assert chosen is not None and chosen.text.startswith("月: 合計"), chosen
    # The average asked is the 月平均 row.
    average = keyword_sentence("What was the monthly average of children visiting the north building (北館) in fiscal 2026?", keywords, shown, [passage])
    assert average is None or average.text.startswith("月: 月平均")
    # A month's row is a case the question does not ask about.
    assert for_a_case_not_asked(question, shown[2], passage, keywords)
    assert not for_a_case_not_asked("How many children visited the north building (北館) in October?", shown[2], passage, (*keywords, "10月"))


def test_a_month_row_quoted_is_no_answer_for_a_year() -> None:
    rows = "月: 10月 | 北館 大人: 1,120 | 北館 子ども: 510 | 南館 大人: 850 | 南館 子ども: 330"
    passage = _passage(rows, title="月別入館者数（2026年度）", heading="月別入館者数")
    prepared = Prepared(
        question="How many children visited the north building (北館) in fiscal 2026?", language="en", passages=[passage], messages=None,
        sentences=_shown(rows), keywords=("子ども", "北館", "2026年度"),
    )
    answer = finish_quoted('{"quote": "北館 子ども: 510", "answer": "510"}', prepared)
    assert answer.refused and "510" not in answer.text, answer.text


def test_an_english_question_is_not_answered_by_a_bare_japanese_word() -> None:
    text = "各校の連絡先は次のとおり。中央校は教務課、北校は総務課が窓口となる。"
    passage = _passage(text, title="連絡先一覧")
    prepared = Prepared(question="Who in the personnel section handles questions about the work rules?", language="en", passages=[passage], messages=None, sentences=_shown(text))
    answer = finish_quoted('{"quote": "The documents do not say.", "answer": "中央校"}', prepared)
    assert answer.refused, answer.text


def test_a_target_is_no_answer_to_what_happened() -> None:
    from rag.answer_checks import checked_keyword_answer

    text = "2026年度の品質クレームは52件であった。\n2027年度は品質クレームを年間40件以下とすることを目標とする。"
    passage = _passage(text, title="品質報告", heading="品質クレーム")
    shown = [Sentence(passage=1, text="2027年度は品質クレームを年間40件以下とすることを目標とする。", score=1.4, coverage=0.5, similarity=0.92)]
    prepared = Prepared(
        question="How many quality complaints (品質クレーム) did the plant receive?", language="en", passages=[passage], messages=None,
        sentences=shown, keywords=("品質クレーム",),
    )
    assert checked_keyword_answer(prepared) is None


def test_where_no_band_of_the_shown_table_holds_it_the_table_a_passage_leads_into_is_read() -> None:
    from rag.bands import with_the_band_row

    def rules(text: str, order: int) -> Passage:
        return Passage(document_id="doc-2", title="職員就業規程", filename="rules.docx", page=None, score=0.5, text=text, order=order, context=text, heading_path=["職員就業規程"])

    lead = rules("年次有給休暇は、勤続期間に応じて次の表の日数を付与する。", 3)
    leave = rules("勤続期間: 1年以上2年未満 | 日数: 11日\n勤続期間: 2年以上3年未満 | 日数: 12日\n勤続期間: 3年以上4年未満 | 日数: 14日", 4)
    refresh = rules("勤続年数: 5年以上10年未満 | リフレッシュ休暇: 3日\n勤続年数: 10年以上 | リフレッシュ休暇: 5日", 8)
    # The search found the lead and another banded table whose bands begin above the stated service.
    shown = [
        Sentence(passage=1, text="勤続年数: 5年以上10年未満 | リフレッシュ休暇: 3日", score=1.2, coverage=0.3, similarity=0.88),
        Sentence(passage=1, text="勤続年数: 10年以上 | リフレッシュ休暇: 5日", score=1.1, coverage=0.3, similarity=0.87),
        Sentence(passage=2, text=lead.text, score=1.15, coverage=0.3, similarity=0.89),
    ]
    for question in ("How many days of paid leave does an employee get after three years of service?", "勤続3年だと有休は何日？"):
        chosen, _ = with_the_band_row(question, shown, [refresh, lead], lambda found: [leave, refresh])
        assert chosen[0].text.endswith("勤続期間: 3年以上4年未満 | 日数: 14日"), (question, chosen[0])
    # A band of the shown table that holds it is read as before.
    chosen, _ = with_the_band_row("勤続6年だとリフレッシュ休暇は何日？", shown, [refresh, lead], lambda found: [leave, refresh])
    assert chosen[0].text.endswith("5年以上10年未満 | リフレッシュ休暇: 3日"), chosen[0]


def test_a_weight_stated_is_not_asked_and_a_deposit_is_an_amount() -> None:
    from rag.asked import asked_kinds

    assert asked_kinds("What deposit is taken for a hotel stay of a cat weighing 6 kg?") == frozenset({"円"})
    assert "kg" in asked_kinds("How much does the largest parcel weigh?")
    assert "kg" in asked_kinds("What is the maximum weight of a parcel?")


def test_who_is_answered_by_the_person_of_the_row_the_keywords_name() -> None:
    from rag.english_people import person_row

    rows = (
        "役割: 衛生管理者 | 氏名: 保健師 森田 葵 | 所属: 本社総務課 | 内線: 1105\n"
        "役割: 防火管理責任者 | 氏名: 施設課長 石原 徹 | 所属: 本社施設課 | 内線: 1210\n"
        "役割: 夜間警備責任者 | 氏名: 当番の警備員 | 所属: 本館 | 内線: 1999"
    )
    passage = _passage(rows, title="安全衛生管理規程", heading="連絡先")
    shown = _shown(rows)
    found = person_row("Who is the company's health manager (衛生管理者)?", ("衛生管理者", "責任者", "管理者"), shown, [passage])
    assert found is not None and found[1] == "氏名: 保健師 森田 葵", found
    # Two rows named as much: no one person.
    assert person_row("Who is the manager?", ("責任者", "管理者"), shown, [passage]) is None
    # Not asked who: no person's row.
    assert person_row("What is the extension of the health manager (衛生管理者)?", ("衛生管理者",), shown, [passage]) is None


def test_a_row_with_a_target_column_still_answers_what_happened_and_the_year_before_is_not_this_year() -> None:
    from rag.answer_checks import checked_keyword_answer

    rows = (
        "支店: 東支店 | 受付件数（件）: 1,204 | 一次解決率: 88.1% | 前年度の一次解決率: 85.9% | 目標: 90.0%\n"
        "支店: 西支店 | 受付件数（件）: 998 | 一次解決率: 84.0% | 前年度の一次解決率: 86.2% | 目標: 90.0%"
    )
    passage = _passage(rows, title="コールセンター実績（2026年度）", heading="支店別の一次解決率")
    question = "What was the first-call resolution rate (一次解決率) of the east branch (東支店) in fiscal 2026?"
    prepared = Prepared(question=question, language="en", passages=[passage], messages=None, sentences=_shown(rows), keywords=("一次解決率", "東支店", "2026年度"))
    found = checked_keyword_answer(prepared)
    assert found is not None and found[1] == "一次解決率: 88.1%", found
    row = _shown(rows)[0]
    assert keyword_cell("What was the east branch's first-call resolution rate (一次解決率) the previous year?", ("一次解決率", "東支店"), row) == ""


def test_all_of_a_thing_is_its_japanese_with_zen() -> None:
    from rag.english_keywords import english_keywords

    assert "全校" in english_keywords("What was the pass rate across all schools in fiscal 2026?", "校: 全校 | 合格率: 92.3%")
    assert "全院" in english_keywords("How many operations did all four hospitals perform?", "病院: 全院 | 手術件数: 1,724")
    assert not any(word.startswith("全") for word in english_keywords("How many operations did the hospital perform?", "病院: 全院 | 手術件数: 1,724"))


def test_starting_work_and_on_time_delivery_are_named_as_documents_write_them() -> None:
    notice = "・東工場の業務開始：1月6日（木）"
    assert missing_english_subject_terms("On what day does the east plant start work after the new year holidays?", f"年末年始の営業\n{notice}") == []
    # 「1月5日に設備点検を行うため、1日遅く営業を始めます」 states the inspection's day, not the start's:
    # a sentence that only tells the start by reckoning does not name it.
    later = "東工場は、1月5日（水）に設備点検を行うため、他の拠点より1日遅く営業を始めます。"
    assert missing_english_subject_terms("On what day does the east plant start work after the new year holidays?", f"年末年始の営業\n{later}") == ["start work"]
    row = "営業所: 北営業所 | 納品件数（件）: 3,641 | 納期遵守率: 97.7%"
    assert missing_english_subject_terms("What was the on-time delivery rate of the north office?", row) == []


def test_the_band_row_the_stated_service_keys_is_quoted_whole_where_no_one_column_is_named() -> None:
    from rag.english_answers import keyword_answer

    rows = (
        "勤続年数: 4年6か月以上5年6か月未満 | 週5日勤務: 16日 | 週4日勤務: 12日 | 週3日勤務: 9日\n"
        "勤続年数: 6年6か月以上 | 週5日勤務: 20日 | 週4日勤務: 15日 | 週3日勤務: 11日"
    )
    passage = _passage(rows, title="就業規則", heading="年次有給休暇の日数")
    question = "How many days of annual paid leave does an employee get after 6 years and 6 months of service?"
    found = keyword_answer(question, ("年次有給休暇", "6年6か月", "勤務"), _shown(rows), [passage])
    assert found is not None and found[0].text.startswith("勤続年数: 6年6か月以上") and found[1] is None, found


def test_a_day_asked_finds_its_months_row_and_enrolled_at_is_on_the_roll() -> None:
    assert english.japanese_dates("How many children were enrolled at the nursery on August 1, 2026?") == ["2026年8月", "8月1日", "8月"]
    row = "在籍児童数（各月1日現在）\n月: 8月 | ひかり保育園: 53 | あおば保育園: 61"
    assert missing_english_subject_terms("How many children were enrolled at ひかり保育園 on August 1, 2026?", row) == []
    # A nursery's fees are the children's.
    assert missing_english_subject_terms("How much is the extended-care fee for children at ひかり保育園?", "延長保育料 施設: ひかり保育園 | 月額: 2,100円") == []


def test_a_rows_date_answers_when_it_is_asked() -> None:
    rows = "日付: 2027年5月22日（土） | 行事: 春季運動会 | 会場: 第一グラウンド\n日付: 2027年7月17日（土） | 行事: 夏祭り | 会場: 中庭"
    passage = _passage(rows, title="年間行事予定", heading="2027年度の行事")
    chosen = keyword_sentence("When is the spring sports day (春季運動会) held?", ("春季運動会", "運動会"), _shown(rows), [passage])
    assert chosen is not None and "春季運動会" in chosen.text, chosen


def test_a_band_row_holding_the_stated_quantity_is_a_case_asked() -> None:
    rows = "印刷部数: 501〜2,000部 | 1部あたり単価 改定後: 24.5円 | 1部あたり単価 改定前: 22.0円\n印刷部数: 2,001部以上 | 1部あたり単価 改定後: 19.0円 | 1部あたり単価 改定前: 17.5円"
    passage = _passage(rows, title="印刷料金表", heading="カラー印刷")
    shown = _shown(rows)
    question = "What is the per-copy price for 1,200 colour flyers?"
    assert not for_a_case_not_asked(question, shown[0], passage, ("カラー", "改定後"))
    assert for_a_case_not_asked(question, shown[1], passage, ("カラー", "改定後"))
