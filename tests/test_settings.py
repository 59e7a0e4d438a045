from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError


def test_environment_wins_over_the_dotenv_file(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text("DISCORD_TOKEN=from-file\nTRIVIA_PREFIX=?\nTRIVIA_DB=file.db\n")
    settings = Settings.from_env({"TRIVIA_PREFIX": "$"}, dotenv=dotenv)
    assert (settings.token, settings.prefix, settings.db_path) == ("from-file", "$", Path("file.db"))


def test_the_token_never_shows_in_repr() -> None:
    settings = Settings.from_env({"DISCORD_TOKEN": "s3cret-token"}, dotenv=None)
    assert "s3cret-token" not in repr(settings) and "s3cret-token" not in str(settings)


def test_defaults_and_a_missing_token() -> None:
    settings = Settings.from_env({}, dotenv=None)
    assert settings.prefix == "!" and settings.round_seconds == 30 and settings.questions_path.name == "questions.yaml"
    with pytest.raises(SettingsError, match="DISCORD_TOKEN is not set"):
        settings.require_token()


@pytest.mark.parametrize(("name", "value"), [("TRIVIA_ROUND_SECONDS", "soon"), ("TRIVIA_ROUND_SECONDS", "1")])
def test_bad_numbers_are_named(name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: value}, dotenv=None)


def test_trivia_language_takes_a_code_or_a_name_and_refuses_others() -> None:
    assert Settings.from_env({}, dotenv=None).language == "en"
    for value in ("ko", "KO", "korean", "한국어"):
        assert Settings.from_env({"TRIVIA_LANGUAGE": value}, dotenv=None).language == "ko"
    with pytest.raises(SettingsError, match="TRIVIA_LANGUAGE must be en or ko, got 'fr'"):
        Settings.from_env({"TRIVIA_LANGUAGE": "fr"}, dotenv=None)


def test_trivia_db_takes_a_file_or_a_postgresql_url_and_never_shows_its_password() -> None:
    assert Settings.from_env({"TRIVIA_DB": "scores/trivia.db"}, dotenv=None).db_location == Path("scores/trivia.db")
    url = "postgresql://trivia:s3cret@db.internal:5433/trivia"
    settings = Settings.from_env({"TRIVIA_DB": f" {url} "}, dotenv=None)
    assert (settings.db_url, settings.db_location) == (url, url)
    assert "s3cret" not in repr(settings)
    assert Settings.from_env({"TRIVIA_DB": "postgres://bot@localhost/trivia"}, dotenv=None).db_url is not None


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("mysql://root@localhost/trivia", "TRIVIA_DB must be a file path or a postgresql://user@host:port/dbname URL"),
        ("postgresql://bot@localhost:port/trivia", "the port of a postgresql:// URL must be a number"),
        ("postgresql://bot@localhost:5432", "TRIVIA_DB names no database"),
    ],
)
def test_a_bad_trivia_db_url_says_what_is_wrong(value: str, says: str) -> None:
    with pytest.raises(SettingsError, match=re.escape(says)) as caught:
        Settings.from_env({"TRIVIA_DB": value}, dotenv=None)
    assert "root@" not in str(caught.value)  # the URL itself (it may hold a password) is not repeated
