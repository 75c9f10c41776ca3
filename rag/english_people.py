"""An English "Who …?" answered by a person: the row of a table of people, or the line of a list of
them, whose other cells write the question's keywords (rag/english_answers.py answers the rest)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from appliance.text.japanese import TABLE_CELL_SEPARATOR
from rag.english_keywords import held_keywords
from rag.english_names import romaji_names_written, visible, writes_names
from rag.quoting import Sentence, named_cells, names_the_english_subject, passage_heading, passage_is_about_question
from rag.retrieval import Passage
from rag.senders import sender_line
from rag.table_intros import block_label

# "Who is the group's medical safety manager?": a person, from a row of a table of people
# (「役割: 医療安全管理者 | 氏名: 真壁公一 | 内線: 2020」), by the column that names them.
_ASKS_WHO = re.compile(r"^\s*(?:who|whom|to whom)\b", re.IGNORECASE)
_PERSON_COLUMN = re.compile(r"氏名|名前|担当者|^担当$|責任者名")
# A block listing people (「各店の繁忙期受付責任者」), and one of its lines: 「・港町支店：仲村 健太（内線 141）」.
_PERSON_BLOCK = re.compile(r"責任者|担当者|担当|リーダー|主任|窓口")
_KEYED_PERSON = re.compile(r"[・･•\-*\s]*([^：:（(]{1,20})[：:]\s*([\u4e00-\u9fff]{1,4}[\s\u3000]?[\u4e00-\u9fff]{1,4})\s*(?:[（(][^（）()]*[）)])?[。．.]?")


_A_PERSONS_NAME = re.compile(r"[\u4e00-\u9fff々]{1,4}[\s\u3000]?[\u4e00-\u9fff々\u3041-\u3093ァ-ヶ]{1,4}")


def person_row(question: str, keywords: Sequence[str], sentences: Sequence[Sentence], passages: Sequence[Passage]) -> tuple[Sentence, str] | None:
    """For "Who …?", the shown row of a table of people whose other cells write more of the
    keywords than any other row's, and its person's cell; None where no one row is ahead."""
    if (sender := sender_line(question, sentences)) is not None:
        return sender  # "Who sent the notice?": the e-mail's signature (rag/senders.py)
    if not _ASKS_WHO.search(question):
        return None
    words = [keyword for keyword in keywords if not re.search(r"\d", keyword)]
    scored: dict[str, tuple[int, Sentence, str]] = {}
    names = romaji_names_written(question, passages)
    for sentence in (sentence for sentence in sentences if writes_names(names, sentence, passages)):
        cells = named_cells(visible(sentence)) if TABLE_CELL_SEPARATOR in visible(sentence) else []
        # (A column the keywords name as a post, 「店長: 片桐千夏」 for "the manager of the shop", holds its person too.)
        people = [(column, value) for column, value in cells if column and (_PERSON_COLUMN.search(column.strip()) or column.strip() in words and _A_PERSONS_NAME.fullmatch(value.strip()))]
        if not cells and (label := block_label(sentence.text)) and _PERSON_BLOCK.search(label) and (line := _KEYED_PERSON.fullmatch(visible(sentence).strip())):
            # 「■4. 各店の繁忙期受付責任者 / ・港町支店：仲村 健太（内線 141）」: a list of people, one a line.
            cells = [(label, line.group(1)), (line.group(1), line.group(2))]
            people = cells[1:]
        if len(people) != 1:
            continue
        others = " ".join(value for column, value in cells if (column, value) != people[0])
        scored[visible(sentence)] = (len(held_keywords(words, others)), sentence, f"{people[0][0]}: {people[0][1]}")
    ranked = sorted(scored.values(), key=lambda item: item[0], reverse=True)
    if not ranked or ranked[0][0] == 0 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    _, sentence, cell = ranked[0]
    passage = passages[sentence.passage - 1]
    if not names_the_english_subject(question, f"{passage_heading(passage)}\n{sentence.text}") or not passage_is_about_question(question, passage, "en"):
        return None
    return sentence, cell
