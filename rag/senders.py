"""Who sent an e-mail ("Who sent the all-staff notice about the year-end schedule?",
「この通知の差出人は？」): the person its signature names, under the rule that closes the body
(「――――」 then 「株式会社汐見野ブライダル 総務部 水上 沙耶」), read from the rest of the e-mail
where the search found only its body. The line is shown first, and an English question is
answered by the name it writes (rag/english_answers.py `person_row`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from appliance.text.japanese import words
from rag.quoting import Sentence, row_read_elsewhere
from rag.retrieval import Passage

_ASKS_THE_SENDER = re.compile(
    r"\bwho\s+(?:sent|wrote|signed|issued)\b|\bsender\b|\bfrom whom\b|差出人|送信者|発信者|送り主|誰から|誰が(?:送|出|書)", re.IGNORECASE
)
# The line that closes an e-mail's body above its signature.
_RULE = re.compile(r"^\s*[―ー\-=_─━－~〜*＊]{4,}\s*$")
_MAIL_HEADER = re.compile(r"^(?:From|Subject|To|Date)\s*:", re.MULTILINE)


def asks_the_sender(question: str) -> bool:
    return _ASKS_THE_SENDER.search(question) is not None


def person_named(line: str) -> str | None:
    """The person a signature line names, as it writes the name (「水上 沙耶」): a given name
    Sudachi knows (人名) with the surname before it, or a surname with its given name."""
    morphemes = words(line)
    for place, (surface, pos) in enumerate(morphemes):
        if pos[2] != "人名":
            continue
        start, end = place, place + 1
        before = [index for index in range(place - 1, -1, -1) if morphemes[index][1][0] != "空白"][:1]
        if pos[3] == "名" and before and morphemes[before[0]][1][0] == "名詞" and re.fullmatch(r"[\u4e00-\u9fff々]+", morphemes[before[0]][0]):
            start = before[0]
        elif pos[3] == "姓":
            after = [index for index in range(place + 1, len(morphemes)) if morphemes[index][1][0] != "空白"][:1]
            if after and morphemes[after[0]][1][2:4] == ("人名", "名"):
                end = after[0] + 1
        name = "".join(surface for surface, _ in morphemes[start:end]).strip()
        return name if len(name.replace(" ", "").replace("\u3000", "")) >= 2 else None
    return None


def signature(text: str) -> tuple[str, str] | None:
    """The signature's line that names a person, and the name: the lines under the last rule."""
    lines = text.splitlines()
    rules = [index for index, line in enumerate(lines) if _RULE.match(line)]
    for line in lines[rules[-1] + 1 :] if rules else []:
        if line.strip() and (name := person_named(line)):
            return line.strip(), name
    return None


def with_the_signature(
    question: str, sentences: Sequence[Sentence], passages: Sequence[Passage], rest: Callable[[Sequence[Passage]], list[Passage]]
) -> tuple[list[Sentence], list[Passage]]:
    """The sentences with the signature line of the e-mail shown first, where the question asks
    who sent it; as they were where no shown passage is from an e-mail with one."""
    sentences, passages = list(sentences), list(passages)
    mails = [passage for passage in passages if passage.filename.lower().endswith(".eml") or _MAIL_HEADER.search(passage.text)]
    if not asks_the_sender(question) or not sentences or not mails:
        return sentences, passages
    for read in (lambda: mails, lambda: rest(mails[:1])):
        for passage in read():
            found = signature(passage.text)
            if found is not None:
                return [row_read_elsewhere(found[0], passage, sentences, passages), *sentences[:-1]], passages
    return sentences, passages


def sender_line(question: str, sentences: Sequence[Sentence]) -> tuple[Sentence, str] | None:
    """The shown signature line and the person it names, for a question that asks who sent it."""
    if not asks_the_sender(question):
        return None
    for sentence in sentences:
        line = sentence.text.strip()
        if "\n" not in line and (name := person_named(line)):
            return sentence, name
    return None
