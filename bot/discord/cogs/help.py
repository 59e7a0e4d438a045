"""The text of `!trivia help`."""

HELP_TEXT = """\
**Trivia about *The Trauma Code: Heroes on Call*** (prefix `{p}` or slash `/`)
`{p}trivia` or `{p}trivia start [rounds] [category] [difficulty]`: start a game here (any order), then type answers
`{p}trivia hint`: a hint for the current question (up to 3; each costs 2 points of the prize)
`{p}trivia categories`: the categories, with their number of questions
`{p}trivia skip` / `{p}trivia stop`: reveal and move on / end the game (game starter or moderators)
`{p}trivia leaderboard`: this server's top 10 (also `top`, `scores`)
`{p}trivia stats [member]`: points, correct answers, games and rank
`{p}trivia reload` or `/trivia-admin reload`: re-read the question file (Manage Server)
Faster answers score more: 10 points in the first third of a round, down to 5 at the end; +1 to +3 for a streak."""
