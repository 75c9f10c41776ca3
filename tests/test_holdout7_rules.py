"""Rules found on the seventh held-out corpus (tests/data/holdout7, a water bureau), each in
general form: a cell the question writes names the row and is no answer; a column's unit is
the last item of its brackets; the asked column empty in a row, or none of several alike
columns named, is no answer from a neighbour; 値上げ前 asks for the earlier value; a thing
told by its size (「13mmのメーター」) is the row of that size; 「8m³」 is one figure; a
utility's customers' words."""

from __future__ import annotations

import json

from rag.answering import Prepared, finish_quoted
from rag.asked import with_column_unit
from rag.claims import extract_claims
from rag.quoting import Sentence, missing_subject_terms, named_cells
from rag.retrieval import Passage

DISTRICTS = (
    "地区: 第1地区 | 主な町名: 中央・本町 | 検針月: 奇数月 | 検針期間: 1日〜7日 | 対象件数（件）: 18,420\n"
    "地区: 第2地区 | 主な町名: 北山・川原 | 検針月: 奇数月 | 検針期間: 10日〜16日 | 対象件数（件）: 15,730"
)
QUALITY = (
    "浄水場: 北山浄水場 | 年度: 2025年度 | 残留塩素（mg/ L）: 0.52 | 濁度（度）: 0.03 | 硝酸態窒素等（mg/L）: 0.84 | 総トリハロメタン（mg/L）: 0.012 | 硬度（mg/ L）: 38\n"
    "浄水場: 南台浄水場 | 年度: 2025年度 | 残留塩素（mg/ L）: 0.44 | 濁度（度）: 0.01 | 硝酸態窒素等（mg/L）: 0.63 | 総トリハロメタン（mg/L）: 0.009 | 硬度（mg/ L）: 27"
)
RATES = (
    "口径: 13mm | 基本料金（円） 現行: 1,045円 | 基本料金（円） 改定前: 902円 | 従量料金（1m³につき・現行） 1〜10m³: 22円\n"
    "口径: 20mm | 基本料金（円） 現行: 1,540円 | 基本料金（円） 改定前: 1,342円 | 従量料金（1m³につき・現行） 1〜10m³: 33円"
)
SEWER = (
    "区分（汚水排出量）: 基本使用料（8m³まで） | 現行（2027年4月〜）: 770円 | 改定前（〜2027年3月）: 693円\n"
    "区分（汚水排出量）: 9〜20m³（1m³につき） | 現行（2027年4月〜）: 132円 | 改定前（〜2027年3月）: 128円"
)


def finish(question: str, text: str, reply: dict[str, str], *, coverage: dict[int, float] | None = None, title: str = "水道料金規程"):
    passage = Passage(document_id="doc-1", title=title, filename="d.docx", page=None, score=0.5, text=text, order=0, context=text)
    sentences = [Sentence(passage=1, text=line, score=1.6 - 0.01 * index, coverage=(coverage or {}).get(index, 0.8), similarity=0.88)
                 for index, line in enumerate(text.splitlines())]
    prepared = Prepared(question=question, language="ja", passages=[passage], messages=[], sentences=sentences)
    return finish_quoted(json.dumps(reply, ensure_ascii=False), prepared)


def test_a_cell_the_question_writes_names_the_row_and_is_no_answer() -> None:
    # 「第2地区」 is a figure's cell too (its 2 fits 何件); it tells which row, the count is 対象件数.
    answer = finish("第2地区の検針は何件あるの？", DISTRICTS, {"quote": "第2地区の検針は15,730件ある。", "answer": "15,730"}, coverage={0: 0.8, 1: 1.0})
    assert not answer.refused, answer.text
    assert "15,730" in answer.text.split("\n")[0], answer.text


def test_a_columns_unit_is_the_last_item_of_its_brackets() -> None:
    assert with_column_unit("管路耐震化率（年度末・%）", "32.4") == "32.4%"
    assert with_column_unit("事業費（百万円）", "2,480") == "2,480百万円"
    assert with_column_unit("従量料金（1m³につき・現行）", "22") == "22"  # 現行 is no unit


def test_the_asked_column_empty_in_a_row_is_no_answer_from_its_neighbour() -> None:
    # A row cut before its value (「硝酸態窒素等（mg/L）:」): the model took 残留塩素's 0.61.
    row = "浄水場: 川原浄水場 | 年度: 2025年度 | 残留塩素（mg/ L）: 0.61 | 濁度（度）: 0.05 | 硝酸態窒素等（mg/L）:"
    assert named_cells(row)[-1] == ("硝酸態窒素等（mg/L）", "")
    answer = finish("川原の浄水場で、2025年度の硝酸態窒素はどれくらい出てた？", row, {"quote": "川原浄水場 2025年度 残留塩素 0.61", "answer": "0.61"}, coverage={0: 0.9})
    assert answer.refused, answer.text


def test_none_of_several_alike_columns_named_is_no_answer() -> None:
    # No 鉄 column: any of the four mg/L figures would be an invented answer.
    answer = finish("南台浄水場の水に含まれる鉄の量は何mg/L？", QUALITY, {"quote": "南台浄水場 0.44", "answer": "0.44"}, coverage={0: 0.7, 1: 0.9})
    assert answer.refused, answer.text
    # The column the question does name is read.
    answer = finish("南台浄水場の2025年度の硬度は？", QUALITY, {"quote": "南台浄水場 27", "answer": "27"}, coverage={0: 0.7, 1: 0.9})
    assert not answer.refused and answer.text.startswith("硬度（mg/ L）: 27"), answer.text


def test_a_rise_or_its_everyday_words_ask_for_the_value_before_it() -> None:
    answer = finish("13mmのメーターの家、料金が上がる前は基本料金いくらだったっけ？", RATES, {"quote": "13mmのメーターの家", "answer": "902円"}, coverage={0: 0.7, 1: 0.6})
    assert not answer.refused and answer.text.startswith("基本料金（円） 改定前: 902円"), answer.text
    answer = finish("13mmの基本料金、値上げ前はいくら？", RATES, {"quote": "13mm", "answer": "1,045円"}, coverage={0: 0.8, 1: 0.6})
    assert answer.text.startswith("基本料金（円） 改定前: 902円"), answer.text


def test_a_thing_told_by_its_size_is_the_row_of_that_size() -> None:
    # 「13mmのメーター」: the table calls it 口径, and its row writes 13mm.
    answer = finish("13mmのメーターの基本料金は今いくら？", RATES, {"quote": "13mm", "answer": "1,045円"}, coverage={0: 0.7, 1: 0.6})
    assert not answer.refused and answer.text.startswith("基本料金（円） 現行: 1,045円"), answer.text
    # A size the table does not write is still missing.
    answer = finish("75mmのメーターの基本料金は今いくら？", RATES, {"quote": "13mm", "answer": "1,045円"}, coverage={0: 0.7, 1: 0.6})
    assert answer.refused, answer.text


def test_cubic_metres_are_one_figure_and_no_amount() -> None:
    assert [claim.text for claim in extract_claims("基本使用料（8m³まで）")] == ["8m³"]
    assert [claim.text for claim in extract_claims("21〜50m³で1m³につき220円")] == ["21", "50m³", "1m³", "220円"]
    # The 区分 cell's 8m³ is no 円 column: today's charge is read beside the one before.
    answer = finish("下水道の基本使用料って今いくら？", SEWER, {"quote": "770円", "answer": "770円"}, coverage={0: 0.9, 1: 0.6})
    assert answer.text.startswith("現行（2027年4月〜）: 770円"), answer.text


def test_a_utilitys_customers_words() -> None:
    text = "第5条 漏水減免\n減免を受けるには、修繕の完了日から30日以内に漏水減免申請書を提出する。"
    assert missing_subject_terms("漏水の減免って、修理が終わってから何日以内に申し込めばいい？", text) == []


def test_a_japanese_era_year_is_the_western_year_it_names() -> None:
    from rag.quoting import missing_numbered_names

    row = "年度: 令和13年度 | 西暦: 2031年度 | 更新延長（km）: 21.6 | 事業費（百万円）: 2,790"
    assert missing_numbered_names("令和14年度に更新する管路は何kmの予定？", row) == ["2032年度"]  # beyond the plan
    assert missing_numbered_names("令和13年度に更新する管路は何km？", row) == []
    assert missing_numbered_names("2031年度の管路の事業費は？", "年度: 令和13年度 | 事業費: 2,790") == []


def test_another_thing_of_the_rows_kind_is_another_record() -> None:
    from rag.table_rows import another_of_its_kind

    # The closed 港浄水場 is named in the table's lead-in; its 濁度 is in no row.
    assert another_of_its_kind("川原浄水場", "港浄水場の2026年度の濁度はいくつ？")
    assert not another_of_its_kind("川原浄水場", "川原の浄水場で、2025年度の硝酸態窒素は？")
    assert not another_of_its_kind("北山浄水場", "南台浄水場と北山浄水場の配水量は？")
    assert not another_of_its_kind("自宅待機手当", "休日の待機手当はいくら？")
    row = "浄水場: 川原浄水場 | 年度: 2026年度 | 残留塩素（mg/ L）: 0.57 | 濁度（度）: 0.04"
    text = "港浄水場は2024年度末で廃止した。\n" + row
    answer = finish("港浄水場の2026年度の濁度はいくつ？", text, {"quote": "濁度 0.04", "answer": "0.04"}, coverage={0: 0.5, 1: 0.8})
    assert answer.refused, answer.text
    assert not another_of_its_kind("アサギリハビリテーション病院", "リハビリ病院に入院すると何日？")  # its own word, shortened


def test_the_next_year_after_a_japanese_era_year() -> None:
    from rag.followups import standalone_question

    # The 新 of 更新 is no time word to replace.
    assert standalone_question("その次の年度は？", "令和10年度の管路更新の事業費はいくら？", []) == "令和11年度の管路更新の事業費はいくら?"
    assert standalone_question("来年度は？", "令和元年度の予算は？", []) == "令和2年度の予算は?"


def test_english_measures_bands_and_charges() -> None:
    from appliance.text.english import japanese_figures
    from rag.asked import asked_kinds
    from rag.english_values import in_english
    from rag.quoting import missing_numbered_names

    question = "For a 40 mm meter, what is the current charge per cubic metre for usage between 11 and 20 m³?"
    assert {"40mm", "11〜20m³"} <= set(japanese_figures(question))
    assert asked_kinds(question) == {"円"} and not asked_kinds("Who is in charge of the desk?")
    # "for a 40" is no product code: English words keep their spaces.
    assert missing_numbered_names(question, "口径: 40mm | 従量料金（1m³につき・現行） 11〜20m³: 231円") == []
    assert missing_numbered_names("What does NF-3106 weigh?", "品番: NF-3105") == ["nf-3106"]
    assert in_english("18.5km", "How many kilometres of pipe?") == "18.5 km"
    assert in_english("20,443千m³", "What was the total volume?") == "20,443 thousand m³"


def test_a_compound_whose_parts_are_the_rows_own_cells() -> None:
    from rag.quoting import missing_subject_terms, names_another_compound

    row = "地区: 第5地区 | 主な町名: 西浜 | 検針月: 偶数月 | 検針期間: 18日〜22日 | 対象件数（件）: 9,840"
    assert not names_another_compound("西浜地区の検針って、月の何日から何日まで？", row)
    assert missing_subject_terms("西浜地区の検針って、月の何日から何日まで？", row) == []
    # A name written only inside another cell (an address) is still another branch's row.
    assert names_another_compound("北海道支店の電話番号は？", "支店: 東北支店 | 所在地: 北海道札幌市 | 電話: 011-000-0000")


def test_an_english_question_reads_todays_column_beside_the_one_before_a_change() -> None:
    from rag.english_answers import keyword_cell

    row = Sentence(passage=1, text=RATES.splitlines()[0], score=1.0, coverage=0.5, similarity=0.88)
    keywords = ["基本料金", "13mm", "口径"]
    assert keyword_cell("What is the basic water charge for a 13 mm meter?", keywords, row) == "基本料金（円） 現行: 1,045円"
    assert keyword_cell("What was the basic water charge for a 13 mm meter before the revision?", keywords, row) == "基本料金（円） 改定前: 902円"


def test_the_new_rules_keep_to_what_they_are_about() -> None:
    """Cases a read-only review found where the first versions misfired on other documents."""
    from appliance.text.english import terms
    from ingestion.chunking import chunk_sections
    from rag.answer_checks import asks_an_earlier_time, cell_answer
    from rag.asked import asked_kinds, with_column_unit
    from rag.english_answers import keyword_cell
    from rag.english_values import in_english
    from rag.everyday_words import unsized
    from rag.followups import standalone_question
    from rag.quoting import missing_numbered_names, names_another_compound
    from rag.table_rows import another_of_its_kind

    def cell(question: str, row: str) -> str | None:
        return cell_answer([], Sentence(passage=1, text=row, score=1, coverage=1, similarity=1), Prepared(question=question, language="ja", passages=[], messages=None))

    # Periods told apart by year: the latest, not a refusal for naming none of them.
    assert cell("医療機器の売上高はいくら？", "事業: 医療機器 | 2023年度 売上高: 100億円 | 2024年度 売上高: 120億円 | 2025年度 売上高: 150億円") == "2025年度 売上高: 150億円"
    assert cell("プランAの料金はいくら？", "プラン: A | 宿泊料: 9,000円 | 入湯税: 150円 | 夕食: 2,000円 | 総額: 11,150円") == "総額: 11,150円"
    # An excluded case's empty column is not the one asked.
    assert cell("セール時以外の会員価格はいくら？", "商品: A | 定価: 1,000円 | 会員価格: 900円 | 会員価格 セール時: ―") != ""
    # 上がる前 of a room or a fever asks no earlier price.
    assert not asks_an_earlier_time(Prepared(question="部屋に上がる前に靴は脱ぐ？", language="ja", passages=[], messages=None))
    # Which one in time or whose, or the row's own cell, is no other thing.
    assert not another_of_its_kind("一般外来", "土曜外来は何時まで？", "区分: 一般外来 | 平日: 8:30〜17:00 | 土曜: 8:30〜12:00")
    assert not another_of_its_kind("東京本店", "当社本店の住所は？")
    # A size in any cell is no row label.
    assert unsized("15インチのモニターはいくら？", "品目: ノートPC | 画面: 15インチ | 価格: 120,000円") == "15インチのモニターはいくら？"
    # A cell under 対象外 does not name the thing asked.
    assert names_another_compound("パート賞与はいくら？", "区分: 正社員 | 夏季賞与: 2.0か月 | 対象外: パート・アルバイト")
    assert missing_numbered_names("What were sales in FY2025?", "2025年度 売上高: 120億円") == []
    assert in_english("送料: 5kgまで800円", "How much is shipping?") == "800 yen"
    assert in_english("140mmHg以上", "What is the blood pressure limit?") == ""
    row = Sentence(passage=1, text=RATES.splitlines()[0], score=1.0, coverage=0.5, similarity=0.88)
    assert keyword_cell("What is the basic water charge for visitors 65 years old or over?", ["基本料金"], row) == "基本料金（円） 現行: 1,045円"
    assert not asked_kinds("Who is the charge nurse tonight?") and not asked_kinds("Is parking free of charge?")
    assert all(term.role != "subject" for term in terms("How many meters is the cable?") if "メーター" in term.japanese)
    assert with_column_unit("構成比（%、税抜）", "12.5") == "12.5%"
    assert standalone_question("前の年度は？", "令和元年度の入学者数は？", []) == "平成30年度の入学者数は?"
    # A prose sentence wrapped at a margin is still cut after its 、, not between its lines.
    wrapped = "\n".join(["時間外労働の上限を月45時間から月30時間へ引き下げ、"[i:i + 10] for i in range(0, 30, 10)] * 6)
    pieces = chunk_sections([type("S", (), {"text": wrapped, "page": 1, "heading_path": (), "kind": "text"})()], count_tokens=len, max_tokens=60, overlap_tokens=0)
    assert all(piece.text.endswith("、") for piece in pieces[:-1])
