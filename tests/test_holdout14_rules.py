"""Rules found on the fourteenth held-out corpus (tests/data/holdout14, a security company), each in
general form and tried here on other documents: 「1時間いくら」 states no quantity and 「月25時間」
does; an empty key cell (「―」) names nothing and a total row is asked for by 「全社で」 or 「…の合計」;
columns that are only the dates of a change (「2027年4月から | 2027年3月まで」) are the row's one value;
「次の月は？」 and 「その1年前は？」 move the previous question's time; 件数, 単価 and "capacity" ask a
kind of value; the Japanese in brackets glosses the English words before it; a row whose columns
are only kinds of the thing asked (「施設警備員 | 交通誘導警備員」 for "guards") has no answer; a time of
day picks the sentence of the hours that hold it."""

from __future__ import annotations

import json

from rag.answering import Prepared, finish_quoted
from rag.asked import asked_kinds
from rag.clock_times import holds, sentence_for_the_time, stated_time
from rag.english_answers import kinds_of_it_only
from rag.english_subject import missing_english_subject_terms
from rag.followups import standalone_question
from rag.quantities import stated_quantity
from rag.quoting import Sentence
from rag.retrieval import Passage
from rag.table_rows import keyed_by_question, row_names_the_subject


def _prepared(question: str, text: str, coverage: float = 0.3, language: str = "ja", keywords: tuple[str, ...] = ()) -> Prepared:
    passage = Passage(document_id="doc-1", title="規程", filename="d.docx", page=None, score=0.5, text=text, order=0, context=text)
    sentences = [Sentence(passage=1, text=line, score=1.5 + coverage - 0.01 * index, coverage=coverage, similarity=0.85) for index, line in enumerate(text.splitlines())]
    return Prepared(question=question, language=language, passages=[passage], messages=[], sentences=sentences, keywords=keywords)


def test_a_rate_per_one_states_no_quantity_and_a_months_hours_do() -> None:
    assert stated_quantity("今月は残業が42時間くらい。残業手当って1時間いくら？") == (42.0 * 60, "分")  # (a time is read in minutes)
    assert stated_quantity("夜間に月25時間働いた場合の加算額は？") == (25.0 * 60, "分")
    assert stated_quantity("1回につきいくら？") is None
    # A day of the month is no quantity.
    assert stated_quantity("今月25日に申し込んだら") is None
    assert stated_quantity("毎月10日までに") is None


TAXI = (
    "乗務した運転者には、その月の乗務時間の合計に応じて、次の表の区分により乗務手当を支給する。\n"
    "区分: 区分A | 1か月の乗務時間: 100時間未満 | 1時間あたりの額 改定後: 200円 | 1時間あたりの額 改定前: 180円\n"
    "区分: 区分B | 1か月の乗務時間: 100時間以上150時間未満 | 1時間あたりの額 改定後: 260円 | 1時間あたりの額 改定前: 220円\n"
    "区分: 区分C | 1か月の乗務時間: 150時間以上 | 1時間あたりの額 改定後: 320円 | 1時間あたりの額 改定前: 270円"
)


def test_a_band_picked_by_the_months_hours_answers_a_rate_per_hour() -> None:
    question = "今月は乗務が120時間くらいになりそう。乗務手当って1時間いくら？"
    answer = finish_quoted(json.dumps({"quote": "200円", "answer": "200円"}, ensure_ascii=False), _prepared(question, TAXI))
    assert answer.text.startswith("1時間あたりの額 改定後: 260円"), answer.text


COMPLAINTS = (
    "お客さまの声の件数は、次の表のとおりである。\n"
    "窓口: 駅窓口 | 内容: 接客への苦情 | 2025年度（件）: 40 | 2026年度（件）: 31\n"
    "窓口: 電話 | 内容: つながりにくさへの苦情 | 2025年度（件）: 22 | 2026年度（件）: 25\n"
    "窓口: 合計 | 内容: ― | 2025年度（件）: 62 | 2026年度（件）: 56"
)


def test_an_empty_key_cell_names_nothing_and_the_total_row_is_asked_by_its_sum() -> None:
    prepared = _prepared("お客さまの苦情の合計は2025年度に何件でしたか", COMPLAINTS)
    total = prepared.sentences[-1]
    assert keyed_by_question(total, prepared)  # 「合計」, its 「―」 aside
    assert row_names_the_subject(total, prepared)  # the other rows' 苦情 is every row's, the total's too
    answer = finish_quoted(json.dumps({"quote": "2025年度に62件", "answer": "62"}, ensure_ascii=False), prepared)
    assert answer.text.startswith("2025年度（件）: 62"), answer.text
    # One row asked by its own name is not the total's.
    assert not keyed_by_question(total, _prepared("駅窓口の苦情は2025年度に何件", COMPLAINTS))


STAFF = (
    "店舗: 本店 | 正社員 2026年3月末（人）: 40 | 正社員 2027年3月末（人）: 42 | パート 2026年3月末（人）: 60 | パート 2027年3月末（人）: 66\n"
    "店舗: 駅前店 | 正社員 2026年3月末（人）: 12 | 正社員 2027年3月末（人）: 13 | パート 2026年3月末（人）: 30 | パート 2027年3月末（人）: 28\n"
    "店舗: 合計 | 正社員 2026年3月末（人）: 52 | 正社員 2027年3月末（人）: 55 | パート 2026年3月末（人）: 90 | パート 2027年3月末（人）: 94"
)


def test_the_whole_company_is_the_total_row() -> None:
    prepared = _prepared("2026年3月末の正社員は全社で何人でしたか", STAFF)
    answer = finish_quoted(json.dumps({"quote": "全社で12人", "answer": "12"}, ensure_ascii=False), prepared)
    assert answer.text.startswith("正社員 2026年3月末（人）: 52"), answer.text


PRICES = (
    "作業員を派遣するときの単価は、次のとおりとします。\n"
    "作業: 日中（8時間） | 作業員: 作業員 | 2027年4月から: 18,000円 | 2027年3月まで: 17,000円\n"
    "作業: 日中（8時間） | 作業員: 有資格作業員 | 2027年4月から: 21,000円 | 2027年3月まで: 20,000円\n"
    "作業: 夜間（8時間） | 作業員: 作業員 | 2027年4月から: 23,000円 | 2027年3月まで: 21,500円"
)


def test_columns_of_the_dates_of_a_change_are_the_rows_one_value() -> None:
    prepared = _prepared("夜間に普通の作業員を頼むときの単価は？", PRICES)
    assert keyed_by_question(prepared.sentences[3], prepared)
    answer = finish_quoted(json.dumps({"quote": "21,000円", "answer": "21,000円"}, ensure_ascii=False), prepared)
    assert answer.text.startswith("2027年4月から: 23,000円"), answer.text
    earlier = finish_quoted(json.dumps({"quote": "21,500円", "answer": "21,500円"}, ensure_ascii=False), _prepared("夜間の作業員の単価は3月まではいくら？", PRICES))
    assert earlier.text.startswith("2027年3月まで: 21,500円"), earlier.text


def test_a_follow_up_moves_the_previous_questions_time() -> None:
    assert standalone_question("次の月は？", "2026年4月の本店の来店者数は？") == "2026年5月の本店の来店者数は?"
    assert standalone_question("次の月は？", "2026年12月の本店の来店者数は？") == "2027年1月の本店の来店者数は?"
    assert standalone_question("その1年前は？", "駅前店のパートは2027年3月末で何人？") == "駅前店のパートは2026年3月末で何人?"
    assert standalone_question("3か月前は？", "2026年2月の売上は？") == "2025年11月の売上は?"
    assert standalone_question("先月は？", "9月の売上は？") == "8月の売上は?"


def test_counts_prices_and_capacities_are_kinds_of_value() -> None:
    assert asked_kinds("2026年5月の本店の問い合わせ件数は？") == frozenset({"件"})
    assert "円" in asked_kinds("夜間の作業員の単価は？")
    assert "人" in asked_kinds("What is the capacity of the first-aid course?")


def test_japanese_in_brackets_glosses_the_english_words_before_it() -> None:
    question = "What is the capacity of the new-hire training course (新任研修) at the Kita centre?"
    assert missing_english_subject_terms(question, "研修: 新任研修 | 定員: 30人") == []
    assert missing_english_subject_terms(question, "研修: 管理職研修 | 定員: 30人") == ["new hire"]


def test_a_row_of_kinds_of_the_thing_asked_has_no_one_answer() -> None:
    row = Sentence(passage=1, text="店舗: 合計 | 正社員 2027年3月末（人）: 55 | 契約社員 2027年3月末（人）: 20", score=1.0, coverage=0.5, similarity=0.9)
    assert kinds_of_it_only(("社員", "2027年3月"), row)  # "employees": 正社員 and 契約社員 are kinds of them
    assert not kinds_of_it_only(("正社員", "社員"), row)  # "full-time employees" names its kind
    assert not kinds_of_it_only(("店舗",), row)


def test_a_time_of_day_picks_the_sentence_of_the_hours_that_hold_it() -> None:
    assert stated_time("夜中の2時に呼び出されたら手当はいくら？") == 2.0
    assert stated_time("夜の11時に") == 23.0
    assert stated_time("8時間働いたら") is None
    assert holds("ただし、20時から翌朝6時までの呼出しは、1回につき3,000円とする。", 2.0)
    assert not holds("ただし、20時から翌朝6時までの呼出しは、1回につき3,000円とする。", 12.0)
    text = "(3) 呼出手当：休日に呼び出されて出勤したとき、1回につき2,000円。\nただし、20時から翌朝6時までの呼出しは、1回につき3,000円とする。"
    prepared = _prepared("夜中の2時に呼び出されたら呼出手当はいくら？", text)
    chosen = sentence_for_the_time(prepared.question, prepared.sentences, lambda sentence: "円" in sentence.text)
    assert chosen is not None and "3,000円" in chosen.text
    answer = finish_quoted(json.dumps({"quote": "1回につき2,000円", "answer": "2,000円"}, ensure_ascii=False), prepared)
    assert "3,000円" in answer.text and not answer.refused, answer.text
    # At noon, the hours hold nothing: no sentence is chosen by the time.
    assert sentence_for_the_time("昼の12時に呼び出されたら呼出手当はいくら？", prepared.sentences, lambda sentence: "円" in sentence.text) is None


def test_a_part_that_turns_a_word_to_its_opposite_is_not_forgiven() -> None:
    from rag.quoting import missing_subject_terms

    # 時間外 is not 時間: the 夜勤（8時間） row names no overtime.
    assert "時間外" in missing_subject_terms("交通誘導の時間外の単価は？", "勤務: 夜勤（8時間） | 単価: 22,000円")
    assert missing_subject_terms("交通誘導の時間外の単価は？", "勤務: 時間外（1時間あたり） | 交通誘導の単価: 2,750円") == []


FEES = (
    "会社が指定する資格を持つ社員には、次の表の月額の資格手当を支給する。\n"
    "資格: 衛生管理者 | 改定後（月額）: 8,000円 | 改定前（月額）: 6,000円\n"
    "資格: 第一種衛生管理者補助 | 改定後（月額）: 3,000円 | 改定前（月額）: 2,000円\n"
    "資格: 危険物取扱者乙種4類 | 改定後（月額）: 5,000円 | 改定前（月額）: 4,000円"
)


def test_a_row_the_question_names_whole_and_its_columns_of_a_change() -> None:
    prepared = _prepared("危険物取扱者乙種4類の資格手当はいくら？", FEES)
    assert keyed_by_question(prepared.sentences[3], prepared)  # 改定後（月額） | 改定前（月額）: the times of a change
    answer = finish_quoted(json.dumps({"quote": "3,000円", "answer": "3,000円"}, ensure_ascii=False), prepared)
    assert answer.text.startswith("改定後（月額）: 5,000円"), answer.text


def test_a_follow_up_names_the_compound_its_head_noun_ends() -> None:
    previous = "定期検査（ボイラー設備）の費用はいくら？"
    assert standalone_question("空調設備のほうは？", previous, []) == "定期検査(空調設備)の費用はいくら?"


def test_a_follow_up_naming_a_grade_keeps_the_column_asked() -> None:
    text = (
        "資格: 危険物取扱者乙種4類 | 保有者数 2026年3月末（人）: 40 | 保有者数 2027年3月末（人）: 45\n"
        "資格: 危険物取扱者甲種 | 保有者数 2026年3月末（人）: 8 | 保有者数 2027年3月末（人）: 9\n"
        "資格: ボイラー技士2級 | 保有者数 2026年3月末（人）: 20 | 保有者数 2027年3月末（人）: 26\n"
        "資格: ボイラー技士1級 | 保有者数 2026年3月末（人）: 5 | 保有者数 2027年3月末（人）: 7"
    )
    from dataclasses import replace

    prepared = replace(_prepared("ボイラー技士1級の保有者数は2027年3月末で何人?", text), asked="1級は？")
    answer = finish_quoted(json.dumps({"quote": "保有者数 2027年3月末（人）: 26", "answer": "26"}, ensure_ascii=False), prepared)
    assert answer.text.startswith("保有者数 2027年3月末（人）: 7"), answer.text


def test_everyday_english_words_find_what_a_document_writes() -> None:
    from appliance.text import english

    forms = {form for term in english.terms("How much is the lunch box, and how many people completed it?") for form in term.japanese}
    assert {"弁当", "修了"} <= forms


def test_a_follow_up_names_another_of_a_lettered_or_numbered_name() -> None:
    assert standalone_question("プランCは？", "プランBの月額料金は改定後いくら？", []) == "プランCの月額料金は改定後いくら?"
    assert standalone_question("2号館だと？", "1号館の会議室の定員は？", []) == "2号館の会議室の定員は?"


def test_a_count_under_its_columns_unit_is_no_amount_of_money() -> None:
    from rag.table_cells import with_cell_units

    text = "営業所: 北営業所 | 家庭用 2027年3月末（件）: 31,305 | 業務用 2027年3月末（件）: 1,238"
    passage = Passage(document_id="d", title="お客さま件数", filename="c.xlsx", page=None, score=0.5, text=text, order=0)
    assert with_cell_units(text, passage) == "営業所: 北営業所 | 家庭用 2027年3月末（件）: 31,305件 | 業務用 2027年3月末（件）: 1,238件"
    # The model's bare 1238 is a count of customers, never "1,238 yen" of revenue.
    question = "How much revenue did the North office (北営業所) earn from business customers at the end of March 2027?"
    prepared = _prepared(question, text, language="en", keywords=("北営業所", "業務用", "2027年3月"))
    answer = finish_quoted(json.dumps({"quote": "", "answer": "1238"}, ensure_ascii=False), prepared)
    assert answer.refused and "yen" not in answer.text, answer.text
    # "sales office" is a place, not an amount of sales; "sales" still asks for money.
    assert "円" not in asked_kinds("How many household customers did the North sales office have?")
    assert "円" in asked_kinds("What were the sales of the North office?")


def test_next_years_target_is_no_answer_to_what_happened() -> None:
    from rag.asked import a_plan_for_what_happened

    target = "2027年度は、苦情対応の平均日数を5日以内にすることを目標とする。"
    assert a_plan_for_what_happened("What was the average number of days to handle a complaint in fiscal 2026?", target)
    assert a_plan_for_what_happened("2026年度の苦情対応は平均何日かかった？", target)
    assert not a_plan_for_what_happened("What is the target for the average number of days in fiscal 2027?", target)
    assert not a_plan_for_what_happened("2026年度の苦情対応は平均何日かかった？", "2026年度の苦情対応の平均日数は6.2日であった。")
    question = "What was the average number of days to handle a complaint?"
    prepared = _prepared(question, f"苦情対応の状況\n{target}", language="en", keywords=("苦情", "平均", "日数"))
    answer = finish_quoted(json.dumps({"quote": target, "answer": "5 days"}, ensure_ascii=False), prepared)
    assert answer.refused, answer.text


def test_a_volume_is_never_said_in_yen() -> None:
    from rag.asked import with_column_unit

    assert with_column_unit("家庭用（千m³）", "4,362") == "4,362千m³"
    assert with_column_unit("使用電力量（kWh）", "1,250") == "1,250kWh"
    row = "月: 2027年1月 | 家庭用（千m³）: 4,362 | 業務用（千m³）: 2,302"
    prepared = _prepared("How much household gas was sold in January 2027?", row, language="en", keywords=("家庭用", "販売量", "2027年1月"))
    answer = finish_quoted(json.dumps({"quote": "", "answer": "4362"}, ensure_ascii=False), prepared)
    assert "yen" not in answer.text, answer.text


def test_utility_words_in_english() -> None:
    from appliance.text import english

    forms = {form for term in english.terms("Within how many days must the household bill be paid, and what is the total length of the pipelines?") for form in term.japanese}
    assert {"料金", "家庭用", "導管", "総延長"} <= forms


def test_a_name_told_apart_by_a_letter_or_a_time_of_day_is_another() -> None:
    from rag.question_words import names_another_of_its_kind
    from rag.quoting import missing_numbered_names

    assert missing_numbered_names("乗務手当の区分Dの1時間あたりの額は？", "区分: 区分B | 1時間あたりの額: 260円") == ["区分d"]
    assert missing_numbered_names("乗務手当の区分Bの1時間あたりの額は？", "区分: 区分B | 1時間あたりの額: 260円") == []
    assert missing_numbered_names("Aコースの料金は？", "コース: Bコース | 料金: 3,000円") == ["aコース"]
    assert missing_numbered_names("Web受付は何時まで？", "窓口: Web受付 | 受付時間: 24時間") == []
    prepared = _prepared("乗務手当の区分Dの1時間あたりの額は？", TAXI)
    answer = finish_quoted(json.dumps({"quote": "1時間あたりの額 改定後: 320円", "answer": "320円"}, ensure_ascii=False), prepared)
    assert answer.refused, answer.text
    assert names_another_of_its_kind("本店の昼間の受付人数は？", "窓口: 本店 | 夜間の受付人数: 3人")
    assert not names_another_of_its_kind("本店の夜間の受付人数は？", "窓口: 本店 | 夜間の受付人数: 3人")


def test_a_sibling_word_by_one_character_is_another_thing() -> None:
    from rag.question_words import names_another_of_its_kind

    assert names_another_of_its_kind("中圧管の更新率は何%？", "低圧管の更新率は72.4%となった。")
    assert names_another_of_its_kind("閉店作業の手当はいくら？", "開店作業の手当は1回500円とする。")
    assert not names_another_of_its_kind("開店作業の手当はいくら？", "開店作業の手当は1回500円、閉店作業は800円とする。")


def test_a_day_the_place_is_closed_answers_a_question_about_that_day() -> None:
    text = (
        "窓口: 本社窓口 | 受付時間: 9:00〜17:00 | 休業日: 土曜・日曜・祝日\n"
        "窓口: 駅前窓口 | 受付時間: 10:00〜19:00 | 休業日: 水曜日"
    )
    prepared = _prepared("本社窓口の土曜日の受付時間は？", text)
    answer = finish_quoted(json.dumps({"quote": "9:00〜17:00", "answer": "9:00〜17:00"}, ensure_ascii=False), prepared)
    assert answer.text.startswith("休業日: 土曜・日曜・祝日"), answer.text
    weekday = finish_quoted(json.dumps({"quote": "9:00〜17:00", "answer": "9:00〜17:00"}, ensure_ascii=False), _prepared("本社窓口の平日の受付時間は？", text))
    assert "9:00〜17:00" in weekday.text.split("\n")[0] and "休業日" not in weekday.text.split("\n")[0], weekday.text
    assert "time" in asked_kinds("本社窓口の受付時間は？")


def test_kwh_bands_the_part_above_a_bound_and_a_numbered_step() -> None:
    from rag.quantities import band

    assert band("500kWhをこえる分") == (500.0, float("inf"), False, True, "kWh")
    assert band("120kWhをこえ300kWhまで") == (120.0, 300.0, False, True, "kWh")
    # 「120kWhを超えた分」 names the band above 120kWh, whatever the month's 250kWh.
    above = stated_quantity("毎月250kWhくらい使うけど、120kWhを超えた分は1kWhいくら？")
    assert above is not None and 120 < above[0] < 120.001 and above[1] == "kWh"
    text = (
        "電力量料金は、その月の使用電力量を次の表の段階に分けて計算する。\n"
        "段階: 第1段階 | 1か月の使用電力量: 120kWhまで | 標準（1kWhあたり） 改定後: 30.12円\n"
        "段階: 第2段階 | 1か月の使用電力量: 120kWhをこえ300kWhまで | 標準（1kWhあたり） 改定後: 36.58円\n"
        "段階: 第3段階 | 1か月の使用電力量: 300kWhをこえる分 | 標準（1kWhあたり） 改定後: 40.73円"
    )
    prepared = _prepared("ひと月に350kWh使ったら、標準の電力量料金は1kWhいくら？", text)
    assert keyed_by_question(prepared.sentences[3], prepared)  # 第3段階 is the step's name, the band its key


def test_the_month_with_the_most_is_read_from_the_table_of_months_and_its_total_column() -> None:
    from rag.superlatives import superlative_row

    months = [(2026, month) for month in range(4, 13)] + [(2027, month) for month in range(1, 4)]
    sales = [410, 380, 395, 450, 520, 470, 400, 390, 440, 480, 460, 430]
    lines = [f"月: {year}年{month}月 | 家庭用（MWh）: {value - 100} | 業務用（MWh）: 100 | 全体計（MWh）: {value}" for (year, month), value in zip(months, sales)]
    lines.append(f"月: 合計 | 家庭用（MWh）: {sum(sales) - 1200} | 業務用（MWh）: 1,200 | 全体計（MWh）: {sum(sales):,}")
    regions = "地域: 北部 | 業務用 2027年3月末（口）: 900\n地域: 南部 | 業務用 2027年3月末（口）: 700\n地域: 東部 | 業務用 2027年3月末（口）: 400\n地域: 合計 | 業務用 2027年3月末（口）: 2,000"
    passages = [
        Passage(document_id="r", title="契約口数", filename="r.xlsx", page=None, score=0.6, text=regions, order=0),
        Passage(document_id="m", title="販売電力量", filename="m.xlsx", page=None, score=0.5, text="\n".join(lines), order=0),
    ]
    found = superlative_row("2026年度で全体の販売電力量がいちばん多かった月はいつ？", passages)
    assert found is not None and found[1] == "月: 2026年8月（全体計（MWh）: 520）", found
    # Which region had the most is no month; a month is never read off the regions' table.
    assert superlative_row("業務用の契約口数がいちばん多い月は？", passages[:1]) is None


def test_a_plan_is_not_the_answering_sentence_for_what_happened() -> None:
    from rag.answer_checks import answering_sentence

    text = "お客さまセンターの応答率は88.6%（前年度81.9%）であった。\nお客さまセンターの応答率を90%以上にすることを目標とする。"
    prepared = _prepared("お客さまセンターの応答率は何%だった？", text, coverage=0.6)
    found = answering_sentence(prepared)
    assert found is not None and "88.6%" in found[0].text, found


def test_another_day_of_the_week_is_another() -> None:
    from rag.question_words import names_another_of_its_kind

    assert names_another_of_its_kind("窓口の日曜日の受付時間は？", "土曜日　9時〜17時（3月までは休み）")
    assert not names_another_of_its_kind("窓口の土曜日の受付時間は？", "土曜日　9時〜17時（3月までは休み）")
