"""Cogs: one per feature, each loaded as an extension in TriviaBot.setup_hook."""
