"""Rules found on the English and Japanese questions over the thirty-second to thirty-fourth held-out
corpora (tests/data/holdout32..34, read in sessions 27 and 28 after being measured blind), each in
general form and tried here on other documents: a question stating its quantity and its subject in
one clause (「勤続10年で辞めたら退職金はいくら」) keeps its subject when the quantity's words are set
aside, so that the band's row of another thing (the 勤続手当 row) is no answer; a month and a day of
the week are asked in the periods the document defines for a price table's columns (「6月の平日」:
通常期 平日); the band row of the thing the question names is read from the rest of the table; a
note's number (「注記: 2. …」) is no figure; customer visits are counted in people; a grand total
column may write its unit (「全店合計（人）」)."""

from __future__ import annotations

from rag.answering import Prepared
from rag.quoting import Sentence
from rag.retrieval import Passage
from rag.table_rows import row_names_the_subject
from rag.unbanded import unbanded

_ALLOWANCES = (
    "手当の種類: 勤続手当 | 区分: 5年以上10年未満 | 支給額: 11,000円 | 支給単位: 月額\n"
    "手当の種類: 勤続手当 | 区分: 10年以上 | 支給額: 16,500円 | 支給単位: 月額"
)


def _passage(text: str, title: str = "就業規則及び手当規程") -> Passage:
    return Passage(document_id="doc-1", title=title, filename="rules.docx", page=None, score=0.5, text=text, order=1, context=text)


def _row_answers(question: str, row: str, text: str = _ALLOWANCES, title: str = "就業規則及び手当規程") -> bool:
    prepared = Prepared(question, "ja", [_passage(text, title)], None)
    return row_names_the_subject(Sentence(passage=1, text=row, score=1.0, coverage=1.0, similarity=1.0), prepared)


def test_a_one_clause_question_keeps_its_subject_past_its_quantity() -> None:
    row = "手当の種類: 勤続手当 | 区分: 10年以上 | 支給額: 16,500円 | 支給単位: 月額"
    assert unbanded("勤続10年で辞めたら退職金はいくらになりますか？", row) == "辞めたら退職金はいくらになりますか？"
    assert unbanded("退職金は勤続10年でいくら？", row) == "退職金はいくら？"
    # Two clauses: the quantity's clause goes whole, as before.
    assert unbanded("勤続12年なんだけど、勤続手当はいくら？", row) == "勤続手当はいくら？"
    # A quantity no band of the row holds leaves the question as it is.
    assert unbanded("勤続3年で辞めたら退職金はいくら？", row) == "勤続3年で辞めたら退職金はいくら？"
    assert not _row_answers("勤続10年で辞めたら退職金はいくらになりますか？", row)
    assert _row_answers("勤続10年だと勤続手当はいくらですか？", row)


_FARES = (
    "車両 | 距離帯（道のり） | 通常期 平日 | 通常期 土日祝 | 繁忙期 平日 | 繁忙期 土日祝\n"
    "車両: 小型バン | 距離帯（道のり）: 100km以上200km未満 | 通常期 平日: 45,000円 | 通常期 土日祝: 52,000円 | 繁忙期 平日: 64,000円 | 繁忙期 土日祝: 73,000円\n"
    "車両: 中型車 | 距離帯（道のり）: 10km未満 | 通常期 平日: 26,000円 | 通常期 土日祝: 30,000円 | 繁忙期 平日: 36,000円 | 繁忙期 土日祝: 42,000円\n"
    "車両: 中型車 | 距離帯（道のり）: 10km以上40km未満 | 通常期 平日: 30,600円 | 通常期 土日祝: 35,200円 | 繁忙期 平日: 42,800円 | 繁忙期 土日祝: 49,300円"
)
_DEFINITION = "繁忙期は2月、3月及び8月とし、その他の月（1月、4月〜7月、9月〜12月）は通常期とします。土日祝は、土曜日、日曜日及び祝日をいいます。"


def _rows(text: str, passage: int = 1) -> list[Sentence]:
    return [Sentence(passage=passage, text=line, score=1.0, coverage=1.0, similarity=1.0) for line in text.splitlines() if ": " in line]


def test_a_month_and_a_day_are_asked_in_the_periods_the_document_defines() -> None:
    from rag.defined_periods import defined_months, in_the_tables_periods

    assert defined_months(_DEFINITION, {"繁忙期", "通常期", "車両"}) == {2: "繁忙期", 3: "繁忙期", 8: "繁忙期", 1: "通常期", 4: "通常期", 5: "通常期", 6: "通常期", 7: "通常期", 9: "通常期", 10: "通常期", 11: "通常期", 12: "通常期"}
    assert defined_months("閑散期：1月・2月・7月\n繁忙期：11月〜1月", {"閑散期", "繁忙期"}) == {2: "閑散期", 7: "閑散期", 11: "繁忙期", 12: "繁忙期"}  # 1月 claimed twice
    table = _passage(_FARES, title="引越し料金表")
    definition = _passage(_DEFINITION, title="引越し料金表")
    read: list[int] = []

    def rest(found: list[Passage]) -> list[Passage]:
        read.append(1)
        return [definition]

    sentences = _rows(_FARES)
    # The definition is read from the rest of the document; 「土曜日」 is the 土日祝 column's.
    assert in_the_tables_periods("中型車で20kmほど、8月の土曜日だと運賃は？", sentences, [table], rest) == "中型車で20kmほど、繁忙期の土日祝だと運賃は？"
    assert in_the_tables_periods("中型車で20km、6月の平日なら？", sentences, [table], rest) == "中型車で20km、通常期の平日なら？"
    assert in_the_tables_periods("中型車で20km、6月の水曜なら？", sentences, [table, definition], rest) == "中型車で20km、通常期の平日なら？"
    # A period the question names itself, a month no definition holds, rows naming no period: as asked.
    assert in_the_tables_periods("繁忙期の6月の平日は？", sentences, [table, definition], rest) == "繁忙期の6月の平日は？"
    assert in_the_tables_periods("中型車で20km、6月の平日なら？", sentences, [table], lambda found: []) == "中型車で20km、6月の平日なら？"
    hours = _rows("店舗: 本店 | 平日: 10:00〜19:00 | 定休日: 水曜日")
    assert in_the_tables_periods("本店は6月も同じ営業時間？", hours, [_passage("店舗: 本店 | 平日: 10:00〜19:00 | 定休日: 水曜日")], rest) == "本店は6月も同じ営業時間？"


def test_the_band_row_of_the_thing_the_question_names_is_read_from_the_rest() -> None:
    from rag.bands import with_the_band_row

    shown = _passage(_FARES, title="引越し料金表")
    small = "車両: 小型バン | 距離帯（道のり）: 10km以上40km未満 | 通常期 平日: 21,600円 | 通常期 土日祝: 24,900円 | 繁忙期 平日: 30,300円 | 繁忙期 土日祝: 34,900円"
    elsewhere = Passage(document_id="doc-1", title="引越し料金表", filename="rates.pdf", page=1, score=0.0, text=small, order=0, context=small)
    sentences = [sentence for sentence in _rows(_FARES) if "10km以上40km未満" in sentence.text]
    chosen, passages = with_the_band_row("8月の日曜に小型バンで20kmほど、運賃はいくら？", sentences, [shown], lambda found: [elsewhere])
    assert chosen[0].text == small and elsewhere in passages and all("中型車" not in sentence.text or "10km以上" not in sentence.text for sentence in chosen)
    # Named by its first words (「中型」 is not enough for 中型車); the shown row where the question names it.
    chosen, _ = with_the_band_row("中型で20kmほどだと？", sentences, [shown], lambda found: [elsewhere])
    assert chosen[0].text == sentences[0].text
    chosen, _ = with_the_band_row("中型車で20kmほどだと？", sentences, [shown], lambda found: [elsewhere])
    assert chosen[0].text == sentences[0].text
    # The 中型車 row is no answer for 「小型バンで20km」 where no other row is found.
    assert not _row_answers("繁忙期の土日祝に小型バンで20kmほど、運賃はいくら？", sentences[0].text, _FARES, "引越し運賃表")
    assert _row_answers("繁忙期の土日祝に中型車で20kmほど、運賃はいくら？", sentences[0].text, _FARES, "引越し運賃表")


def test_a_notes_number_is_no_figure_and_visits_count_customers() -> None:
    from rag.asked import answers_what_was_asked, asked_kinds
    from rag.claims import extract_claims

    # 「注記: 2. …」 numbers a note: no count of visits, so the note is no answer to "the total number".
    note = "注記: 2. 来店客数は、会計をしたお客さまの延べ人数。"
    question = "What was the total number of customer visits across all salons in fiscal 2027?"
    assert extract_claims(note) == [] and not answers_what_was_asked(question, extract_claims(note), note)
    assert [claim.text for claim in extract_claims("区分: 2.5 kg")] == ["2.5 kg"]
    # Customer visits are counted in people (来店客数（人）); weddings are not.
    assert "人" in asked_kinds(question) and "人" in asked_kinds("How many patient visits were there in May?")
    assert "人" not in asked_kinds("How many weddings were held in total?")


def test_the_grand_total_column_may_write_its_unit() -> None:
    from rag.english_answers import keyword_cell

    row = "月: 合計 | 店舗別 来店客数（人） 本店: 17,780 | 店舗別 来店客数（人） 南店: 11,918 | 全店合計（人）: 29,698"
    sentence = Sentence(passage=1, text=row, score=1.0, coverage=1.0, similarity=1.0)
    question = "What was the total number of customer visits across all salons in fiscal 2027?"
    assert keyword_cell(question, ("来店客", "合計"), sentence, "来店客数（2027年度）") == "全店合計（人）: 29,698"
    assert keyword_cell("How many customers visited the Minami salon (南店) in total?", ("来店客", "南店", "合計"), sentence, "来店客数（2027年度）") == "店舗別 来店客数（人） 南店: 11,918"


def test_an_english_month_is_asked_in_the_defined_period() -> None:
    from rag.defined_periods import keywords_in_the_tables_periods
    from rag.quantities import stated_quantity

    table = _passage(f"{_FARES}\n{_DEFINITION}", title="引越し料金表")
    sentences = _rows(_FARES)
    question = "What is the fare for a medium truck (中型車) going 20 km on a Saturday in August?"
    assert keywords_in_the_tables_periods(question, ("中型車", "土日祝", "8月"), sentences, [table], lambda found: []) == ("中型車", "土日祝", "繁忙期")
    assert keywords_in_the_tables_periods("What is the fare in June?", ("運賃",), sentences, [table], lambda found: []) == ("運賃", "通常期")
    assert keywords_in_the_tables_periods("What is the fare on a Saturday?", ("運賃",), sentences, [table], lambda found: []) == ("運賃",)
    # "60 guests" is a count of people a 「50名以上70名未満」 band holds.
    assert stated_quantity("What is the per-guest price for 60 guests on a Saturday?") == (60.0, "人")


def test_months_something_is_kept_for_are_held_by_month_bands_or_none() -> None:
    from rag.bands import within_the_columns_band
    from rag.quantities import stated_quantity

    cells = [("1か月以上3か月未満", "5,280円"), ("3か月以上6か月未満", "4,950円"), ("6か月以上12か月未満", "4,510円")]
    # 18か月 is held by no column (a longer stay is quoted for separately): no column answers.
    assert stated_quantity("保管センターに18か月預けるときの月額はいくら？") == (1.5, "年")
    assert within_the_columns_band("保管センターに18か月預けるときの月額はいくら？", cells) == []
    assert within_the_columns_band("8か月預けるといくら？", cells) == [("6か月以上12か月未満", "4,510円")]
    assert stated_quantity("3か月後の予定は？") is None  # a time from now, no length of stay


def test_a_follow_up_stating_only_another_quantity_keeps_the_column_asked_before() -> None:
    from rag.cell_answers import cell_answer

    row = "車両: 中型車 | 距離帯（道のり）: 100km以上200km未満 | 通常期 平日: 102,410円 | 通常期 土日祝: 117,770円 | 繁忙期 平日: 143,370円 | 繁忙期 土日祝: 164,880円"
    sentence = Sentence(passage=1, text=row, score=1.0, coverage=1.0, similarity=1.0)
    meant = "中型車で120km、通常期の平日だと基本運賃はいくら?"

    def asked(typed: str) -> str | None:
        return cell_answer([], sentence, Prepared(meant, "ja", [_passage(row, "引越し料金表 基本運賃")], None, sentences=[sentence], asked=typed))

    assert asked("120kmなら？") == "通常期 平日: 102,410円"
    assert asked("120kmの土日祝なら？") == "通常期 土日祝: 117,770円"  # what is typed besides the quantity names the column


def test_who_is_read_from_a_list_of_people_one_a_line() -> None:
    from rag.english_people import person_row

    label = "■3. 各営業所の年末受付責任者"
    lines = ["・北浜営業所：大西 浩一（内線 211）", "・南台営業所：森川 里美（内線 221）", "・西町営業所：田島 亮（内線 231）"]
    text = "\n".join([label, *lines])
    passage = Passage(document_id="doc-1", title="年末の受付体制について", filename="notice.eml", page=None, score=0.5, text=text, order=1, context=text)
    sentences = [Sentence(passage=1, text=f"{label} / {line}", score=1.0, coverage=0.5, similarity=0.85) for line in lines]
    question = "Who is in charge of year-end reception at the Minamidai office (南台営業所)?"
    found = person_row(question, ("年末", "受付", "責任者", "南台営業所", "営業所"), sentences, [passage])
    assert found is not None and found[1] == "南台営業所: 森川 里美"
    # A line of times under such a heading names nobody.
    times = Sentence(passage=1, text=f"{label} / ・南台営業所：9:00〜18:00", score=1.0, coverage=0.5, similarity=0.85)
    assert person_row(question, ("年末", "受付", "責任者", "南台営業所"), [times], [passage]) is None


def test_a_course_is_named_by_its_length() -> None:
    from rag.quoting import missing_subject_terms

    prose = "フットケアは30分3,300円、45分4,730円、60分6,050円です。"
    assert missing_subject_terms("フットケアの45分コースっていくら？", prose) == []
    assert missing_subject_terms("フットケアの90分コースっていくら？", prose) == ["コース"]  # no such length written
    assert missing_subject_terms("フットケアの45分コースっていくら？", "フットケアは予約制です。") == ["コース"]
