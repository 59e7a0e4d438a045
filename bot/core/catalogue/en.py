"""The English catalogue: every text a game shows players, by key (see catalogue.py)."""

from __future__ import annotations

EN: dict[str, str] = {
    # Discord
    "discord.intro": (
        "🩺 **{title}!** {rounds} question{s}, {seconds} seconds each{about}. Type your answers in "
        "this channel: the faster, the more points. `{prefix}trivia hint` for a hint."
    ),
    "discord.about": " ({what})",
    "intro.trivia": "Trivia time",  # the intro's title when the bank's own would name an answer
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
    # Replies and errors (Discord and the core)
    "error.game_running": "A trivia game is already running in this channel.",
    "error.no_game": "No trivia game is running in this channel.",
    "error.not_saved": "The score could not be saved ({cause}).",
    "error.admin_only": "You need the Manage Server permission to do that.",
    "error.not_controller": "Only the player who started this game, or members with Manage Messages or Manage Server can do that.",
    "error.moderators_only": "Only members with Manage Messages or Manage Server can do that.",
    "error.not_here": "You can't use that command here.",
    "error.failed": "Something went wrong; the error was logged.",
    "error.dm": "Trivia is played in a server channel, not in direct messages.",
    "error.slow_down": "Slow down: try again in {wait} second{s}.",
    "error.no_member": "No member called “{who}” was found on this server.",
    "error.unknown_command": "Unknown command `{typed}`.{hint} Try `{prefix}trivia help`.",
    "error.unknown_command.start": " To start a game of {rounds} questions: `{prefix}trivia start {rounds}`.",
    "error.unknown_command.close": " Did you mean `{prefix}trivia {command}`?",
    "error.permissions": "I can't run a game here: I need the {names} permission{s} in this channel.",
    "permission.view_channel": "View Channel",  # as Discord names it
    "permission.send_messages": "Send Messages",  # as Discord names it
    "permission.send_messages_in_threads": "Send Messages in Threads",  # as Discord names it
    "permission.embed_links": "Embed Links",  # as Discord names it
    "error.permissions.and": " and ",
    "error.wrong_channel": "Trivia games on this server are played in {where}.",
    "error.no_questions": "There is no question for “{what}”. See `/trivia categories`.",
    "error.no_skip": "There is no open question to skip right now.",
    "error.nothing_to_report": "There is no question to report here: report during a round or up to 2 minutes after it.",
    "error.report_reason": "Say what is wrong: `{prefix}trivia report <reason>`.",
    "start.usage": (
        "Start with `{prefix}trivia start [rounds] [category] [difficulty] [choices]`, in any order. "
        "Categories: {categories}. Difficulties: {difficulties}. `choices` plays with buttons, `open` with typed answers."
    ),
    "start.rounds_twice": "Give the number of questions once. {usage}",
    "start.rounds_range": "The number of questions must be between 1 and {most}, not {rounds}.",
    "start.unknown_word": "I don't know “{word}” here. {usage}",
    "hint.no_round": "There is no open question right now.",
    "hint.none_left": "No hints left for this question.",
    "hint.too_soon": "One hint at a time: the next one can come in a few seconds.",
    "hint.posted": "💡 Hint posted.",
    "hint.digits": "A number with {digits} digit{s}.",
    "hint.starts": "It starts with {shape}.",
    "game.stopping": "Stopping the game…",
    "game.skipping": "Skipping…",
    "choice.wrong": "❌ Not quite. You are out for this question; the others play on.",
    "choice.already": "You have already answered this question.",
    "choice.closed": "⏱️ This round is over.",
    "pages.not_yours": "Only the member who asked can turn these pages.",
    "categories.list": "📚 **Categories**: {categories}.\nPlay one with `{prefix}trivia start 10 <category> [difficulty]`.",
    "categories.item": "`{name}` ({count})",
    # Boards and stats
    "board.empty": "No scores yet on this server.",
    "board.empty_period": "No scores {period} on this server yet.",
    "board.title": "🏆 **Trivia leaderboard · {guild} · {period}**",
    "board.week_note": "-# Weeks start on Monday, 00:00 UTC.",
    "board.month_note": "-# Months start on the 1st, 00:00 UTC.",
    "board.row": "{rank}. {name}: {points} points, {correct} correct",
    "board.you": "…\nYou: {rank}. {name}: {points} points, {correct} correct",
    "board.page": "-# Page {page} of {pages} · {players} players",
    "period.all": "all time",
    "period.week": "this week",
    "period.month": "this month",
    "stats.none": "{name} has no trivia points on this server yet.",
    "stats.head": "📊 **{name}** · ",
    "stats.rank": "rank {rank} of {players}",
    "stats.points": "{points} points",
    "stats.correct": "{correct} correct answers",
    "stats.games": "{games} games played",
    "stats.win_rate": "win rate {rate}",
    "stats.best_streak": "best streak {streak}",
    "stats.fastest": "fastest answer {seconds} s",
    "stats.favourite": "favourite category: {category}",
    # Settings, reports, reload
    "setting.whole_number": "{name} must be a whole number between {low} and {high}, not “{text}”.",
    "setting.range": "{name} must be between {low} and {high}, not {value}.",
    "setting.switch": "{name} must be on or off, not “{text}”.",
    "setting.one_of": "{name} must be one of {values}, not “{text}”.",
    "setting.channels": "channels must be `all` or one or more channel mentions (#trivia #games).",
    "setting.unknown": "There is no setting “{name}”. Settings: {settings}.",
    "setting.allowed.round_seconds": "10 to 120",
    "setting.allowed.rounds": "1 to 50",
    "setting.allowed.auto_hint": "on or off",
    "setting.allowed.mode": "open (typed answers) or choices (buttons)",
    "setting.allowed.channels": "all, or channel mentions",
    "setting.allowed.stop_by": "starter (the starter and moderators) or moderators",
    "setting.allowed.language": "en (English) or ko (한국어)",
    "settings.title": "⚙️ **Trivia settings on this server**",
    "settings.row": "`{name}`: **{value}**{mark} · default {default} · {allowed}",
    "settings.footer": "Change one with `{prefix}trivia set <name> <value>` (Manage Server); `default` resets it.",
    "settings.usage": "Usage: `{prefix}trivia set <name> <value>` (or `default`). Settings: {settings}.",
    "settings.reset": "✅ `{name}` is back to its default, **{default}**. Games started from now on use it.",
    "settings.changed": (
        "✅ `{name}` is now **{value}** (default {default}). "
        "Games started from now on use it; a game already running keeps its own."
    ),
    "report.thanks": "🚩 Thanks: question `{question}` is reported to the server's admins.",
    "report.title": "🚩 **Open question reports** · close with `{prefix}trivia reports clear <question id>`",
    "report.head": "**{question}** · {text} · {total} report{s}",
    "report.reason": "  • {count}× {reason}",
    "report.more": "  • …and {n} other reasons",
    "report.gone": "(no longer in the question file)",
    "report.none": "No open question reports on this server.",
    "report.usage": "Usage: `{prefix}trivia reports` to list them, `{prefix}trivia reports clear <question id>`.",
    "report.none_for": "There are no open reports of question `{question}`.",
    "report.closed": "✅ Closed {closed} report{s} of question `{question}`.",
    "reload.failed": "❌ Reload failed; still using the {kept} questions loaded before. {count} problem(s):\n```\n{problems}\n```",
    "reload.done": "✅ Reloaded {count} questions from `{file}`.{note}",
    "reload.running": " {running} running game(s) finish with their current questions.",
    "help.text": (
        "**Trivia about *The Trauma Code: Heroes on Call*** (prefix `{p}` or slash `/`)\n"
        "`{p}trivia start [rounds] [category] [difficulty] [choices]`: start a game here (words in any order; `choices`: buttons)\n"
        "`{p}trivia hint`: a hint for the current question (up to 3; each costs 2 points of the prize)\n"
        "`{p}trivia categories`: the categories, with their number of questions\n"
        "`{p}trivia packs`: this server's question packs · `{p}trivia start <pack>` plays one · `{p}trivia pack add <name>` with a .yaml file adds one (Manage Server)\n"
        "`{p}trivia skip` / `{p}trivia stop`: reveal and move on / end the game (game starter or moderators)\n"
        "`{p}trivia leaderboard [all|week|month]`: this server's top 10 (also `top`, `scores`)\n"
        "`{p}trivia stats [member]`: points, correct answers, games, win rate, best streak, fastest answer, rank\n"
        "`{p}trivia report <reason>`: report the current question (or the one that just ended) to the admins\n"
        "`{p}trivia settings`: this server's settings · `{p}trivia set <name> <value>` (Manage Server)\n"
        "`{p}trivia reports [clear <id>]`, `{p}trivia reload` (Manage Server): reports; re-read the question file\n"
        "Faster answers score more: 10 points in the first third of a round, down to 5 at the end; +1 to +3 for a streak."
    ),
    # Question packs (each server's own questions; see discord/packs.py)
    "pack.usage": "Usage: `{prefix}trivia pack add <name>` with the pack's .yaml file attached, `{prefix}trivia pack remove <name>`, `{prefix}trivia pack get <name>`. The list: `{prefix}trivia packs`.",
    "pack.bad_name": "“{name}” can't be a pack's name: use one lower-case word of letters, digits and hyphens, at most 32 characters (such as `{suggestion}`).",
    "pack.builtin_name": "`{name}` is the name of the bot's own questions; choose another name.",
    "pack.reserved_name": "`{name}` can't be a pack's name: `start` would read it as a number, a category, a difficulty, a mode or a command. Choose another name.",
    "pack.full": "This server already has {most} packs, the most it may hold: remove one first.",
    "pack.no_file": "Attach the pack's .yaml file to the command's message: `{prefix}trivia pack add {name}`.",
    "pack.many_files": "Attach one file only, the pack's .yaml file ({count} are attached).",
    "pack.not_yaml": "“{file}” is not a .yaml or .yml file: a pack is a YAML file.",
    "pack.too_large": "“{file}” is {size} MiB; a pack's file may be at most {most} MiB. Split it into smaller packs.",
    "pack.download_slow": "Discord did not deliver “{file}” within {seconds} seconds; try again.",
    "pack.download_failed": "“{file}” could not be downloaded from Discord ({status}); try again.",
    "pack.problems": "❌ Pack `{name}` was not stored: {count} problem(s) in the file:\n```\n{problems}\n```",
    "pack.kept": "\n`{name}` keeps its previous version.",
    "pack.more_problems": "…and {n} more",
    "pack.added": "✅ Pack `{name}` is stored: {count} questions ({categories}). Play it with `{prefix}trivia start {name}`.{notes}",
    "pack.replaced": "✅ Pack `{name}` is replaced: {count} questions ({categories}). Games already running finish with the old ones.{notes}",
    "pack.notes": "\nNotes:\n```\n{notes}\n```",
    "pack.unknown": "This server has no pack called “{name}”. See `{prefix}trivia packs`.",
    "pack.broken": "Pack `{name}` no longer loads ({count} problem(s)): get its file with `{prefix}trivia pack get {name}`, fix it and upload it again.",
    "pack.builtin_kept": "`{name}` is the bot's own questions: it can't be removed.",
    "pack.removed": "🗑️ Pack `{name}` is removed ({count} questions).{note}",
    "pack.removed_default": " It was this server's default pack: games now play `{builtin}`.",
    "pack.file": "📎 Pack `{name}` ({count} questions), as uploaded.",
    "pack.no_attach": "I can't send the file here: I need the **Attach Files** permission in this channel.",
    "packs.title": "📚 **Question packs of this server** ({count} of {most})",
    "packs.row": "{mark}`{name}`{kind}: {count} questions · {categories}",
    "packs.builtin": " (built-in)",
    "packs.red": " (Red list)",
    "packs.more": "…and {n} more",
    "packs.footer": "Play one with `{prefix}trivia start <pack>`. ⭐ marks the default (`{prefix}trivia set pack <name>`). Admins add one with `{prefix}trivia pack add <name>` and a .yaml file.",
    "packs.choice": "{name} · {count} questions",
    "setting.pack": "pack must be `builtin` or the name of one of this server's packs (see `/trivia packs`), not “{text}”.",
    "setting.allowed.pack": "builtin, or one of this server's packs",
    # Slash answers, old buttons, and erasing a member's data
    "game.started": "▶️ The game starts in this channel.",
    "buttons.gone": "These buttons no longer work. Run the command again.",
    "error.permissions.reply": "I can't answer here: I need these permissions in this channel: {names}.",
    "forget.ask": (
        "🗑️ Erase the trivia data of {who} on this server: points, answers with their times, games played "
        "and question reports? It cannot be undone."
    ),
    "forget.button": "Erase",
    "forget.not_yours": "Only the member who asked can confirm this.",
    "forget.done": "✅ The trivia data of {who} on this server is erased ({answers} answers).",
    "help.forget": "`{p}trivia forget me`: erase your data on this server · `{p}trivia forget <member>` (Manage Server)",
    # Where the bot cannot read messages (TRIVIA_MESSAGE_CONTENT=0): the intro, `/trivia answer`
    "discord.intro.no_content": (
        "🩺 **{title}!** {rounds} question{s}, {seconds} seconds each{about}. I can't read this "
        "channel's messages: reply to the question or mention me with your answer, or use `/trivia answer`. "
        "The faster, the more points; `/trivia hint` for a hint."
    ),
    "answer.right": "✅ That's right!",
    "answer.wrong": "❌ Not it. Try again!",
    "answer.no_round": "There is no open question right now.",
    "answer.out": "You chose a wrong button, so you are out for this question.",
    # Terminal
    "terminal.question": "\nQuestion {number}/{total} ({seconds} s, up to {prize} points)\n{text}",
    "terminal.hint": "Hint {number}/{total}: {hint} (now up to {prize} points)",
    "terminal.won": "Correct! {answer} (in {elapsed} s: +{points} points{bonus}{streak})",
    "terminal.bonus": " with a +{bonus} streak bonus",
    "terminal.streak": ", {streak} in a row",
    "terminal.streak_ended": "Your streak of {length} is over.",
    "terminal.revealed": "{how} The answer: {answer}",
    "terminal.timed_out": "Time's up!",
    "terminal.skipped": "Skipped.",
    "terminal.stopped": "Stopped.",
    "terminal.explanation": "Did you know? {explanation}",
    "terminal.intro": "{title}: {rounds} question{s}, {seconds} seconds each.\n{how} Commands: /hint, /skip, /quit, /help.",
    "terminal.not_quite": "Not quite, try again.",
    "terminal.unsaved": "Your point could not be saved: {error}",
    "terminal.idle": " (no answer for {silent} questions in a row)",
    "terminal.game_over": "Game over{reason}: {correct} of {played} correct, {score}{total}.",
    "terminal.total": " (all-time total: {points})",
    "terminal.wrong_choice": "Not quite!",
    # Terminal: a game for one player; the command line
    "terminal.how_typed": "Type your answer and press Enter.",
    "terminal.how_choices": "Answer with a letter, A to D.",
    "terminal.title": "Trivia",
    "terminal.score": "{count} points",
    "terminal.score_one": "{count} point",
    "terminal.none_played": "Game over: no question was played{total}.",
    "terminal.between_rounds": "The next question is coming: answer it then.",
    "terminal.unknown_command": "There is no command {typed}.",
    "terminal.help": (
        "{how} Close spellings count.\n"
        "The sooner you answer, the more points: 10 in the first third of a question,\n"
        "down to 5 at the end, and up to 3 more for a streak.\n"
        "  /hint   a hint (up to 3 a question; each lowers the prize by 2 points)\n"
        "  /skip   show the answer and go on\n"
        "  /quit   end the game (Ctrl-C and Ctrl-D too); your points are saved\n"
        "  /help   this help\n"
        "In Korean: /힌트, /넘기기, /그만, /도움말."
    ),
    "cli.error": "error: {message}",
    "cli.as_said": "{message}",
    "cli.number": "{option} must be a number, not “{text}”",
    "cli.whole_number": "{option} must be a whole number, not “{text}”",
    "cli.range": "{option} must be between {low} and {high}, not {text}",
    "cli.shards_without_count": "TRIVIA_SHARDS needs TRIVIA_SHARD_COUNT: set it to the number of shards of the whole bot (TRIVIA_SHARDS={text} names only those this process runs)",
    "cli.shard_ids": "TRIVIA_SHARDS must list shard ids from 0 to {last}, separated by commas (like 0,2 or 0-3), not “{text}”",
    "cli.shard_range_backwards": "TRIVIA_SHARDS: the range “{text}” runs backwards; write {low}-{high}",
    "cli.shard_out_of_range": "TRIVIA_SHARDS names shard {shard}, but with TRIVIA_SHARD_COUNT={count} the shard ids are 0 to {last}",
    "cli.shard_twice": "TRIVIA_SHARDS names shard {shard} twice, in “{text}”",
    "cli.one_of": "{option} must be one of {values}, not “{text}”",
    "cli.language": "{option} must be en (English) or ko (Korean), not “{text}”",
    "cli.unknown_command": "there is no command “{text}”; the commands: {commands}",
    "cli.unknown_option": "{command} has no option {option}. Usage: {usage}",
    "cli.unexpected": "{command} does not take “{text}”. Usage: {usage}",
    "cli.needs_value": "{option} needs a value. Usage: {usage}",
    "cli.missing": "{command} needs {names}. Usage: {usage}",
    "cli.ambiguous": "{option} could be {matches}: write it out",
    "cli.no_questions": "no question matches {what}; see the categories with: {prog} check",
    "cli.question_file": "{problem}",
    "cli.more_problems": "{problem} (and {more} more: {prog} check {path})",
    "cli.check_ok": "{path}: {count} questions OK",
    "cli.check_ok_one": "{path}: {count} question OK",
    "cli.problems_found": "{count} problems found.",
    "cli.problems_found_one": "{count} problem found.",
    "cli.no_database": "there is no score database at {path} (set TRIVIA_DB)",
    "cli.exists": "{path} already exists; choose a new file",
    "cli.cannot_create": "cannot create the folder {path}: {reason}",
    "cli.same_database": "SOURCE and DESTINATION are the same database",
    "cli.destination_not_empty": "{destination}: {error}; nothing was copied. Add --replace to replace its data with the copy",
    "cli.not_a_store": "{name} must be a file path or a postgresql://user@host:port/dbname URL, not {scheme}://",
    "cli.bad_port": "{name}: the port of a postgresql:// URL must be a number from 0 to 65535",
    "cli.no_database_name": "{name} names no database: postgresql://user@host:port/dbname",
    "cli.backed_up": "Backed up {source} to {target} ({size} bytes).",
    "cli.no_token": (
        "DISCORD_TOKEN is not set. Put your bot's token in the environment or in a .env file "
        "(see README, 'Run it on Discord'); to play without Discord, run: {prog} play"
    ),
    "cli.blank_token": (
        "DISCORD_TOKEN is blank. Put your bot's token there (Developer Portal, Bot tab, Reset Token); "
        "to play without Discord, run: {prog} play"
    ),
    "cli.placeholder_token": (
        "DISCORD_TOKEN is still the placeholder “{token}”: put your bot's token in its place "
        "(Developer Portal, Bot tab, Reset Token)"
    ),
    "cli.spaced_token": "DISCORD_TOKEN has a space in it, and a bot token has none: copy it again from the Developer Portal (Bot tab)",
    "cli.token_refused": "Discord refused the token in DISCORD_TOKEN; check it in the Developer Portal (Bot tab)",
    "cli.intent": "enable the Message Content intent for this bot in the Developer Portal (Bot tab), or set TRIVIA_MESSAGE_CONTENT=0 to run without it",
    "cli.needs_shards": "Discord requires more shards for this bot's servers (close code 4011): raise TRIVIA_SHARD_COUNT, or leave it unset to run as many shards as Discord recommends",
    "cli.shard_refused": "Discord refused a shard (close code 4010): check TRIVIA_SHARD_COUNT and TRIVIA_SHARDS",
    "cli.closed": "Discord closed the connection (close code {code}) and the bot cannot reconnect",
    "cli.refused": "Discord refused the request ({status}, code {code}): {text}",
    "cli.no_details": "no details",
    "cli.offline": "cannot reach Discord ({error}); check the network connection",
}
