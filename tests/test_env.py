from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from appliance.env import env_bool, env_choice, env_float, env_int, env_list, env_required, env_secret, env_text


def test_env_bool_accepts_the_usual_spellings(monkeypatch: pytest.MonkeyPatch) -> None:
    for raw, expected in [("1", True), ("TRUE", True), ("on", True), ("0", False), ("no", False), ("", False)]:
        monkeypatch.setenv("FLAG", raw)
        assert env_bool("FLAG") is expected


def test_env_bool_fails_loudly_on_nonsense(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="FLAG must be a boolean"):
        env_bool("FLAG")


def test_env_bool_uses_the_default_when_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FLAG", raising=False)
    assert env_bool("FLAG", True) is True


def test_env_int_names_the_variable_when_malformed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKERS", "four")
    with pytest.raises(ImproperlyConfigured, match="WORKERS must be an integer"):
        env_int("WORKERS", 2)


def test_env_int_enforces_its_minimum(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKERS", "0")
    with pytest.raises(ImproperlyConfigured, match="at least 1"):
        env_int("WORKERS", 2, minimum=1)
    monkeypatch.setenv("WORKERS", "3")
    assert env_int("WORKERS", 2, minimum=1) == 3


def test_env_float_and_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMEOUT", "2.5")
    assert env_float("TIMEOUT", 1.0) == 2.5
    monkeypatch.setenv("TIMEOUT", "soon")
    with pytest.raises(ImproperlyConfigured):
        env_float("TIMEOUT", 1.0)
    monkeypatch.setenv("HOSTS", " a.example , ,b.example")
    assert env_list("HOSTS") == ["a.example", "b.example"]


def test_env_choice_rejects_unknown_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODE", "Production")
    assert env_choice("MODE", ("embedded", "production"), "embedded") == "production"
    monkeypatch.setenv("MODE", "staging")
    with pytest.raises(ImproperlyConfigured, match="MODE must be one of"):
        env_choice("MODE", ("embedded", "production"), "embedded")


def test_env_required_fails_when_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEEDED", raising=False)
    with pytest.raises(ImproperlyConfigured, match="NEEDED must be set"):
        env_required("NEEDED")


def test_env_secret_reads_the_file_variant(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    secret_file = tmp_path / "key"
    secret_file.write_text("s3cret\n")
    monkeypatch.delenv("API_KEY", raising=False)
    monkeypatch.setenv("API_KEY_FILE", str(secret_file))
    assert env_secret("API_KEY") == "s3cret"


def test_env_secret_refuses_both_variants(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("API_KEY", "a")
    monkeypatch.setenv("API_KEY_FILE", str(tmp_path / "key"))
    with pytest.raises(ImproperlyConfigured, match="not both"):
        env_secret("API_KEY")


def test_env_secret_fails_on_an_unreadable_or_empty_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("API_KEY", raising=False)
    monkeypatch.setenv("API_KEY_FILE", str(tmp_path / "missing"))
    with pytest.raises(ImproperlyConfigured, match="cannot be read"):
        env_secret("API_KEY")
    empty = tmp_path / "empty"
    empty.write_text("  \n")
    monkeypatch.setenv("API_KEY_FILE", str(empty))
    with pytest.raises(ImproperlyConfigured, match="is empty"):
        env_secret("API_KEY")


def test_env_text_keeps_spaces_and_tells_empty_from_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PREFIX", raising=False)
    assert env_text("PREFIX") is None
    monkeypatch.setenv("PREFIX", "")
    assert env_text("PREFIX") == ""
    monkeypatch.setenv("PREFIX", "query: ")
    assert env_text("PREFIX") == "query: "
