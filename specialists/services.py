"""Writes of specialists: register (an uploaded adapter, or one trained here), change, delete.
Every change of the adapter set rewrites the model server's manifest (llm/adapters.py), and
the embedded server restarts with it."""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from appliance.components.llm.adapters import LoraAdapter, write_manifest
from appliance.telemetry import audit
from appliance.tenancy.models import Group
from appliance.tenancy.selectors import Actor
from specialists import adapters
from specialists.gguf_lora import write_gguf_lora
from specialists.models import MAX_EXAMPLES, MIN_EXAMPLES, Specialist

GGUF_NAME = "adapter.gguf"


def adapters_root() -> Path:
    return Path(settings.APPLIANCE_HOME) / "adapters"


def adapter_folder(specialist: Specialist) -> Path:
    return adapters_root() / specialist.adapter_dir


def clean_examples(examples: Sequence[str]) -> list[str]:
    cleaned = [" ".join(example.split()) for example in examples]
    cleaned = [example for example in dict.fromkeys(cleaned) if example]
    if not MIN_EXAMPLES <= len(cleaned) <= MAX_EXAMPLES:
        raise ValidationError(f"{MIN_EXAMPLES}〜{MAX_EXAMPLES} 件の質問例が必要です（{len(cleaned)} 件）。")
    if any(len(example) > 300 for example in cleaned):
        raise ValidationError("質問例は 1 件 300 文字までです。")
    return cleaned


def _groups(actor: Actor, group_ids: Sequence[int]) -> list[Group]:
    groups = list(Group.objects.filter(organization_id=actor.organization_id, id__in=list(group_ids)))
    if len(groups) != len(set(group_ids)):
        raise ValidationError("そのグループはありません。")
    return groups


def manifest_sync() -> bool:
    """Write every organization's adapters into the model server's manifest, in a stable order
    (by id), so a request's adapter id never points at another organization's adapter."""
    entries = []
    by_name = adapters_root() / "by-name"
    by_name.mkdir(parents=True, exist_ok=True)
    for specialist in Specialist.objects.exclude(adapter_dir="").order_by("pk"):
        gguf = adapter_folder(specialist) / GGUF_NAME
        if gguf.is_file():
            entries.append(LoraAdapter(name=specialist.served_name, gguf=gguf))
    # vLLM's filesystem LoRA resolver finds an adapter as DIR/<model name>/adapter_config.json:
    # one link per served name to the PEFT folder (deploy/README.md, "Specialists on vLLM").
    wanted = {entry.name: entry.gguf.parent for entry in entries}
    for link in by_name.iterdir():
        if link.name not in wanted:
            link.unlink()
    for name, folder in wanted.items():
        link = by_name / name
        if not link.is_symlink():
            link.symlink_to(Path("..") / folder.relative_to(adapters_root()))
    return write_manifest(entries)


def _store(specialist: Specialist, adapter: adapters.Adapter, folder: Path, gguf: Path | None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / adapters.CONFIG_NAME).write_text(json.dumps(adapter.config, ensure_ascii=False, indent=1), encoding="utf-8")
    (folder / adapters.WEIGHTS_NAME).write_bytes(adapter.weights)
    if gguf is not None:  # trained here: converted by llama.cpp's own converter already
        shutil.copyfile(gguf, folder / GGUF_NAME)
    else:
        write_gguf_lora(weights=adapter.weights, tensors=adapter.tensors, alpha=adapter.alpha, path=folder / GGUF_NAME)
    specialist.adapter_dir = str(folder.relative_to(adapters_root()))
    specialist.adapter_rank = adapter.rank
    specialist.adapter_alpha = adapter.alpha
    specialist.target_modules = adapter.target_modules
    specialist.adapter_sha256 = adapter.sha256


def specialist_register(
    *,
    actor: Actor,
    name: str,
    description: str = "",
    examples: Sequence[str],
    group_ids: Sequence[int] = (),
    pinned_group_ids: Sequence[int] = (),
    make_default: bool = False,
    adapter_zip: bytes | None = None,
    adapter: adapters.Adapter | None = None,
    source: str = Specialist.Source.UPLOADED,
    gguf: Path | None = None,
) -> Specialist:
    """A new specialist with its adapter (an uploaded zip, or one already validated), or
    ValidationError / AdapterRejected with the reasons, and nothing stored."""
    name = " ".join(name.split())
    if not name or len(name) > 60:
        raise ValidationError("名前は 1〜60 文字です。")
    if Specialist.objects.filter(organization_id=actor.organization_id, name=name).exists():
        raise ValidationError(f"「{name}」はもうあります。")
    cleaned = clean_examples(examples)
    groups, pinned = _groups(actor, group_ids), _groups(actor, pinned_group_ids)
    if adapter is None:
        if adapter_zip is None:
            raise ValidationError("アダプタ（PEFT の zip）が必要です。")
        config, weights = adapters.read_zip(adapter_zip, max_bytes=settings.LORA_UPLOAD_MAX_BYTES)
        adapter = adapters.validate(config, weights, max_rank=settings.LORA_MAX_RANK, base=adapters.base_for_model(settings.LLM_MODEL))
    folder: Path | None = None
    try:
        with transaction.atomic():
            if make_default:
                Specialist.objects.filter(organization_id=actor.organization_id, is_default=True).update(is_default=False)
            specialist = Specialist.objects.create(
                organization_id=actor.organization_id,
                name=name,
                description=description.strip()[:2000],
                examples=cleaned,
                is_default=make_default,
                source=source,
                created_by_id=actor.user_id,
            )
            specialist.groups.set(groups)
            _pin(specialist, pinned)
            folder = adapters_root() / str(actor.organization_id) / str(specialist.pk)
            _store(specialist, adapter, folder, gguf)
            specialist.save()
    except BaseException:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    transaction.on_commit(manifest_sync)
    _audit(actor, "registered", name)
    return specialist


def _audit(actor: Actor, change: str, name: str) -> None:
    audit("settings_change", organization=actor.organization_slug, user_id=actor.user_id, setting="specialist", change=change, specialist=name)


def _pin(specialist: Specialist, groups: list[Group]) -> None:
    # One pinned specialist per group: pinning here unpins it elsewhere in the organization.
    for group in groups:
        for other in group.pinned_specialists.exclude(pk=specialist.pk):
            other.pinned_groups.remove(group)
    specialist.pinned_groups.set(groups)


def specialist_update(
    *, specialist: Specialist, actor: Actor, group_ids: Sequence[int], pinned_group_ids: Sequence[int], make_default: bool
) -> Specialist:
    groups, pinned = _groups(actor, group_ids), _groups(actor, pinned_group_ids)
    with transaction.atomic():
        if make_default and not specialist.is_default:
            Specialist.objects.filter(organization_id=actor.organization_id, is_default=True).update(is_default=False)
        specialist.is_default = make_default
        specialist.save(update_fields=["is_default"])
        specialist.groups.set(groups)
        _pin(specialist, pinned)
    _audit(actor, "changed", specialist.name)
    return specialist


def specialist_set_evaluation(*, specialist: Specialist, evaluation: dict[str, object]) -> None:
    specialist.evaluation = evaluation
    specialist.save(update_fields=["evaluation"])


def specialist_delete(*, specialist: Specialist, actor: Actor) -> None:
    folder = adapter_folder(specialist) if specialist.adapter_dir else None
    name = specialist.name
    specialist.delete()
    if folder is not None:
        # The manifest first, so the server stops loading the adapter before its file goes.
        manifest_sync()
        shutil.rmtree(folder, ignore_errors=True)
    _audit(actor, "deleted", name)
