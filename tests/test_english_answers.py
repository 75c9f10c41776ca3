"""An English question's Japanese keywords (EDICT, its dates, spans and figures) and the
sentence and cell they choose without the model (rag/english_answers.py). EDICT is the real
dictionary deploy/system-packages.sh installs."""

from __future__ import annotations

import datetime

import pytest

from appliance.text import dictionary, english
from rag.asked import asked_kinds
from rag.english_answers import keyword_answer, keyword_cell, keyword_sentence, names_the_questions_words, numbers_another
from rag.english_keywords import english_keywords
from rag.english_values import in_english
from rag.quoting import Sentence
from rag.retrieval import Passage

QUALITY = (
    "指標: 工程内不良率 | 千葉工場 9月: 0.38% | 千葉工場 8月: 0.44% | 岡山工場 9月: 0.57% | 岡山工場 8月: 0.52% | 目標: 0.45%以下\n"
    "指標: 顧客クレーム件数 | 千葉工場 9月: 6件 | 千葉工場 8月: 9件 | 岡山工場 9月: 4件 | 岡山工場 8月: 5件 | 目標: 各工場 月5件以下\n"
    "9月は、千葉工場の工程内不良率が0.38%となり、目標（0.45%以下）を3か月連続で達成した。\n"
    "第38回品質会議で報告された。"
)


def _passage(text: str, title: str = "品質月報_2026年9月度") -> Passage:
    return Passage(document_id="d", title=title, filename=f"{title}.pdf", page=1, score=1.0, text=text, order=0)


def _sentences(text: str) -> list[Sentence]:
    return [Sentence(passage=1, text=line, score=0.0, coverage=0.0, similarity=0.8) for line in text.splitlines()]


def test_the_dictionary_gives_the_common_word_first() -> None:
    assert dictionary.available()
    assert dictionary.japanese_for("shipment")[0] == "出荷"
    assert "岡山" in dictionary.japanese_for("Okayama")
    assert "配偶者" in dictionary.japanese_for("spouse")
    assert dictionary.japanese_for("no such english phrase here") == []


def test_only_the_words_the_passages_write_are_kept() -> None:
    question = "How many customer complaints did the Chiba factory have in August 2026?"
    found = english_keywords(question, QUALITY)
    assert {"千葉", "工場", "クレーム"} <= set(found)
    assert "苦情" not in found  # a translation of "complaint" the passages do not write
    assert english.dictionary_keywords(question, "") == []
    # For a word the glossary reads, only the dictionary's forms the glossary gives it too: not the
    # dictionary's other sense (金融 for "credits", where the glossary's 単位 is written).
    assert "金融" not in english.dictionary_keywords("How many credits are required to graduate?", "卒業に必要な単位：124単位。金融機関の休業日")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was the defect rate in September 2026?", ["2026年9月", "9月"]),
        ("When is the last shipment day, December 30?", ["12月30日", "12月"]),
        ("How many points for fiscal 2026?", ["2026年度"]),
        ("May I work from home?", []),  # "May" is a month only beside a day or a year
    ],
)
def test_months_days_and_fiscal_years_are_written_as_japanese_documents_write_them(question: str, expected: list[str]) -> None:
    assert english.japanese_dates(question) == expected


def test_spans_figures_and_sizes_are_written_with_their_japanese_units() -> None:
    assert english.japanese_figures("After 6 years and 6 months of service") == ["6年6か月"]
    assert english.japanese_figures("over the three years") == ["3年"]
    assert english.japanese_figures("350 yen for 25 people, 8.6%") == ["350円", "25人", "8.6%"]
    assert english.japanese_figures("the 1-liter sauce, a 300 ml bottle, a 50GB mailbox") == ["1L", "300ml", "50GB"]


def test_the_row_and_the_column_the_keywords_name_are_chosen() -> None:
    question = "What was the Okayama factory's in-process defect rate in September 2026?"
    keywords = english_keywords(question, QUALITY)
    passages, sentences = [_passage(QUALITY)], _sentences(QUALITY)
    chosen = keyword_sentence(question, keywords, sentences, passages)
    assert chosen is not None and chosen.text.startswith("指標: 工程内不良率")
    assert keyword_cell(question, keywords, chosen) == "岡山工場 9月: 0.57%"
    answer = keyword_answer(question, keywords, sentences, passages)
    assert answer == (chosen, "岡山工場 9月: 0.57%")


def test_a_count_is_answered_by_the_count_row_and_never_by_an_ordinal() -> None:
    question = "How many customer complaints did the Chiba factory have in August 2026?"
    keywords = english_keywords(question, QUALITY)
    chosen = keyword_sentence(question, keywords, _sentences(QUALITY), [_passage(QUALITY)])
    assert chosen is not None and "顧客クレーム件数" in chosen.text
    assert keyword_cell(question, keywords, chosen) == "千葉工場 8月: 9件"
    meetings = "第38回品質会議で報告された。\n品質会議は毎月開く。"
    assert keyword_sentence("How many meetings were held?", ["品質会議"], _sentences(meetings), [_passage(meetings)]) is None


def test_two_columns_named_alike_choose_none() -> None:
    question = "How many customer complaints did a factory have in August?"
    row = _sentences(QUALITY)[1]
    assert keyword_cell(question, ["工場", "8月"], row) == ""


def test_no_answer_without_the_kind_of_value_asked() -> None:
    text = "9月は、千葉工場の工程内不良率が0.38%となった。"
    assert asked_kinds("Who is in charge of the Chiba factory?") == frozenset()
    assert keyword_sentence("Who is in charge of the Chiba factory?", ["千葉", "工場"], _sentences(text), [_passage(text)]) is None
    assert keyword_sentence("How much did the Chiba factory spend?", ["千葉", "工場"], _sentences(text), [_passage(text)]) is None


@pytest.mark.parametrize(
    ("value", "question", "english_form"),
    [
        ("2026年12月30日", "When is the last shipment day?", "December 30, 2026"),
        ("2026/9/17", "When is the training?", "September 17, 2026"),
        ("20日", "How many days of leave?", "20 days"),
        ("25日", "When is payday?", ""),  # a day of the month, not a number of days
        ("25名", "How many people can attend?", "25 people"),
        ("350円", "How much is a meal?", "350 yen"),
        ("0.57%", "What was the rate?", ""),
        ("25", "How many people can attend the training?", "25 people"),  # 「定員: 25」
        ("25", "How many complaints were there?", ""),
    ],
)
def test_a_value_is_also_said_in_english(value: str, question: str, english_form: str) -> None:
    assert in_english(value, question) == english_form


def test_english_questions_ask_for_rates_counts_sizes_and_amounts() -> None:
    assert "%" in asked_kinds("What is the overtime premium rate?")
    assert "件" in asked_kinds("How many complaints were there?")
    assert "ポイント" in asked_kinds("How many points does a manager get?")
    assert "gb" in asked_kinds("How big is a mailbox?")
    assert asked_kinds("What is the expense budget?") == frozenset({"円"})


TRAINING = (
    "研修コード: T-12 | 研修名: HACCP基礎研修（岡山工場） | 会場: 岡山工場 2階研修室 | 定員: 25 | 受講料（1人・円）: 0\n"
    "研修コード: T-22 | 研修名: フォークリフト運転技能講習（岡山工場） | 会場: 岡山工場 構内 | 定員: 8 | 受講料（1人・円）: 41,800"
)


def test_a_name_in_latin_letters_the_passages_write_must_be_the_rows() -> None:
    assert english.latin_names("Can QC staff attend the HACCP training on the A320neo at T-12?") == ["QC", "HACCP", "A320neo", "T-12"]
    assert english.latin_names("How big is a 100GB mailbox? I ask in FY2026") == ["FY2026"]  # a figure is no name
    question = "How many people can attend the HACCP basic training at the Okayama factory?"
    keywords = english_keywords(question, TRAINING)
    assert "HACCP" in keywords
    chosen = keyword_sentence(question, [k for k in keywords if k != "HACCP"], _sentences(TRAINING), [_passage(TRAINING, "2026年度 研修計画")])
    # The T-22 row holds more of the other keywords (講習 too) but not the name asked about.
    assert chosen is not None and "T-12" in chosen.text
    assert in_english("25", question) == "25 people"


REPORT = (
    "指標: 出荷前検査 合格率 | 千葉工場 9月: 99.7% | 岡山工場 9月: 99.2% | 目標: 99.5%以上\n"
    "取引先による岡山工場の工場監査が、2026年10月21日に予定されている。"
)


def test_a_rows_column_names_are_no_value_and_the_questions_words_must_be_written() -> None:
    question = "When is the Okayama factory's last shipment day of 2026?"
    rows, audit = _passage(REPORT.splitlines()[0]), _passage(REPORT.splitlines()[1], "品質月報 トピックス")
    shown = [Sentence(passage=1, text=REPORT.splitlines()[0], score=0.0, coverage=0.0, similarity=0.8),
             Sentence(passage=2, text=REPORT.splitlines()[1], score=0.0, coverage=0.0, similarity=0.8)]
    keywords = english_keywords(question, REPORT)
    assert "出荷" in keywords
    # 「千葉工場 9月: 99.7%」 gives a rate, not a date: the row is no answer to "when".
    assert keyword_sentence(question, keywords, shown[:1], [rows, audit]) is None
    # The audit's date is one, but its passage never writes 出荷 (shipment), which a shown row does.
    assert not names_the_questions_words(question, shown[1], shown, [rows, audit])
    assert names_the_questions_words("When is the Okayama factory audit?", shown[1], shown, [rows, audit])


PLAN = (
    "段階: 第2波 | 対象: 社内システム（メール・ファイルサーバ・人事） | 作業日: 2027年1月16日〜17日\n"
    "フェーズ: フェーズ1 | 対象業務: 勤怠管理 | 期間: 2026年7月1日〜2026年9月30日 | 利用者数: 850名"
)


def test_a_numbered_row_of_another_number_is_no_answer_and_a_date_is_the_cell_for_when() -> None:
    question = "When does phase 1 of the new HR system start?"
    wave, phase = _sentences(PLAN)
    assert numbers_another(question, wave) and not numbers_another(question, phase)
    assert not numbers_another("When does the new HR system start?", wave)
    # The 第2波 row writes more of the keywords (段階, システム, 人事), but is another number.
    chosen = keyword_sentence(question, ["フェーズ", "システム", "段階", "人事"], [wave, phase], [_passage(PLAN, "人事システム刷新")])
    assert chosen is phase
    # 「フェーズ1」's 1 is no date: the one date of the row answers "when".
    assert keyword_cell(question, ["フェーズ"], phase) == "期間: 2026年7月1日〜2026年9月30日"
    assert keyword_cell(question, ["段階"], wave) == "作業日: 2027年1月16日〜17日"


def test_a_name_written_only_as_another_products_is_no_answer() -> None:
    from rag.english_answers import names_only_variants

    assert names_only_variants("How many parameters does the Kaede model have?", "上位モデル「カエデ-Pro」（パラメータ数130億）")
    assert not names_only_variants("How many parameters does the Kaede model have?", "カエデ（当社）: 30億 | カエデ-Pro: 130億")
    assert not names_only_variants("How many parameters does Kaede-Pro have?", "上位モデル「カエデ-Pro」（パラメータ数130億）")


def test_this_year_and_last_year_are_todays_business_year_and_the_one_before() -> None:
    december, february = datetime.date(2026, 12, 4), datetime.date(2027, 2, 1)
    assert english.japanese_dates("the defect rate in the first half of this year", december) == ["2026年度", "2026年"]
    assert english.japanese_dates("the dividend this fiscal year", february) == ["2026年度"]
    assert english.japanese_dates("last year's sales", february) == ["2025年度", "2026年"]


def test_the_business_year_starts_in_april() -> None:
    from appliance.text.periods import business_year

    assert business_year(datetime.date(2026, 4, 1)) == 2026
    assert business_year(datetime.date(2026, 3, 31)) == 2025
    assert business_year(datetime.date(2027, 2, 1)) == 2026


def test_a_companys_legal_form_writes_no_shares() -> None:
    assert not english.writes("株式", "ハルカゼ工業株式会社 第3四半期決算説明資料")
    assert english.writes("株式", "1株あたり配当: 48円（株式分割後）")
    assert english.writes("出荷", "ハルカゼ工業株式会社 出荷実績")


def test_a_fiscal_year_is_written_as_a_results_decks_period() -> None:
    question = "What annual dividend per share is Harukaze planning this fiscal year?"
    dividend = "• 年間配当予想：1株あたり48円（中間24円、期末24円）"
    safety = "指標: ヒヤリハット報告 | 2025年度上期: 245件 | 2026年度上期: 312件"
    deck = _passage(f"株主還元\n{dividend}\n• 前期の年間配当は1株あたり42円", "ハルカゼ工業 決算説明資料")
    factory = _passage(safety, "第二工場 品質安全報告")
    shown = [Sentence(passage=1, text=dividend, score=0.0, coverage=0.0, similarity=0.9),
             Sentence(passage=2, text=safety, score=0.0, coverage=0.0, similarity=0.85)]
    # The dictionary's 年度 is not on the slide; its 期 is (前期, 期末), as the glossary writes "fiscal year".
    assert names_the_questions_words(question, shown[0], shown, [deck, factory])
    assert not names_the_questions_words("What annual dividend per share is planned for the factory safety training?", shown[0], shown, [deck, factory])


def test_with_no_kind_asked_a_latin_name_the_passages_write_picks_the_row() -> None:
    question = "What PUE will the new Saitama data center have?"
    table = ("項目: PUE | 現行（東京第1DC）: 1.9 | 移行先（さいたま新DC）: 1.35\n"
             "項目: 受電容量 | 現行（東京第1DC）: 180kVA | 移行先（さいたま新DC）: 240kVA")
    plan = _passage(table, "データセンター移行計画")
    shown = [Sentence(passage=1, text=line, score=0.0, coverage=0.0, similarity=0.85) for line in table.splitlines()]
    keywords = english_keywords(question, table)
    found = keyword_answer(question, keywords, shown, [plan])
    assert found is not None and found[0] is shown[0] and found[1] == "移行先（さいたま新DC）: 1.35"
    # Without a name in Latin letters, no kind of value asked picks nothing.
    assert keyword_answer("What will the new Saitama data center have?", english_keywords("What will the new Saitama data center have?", table), shown, [plan]) is None


HOUSING = (
    "区分: 世帯主 | 首都圏（東京都・埼玉県・千葉県・神奈川県）: 25,000円 | その他の地域: 18,000円\n"
    "区分: 世帯主以外 | 首都圏（東京都・埼玉県・千葉県・神奈川県）: 12,000円 | その他の地域: 9,000円"
)


def test_not_the_head_of_household_is_the_row_for_everyone_else() -> None:
    shown = HOUSING
    # EDICT knows "household" (世帯), which 世帯主以外 writes everyone but
    assert english.negated_phrases("an employee who is not the head of household", shown) == [["世帯"]]
    assert english.negated_phrases("an employee who is the head of household", shown) == []
    assert english.negated_phrases("employees other than the head of household", shown) == [["世帯"]]
    # a negation right before the phrase, which is no stopword to walk back over
    assert english.negated_phrases("allowance for non household members", shown) == [["世帯"]]
    assert english.negated_phrases("everyone except household heads", shown) == [["世帯"]]
    passages, sentences = [_passage(HOUSING, "就業規則_抜粋")], _sentences(HOUSING)
    for question, row, cell in [
        ("How much housing allowance does an employee who is not the head of household get in the Tokyo metropolitan area (首都圏)?", 1, "首都圏（東京都・埼玉県・千葉県・神奈川県）: 12,000円"),
        ("How much housing allowance does the head of household get in the Tokyo metropolitan area (首都圏)?", 0, "首都圏（東京都・埼玉県・千葉県・神奈川県）: 25,000円"),
    ]:
        keywords = english_keywords(question, HOUSING)
        chosen = keyword_sentence(question, keywords, sentences, passages)
        assert chosen is sentences[row], question
        assert keyword_cell(question, keywords, chosen) == cell
        # the other row names the head of household the other way round: no answer either way
        assert not names_the_questions_words(question, sentences[1 - row], sentences, passages)


LEAVE_FOR_ALL = "勤続年数: 付与日数 | 6か月: 10日 | 1年6か月: 11日 | 5年6か月: 18日 | 6年6か月以上: 20日"
LEAVE_FOR_PART_TIMERS = (
    "パートタイマーのうち、週所定労働日数が4日以下の者には、次の表のとおり付与する。\n"
    "週所定労働日数: 4日 | 1年間の所定労働日数: 169〜216日 | 6か月: 7日 | 1年6か月: 8日 | 6年6か月以上: 15日\n"
    "週所定労働日数: 3日 | 1年間の所定労働日数: 121〜168日 | 6か月: 5日 | 1年6か月: 6日 | 6年6か月以上: 11日"
)


def test_the_part_timers_rows_answer_only_a_question_about_part_timers() -> None:
    passages = [
        _passage(f"入社日から6か月間継続して勤務した社員には、次の表のとおり年次有給休暇を付与する。\n{LEAVE_FOR_ALL}", "就業規則_抜粋"),
        _passage(LEAVE_FOR_PART_TIMERS, "就業規則_抜粋"),
    ]
    sentences = [Sentence(passage=1, text=LEAVE_FOR_ALL, score=0.0, coverage=0.0, similarity=0.8)] + [
        Sentence(passage=2, text=line, score=0.0, coverage=0.0, similarity=0.8) for line in LEAVE_FOR_PART_TIMERS.splitlines()[1:]
    ]
    shown = "\n".join(passage.text for passage in passages)
    question = "After 6 years and 6 months of service, how many days of paid annual leave does an employee get?"
    keywords = english_keywords(question, shown)
    chosen = keyword_sentence(question, keywords, sentences, passages)
    assert chosen is sentences[0]
    assert keyword_cell(question, keywords, chosen) == "6年6か月以上: 20日"
    question = "After 6 years and 6 months of service, how many days of paid annual leave does a part-timer working 4 days a week get?"
    chosen = keyword_sentence(question, english_keywords(question, shown), sentences, passages)
    assert chosen is not sentences[0]


def test_a_japanese_sentence_is_no_english_answer_however_short() -> None:
    from rag.english_values import reads_as_english

    assert reads_as_english("The evacuation site is 中央公園.")
    assert reads_as_english("9:00 a.m. (午前9時)")
    assert not reads_as_english("中央公園です。")


def test_a_length_and_a_year_are_kinds_of_value_asked_and_a_year_is_no_span() -> None:
    assert {"m", "メートル"} <= asked_kinds("What is the overall length of the Airbus A320?")
    assert "date" not in asked_kinds("What is the overall length of the Airbus A320?")
    assert {"date", "年"} <= asked_kinds("In what year did the circulating library service start?")
    assert in_english("1958年(昭和33年)", "In what year did the service start?") == "1958"
    assert in_english("3年", "How many years of service?") == "3 years"


def test_the_japanese_an_english_question_writes_must_be_the_answers() -> None:
    text = "1958年(昭和33年)には本格的に館外貸出サービスを開始した。\n海部郡立図書館は18町村すべてに巡回文庫を設置した。"
    passages, sentences = [_passage(text, "津島市立図書館")], _sentences(text)
    question = "In what year did the circulating library service (巡回文庫) start?"
    assert not names_the_questions_words(question, sentences[0], sentences, passages)


def test_how_often_asks_for_an_interval_and_a_rows_name_is_no_case() -> None:
    assert "か月" in asked_kinds("How often does the coordinate measuring machine have to be calibrated?")
    rows = "項目: パラメータ数 | カエデ（当社）: 30億 | ミズチ-XL（他社）: 700億\n項目: 対応文書形式 | カエデ（当社）: 12種類 | ミズチ-XL（他社）: 7種類"
    question = "How many parameters does the Kaede model have?"
    chosen = keyword_sentence(question, english_keywords(question, rows), _sentences(rows), [_passage(rows, "LLM製品紹介")])
    assert chosen is not None and "パラメータ数" in chosen.text


def test_a_row_keyed_by_a_figure_the_question_gives_is_asked_about() -> None:
    rows = (
        "区分: 時間外労働（月60時間以内の部分） | 割増率: 25%\n区分: 時間外労働（月60時間を超える部分） | 割増率: 50%\n"
        "区分: 深夜労働（22:00〜翌5:00） | 割増率: 25%\n区分: 法定休日の労働 | 割増率: 35%"
    )
    question = "What is the overtime premium rate for hours beyond 60 in a month?"
    chosen = keyword_sentence(question, english_keywords(question, rows), _sentences(rows), [_passage(rows, "就業規則_抜粋")])
    assert chosen is not None and "法定休日" not in chosen.text
