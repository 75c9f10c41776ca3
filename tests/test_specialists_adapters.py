"""An uploaded LoRA adapter is checked before anything is stored: each bad upload is refused
with its reason; a good one is stored, converted for llama.cpp and put in the server's
manifest; another organization never sees it."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest
from django.core.exceptions import ValidationError
from django.http import Http404

from appliance.components.llm.adapters import lora_request_fields, read_manifest
from appliance.tenancy.selectors import actor_get
from specialists import adapters
from specialists.adapters import AdapterRejected, base_for_model, read_zip, validate
from specialists.models import Specialist
from specialists.selectors import specialist_get, specialist_list, specialists_usable_by
from specialists.services import GGUF_NAME, adapter_folder, specialist_delete, specialist_register
from tests.adapter_files import TINY_BASE, adapter_config, adapter_zip, good_zip, lora_tensors, safetensors_bytes

EXAMPLES = ["経費精算の締め日は？", "出張の日当はいくら？", "領収書をなくしたら？", "交通費の申請方法は？", "立替金の振込日は？"]


def rejected(config: dict | None, weights: bytes | None, *, max_rank: int = 16) -> list[str]:
    with pytest.raises(AdapterRejected) as caught:
        config_bytes, weights_bytes = read_zip(adapter_zip(config, weights), max_bytes=10_000_000)
        validate(config_bytes, weights_bytes, max_rank=max_rank, base=TINY_BASE)
    return caught.value.reasons


def weights(rank: int = 4, modules: tuple[str, ...] = ("q_proj", "v_proj")) -> bytes:
    return safetensors_bytes(lora_tensors(TINY_BASE, rank=rank, modules=list(modules)))


def test_it_accepts_a_peft_adapter_folder_zipped() -> None:
    config, data = read_zip(good_zip(), max_bytes=10_000_000)
    adapter = validate(config, data, max_rank=16, base=TINY_BASE)
    assert (adapter.rank, adapter.alpha, adapter.target_modules) == (4, 8.0, ["q_proj", "v_proj"])
    assert len(adapter.tensors) == 2 * 2 * TINY_BASE.layers


def test_it_refuses_a_rank_above_the_servers_maximum() -> None:
    reasons = rejected(adapter_config(rank=32, modules=["q_proj"]), weights(32, ("q_proj",)), max_rank=16)
    assert any("rank 32 is above this server's maximum 16" in reason for reason in reasons)


def test_it_refuses_modules_to_save() -> None:
    reasons = rejected(adapter_config(rank=4, modules=["q_proj", "v_proj"], modules_to_save=["lm_head"]), weights())
    assert any("modules_to_save" in reason for reason in reasons)


def test_it_refuses_target_modules_the_base_does_not_have() -> None:
    reasons = rejected(adapter_config(rank=4, modules=["q_proj", "c_attn"]), weights())
    assert any("unknown target modules ['c_attn']" in reason for reason in reasons)


def test_it_refuses_dora_and_other_peft_methods() -> None:
    assert any("DoRA" in r for r in rejected(adapter_config(rank=4, modules=["q_proj", "v_proj"], use_dora=True), weights()))
    assert any("peft_type" in r for r in rejected(adapter_config(rank=4, modules=["q_proj", "v_proj"], peft_type="IA3"), weights()))


def test_it_refuses_tensors_whose_rank_differs_from_the_config() -> None:
    reasons = rejected(adapter_config(rank=8, modules=["q_proj", "v_proj"]), weights(4))
    assert any("does not have rank 8" in reason for reason in reasons)


def test_it_refuses_tensors_that_do_not_fit_the_base_model() -> None:
    other = TINY_BASE.__class__("other", 2, 48, 128, 32)
    data = safetensors_bytes(lora_tensors(other, rank=4, modules=["q_proj", "v_proj"]))
    reasons = rejected(adapter_config(rank=4, modules=["q_proj", "v_proj"]), data)
    assert any("q_proj of tiny-qwen2 has in width 64" in reason for reason in reasons)


def test_it_refuses_a_layer_the_base_does_not_have() -> None:
    data = safetensors_bytes(lora_tensors(TINY_BASE, rank=4, modules=["q_proj"], layers=[0, 7]))
    reasons = rejected(adapter_config(rank=4, modules=["q_proj"]), data)
    assert any("layer 7, but tiny-qwen2 has 2" in reason for reason in reasons)


def test_it_refuses_a_missing_half_of_a_pair() -> None:
    tensors = lora_tensors(TINY_BASE, rank=4, modules=["q_proj"])
    tensors.pop("base_model.model.model.layers.1.self_attn.q_proj.lora_B.weight")
    reasons = rejected(adapter_config(rank=4, modules=["q_proj"]), safetensors_bytes(tensors))
    assert "layer 1 q_proj: lora_B is missing" in reasons


def test_it_refuses_a_safetensors_file_whose_data_does_not_match_its_header() -> None:
    good = weights()
    assert any("does not match its shape" in r for r in rejected(adapter_config(rank=4, modules=["q_proj", "v_proj"]), good[:-16]))
    assert any("header length" in r for r in rejected(adapter_config(rank=4, modules=["q_proj", "v_proj"]), struct.pack("<Q", 10**6) + good[8:]))
    broken = good[:8] + b"x" + good[9:]
    assert any("not JSON" in r for r in rejected(adapter_config(rank=4, modules=["q_proj", "v_proj"]), broken))


def test_it_refuses_a_zip_without_the_two_files_or_not_a_zip() -> None:
    assert any("adapter_model.safetensors is missing" in r for r in rejected(adapter_config(rank=4, modules=["q_proj"]), None))
    assert any("adapter_config.json is missing" in r for r in rejected(None, weights()))
    with pytest.raises(AdapterRejected, match="not a zip"):
        read_zip(b"PK\x03\x04 not really", max_bytes=1000)
    with pytest.raises(AdapterRejected, match="the limit is 100"):
        read_zip(good_zip(), max_bytes=100)


def test_it_knows_the_served_models_shape_by_its_name() -> None:
    assert base_for_model("qwen2.5-coder-0.5b-instruct").hidden == 896
    assert base_for_model("Qwen/Qwen2.5-7B-Instruct").hidden == 3584
    assert base_for_model("llama-3") is None


@pytest.fixture
def tiny_base(settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings.APPLIANCE_HOME = tmp_path
    monkeypatch.setattr(adapters, "base_for_model", lambda name: TINY_BASE)


def test_a_registered_adapter_is_stored_converted_and_served_by_name(world, tiny_base, django_capture_on_commit_callbacks) -> None:
    adam = actor_get(user=world.adam, organization=world.org_a)
    with django_capture_on_commit_callbacks(execute=True):
        specialist = specialist_register(actor=adam, name="経理アシスタント", examples=EXAMPLES, adapter_zip=good_zip(), make_default=True)
    folder = adapter_folder(specialist)
    assert json.loads((folder / "adapter_config.json").read_text())["r"] == 4
    gguf = (folder / GGUF_NAME).read_bytes()
    assert gguf[:4] == b"GGUF" and b"adapter.lora.alpha" in gguf and b"blk.1.attn_v.weight.lora_b" in gguf
    assert [entry.name for entry in read_manifest()] == [specialist.served_name]
    assert lora_request_fields(specialist.served_name, by_id=True) == {"lora": [{"id": 0, "scale": 1.0}]}
    assert lora_request_fields(specialist.served_name, by_id=False) == {"model": specialist.served_name}
    by_name = folder.parent.parent / "by-name" / specialist.served_name
    assert json.loads((by_name / "adapter_config.json").read_text())["r"] == 4  # vLLM's resolver finds it by name
    specialist_delete(specialist=specialist, actor=adam)
    assert read_manifest() == [] and not folder.exists() and not by_name.is_symlink()


def test_a_bad_upload_stores_nothing(world, tiny_base, tmp_path: Path) -> None:
    adam = actor_get(user=world.adam, organization=world.org_a)
    bad = adapter_zip(adapter_config(rank=4, modules=["q_proj"], modules_to_save=["embed_tokens"]), weights(4, ("q_proj",)))
    with pytest.raises(AdapterRejected):
        specialist_register(actor=adam, name="x", examples=EXAMPLES, adapter_zip=bad)
    with pytest.raises(ValidationError, match="5〜20"):
        specialist_register(actor=adam, name="x", examples=EXAMPLES[:3], adapter_zip=good_zip())
    assert not Specialist.objects.exists()
    assert not (tmp_path / "adapters").exists() or not any((tmp_path / "adapters").rglob("*.safetensors"))


def test_another_organization_never_sees_or_gets_a_specialist(world, tiny_base) -> None:
    adam = actor_get(user=world.adam, organization=world.org_a)
    bob = actor_get(user=world.bob, organization=world.org_b)
    specialist = specialist_register(actor=adam, name="経理アシスタント", examples=EXAMPLES, adapter_zip=good_zip(), make_default=True)
    assert list(specialist_list(fetched_by=bob)) == [] and list(specialists_usable_by(actor=bob)) == []
    with pytest.raises(Http404):
        specialist_get(specialist_id=specialist.pk, fetched_by=bob)
    with pytest.raises(ValidationError):  # bob's group is not org A's
        specialist_register(actor=adam, name="営業", examples=EXAMPLES, adapter_zip=good_zip(), group_ids=[world.sales_b.pk])


def test_a_specialist_limited_to_a_group_serves_only_its_members(world, tiny_base) -> None:
    adam = actor_get(user=world.adam, organization=world.org_a)
    alice = actor_get(user=world.alice, organization=world.org_a)
    legal = specialist_register(actor=adam, name="法務", examples=EXAMPLES, adapter_zip=good_zip(), group_ids=[world.legal_a.pk])
    sales = specialist_register(actor=adam, name="営業", examples=EXAMPLES, adapter_zip=good_zip(seed=1), group_ids=[world.sales_a.pk])
    assert list(specialists_usable_by(actor=alice)) == [sales]
    assert set(specialists_usable_by(actor=adam)) == {legal, sales}


def test_the_gguf_holds_the_adapters_numbers(world, tiny_base) -> None:
    adam = actor_get(user=world.adam, organization=world.org_a)
    tensors = lora_tensors(TINY_BASE, rank=4, modules=["q_proj", "v_proj"])
    upload = adapter_zip(adapter_config(rank=4, modules=["q_proj", "v_proj"]), safetensors_bytes(tensors, dtype="F16"))
    specialist = specialist_register(actor=adam, name="経理", examples=EXAMPLES, adapter_zip=upload)
    gguf = (adapter_folder(specialist) / GGUF_NAME).read_bytes()
    wanted = tensors["base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight"].astype(np.float16).astype("<f4").tobytes()
    assert wanted in gguf  # stored as float32, in the safetensors' row order
