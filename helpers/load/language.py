"""Which language an article is written in, from its own text.

Language identification is py3langid's (a maintained fork of langid.py: a naive Bayes model over
byte n-grams, trained on 97 languages, shipped inside the package, deterministic, offline, well
under a millisecond per article). It is asked over all the languages it knows, so that a German
or Estonian article is named as such rather than forced into one the extractors read; the
extractors have rules for ``EXTRACTOR_LANGUAGES`` and read any other language with the English
rules (the notebooks say so).

A text too short to tell (fewer than ``MIN_LETTERS`` letters) or a guess below
``MIN_CONFIDENCE`` gives ``""`` (unknown), never a guess.

>>> detect_language("Финляндия закрыла четыре пункта пропуска на границе с Россией в пятницу.")[0]
'ru'
>>> detect_language("Suomi sulkee itärajan rajanylityspaikat perjantaina puolenyön aikaan.")[0]
'fi'
>>> detect_language("OK")
('', 0.0)
"""
from __future__ import annotations

from functools import lru_cache

EXTRACTOR_LANGUAGES = ("en", "ru", "fi", "sv")  # the languages whose dates and counts have rules of their own
MIN_LETTERS = 20  # fewer letters than this: too little text to tell
MIN_CONFIDENCE = 0.80  # the model's probability below which the language is left unknown
MAX_CHARS = 5_000  # the opening of a long article is enough, and keeps the cost flat


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, *, min_confidence: float = MIN_CONFIDENCE) -> tuple[str, float]:
    """``(code, probability)``: the ISO 639-1 code of *text*'s language, or ``("", probability)`` when unsure."""
    text = (text or "")[:MAX_CHARS]
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return "", 0.0
    code, prob = _identifier().classify(text)
    prob = round(float(prob), 4)
    return (code, prob) if prob >= min_confidence else ("", prob)


__all__ = ["EXTRACTOR_LANGUAGES", "MIN_CONFIDENCE", "MIN_LETTERS", "detect_language"]
