"""Follow-ups: what a follow-up searches for, when a model's rewrite is trusted, and how the
conversation reaches the answer prompt."""

from __future__ import annotations

from rag.followups import rewrite_is_safe, search_queries
from rag.prompts import build_messages
from rag.retrieval import Passage

HISTORY = [
    {"role": "user", "content": "社内運動会はいつ、どこで開催されますか？"},
    {"role": "assistant", "content": "10月12日に中央公園で開催されます。 [1]"},
]


def passage(text: str) -> Passage:
    return Passage(document_id="d", title="運動会のお知らせ", filename="a.md", page=None, score=1.0, text=text, order=0)


def test_a_follow_up_is_searched_as_asked_and_with_the_question_before_it() -> None:
    assert search_queries("参加費はいくらですか", HISTORY) == [
        "参加費はいくらですか",
        "社内運動会はいつ、どこで開催されますか？ 参加費はいくらですか",
    ]
    assert search_queries("参加費はいくらですか", []) == ["参加費はいくらですか"]


def test_a_rewrite_that_answers_instead_of_asking_is_refused() -> None:
    # The reproduction: the 0.5B model "rewrote" the follow-up into an invented answer.
    assert not rewrite_is_safe("参加費は100万円です。 [2]", question="運動会の参加費はいくらですか", history=HISTORY)


def test_a_rewrite_with_a_citation_or_a_new_number_is_refused() -> None:
    assert not rewrite_is_safe("社内運動会の参加費はいくらですか [1]", question="参加費は？", history=HISTORY)
    assert not rewrite_is_safe("社内運動会の参加費は800円ですか？", question="参加費は？", history=HISTORY)
    assert not rewrite_is_safe("", question="参加費は？", history=HISTORY)
    assert not rewrite_is_safe("社内運動会の参加費\nはいくらですか？", question="参加費は？", history=HISTORY)


def test_a_standalone_question_built_from_the_conversation_is_accepted() -> None:
    assert rewrite_is_safe("社内運動会の参加費はいくらですか？", question="参加費は？", history=HISTORY)
    # A date the conversation already holds is not an invention.
    assert rewrite_is_safe("10月12日の社内運動会の参加費はいくらですか", question="その日の参加費は？", history=HISTORY)
    assert rewrite_is_safe("What is the entry fee for the sports day?", question="And the fee?", history=HISTORY)


def test_the_prompt_carries_the_users_own_question_and_the_recent_turns_without_old_citations() -> None:
    messages = build_messages(question="参加費はいくらですか", passages=[passage("参加費は800円です。")], language="ja", history=HISTORY)
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    assert messages[1]["content"] == HISTORY[0]["content"]
    assert "[1]" not in messages[2]["content"] and "中央公園" in messages[2]["content"]
    assert messages[-1]["content"].endswith("質問: 参加費はいくらですか")


def test_only_the_last_turns_go_into_the_prompt() -> None:
    long_history = []
    for n in range(6):
        long_history += [{"role": "user", "content": f"質問{n}"}, {"role": "assistant", "content": f"回答{n}"}]
    messages = build_messages(question="次は？", passages=[passage("本文")], language="ja", history=long_history)
    assert [m["content"] for m in messages[1:-1]] == ["質問4", "回答4", "質問5", "回答5"]
