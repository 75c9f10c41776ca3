"""The OpenAI-compatible stream carries checked text only: a program that assembles the
streamed pieces must never hold a claim the check then removed."""

from __future__ import annotations

import json

from api.completions import _chunks, _sse
from appliance.tenancy.selectors import Actor

ACTOR = Actor(user_id=1, username="alice", organization_id=1, organization_slug="org-a", is_admin=False, group_ids=frozenset())


def _streamed(events: list[dict]) -> tuple[str, list[bytes]]:
    lines = list(_sse(_chunks(events[0], (event for event in events[1:]), ACTOR, "chatcmpl-1", 0, False)))
    content = ""
    for line in lines:
        if line.startswith(b"data: {"):
            for choice in json.loads(line[len(b"data: ") :])["choices"]:
                content += choice["delta"].get("content") or ""
    return content, lines


def test_a_refused_answer_streams_the_refusal_and_never_the_models_invented_figure() -> None:
    refusal = "申し訳ありませんが、社内資料には該当する情報が見つかりませんでした。"
    content, lines = _streamed([
        {"type": "delta", "text": "参加費は"},
        {"type": "delta", "text": "100万円です。"},
        {"type": "done", "answer": refusal, "citations": [], "grounded": False, "refused": True, "unsupported": ["100万円"]},
    ])
    assert content == refusal and "100万円" not in content
    assert lines.count(b": generating\n\n") == 2  # the stream stayed alive while the model wrote
    assert lines[-1] == b"data: [DONE]\n\n"


def test_a_checked_answer_streams_in_pieces_that_join_to_it_exactly() -> None:
    answer = "有給休暇の申請は3営業日前までです。 [1]\n資料の該当箇所：「有給休暇の申請は、取得予定日の3営業日前までに勤怠システムで行う。」"
    content, lines = _streamed([{"type": "delta", "text": "3営業日前"}, {"type": "done", "answer": answer, "citations": [], "grounded": True}])
    assert content == answer
    assert sum(line.startswith(b"data: {") for line in lines) > 3
