"""Extraction: the dates (``dates``) and counts (``counts``) articles state, joined per article (``stated``) and scored against hand annotation (``score``)."""
