"""Rules found in session 35 on the English questions over the read held-out corpora (holdout41,
holdout47 and holdout50), each in general form and tried here on other documents: "at the end of
fiscal 2026" is the 2026年度末 column; "books" are books, not bookings; "a group of three players"
states 3人 and names no group of its own; "15 flights" are 15組; a sentence that writes the stated
amount itself (「3名組12,100円」) leads; a competition is a コンペ; stock-taking is 棚卸し or 蔵書点検;
a booking is what a cancellation cancels; 還付 is a refund, said by a cell's column too; a block's
label holds for each sentence of its item's line; "a two-day ticket" is no "day ticket"; the forms
of a phrase that names the row name no column; a named column that holds 「－」 gives no other
column's figure. And Japanese rules: of a numbered list's steps (「15日目：…電話で連絡する。」), the one
that names what the question says is done, over the step the model quoted; 「ふつう」 names no thing;
the first (or latest) of alike dated sentences (the first 附則's 施行 day)."""

from __future__ import annotations

from appliance.text.english import japanese_dates, japanese_keywords, terms
from rag.asked import answers_what_was_asked
from rag.bands import writes_the_stated_quantity
from rag.claims import extract_claims
from rag.english_answers import keyword_cell, keyword_sentence
from rag.english_quantities import english_stated
from rag.english_subject import missing_english_subject_terms
from rag.quoting import Sentence
from rag.retrieval import Passage
from rag.table_intros import block_labels


def _passage(text: str, title: str = "資料", heading_path: list[str] | None = None) -> Passage:
    return Passage(document_id="doc-1", title=title, filename="a.docx", page=None, score=0.5, text=text, order=1, context=text, heading_path=heading_path or [])


def _sentence(text: str, passage: int = 1, coverage: float = 1.0) -> Sentence:
    return Sentence(passage=passage, text=text, score=1.0 + coverage, coverage=coverage, similarity=0.9)


def test_the_end_of_a_fiscal_year_is_its_closing_column() -> None:
    assert japanese_dates("How many members did the club have at the end of fiscal 2025?")[:2] == ["2025年度末", "2025年度"]
    assert japanese_dates("as of the end of FY2027") [:1] == ["2027年度末"]
    assert "2025年度末" not in japanese_dates("How many loans were made in fiscal 2025?")
    row = "拠点: 北倉庫 | 品目: 冷凍食品 | 在庫数 2025年度末: 3,120 | 在庫数 2026年度末: 3,480 | 出荷数 2025年度: 41,200 | 出荷数 2026年度: 43,900"
    question = "How many frozen food items did the North warehouse (北倉庫) hold at the end of fiscal 2026?"
    keywords = ["冷凍", "北倉庫", *japanese_dates(question)]
    assert keyword_cell(question, keywords, _sentence(row)) == "在庫数 2026年度末: 3,480"
    # Without "the end of", both 2026 columns are named alike: no one cell.
    assert keyword_cell("How many frozen food items did the North warehouse (北倉庫) have in fiscal 2026?", ["冷凍", "北倉庫", "2026年度"], _sentence(row)) == ""


def test_books_are_books_not_bookings() -> None:
    assert "予約" not in japanese_keywords("What is the number of books a student may borrow at once?")
    assert japanese_keywords("How many children's books did the branch buy?")[:1] == ["児童書"]
    assert "予約" in japanese_keywords("How do I book the meeting room?")
    assert "予約" in japanese_keywords("Who books the meeting room?")


def test_a_count_of_players_in_words_and_groups_counted() -> None:
    assert english_stated("What is the caddie fee for a group of three players?") == {(3.0, "人")}
    assert english_stated("a party of four guests") == {(4.0, "人")}
    assert english_stated("For a competition of exactly 15 flights, what is the discount?") == {(15.0, "組")}
    assert english_stated("a tour of 8 groups") == {(8.0, "組")}
    assert english_stated("How much does one night cost?") == set()
    assert english_stated("a class of 15 participants") == {(15.0, "人")}
    assert english_stated("a family of two adults and two children") == set()  # no one count


def test_the_size_of_a_group_says_which_group() -> None:
    question = "What is the guide fee for a group of five people?"
    text = "ガイド料（1組あたり）：6名組18,000円、5名組15,500円、4名組13,000円"
    assert missing_english_subject_terms(question, text) == []
    assert missing_english_subject_terms(question, "ガイド料は1組ごとに申し受けます。") == ["group"]
    assert writes_the_stated_quantity(question, text)
    assert not writes_the_stated_quantity(question, "ガイドの指名料：1組3,000円")
    assert not writes_the_stated_quantity(question, "人数区分: 3名以上5名未満 | 料金: 12,000円")  # a band's bound is no amount of its own
    passage = _passage(f"{text}\nガイドの指名料：1組3,000円\n雨天の中止は前日17時までに連絡します。", heading_path=["ガイド料金"])
    sentences = [_sentence("ガイドの指名料：1組3,000円"), _sentence(text)]
    assert keyword_sentence(question, ["ガイド", "料金"], sentences, [passage]).text == text


def test_competitions_and_stock_taking() -> None:
    assert "コンペ" in japanese_keywords("When is the entry deadline for the autumn golf competition?")
    assert missing_english_subject_terms("When is the store closed for stock-taking?", "■2. 棚卸しに伴う臨時休業 / ・駅前店：9月30日（木）") == []
    assert missing_english_subject_terms("How long is the warehouse closed for the inventory count?", "在庫の棚卸のため、10月1日は休業します。") == []
    assert "株" not in japanese_keywords("When is the shop closed for stock-taking?")
    assert missing_english_subject_terms("When is the store closed for stock-taking?", "空調設備点検のため、9月30日は臨時休業します。") == ["stock taking"]


def test_what_is_cancelled_is_a_booking() -> None:
    text = "取消しの申出の時期: 使用日の7日前から前日まで | 還付する額: 既納の使用料の2割"
    assert missing_english_subject_terms("If a room booking is cancelled 5 days before the day of use, how much is refunded?", text) == []
    assert missing_english_subject_terms("How far ahead can I make a booking?", "利用の申込みは3か月前から受け付ける。") == ["booking"]


def test_a_refund_is_said_by_its_column() -> None:
    question = "If a booking is cancelled 5 days before, how much of the fee is refunded?"
    assert answers_what_was_asked(question, extract_claims("既納の使用料の2割"), "既納の使用料の2割", "還付する額")
    assert not answers_what_was_asked(question, extract_claims("使用料: 2,000円"), "使用料: 2,000円", "使用料")
    assert answers_what_was_asked("解約したら年会費はいくら還付される？", extract_claims("年会費の還付額は残月数分の3,000円"), "年会費の還付額は残月数分の3,000円")


def test_each_sentence_of_an_items_line_is_of_its_block() -> None:
    text = "■2. 秋のオープン大会\n・開催日：10月3日（日）\n・定員：40名（先着順）。エントリー締切 9月17日（金）\n\n■3. その他\n・駐車場は第2を使ってください。"
    labels = block_labels(text)
    assert labels["エントリー締切 9月17日（金）"] == "■2. 秋のオープン大会"
    assert labels["・開催日：10月3日（日）"] == "■2. 秋のオープン大会"


def test_a_two_day_ticket_is_no_day_ticket() -> None:
    assert not any(term.english.startswith("day ticket") for term in terms("How much is a two-day ticket for adults?"))
    assert not any(term.english.startswith("day pass") for term in terms("the price of a 3-day pass"))
    assert not any(term.english.startswith("day pass") for term in terms("the price of a ten-day pass"))
    assert any("1日券" in term.japanese for term in terms("How much is a one-day ticket?"))
    assert any("1日券" in term.japanese for term in terms("How much is a day ticket?"))


def test_the_phrase_that_names_the_row_names_no_column() -> None:
    question = "What were the total sales of the accommodation department (宿泊) in fiscal 2026?"
    row = "部門: 宿泊 | 本館: － | ホテル北浜: 212,400 | 山の家: 31,250 | 合計: 243,650"
    assert {"宿泊", "ホテル"} <= {form for term in terms(question) for form in term.japanese}
    assert keyword_cell(question, ["宿泊", "ホテル", "売上", "2026年度", "合計"], _sentence(row)) == "合計: 243,650"


def test_a_named_column_without_a_value_gives_no_other_columns_figure() -> None:
    row = "券種: 回数券 | 区分: 大人 | 平日 窓口: － | 平日 WEB: 5,400 | 休日 WEB: 6,000"
    question = "How much is the adult coupon ticket bought at the window on a weekday?"
    assert keyword_cell(question, ["大人", "窓口", "平日"], _sentence(row)) == ""
    assert keyword_cell("How much is the adult coupon ticket bought online on a holiday?", ["大人", "WEB", "休日"], _sentence(row)) == "休日 WEB: 6,000"


def test_a_month_is_no_romaji_name() -> None:
    from appliance.text.english import romaji_names

    assert romaji_names("What is the spare day for the June maintenance work?") == []
    assert "6月" in japanese_dates("What is the spare day for the June maintenance work?")
    assert romaji_names("What does the Kaede plan cost?")[:1] == ["カエデ"]


def test_a_price_for_one_at_a_time_is_no_case() -> None:
    from rag.english_answers import for_a_case_not_asked

    row = "区分: 工事費（1回限り） | 内容: アンテナの増設（1本ごと） | 戸建て 改定後: 8,800円 | 集合住宅 改定後: 6,600円"
    passage = _passage(row)
    assert not for_a_case_not_asked("How much does it cost to add one more antenna for a detached house?", _sentence(row), passage, ["アンテナ", "戸建て"])
    alone = "区分: 利用料（1名のみ） | 料金: 1,000円"
    assert for_a_case_not_asked("What is the fee for a group of three people?", _sentence(alone), _passage(alone), ["料金"])
    weekly = "区分: 清掃（週2回） | 料金: 12,000円"
    assert for_a_case_not_asked("How much is the service fee?", _sentence(weekly), _passage(weekly), ["料金"])


def test_the_step_that_names_what_is_done() -> None:
    from rag.answer_checks import Prepared
    from rag.answering import finish_quoted
    from rag.cell_answers import outnaming_sibling

    text = "未払いの督促は次の順に行う（日数は支払期限の翌日を1日目として数える）。\n10日目：担当者がメールで連絡する。\n20日目：担当者が電話で連絡する。\n40日目：内容証明郵便で請求書を送る。"
    question = "未払いの取引先に電話するのは、支払期限の翌日から数えて何日目？"
    steps = [_sentence("40日目：内容証明郵便で請求書を送る。", coverage=0.25), _sentence("20日目：担当者が電話で連絡する。", coverage=0.33), _sentence("10日目：担当者がメールで連絡する。", coverage=0.25)]
    assert outnaming_sibling(steps[0], steps, question) is steps[1]
    assert outnaming_sibling(steps[1], steps, question) is None
    assert outnaming_sibling(_sentence("担当者は経理課です。"), steps, question) is None  # no step
    assert outnaming_sibling(steps[2], steps, "電話で連絡した次の段階は何日目？") is None  # the step after the one named
    assert outnaming_sibling(_sentence("10:00 開会式"), [_sentence("11:00 表彰式で電話番号を案内する")], "電話の案内は何時？") is None  # times are no steps
    prepared = Prepared(question, "ja", [_passage(text, title="債権管理マニュアル", heading_path=["督促の手順"])], [], sentences=steps)
    answer = finish_quoted('{"quote": "40日目：内容証明郵便で請求書を送る。", "answer": "40日目"}', prepared)
    assert "20日目" in answer.text and "40日目" not in answer.text


def test_how_it_usually_goes_names_nothing() -> None:
    from rag.quoting import missing_subject_terms

    row = "依頼先: 他県の大学 | 標準所要日数: 8〜12日 | 送料: 利用者負担"
    assert missing_subject_terms("他県の大学から取り寄せると、ふつう何日くらいかかる？", row) == []
    assert missing_subject_terms("他県の大学から取り寄せると、だいたい何日？", row) == []
    assert missing_subject_terms("普通列車の運賃はいくら？", "種別: 快速 | 運賃: 500円")  # 普通 in its own word is a thing


def test_the_first_and_the_latest_of_alike_dated_sentences() -> None:
    from rag.superlatives import first_or_latest_of_alike

    sentences = [
        _sentence("1　この要綱は、令和6年（2024年）10月1日から施行する。", coverage=0.6),
        _sentence("この要綱は、平成30年（2018年）4月1日から施行する。", coverage=0.6),
        _sentence("この要綱は、令和2年（2020年）7月1日から施行する。", coverage=0.6),
        _sentence("2　この要綱の施行の日前に申請されたものについては、なお従前の例による。", coverage=0.6),
    ]
    assert first_or_latest_of_alike("この要綱がはじめて施行されたのはいつ？", sentences) is sentences[1]
    assert first_or_latest_of_alike("この要綱のいちばん新しい改正はいつから施行？", sentences) is sentences[0]
    assert first_or_latest_of_alike("この要綱はいつから施行？", sentences) is None  # neither asked
    assert first_or_latest_of_alike("最初の申請はどこに出す？", sentences) is None  # no time asked
    assert first_or_latest_of_alike("初めて利用する場合、何日前までに登録が必要？", sentences) is None  # days before, no date
    answering = _sentence("初めて利用する場合は、利用日の3日前までに登録してください。", coverage=0.9)
    assert first_or_latest_of_alike("初めて利用するとき、いつまでに登録する？", [*sentences, answering]) is None  # another sentence holds more


def test_a_fee_of_nothing_answers_how_much() -> None:
    question = "What is the cancellation fee if a class is cancelled more than 7 days before it starts?"
    assert answers_what_was_asked(question, [], "開講日の7日前まで | 無料")
    assert answers_what_was_asked("7日前までに取り消すと手数料はいくら？", [], "取消しの時期: 開講日の7日前まで | 手数料: 無料")
    assert not answers_what_was_asked(question, [], "開講日の7日前まで | 受講料の返金なし")
    assert not answers_what_was_asked("How much is the parking fee?", extract_claims("入館料: 無料 | 駐車料: 要問合せ"), "入館料: 無料 | 駐車料: 要問合せ")


def test_the_row_of_the_month_asked_leads() -> None:
    question = "How many guests did the Minato store (港店) have in May of fiscal 2026?"
    months = _passage("月: 5月 | 駅前店: 12,400 | 港店: 9,870 | 合計: 22,270\n月: 6月 | 駅前店: 11,900 | 港店: 9,120 | 合計: 21,020", heading_path=["月別来店客数"])
    stores = _passage("店舗: 港店 | 席数: 40 | 来店客数（人） 2025年度: 101,200 | 来店客数（人） 2026年度: －", heading_path=["店舗別の席数と来店客数"])
    sentences = [
        _sentence("店舗: 港店 | 席数: 40 | 来店客数（人） 2025年度: 101,200 | 来店客数（人） 2026年度: －", passage=2),
        _sentence("月: 5月 | 駅前店: 12,400 | 港店: 9,870 | 合計: 22,270", passage=1),
        _sentence("月: 6月 | 駅前店: 11,900 | 港店: 9,120 | 合計: 21,020", passage=1),
    ]
    chosen = keyword_sentence(question, ["港店", "5月", "2026年度", "来店客数", "来店"], sentences, [months, stores])
    assert chosen is not None and chosen.text.startswith("月: 5月")


def test_a_grand_total_row_that_spans_the_key_columns() -> None:
    from rag.total_rows import with_the_total_row

    header = "店舗名 | 区分 | 売上（千円） 2025年度 | 売上（千円） 2026年度"
    rows = ["店舗名: 北店 | 区分: 物販 | 売上（千円） 2025年度: 1,200 | 売上（千円） 2026年度: 1,350", "店舗名: 北店 | 区分: 飲食 | 売上（千円） 2025年度: 800 | 売上（千円） 2026年度: 870"]
    total = "店舗名: 全店舗合計 | 売上（千円） 2025年度: 5,400 | 売上（千円） 2026年度: 5,910"
    shown = _passage("\n".join([header, *rows]))
    rest = _passage("\n".join([header, "店舗名: 南店 | 区分: 物販 | 売上（千円） 2025年度: 3,400 | 売上（千円） 2026年度: 3,690", total]))
    sentences = [_sentence(row) for row in rows]
    chosen, _ = with_the_total_row("What were the total sales of all stores in fiscal 2025? 売上 2025年度", sentences, [shown], lambda found: [rest])
    assert chosen[0].text.endswith(total)


def test_the_figure_beside_the_old_one_is_the_revised_one() -> None:
    question = "How much is the admission fee (入会金) under the revised rules?"
    passage = _passage("入会金は11,000円（改定前8,800円）とする。\n紹介を受けて入会した者の入会金は5,500円とする。", heading_path=["第3条（入会）"])
    sentences = [_sentence("紹介を受けて入会した者の入会金は5,500円とする。"), _sentence("入会金は11,000円（改定前8,800円）とする。")]
    chosen = keyword_sentence(question, ["入会金", "入会", "改定後"], sentences, [passage])
    assert chosen is not None and "11,000円" in chosen.text
