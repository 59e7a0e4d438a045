"""Per-server settings: what an admin may type, and what it means."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.store import BadSetting, ServerSettings, apply, parse_value, store_at, stored_text


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [
        ("round_seconds", "45", 45),
        ("rounds", "1", 1),
        ("auto_hint", "OFF", False),
        ("auto_hint", "on", True),
        ("mode", "Choices", "choices"),
        ("channels", "<#123456789012345678> <#223456789012345678>", (123456789012345678, 223456789012345678)),
        ("channels", "all", ()),
        ("stop_by", "moderators", "moderators"),
        ("language", "en", "en"),
    ],
)
def test_good_values_parse_and_survive_storage(name: str, text: str, value: object) -> None:
    assert parse_value(name, text) == value
    assert parse_value(name, stored_text(name, value)) == value


@pytest.mark.parametrize(
    ("name", "text", "says"),
    [
        ("round_seconds", "5", "round_seconds must be between 10 and 120, not 5."),
        ("round_seconds", "soon", "round_seconds must be a whole number between 10 and 120"),
        ("rounds", "51", "rounds must be between 1 and 50, not 51."),
        ("auto_hint", "maybe", "auto_hint must be on or off"),
        ("mode", "buttons", "mode must be one of open, choices"),
        ("channels", "general", "channels must be `all` or one or more channel mentions"),
        ("stop_by", "anyone", "stop_by must be one of starter, moderators"),
        ("colour", "red", "There is no setting “colour”. Settings: round_seconds, rounds,"),
    ],
)
def test_bad_values_name_what_is_allowed(name: str, text: str, says: str) -> None:
    with pytest.raises(BadSetting) as caught:
        parse_value(name, text)
    assert says in str(caught.value)


async def test_stored_settings_override_the_defaults_and_survive_reopening(db_location: str | Path) -> None:
    async with await store_at(db_location).open() as store:
        await store.set_setting(1, "round_seconds", "45")
        await store.set_setting(1, "mode", "choices")
        await store.set_setting(2, "rounds", "5")
        await store.set_setting(1, "mode", None)  # back to the default
        await store.set_setting(2, "mode", None)  # never set: nothing to forget
    async with await store_at(db_location).open() as store:
        defaults = ServerSettings(round_seconds=20)
        assert apply(defaults, await store.settings(1)) == ServerSettings(round_seconds=45)
        assert apply(defaults, await store.settings(2)) == ServerSettings(round_seconds=20, rounds=5)
        assert await store.settings(3) == {}
    assert apply(defaults, {"rounds": "999", "unknown": "x"}) == defaults  # out of range today: the default


def test_a_game_may_start_anywhere_or_only_in_listed_channels_and_their_threads() -> None:
    assert ServerSettings().allows_channel(5)
    listed = ServerSettings(channels=(7,))
    assert listed.allows_channel(7) and listed.allows_channel(99, parent_id=7) and not listed.allows_channel(5)
