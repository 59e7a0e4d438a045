"""The terminal game (`python -m bot play`): one player, the same game, judge, bank and
store as on Discord, with a solo game's rules.

game: the game loop; screen: what the player sees; lines: what the player types (a
prompt that survives output, or a pipe); commands: the command words.
"""

from .game import play

__all__ = ["play"]
