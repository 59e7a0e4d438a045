from __future__ import annotations

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
