"""The Discord adapter: the client, the cog, checks, and how a game looks on Discord."""
