"""Rules found on the twenty-eighth held-out corpus (tests/data/holdout28, nurseries and after-school
clubs, measured blind in session 24 and read in session 25), each in general form and tried here on
other documents: bands of years and months of service (「1年6か月以上2年6か月未満」) hold a stated
service in years; a time of day (朝, 夕方) is said by the one clock span the text writes in it; a row
under a title that writes the asked compound (「延長保育料等のご案内」) is of it; a span of the clock
stated (「19時から20時」) picks the row of those hours; a school year asked (6年生) must be written; an
English question naming a place written with kana (みなみ野保育園) is English."""

from __future__ import annotations

from rag.clock_times import holds, stated_time
from rag.everyday_words import rephrased
from rag.quantities import band, stated_quantity
from rag.quoting import missing_numbered_names, missing_subject_terms


def test_bands_of_years_and_months_of_service() -> None:
    assert band("1年6か月以上2年6か月未満") == (1.5, 2.5, True, False, "年")
    assert band("6か月以上1年6か月未満") == (0.5, 1.5, True, False, "年")
    assert band("6年6か月以上")[:3] == (6.5, float("inf"), True)  # type: ignore[index]
    assert band("3か月以上6か月未満") == (0.25, 0.5, True, False, "年")
    assert stated_quantity("勤続2年なら、有休は何日付与される？") == (2.0, "年")
    assert stated_quantity("勤続8か月だと有休は？") == (0.6667, "年")
    # A month's amount is no service: 「1か月の上限額」 states no quantity of years.
    assert stated_quantity("1か月の上限額は？") is None


def test_a_time_of_day_is_said_by_the_clock_span_in_it() -> None:
    row = "施設: さくら坂保育園 | 認定・利用区分: 短時間認定 | 時間帯: 7:30〜8:30 | 月額（改定後）: 2,300円"
    question = "さくら坂保育園の朝の延長保育（短時間認定）、改定前は月額いくらだった？"
    assert "7:30〜8:30" in rephrased(question, row)
    evening = "施設: さくら坂保育園 | 認定・利用区分: 短時間認定 | 時間帯: 16:30〜18:30 | 月額（改定後）: 3,600円"
    assert "朝" in rephrased(question, evening)  # the evening's hours are no morning
    # A name that holds the character is no time of day: 朝凪印刷.
    assert rephrased("朝凪印刷の受付時間は？", "受付: 9:00〜17:00") == "朝凪印刷の受付時間は？"
    assert missing_subject_terms(question, f"保育料・延長保育料等のご案内\n{row}") == []


def test_a_span_of_the_clock_stated_picks_the_hours_that_hold_it() -> None:
    time = stated_time("しののめ保育園の19時から20時の延長保育を、登録しないで1回だけ使うといくら？")
    assert time == 19.5
    assert holds("時間帯: 19:00〜20:00 | 1回利用（スポット）: 600円", time)
    assert not holds("時間帯: 18:00〜19:00 | 1回利用（スポット）: 500円", time)
    # One time stated is read as before; a span past midnight too.
    assert stated_time("夜中の1時に出動したら") == 1.0
    assert stated_time("22時から翌日5時までの出動は") == 1.5


def test_a_school_year_asked_must_be_written() -> None:
    assert missing_numbered_names("しののめ学童クラブに6年生は何人在籍していますか？", "施設: しののめ学童クラブ | 定員（人）: 80 | 在籍児童数（人）: 66") == ["6年生"]
    assert missing_numbered_names("1年生は何人？", "学年: 1年生 | 人数: 20") == []


def test_an_english_question_naming_a_place_with_kana_is_english() -> None:
    from appliance.text.japanese import language_of

    assert language_of("What was the occupancy rate (充足率) of みなみ野保育園 on March 1, 2027?") == "en"
    assert language_of("How many children were enrolled at しののめ保育園 on August 1, 2026?") == "en"
    # Japanese with English product names is still Japanese.
    assert language_of("Microsoft Teams の会議の録画はどこに保存されますか") == "ja"
    assert language_of("Google Workspace のアカウントは誰が発行しますか？") == "ja"
    assert language_of("PCの電源が入らないときはどうすればいい？") == "ja"


def test_a_follow_up_naming_another_row_keeps_the_column_asked_before() -> None:
    from rag.answering import Prepared
    from rag.cell_answers import cell_answer
    from rag.quoting import Sentence
    from rag.retrieval import Passage

    rows = (
        "施設: さくら坂保育園 | 定員（人）: 60 | 4月1日在籍見込み（人）: 54 | 年度末目標（人）: 58 | 充足率目標: 96.7%\n"
        "施設: しののめ学童クラブ | 定員（人）: 80 | 4月1日在籍見込み（人）: 72 | 年度末目標（人）: 74 | 充足率目標: 92.5%"
    )
    passage = Passage(document_id="doc-1", title="2027年度 利用児童数目標", filename="targets.pptx", page=2, score=0.5, text=rows, order=1, context=rows, heading_path=["利用児童数目標"])
    shown = [Sentence(passage=1, text=line, score=1.5, coverage=0.9, similarity=0.9) for line in rows.splitlines()]
    prepared = Prepared(
        question="2027年度の年度末の利用児童数目標、しののめ学童クラブは何人?", language="ja", passages=[passage], messages=None, sentences=shown, asked="しののめ学童クラブは？"
    )
    assert cell_answer([], shown[1], prepared) == "年度末目標（人）: 74"


def test_the_most_of_a_table_as_of_a_date() -> None:
    from rag.retrieval import Passage
    from rag.superlatives import superlative_row

    rows = "\n".join(
        f"施設: {name} | 定員（人）: {capacity} | 在籍児童数（人）: {children} | 充足率: {rate}"
        for name, capacity, children, rate in (
            ("しののめ保育園", 120, 120, "100.0%"), ("みなみ野保育園", 100, 98, "98.0%"), ("しののめ学童クラブ", 80, 66, "82.5%"),
            ("みなみ野学童クラブ", 60, 52, "86.7%"), ("合計", 360, 336, "93.3%"),
        )
    )
    passage = Passage(document_id="doc-1", title="在籍児童数・充足率", filename="enrolment.xlsx", page=None, score=0.5, text=rows, order=1, context=rows, heading_path=["充足率・職員配置"])
    found = superlative_row("2027年3月1日現在で、定員充足率がいちばん低い施設はどこですか？", [passage])
    assert found is not None and found[1] == "施設: しののめ学童クラブ（充足率: 82.5%）"
    # A month of a year's table asked is still one: no 2月 column here.
    assert superlative_row("2月に充足率がいちばん低い施設は？", [passage]) is None


def _fee_schedule_pdf() -> bytes:
    """A fee table whose header takes three lines: each age class set flush left over 「標準時間 | 短時間」,
    with 「階層」 and the band's name merged down on the middle line beside them."""
    from tests.test_pdf_layout import FONT, _report_pdf

    def draw(page: object) -> None:
        page.setFont(FONT, 9)  # type: ignore[attr-defined]
        page.drawString(57, 730, "2. 保育園の月額保育料")  # type: ignore[attr-defined]
        for left, name in ((236, "0歳児"), (340, "1・2歳児"), (443, "3歳児以上")):
            page.drawString(left, 712, name)  # type: ignore[attr-defined]
        page.drawString(55, 702, "階層")  # type: ignore[attr-defined]
        page.drawString(86, 702, "市町村民税所得割額（世帯合算）")  # type: ignore[attr-defined]
        for left in (236, 340, 443):
            page.drawString(left, 692, "標準時間")  # type: ignore[attr-defined]
            page.drawString(left + 52, 692, "短時間")  # type: ignore[attr-defined]
        rows = (("D1", "48,600円未満", "15,200円", "14,900円", "14,500円", "14,200円", "7,800円", "7,600円"),
                ("D2", "48,600円以上57,700円未満", "19,800円", "19,400円", "18,900円", "18,500円", "9,600円", "9,400円"))
        for index, (level, income, *fees) in enumerate(rows):
            y = 674 - index * 20
            page.drawString(55, y, level)  # type: ignore[attr-defined]
            page.drawString(86, y, income)  # type: ignore[attr-defined]
            for left, fee in zip((236, 288, 340, 392, 443, 495), fees, strict=True):
                page.drawString(left, y, fee)  # type: ignore[attr-defined]

    return _report_pdf(draw)


def test_a_header_of_age_classes_over_hours_beside_names_merged_down() -> None:
    from tests.test_pdf_layout import _page_lines

    lines = _page_lines(_fee_schedule_pdf())
    assert "階層 | 市町村民税所得割額（世帯合算） | 0歳児 標準時間 | 0歳児 短時間 | 1・2歳児 標準時間 | 1・2歳児 短時間 | 3歳児以上 標準時間 | 3歳児以上 短時間" in lines, lines
    assert any(line.startswith("階層: D2 | 市町村民税所得割額（世帯合算）: 48,600円以上57,700円未満 | 0歳児 標準時間: 19,800円 | 0歳児 短時間: 19,400円") for line in lines), lines


def test_a_notices_date_and_sender_is_a_dateline() -> None:
    from rag.asked import is_dateline

    assert is_dateline("2027年（令和9年）3月1日 社会福祉法人しののめ福祉会 法人本部 保育事業課")
    assert is_dateline("2027年5月20日 朝凪印刷紙器株式会社 生産本部 品質保証課")
    # An event's date is no dateline.
    assert not is_dateline("7月17日（土） 夏祭り 全保育園")
    assert not is_dateline("2027年7月17日 夏祭り")


def test_of_two_whole_tables_the_most_is_of_the_one_whose_column_is_asked() -> None:
    from rag.retrieval import Passage
    from rag.superlatives import superlative_row

    targets = "\n".join(f"施設: {name} | 定員（人）: {capacity} | 4月1日在籍児童数見込み（人）: {expected}" for name, capacity, expected in (("A園", 120, 116), ("B園", 90, 86), ("Cクラブ", 60, 56), ("合計", 270, 258)))
    staffing = "\n".join(f"施設: {name} | 定員（人）: {capacity} | 職員1人当たり児童数（人）: {ratio}" for name, capacity, ratio in (("A園", 120, "4.8"), ("B園", 90, "5.3"), ("Cクラブ", 60, "10.4"), ("合計", 270, "5.6")))
    passages = [
        Passage(document_id=f"doc-{number}", title=title, filename=f"{number}.xlsx", page=None, score=0.5, text=text, order=1, context=text, heading_path=[title])
        for number, (title, text) in enumerate((("利用児童数目標", targets), ("職員配置", staffing)), start=1)
    ]
    found = superlative_row("職員1人当たりの児童数がいちばん多い施設はどこ？", passages)
    assert found is not None and found[1] == "施設: Cクラブ（職員1人当たり児童数（人）: 10.4）"
