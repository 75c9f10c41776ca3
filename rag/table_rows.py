"""Which row of a table a Japanese question is about: a table row is a record of its own, and
the question must name it (rag/answer_checks.py). The 准看護師 row is no answer about 看護師, the
精肉 row none about 刺身 beside the 鮮魚（刺身・切り身） row, the 惣菜 row none about 青果 where the table
has no 青果 row, and the ゴールド row none for 「ゴールド会員じゃない人」."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from appliance.text.japanese import TABLE_CELL_SEPARATOR, tokenize
from rag.bands import for_another_band, names_another_quantity, within_the_columns_band
from rag.citations import comparable
from rag.everyday_words import rephrased, unsized
from rag.quantities import band
from rag.question_words import paraphrasable
from rag.quoting import Sentence, missing_subject_terms, named_cells, names_another_compound, names_the_subject, passage_heading, row_read_elsewhere, subject_terms, with_written_forms
from rag.retrieval import Passage
from rag.row_keys import ASKS_ALL, BANDED, KEY_PARTS, SUBTOTAL, TOTAL_KEY, a_part_of_the_asked_group, key_cells, names_key, row_label
from rag.row_scope import A_MONTH_ASKED, PART_ASKED, PART_OF_A_YEAR, another_years_month, keyed_alike_by_another, of_a_group_defined_otherwise, of_another_sheet, without_age_groups
from rag.table_intros import table_intro
from rag.unbanded import unbanded

if TYPE_CHECKING:
    from rag.answer_checks import Prepared


def _visible(sentence: Sentence) -> str:
    return sentence.text.split(" / ")[-1]  # a row without the header it was shown under



def named_inside_another(sentence: Sentence, prepared: Prepared) -> bool:
    """Whether a row's label writes a thing the question names only inside a longer word
    (准看護師 for 看護師), where another shown row's label writes it as a word of its own
    (看護師・助産師): that row is the one asked about."""
    label = row_label(_visible(sentence))
    if label and comparable(label) in comparable(prepared.question):
        return False  # 「機械警備業務管理者の資格手当」 names the row whole, whatever its 警備 is inside
    if prepared.language != "ja" and label:
        # "an adult one-day ticket": not the 「ランチ付き1日券」 row beside the 「1日券」 one, where no keyword names its ランチ付き.
        return any(
            len(base := row_label(_visible(other))) >= 2 and base != label and label.endswith(base) and not re.search(r"[\d.,０-９]$", label[: -len(base)])  # (12月 is no 2月 of its own)
            and not any(keyword in label[: -len(base)] for keyword in prepared.keywords)
            for other in prepared.sentences
        )
    for noun in subject_terms(prepared.question) if prepared.language == "ja" and label else ():
        inside = re.search(rf"[\u4e00-\u9fff々ァ-ヶー]+{re.escape(noun.surface)}", label)
        if inside and (inside.group() in prepared.question or len(prefix := inside.group()[: -len(noun.surface)]) > 1 and re.search(rf"{re.escape(prefix)}の", prepared.question)):
            continue  # 「主任歯科衛生士の役職手当」 writes the longer word (主任歯科衛生士) the label writes; 「学生の月額会員」 writes 学生月額会員
        if inside and not re.search(rf"(?<![\u4e00-\u9fff々ァ-ヶー]){re.escape(noun.surface)}", label) and any(
            re.search(rf"(?<![\u4e00-\u9fff々ァ-ヶー]){re.escape(noun.surface)}", row_label(_visible(other))) for other in prepared.sentences
        ):
            return True
    return False


def _another_row_names(sentence: Sentence, passage: Passage, prepared: Prepared, missing: list[str]) -> bool:
    """Whether a thing the question names is written in another row of the table (or another
    shown row) and nowhere in this one nor above the table: 刺身 asked, the 鮮魚（刺身・切り身）
    row names it, so the 精肉 row is no answer, however few rows name anything else. `missing`:
    the question's things the row, with its table (_around), does not name."""
    if not missing:
        return False
    rows = [line for line in passage.text.splitlines() if TABLE_CELL_SEPARATOR in line and line != _visible(sentence)]
    rows += [_visible(other) for other in prepared.sentences if TABLE_CELL_SEPARATOR in _visible(other) and other.text != sentence.text]
    return any(noun not in missing_subject_terms(prepared.question, row) for row in rows for noun in missing)


def _keyed_in_its_table(sentence: Sentence, passage: Passage, prepared: Prepared) -> bool:
    """Whether a thing the question names is missing from the row and its table's header, and is
    the key of another row of the table (「種別: 岩盤浴 | …」), however the notes under the table name
    it: the 手ぶらセット row is no answer for 「岩盤浴の料金」."""
    row = _visible(sentence)
    intro = table_intro(passage.context or passage.text, row) or passage.lead
    missing = missing_subject_terms(prepared.question, f"{passage_heading(passage)}\n{intro}\n{sentence.text}")
    keys = {key for line in (passage.context or passage.text).splitlines() if TABLE_CELL_SEPARATOR in line and line.strip() != row for key in key_cells(line.strip())}
    return any(term in key for term in missing for key in keys)


def _around(sentence: Sentence, passage: Passage) -> str:
    """A row with what names its table: the passage's headings, its lines that are no row, the
    lead-in above the table (in the chunk before, where the table starts one) and the row."""
    prose = "\n".join(line for line in passage.text.splitlines() if TABLE_CELL_SEPARATOR not in line)
    intro = table_intro(passage.context or passage.text, _visible(sentence)) or passage.lead
    return f"{passage_heading(passage)}\n{intro}\n{prose}\n{sentence.text}"


def _excluded(label: str, question: str) -> bool:
    """Whether the question names the row's label as what it is not about (「ゴールド会員じゃない人」,
    「正社員以外」)."""
    # The label as a word of its own (会員 inside 非会員 is another), then at most a noun it
    # qualifies (ゴールド会員) before the negation.
    pattern = rf"(?<![\u4e00-\u9fffァ-ヶー]){re.escape(comparable(label))}[\u4e00-\u9fffァ-ヶー]{{0,3}}(?:の方|の人|さん)?(?:じゃない|じゃなく|ではない|ではなく|でない|以外)"
    return bool(label) and re.search(pattern, comparable(question)) is not None


def _keyed_by_another(sentence: Sentence, prepared: Prepared, missing: list[str]) -> bool:
    """Whether the row's label is a thing the question does not name while a thing it does name
    is nowhere in the row, its table or its headings: 青果 asked, the table of reductions has
    惣菜, 鮮魚 and 精肉 rows and no 青果 one, so the 惣菜 row answers for another thing."""
    label = row_label(_visible(sentence))
    asked = subject_terms(prepared.question)
    if not label or comparable(label).lower() in comparable(prepared.question).lower() or any(noun.surface in comparable(label).lower() for noun in asked):
        return False
    return any(noun.surface in missing and not paraphrasable(noun) and re.fullmatch(r"[\u4e00-\u9fff々ァ-ヶー]{2,}", noun.surface) for noun in asked)


# Words before a thing's name that say which one in time or whose, not another thing (今年度有給休暇,
# 当社本店, 土曜外来, 年次健康診断).
_NOT_ANOTHER = re.compile(r"^(?:今年度|今年|来年度|来年|前年度|昨年度|今月|来月|当社|弊社|自社|当|本|今|新|旧|土曜|日曜|平日|休日|祝日|午前|午後|夜間|年次|定期|通常)$")


def another_of_its_kind(label: str, question: str, row: str = "") -> bool:
    """Whether the question names another thing of the row's label's kind: 「港浄水場」 asked, the
    row is 川原浄水場's (the same 浄水場, told apart by what comes before it), whatever the
    table's lead-in says of 港浄水場."""
    if not re.fullmatch(r"[\u4e00-\u9fff々ァ-ヶー]{3,}", label):
        return False
    for length in range(len(label) - 1, 1, -1):
        head, prefix = label[-length:], label[:-length]
        if head in question:
            words = re.findall(rf"[\u4e00-\u9fff々ァ-ヶー]+{re.escape(head)}", question)
            # (リハビリ病院 may be アサギリハビリテーション病院: its own word is in the label.)
            # 土曜外来 asked of the 一般外来 row with a 土曜 column: the row's own cell or column.
            own = [word[: -len(head)] for word in words]
            return bool(words) and prefix not in question and all(
                word != label and mine not in prefix and mine not in row and not _NOT_ANOTHER.match(mine) for word, mine in zip(words, own)
            )
    return False


_ROUTE = re.compile(r"([^\s|:：→⇒]+?)(?:\s*(?:→|⇒|->|－>)\s*([^\s|:：→⇒]+?)|発([^\s|:：→⇒]+?)行き?)(?=\s*(?:\||$))")


def runs_the_other_way(question: str, row: str) -> bool:
    """Whether a row's route (「城山 → 本郷台」, 「城山発本郷台行き」) runs from where the question
    goes to where it comes from (「本郷台から城山へ」): the opposite journey, with its own times."""
    for start, *ends in _ROUTE.findall(row):
        end = ends[0] or ends[1]
        comes_from = question.find(f"{end}から")
        if comes_from >= 0 and start in question[comes_from + len(end) + 2 :] and f"{start}から" not in question:
            return True
    return False


def _named_by_its_key_column_only(sentence: Sentence, prepared: Prepared) -> bool:
    """Whether a row names a thing the question asks about only by its key column's name, which
    every row of its table has (「附帯設備・冷暖房: 得点表示盤（アリーナ）」 names 冷暖房), while another
    shown row of that table writes it in its own key (「附帯設備・冷暖房: アリーナ冷暖房」)."""
    cells = named_cells(_visible(sentence))
    if not cells or not cells[0][0] or (cells[0][1] and comparable(cells[0][1]) in comparable(prepared.question)):
        return False  # (「水族館の遅番は…勤務」 names the 遅番 row by its own key, whatever 夜間勤務's row writes)
    header, values = cells[0][0], " ".join(value for _, value in cells)
    terms = [noun.surface for noun in subject_terms(prepared.question) if noun.surface in header and noun.surface not in values]
    return bool(terms) and any(
        other.text != sentence.text and (keys := named_cells(_visible(other))) and keys[0][0] == header and all(term in keys[0][1] for term in terms)
        for other in prepared.sentences
    )


def row_names_the_subject(sentence: Sentence, prepared: Prepared) -> bool:
    """A table row is a record of its own: it (with its passage's headings) must name what a
    Japanese question is about, wherever else in the sheet that is named (管理本部 asked, a
    row of another department's sheet quoted). A sentence of prose is judged by its passage."""
    row = _visible(sentence)
    if TABLE_CELL_SEPARATOR not in row:
        return True
    label = row_label(row)
    # A thing told by its size (「13mmのメーター」) or a quantity its band holds (「8キロちょっと」) is named by its row.
    passage, asked = prepared.passages[sentence.passage - 1], prepared.question
    prepared = replace(prepared, question=without_age_groups(unbanded(unsized(prepared.question, row), row, passage.text), row, asked))  # (大人 of 「18歳以上64歳以下」)
    if PART_OF_A_YEAR.fullmatch(label) and re.search(r"\d年度?の", prepared.question) and not PART_ASKED.search(prepared.question) or TOTAL_KEY.fullmatch(comparable(label)) and A_MONTH_ASKED.search(prepared.question) and not ASKS_ALL.search(prepared.question):
        return False  # the 2月 row for 「2026年度の平均単価」: one month of the year asked; the 合計 row for 「2026年4月の売上」
    if another_years_month(label, prepared.question, f"{passage.title}\n{passage_heading(passage)}"):
        return False  # the 2027年3月 row for 「2026年3月の配送件数」: that year's March is not in the table
    if another_of_its_kind(label, prepared.question, row):
        return False  # the 川原浄水場 row for 「港浄水場の濁度」
    if names_another_quantity(prepared.question, label):
        return False  # the 連続5年 row for 「無事故が10年続いたら」
    if runs_the_other_way(prepared.question, row):
        return False  # the 城山 → 本郷台 row for 「本郷台から城山へ行くバス」
    if _named_by_its_key_column_only(sentence, prepared):
        return False  # 「附帯設備・冷暖房: 得点表示盤（アリーナ）」 for 「アリーナの冷暖房」, beside the アリーナ冷暖房 row
    if a_part_of_the_asked_group(row, prepared):
        return False  # the 柊野市民病院 row of 市民病院前店 for 「市民病院前店の受付枚数」, beside 「市民病院前店計」
    if names_another_compound(prepared.question, row) and names_another_compound(prepared.question, f"{passage_heading(passage)}\n{row}"):
        return False  # the 介護休暇 row for 「看護休暇は何日」, whatever its table's note names (a title's 延長保育料 is its rows')
    if named_inside_another(sentence, prepared):
        return False  # the 准看護師 row for 「看護師の手当」, beside the 看護師・助産師 row
    if of_another_sheet(prepared.question, passage_heading(passage), row):
        return False  # the 来院患者数 sheet's 4月 row for 「4月の自費診療収入」, in a workbook of 「来院患者数・自費診療収入」
    if _excluded(label, prepared.question) or of_a_group_defined_otherwise(asked, label, "\n".join(shown.text for shown in prepared.passages)) or for_another_band(asked, row) or keyed_alike_by_another(asked, row, [line for shown in prepared.passages for line in shown.text.splitlines()]):
        return False  # the ゴールド row for 「ゴールド会員じゃない人は」; the 一般団体 row for 「小学校の遠足で」 (学校団体は、小学校、…); 10名以上20名未満 for 100人
    around = _around(sentence, passage)
    if (month := A_MONTH_ASKED.search(prepared.question)) and not re.search(rf"(?<!\d){month.group(1)}月(?!額)", unicodedata.normalize("NFKC", around)):
        return False  # the 2027年度 target row for 「北町店の2027年1月の処方箋受付枚数」: a month no row of it counts
    missing = missing_subject_terms(prepared.question, around)
    if _another_of_those_listed(label, missing, prepared):
        return False  # the 多目的ホール row for 「中央図書館の和室」, where the rows list 研修室 and 集会室 and no 和室
    # (The total row the question asks for (「…の合計は」, 「全社で」) is of every row's thing.)
    of_all = TOTAL_KEY.fullmatch(comparable(label)) is not None and ASKS_ALL.search(comparable(prepared.question)) is not None
    if not of_all and (_another_row_names(sentence, passage, prepared, missing) or _keyed_by_another(sentence, prepared, missing) or _keyed_in_its_table(sentence, passage, prepared)):
        return False  # the 精肉 row for 「刺身の値下げ」, beside the 鮮魚（刺身・切り身） row
    # With the header it was shown under (「役職 | 国内日当 | 海外日当 / 課長 | …」): the columns' names;
    # and the passage's lines that are no row, which speak of the whole table (「※ 物理サーバで動いて
    # いたシステムを仮想マシンへ…」 names the 仮想化 asked about), where other rows name other things.
    if names_the_subject(prepared.question, around):
        return True
    # A row the question keys by its own cells, whatever else the question says in words no
    # passage found writes, where each only qualifies a thing the row names (「ハウスのトマトを農協の
    # 保冷庫に」: the 施設野菜（トマト・きゅうり等） row; ハウス and 農協 are the asker's words). A word of its
    # own (「…の手すりは」) is a thing the row does not name.
    # Or a word the same document's prose writes where the table crosses a page and its lead-in
    # (「2. 事故・苦情・ヒヤリハットの件数」) is in another passage: what the whole table counts.
    written = "\n".join(f"{shown.title}\n{shown.text}" for shown in prepared.passages)
    prose = "\n".join(
        line for shown in prepared.passages if shown.document_id == passage.document_id for line in shown.text.splitlines() if TABLE_CELL_SEPARATOR not in line
    )
    qualifying = all(
        (re.search(f"{re.escape(term)}の", prepared.question) and term not in written) or term in prose or (of_all and ASKS_ALL.fullmatch(term))
        for term in missing
    )
    return qualifying and keyed_by_question(sentence, prepared)


def _another_of_those_listed(label: str, missing: Sequence[str], prepared: Prepared) -> bool:
    """Whether a thing the question names that the row does not (和室) is of the kind the shown rows
    are labelled by (研修室, 集会室: ending as it ends), and none of them is it."""
    labels = {row_label(_visible(shown)) for shown in prepared.sentences if TABLE_CELL_SEPARATOR in _visible(shown)}
    return any(
        re.fullmatch(r"[\u4e00-\u9fff]{2,}", term) and not any(term in other for other in labels)
        and any(re.search(rf"[\u4e00-\u9fff]{re.escape(term[-1])}(?![\u4e00-\u9fff])", other) for other in labels - {label})
        for term in missing
    )


NAMES_A_PERIOD = re.compile(r"(?:19|20)\d{2}|前年|前期|昨年|去年|前回|一昨年|前の|実績|実際|令和|平成|last year|previous|actual")


_YEAR_IN_LABEL = re.compile(r"((?:19|20)\d{2})年度?")


def latest_of(best: Sentence, tied: Sequence[Sentence], prepared: Prepared) -> Sentence | None:
    """Of rows alike but for their year (「年間付与ポイント（2025年度）」, 「…（2026年度）」), the
    latest, as a reader takes a question that names no period to mean now; None otherwise."""
    rows = [best, *tied]
    labels = [row_label(_visible(row)) for row in rows]
    years = [_YEAR_IN_LABEL.search(label) for label in labels]
    if NAMES_A_PERIOD.search(prepared.question) or not all(years) or len({_YEAR_IN_LABEL.sub("", label) for label in labels}) > 1:
        return None
    latest = max(range(len(rows)), key=lambda index: int(years[index].group(1)))
    return rows[latest] if [int(year.group(1)) for year in years].count(int(years[latest].group(1))) == 1 else None


def _named_by(column: str, words: set[str]) -> set[str]:
    """The question's words that name a column, but its periods and units (2026, 年度, 円), which
    name a column of any table."""
    tokens = set(tokenize(column))
    return {word for word in words if (word in tokens or (len(word) > 1 and word in column)) and not re.search(r"\d", word) and word not in _ANY_TABLES}


_ANY_TABLES = frozenset({"年度", "年", "月", "日", "円", "千円", "万円", "百万円", "人", "件", "%"})


def named_better_elsewhere(column: str, row: str, words: set[str], sentences: Sequence[Sentence]) -> bool:
    """Whether another shown row has a column the question names by every word that names this
    row's column and more (「宿泊売上（千円）」 beside the 宴会 row's 「売上（千円）」 for 「宿泊の売上」),
    and this row writes none of those other words anywhere: the value asked is that column's."""
    named = _named_by(column, words)
    if not named:
        return False
    for sentence in sentences:
        other = _visible(sentence)
        if other == row or TABLE_CELL_SEPARATOR not in other:
            continue
        for elsewhere, _ in named_cells(other):
            more = _named_by(elsewhere, words) - named
            if elsewhere and named < _named_by(elsewhere, words) and not any(word in row for word in more):
                return True
    return False



def _writes_the_key(question: str, key: str) -> bool:
    """Whether the question writes a key whole: 要介護3, not inside 要介護30; 1月, not inside 11月."""
    key = comparable(key)
    return len(key) > 1 and re.search(rf"(?<!\d){re.escape(key)}(?!\d)", comparable(question)) is not None


_FIGURE = re.compile(r"[-+△▲]?[\d,.]+(?![\d,.])\s*(?![年月])\S{0,3}")  # (a month's or a year's row is named: 「1月」, 「2026年度」)


def _label_cells(row: str) -> list[str]:
    """A row's leading cells that are names, numbered ones too (「要介護3」, 「1月」), up to its first
    figure or band: 「事業所: 本町デイ | 要介護度: 要介護3 | 2026年度: 2,018」 → 本町デイ, 要介護3."""
    labels = []
    for column, value in named_cells(row)[:2]:
        value = value.strip()
        if not value or _FIGURE.fullmatch(unicodedata.normalize("NFKC", value)) or band(value, column) is not None:
            break
        labels.append(value)
    return labels


def with_the_named_row(
    question: str, sentences: Sequence[Sentence], passages: Sequence[Passage], rest: Callable[[Sequence[Passage]], list[Passage]]
) -> tuple[list[Sentence], list[Passage]]:
    """The sentences with the row the question names by its key first (「要介護3の…」), where rows of
    its table were shown but not that one (要介護1's and 要介護2's, 要介護3's in the next chunk): from
    the passages, else from the rest of the shown rows' documents (`rest`), its chunk added."""
    sentences, passages = list(sentences), list(passages)
    rows = [sentence for sentence in sentences if TABLE_CELL_SEPARATOR in _visible(sentence) and _label_cells(_visible(sentence))]

    def named(row: str) -> bool:  # (not by a total's 合計: 「1月の…全事業所の合計」 names the 1月 row)
        keys = _label_cells(row)
        return bool(keys) and all(_writes_the_key(question, key) for key in keys) and not TOTAL_KEY.fullmatch(comparable(keys[-1]))

    if not rows or any(named(_visible(sentence)) for sentence in sentences):
        return sentences, passages
    columns = {tuple(column for column, _ in named_cells(_visible(sentence))) for sentence in rows}
    found: dict[str, Passage] = {}
    for read in (lambda: passages, lambda: rest([passages[sentence.passage - 1] for sentence in rows])):
        for passage in read():
            for line in passage.text.splitlines():
                row = line.strip().split(" / ")[-1]
                if TABLE_CELL_SEPARATOR in row and tuple(column for column, _ in named_cells(row)) in columns and named(row):
                    found.setdefault(row, passage)
        if found:
            break
    found = _under_the_asked_heading(question, found)
    if len(found) != 1:
        return sentences, passages
    (row, passage), = found.items()
    return [row_read_elsewhere(row, passage, sentences, passages), *sentences[:-1]], passages


def _under_the_asked_heading(question: str, found: dict[str, Passage]) -> dict[str, Passage]:
    """Of rows alike read from several tables (the 3月 row of 月別入居件数 and of 月別退去件数), those
    whose table's title or heading writes most of the question's words (入居 of 「3月の入居件数」)."""
    if len(found) < 2:
        return found
    words = set(tokenize(question))
    held = {row: len(words & set(tokenize(passage_heading(passage)))) for row, passage in found.items()}
    return {row: passage for row, passage in found.items() if held[row] == max(held.values())}


_A_TIME_OF_CHANGE = re.compile(r"(?:(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?(?:から|以降|まで)|(?:改定|改訂|改正)[前後]|現行|新|旧)(?:\s*[（(][^（）()]*[）)])?")
# Words that name no column of their own: units, times of a change, the asking.
_NO_COLUMN_WORDS = frozenset({"時間", "年度", "年", "月", "日", "円", "人", "件", "現行", "改定", "改訂", "改正", "以上", "以下", "未満", "いくら", "何"})
_ASKS_THE_TOTAL = re.compile(r"\b(?:in )?total\b|\boverall\b", re.IGNORECASE)


# An amount a column or a question names (「1か月」, 「12時間」, 「1日」), not a date's day nor a year.
_AMOUNT = re.compile(r"(?<![\d.,月/])(\d+(?:\.\d+)?)\s*(か月|ヶ月|カ月|時間|日(?!本)|回|人|名|km|kg|m3|L)(?![A-Za-z])")


# What a price is asked per: 「1時間いくら」, 「1回あたり」, 「1日につき」.
_PER_ONE = re.compile(r"(?<![\d.,])(\d+)\s*(時間|日|回|人|件|食|泊|km|kg)(?=\s*(?:あたり|当たり|につき|いくら|で?何円))")


def _asked_amounts(question: str) -> dict[str, str]:
    # Not a rate's 「1回あたり」, 「1人につき」: what a price is per, not which one.
    text = unicodedata.normalize("NFKC", question)
    return {match.group(2): match.group(1) for match in _AMOUNT.finditer(text) if not re.match(r"\s*(?:あたり|当たり|につき|ごと|毎)", text[match.end() :])}


def _names_column(words: set[str], column: str, question: str = "") -> bool:
    # As written, or a verb of the column's noun (受け入れる for 受入: 受け入れ); not a column of
    # another amount than the question's (「通勤定期（1か月）」 for 「3か月のもの」).
    text = unicodedata.normalize("NFKC", question)
    if any(re.search(rf"(?<!\d){number}{unit}(?:あたり|当たり|につき)", column) for number, unit in _PER_ONE.findall(text)):
        return True  # 「1時間いくら？」: the 「1時間あたりの額」 column
    asked = _asked_amounts(question)
    if any(unit in asked and asked[unit] != number for number, unit in _AMOUNT.findall(unicodedata.normalize("NFKC", column))):
        return False
    parts = {part for part in tokenize(column) if len(part) > 1 and part not in _NO_COLUMN_WORDS}
    return any(word in column or any(word.startswith(part) for part in parts) for word in words)


def keyed_by_question(sentence: Sentence, prepared: Prepared) -> bool:
    """Whether the question names this row by its whole key (each of its leading cells that hold no
    figure, or a part of one: トマト of 「施設野菜（トマト・きゅうり等）」) and no other shown row by
    its own: 「広域選果場でももを受け入れる時間」 keys the 広域選果場 | もも row, not the 北原集荷所 |
    もも・ぶどう one. A chatty question holds few of the row's words, and still picks it out. An
    English question names a key by its Japanese keywords ("total": the 合計 row)."""
    names = rephrased(prepared.question, "\n".join(_visible(shown) for shown in prepared.sentences))  # (「1か月あたり平均」: 月平均)
    if prepared.language != "ja":
        names = " ".join([*prepared.keywords, *(["合計"] if _ASKS_THE_TOTAL.search(prepared.question) else [])])

    # And one of its columns the question names (料金 for 「料金は？」, 12時間 for 「12時間だと」): a key
    # alone says which row, not what of it (「保険料は？」 or 「24時間だと」 are none of its columns).
    words = {word for word in tokenize(with_written_forms(names) if prepared.language == "ja" else names) if len(word) > 1 and word not in _NO_COLUMN_WORDS}

    def _of_the_whole_group(keys: list[str]) -> bool:
        # 「本町デイの延べ利用者数は？」: the group's 小計 row, where the question names the group and none of its parts.
        if len(keys) != 2 or not SUBTOTAL.fullmatch(keys[1]) or not names_key(names, keys[0]):
            return False
        parts = {cells[1][1] for shown in prepared.sentences if len(cells := named_cells(_visible(shown))) > 1 and cells[0][1] == keys[0]}
        return not any(names_key(names, part) for part in parts - {keys[1]})

    def keyed(row: str) -> bool:
        keys = key_cells(row, prepared.question)
        columns = [column for column, _ in named_cells(row)[len(keys) :] if column]
        rows = [cells for shown in prepared.sentences if len(cells := named_cells(_visible(shown))) > 1]  # (寝具・大物, named by its item, its only group)
        # (Not a group's 小計, which is all of that group only: 「5館全部あわせると」 is no 桜木図書館 | 小計.)
        grouped = len(keys) >= 2 and {cells[0][1] for cells in rows if cells[1][1] == keys[1]} == {keys[0]} and sum(cells[0][1] == keys[0] for cells in rows) >= 2 and not SUBTOTAL.fullmatch(keys[1])
        named = BANDED in keys or all(names_key(names, key) for key in keys[grouped:]) or _of_the_whole_group(keys)  # (a band holding the stated quantity is key enough)
        # (Columns that are only the times of a change, 「2027年4月から | 2027年3月まで」, are each the
        # row's one value: the question names which time, or means today's.)
        of_times = len(columns) >= 2 and all(_A_TIME_OF_CHANGE.fullmatch(column) for column in columns)
        # (So is a column whose band holds the quantity stated: 「所要時間 5時間以上7時間未満 改定後」 for 「6時間半」.)
        in_band = bool(within_the_columns_band(prepared.question, named_cells(row)))
        return bool(keys) and named and (of_times or in_band or any(_names_column(words, column, prepared.question) for column in columns))

    def literally(row: str) -> bool:  # each key written as it is, and none a 合計 (the question's 合計 may be a column)
        keys = key_cells(row, prepared.question)
        return all(key == BANDED or comparable(key) in comparable(names) and not TOTAL_KEY.fullmatch(comparable(key)) for key in keys)

    def wholly(row: str) -> bool:  # every part of its keys named, each as a word of its own (not 毛布 inside 羽毛布団)
        keys = [key for key in key_cells(row, prepared.question) if key != BANDED and names_key(names, key)]
        return bool(keys) and all(re.search(rf"(?<![\u4e00-\u9fff々]){re.escape(part)}(?![\u4e00-\u9fff々])", comparable(names)) for key in keys for part in KEY_PARTS.split(comparable(key)) if len(part) > 1)
    if not keyed(_visible(sentence)):
        return False
    # (A row alike under another sheet's heading, 月別入居件数's 合計 row where 退去 is asked, is no rival.)
    held = {number: len(words & set(tokenize(" ".join(prepared.passages[number - 1].heading_path)))) for number in {shown.passage for shown in prepared.sentences}}
    others = {_visible(shown) for shown in prepared.sentences if shown is not sentence and TABLE_CELL_SEPARATOR in _visible(shown) and held[shown.passage] >= held[sentence.passage]}
    rivals = [row for row in others - {_visible(sentence)} if keyed(row)]
    # (「2月の…全営業所の合計」 keys the 2月 row, and its 合計 is the column: the 合計 row is no rival.)
    # (Nor, where its keys are each named whole, 羽毛布団 and ダブル of 「羽毛布団（ダブル）」, a row named in part: 毛布（ダブル）.)
    best = literally if literally(_visible(sentence)) else wholly if wholly(_visible(sentence)) else None
    return not [row for row in rivals if best(row)] if best else not rivals


def labelled_by_question(sentence: Sentence, prepared: Prepared) -> bool:
    """Whether the question writes this row's label whole and no other shown row's: an English
    question that gives the Japanese name in brackets ("an emergency case (緊急（A）)")."""
    asked = unicodedata.normalize("NFKC", prepared.question)

    def written(row: str) -> bool:
        label = unicodedata.normalize("NFKC", row_label(row)) if TABLE_CELL_SEPARATOR in row else ""
        return len(label) > 1 and label in asked

    return written(_visible(sentence)) and not any(written(_visible(shown)) for shown in prepared.sentences if _visible(shown) != _visible(sentence))


def keyed_row(prepared: Prepared) -> Sentence | None:
    """The one shown row the question keys (keyed_by_question), if there is one."""
    return next((shown for shown in prepared.sentences if TABLE_CELL_SEPARATOR in _visible(shown) and keyed_by_question(shown, prepared)), None)


def answers_with_its_key(body: str, sentence: Sentence, question: str) -> bool:
    """Whether an answer is only the row's key (its band 「1,000万円以上2,500万円未満」) for a question
    that names none of the row's other values: 「奨励金は年間いくらまで？」 is not answered by the band
    a row is for; 「率が1.2%になるのはいくらから？」 is."""
    row = _visible(sentence)
    keys = [comparable(key) for key in key_cells(row) or [row_label(row)] if key]
    if comparable(body) not in keys:
        return False
    asked = comparable(question)
    return not any(value and comparable(value) in asked for column, value in named_cells(row)[len(keys) :])
