"""Framing: distinctive terms, frames, actors and their actions, blame, voices and quotes, naming. Dataframes in and out; nothing here draws."""
