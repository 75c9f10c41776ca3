"""Rules found on the eighteenth and nineteenth held-out corpora (tests/data/holdout18, waste
collection; tests/data/holdout19, a car dealership), each in general form and tried here on other
documents: a grouped table's first column, written on its group's first row only, is given to
every row of the group (across a PDF's page break too); a stated weight is named by the band that
holds it (「1,200kg」 by 「1,001kg〜1,500kg」, 「1.8トン」 by 「1,501kg〜2,000kg」); a column is told
apart by the number the question writes with its unit (12か月点検, not 24か月点検); which row has
the most of one kind is compared among that kind's rows."""

from __future__ import annotations

import io

from ingestion.chunking import chunk_sections
from ingestion.parsing.office import FilledDown, table_sections
from ingestion.parsing.pdf import parse_pdf
from rag.answering import Prepared
from rag.bands import held_by_a_band
from rag.cell_answers import cell_answer
from rag.quantities import stated_quantity
from rag.quoting import Sentence, missing_numbered_names
from rag.retrieval import Passage
from rag.superlatives import superlative_row
from tests.test_chunking import FakeSection, characters


def _prepared(question: str, text: str) -> Prepared:
    passage = Passage(document_id="doc-1", title="料金表", filename="r.docx", page=None, score=0.5, text=text, order=0, context=text, heading_path=[])
    sentences = [Sentence(passage=1, text=line, score=1.5 - 0.01 * index, coverage=0.6, similarity=0.9) for index, line in enumerate(text.splitlines())]
    return Prepared(question=question, language="ja", passages=[passage], messages=[], sentences=sentences)


def test_a_grouped_first_column_is_filled_down_to_the_rows_of_its_group() -> None:
    rows = [
        ["部門", "課", "予算（千円）", "実績（千円）"],
        ["営業部", "第一営業課", "12,000", "11,800"],
        ["", "第二営業課", "9,000", "9,400"],
        ["", "小計", "21,000", "21,200"],
        ["総務部", "人事課", "8,000", "7,900"],
        ["", "", "（注）実績は速報値", ""],  # a note of one value: no row of the group
        ["", "合計", "29,000", "29,100"],  # the grand total is no row of 総務部
        ["", "予備費", "1,000", "0"],  # after the total, no group goes on
    ]
    texts = [section.text for section in table_sections(rows, 1, ())]
    assert texts[1] == "部門: 営業部 | 課: 第二営業課 | 予算（千円）: 9,000 | 実績（千円）: 9,400"
    assert texts[2].startswith("部門: 営業部 | 課: 小計")
    assert texts[4] == "予算（千円）: （注）実績は速報値"
    assert texts[5].startswith("課: 合計") and texts[6].startswith("課: 予備費")
    # A table with no name over its first column, and a row writing a cell left of the group's, are left as they are.
    unnamed = FilledDown(["", "件数", "金額"])
    assert unnamed.row(["", "3", "4,000"]) == ["", "3", "4,000"]
    # The same table going on under its repeated header (a PDF's next page) keeps the group.
    before = FilledDown(rows[0])
    before.row(rows[1])
    assert FilledDown(rows[0], before).row(["", "第三営業課", "5,000", "5,100"])[0] == "営業部"
    assert FilledDown(["店舗", "課", "予算（千円）", "実績（千円）"], before).row(["", "第三営業課", "5,000", "5,100"])[0] == ""


def _grouped_report() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    header = ("支社", "商品", "2025年度（件）", "2026年度（件）")
    xs = (60, 160, 300, 430)
    pages = [
        [("東支社", "火災保険", "1,204", "1,310"), ("", "自動車保険", "2,018", "2,155"), ("西支社", "火災保険", "880", "902")],
        [("", "自動車保険", "1,540", "1,611"), ("", "小計", "2,420", "2,513"), ("合計", "", "5,642", "5,978")],
    ]
    for rows in pages:
        page.setFont("HeiseiKakuGo-W5", 11)
        for x, name in zip(xs, header, strict=True):
            page.drawString(x, 760, name)
        for index, row in enumerate(rows, start=1):
            for x, text in zip(xs, row, strict=True):
                if text:
                    page.drawString(x, 760 - 22 * index, text)
        page.showPage()
    page.save()
    return buffer.getvalue()


def test_a_pdf_tables_group_goes_on_over_the_page_break() -> None:
    pages = [section.text.splitlines() for section in parse_pdf(_grouped_report(), "jpn+eng", ocr=False).sections]
    assert "支社: 東支社 | 商品: 自動車保険 | 2025年度（件）: 2,018 | 2026年度（件）: 2,155" in pages[0]
    assert "支社: 西支社 | 商品: 自動車保険 | 2025年度（件）: 1,540 | 2026年度（件）: 1,611" in pages[1]
    assert "支社: 西支社 | 商品: 小計 | 2025年度（件）: 2,420 | 2026年度（件）: 2,513" in pages[1]
    assert "支社: 合計 | 2025年度（件）: 5,642 | 2026年度（件）: 5,978" in pages[1]


def test_a_stated_weight_is_named_by_the_band_that_holds_it() -> None:
    row = "車両重量: 1,001kg〜1,500kg | 基本料金 改定後: 38,940円 | 基本料金 改定前: 35,860円"
    assert missing_numbered_names("車両重量1,200kgの車の基本料金は？", row) == []
    assert missing_numbered_names("車両重量1,800kgの車の基本料金は？", row) == ["1,800kg"]
    assert not held_by_a_band("200kg", row)  # 「1,200kg」 is read whole, never as 「200kg」
    assert stated_quantity("1.8トンくらいのトラックの点検料金は？") == (1800.0, "kg")
    assert held_by_a_band("1.8トン", "重量: 1,501kg〜2,000kg")
    # A size the text writes only as others is still another size: 30リットル among 45 and 70.
    assert missing_numbered_names("指定袋の30リットルはいくら？", "指定袋は、45リットル10枚入りが1,100円、70リットル10枚入りが1,650円。") == ["30リットル"]


def test_a_column_is_told_apart_by_the_number_the_question_writes_with_its_unit() -> None:
    row = "車両重量: 1,000kg以下 | 車検基本料金（24か月点検整備） 改定後: 33,000円 | 車検基本料金（24か月点検整備） 改定前: 30,800円 | 法定12か月点検 改定後: 15,180円 | 法定12か月点検 改定前: 14,080円"
    prepared = _prepared("950kgのコンパクトカーの12か月点検の料金（改定後）を教えて。", row)
    assert cell_answer([], prepared.sentences[0], prepared) == "法定12か月点検 改定後: 15,180円"
    before = _prepared("軽い車の24か月点検の料金は改定前はいくら？", row)
    assert cell_answer([], before.sentences[0], before) == "車検基本料金（24か月点検整備） 改定前: 30,800円"


def test_the_most_of_one_kind_is_compared_among_that_kinds_rows() -> None:
    table = "\n".join([
        "支社: 東支社 | 商品: 火災保険 | 2026年度（件）: 1,310",
        "支社: 東支社 | 商品: 自動車保険 | 2026年度（件）: 2,155",
        "支社: 西支社 | 商品: 火災保険 | 2026年度（件）: 902",
        "支社: 西支社 | 商品: 自動車保険 | 2026年度（件）: 1,611",
        "支社: 南支社 | 商品: 火災保険 | 2026年度（件）: 1,420",
        "支社: 南支社 | 商品: 自動車保険 | 2026年度（件）: 1,002",
        "支社: 全社 | 商品: 火災保険 | 2026年度（件）: 3,632",
        "支社: 全社 | 商品: 自動車保険 | 2026年度（件）: 4,768",
    ])
    other = "支社: 東支社 | 2026年度（件）: 300\n支社: 西支社 | 2026年度（件）: 500\n支社: 南支社 | 2026年度（件）: 200\n支社: 合計 | 2026年度（件）: 1,000"
    passages = [
        Passage(document_id="d1", title="報告書", filename="r.pdf", page=1, score=0.5, text=other, order=0),
        Passage(document_id="d1", title="報告書", filename="r.pdf", page=1, score=0.4, text=table, order=1),
    ]
    found = superlative_row("2026年度に火災保険をいちばん多く売った支社はどこ？", passages)
    assert found is not None and found[1] == "支社: 南支社（2026年度（件）: 1,420）"
    found = superlative_row("2026年度に自動車保険がいちばん少なかった支社は？", passages)
    assert found is not None and found[1] == "支社: 南支社（2026年度（件）: 1,002）"
    # Without a kind named, the table of one key answers as before.
    found = superlative_row("2026年度の件数がいちばん多かった支社は？", passages)
    assert found is not None and found[1] == "支社: 西支社（2026年度（件）: 500）"


def test_table_rows_under_a_sentence_the_chunk_overlaps_with_take_the_heading_above() -> None:
    rows = "\n".join(f"店舗: 店{i} | 2025年度（台）: {100 + i} | 2026年度（台）: {200 + i}" for i in range(3))
    sections = [
        FakeSection("2. 店舗別の新車販売台数\n新車の販売台数は次のとおり。", page=1, heading_path=()),
        FakeSection("店舗: 店A | 2026年度（台）: 5", page=1, heading_path=()),
        FakeSection("3. 店舗別の中古車販売台数\n中古車は展示場を開いた店で伸びた。", page=2, heading_path=()),
        FakeSection(f"中古車は展示場を開いた店で伸びた。\n{rows}", page=3, heading_path=()),
    ]
    chunks = chunk_sections(sections, count_tokens=characters, max_tokens=200, overlap_tokens=0)
    assert chunks[-1].heading_path == ("3. 店舗別の中古車販売台数",)
    assert chunks[0].heading_path == ()  # prose under its own caption is named by it already


def test_columns_that_write_no_year_are_of_the_year_the_heading_writes() -> None:
    from rag.numbered_names import names_other_years

    row = "営業所: 南部営業所 | リサイクル率の目標: 30.5% | 2026年度のリサイクル率（実績）: 29.8%"
    assert not names_other_years("南部営業所の2027年度のリサイクル率の目標は？", row, "2027年度 営業所別の目標")
    assert names_other_years("南部営業所の2027年度のリサイクル率の目標は？", row, "営業所別の目標")  # no heading says 2027年度
    assert names_other_years("2027年度の件数は？", "地区: 東 | 2025年度: 412 | 2026年度: 436", "2027年度版 統計")  # every column writes its year
    prepared = _prepared("南部営業所の2027年度のリサイクル率の目標は何%ですか。", row)
    assert cell_answer([], prepared.sentences[0], prepared) == "リサイクル率の目標: 30.5%"  # 年度 of 2027年度 names no 2026年度 column


def test_a_notices_numbered_heading_labels_the_keyed_lines_under_it() -> None:
    from rag.table_intros import block_labels

    text = "■3. お客さまセンターの受付時間の変更（2027年1月4日から）\n・平日の電話受付：8:30〜17:30 → 8:00〜18:00\n・土曜日の電話受付：受付なし → 9:00〜12:00"
    labels = block_labels(text)
    assert labels["・平日の電話受付：8:30〜17:30 → 8:00〜18:00"] == "■3. お客さまセンターの受付時間の変更（2027年1月4日から）"
    # A long line of prose with no heading's mark is no label.
    prose = "お客さまセンターの受付時間は来年から変わりますのでご注意ください（詳細は別紙）\n・平日：8:00〜18:00"
    assert block_labels(prose) == {}


def test_english_questions_over_a_dealers_and_a_collectors_documents() -> None:
    from appliance.text.english import japanese_keywords
    from rag.asked import asked_kinds
    from rag.bands import writes_another_quantity
    from rag.english_answers import keyword_sentence

    # "telephone hours" asks when, by the clock, not a telephone number.
    assert "time" in asked_kinds("From January 4, what are the customer centre's telephone hours on Saturdays?")
    assert "phone" not in asked_kinds("What are the telephone hours?") and "phone" in asked_kinds("What is the telephone number?")
    assert "不燃" in japanese_keywords("What is the fee for non-burnable waste of 50 kg?")
    assert "可燃" not in japanese_keywords("What is the fee for non-burnable waste of 50 kg?")
    assert {"新車", "小計"} <= set(japanese_keywords("What was the year-on-year ratio of the Chuo store's new-car subtotal?"))
    assert "小計" in japanese_keywords("How many new cars did the Kitamachi store sell in total?")
    # An example for 250kg is no answer for 70kg; the band holding 70kg is.
    question = "How much does a regular pickup of 70 kg of burnable waste cost?"
    assert writes_another_quantity(question, "例えば、定期収集の可燃ごみが250kgのときは7,700円に3,520円を加えて11,220円となる。")
    assert not writes_another_quantity(question, "排出量: 50kgを超え100kg以下 | 可燃ごみ 定期収集: 4,180円")

    def shown(*texts: str) -> tuple[list[Sentence], list[Passage]]:
        passage = Passage(document_id="d", title="報告書", filename="r.pdf", page=1, score=0.5, text="\n".join(texts), order=0)
        return [Sentence(passage=1, text=text, score=1.0, coverage=0.5, similarity=0.9 - 0.01 * index) for index, text in enumerate(texts)], [passage]

    # A keyword that is a row's whole cell (小計) names it before one inside a longer cell (乗用車 of 小型乗用車).
    sentences, passages = shown(
        "店舗: 中央店 | 車種区分: 小型乗用車 | 2026年度（台）: 301 | 前年度比（%）: 105.2",
        "店舗: 中央店 | 車種区分: 小計 | 2026年度（台）: 1,165 | 前年度比（%）: 105.6",
    )
    found = keyword_sentence("What was the year-on-year ratio of the Chuo store's subtotal?", ["前年", "小計", "中央店", "乗用車"], sentences, passages)
    assert found is not None and "小計" in found.text
    # A keyed line under its block's heading holds what the heading names; the heading alone answers nothing.
    heading = "■3. お客さまセンターの受付時間の変更（2027年1月4日から）"
    sentences, passages = shown(f"{heading} / ・土曜日の電話受付：受付なし → 9:00〜12:00（新設）", heading, f"{heading} / ・平日の電話受付：8:30〜17:30 → 8:00〜18:00")
    found = keyword_sentence("From January 4, 2027, what are the customer centre's telephone hours on Saturdays?", ["電話", "お客さま", "センター", "時間", "土曜日", "1月4日"], sentences, passages)
    assert found is not None and "土曜日" in found.text


def test_a_change_asked_is_the_change_column_and_a_months_total_is_its_total_column() -> None:
    from rag.total_rows import with_the_total_row

    row = "品目: 製品プラスチック | 2025年度（トン）: 214.6 | 2026年度（トン）: 386.2 | 増減（トン）: +171.6 | 前年度比: 180.0%"
    prepared = _prepared("製品プラスチックのリサイクル量は、2025年度から2026年度にかけて何トン増えましたか。", row)
    assert cell_answer([], prepared.sentences[0], prepared) == "増減（トン）: +171.6"
    assert cell_answer([], prepared.sentences[0], _prepared("製品プラスチックの2026年度のリサイクル量は何トン？", row)) == "2026年度（トン）: 386.2"
    months = "月: 11月 | 東店: 120 | 西店: 98 | 合計: 218\n月: 12月 | 東店: 137 | 西店: 91 | 合計: 228"
    total = "月: 合計 | 東店: 1,858 | 西店: 1,239 | 合計: 3,097"
    shown = _prepared("12月の入庫台数って全店合計でいくつ？", months)

    def rest(_: object) -> list[Passage]:
        return [Passage(document_id="doc-1", title="料金表", filename="r.xlsx", page=None, score=0.1, text=total, order=5)]

    sentences, _ = with_the_total_row(shown.question, shown.sentences, shown.passages, rest)
    assert sentences[0].text.startswith("月: 11月")  # the 12月 row's 合計 column answers; the table's 合計 row is not put first
    sentences, _ = with_the_total_row("入庫台数は全部合わせて何台？", shown.sentences, shown.passages, rest)
    assert sentences[0].text == total


def test_a_band_in_brackets_and_the_band_asked_answer_without_the_model() -> None:
    from rag.answer_checks import answering_sentence
    from rag.bands import is_the_band_asked
    from rag.quantities import band

    assert band("引取・納車（片道10km超20km以内）") == (10.0, 20.0, False, True, "km")
    assert band("代車（軽自動車）") is None
    row = "項目: 引取・納車（片道10km超20km以内） | 単位: 1回 | 改定後（税込）: 2,200円 | 改定前（税込）: 1,650円"
    question = "お客さんの家が店から片道15kmくらいなんですが、引取・納車の料金はかかりますか？"
    assert is_the_band_asked(question, row) and not is_the_band_asked("片道25kmだと？", row)
    prepared = _prepared(question, f"{row}\n代車は、入庫日から2日間は無料とし、3日目から上表の料金を申し受ける。")
    prepared.sentences[0] = Sentence(passage=1, text=row, score=1.2, coverage=0.4, similarity=0.88)  # few of the chatty question's words
    found = answering_sentence(prepared)
    assert found is not None and found[1] == "改定後（税込）: 2,200円"


def test_sentences_that_give_the_same_value_agree() -> None:
    from rag.answer_checks import answering_sentence

    text = "早朝収集は早朝割増（25%）の対象です。\n（1）早朝（午前6時から午前8時まで）に収集するとき　25%\n（3）12月29日から12月31日までに臨時収集をするとき　30%"
    prepared = _prepared("早朝に収集してもらうと何パーセントの割増になりますか。", text)
    prepared.sentences[:2] = [Sentence(passage=1, text=line, score=1.42 - 0.01 * index, coverage=0.5, similarity=0.9) for index, line in enumerate(text.splitlines()[:2])]
    prepared.sentences[2] = Sentence(passage=1, text=text.splitlines()[2], score=1.2, coverage=0.33, similarity=0.86)
    found = answering_sentence(prepared)
    assert found is not None and "25%" in found[0].text
    # Two sentences as near that give different values are still a tie: no answer without the model.
    disagree = text.replace("早朝割増（25%）", "早朝割増（20%）")
    prepared = _prepared("早朝に収集してもらうと何パーセントの割増になりますか。", disagree)
    prepared.sentences[:2] = [Sentence(passage=1, text=line, score=1.42 - 0.01 * index, coverage=0.5, similarity=0.9) for index, line in enumerate(disagree.splitlines()[:2])]
    prepared.sentences[2] = Sentence(passage=1, text=disagree.splitlines()[2], score=1.2, coverage=0.33, similarity=0.86)
    assert answering_sentence(prepared) is None


def test_a_label_under_a_numbered_heading_carries_both() -> None:
    from rag.table_intros import block_labels

    text = "■2. 整備受付時間の変更（2027年5月10日（月）から）\n各店のサービス受付\n・平日：9:00〜18:30\n・ただし西野店の平日は9:00〜18:00とします。\nみなせ整備センター\n・土曜：8:30〜16:00（現在は8:30〜12:00）\n\n休日の連絡先\n・電話：0120-000-418"
    labels = block_labels(text)
    assert labels["・土曜：8:30〜16:00（現在は8:30〜12:00）"] == "■2. 整備受付時間の変更（2027年5月10日（月）から） みなせ整備センター"
    assert labels["・平日：9:00〜18:30"] == "■2. 整備受付時間の変更（2027年5月10日（月）から） 各店のサービス受付"
    assert labels["・電話：0120-000-418"] == "休日の連絡先"  # a blank line ends the heading's section


def test_a_follow_up_naming_the_row_beside_the_bands_takes_the_stated_weights_place() -> None:
    from rag.asked import answers_what_was_asked, asked_kinds
    from rag.claims import extract_claims
    from rag.followups import standalone_question

    rows = "車両重量: 軽自動車（車両重量にかかわらず） | 基本料金 改定後: 27,500円\n車両重量: 1,001kg〜1,500kg | 基本料金 改定後: 38,940円"
    assert standalone_question("じゃあ軽自動車は？", "車両重量1,300kgの車の車検基本料金っていくら？", [rows]) == "軽自動車の車検基本料金っていくら?"
    assert standalone_question("じゃあ軽自動車は？", "1.3トンくらいの車の車検っていくら？", [rows]) == "軽自動車の車検っていくら?"
    # A name that is no row beside the bands is left to the other rules.
    assert "1,300kg" in standalone_question("じゃあ法人は？", "車両重量1,300kgの車の車検基本料金っていくら？", [rows])
    # 「小売台数は？」 asks a count of cars: a heading of the table gives none.
    assert asked_kinds("中央店の中古車小売台数は？") == frozenset({"台"})
    assert not answers_what_was_asked("中央店の中古車小売台数は？", extract_claims("3. 店舗別の中古車小売台数"), "3. 店舗別の中古車小売台数")


def test_a_follow_up_in_other_words_and_rows_cut_into_chunks() -> None:
    from rag.followups import standalone_question

    fees = "排出量: 100kgを超え200kg以下 | 可燃ごみ（1回あたり） 定期収集: 7,700円 | 可燃ごみ（1回あたり） 臨時収集: 11,000円"
    assert standalone_question("定期収集だったら？", "臨時収集で可燃ごみを120kg出したらいくらかかる？", [fees]) == "定期収集で可燃ごみを120kg出したらいくらかかる?"
    # The two rows in two chunks of one table are siblings by their column's name.
    first, second = "品目: ペットボトル | 2026年度（トン）: 648.3 | 前年度比: 101.2%", "品目: 新聞 | 2026年度（トン）: 1,204.0\n品目: アルミ缶 | 2026年度（トン）: 192.8 | 前年度比: 103.4%"
    assert standalone_question("アルミ缶は？", "ペットボトルのリサイクル量の前年度比は？", [first, second]) == "アルミ缶のリサイクル量の前年度比は?"


def test_english_which_has_the_most_is_no_rows_figure_and_a_header_is_no_sentence() -> None:
    from appliance.text.english import japanese_keywords
    from rag.asked import asks_the_most_in_english
    from rag.quoting import select_sentences

    assert asks_the_most_in_english("Which office collected the least waste in fiscal 2026?")
    assert asks_the_most_in_english("What material had the highest recycling rate?")
    assert not asks_the_most_in_english("How many tonnes did the north office collect at most per day?")  # no which/what/who before it
    assert {"割増", "祝日"} <= set(japanese_keywords("What surcharge rate applies to collection on Sundays or national holidays?"))
    text = "品目 | 2025年度（トン） | 2026年度（トン）\n品目: 古紙 | 2025年度（トン）: 1,736.5 | 2026年度（トン）: 1,798.4\n品目: 金属 | 2025年度（トン）: 531.8 | 2026年度（トン）: 516.4"
    passage = Passage(document_id="d", title="報告書", filename="r.pdf", page=1, score=0.5, text=text, order=0)
    assert [sentence.text for sentence in select_sentences("古紙の2026年度のリサイクル量は？", [passage])][-1:] != ["品目 | 2025年度（トン） | 2026年度（トン）"]
    assert all(" | " not in sentence.text or ": " in sentence.text for sentence in select_sentences("古紙の量は？", [passage]))


def test_what_date_asks_a_day() -> None:
    from rag.asked import answers_what_was_asked, asked_kinds
    from rag.claims import extract_claims

    question = "From what date do the new service reception hours take effect?"
    kinds = asked_kinds(question)
    assert "date" in kinds and "時間" not in kinds
    assert not answers_what_was_asked(question, extract_claims("休業日は24時間受付のロードサービスで受け付けます。"), "休業日は24時間受付のロードサービスで受け付けます。")
    assert answers_what_was_asked(question, extract_claims("2027年5月10日（月）から変更します。"), "2027年5月10日（月）から変更します。")


def test_a_sentence_about_another_site_is_no_answer_about_the_one_asked() -> None:
    from rag.answer_checks import names_its_subject

    text = "中古車の小売台数は次の表のとおりである。\n西野店は、2026年7月に隣接地に中古車展示場（展示台数40台）を開設し、前年度を大きく上回った。\n店舗: 中央店 | 2026年度（台）: 284"
    prepared = _prepared("中央店の2026年度の中古車小売台数は？", text)
    assert not names_its_subject(prepared.sentences[1], prepared)
    assert names_its_subject(prepared.sentences[1], _prepared("西野店の中古車展示場の展示台数は？", text))
    own = _prepared("中央店の中古車展示場は何台並べられる？", "中央店は、2026年4月に中古車展示場（展示台数25台）を広げた。")
    assert names_its_subject(own.sentences[0], own)
