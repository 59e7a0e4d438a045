"""The text of `!trivia help`."""

HELP_TEXT = """\
**Trivia about *The Trauma Code: Heroes on Call*** (prefix `{p}` or slash `/`)
`{p}trivia` or `{p}trivia start [rounds]`: start a game in this channel, then just type your answers
`{p}trivia skip`: reveal the answer and move on (game starter or moderators)
`{p}trivia stop`: end the game and show the standings (game starter or moderators)
`{p}trivia leaderboard`: this server's top 10 (also `top`, `scores`)
`{p}trivia stats [member]`: points, correct answers, games and rank
`{p}trivia reload` or `/trivia-admin reload`: re-read the question file (Manage Server)"""
