"""Score the extractors against gold files, with the guide's convention (TempEval-3).

A gold mention is *found* when an extracted span overlaps it, and *right* when it is found and its
normalised value equals the gold value: ``start`` and ``end`` for dates (a gold value of ``null``
is not graded: found is enough; as the guide lets "Friday, November 24" be one mention or two of one day, a
second extracted date inside a gold date's span, with its value, is neither right nor false, and one extracted
date over two gold mentions of its day finds both); ``value``, ``of``, ``what`` (ignoring case) and ``approx`` for
counts. Each extracted span matches at most one gold mention.

With ``what="topic"`` a count's ``what`` is compared by its head, the words before a
post-modifier ("people from Syria" -> "people", "car with passengers" -> "car"): it is right
when the heads name the same topic (``nouns.csv``: "checkpoints" and "border crossings" are both
``crossings``) or end in the same word, singular or plural ("EU countries" and "countries"). That is the comparison for Russian, Finnish and Swedish pages, where ``what``
is an English translation and "четыре КПП" may be written "checkpoints" or "border crossings";
it is also all the claims use of ``what``.

The text scored is what the loader keeps of the file (title, standfirst, body): header metadata is
not a mention. Dates are anchored on the gold file's ``published`` when it is set, otherwise on
what the article's text establishes.

>>> from helpers.paths import SEEDS, TESTS
>>> scores = score_folder(TESTS / "gold_seeds", texts=SEEDS)
>>> scores.loc["all", ["dates_found_f1", "dates_value_f1", "counts_found_f1", "counts_value_f1"]].tolist()
[1.0, 1.0, 1.0, 1.0]
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pandas as pd

from ..load.corpus import load_corpus
from .languages import count_finder, date_finder
from .stated import FIELDS, _document, topic_of

KINDS = ("dates", "counts")


def gold_spans(doc: str, entries: list[dict]) -> list[tuple[int, int, dict]]:
    """Locate gold entries in ``doc``: every occurrence, or the ``occurrence``-th (1-based).

    An entry whose text is not in ``doc`` is kept with span ``(-1, -1)``: it counts as missed.

    >>> gold_spans("late May and late May", [{"text": "late May", "occurrence": 2}])
    [(13, 21, {'text': 'late May', 'occurrence': 2})]
    """
    out = []
    for entry in entries:
        text = entry["text"]
        hits, i = [], doc.find(text)
        while i >= 0:
            hits.append(i)
            i = doc.find(text, i + 1)
        if entry.get("occurrence"):
            n = int(entry["occurrence"])
            hits = hits[n - 1:n]
        if not hits:
            out.append((-1, -1, entry))
        out.extend((h, h + len(text), entry) for h in hits)
    return out


def _same(a, b) -> bool:
    if a is None or (isinstance(a, float) and math.isnan(a)):
        return b is None or (isinstance(b, float) and math.isnan(b))
    if b is None or (isinstance(b, float) and math.isnan(b)):
        return False
    return a == b


_POST_MODIFIER = re.compile(r"\s*\(|\s+(?:from|who|which|that|in|at|on|with|of|for)\s+")


def _head(what: str) -> str:
    """``what`` up to its first post-modifier: ``_head("arrivals in the first group") == "arrivals"``."""
    return _POST_MODIFIER.split(what, maxsplit=1)[0].strip()


def _same_what(found: str, gold: str, what: str) -> bool:
    found, gold = (found or "").strip().lower(), (gold or "").strip().lower()
    if found == gold:
        return True
    if what == "topic" and found and gold:
        found, gold = _head(found), _head(gold)
        topic = topic_of(found)
        if topic != "other" and topic == topic_of(gold):
            return True
        last_found, last_gold = found.split()[-1:], gold.split()[-1:]
        return bool(last_found) and last_found[0].removesuffix("s") == last_gold[0].removesuffix("s")
    return False


def _right(kind: str, gold: dict, found: tuple, *, what: str = "text") -> bool:
    if kind == "dates":
        if gold.get("start") is None and gold.get("end") is None:
            return True  # the text cannot fix it: found is enough
        start = None if pd.isna(found[3]) else found[3].date().isoformat()
        end = None if pd.isna(found[4]) else found[4].date().isoformat()
        return start == gold.get("start") and end == gold.get("end")
    by = what
    value, of, what, approx = found[3], found[4], found[5], found[6]
    return (_same(float(value), float(gold["value"]))
            and _same(None if of is None or (isinstance(of, float) and math.isnan(of)) else float(of),
                      None if gold.get("of") is None else float(gold["of"]))
            and _same_what(what, gold.get("what"), by)
            and bool(approx) == bool(gold.get("approx", False)))


def match(kind: str, doc: str, gold: list[dict], found: list[tuple], *, what: str = "text") -> pd.DataFrame:
    """Pair gold and extracted mentions; one row per gold mention and per unmatched extraction.

    Columns ``kind, gold_text, found_text, found, right``; ``found`` is False on the rows of
    extractions that match no gold mention (false positives: ``gold_text`` is None).
    """
    rows, used = [], set()
    for gs, ge, entry in gold_spans(doc, gold):
        hit = None
        for j, f in enumerate(found):
            if j not in used and gs >= 0 and f[1] < ge and f[2] > gs:
                hit = j
                break
        if hit is None and kind == "dates" and gs >= 0:
            # "Thursday (November 16)" read as one mention of the day the gold's two mentions name: the guide allows it
            both = next((j for j in used if found[j][1] < ge and found[j][2] > gs and _right(kind, entry, found[j])), None)
            if both is not None:
                rows.append((kind, entry["text"], found[both][0], True, True))
                continue
        if hit is None:
            rows.append((kind, entry["text"], None, False, False))
        else:
            used.add(hit)
            rows.append((kind, entry["text"], found[hit][0], True, _right(kind, entry, found[hit], what=what)))
    spans = [(gs, ge, entry) for gs, ge, entry in gold_spans(doc, gold) if gs >= 0]
    for j, f in enumerate(found):
        if j in used:
            continue
        if kind == "dates" and any(f[1] < ge and f[2] > gs and _right(kind, entry, f) for gs, ge, entry in spans):
            continue  # "Friday, November 24" read as two mentions of the gold's one day: the guide allows it
        rows.append((kind, None, f[0], False, False))
    return pd.DataFrame(rows, columns=["kind", "gold_text", "found_text", "found", "right"])


def score_file(gold_path: str | Path, *, texts: str | Path | None = None, what: str = "text") -> pd.DataFrame:
    """Match one gold file against the extractors' output on its article (see :func:`match`)."""
    if what not in ("text", "topic"):
        raise ValueError(f"what must be 'text' or 'topic', not {what!r}")
    gold_path = Path(gold_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text_path = Path(texts or gold_path.parent) / gold["file"]
    art = load_corpus([text_path], sources=pd.DataFrame(columns=["file"])).iloc[0]
    doc, _ = _document(art, FIELDS)
    published = gold.get("published") or (None if pd.isna(art["published"]) else art["published"])
    parts = []
    for kind in KINDS:
        if kind not in gold:
            continue
        found = date_finder(art["language"])(doc, published) if kind == "dates" else count_finder(art["language"])(doc)
        table = match(kind, doc, gold[kind], found, what=what)
        table.insert(0, "file", gold["file"])
        parts.append(table)
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(
        columns=["file", "kind", "gold_text", "found_text", "found", "right"])


def score_folder(gold_folder: str | Path, *, texts: str | Path | None = None, what: str = "text") -> pd.DataFrame:
    """Precision, recall and F1 for found and right, per gold file and kind, plus an ``all`` row.

    ``texts`` is the folder holding the article files (default: beside the gold files); ``what``
    is how a count's ``what`` is compared (``text`` or ``topic``, see the module's docstring).
    Columns: ``<kind>_found_precision``, ``..._found_recall``, ``..._found_f1`` and the same
    for ``value``, plus ``<kind>_gold`` and ``<kind>_extracted`` counts.
    """
    matches = [score_file(p, texts=texts, what=what) for p in sorted(Path(gold_folder).glob("*.json"))]
    table = pd.concat(matches, ignore_index=True) if matches else pd.DataFrame(
        columns=["file", "kind", "gold_text", "found_text", "found", "right"])
    rows = {}
    for file, group in [*table.groupby("file", sort=True), ("all", table)]:
        rec = {}
        for kind in KINDS:
            g = group[group["kind"] == kind]
            if g.empty and file != "all":
                continue
            rec.update(_prf(kind, g))
        rows[file] = rec
    return pd.DataFrame.from_dict(rows, orient="index")


def _prf(kind: str, g: pd.DataFrame) -> dict:
    n_gold = int(g["gold_text"].notna().sum())
    n_found_spans = int(g["found_text"].notna().sum())
    out = {f"{kind}_gold": n_gold, f"{kind}_extracted": n_found_spans}
    for name, col in (("found", "found"), ("value", "right")):
        if not n_gold and not n_found_spans:  # nothing to score: no figure, not a perfect one
            out.update({f"{kind}_{name}_{m}": float("nan") for m in ("precision", "recall", "f1")})
            continue
        tp = int(g[col].sum())
        p = tp / n_found_spans if n_found_spans else (1.0 if not n_gold else 0.0)
        r = tp / n_gold if n_gold else (1.0 if not n_found_spans else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        out.update({f"{kind}_{name}_precision": round(p, 4), f"{kind}_{name}_recall": round(r, 4),
                    f"{kind}_{name}_f1": round(f, 4)})
    return out
