"""Backup and restore: the database and the originals are the source of truth, and a restore
into an emptied installation gives every persona exactly the search results it had."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from appliance import components, index
from appliance.tenancy.models import Organization
from appliance.tenancy.selectors import actor_get
from ingestion import storage
from ingestion.models import Chunk, Document
from ingestion.services import organization_delete
from rag.models import Conversation, Message
from rag.retrieval import search
from tests.conftest import World
from tests.filemakers import make_japanese_pdf
from tests.ingest_helpers import ingest_bytes, ingest_places

pytestmark = pytest.mark.django_db(transaction=True)

HANDBOOK_PAGES = [
    "社員ハンドブック\n第一章 勤務時間\n始業は午前九時、終業は午後六時です。",
    "第二章 休暇\n年次有給休暇は入社半年後に十日付与されます。",
    "第三章 経費精算\n出張旅費は帰着後五営業日以内に精算してください。",
]
QUERIES = [
    "防災訓練の集合場所",
    "大阪支店の売上目標",
    "係争中の案件番号",
    "創立記念日の記念品",
    "新規代理店",
    "有給休暇は何日付与されますか",
    "出張旅費の精算期限",
]
PERSONAS = ("alice", "adam", "bob")
# who may see what: (persona, organization the persona acts in)
VISIBLE = {
    "alice": {"a-wide", "a-sales", "a-handbook"},
    "adam": {"a-wide", "a-sales", "a-legal", "a-handbook"},
    "bob": {"b-wide", "b-sales"},
}


def ingest_corpus(world: World) -> dict[str, str]:
    ids = ingest_places(world)
    handbook = ingest_bytes(world.org_a, "handbook.pdf", make_japanese_pdf(HANDBOOK_PAGES))
    assert handbook.status == "indexed", handbook.error
    ids["a-handbook"] = str(handbook.id)
    return ids


def results_by_persona() -> dict[str, dict[str, list[tuple[str, str, int | None]]]]:
    """For each persona and query: (document id, title, page) of every passage, in order.
    Users and organizations are looked up by name, since a restore is a different session."""
    User = get_user_model()
    results: dict[str, dict[str, list[tuple[str, str, int | None]]]] = {}
    for persona in PERSONAS:
        organization = Organization.objects.get(slug="org-b" if persona == "bob" else "org-a")
        actor = actor_get(user=User.objects.get(username=persona), organization=organization)
        results[persona] = {
            query: [(p.document_id, p.title, p.page) for p in search(actor=actor, query=query, k=5).passages]
            for query in QUERIES
        }
    return results


def wipe_everything() -> None:
    for organization in Organization.objects.all():
        organization_delete(organization=organization)
    get_user_model().objects.all().delete()
    components.vector_store().drop_collection(index.collection_name())


def run(command: str, *args: str) -> dict:
    out = io.StringIO()
    call_command(command, *args, "--json", stdout=out, stderr=io.StringIO())
    return json.loads(out.getvalue())


def test_a_restore_gives_every_persona_the_same_search_results(world: World, tmp_path: Path) -> None:
    ids = ingest_corpus(world)
    before = results_by_persona()
    assert any(page == 2 for hits in before["alice"].values() for _, _, page in hits)  # pages are compared too

    backup = run("backup", str(tmp_path / "backup"))
    assert backup["counts"]["organizations"] == 2
    assert backup["counts"]["documents"] == 6
    assert backup["originals"] == 6
    assert backup["missing_originals"] == []
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["embedding_collection"] == index.collection_name()
    assert manifest["appliance_env"] == "embedded"
    assert {"version", "created_at", "counts", "database", "originals"} <= set(manifest)
    # Vectors are derived data: the backup holds none.
    assert not any("vector" in path.name or "qdrant" in path.name for path in (tmp_path / "backup").rglob("*"))

    wipe_everything()
    assert Document.objects.count() == 0
    assert not (Path(settings.MEDIA_ROOT) / "originals" / str(world.org_a.id)).exists()

    restored = run("restore", str(tmp_path / "backup"))
    assert restored["wiped"] is False
    assert restored["counts"] == backup["counts"]
    assert restored["reindexed"] == 6
    assert restored["warnings"] == []

    assert results_by_persona() == before
    # The originals are back where storage looks for them, byte for byte.
    for document in Document.objects.all():
        data = storage.original_read(organization_id=document.organization_id, sha256=document.sha256)
        assert storage.sha256_of(data) == document.sha256
    # The permission boundaries hold after the restore, not only the rankings.
    after = results_by_persona()
    for persona, by_query in after.items():
        seen = {document_id for hits in by_query.values() for document_id, _, _ in hits}
        assert seen <= {ids[place] for place in VISIBLE[persona]}, persona
        assert ids["a-legal"] in seen if persona == "adam" else ids["a-legal"] not in seen


def test_a_tampered_original_is_refused_before_anything_changes(world: World, tmp_path: Path) -> None:
    ingest_corpus(world)
    run("backup", str(tmp_path / "backup"))
    wipe_everything()
    original = next((tmp_path / "backup" / "originals").rglob("*/*/*"))
    original.write_bytes(original.read_bytes() + b"\n")

    with pytest.raises(CommandError, match=r"damaged or was modified: originals/.* sha256"):
        run("restore", str(tmp_path / "backup"), "--yes")
    assert Organization.objects.count() == 0
    assert Chunk.objects.count() == 0


def test_a_tampered_database_dump_is_refused(world: World, tmp_path: Path) -> None:
    ingest_corpus(world)
    run("backup", str(tmp_path / "backup"))
    dump = tmp_path / "backup" / "database.jsonl.gz"
    dump.write_bytes(dump.read_bytes()[:-10])

    with pytest.raises(CommandError, match="database.jsonl.gz does not match"):
        run("restore", str(tmp_path / "backup"), "--yes")
    assert Organization.objects.count() == 2


def test_a_backup_from_before_the_conversations_moved_restores_them(world: World, tmp_path: Path) -> None:
    """Backups taken before the re-layout label conversation rows `webui.*`; the models are
    `rag.*` now (same tables). A restore must still bring the conversations back."""
    conversation = Conversation.objects.create(organization=world.org_a, user=world.alice, title="休暇の相談")
    Message.objects.create(conversation=conversation, role=Message.Role.USER, content="有給休暇は何日ですか")
    run("backup", str(tmp_path / "backup"))
    dump = tmp_path / "backup" / "database.jsonl.gz"
    with gzip.open(dump, "rt", encoding="utf-8") as source:
        rows = [json.loads(line) for line in source if line.strip()]
    assert any(row["model"] == "rag.conversation" for row in rows)
    with gzip.open(dump, "wt", encoding="utf-8") as target:
        for row in rows:
            row["model"] = row["model"].replace("rag.", "webui.")
            target.write(json.dumps(row, ensure_ascii=False) + "\n")
    manifest_path = tmp_path / "backup" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["database"]["sha256"] = hashlib.sha256(dump.read_bytes()).hexdigest()
    manifest["database"]["size"] = dump.stat().st_size
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")

    Conversation.objects.all().delete()
    run("restore", str(tmp_path / "backup"), "--yes")
    restored = Conversation.objects.get(title="休暇の相談")
    assert [message.content for message in restored.messages.all()] == ["有給休暇は何日ですか"]


def test_it_refuses_to_restore_over_existing_data_without_yes(world: World, tmp_path: Path) -> None:
    ids = ingest_corpus(world)
    run("backup", str(tmp_path / "backup"))
    with pytest.raises(CommandError, match="already holds appliance data.*--yes"):
        run("restore", str(tmp_path / "backup"))

    # With --yes the current data is replaced: a document added after the backup is gone.
    extra = ingest_bytes(world.org_b, "later.md", "# 追加\n\n後から追加した文書です。".encode())
    before = results_by_persona()
    restored = run("restore", str(tmp_path / "backup"), "--yes")
    assert restored["wiped"] is True
    assert not Document.objects.filter(pk=extra.pk).exists()
    assert Document.objects.filter(pk=ids["b-wide"]).exists()
    assert not storage.original_path(organization_id=world.org_b.id, sha256=extra.sha256).exists()
    assert [hit for hits in results_by_persona()["bob"].values() for hit in hits if hit[0] == str(extra.id)] == []
    assert results_by_persona()["alice"] == before["alice"]


def test_it_will_not_write_a_backup_into_a_directory_in_use(world: World, tmp_path: Path) -> None:
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "something").write_text("x")
    with pytest.raises(CommandError, match="not an empty directory"):
        run("backup", str(tmp_path / "used"))


def test_the_text_output_says_what_it_did(world: World, tmp_path: Path) -> None:
    ingest_corpus(world)
    out = io.StringIO()
    call_command("backup", str(tmp_path / "backup"), stdout=out)
    text = out.getvalue()
    assert "dumping the database" in text
    assert "backup complete" in text and "6 document(s)" in text


def test_scheduled_backups_go_into_new_directories_and_keep_the_newest(world: World, tmp_path: Path) -> None:
    """The nightly timer's form: `backup --into PARENT --keep N`."""
    ingest_corpus(world)
    parent = tmp_path / "backups"
    parent.mkdir()
    (parent / "operator-notes").mkdir()  # not a backup: never counted, never deleted
    (parent / "operator-notes" / "README").write_text("ours")
    stale = parent / ".2020-01-01T000000Z.partial-dead"  # a backup killed mid-way, long ago
    stale.mkdir()
    os.utime(stale, (0, 0))

    by_hand = run("backup", str(parent / "before-upgrade-2026-11-01"))  # the README's pre-upgrade backup

    made = [run("backup", "--into", str(parent), "--keep", "2") for _ in range(3)]

    directories = [Path(summary["directory"]) for summary in made]
    assert len(set(directories)) == 3 and all(path.parent == parent for path in directories)
    assert made[0]["pruned"] == [] and made[1]["pruned"] == []
    assert made[2]["pruned"] == [str(directories[0])]  # the oldest scheduled one
    assert sorted(path.name for path in parent.iterdir()) == sorted(
        [directories[1].name, directories[2].name, "operator-notes", "before-upgrade-2026-11-01"]
    )
    assert Path(by_hand["directory"]).is_dir()  # made by hand: never counted, never deleted
    assert (parent / "operator-notes" / "README").read_text() == "ours"
    assert made[2]["counts"]["documents"] == 6
    # What is kept restores: the newest backup is complete and verifies.
    wipe_everything()
    restored = run("restore", str(directories[2]))
    assert restored["counts"]["documents"] == 6


def test_the_backup_just_made_survives_a_clock_that_was_wrong(world: World, tmp_path: Path) -> None:
    """A catch-up run at boot before the clock is set, or a clock once set years ahead: older
    backups can carry later dates. The one just made is never the one deleted."""
    parent = tmp_path / "backups"
    first = Path(run("backup", "--into", str(parent), "--keep", "3")["directory"])
    future = parent / "2031-01-01T000000Z"
    first.rename(future)
    manifest = json.loads((future / "manifest.json").read_text())
    manifest["created_at"] = "2031-01-01T00:00:00+00:00"
    (future / "manifest.json").write_text(json.dumps(manifest))

    newest = run("backup", "--into", str(parent), "--keep", "1")
    assert Path(newest["directory"]).is_dir()
    assert newest["pruned"] == [str(future)]


def test_a_failed_backup_prunes_nothing(world: World, tmp_path: Path) -> None:
    ingest_corpus(world)
    parent = tmp_path / "backups"
    first = run("backup", "--into", str(parent), "--keep", "1")
    document = Document.objects.exclude(sha256="").first()
    original = Path(settings.MEDIA_ROOT) / "originals" / str(document.organization_id) / document.sha256[:2] / document.sha256
    original.write_bytes(b"bit rot")  # the next backup refuses to copy it
    with pytest.raises(CommandError, match="does not match its own hash"):
        run("backup", "--into", str(parent), "--keep", "1")
    assert [path.name for path in parent.iterdir()] == [Path(first["directory"]).name]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ((), "either a backup DIRECTORY or --into"),
        (("somewhere", "--into", "elsewhere"), "either a backup DIRECTORY or --into"),
        (("somewhere", "--keep", "3"), "--keep needs --into"),
        (("--into", "elsewhere", "--keep", "0"), "at least 1"),
    ],
)
def test_backup_arguments_are_checked(world: World, tmp_path: Path, arguments: tuple[str, ...], message: str) -> None:
    with pytest.raises(CommandError, match=message):
        call_command("backup", *arguments, stdout=io.StringIO(), stderr=io.StringIO())
