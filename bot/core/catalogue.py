"""Every text a game shows players, in one place per language.

`say(key, **values)` fills a template. Keys starting with `discord.` use Discord's
markdown; `terminal.` ones are plain text. The Korean catalogue will sit beside
this one with the same keys and placeholders.
"""

from __future__ import annotations

EN: dict[str, str] = {
    # Discord
    "discord.intro": (
        "🩺 **Trauma Code trivia!** {rounds} questions, {seconds} seconds each{about}. Type your answers in "
        "this channel: the faster, the more points. `{prefix}trivia hint` for a hint."
    ),
    "discord.about": " ({what})",
    "discord.question": "**Question {number}/{total}** · {seconds} seconds · up to {prize} points\n{text}",
    "discord.hint": "💡 Hint {number}/{total}: {hint} · now up to {prize} points",
    "discord.won": "🎉 <@{winner}> got it in {elapsed} s! **+{points} points**{bonus}{streak}{total}",
    "discord.bonus": " (+{bonus} streak bonus)",
    "discord.streak": " · 🔥 {streak} in a row",
    "discord.total": " · {total} in total on this server",
    "discord.unsaved": "\n⚠️ Your points could not be saved right now ({error}). The game goes on.",
    "discord.answer": "\nThe answer: **{answer}**",
    "discord.revealed": "{how} The answer was **{answer}**.",
    "discord.timed_out": "⏰ Time's up!",
    "discord.skipped": "⏭️ Skipped.",
    "discord.stopped": "⏹️ Stopped.",
    "discord.streak_ended_by": "\n💥 {winner} ended {holder}'s streak of {length}!",
    "discord.streak_ended": "\n💥 {holder}'s streak of {length} is over.",
    "discord.explanation": "\n📖 {explanation}",
    "discord.end.completed": "🏁 That's the last question!",
    "discord.end.stopped": "⏹️ The game was stopped.",
    "discord.end.idle": "💤 Nobody answered {silent} questions in a row, so the game is over.",
    "discord.end.failed": "⚠️ The game stopped because of an error. Every point announced is saved.",
    "discord.standings": "Final standings",
    "discord.standing": "{place} {name}: {points} point{s}",
    "discord.more_players": "…and {n} more players",
    "discord.nobody": "Nobody scored this time.",
    "discord.fastest": "⚡ Fastest answer",
    "discord.fastest_value": "{name}, {elapsed} s",
    "discord.best_streak": "🔥 Longest streak",
    "discord.best_streak_value": "{name}, {length} in a row",
    "discord.questions": "❓ Questions",
    "discord.questions_value": "{asked} of {total}",
    # Terminal
    "terminal.question": "\nQuestion {number}/{total} ({seconds} s, up to {prize} points)\n{text}",
    "terminal.hint": "Hint {number}/{total}: {hint} (now up to {prize} points)",
    "terminal.won": "Correct! {answer} (in {elapsed} s: +{points} points{bonus}{streak})",
    "terminal.bonus": " with a +{bonus} streak bonus",
    "terminal.streak": ", {streak} in a row",
    "terminal.streak_ended": "Your streak of {length} is over.",
    "terminal.revealed": "{how} The answer was {answer}.",
    "terminal.timed_out": "Time's up!",
    "terminal.skipped": "Skipped.",
    "terminal.stopped": "Stopped.",
    "terminal.explanation": "Did you know? {explanation}",
    "terminal.wrong_choice": "Not quite: you are out for this question.",
    "terminal.already_chosen": "You have already answered this question.",
}

CATALOGUES = {"en": EN}


def say(key: str, language: str = "en", **values: object) -> str:
    """The text `key` in `language`, with its placeholders filled."""
    return CATALOGUES[language][key].format(**values)
