"""Rules found in session 33 on the questions over the forty-sixth held-out corpus (auto-campgrounds,
measured blind first and read after), each in general form and tried here on other documents: an
English answer's figure from a sheet noted 「単位：千円」 is thousands of yen, never yen; a unit named
(「単位：千円」, 「（千円）」) is no amount of 1,000円; 「Xの予約は」 is about X, not the Y asked; 総合計 is the
合計; a sentence's day is of what the next sentence says takes effect 「同日以後」; the 月平均 row is no
year's count; 「2,541件」 is no 「1件」 per time; English for terms of use, taking effect, new staff and
bookings; and forms of one English phrase count once when sentences are ranked by keywords."""

from __future__ import annotations

from appliance.text.english import japanese_keywords
from rag.answer_checks import _about_a_sibling, names_its_subject
from rag.answering import Prepared, _answer_from
from rag.asked import answers_what_was_asked
from rag.claims import extract_claims
from rag.english_answers import keyword_sentence
from rag.everyday_words import rephrased
from rag.quoting import Sentence, names_another_row
from rag.retrieval import Passage


def _passage(text: str, title: str = "実績") -> Passage:
    return Passage(document_id="doc-1", title=title, filename="sales.xlsx", page=None, score=0.5, text=text, order=1, context=text, heading_path=[])


def _sentence(text: str, passage: int = 1, coverage: float = 1.0) -> Sentence:
    return Sentence(passage=passage, text=text, score=1.0 + coverage, coverage=coverage, similarity=0.9)


def test_an_english_amount_from_a_sheet_in_thousands_of_yen_is_thousands_of_yen() -> None:
    rows = "区分: パン | 本店: 12,480 | 駅前店: 9,310 | 合計: 21,790\n区分: 合計 | 本店: 15,020 | 駅前店: 11,450 | 合計: 26,470\n区分: 単位：千円（税抜）。"
    row = _sentence("区分: 合計 | 本店: 15,020 | 駅前店: 11,450 | 合計: 26,470")
    prepared = Prepared(question="What were total sales of all shops, in yen?", language="en", passages=[_passage(rows)], messages=[], sentences=[row])
    answer = _answer_from((row, "合計: 26,470"), prepared)
    assert answer.text.startswith("26,470 thousand yen (合計: 26,470)")
    # A sheet with no such note: its figure as written, in no unit it does not give.
    plain = Prepared(question="What were total sales of all shops?", language="en", passages=[_passage(rows.rsplit("\n", 1)[0])], messages=[], sentences=[row])
    assert _answer_from((row, "合計: 26,470"), plain).text.startswith("合計: 26,470 [1]")
    # A Japanese question gets the cell as the sheet writes it.
    japanese = Prepared(question="全店の売上合計はいくらですか", language="ja", passages=[_passage(rows)], messages=[], sentences=[row])
    assert _answer_from((row, "合計: 26,470"), japanese).text.startswith("合計: 26,470 [1]")


def test_a_unit_named_for_a_sheet_or_a_column_is_no_amount() -> None:
    assert extract_claims("（単位：千円、税込）") == []
    assert [claim.text for claim in extract_claims("予算額（千円）: 12,300")] == ["12,300"]
    assert [claim.text for claim in extract_claims("単位:百万円")] == []
    assert [claim.text for claim in extract_claims("千円札で払えます")] == ["千円"]  # an amount still


def test_a_things_part_as_the_topic_is_about_that_thing() -> None:
    question = "大会議室の予約は、何日前から受け付けていますか？"
    assert _about_a_sibling("小会議室の予約は、利用日の1か月前から受け付ける。", question)
    assert not _about_a_sibling("大会議室の予約は、利用日の2か月前から受け付ける。", question)
    assert not _about_a_sibling("会議室の予約は、利用日の2か月前から受け付ける。", "第1会議室の予約は何日前から？")
    assert _about_a_sibling("春期講習は3月に行う。", "冬期講習の申込はいつまで？")  # as before
    # A price named otherwise is no other thing's price: 「希望小売価格は…」 answers 「新型ポットの価格は？」.
    assert not _about_a_sibling("希望小売価格は税込12,800円。", "新型ポットの価格はいくらですか")


def test_a_grand_total_is_the_tables_total() -> None:
    assert rephrased("全店の売上の総合計はいくら？", "区分: 合計 | 本店: 1,200") == "全店の売上の合計はいくら？"
    assert rephrased("全店の売上の総合計はいくら？", "区分: 小計 | 本店: 1,200") == "全店の売上の総合計はいくら？"


def test_a_day_is_of_what_the_next_sentence_says_takes_effect_on_it() -> None:
    text = "附則（2025年3月1日改正）\nこの改正は、2025年4月1日から施行する。改正後の第5条（夜間利用の時間を22時まで延ばす規定）は、同日以後の利用から適用する。"
    passage = Passage(document_id="doc-1", title="会館利用規程", filename="rules.docx", page=None, score=0.5, text=text, order=1, context=text, heading_path=["附則"])
    sentence = _sentence("この改正は、2025年4月1日から施行する。")
    prepared = Prepared(question="夜間利用の時間を延ばした改正は、いつから施行されましたか？", language="ja", passages=[passage], messages=[], sentences=[sentence])
    assert names_its_subject(sentence, prepared)
    alone = text.replace("同日以後", "2025年5月1日以後")
    prepared = Prepared(question=prepared.question, language="ja", passages=[Passage(**{**passage.__dict__, "text": alone, "context": alone})], messages=[], sentences=[sentence])
    assert not names_its_subject(sentence, prepared)


def test_a_months_average_row_is_no_years_count() -> None:
    rows = "月: 3月 | 本館: 120 | 合計: 300\n月: 月平均 | 本館: 98.5 | 合計: 250.1"
    assert names_another_row("本館の2026年度の年間利用件数は？", "月: 月平均 | 本館: 98.5 | 合計: 250.1", rows)
    assert not names_another_row("本館の1か月あたりの平均利用件数は？", "月: 月平均 | 本館: 98.5 | 合計: 250.1", rows)


def test_a_count_ending_in_one_is_no_count_per_time() -> None:
    row = "月: 合計 | 本館: 2,541件 | 合計: 8,341件"
    assert answers_what_was_asked("本館の年間の利用件数は何件？", extract_claims(row), row)
    note = "利用料は1回500円"
    assert not answers_what_was_asked("年間の上限額はいくら？", extract_claims(note), note)


def test_english_words_for_terms_of_use_taking_effect_new_staff_and_bookings() -> None:
    assert {"約款", "施行"} <= set(japanese_keywords("When did the terms and conditions take effect?"))
    assert "新任" in japanese_keywords("Where is the new staff orientation held?")
    assert "利用件数" in japanese_keywords("How many bookings... what was the number of bookings at the lodge?")
    assert "約款" not in japanese_keywords("What is the lease term?")
    # "per night" is what a price is for, not the night-time (夜間) a question may ask about.
    assert "夜間" not in japanese_keywords("What does a double room cost per night?")
    assert "夜間" in japanese_keywords("Is the gym open at night?")


def test_forms_of_one_english_phrase_count_once_when_sentences_are_ranked() -> None:
    shown = [
        _sentence("■2. 防災講習（全職員） / ・第1回：5月20日（木） 14:00〜15:00　本館3階 研修室"),
        _sentence("■1. 新任職員研修 / ・日程：5月10日（月）〜5月12日（水）　各日 10:00〜16:00"),
    ]
    passages = [_passage("\n".join(sentence.text for sentence in shown), title="研修のお知らせ")]
    found = keyword_sentence("At what time does the new staff training start each day?", ("新任", "研修", "講習"), shown, passages)
    assert found is shown[1]


def test_a_rooms_size_keys_its_row_and_an_english_size_in_jo_is_written_in_japanese() -> None:
    from appliance.text.english import japanese_figures
    from rag.row_keys import key_cells as _key_cells

    assert _key_cells("種別: 和室 | 広さ: 8畳 | 料金 平日: 3,300 | 料金 土日: 4,400") == ["和室", "8畳"]
    assert _key_cells("種別: 和室 | 定員: 8人 | 料金: 3,300") == ["和室"]  # a count is no key
    assert japanese_figures("How much is a 2.5-jo unit?") == ["2.5帖", "2.5畳"]
    assert japanese_figures("a 6 tatami room") == ["6畳"]
    assert japanese_figures("Is the job done?") == []


def test_an_english_question_is_not_answered_by_the_row_of_a_variant_of_the_thing_asked() -> None:
    from rag.table_rows import named_inside_another

    rows = [
        _sentence("券種: 朝食付き宿泊券 | 区分: 大人 | 平日: 9,800 | 休日: 11,000"),
        _sentence("券種: 宿泊券 | 区分: 大人 | 平日: 7,800 | 休日: 9,000"),
    ]
    prepared = Prepared(question="How much is an adult lodging ticket on a weekday?", language="en", passages=[_passage("\n".join(row.text for row in rows))], messages=[], sentences=rows, keywords=("大人", "宿泊券", "平日"))
    assert named_inside_another(rows[0], prepared)
    assert not named_inside_another(rows[1], prepared)
    # A month's row is no variant of another's: 12月 is not the 2月 row with a prefix.
    months = [_sentence("月: 12月 | 本館: 3,982 | 合計: 6,352"), _sentence("月: 2月 | 本館: 4,903 | 合計: 7,969")]
    december = Prepared(question="How many guests did the main building have in December 2026?", language="en", passages=[_passage("\n".join(row.text for row in months))], messages=[], sentences=months, keywords=("本館", "12月"))
    assert not named_inside_another(months[0], december)
    # Where a keyword names the variant ("with breakfast": 朝食), its row is the one asked.
    asked = Prepared(question="How much is an adult lodging ticket with breakfast?", language="en", passages=prepared.passages, messages=[], sentences=rows, keywords=("大人", "宿泊券", "朝食"))
    assert not named_inside_another(rows[0], asked)


def test_a_line_labelled_with_what_it_counts_is_about_that_thing() -> None:
    text = "今年度の体制\n・来館者数の目標：52,000人（前年度実績 48,310人）\n・職員の研修は年2回"
    passage = Passage(document_id="doc-1", title="今年度の重点", filename="plan.pptx", page=2, score=0.5, text=text, order=1, context=text, heading_path=["今年度のスタッフ体制"])
    line = _sentence("・来館者数の目標：52,000人（前年度実績 48,310人）")
    asked = Prepared(question="今年度のスタッフは全部で何人ですか？", language="ja", passages=[passage], messages=[], sentences=[line])
    assert not names_its_subject(line, asked)
    target = Prepared(question="今年度の来館者数の目標は何人ですか？", language="ja", passages=[passage], messages=[], sentences=[line])
    assert names_its_subject(line, target)


def test_english_words_for_a_group_and_a_ski_set() -> None:
    assert japanese_keywords("What is the group rental price of a ski set?")[:1] == ["団体"]
    assert "スキーセット" in japanese_keywords("What is the group rental price of a ski set?")


def test_english_new_subscriptions_are_new_sign_ups() -> None:
    assert japanese_keywords("How many new subscriptions did the north office get in May?")[:1] == ["新規加入"]


def test_all_the_offices_asked_is_the_total_column_not_the_head_offices() -> None:
    from rag.english_answers import keyword_cell

    row = _sentence("部門: 保守 | 本社事業所: 41,200 | 西事業所: 18,300 | 東事業所: 12,050 | 合計: 71,550")
    cell = keyword_cell("What were the total sales of the maintenance department across all offices?", ("売上", "本社", "保守", "合計"), row)
    assert cell == "合計: 71,550"
    # "all campgrounds" (キャンプ場, the dictionary's word) as well; "all Tokyo stores" names some of them, not the total.
    row = _sentence("区分: 合計 | 東京 本店: 41,200 | 東京 新宿店: 18,300 | 大阪 梅田店: 12,050 | 合計: 71,550")
    assert keyword_cell("What were the total sales across all Tokyo stores?", ("売上", "東京", "合計"), row) != "合計: 71,550"


def test_a_bare_amount_is_in_the_thousands_the_reader_asks_in_and_else_not_called_yen() -> None:
    from rag.english_values import in_english

    assert in_english("71,550", "What were the sales, in thousand yen?") == "71,550 thousand yen"
    assert in_english("71,550", "What were the total sales?") == ""  # a sheet's bare figure may be 千円
    assert in_english("3,300円", "How much is the fee?") == "3,300 yen"


def test_what_holds_once_a_span_has_passed_is_the_sentence_of_that_span() -> None:
    text = "会員が期間の途中で退会するときは、違約金として1口につき6,600円を申し受ける。ただし、入会から2年を経過した後の違約金は、1口につき1,100円とする。"
    shown = [_sentence("会員が期間の途中で退会するときは、違約金として1口につき6,600円を申し受ける。"), _sentence("ただし、入会から2年を経過した後の違約金は、1口につき1,100円とする。")]
    found = keyword_sentence("What is the cancellation fee per unit once two years of membership have passed?", ("違約金", "会員", "退会", "2年"), shown, [_passage(text)])
    assert found is shown[1]


def test_a_line_that_names_the_one_date_among_others_does_not_stand_in_its_way() -> None:
    from rag.answer_checks import answering_sentence

    text = "防災訓練の日程をお知らせします。\n・防災訓練：9月8日（北館・南館）、9月10日（西館）\n■1. 防災訓練 / ・第2回（西館）：2027年9月10日（金） 13:00〜14:30　西館1階 ロビー"
    shown = [_sentence("■1. 防災訓練 / ・第2回（西館）：2027年9月10日（金） 13:00〜14:30　西館1階 ロビー", coverage=0.75), _sentence("・防災訓練：9月8日（北館・南館）、9月10日（西館）", coverage=0.75)]
    prepared = Prepared(question="西館の防災訓練は何月何日ですか。", language="ja", passages=[_passage(text, title="防災訓練のお知らせ")], messages=[], sentences=shown)
    found = answering_sentence(prepared)
    assert found is not None and found[0] is shown[0]


def test_an_extension_written_as_naisen_is_the_number_asked() -> None:
    from rag.quoting import _written_otherwise

    assert _written_otherwise({"番号"}, "・予約の変更は、総務課 田島（内線 214）へ。") == {"番号"}
    assert _written_otherwise({"番号"}, "・予約の変更は、総務課の田島が受け付けます。") == set()


def test_a_bands_bound_is_no_example_of_its_own() -> None:
    from rag.bands import writes_another_quantity

    example = "たとえば、ちょうど20人のグループは「20人以上40人未満」の区分となり、5%の割引となる。"
    assert writes_another_quantity("A group of exactly 40 people books a room. What discount do they get?", example)
    assert not writes_another_quantity("A group of exactly 20 people books a room. What discount do they get?", example)
    assert not writes_another_quantity("A group of 40 people books a room. What discount do they get?", "人数: 40人以上 | 割引率: 10%")


def test_groups_are_counted_in_bands() -> None:
    from rag.bands import is_the_band_asked

    question = "20組のコンペだと割引はいくら？"
    assert not is_the_band_asked(question, "組数: 10組以上20組未満 | 割引（1名）: 1,100円")
    assert is_the_band_asked(question, "組数: 20組以上 | 割引（1名）: 1,650円")


def test_a_season_said_short_is_the_tables_season() -> None:
    assert rephrased("夏に泊まると1泊いくら？", "期間: 夏季（7・8月） | 料金: 9,800円") == "夏季に泊まると1泊いくら？"
    assert rephrased("夏に泊まると1泊いくら？", "期間: 7月・8月 | 料金: 9,800円") == "夏に泊まると1泊いくら？"
    assert rephrased("冬期講習はいつ？", "冬季休業: 12月28日〜1月4日") == "冬期講習はいつ？"


def test_money_given_back_is_only_what_a_sentence_says_is_given_back() -> None:
    question = "途中で解約したら、前払いの会費はいくら返ってきますか。"
    fee = "会員種別: 一般 | 年会費: 12,000円"
    assert not answers_what_was_asked(question, extract_claims(fee), fee)
    refund = "途中で解約したときは、残りの月数分の会費を月割りで返金する（1か月1,000円）。"
    assert answers_what_was_asked(question, extract_claims(refund), refund)


def test_an_english_deadline_is_a_line_that_says_until_when() -> None:
    line = "・開催日：6月12日（土）（雨天の予備日 6月19日（土））"
    assert not answers_what_was_asked("What is the entry deadline for the summer tournament?", extract_claims(line), line)
    due = "・定員：40組。エントリー締切 5月28日（金）"
    assert answers_what_was_asked("What is the entry deadline for the summer tournament?", extract_claims(due), due)
