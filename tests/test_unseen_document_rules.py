"""Rules found on the second held-out corpus (tests/data/holdout2), each in general form: a
product code or a year the row does not carry, a rate that is not written, bounds and
everyday words in a question, a value that only was, a cell that says the question back."""

from __future__ import annotations

import json

from rag.answering import Prepared, finish_quoted
from rag.asked import asked_kinds
from rag.english_answers import keyword_cell
from rag.numbered_names import names_other_years
from rag.prompts import NOT_FOUND
from rag.quoting import Sentence, missing_numbered_names, missing_subject_terms, passage_is_about_question, question_terms
from rag.retrieval import Passage

NEW_PRODUCTS = (
    "品番: NF-3105 | 商品名: 国産さばの味噌煮 | 内容量: 1kg | 発売日: 2027年3月15日\n"
    "品番: NF-3108 | 商品名: 桜えびのかき揚げ | 内容量: 600g | 発売日: 2027年4月5日\n"
    "品番: NF-3102 | 商品名: 白身魚フライ | 内容量: 1.2kg | 発売日: 2027年3月1日"
)
USAGE = "制度: 住宅手当（受給者数） | 2024年度: 412人 | 2025年度: 436人"
ALLOWANCE = (
    "職位: 課長 | 国内日帰り: 2,000円 | 国内宿泊: 3,600円 | 海外: 6,500円\n"
    "国内宿泊出張の日当は、2026年6月30日までは部長3,500円、課長3,000円、一般社員2,400円であった（2026年7月1日以後に出発する出張から上表の額に改定）。"
)


def passage(text: str, title: str) -> Passage:
    return Passage(document_id="doc-1", title=title, filename="doc.docx", page=1, score=0.5, text=text, order=0, context=text)


def shown(text: str, coverage: float = 0.8) -> Sentence:
    return Sentence(passage=1, text=text, score=1.0, coverage=coverage, similarity=0.9)


def answer(question: str, text: str, title: str, quote: str, said: str, language: str = "ja"):
    sentences = [shown(line) for line in text.splitlines()]
    prepared = Prepared(question=question, language=language, passages=[passage(text, title)], messages=[], sentences=sentences)
    return finish_quoted(json.dumps({"quote": quote, "answer": said}, ensure_ascii=False), prepared)


def test_another_product_codes_row_is_no_answer() -> None:
    assert missing_numbered_names("品番NF-3106の商品はいつ発売されますか", NEW_PRODUCTS) == ["nf-3106"]
    assert missing_numbered_names("品番ＮＦ－３１０８の商品はいつ発売？", NEW_PRODUCTS) == []
    row = NEW_PRODUCTS.splitlines()[1]
    refused = answer("品番NF-3106の商品はいつ発売されますか", NEW_PRODUCTS, "新商品のご案内", row, "2027年4月5日")
    assert refused.refused and refused.text == NOT_FOUND["ja"]
    answered = answer("品番NF-3108の商品はいつ発売されますか", NEW_PRODUCTS, "新商品のご案内", row, "2027年4月5日")
    assert not answered.refused and "2027年4月5日" in answered.text


def test_a_row_of_other_years_does_not_answer_for_the_year_asked() -> None:
    assert names_other_years("2026年度の住宅手当の受給者数は何人ですか", USAGE)
    assert not names_other_years("2025年度の住宅手当の受給者数は何人ですか", USAGE)
    assert not names_other_years("住宅手当の受給者数は何人ですか", USAGE)
    # The guide's own title names 2026年度; the row's columns do not.
    refused = answer("2026年度の住宅手当の受給者数は何人ですか", USAGE, "福利厚生制度のご案内_2026年度版", USAGE, "412人")
    assert refused.refused
    answered = answer("2025年度の住宅手当の受給者数は何人ですか", USAGE, "福利厚生制度のご案内_2026年度版", USAGE, "436人")
    assert "436人" in answered.text and "412人" not in answered.text.split("\n")[0]


def test_a_rate_must_be_written_as_that_rate() -> None:
    text = "情報セキュリティのe-ラーニングを年1回受講してください。2025年度の訓練で添付ファイルを開いてしまった人の割合は、6月が8.4%でした。"
    assert "受講" in missing_subject_terms("情報セキュリティのe-ラーニングの2025年度の受講率は何%でしたか", text)
    assert missing_subject_terms("工場の稼働率は何%ですか", "工場の稼働率: 85%") == []
    assert missing_subject_terms("工場の稼働率は何%ですか", "工場の稼働は85%") == ["稼働率"]


def test_bounds_and_everyday_words_do_not_hide_the_subject() -> None:
    rule = passage("パスワードは12文字以上とし、3種類以上を含めてください。", "情報セキュリティガイドライン")
    assert passage_is_about_question("パスワードって最低何文字にしないといけないの？", rule, "ja")
    move = passage("本社移転のお知らせ\n新本社の社員駐車場は40台分です（現本社は65台分）。\n新本社での業務開始日：2027年1月18日", "全社通達")
    assert passage_is_about_question("引っ越し先の本社の駐車場って何台分あるの？", move, "ja")
    assert passage_is_about_question("新しい本社での仕事はいつから始まりますか", move, "ja")
    assert not passage_is_about_question("新しい本社の食堂は何席ですか", move, "ja")
    # いくら and いけない are how a question is put, as Sudachi normalises them too.
    assert not {"幾ら", "行く"} & question_terms("ねぎとろは値上げ後1袋いくらになりますか、変えなきゃいけない？")


def test_a_value_that_only_was_is_no_quote_even_with_a_note_after_it() -> None:
    old = ALLOWANCE.splitlines()[1]
    result = answer("課長だと国内で泊まりの出張のとき日当は1日いくら？", ALLOWANCE, "出張旅費規程", old, "3,000円")
    assert "3,000円" not in result.text.split("\n")[0]
    right = answer("課長だと国内で泊まりの出張のとき日当は1日いくら？", ALLOWANCE, "出張旅費規程", "", "3,600円")
    assert right.text.startswith("国内宿泊: 3,600円")


def test_a_cell_that_says_the_question_back_is_no_answer() -> None:
    row = NEW_PRODUCTS.splitlines()[2]
    result = answer("新商品の白身魚フライに使っている魚はどこ産ですか", row, "新商品のご案内", "商品名: 白身魚フライ", "NF-3102")
    assert result.refused


def test_how_long_before_asks_for_a_span_or_a_date() -> None:
    assert {"日", "営業日", "date"} <= asked_kinds("海外出張の申請って出発のどれくらい前までに出さないとダメ？")


def test_an_english_cells_value_must_be_of_the_asked_kind_as_written() -> None:
    row = shown("品番: NF-3108 | 入数（1ケース）: 12袋 | ケース重量: 7.9kg | 最小発注単位: 1ケース")
    assert keyword_cell("What does one case of NF-3108 weigh?", ["ケース", "重さ"], row) == "ケース重量: 7.9kg"


def test_a_follow_up_site_takes_the_place_of_the_previous_site_not_of_its_noun() -> None:
    from rag.followups import standalone_question

    before = "本社勤務で扶養家族ありだと住宅手当はいくら？"
    assert standalone_question("工場勤務だと？", before) == "工場勤務で扶養家族ありだと住宅手当はいくら?"
    assert standalone_question("工場だと？", before) == "工場勤務で扶養家族ありだと住宅手当はいくら?"
    assert standalone_question("焼津工場勤務なら？", before).startswith("焼津工場勤務で扶養家族あり")
    assert standalone_question("浜松事業所は？", "本社の始業時刻は？") == "浜松事業所の始業時刻は?"


HOTEL = (
    "国内宿泊出張の宿泊料は、1泊につき次の額を上限として実費を支給する。\n"
    "職位: 部長 | A地域: 14,000円 | B地域: 12,000円 | C地域: 10,000円\n"
    "職位: 課長・一般社員 | A地域: 12,000円 | B地域: 10,000円 | C地域: 8,500円\n"
    "A地域の宿泊料の上限は、2026年6月30日までは部長12,000円、課長・一般社員10,000円であった。"
)


def test_a_hotel_rate_is_an_amount_and_a_lettered_class_is_its_column() -> None:
    from rag.english_keywords import english_keywords

    question = "What is the maximum hotel rate per night for a section manager (課長) staying in a C-area city in Japan?"
    assert asked_kinds(question) == {"円"}
    assert "%" in asked_kinds("What is the rate of employees who passed?")
    keywords = english_keywords(question, HOTEL)
    assert "C地域" in keywords
    sentences = [shown(line) for line in HOTEL.splitlines()]
    prepared = Prepared(question=question, language="en", passages=[passage(HOTEL, "出張旅費規程")], messages=[], sentences=sentences, keywords=tuple(keywords))
    result = finish_quoted(json.dumps({"quote": "", "answer": "The documents do not say."}), prepared)
    # The 課長 row under its table's own prose (宿泊料 for "hotel"), never the value that only was.
    assert result.text.startswith("8,500 yen"), result.text


DAILY = (
    "第4条（日当）\n日当は、出張の区分及び職位に応じて、1日につき次の額を支給する。\n"
    "職位: 課長 | 国内日帰り: 2,000円 | 国内宿泊: 3,600円 | 海外: 6,500円\n"
    "職位: 一般社員 | 国内日帰り: 1,500円 | 国内宿泊: 3,000円 | 海外: 5,000円\n"
    "国内宿泊出張の日当は、2026年6月30日までは部長3,500円、課長3,000円、一般社員2,400円であった（2026年7月1日以後に出発する出張から上表の額に改定）。"
)


def test_a_row_holds_what_the_lines_leading_into_its_table_name() -> None:
    from rag.quoting import select_sentences

    question = "一般社員が海外出張に行ったら日当は1日いくら？"
    chosen = select_sentences(question, [passage(DAILY, "出張旅費規程")])
    assert chosen[0].text.startswith("職位: 一般社員") and chosen[0].coverage > 0.8
    # The model took the value that only was: the row that answers is shown instead.
    prepared = Prepared(question=question, language="ja", passages=[passage(DAILY, "出張旅費規程")], messages=[], sentences=chosen)
    result = finish_quoted(json.dumps({"quote": question, "answer": "3,000円"}, ensure_ascii=False), prepared)
    assert result.text.startswith("海外: 5,000円"), result.text


def test_how_many_boxes_is_counted_in_boxes_not_floors() -> None:
    from rag.asked import answers_what_was_asked
    from rag.claims import extract_claims

    question = "How many cardboard boxes can each person receive for the head-office move?"
    assert asked_kinds(question) == {"箱"}
    assert answers_what_was_asked(question, extract_claims("1人あたり５箱までです。"), "1人あたり５箱までです。")
    floor = "・5階：営業本部、商品企画部（座席96席）"
    assert not answers_what_was_asked(question, extract_claims(floor), floor)
    assert asked_kinds("How many people attended the course?") == {"人", "名"}
    # Nor by a date whose line names boxes (「2. 段ボール箱の配布：2027年1月6日」): no name is a count.
    line = "2. 段ボール箱の配布：2027年1月6日（水）。"
    assert not answers_what_was_asked(question, extract_claims(line), line)


def test_todays_value_beside_the_coming_one_is_no_answer_for_the_coming_one() -> None:
    fee = "待機料金：荷主の都合による荷待ちが30分を超えたら、30分ごとに2,000円を請求（現行は1時間を超えてから、30分ごとに1,500円）"
    coming = answer("荷主さんの都合で待たされたとき、4月からは30分ごとにいくら請求するの？", fee, "事業計画", fee, "1,500円")
    assert not coming.text.startswith("1,500円"), coming.text
    # Asked for now, the coming value is none.
    now = answer("荷主の都合で待たされたとき、今は30分ごとにいくら請求してる？", fee, "事業計画", fee, "2,000円")
    assert not now.text.startswith("2,000円"), now.text
    # A sentence that is only about today's value is today's.
    plain = "現行の待機料金は30分ごとに1,500円です。"
    assert answer("待機料金は30分ごとにいくら？", plain, "料金表", plain, "1,500円").text.startswith("1,500円")


def test_one_plain_word_of_the_askers_own_may_be_missing_beside_two_the_text_names() -> None:
    from rag.quoting import names_the_subject

    manual = "手作業出荷で処理できる量は、1センターあたり1時間に120件が目安である（通常のWMS処理の約3割）。"
    assert names_the_subject("WMSが止まって紙の指示書で出荷するとき、1時間に何件くらい処理できる？", manual)
    # Never a place, a site or role of another kind, a word the text has a rival for, or the topic.
    assert not names_the_subject("北海道支店の売上はいくら？", "東北支店の売上: 100円")
    assert not names_the_subject("役員の海外日当は？", "職位: 一般社員 | 海外日当: 5,000円")
    assert not names_the_subject("介護休業支援金の金額はいくらですか", "育児休業支援金として100,000円を支給する。")
    assert not names_the_subject("姫路城の天守は何に指定されていますか?", "姫路城の主郭部を含む中堀の内側は特別史跡に指定されている。")
    # Nor the thing a rate or an amount is of (受講 of 受講率).
    assert not names_the_subject("e-ラーニングの2025年度の受講率は何%でしたか", "e-ラーニングを年1回受講してください。2025年度の訓練で開いた人の割合は8.4%でした。")


def test_the_version_before_asks_for_the_earlier_value() -> None:
    from rag.answer_checks import asks_an_earlier_time

    assert asks_an_earlier_time(Prepared(question="前の版では何分だった？", language="ja", passages=[], messages=[]))
    assert missing_numbered_names("WMS障害がレベル2のとき、一次連絡は何分以内？", "レベル: レベル1（緊急） | 一次連絡の期限: 15分以内") == ["レベル2"]
    assert missing_numbered_names("3号館の会議室は何室？", "3号館: 会議室12室") == []
    # 復旧 writes no earlier time: the level-2 row of today is no answer for the version before.
    from rag.answer_checks import _WRITES_A_PERIOD

    assert not _WRITES_A_PERIOD.search("レベル: レベル2 | 一次連絡の期限: 30分以内 | 復旧目標: 4時間以内")
    assert _WRITES_A_PERIOD.search("旧規程では60分以内")


def test_a_number_with_a_counter_after_a_name_is_no_other_product() -> None:
    from rag.quoting import named_only_as_variants

    row = "施設: 大研修室 | 場所: 研修センター2階 | 定員: 72名"
    assert named_only_as_variants("研修センターで一番大きい研修室は何人まで入れますか", row) == []
    assert named_only_as_variants("カエデの価格は？", "カエデ2: 1,000円") == ["カエデ"]
    assert named_only_as_variants("カエデの価格は？", "カエデ-Pro: 1,000円") == ["カエデ"]


def test_everyday_verbs_count_as_the_words_a_plan_writes() -> None:
    from rag.quoting import passage_is_about_question, with_written_forms

    assert "稼働" in with_written_forms("伊勢崎に新しくできるセンター、いつから動くんでしたっけ？")
    plan = passage("2027年10月1日：伊勢崎センター稼働\n2027年5月17日：伊勢崎センターの採用説明会", "事業計画説明会資料")
    assert passage_is_about_question("伊勢崎に新しくできるセンター、いつから動くんでしたっけ？", plan, "ja")


def test_the_models_line_gives_way_to_lines_that_hold_the_questions_words() -> None:
    question = "伊勢崎に新しくできるセンター、いつから動くんでしたっけ？"
    lines = ["2027年10月1日：伊勢崎センター稼働", "2027年5月17日：伊勢崎センターの採用説明会（研修センター 中研修室A）"]
    sentences = [Sentence(1, lines[0], 1.7, 0.8, 0.89), Sentence(1, lines[1], 1.3, 0.4, 0.88)]
    prepared = Prepared(question=question, language="ja", passages=[passage("\n".join(lines), "事業計画説明会資料")], messages=[], sentences=sentences)
    result = finish_quoted(json.dumps({"quote": lines[1], "answer": "2027年5月17日"}, ensure_ascii=False), prepared)
    assert "2027年5月17日" not in result.text, result.text


def test_with_no_model_behind_it_a_row_must_be_named_by_its_own_table() -> None:
    text = (
        "2. 数値目標\n指標: 営業利益 | 2025年度（実績）: 71億円 | 2028年度（目標）: 106億円\n"
        "3. 事業別の売上高目標\n事業: 医療機器 | 2025年度（実績）: 153億円 | 2028年度（目標）: 220億円"
    )
    question = "医療機器事業の2028年度の営業利益目標はいくら？"
    rows = text.splitlines()
    sentences = [Sentence(1, rows[3], 1.7, 0.78, 0.92), Sentence(1, rows[1], 1.4, 0.56, 0.90)]
    prepared = Prepared(question=question, language="ja", passages=[passage(text, "中期経営計画")], messages=[], sentences=sentences)
    result = finish_quoted(json.dumps({"quote": "2028年度の営業利益目標は78億円です。", "answer": "78"}, ensure_ascii=False), prepared)
    assert "220億円" not in result.text and "106億円" not in result.text.split("\n")[0], result.text


def test_a_limit_asked_is_answered_by_a_sentence_that_states_one() -> None:
    from rag.asked import answers_what_was_asked
    from rag.claims import extract_claims

    granted = "入社6か月後に10日の年次有給休暇を付与する。"
    assert not answers_what_was_asked("年次有給休暇は最大何日まで繰り越せますか", extract_claims(granted), granted)
    capped = "貸出期間は最長14日で、返却時に中のデータは消去されます。"
    assert answers_what_was_asked("暗号化USBは最長何日使える？", extract_claims(capped), capped)
    # A year's limit is not so much each time.
    each = "接待交際費の上限は、1人あたり1回5,000円です。"
    assert not answers_what_was_asked("接待交際費の年間の上限額はいくらですか", extract_claims(each), each)
    assert answers_what_was_asked("接待交際費の1回の上限額はいくらですか", extract_claims(each), each)


def test_a_deadline_or_a_most_asked_is_not_answered_by_a_start_or_a_count() -> None:
    from rag.asked import answers_what_was_asked
    from rag.claims import extract_claims

    start = "2027年1月5日（火）10:00から、本社 5階ホールで仕事始め式を行います。"
    assert not answers_what_was_asked("年末調整の書類、本社は何日まで？", extract_claims(start), start)
    deadline = "・提出期限：本社・営業所 2026年11月20日（金）"
    assert answers_what_was_asked("年末調整の書類、本社は何日まで？", extract_claims(deadline), deadline)
    split = "出生時育児休業は2回に分割して取得することができる。"
    assert not answers_what_was_asked("産後パパ育休は最大でどのくらい取れますか", extract_claims(split), split)
    weeks = "出生時育児休業は、子の出生後8週間以内に4週間まで取得することができる。"
    assert answers_what_was_asked("産後パパ育休は最大でどのくらい取れますか", extract_claims(weeks), weeks)
    stop = "現行の人事システムは2027年4月30日に停止"
    assert answers_what_was_asked("今の人事システムはいつまで使えますか", extract_claims(stop), stop)
