"""Rules found on the fourth held-out corpus (tests/data/holdout4), each in general form: a
direction written onto a name (北病院) names one of its kind, a table whose prose lead-in closes
the page before is still read under it, a column that names its unit, counters and everyday words
a rule book writes otherwise, and a noun written inside a longer word."""

from __future__ import annotations

import json

from appliance.text import english
from appliance.text.japanese import nouns
from ingestion.models import Chunk
from rag.answering import Prepared, finish_quoted
from rag.asked import answers_what_was_asked, asked_kinds, with_column_unit
from rag.claims import extract_claims
from rag.numbered_names import keyed_by_a_numbered_name
from rag.question_words import inside_longer_words
from rag.quoting import Sentence, missing_subject_terms, names_the_subject, subject_terms
from rag.retrieval import Passage, _lead_into_table
from rag.table_intros import block_labels

LEAD = "針刺し・切創と血液・体液曝露の報告件数は、次のとおりである。"
ROWS = (
    "施設 | 2024年度 | 2025年度\n"
    "施設: アサギ中央病院 | 2024年度: 38件 | 2025年度: 31件\n"
    "施設: アサギ北病院 | 2024年度: 11件 | 2025年度: 14件\n"
    "施設: アサギリハビリテーション病院 | 2024年度: 4件 | 2025年度: 3件"
)


def test_a_direction_written_onto_a_name_is_part_of_it() -> None:
    assert [noun.surface for noun in subject_terms("北病院の針刺しは何件？")] == ["北病院", "針刺し"]
    assert "北病院" in missing_subject_terms("北病院の針刺しは何件？", "施設: アサギリハビリテーション病院 | 針刺し: 3件")
    assert missing_subject_terms("北病院の針刺しは何件？", "施設: アサギ北病院 | 針刺し: 14件") == []
    # A direction on its own is no part of the next word.
    assert [noun.surface for noun in subject_terms("東京の北にある工場は？")] == ["東京", "工場"]


def test_the_lead_into_a_table_on_the_page_before_is_kept() -> None:
    before = Chunk(text=f"(4) 費用は労災保険の扱いとする。\n{LEAD}", page=1, order=3)
    table = Chunk(text=ROWS, page=2, order=4)
    assert _lead_into_table(before, table) == f"(4) 費用は労災保険の扱いとする。\n{LEAD}"
    # Not when the chunk starts with prose, nor on the same page (its neighbours are there already).
    assert _lead_into_table(before, Chunk(text=f"5. N95マスク\n{ROWS}", page=2, order=4)) == ""
    assert _lead_into_table(Chunk(text=LEAD, page=2, order=3), table) == ""


def test_a_row_is_read_under_the_lead_of_its_table_in_the_chunk_before() -> None:
    question = "北病院で、2025年度に針刺しの報告は何件あった？"
    passage = Passage(document_id="doc-1", title="感染対策マニュアル", filename="m.pdf", page=2, score=0.5,
                      text=ROWS, order=4, context=f"{LEAD}\n{ROWS}")
    rows = ROWS.splitlines()[1:]
    sentences = [Sentence(passage=1, text=rows[1], score=1.6, coverage=0.8, similarity=0.87),
                 Sentence(passage=1, text=rows[0], score=1.5, coverage=0.7, similarity=0.85),
                 Sentence(passage=1, text=rows[2], score=1.5, coverage=0.7, similarity=0.84)]
    prepared = Prepared(question=question, language="ja", passages=[passage], messages=[], sentences=sentences)

    # The small model's 「1件」, held by no row of 北病院: the row the question names answers.
    answer = finish_quoted(json.dumps({"quote": "報告は1件あった。", "answer": "1件"}, ensure_ascii=False), prepared)

    assert answer.text.startswith("2025年度: 14件 [1]"), answer.text
    assert not answer.refused


def test_a_bare_number_takes_the_unit_its_column_names() -> None:
    assert with_column_unit("平均在院日数（日） 2026年度", "68.9") == "68.9日"
    assert with_column_unit("1日平均入院患者数（名） 実績", "108.6") == "108.6名"
    assert with_column_unit("再編後（2027年10月）", "16") == "16"  # a period, not a unit
    assert with_column_unit("病床稼働率 実績", "87.4%") == "87.4%"


WARDS = ("病院: アサギリハビリテーション病院 | 許可病床数（床） 2026年度: 120 | 1日平均入院患者数（名） 実績: 108.6 | "
         "病床稼働率 実績: 90.5% | 平均在院日数（日） 2025年度: 71.2 | 平均在院日数（日） 2026年度: 68.9")


def test_days_asked_are_read_from_the_column_counted_in_days() -> None:
    answer = finish_quoted_one("リハビリ病院に入院すると、2026年度の実績だと平均で何日くらい入院してる？", WARDS, "診療実績", "入院してる。", "1日")
    assert answer.text.startswith("平均在院日数（日） 2026年度: 68.9 [1]"), answer.text


DUTY = "区分: 医師（常勤） | 平日の宿直: 30,000円 | 土日祝日の日直: 32,000円 | 土日祝日の宿直: 36,000円"


def test_a_weekday_named_in_everyday_words_names_the_rule_books_column() -> None:
    # The model's 「30,000円」 is the weekday night's: 土曜 is what the table groups as 土日祝日.
    answer = finish_quoted_one("常勤のドクターが土曜の夜に当直に入ったら、手当はいくらですか", DUTY, "宿日直手当", "手当は30,000円です。", "30,000円")
    assert answer.text.startswith("土日祝日の宿直: 36,000円 [1]"), answer.text


def test_characters_asked_are_answered_by_a_count_of_characters() -> None:
    line = "・抄録：本文400字以内（前回までは600字以内）、図表は1点まで"
    assert answers_what_was_asked("医学会の抄録って何文字まで書けますか", extract_claims(line), line)
    assert asked_kinds("緩和ケアの病床は何床できる予定？") == frozenset({"床"})


def test_a_noun_inside_a_longer_word_is_held_as_the_question_writes_it() -> None:
    surfaces = {noun.normalized.lower(): noun.surface for noun in nouns("ノロみたいな胃腸炎")}
    held = inside_longer_words(set(surfaces), "感染症: 感染性胃腸炎（ノロウイルス等）", surfaces)
    assert {surfaces[term] for term in held} == {"ノロ", "胃腸炎"}
    # One kanji is no word inside another.
    assert inside_longer_words({"炎"}, "感染性胃腸炎", {}) == set()


def finish_quoted_one(question: str, text: str, title: str, quote: str, said: str):
    passage = Passage(document_id="doc-1", title=title, filename="d.docx", page=1, score=0.5, text=text, order=0, context=text)
    sentences = [Sentence(passage=1, text=line, score=1.6, coverage=0.8, similarity=0.9) for line in text.splitlines()]
    prepared = Prepared(question=question, language="ja", passages=[passage], messages=[], sentences=sentences)
    return finish_quoted(json.dumps({"quote": quote, "answer": said}, ensure_ascii=False), prepared)


NIGHTS = ("職種: 看護師・助産師 | 準夜勤 改定前: 3,800円 | 準夜勤 改定後: 4,200円 | 深夜勤 改定前: 4,800円 | "
          "深夜勤 改定後: 5,300円 | 二交代夜勤 改定前: 9,500円 | 二交代夜勤 改定後: 10,500円")


def test_of_the_columns_before_and_after_a_change_the_one_after_answers() -> None:
    # 「4月から」 is when the change applies, not a month's row; the model's 3,800円 is another column's.
    answer = finish_quoted_one("4月から、看護師が二交代の夜勤に入ると1回いくらもらえるんですか？", NIGHTS, "夜勤手当細則", "いくら？", "3,800円")
    assert answer.text.startswith("二交代夜勤 改定後: 10,500円 [1]"), answer.text
    # Sudachi splits 深夜勤 in the question otherwise than in the column: its written form names it.
    answer = finish_quoted_one("看護師の深夜勤の手当って、今回の改定でいくらになった？", NIGHTS, "夜勤手当細則", "いくら？", "")
    assert answer.text.startswith("深夜勤 改定後: 5,300円 [1]"), answer.text


def test_the_earlier_value_is_the_column_before_the_change() -> None:
    answer = finish_quoted_one("看護師の準夜勤の手当、改定前はいくらだった？", NIGHTS, "夜勤手当細則", "4,200円", "4,200円")
    assert answer.text.startswith("準夜勤 改定前: 3,800円 [1]"), answer.text
    assert [noun.surface for noun in subject_terms("改定前の常勤医の当直手当はいくらだったの？")] == ["常勤", "当直", "手当"]


def test_a_figure_from_a_column_the_question_does_not_name_is_no_answer() -> None:
    # 準夜勤 asked, both of its columns named alike, and the model took 二交代夜勤's figure.
    rows = "職種: 看護師 | 準夜勤 4月: 3,800円 | 準夜勤 10月: 4,200円 | 二交代夜勤: 9,500円"
    answer = finish_quoted_one("看護師の準夜勤の手当はいくら？", rows, "夜勤手当細則", "9,500円", "9,500円")
    assert answer.refused, answer.text


def test_a_named_site_the_row_does_not_write_is_never_forgiven() -> None:
    # Six things asked, two missing: 事故 may be the asker's own word; 北病院 may not.
    question = "北病院で、2025年度に針刺しとか血液が飛んだ事故の報告は何件あった？"
    text = f"{LEAD}\n施設: アサギリハビリテーション病院 | 2024年度: 4件 | 2025年度: 3件"
    assert not names_the_subject(question, text)
    assert names_the_subject(question, f"{LEAD}\n施設: アサギ北病院 | 2024年度: 11件 | 2025年度: 14件")


def test_the_value_before_a_correction_is_an_earlier_one() -> None:
    row = "施設: アサギ北病院 | 救急車受入件数（件） 2025年度: 1,148 | 救急車受入件数（件） 2026年度: 1,092"
    answer = finish_quoted_one("北病院の2025年度の救急車の訂正前の数字は何件?", row, "診療実績", "1,148", "1,148")
    assert answer.refused, answer.text  # the row holds the corrected figure only


SLIDE = ("現在（2027年1月）\n手術室：6室\n救急外来の診察室：3室\n"
         "南棟開設後（2027年10月から）\n手術室：8室（うちハイブリッド手術室1室）\n救急外来の診察室：5室（うち小児用1室）")


def test_a_slides_side_by_side_blocks_are_read_under_their_labels() -> None:
    labels = block_labels(SLIDE)
    assert labels["手術室：6室"] == "現在（2027年1月）"
    assert labels["救急外来の診察室：5室（うち小児用1室）"] == "南棟開設後（2027年10月から）"
    assert block_labels("場所：敷地内\n規模：地上7階") == {}


def _labelled(question: str, quote: str, said: str):
    lines = [f"{label} / {line}" for line, label in block_labels(SLIDE).items()]
    passage = Passage(document_id="doc-1", title="南棟の開設で変わること", filename="s.pptx", page=3, score=0.5, text=SLIDE, order=0, context=SLIDE)
    sentences = [Sentence(passage=1, text=line, score=1.5, coverage=0.67, similarity=0.88) for line in lines]
    prepared = Prepared(question=question, language="ja", passages=[passage], messages=[], sentences=sentences)
    return finish_quoted(json.dumps({"quote": quote, "answer": said}, ensure_ascii=False), prepared)


def test_a_value_under_the_label_of_another_time_is_no_answer() -> None:
    # 「できたら」 asks for after the opening: the model's 「6室」 is today's.
    assert "6室" not in _labelled("南棟ができたら、手術室はいくつになるんですか", "手術室：6室", "6室").text
    # 「今は」 asks for today: the block after the opening is another time.
    answer = _labelled("南棟ができると救急外来の診察室は今はいくつ？", "救急外来の診察室：5室（うち小児用1室）", "5室")
    assert "5室" not in answer.text


def test_a_row_keyed_by_the_numbered_name_asked_is_that_record() -> None:
    rows = "レベル: レベル4 | 2024年度: 37件 | 2025年度: 45件\nレベル: レベル3 | 2024年度: 14件 | 2025年度: 11件"
    passage = Passage(document_id="doc-1", title="WMS障害対応手順書", filename="w.pdf", page=2, score=0.5, text=rows, order=0, context=rows)
    sentences = [Sentence(passage=1, text=line, score=1.6 - index / 10, coverage=0.75 - index / 8, similarity=0.88) for index, line in enumerate(rows.splitlines())]
    prepared = Prepared(question="2025年度に起きた軽微な障害（レベル4）は何件でした？", language="ja", passages=[passage], messages=[], sentences=sentences)
    # 「軽微な障害」 is how the asker knows レベル4; the model took レベル3's figure.
    answer = finish_quoted(json.dumps({"quote": "11件でした。", "answer": "11件"}, ensure_ascii=False), prepared)
    assert answer.text.startswith("2025年度: 45件 [1]"), answer.text
    assert keyed_by_a_numbered_name("レベル4の障害は何件？", "レベル: レベル4 | 2025年度: 45件")
    assert not keyed_by_a_numbered_name("レベル4の障害は何件？", "レベル: レベル3 | 2025年度: 11件")


def test_health_words_of_an_english_question_have_their_japanese_forms() -> None:
    forms = {form for term in english.subject_terms("How long must a staff member with COVID-19 stay off work?") for form in term.japanese}
    assert "新型コロナウイルス感染症" in forms
    forms = {form for term in english.subject_terms("How much is the night shift allowance for a nurse?") for form in term.japanese}
    assert {"夜勤", "看護師"} <= forms


def test_a_labelled_line_is_quoted_with_its_label() -> None:
    answer = _labelled("南棟ができたら、手術室はいくつになるんですか", "手術室：8室（うちハイブリッド手術室1室）", "8室")
    assert "「南棟開設後（2027年10月から）／手術室：8室（うちハイブリッド手術室1室）」" in answer.text, answer.text


BUDGET = "費目: 外注費 | 2025年度 実績: 118,900 | 2026年度上期 予算: 66,000 | 2026年度上期 実績: 79,450 | 2026年度上期 達成率: 120.4%"


def test_what_was_spent_is_the_result_beside_its_plan() -> None:
    # The model's 118,900 is last year's: 上期 names the plan's column and the result's alike.
    answer = finish_quoted_one("開発本部は上期に外注費をいくら使いましたか", BUDGET, "開発本部 費目別予算実績", "118,900", "118,900")
    assert answer.text.startswith("2026年度上期 実績: 79,450 [1]"), answer.text
    # The budget asked for is the plan's column.
    answer = finish_quoted_one("開発本部の上期の外注費の予算はいくら？", BUDGET, "開発本部 費目別予算実績", "66,000", "66,000")
    assert answer.text.startswith("2026年度上期 予算: 66,000 [1]"), answer.text


def test_a_row_whose_label_holds_the_word_inside_a_longer_one_is_another_record() -> None:
    rows = (NIGHTS.replace("看護師・助産師", "准看護師").replace("9,500円", "8,500円") + "\n" + NIGHTS)
    passage = Passage(document_id="doc-1", title="夜勤手当細則", filename="d.docx", page=1, score=0.5, text=rows, order=0, context=rows)
    sentences = [Sentence(passage=1, text=line, score=1.8, coverage=0.89, similarity=0.91) for line in rows.splitlines()]
    prepared = Prepared(question="看護師が二交代の夜勤に入ると、改定前はいくらだった?", language="ja", passages=[passage], messages=[], sentences=sentences)
    # The model's 3,800円 is in both rows; the 准看護師 row is not the 看護師's.
    answer = finish_quoted(json.dumps({"quote": "改定前は3,800円", "answer": "3,800円"}, ensure_ascii=False), prepared)
    assert answer.text.startswith("二交代夜勤 改定前: 9,500円 [1]"), answer.text
    assert "看護師・助産師" in answer.text


def test_the_value_before_a_correction_is_read_from_the_note_that_writes_it() -> None:
    rows = ("施設: アサギ北病院 | 救急車受入件数（件） 2025年度: 1,148\n"
            "注記: 4. アサギ北病院の2025年度の救急車受入件数は、転院搬送を除いた値に訂正した（訂正前は1,203件）。")
    answer = finish_quoted_one("北病院の2025年度の救急車の訂正前の数字は何件?", rows, "診療実績", "1,148", "1,148")
    assert "1,203件" in answer.text and not answer.text.startswith("救急車受入件数"), answer.text
