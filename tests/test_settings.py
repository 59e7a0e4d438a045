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
    for value in ("ko", "KO", "korean", "Korean", "한국어"):
        assert Settings.from_env({"TRIVIA_LANGUAGE": value}, dotenv=None).language == "ko"
    for value in ("EN", "english", "영어"):
        assert Settings.from_env({"TRIVIA_LANGUAGE": value}, dotenv=None).language == "en"
    with pytest.raises(SettingsError, match="TRIVIA_LANGUAGE must be en \\(English\\) or ko \\(Korean\\), not “fr”"):
        Settings.from_env({"TRIVIA_LANGUAGE": "fr"}, dotenv=None)


@pytest.mark.parametrize(
    ("token", "says"),
    [
        ("   ", "DISCORD_TOKEN is blank"),
        ("", "DISCORD_TOKEN is blank"),
        ("paste-your-token-here", "DISCORD_TOKEN is still the placeholder “paste-your-token-here”"),
        ("your-token", "DISCORD_TOKEN is still the placeholder “your-token”"),
        ("<token>", "DISCORD_TOKEN is still the placeholder “<token>”"),
        ("MTA1 Ng.abc", "DISCORD_TOKEN has a space in it"),
    ],
)
def test_a_token_that_cannot_be_one_is_refused_before_connecting(token: str, says: str) -> None:
    settings = Settings.from_env({"DISCORD_TOKEN": token}, dotenv=None)
    with pytest.raises(SettingsError, match=says):
        settings.require_token()


def test_a_token_with_spaces_around_it_is_used_without_them() -> None:
    token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabCdE.abcdefghijklmnopqrstuvwxyz0123456789AB"
    assert Settings.from_env({"DISCORD_TOKEN": f"  {token}\n"}, dotenv=None).require_token() == token


def test_settings_errors_are_said_in_the_language_spoken() -> None:
    from bot.core.catalogue import speaking

    with speaking("ko"), pytest.raises(SettingsError, match="TRIVIA_ROUND_SECONDS에는 숫자를 적어 주세요"):
        Settings.from_env({"TRIVIA_ROUND_SECONDS": "soon"}, dotenv=None)


def test_without_shard_settings_the_bot_runs_every_shard_discord_recommends() -> None:
    settings = Settings.from_env({}, dotenv=None)
    assert (settings.shard_count, settings.shard_ids, settings.runs_shard_zero) == (None, None, True)
    assert settings.message_content and settings.global_rate == 45 and settings.rate_share == 45


def test_trivia_shards_names_the_shards_this_process_runs_and_its_share_of_the_rate() -> None:
    settings = Settings.from_env({"TRIVIA_SHARD_COUNT": "4", "TRIVIA_SHARDS": " 2, 0 "}, dotenv=None)
    assert (settings.shard_count, settings.shard_ids, settings.runs_shard_zero) == (4, (0, 2), True)
    assert settings.rate_share == 45 * 2 / 4
    one = Settings.from_env({"TRIVIA_SHARD_COUNT": "2", "TRIVIA_SHARDS": "1", "TRIVIA_GLOBAL_RATE": "40"}, dotenv=None)
    assert (one.shard_ids, one.runs_shard_zero, one.rate_share) == ((1,), False, 20)
    ranged = Settings.from_env({"TRIVIA_SHARD_COUNT": "8", "TRIVIA_SHARDS": "4-6,1"}, dotenv=None)
    assert ranged.shard_ids == (1, 4, 5, 6)
    every = Settings.from_env({"TRIVIA_SHARD_COUNT": "3"}, dotenv=None)
    assert (every.shard_ids, every.rate_share) == (None, 45)


@pytest.mark.parametrize(
    ("environ", "error"),
    [
        ({"TRIVIA_SHARD_COUNT": "two"}, "TRIVIA_SHARD_COUNT must be a whole number, not “two”"),
        ({"TRIVIA_SHARD_COUNT": "0"}, "TRIVIA_SHARD_COUNT must be between 1 and 65536, not 0"),
        ({"TRIVIA_SHARDS": "0,2"}, "TRIVIA_SHARDS needs TRIVIA_SHARD_COUNT"),
        ({"TRIVIA_SHARD_COUNT": "2", "TRIVIA_SHARDS": "0;1"}, "TRIVIA_SHARDS must list shard ids from 0 to 1"),
        ({"TRIVIA_SHARD_COUNT": "2", "TRIVIA_SHARDS": "2"}, "names shard 2, but with TRIVIA_SHARD_COUNT=2 the shard"),
        ({"TRIVIA_SHARD_COUNT": "4", "TRIVIA_SHARDS": "1,0-2"}, "TRIVIA_SHARDS names shard 1 twice"),
        ({"TRIVIA_SHARD_COUNT": "4", "TRIVIA_SHARDS": "3-1"}, "the range “3-1” runs backwards; write 1-3"),
        ({"TRIVIA_SHARD_COUNT": "4", "TRIVIA_SHARDS": "-1"}, "TRIVIA_SHARDS must list shard ids from 0 to 3"),
        ({"TRIVIA_GLOBAL_RATE": "60"}, "TRIVIA_GLOBAL_RATE must be between 1 and 50, not 60"),
        ({"TRIVIA_GLOBAL_RATE": "fast"}, "TRIVIA_GLOBAL_RATE must be a number"),
    ],
)
def test_bad_scale_out_settings_say_what_is_wrong(environ: dict[str, str], error: str) -> None:
    with pytest.raises(SettingsError, match=re.escape(error)):
        Settings.from_env(environ, dotenv=None)


def test_trivia_message_content_0_turns_the_intent_off() -> None:
    assert not Settings.from_env({"TRIVIA_MESSAGE_CONTENT": "0"}, dotenv=None).message_content
    assert Settings.from_env({"TRIVIA_MESSAGE_CONTENT": "1"}, dotenv=None).message_content


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


def test_scale_out_errors_are_said_in_korean_too() -> None:
    from bot.core.catalogue import speaking

    with speaking("ko"), pytest.raises(SettingsError, match="샤드 2번이 있지만, 샤드가 모두 2개"):
        Settings.from_env({"TRIVIA_SHARD_COUNT": "2", "TRIVIA_SHARDS": "2"}, dotenv=None)
