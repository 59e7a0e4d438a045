"""The text of `!trivia help`."""

HELP_TEXT = """\
**Trivia about *The Trauma Code: Heroes on Call*** (prefix `{p}` or slash `/`)
`{p}trivia start [rounds] [category] [difficulty] [choices]`: start a game here (words in any order; `choices`: buttons)
`{p}trivia hint`: a hint for the current question (up to 3; each costs 2 points of the prize)
`{p}trivia categories`: the categories, with their number of questions
`{p}trivia skip` / `{p}trivia stop`: reveal and move on / end the game (game starter or moderators)
`{p}trivia leaderboard [all|week|month]`: this server's top 10 (also `top`, `scores`)
`{p}trivia stats [member]`: points, correct answers, games, win rate, best streak, fastest answer, rank
`{p}trivia report <reason>`: report the current question (or the one that just ended) to the admins
`{p}trivia settings`: this server's settings · `{p}trivia set <name> <value>` (Manage Server)
`{p}trivia reports [clear <id>]`, `{p}trivia reload` (Manage Server): reports; re-read the question file
Faster answers score more: 10 points in the first third of a round, down to 5 at the end; +1 to +3 for a streak."""
