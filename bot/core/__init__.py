"""The game core: questions, judging, game state and scores.

Nothing in this package imports discord; the cog and the terminal mode are thin
adapters around it, so every rule of the game can be tested with a fake clock.
"""
