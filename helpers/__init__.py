"""borderlines helpers: load articles, extract stated figures, compare framing."""
