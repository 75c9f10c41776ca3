"""Routing: rules first (an attachment, a pinned group), then the nearest specialist by its
example questions with the appliance's own embedder, else the organization's default. The
accuracy on a paraphrase set is printed at each threshold (run with -s to see it)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from django.core.management import call_command

from appliance import components
from appliance.tenancy.selectors import actor_get
from rag.conversations import answer_events
from rag.models import Message
from specialists import adapters
from specialists.routing import nearest, route, route_min_score
from specialists.services import specialist_register, specialist_update
from tests.adapter_files import TINY_BASE, good_zip

ROUTES = json.loads((Path(__file__).parent / "data" / "specialist_routes.json").read_text(encoding="utf-8"))


@pytest.fixture
def constellation(world, settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict:
    """Org A's three specialists of the paraphrase set; 人事アシスタント is the default."""
    settings.APPLIANCE_HOME = tmp_path
    monkeypatch.setattr(adapters, "base_for_model", lambda name: TINY_BASE)
    adam = actor_get(user=world.adam, organization=world.org_a)
    return {
        name: specialist_register(
            actor=adam, name=name, description=spec["description"], examples=spec["examples"],
            adapter_zip=good_zip(seed=index), make_default=name == "人事アシスタント",
        )
        for index, (name, spec) in enumerate(ROUTES["specialists"].items())
    }


def cases() -> list[tuple[str, str | None]]:
    paraphrases = [(question, name) for name, spec in ROUTES["specialists"].items() for question in spec["paraphrases"]]
    return paraphrases + [(question, None) for question in ROUTES["elsewhere"]]


def test_it_routes_paraphrases_to_their_specialist_and_the_rest_to_the_default(world, constellation) -> None:
    adam = actor_get(user=world.adam, organization=world.org_a)
    specialists = list(constellation.values())
    scored = [(expected, *nearest(question, specialists)) for question, expected in cases()]
    print(f"\nrouting accuracy on {len(scored)} questions ({components.embedder().name}):")
    for threshold in np.arange(0.40, 0.96, 0.025):
        right = sum((found.name if score >= threshold else None) == expected for expected, found, score in scored)
        print(f"  threshold {threshold:.3f}: {right / len(scored):.3f}")
    right = 0
    for question, expected in cases():
        chosen = route(actor=adam, question=question)
        wanted = (expected, "semantic") if expected else ("人事アシスタント", "default")
        right += (chosen.specialist.name, chosen.rule) == wanted
    accuracy = right / len(cases())
    print(f"  route() at the calibrated threshold {route_min_score():.3f}: {accuracy:.3f} ({right}/{len(cases())})")
    assert accuracy >= 0.9


def test_a_pinned_group_is_always_served_by_its_specialist(world, constellation) -> None:
    adam = actor_get(user=world.adam, organization=world.org_a)
    it = constellation["ITヘルプデスク"]
    specialist_update(specialist=it, actor=adam, group_ids=[], pinned_group_ids=[world.sales_a.pk], make_default=False)
    alice = actor_get(user=world.alice, organization=world.org_a)
    chosen = route(actor=alice, question="出張の日当はいくらですか？")
    assert (chosen.specialist, chosen.rule) == (it, "pinned")
    assert route(actor=adam, question="出張の日当はいくらですか？").specialist.name == "経理アシスタント"


def test_an_attachment_goes_to_the_vision_path(world, constellation) -> None:
    alice = actor_get(user=world.alice, organization=world.org_a)
    assert route(actor=alice, question="この請求書の金額は？", has_attachment=True).rule == "vision"


def test_another_organization_is_never_routed_to_them(world, constellation) -> None:
    bob = actor_get(user=world.bob, organization=world.org_b)
    for question, _ in cases():
        chosen = route(actor=bob, question=question)
        assert (chosen.specialist, chosen.rule, chosen.adapter) == (None, "base", None)


def test_a_specialist_for_one_group_is_not_routed_to_for_others(world, constellation) -> None:
    adam = actor_get(user=world.adam, organization=world.org_a)
    finance = constellation["経理アシスタント"]
    specialist_update(specialist=finance, actor=adam, group_ids=[world.legal_a.pk], pinned_group_ids=[], make_default=False)
    alice = actor_get(user=world.alice, organization=world.org_a)
    chosen = route(actor=alice, question="出張の日当はいくらですか？")
    assert chosen.specialist != finance and chosen.specialist.name == "人事アシスタント"


def test_the_answer_names_its_specialist_and_the_message_keeps_it(transactional_db, world, constellation, no_model) -> None:
    # transactional_db: the answer is computed in a thread of its own, on its own connection.
    alice = actor_get(user=world.alice, organization=world.org_a)
    events = list(answer_events(actor=alice, conversation=None, question="出張の日当はいくらですか？"))
    done = next(event for event in events if event["type"] == "done")
    assert (done["route"]["specialist"], done["route"]["rule"]) == ("経理アシスタント", "semantic")
    answer = Message.objects.get(pk=done["message_id"])
    assert (answer.specialist, answer.route["rule"]) == (constellation["経理アシスタント"], "semantic")


def test_ask_prints_the_specialist_only_where_one_answered(world, constellation, no_model) -> None:
    out = io.StringIO()
    call_command("ask", "--org", "org-a", "--user", "alice", "出張の日当はいくらですか？", stdout=out)
    assert "担当: 経理アシスタント" in out.getvalue()
    out = io.StringIO()
    call_command("ask", "--org", "org-b", "--user", "bob", "出張の日当はいくらですか？", "--json", stdout=out)
    assert "route" not in json.loads(out.getvalue())  # another organization: the base, as documented
