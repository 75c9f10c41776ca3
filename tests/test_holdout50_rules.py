"""Rules found in session 34 on the questions over the forty-eighth and fiftieth held-out corpora (a
cinema chain, a city library), measured blind first and read after, and on holdout45's English
questions, each in general form and tried here on other documents: bands of hours before a moment
(「開演の24時間以上72時間未満前」, 「48時間前を過ぎ、3時間前まで」) and the worked example of another
quantity beside them; a rate of a price (「代金の50%」) is how much a fee is; a grand total row
(全店合計) for 「全部あわせると」, never one group's 小計; a thing the question names that the rows list
no such thing as (和室 among 研修室 and 集会室); the model's quote over another line's figure; 「2回目」
is 「第2回」, and an English round's line read beside the one the search chose; English non-members,
"what did members pay", the person of an "if" clause, and a sheet headed as money for "how many"."""

from __future__ import annotations

from appliance.text.english import dictionary_keywords, japanese_dates, japanese_keywords
from rag.answer_checks import answering_sentence
from rag.answering import Prepared, finish_quoted
from rag.asked import answers_what_was_asked, asked_kinds
from rag.bands import within_the_band, writes_another_quantity
from rag.claims import extract_claims
from rag.english_answers import heading_counts_another_kind, keyword_sentence
from rag.english_subject import names_the_english_subject
from rag.followups import standalone_question
from rag.numbered_names import missing_numbered_names, of_the_rounds_asked
from rag.quantities import band, stated_all
from rag.quoting import Sentence, missing_subject_terms, with_written_forms
from rag.retrieval import Passage
from rag.table_rows import keyed_by_question, row_names_the_subject


def _passage(text: str, title: str = "規程", heading_path: list[str] | None = None) -> Passage:
    return Passage(document_id="doc-1", title=title, filename="rules.docx", page=None, score=0.5, text=text, order=1, context=text, heading_path=heading_path or [])


def _sentence(text: str, passage: int = 1, coverage: float = 1.0) -> Sentence:
    return Sentence(passage=passage, text=text, score=1.0 + coverage, coverage=coverage, similarity=0.9)


def test_bands_of_hours_before_a_moment() -> None:
    assert band("開演の24時間以上72時間未満前") == (24.0, 72.0, True, False, "時間前")
    assert band("開演の24時間未満前") == (float("-inf"), 24.0, True, False, "時間前")
    assert band("出発の72時間以上前") == (72.0, float("inf"), True, True, "時間前")
    # 「…前まで」 is at least that long before; 「…前を過ぎ」 is less.
    assert band("出発の48時間前まで") == (48.0, float("inf"), True, False, "時間前")
    assert band("出発の48時間前を過ぎ、3時間前まで") == (3.0, 48.0, True, False, "時間前")
    assert band("出発の3時間前を過ぎ、30分前まで") == (0.5, 3.0, True, False, "時間前")
    assert band("出発の30分前を過ぎた後") == (0.0, 0.5, True, False, "時間前")
    assert band("24時間未満") == (float("-inf"), 1440.0, True, False, "分")  # a length, as before
    assert band("出発の3日前まで") == (3.0, float("inf"), True, True, "日前")  # days before, as before
    assert stated_all("出発のちょうど24時間前に取り消したら？") == {"時間前": 24.0}
    assert stated_all("出発の30分前にキャンセルすると？") == {"時間前": 0.5}
    assert stated_all("If I cancel 20 hours before departure, what is the fee?")["時間前"] == 20.0
    assert "時間前" not in stated_all("出発の3時間前に集合してください")  # nothing cancelled: no band asked


def test_a_worked_example_of_another_quantity_is_no_answer() -> None:
    question = "出発の2時間前に取り消すと、手数料はいくら？"
    example = "たとえば出発のちょうど3時間前の取消しは、手数料500円の区分である。"
    assert writes_another_quantity(question, example)
    assert not writes_another_quantity("出発のちょうど3時間前に取り消すと手数料は？", example)
    assert writes_another_quantity("What is the refund fee if a ticket is cancelled more than 48 hours before departure?", example)
    rows = [
        _sentence("取消しの時期: 出発の48時間前を過ぎ、3時間前まで | 手数料: 500円"),
        _sentence("取消しの時期: 出発の3時間前を過ぎ、30分前まで | 手数料: 代金の50%"),
        _sentence(example),
        _sentence("区分の境目の時刻ちょうどの取消しは、手数料の低い方の区分による。"),
    ]
    chosen = within_the_band(question, rows)
    assert [sentence.text for sentence in chosen] == [rows[1].text, rows[3].text]


def test_a_rate_of_a_price_is_how_much_a_fee_is() -> None:
    question = "出発の2時間前に取り消すと、手数料はどれだけ取られる？"
    assert asked_kinds(question) == frozenset({"円"})
    text = "取消しの時期: 出発の3時間前を過ぎ、30分前まで | 手数料: 代金の50%"
    assert answers_what_was_asked(question, extract_claims(text), text)
    assert not answers_what_was_asked(question, extract_claims("参加率: 50%"), "参加率: 50%")  # a rate of nothing is no amount


def test_a_ticket_is_the_kind_of_ticket_a_document_writes() -> None:
    assert "鑑賞券" in with_written_forms("チケットをキャンセルしたら？")
    assert missing_subject_terms("前売りのチケットの払戻手数料は？", "前売入場券の払戻手数料: 200円") == []
    assert missing_subject_terms("前売りのチケットの払戻手数料は？", "前売回数券の払戻手数料: 200円") == []  # (券 is written)
    assert missing_subject_terms("前売りのチケットの払戻手数料は？", "前売りの払戻手数料: 200円") == ["チケット"]


def _library_rows() -> tuple[str, list[Sentence]]:
    rows = (
        "館名: 北館 | 資料区分: 一般書 | 貸出冊数: 120,400\n"
        "館名: 北館 | 資料区分: 小計 | 貸出冊数: 150,800\n"
        "館名: 南館 | 資料区分: 一般書 | 貸出冊数: 98,200\n"
        "館名: 全館合計 | 貸出冊数: 402,100"
    )
    return rows, [_sentence(line) for line in rows.splitlines()]


def test_the_grand_total_row_for_all_of_them_not_one_groups_subtotal() -> None:
    rows, sentences = _library_rows()
    prepared = Prepared(question="3館全部あわせると、貸出冊数は何冊？", language="ja", passages=[_passage(rows)], messages=[], sentences=sentences)
    assert keyed_by_question(sentences[3], prepared)
    assert not keyed_by_question(sentences[1], prepared)
    # The group named: its 小計 is all of it.
    of_one = Prepared(question="北館の貸出冊数は全部でいくつ？", language="ja", passages=[_passage(rows)], messages=[], sentences=sentences[:3])
    assert keyed_by_question(sentences[1], of_one)


def test_a_thing_the_rows_list_no_such_thing_as_is_not_their_row() -> None:
    rows = (
        "施設: 本館 大ホール | 定員: 200名 | 午前・午後（1区分） 改定後: 5,000円 | 夜間（1区分） 改定後: 6,000円\n"
        "施設: 本館 第1会議室 | 定員: 30名 | 午前・午後（1区分） 改定後: 1,500円 | 夜間（1区分） 改定後: 2,000円\n"
        "施設: 本館 第2会議室 | 定員: 20名 | 午前・午後（1区分） 改定後: 1,000円 | 夜間（1区分） 改定後: 1,300円"
    )
    sentences = [_sentence(line, coverage=0.5) for line in rows.splitlines()]
    passage = _passage(rows, title="市民センター使用規程", heading_path=["市民センター使用規程", "第5条 使用料"])
    asked = Prepared(question="本館の和室を午前中に借りるといくら？", language="ja", passages=[passage], messages=[], sentences=sentences)
    assert not row_names_the_subject(sentences[0], asked)
    listed = Prepared(question="本館の第2会議室を午前中に借りるといくら？", language="ja", passages=[passage], messages=[], sentences=sentences)
    assert row_names_the_subject(sentences[2], listed)


def test_the_models_quote_stands_over_another_lines_figure() -> None:
    text = (
        "未払いの会費がある会員には、新たな予約を受け付けない。督促は次の順に行う（日数は納付期限の翌日を1日目として数える）。\n"
        "7日目：督促メールを自動で送る。\n14日目：担当の職員が電話で連絡する。\n28日目：督促状を郵送する。\n56日目：会員資格を停止する。"
    )
    passage = _passage(text, title="会員業務マニュアル", heading_path=["会員業務マニュアル", "3-2 未納会費の督促"])
    lines = [
        ("督促は次の順に行う（日数は納付期限の翌日を1日目として数える）。", 0.58), ("14日目：担当の職員が電話で連絡する。", 0.33),
        ("未払いの会費がある会員には、新たな予約を受け付けない。", 0.25), ("28日目：督促状を郵送する。", 0.25), ("7日目：督促メールを自動で送る。", 0.25),
    ]
    sentences = [Sentence(passage=1, text=line, score=1 + coverage, coverage=coverage, similarity=0.88) for line, coverage in lines]
    prepared = Prepared(question="会費を滞納している人に電話をかけるのは、納付期限の翌日から数えて何日目？", language="ja", passages=[passage], messages=[], sentences=sentences)
    answer = finish_quoted('{"quote": "14日目", "answer": "28日目"}', prepared)
    assert "28日目" not in answer.text
    assert "14日目" in answer.text and not answer.refused
    # Where the answer is the quote's own figure, it stands as before.
    assert finish_quoted('{"quote": "14日目", "answer": "14日目"}', prepared).text.startswith("14日目")


def test_a_second_time_is_the_second_round() -> None:
    assert missing_numbered_names("研修の2回目はいつ？", "・第2回：6月3日（水）") == []
    assert missing_numbered_names("研修の2回目はいつ？", "・第1回：6月1日（月）") == ["2回目"]
    assert missing_numbered_names("第3回の説明会はどこで？", "・3回目：7月1日 本社") == []


def test_an_english_rounds_line_is_read_beside_the_one_shown() -> None:
    text = "■2. 接客研修\n・第1回：6月1日（月）10:00〜12:00 本社\n・第2回：6月3日（水）14:00〜16:00 西館\n・申込締切：5月25日"
    passage = _passage(text, title="周知")
    shown = [_sentence("■2. 接客研修 / ・第2回：6月3日（水）14:00〜16:00 西館")]
    found = of_the_rounds_asked(["第1回", "研修"], shown, [passage])
    assert [sentence.text for sentence in found] == ["■2. 接客研修 / ・第1回：6月1日（月）10:00〜12:00 本社"]
    assert of_the_rounds_asked(["第2回"], shown, [passage]) == shown


def test_english_non_members_pay_the_standard_price() -> None:
    assert japanese_keywords("What is the non-member price of the basic plan?")[0] == "一般料金"
    assert "会員料金" not in japanese_keywords("What do non-members pay for the hall?")
    assert japanese_keywords("What is the member price of the basic plan?")[0] == "会員料金"  # as before
    assert "円" in asked_kinds("Before the revision, what did members pay for the cleaning option?")
    assert "円" not in asked_kinds("What did members say about the cleaning option?")


def test_the_person_of_an_if_clause_is_no_subject() -> None:
    row = "第8条（取消し）\n取消しの時期: 開演の24時間未満前 | 取消料: 代金の35%"
    assert names_the_english_subject("If a customer cancels 20 hours before the show, what cancellation fee applies?", row)
    assert not names_the_english_subject("What cancellation fee applies to a customer's parking permit?", row)


def test_a_sheet_headed_as_money_gives_no_count() -> None:
    assert heading_counts_another_kind(asked_kinds("How many weddings did the east hall hold?"), "プラン別売上高\n会場別 売上高（千円）")
    assert not heading_counts_another_kind(asked_kinds("How many weddings did the east hall hold?"), "会場別挙式件数")
    assert heading_counts_another_kind(asked_kinds("How much did the east hall earn?"), "会場別挙式件数")
    assert not heading_counts_another_kind(asked_kinds("How much did the east hall earn?"), "挙式件数・売上")  # both named: no telling
    rows = "月: 合計 | 東館: 312 | 西館: 208\n"
    counts = _passage(rows, title="実績", heading_path=["会場別挙式件数"])
    money = _passage("プラン区分: 合計 | 東館: 98,400 | 西館: 61,200", title="実績", heading_path=["会場別売上高"])
    sentences = [_sentence("月: 合計 | 東館: 312 | 西館: 208", passage=1), _sentence("プラン区分: 合計 | 東館: 98,400 | 西館: 61,200", passage=2)]
    found = keyword_sentence("How many weddings did the east hall (東館) hold in total?", ["東館", "合計"], sentences, [counts, money])
    assert found is not None and found.passage == 1


def test_an_english_band_row_holds_the_stated_hours_before() -> None:
    rows = "取消しの時期: 開演の24時間以上72時間未満前 | 取消料: 代金の15%\n取消しの時期: 開演の24時間未満前 | 取消料: 代金の35%"
    sentences = [_sentence(line) for line in rows.splitlines()]
    prepared = Prepared(
        question="If a customer cancels 20 hours before the show starts, what cancellation fee is charged?", language="en",
        passages=[_passage(rows, heading_path=["第8条（取消し）"])], messages=[], sentences=sentences, keywords=("取消料", "取消", "20時間", "開演"),
    )
    found = answering_sentence(prepared)
    assert found is not None and "35%" in found[0].text


def test_an_english_count_of_people_named_with_a_qualifier() -> None:
    assert stated_all("A group of 15 high-school students books a screening: what is the group rate per student?") == {"人": 15.0}
    assert stated_all("A class of 28 elementary school children visits the museum") == {"人": 28.0}
    assert stated_all("In 2026 new students pay what?") == {}  # a year, not 2,026 people
    assert stated_all("What is the fee for 12 people?") == {"人": 12.0}  # as before


def test_how_many_people_asked_as_nanmei() -> None:
    assert asked_kinds("説明会の定員は何名？") >= {"名", "人"}
    assert asked_kinds("新人研修は何名まで参加できる？") >= {"名", "人"}


def test_a_follow_up_of_another_thing_done_keeps_the_ask() -> None:
    assert standalone_question("電話するのは？", "未納会費の督促状は、納付期限の翌日から何日目に送る？") == "未納会費の電話するのは何日目?"


def test_a_follow_up_attribute_of_its_own_kind_drops_the_old_ask() -> None:
    assert standalone_question("じゃあ貸出期間は？", "会員が3名以上の団体は、団体貸出で何冊まで借りられる？").endswith("の貸出期間は?")
    assert standalone_question("全高は？", "A320の全長は何m？") == "A320の全高は何m?"  # as before


def test_an_english_row_named_in_japanese_in_brackets_leads() -> None:
    rows = "区分: 一般 | 改定後: 2,200円 | 改定前: 2,000円\n区分: レイトショー（20時以降） | 改定後: 1,500円 | 改定前: 1,400円 | 備考: 通常料金より安い"
    sentences = [_sentence(line) for line in rows.splitlines()]
    passage = _passage(rows, title="鑑賞料金規程", heading_path=["第4条（鑑賞料金）"])
    keywords = ["大人", "入館料", "改定後", "一般", "通常", "改定"]
    found = keyword_sentence("What will the regular adult (一般) admission price be after the revision?", keywords, sentences, [passage])
    assert found is not None and found.text.startswith("区分: 一般")
    assert "鑑賞料金" in japanese_keywords("What is the admission price for a child?") or names_the_english_subject("What is the admission price?", "鑑賞料金: 1,000円")


def test_may_after_a_preposition_is_the_month_and_have_is_no_keyword() -> None:
    assert japanese_dates("How many visitors did the east hall have in May of fiscal 2026?") == ["5月", "2026年度"]
    assert japanese_dates("What were sales for May?") == ["5月"]
    assert japanese_dates("How may I apply?") == [] and japanese_dates("May I bring a guest?") == []  # as before
    assert "含む" not in dictionary_keywords("How many visitors did the east hall have?", "入場者数には招待客を含む。")
