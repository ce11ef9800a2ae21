"""Claims side by side: each source's version of every fact, and a verdict where versions meet.

``align_claims(articles, figures)`` builds the fact table (``helpers.claims.facts.fact_table``), groups
the facts by subject, quantity and the time they are about, collapses the sources that state the
same value for the same time into one *claim* (its ``sources_*`` columns list them), and pairs
each claim with the claim it should be read against: the claim most sources state for an
overlapping time, else the nearest claim in time. ``reconcile`` gives each pair its verdict and a
reason in words. Rows grow with the number of distinct claims, not with the square of the number
of sources. The rules are documented in ``helpers/data/claims.md``.

>>> from helpers import load_corpus
>>> from helpers.paths import SEEDS
>>> from helpers.extract.stated import stated_figures
>>> arts = load_corpus(SEEDS)
>>> claims = reconcile(align_claims(arts, stated_figures(arts), by="perspective"))
>>> claims.loc[claims.topic == "agreement_signed", ["value_a", "value_b", "verdict"]].values.tolist()
[['2012', 'April 13, 2012', 'more_precise']]
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

import numpy as np
import pandas as pd

from ..load.text import escape_markdown
from .facts import (  # noqa: F401  (re-exported: the extraction rules live in helpers.claims.facts)
    FACT_COLUMNS, FIELDS, NARROWED, OWN_ACTORS_CSV, PART_OF_BORDER, SHORT_STATE_DAYS, TOLERANCE, REASON_SIMILARITY,
    _REGION, _blame, _builder, _day, _initiator, _num, _reason,
    _span, actor_aliases, attributed, describe_count, describe_date, fact_table, find_actors, load_subjects,
    load_topics, pairing_keys, similarity, statements, tfidf_matrix, tokens, typed_as_one,
)

VERDICTS = ("agree", "more_precise", "different_dates", "contradict", "cannot_tell", "only_one", "inconsistent_within")
RELATIONS = ("across", "only_one", "within")
TIMELESS = {"crossings_total", "agreement_signed", "agreement_end", "agreement_initiator", "agreement_reason",
            "blamed", "barrier_builder"}
FAMILY = {"crossings_open": "crossings_state", "crossings_closed": "crossings_state"}
RUNNING_TOTAL_DAYS = 2  # two counts from the same start whose ends differ by at most this many days count one period ...
RUNNING_TOTAL_MIN_DAYS = 14  # ... when both run at least this long ("since Monday" to Tuesday is not Monday)
WITHIN_SHOWN = {"agreement_initiator"}  # one article naming two different parties as ending the agreement: shown
                                        # as cannot_tell (a headline against its body), never dropped
WITHIN_ARTICLES_PER_TASK = 1000  # within-article comparisons: one task per this many articles (alignment_tasks)
PLAN_HORIZON_DAYS = 7  # a plan stated with no date of its own is read against states at most this long after it was told
CLOSURE_SAME_DAYS = 2  # two statements of a closure's end date this close together are about the same decision
SIDE_COLUMNS = ["fact", "article", "label", "group", "field", "sentence_no", "statement", "mention", "value", "key",
                "num", "low", "high", "bound", "state", "total", "total_from", "open", "actor", "start", "end",
                "granularity", "modality", "attributed", "refers_start", "refers_end", "time_from", "time_fixed",
                "throughout", "change", "date", "published_from", "period_days", "earlier", "sources", "n_sources"]
ALIGNED_COLUMNS = (["relation", "topic", "section", "question", "kind", "rule", "subject", "scope", "quantity"]
                   + [f"{c}_a" for c in SIDE_COLUMNS] + [f"{c}_b" for c in SIDE_COLUMNS] + ["phrase", "missing"])
CLAIM_COLUMNS = [
    "topic", "section", "question", "subject", "quantity", "verdict", "reason",
    "article_a", "label_a", "group_a", "field_a", "statement_a", "value_a", "date_a", "sources_a", "n_sources_a",
    "article_b", "label_b", "group_b", "field_b", "statement_b", "value_b", "date_b", "sources_b", "n_sources_b",
    "relation", "kind",
]
_FACT_TO_SIDE = {"fact_id": "fact", "article_id": "article", "source": "group", "sentence": "statement",
                 "time_text": "date"}
_SIDE_FROM = [(col, next((k for k, v in _FACT_TO_SIDE.items() if v == col), col)) for col in SIDE_COLUMNS]  # (side, fact)


# ---------------------------------------------------------------------------------------------
# Claims: the facts of one subject and quantity, collapsed by value and time


def _claims(records: list[dict]) -> list[dict]:
    """Collapse facts (records of the fact table) stating the same value for the same time into claims, in order of
    first statement."""
    claims: dict = {}
    for f in records:
        k = (f["quantity"], f["key"], str(f["refers_start"]), str(f["refers_end"]), bool(f["time_fixed"]),
             f["modality"] == "hypothetical")
        c = claims.get(k)
        if c is None:
            c = claims[k] = {"facts": [], "sources": [], "quantity": f["quantity"], "fixed": bool(f["time_fixed"]),
                             "start": f["refers_start"], "end": f["refers_end"]}
        c["facts"].append(f)
        if f["source"] not in c["sources"]:
            c["sources"].append(f["source"])
    return list(claims.values())


def _side(f: dict, claim: dict | None) -> dict:
    out = {col: f.get(src) for col, src in _SIDE_FROM}
    if claim is not None:
        out["sources"] = "; ".join(claim["sources"])
        out["n_sources"] = len(claim["sources"])
    else:
        out["sources"], out["n_sources"] = "", 0
    return out


def _row(relation: str, meta: dict, fa: dict, fb: dict | None, ca: dict | None, cb: dict | None) -> dict:
    row = {"relation": relation, **meta}
    for side, f, c in (("a", fa, ca), ("b", fb, cb)):
        vals = _side(f, c) if f is not None else {col: None for col in SIDE_COLUMNS}
        if f is None:
            vals.update(article="", label="", group="", field="", statement="", mention="", value="", date="",
                        sources="", n_sources=0, time_fixed=False)
        for col, v in vals.items():
            row[f"{col}_{side}"] = v
    return row


def _pick(c: dict, other_sources=()) -> dict:
    """The claim's first fact from a source not in ``other_sources`` (else its first fact)."""
    return next((f for f in c["facts"] if f["source"] not in other_sources), c["facts"][0])


def align_claims(articles: pd.DataFrame, figures: pd.DataFrame | None = None, *, by: str = "source",
                 topics: pd.DataFrame | None = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Pair each claim with the claim it should be read against (columns ``ALIGNED_COLUMNS``).

    A *source* is the set of articles sharing a pairing key (``pairing_keys(articles, by)``: by
    default the outlet, an article of unknown outlet being a source of its own). Facts
    (``fact_table``) of one topic, subject, scope and quantity that state the same value for the
    same time are one *claim*, with every source stating it (``sources_a``, ``n_sources_a``).
    Rows (``relation``):

    * ``across``: a claim stated by two or more sources (its two first sources, so its agreement is
      shown); and each claim with its *reference*: among the claims of other sources whose times
      overlap it, the one most sources state; when none overlaps, the nearest in time. Claims whose
      time is not fixed are read against the claim most sources state. Each pair once.
    * ``only_one``: a subject and quantity only one source states (one row per claim; side B empty).
    * ``within``: two facts of one article that differ (for topics whose ``within`` column is ``yes``).

    Articles of one source are never compared with each other (only within each article).
    ``reconcile`` turns these rows into verdicts.
    """
    topics = load_topics() if topics is None else topics
    if facts is None:
        facts = fact_table(articles, figures, by=by, topics=topics)
    n_sources_all = pairing_keys(articles, by).nunique() if len(articles) else 0
    return stack([align_task(kind, meta, group, n_sources_all=n_sources_all)
                  for kind, meta, group in alignment_tasks(facts, topics=topics)], empty=aligned_frame([]))


def alignment_tasks(facts: pd.DataFrame, *, topics: pd.DataFrame | None = None) -> Iterator[tuple[str, dict, pd.DataFrame]]:
    """The comparisons ``align_claims`` makes, in the order of its rows, each with the facts it reads:
    ``("across", meta, facts)`` for the comparable facts of one topic, subject, scope and quantity family (topics in
    table order, then in order of first statement; a source's repeats of a claim left out), then
    ``("within", meta, facts)`` for the comparable facts of each topic compared within articles (a task per
    ``WITHIN_ARTICLES_PER_TASK`` articles). No task reads another's facts: ``align_task`` runs each on its own (the Dask
    engine on its workers), and ``stack`` puts their rows together. A task's facts are taken from *facts* only when it
    comes (a generator), so that a caller running tasks a few at a time never holds every task's copy at once.

    >>> from helpers import load_corpus
    >>> from helpers.paths import SEEDS
    >>> from helpers.claims.facts import fact_table
    >>> facts = fact_table(load_corpus(SEEDS))
    >>> tasks = list(alignment_tasks(facts))
    >>> [(kind, meta["topic"], len(g)) for kind, meta, g in tasks][:2], [kind for kind, *_ in tasks].count("within")
    ([('across', 'initiator', 3), ('across', 'agreement_reason', 2)], 6)
    """
    topics = load_topics() if topics is None else topics
    meta_of = {t.topic: {"topic": t.topic, "section": t.section, "question": t.question, "kind": t.kind, "rule": t.rule,
                         "phrase": t.phrase, "missing": t.missing} for t in topics.itertuples(index=False)}
    within_topics = [t.topic for t in topics.itertuples(index=False) if t.within == "yes" and t.kind != "text"]  # table order
    if not len(facts):
        return
    at = np.flatnonzero(facts["comparable"].to_numpy(bool))  # the comparable facts' positions: no copy of them all
    # a lead stating the whole border closed that the article narrows to one part of it, and the narrowing sentence:
    # compared within the article only
    narrowed = np.flatnonzero(facts["why_not"].isin([NARROWED, PART_OF_BORDER]).to_numpy(bool))
    if not len(at) and not len(narrowed):
        return
    usable = pd.DataFrame({"topic": facts["topic"].to_numpy()[at], "subject": facts["subject"].to_numpy()[at],
                           "scope": facts["scope"].to_numpy()[at], "article_id": facts["article_id"].to_numpy()[at],
                           "_family": facts["quantity"].to_numpy()[at]})
    usable["_family"] = usable["_family"].map(lambda q: FAMILY.get(q, q))
    order = {t: i for i, t in enumerate(topics["topic"])}
    groups = usable.groupby(["topic", "subject", "scope", "_family"], sort=False).indices
    first_row = facts.index.to_numpy()[at]
    for (topic, subject, scope, fam), rows in sorted(groups.items(), key=lambda kv: (order.get(kv[0][0], 99),
                                                                                      first_row[kv[1]].min())):
        yield "across", dict(meta_of[topic], subject=subject, scope=scope, quantity=fam), _first_per_source(facts.iloc[at[rows]])
    if len(narrowed):
        at = np.sort(np.concatenate([at, narrowed]))
        usable = pd.DataFrame({"topic": facts["topic"].to_numpy()[at], "article_id": facts["article_id"].to_numpy()[at]})
    for topic in within_topics:
        of_topic = np.flatnonzero((usable["topic"] == topic).to_numpy())
        articles = usable["article_id"].to_numpy()[of_topic]
        first = pd.unique(articles)  # articles in order of their first fact, as align_claims goes
        chunk = pd.Series(articles).map(pd.Series(np.arange(len(first)) // WITHIN_ARTICLES_PER_TASK, index=first)).to_numpy()
        for i in range(-(-len(first) // WITHIN_ARTICLES_PER_TASK)):
            yield "within", meta_of[topic], facts.iloc[at[of_topic[chunk == i]]]


def _first_per_source(facts: pd.DataFrame) -> pd.DataFrame:
    """*facts* without the facts a claim's rows never show: a claim (``_claims``) lists its sources and shows its first
    fact from a source, so a source's later facts of the same claim change no row. A task then grows with the claims
    and the sources stating each, not with the number of articles repeating them."""
    claim = pd.DataFrame({"quantity": facts["quantity"], "key": facts["key"], "start": facts["refers_start"],
                          "end": facts["refers_end"], "fixed": facts["time_fixed"].map(bool),
                          "hypothetical": facts["modality"] == "hypothetical", "source": facts["source"]})
    repeat = claim.duplicated() & facts["key"].map(lambda k: isinstance(k, str))
    return facts[~repeat.to_numpy()]


def align_task(kind: str, meta: dict, facts: pd.DataFrame, *, n_sources_all: int) -> pd.DataFrame:
    """The rows of ``align_claims`` (columns ``ALIGNED_COLUMNS``) of one task of ``alignment_tasks``: *facts* are the
    task's facts, *n_sources_all* the number of sources in the corpus (a subject stated by one source is shown as
    ``only_one`` only when the corpus has others)."""
    records = facts.to_dict("records")  # once: a dataframe per claim costs more than the comparison itself
    rows = []
    if kind == "across":
        claims = _claims(records)
        if len({f["source"] for f in records}) == 1:
            if n_sources_all > 1:
                rows = [_row("only_one", meta, c["facts"][0], None, c, None) for c in claims]
        else:
            rows = _pairs(claims, meta, meta["quantity"])
    else:
        per_article: dict = {}  # article -> its facts, in table order
        for f in records:
            per_article.setdefault(f["article_id"], []).append(f)
        for group in per_article.values():
            if len({f["key"] for f in group}) < 2:
                continue
            recs = sorted(group, key=lambda f: (0 if f["field"] in ("title", "standfirst") else 1, f["sentence_no"]))
            seen = set()
            for x, y in itertools.combinations(recs, 2):
                if x["key"] == y["key"] or x["subject"] != y["subject"] or x["scope"] != y["scope"] \
                        or FAMILY.get(x["quantity"], x["quantity"]) != FAMILY.get(y["quantity"], y["quantity"]):
                    continue
                if ({x["why_not"], y["why_not"]} & {NARROWED, PART_OF_BORDER}) and {x["why_not"], y["why_not"]} != {NARROWED, PART_OF_BORDER}:
                    continue  # a narrowed lead is read only against the sentence narrowing it
                pk = (x["key"], y["key"], str(x["refers_start"]), str(y["refers_start"]))
                if pk in seen:
                    continue
                seen.add(pk)
                rows.append(_row("within", dict(meta, subject=x["subject"], scope=x["scope"],
                                                quantity=FAMILY.get(x["quantity"], x["quantity"])), x, y, None, None))
    return aligned_frame(rows)


def aligned_frame(rows: list[dict]) -> pd.DataFrame:
    """Rows of ``align_claims`` as its table: columns ``ALIGNED_COLUMNS``, dates and numbers typed."""
    out = pd.DataFrame.from_records(rows, columns=ALIGNED_COLUMNS) if rows else pd.DataFrame(columns=ALIGNED_COLUMNS)
    for side in "ab":
        for col in ("start", "end", "refers_start", "refers_end"):
            out[f"{col}_{side}"] = pd.to_datetime(out[f"{col}_{side}"]).astype("datetime64[ns]")
        for col in ("num", "low", "high", "total", "open", "sentence_no", "fact", "n_sources"):
            out[f"{col}_{side}"] = pd.to_numeric(out[f"{col}_{side}"]).astype(float)
    return out


def stack(frames: list[pd.DataFrame], *, empty: pd.DataFrame) -> pd.DataFrame:
    """*frames* (rows of ``align_task`` or of ``reconcile``, in order) as one table, each column typed as if its rows
    had been built at once (``typed_as_one``); *empty* when there are no frames."""
    full = [f for f in frames if len(f)]
    if not full:
        return frames[0] if frames else empty
    return typed_as_one(pd.concat(full, ignore_index=True))


def _pairs(claims: list[dict], meta: dict, family: str) -> list[dict]:
    """The ``across`` rows of one subject and quantity: agreement rows and each claim with its reference."""
    rows, done = [], set()
    n = len(claims)
    timeless = family in TIMELESS
    starts = pd.to_datetime(pd.Series([c["start"] if c["fixed"] else pd.NaT for c in claims], dtype="datetime64[ns]")).to_numpy()
    ends = pd.to_datetime(pd.Series([c["end"] if c["fixed"] else pd.NaT for c in claims], dtype="datetime64[ns]")).to_numpy()
    placed = ~(np.isnat(starts) | np.isnat(ends))
    fixed = np.array([c["fixed"] for c in claims]) & (placed | timeless)
    weight = np.array([len(c["sources"]) for c in claims])
    source_ids = {s: i for i, s in enumerate(dict.fromkeys(s for c in claims for s in c["sources"]))}
    single = np.array([source_ids[c["sources"][0]] if len(c["sources"]) == 1 else -1 for c in claims])

    length = np.where(placed, (ends - starts).astype("timedelta64[D]").astype("float64", copy=False) + 1, np.inf) \
        if n else np.zeros(0)
    short = length <= SHORT_STATE_DAYS
    ranges = [_claim_range(c, family) for c in claims]

    def compatible(i, j) -> bool:
        a, b = ranges[i], ranges[j]
        if a is None or b is None:
            return False
        if isinstance(a[0], str):
            return a == b
        return bool(a[0] <= b[1] and b[0] <= a[1])

    def emit(i, j):
        key = (min(i, j), max(i, j))
        if key in done:
            return
        done.add(key)
        fa = claims[i]["facts"][0]
        fb = _pick(claims[j], {fa["source"]})
        if fb["source"] == fa["source"]:
            fa = _pick(claims[i], {fb["source"]})
        rows.append(_row("across", meta, fa, fb, claims[i], claims[j]))

    for i, c in enumerate(claims):
        if len(c["sources"]) >= 2:  # the claim's own agreement: its first two sources
            fa = c["facts"][0]
            rows.append(_row("across", meta, fa, _pick(c, {fa["source"]}), c, c))
        cross = ~((single[i] >= 0) & (single == single[i]))
        cross[i] = False
        if not cross.any():
            continue
        if fixed[i]:
            if timeless or family == "closure_end":
                over = cross & fixed
                if family == "closure_end":  # the same closure: stated within a few days of each other
                    gap = np.abs((starts - starts[i]).astype("timedelta64[D]").astype("float64", copy=False))
                    with np.errstate(invalid="ignore"):
                        over = over & placed & (gap <= CLOSURE_SAME_DAYS)
            else:
                with np.errstate(invalid="ignore"):
                    over = cross & fixed & placed & (starts <= ends[i]) & (starts[i] <= ends)
            if over.any():
                cand = np.flatnonzero(over)
                if timeless or family == "closure_end":
                    best = cand[np.lexsort((cand, -weight[cand]))][0]
                elif family == "crossings_state":  # a state: the most precise overlapping times first, then the most sources
                    best = cand[np.lexsort((cand, length[cand], -weight[cand], ~short[cand]))][0]
                else:  # a count over a period: the same period first, then the most sources
                    same = (starts[cand] == starts[i]) & (ends[cand] == ends[i])
                    best = cand[np.lexsort((cand, length[cand], -weight[cand], ~same))][0]
                emit(i, int(best))
                continue
            others = np.flatnonzero(cross & fixed & placed) if not timeless else np.flatnonzero(cross & fixed)
            if len(others):
                if placed[i] and not timeless:
                    gap = np.maximum((starts[others] - ends[i]).astype("timedelta64[D]").astype(float),
                                     (starts[i] - ends[others]).astype("timedelta64[D]").astype(float))
                    best = others[np.lexsort((others, -weight[others], gap))][0]
                else:
                    best = others[np.lexsort((others, -weight[others]))][0]
                emit(i, int(best))
                continue
        # not fixed in time: read against a claim it is compatible with (fixed ones first), else the one most sources state
        pool = np.flatnonzero(cross & fixed) if (cross & fixed).any() else np.flatnonzero(cross)
        pool = pool[np.lexsort((pool, -weight[pool]))]
        best = next((j for j in pool if compatible(i, int(j))), pool[0])
        emit(i, int(best))
    return rows


def _claim_range(c: dict, family: str):
    """A claim's value as a range to test compatibility: open crossings, a count, a date, or a key."""
    f = c["facts"][0]
    if family == "crossings_state":
        if f["state"] == "open":
            return (f["low"], f["high"])
        if pd.notna(f["total"]):
            return (f["total"] - f["high"], f["total"] - f["low"])
        return None
    if f["quantity"] in ("agreement_signed", "agreement_end", "closure_end"):
        return (f["start"], f["end"]) if pd.notna(f["start"]) else None
    if pd.notna(f["low"]):
        return (f["low"], f["high"])
    return (str(f["key"]), "")


def compare_facts(facts: pd.DataFrame, a: int, b: int, *, topics: pd.DataFrame | None = None) -> tuple[str, str]:
    """``(verdict, reason)`` for two facts of the fact table (by ``fact_id``), paired or not by ``align_claims``.

    Two facts of one article are compared as a within-article pair (a contradiction is then
    ``inconsistent_within``). Facts about different subjects, scopes or quantities are not
    comparable: ``cannot_tell``, saying so.
    """
    topics = load_topics() if topics is None else topics
    fa = facts.loc[facts["fact_id"] == a].iloc[0].to_dict()
    fb = facts.loc[facts["fact_id"] == b].iloc[0].to_dict()
    fam_a, fam_b = FAMILY.get(fa["quantity"], fa["quantity"]), FAMILY.get(fb["quantity"], fb["quantity"])
    if (fa["subject"], fa["scope"], fam_a) != (fb["subject"], fb["scope"], fam_b):
        return "cannot_tell", (f"Not the same fact: {fa['quantity']} of {fa['subject']}{' at ' + fa['scope'] if fa['scope'] else ''} "
                               f"against {fb['quantity']} of {fb['subject']}{' at ' + fb['scope'] if fb['scope'] else ''}.")
    t = topics.set_index("topic").loc[fa["topic"]]
    meta = {"topic": fa["topic"], "section": t["section"], "question": t["question"], "kind": t["kind"], "rule": t["rule"],
            "phrase": t["phrase"], "missing": t["missing"], "subject": fa["subject"], "scope": fa["scope"], "quantity": fam_a}
    row = _row("within" if fa["article_id"] == fb["article_id"] else "across", meta, fa, fb, None, None)
    verdict, reason = compare(row)
    if row["relation"] == "within" and verdict == "contradict":
        return "inconsistent_within", _reason_within(row, reason)
    return verdict, reason


# ---------------------------------------------------------------------------------------------
# Verdicts


def reconcile(aligned: pd.DataFrame) -> pd.DataFrame:
    """A verdict and a reason in words for every aligned pair (columns ``CLAIM_COLUMNS`` first).

    Within-article pairs that turn out consistent are dropped: only ``inconsistent_within`` rows
    are kept from them, and the ``cannot_tell`` ones of ``WITHIN_SHOWN`` (a headline naming another
    party than its body as ending the agreement). ``contradict`` needs the same subject and quantity, both times fixed and
    overlapping (for a state that can change from day to day, each at most ``SHORT_STATE_DAYS``
    days), and values that cannot both hold after their bounds. See ``helpers/data/claims.md``.
    """
    rows = []
    for r in aligned.to_dict("records"):
        if r["relation"] == "only_one":
            verdict, reason = "only_one", _reason_only_one(r)
        else:
            verdict, reason = compare(r)
            if r["relation"] == "within":
                if verdict == "cannot_tell" and r["quantity"] in WITHIN_SHOWN:
                    reason = f"Within {r['label_a']}, the {r['field_a']} and the {r['field_b']} differ: {reason}"
                elif verdict != "contradict":
                    continue
                else:
                    verdict, reason = "inconsistent_within", _reason_within(r, reason)
        rows.append(dict(r, verdict=verdict, reason=reason))
    cols = CLAIM_COLUMNS + [c for c in aligned.columns if c not in CLAIM_COLUMNS]
    out = pd.DataFrame.from_records(rows, columns=cols) if rows else pd.DataFrame(columns=cols)
    return out.reset_index(drop=True)


def _who(r, side) -> str:
    if r["relation"] == "within":
        return f"the {r[f'field_{side}']}"
    n = int(r[f"n_sources_{side}"] or 0)
    if n > 1 and r["sources_a"] != r["sources_b"]:
        more = n - 1
        return f"{r[f'group_{side}']} (and {more} other source{'s' if more > 1 else ''})"
    return str(r[f"group_{side}"])


def _q(text: str, limit: int = 90) -> str:
    import re
    text = re.sub(r"\s+", " ", str(text or "")).strip()
    return "“" + (text if len(text) <= limit else text[: limit - 1].rstrip() + "…") + "”"


def _order(r) -> str:
    """Which side's time comes first, in words, for two times that do not overlap."""
    a_first = pd.notna(r["refers_end_a"]) and pd.notna(r["refers_start_b"]) and r["refers_end_a"] < r["refers_start_b"]
    return f"{_who(r, 'b')}'s is {'later' if a_first else 'earlier'}"


def _overlap(r) -> bool | None:
    """True when the two times overlap, False when they do not, None when that cannot be told.

    A time known only on one side (*a plan after 14 December*, *a past event before publication*)
    is open-ended on the other: far enough from the other time it cannot overlap it (False)."""
    s1, e1, s2, e2 = r["refers_start_a"], r["refers_end_a"], r["refers_start_b"], r["refers_end_b"]
    if (pd.isna(s1) and pd.isna(e1)) or (pd.isna(s2) and pd.isna(e2)):
        return None
    if any(pd.isna(x) for x in (s1, e1, s2, e2)):
        lo1, hi1 = (pd.Timestamp.min if pd.isna(s1) else s1), (pd.Timestamp.max if pd.isna(e1) else e1)
        lo2, hi2 = (pd.Timestamp.min if pd.isna(s2) else s2), (pd.Timestamp.max if pd.isna(e2) else e2)
        return False if not (lo1 <= hi2 and lo2 <= hi1) else None
    if not (r["time_fixed_a"] and r["time_fixed_b"]):  # an estimated time: far enough apart, else unknown
        return False if not (s1 <= e2 and s2 <= e1) else None
    return bool(s1 <= e2 and s2 <= e1)


def _plan_told_long_before(r) -> str | None:
    """The side stating a plan with no date of its own (its time runs from the day it was told, open-ended) when the
    other side's state is fixed more than ``PLAN_HORIZON_DAYS`` after that day, else None."""
    for s, o in (("a", "b"), ("b", "a")):
        if (r[f"modality_{s}"] == "plan" and pd.notna(r[f"refers_start_{s}"]) and pd.isna(r[f"refers_end_{s}"])
                and r[f"time_fixed_{o}"] and pd.notna(r[f"refers_start_{o}"]) and pd.notna(r[f"refers_end_{o}"])
                and (r[f"refers_start_{o}"] - r[f"refers_start_{s}"]).days > PLAN_HORIZON_DAYS):
            return s
    return None


def _state_before_plan(r) -> str | None:
    """The side stating a state (not a plan) that ends on or before the day the other side's plan with no date of its
    own was told ("decided on 22 November to close three of the four remaining" against "four open on 22 November"):
    the state may be from before the plan took effect. None otherwise."""
    for s, o in (("a", "b"), ("b", "a")):
        if (r[f"modality_{s}"] == "plan" and pd.notna(r[f"refers_start_{s}"]) and pd.isna(r[f"refers_end_{s}"])
                and r[f"modality_{o}"] != "plan" and pd.notna(r[f"refers_end_{o}"])
                and r[f"refers_end_{o}"] <= r[f"refers_start_{s}"]):
            return o
    return None


def _days(r, side) -> float:
    s, e = r[f"refers_start_{side}"], r[f"refers_end_{side}"]
    return (e - s).days + 1 if pd.notna(s) and pd.notna(e) else np.inf


def _unfixed(r) -> str:
    out = [f"{_who(r, side)}'s is {r[f'date_{side}']}" for side in "ab" if not (r[f"time_fixed_{side}"] and (
        r["quantity"] in TIMELESS or pd.notna(r[f"refers_start_{side}"])))]
    return "; ".join(out)


def compare(r: dict) -> tuple[str, str]:
    """``(verdict, reason)`` for one aligned pair (``across`` or ``within``)."""
    q = r["quantity"]
    na, nb = _who(r, "a"), _who(r, "b")
    lead = f"{na}: {r['value_a']}{_when(r, 'a')}; {nb}: {r['value_b']}{_when(r, 'b')}."
    if r["kind"] == "count":
        if q == "crossings_total":
            return _compare_total(r, lead)
        if q == "crossings_state":
            return _compare_state(r, lead)
        return _compare_flow(r, lead)
    if r["kind"] == "date":
        return _compare_date(r, lead, na, nb)
    if r["kind"] == "actor":
        return _compare_actor(r, na, nb)
    return _compare_text(r, na, nb)


def _when(r, side) -> str:
    d = r[f"date_{side}"]
    return f" ({d})" if isinstance(d, str) and d else ""


def _ranges(r) -> tuple[tuple[float, float], tuple[float, float], str] | None:
    """The two values as comparable ranges: the raw counts when both count the same state, else open crossings."""
    both_open = r["quantity"] == "crossings_state" and pd.notna(r["open_a"]) and pd.notna(r["open_b"])
    same_state = r["state_a"] == r["state_b"]
    if r["quantity"] != "crossings_state" or (same_state and (r["num_a"] == r["num_b"] or not (
            both_open and r["total_a"] != r["total_b"]))):  # "4 closed" and "4 of 9 closed": the same closed count
        return (r["low_a"], r["high_a"]), (r["low_b"], r["high_b"]), "count"
    out = []
    for side in "ab":
        if r[f"state_{side}"] == "open":
            out.append((r[f"low_{side}"], r[f"high_{side}"]))
        elif pd.notna(r[f"total_{side}"]):
            t = r[f"total_{side}"]
            out.append((t - r[f"high_{side}"], t - r[f"low_{side}"]))
        else:
            return None
    return out[0], out[1], "open"


def _compatible(ra, rb) -> bool:
    return bool(ra[0] <= rb[1] and rb[0] <= ra[1])


_HEDGES = ("about", "nearly")


def _nested_precise(r, ra, rb) -> str | None:
    """``a`` or ``b``: the side whose exact value lies inside the other's approximate one (``about``, ``nearly``), else None.

    An open bound (``more than 500``) and a figure above it are compatible, not the same figure
    stated more precisely."""
    if r["num_a"] == r["num_b"]:
        return None  # "900" and "about 900": the same figure, one of them hedged
    if r["bound_a"] == "exact" and r["bound_b"] in _HEDGES and rb[0] <= ra[0] <= rb[1]:
        return "a"
    if r["bound_b"] == "exact" and r["bound_a"] in _HEDGES and ra[0] <= rb[0] <= ra[1]:
        return "b"
    return None


def _compare_state(r, lead) -> tuple[str, str]:
    part = [s for s in "ab" if str(r[f"key_{s}"]).startswith("part_of_border|")]
    if part and r["relation"] == "within":
        p, w = part[0], ("b" if part[0] == "a" else "a")
        same = r["field_a"] == r["field_b"]
        region = _REGION.search(r[f"statement_{p}"] or "")
        return "contradict", (f"{'One sentence of the ' + r[f'field_{w}'] if same else 'The ' + r[f'field_{w}']} states the whole "
                              f"border closed{_when(r, w)}; {'another' if same else 'the ' + r[f'field_{p}']} states the same "
                              f"closure, for the same dates, of the crossings on one part of the border only"
                              f"{' (' + _q(region.group(0), 40) + ')' if region else ''}: the article's wider statement "
                              "says more than its own account.")
    ranges = _ranges(r)
    ov = _overlap(r)
    if ranges is None:
        if ov is False:
            return "different_dates", f"{lead} One counts open crossings and the other closed ones, with no total stated to convert them; the dates do not overlap."
        return "cannot_tell", (f"{lead} One counts open crossings and the other closed ones, and neither article states the "
                               "total needed to convert one into the other, so the rules cannot tell whether both hold.")
    ra, rb, what = ranges
    kinds = [s for s in "ab" if r[f"total_from_{s}"] != "corpus" and pd.notna(r[f"total_{s}"])]
    if (r["state_a"] == r["state_b"] == "closed" and len(kinds) == 1 and "corpus" in (r["total_from_a"], r["total_from_b"])
            and r["num_a"] != r["num_b"] and abs(r["num_a"] - r["num_b"]) == abs(r["total_a"] - r["total_b"])):
        # "five of its nine closed" against "four closed" (eight, the corpus's total): a ninth crossing shut long before
        # makes both right; as open crossings they only seem to agree
        k = kinds[0]
        return "cannot_tell", (f"{lead} The closed counts differ by as many crossings as {_who(r, k)}'s total "
                               f"({_num(r[f'total_{k}'])} in all) differs from the one the other article is read with "
                               "(the corpus's most common; it states none): a crossing closed long before (a rail crossing, "
                               "say) would make both right, and so would two different states.")
    conv = "" if what == "count" else " (as open crossings: " + "; ".join(
        f"{_who(r, s)} {_range_words(x)} open" for s, x in (("a", ra), ("b", rb))) + ")"
    hypo = [s for s in "ab" if r[f"modality_{s}"] == "hypothetical"]
    if hypo:
        return "cannot_tell", f"{lead}{conv} {_who(r, hypo[0])} states it as a possibility, not as what happened."
    if _compatible(ra, rb):
        if ov is False:
            return "agree", f"{lead}{conv} The same state at two dates that do not overlap."
        fine = _nested_precise(r, ra, rb)
        if fine and ov:
            return "more_precise", f"{lead}{conv} The same state; {_who(r, fine)} gives the exact number."
        return "agree", f"{lead}{conv} Both can hold" + (" at the same time." if ov else " (the time of at least one is not fixed).")
    if ov is False:
        return "different_dates", f"{lead}{conv} The values differ, but the dates do not overlap ({_order(r)}): the state changed between them."
    before = _earlier_side(r)
    if before and not ov:
        other = "b" if before == "a" else "a"
        return "different_dates", (f"{lead}{conv} {_who(r, before)} reports {_num(r[f'earlier_{before}'])} {r[f'state_{before}']} "
                                   f"as the state before the change it describes, and {_who(r, other)}'s value is that "
                                   "earlier state: the state changed between them.")
    long = [s for s in "ab" if _days(r, s) > SHORT_STATE_DAYS and not r[f"throughout_{s}"]]
    if ov and long and all(r.get(f"change_{s}", False) for s in long):
        return "different_dates", (f"{lead}{conv} {_who(r, long[0])} reports a change on a day it does not state, within "
                                   f"{_span(r[f'refers_start_{long[0]}'], r[f'refers_end_{long[0]}'])}; both can be true "
                                   "if the other describes a moment before that change or after a later one.")
    borrowed = [s for s in "ab" if what == "open" and r[f"state_{s}"] == "closed" and r[f"total_from_{s}"] == "corpus"]
    borrowed = borrowed if r["state_a"] != r["state_b"] or len(borrowed) == 1 else []
    if borrowed:
        return "cannot_tell", (f"{lead}{conv} The values differ only once {_who(r, borrowed[0])}'s closed count is converted with a "
                               f"total its article does not state ({_num(r[f'total_{borrowed[0]}'])}, the corpus's most common); "
                               "the rules do not call that a contradiction.")
    before = _state_before_plan(r)
    if before:
        plan = "b" if before == "a" else "a"
        return "cannot_tell", (f"{lead}{conv} {_who(r, plan)} states a plan with no date of its own, told on "
                               f"{_day(r[f'refers_start_{plan}'])}; {_who(r, before)}'s state is of that day or before, "
                               "when the plan may not yet have taken effect.")
    told = _plan_told_long_before(r) if ov is None else None
    if told:
        other = "b" if told == "a" else "a"
        days = (r[f"refers_start_{other}"] - r[f"refers_start_{told}"]).days
        return "different_dates", (f"{lead}{conv} {_who(r, told)} states a plan with no date of its own, told on "
                                   f"{_day(r[f'refers_start_{told}'])}; {_who(r, other)}'s state is {days} days later, longer "
                                   f"than a plan with no date is read to run ({PLAN_HORIZON_DAYS} days): the state may have "
                                   "changed between them.")
    if ov is None:
        return "cannot_tell", f"{lead}{conv} The values differ, but the time of one is not fixed ({_unfixed(r)}), so they may describe different moments."
    if long:
        return "cannot_tell", (f"{lead}{conv} The values differ and the times overlap, but at least one spans more than "
                               f"{SHORT_STATE_DAYS} days, and the state may have changed within it.")
    if what == "open" and r["state_a"] != r["state_b"] and not _all_closed(r) and not _same_stated_total(r):
        # "close four of its nine" (5 open?) and "four remain open": a ninth already shut before would make both right
        closed = "a" if r["state_a"] == "closed" else "b"
        return "cannot_tell", (f"{lead}{conv} The values differ only once {_who(r, closed)}'s closed count is turned into "
                               f"open crossings with its total ({_num(r[f'total_{closed}'])}), and the other side states no "
                               "total or another one: a crossing closed before (a rail crossing, say) would make both right.")
    return "contradict", (f"{lead}{conv} For the same subject and the same days, the numbers cannot both be right"
                          + (" (unless they count different kinds of crossing)" if r["state_a"] != r["state_b"] else "") + ".")


def _earlier_side(r) -> str | None:
    """The side whose count adds to an earlier one (*four last week; now three more*) when the other side's count
    is that earlier one (the same state), else None."""
    for s, o in (("a", "b"), ("b", "a")):
        e = r.get(f"earlier_{s}")
        if e is not None and pd.notna(e) and r[f"state_{o}"] == r[f"state_{s}"] and r[f"low_{o}"] <= e <= r[f"high_{o}"]:
            return s
    return None


def _all_closed(r) -> bool:
    """True when one side says every crossing is closed (0 open): that needs no total to compare."""
    return any(r[f"state_{s}"] == "open" and r[f"high_{s}"] == 0 for s in "ab")


def _same_stated_total(r) -> bool:
    return bool(pd.notna(r["total_a"]) and r["total_a"] == r["total_b"]
                and r["total_from_a"] == "stated" and r["total_from_b"] == "stated")


def _range_words(x) -> str:
    lo, hi = x
    if lo == hi:
        return _num(lo)
    if np.isinf(hi):
        return f"{_num(lo)} or more"
    return f"{_num(lo)}–{_num(hi)}"


def _compare_total(r, lead) -> tuple[str, str]:
    if r["num_a"] == r["num_b"]:
        return "agree", f"{lead} The same number of crossings."
    return "contradict", (f"{lead} They count the crossings of the same border differently ({_num(r['num_a'])} against "
                          f"{_num(r['num_b'])}): at least one counts a different set (for example with or without rail or closed posts).")


def _compare_flow(r, lead) -> tuple[str, str]:
    ra, rb = (r["low_a"], r["high_a"]), (r["low_b"], r["high_b"])
    same_period = (r["time_fixed_a"] and r["time_fixed_b"] and pd.notna(r["refers_start_a"]) and pd.notna(r["refers_start_b"])
                   and r["refers_start_a"] == r["refers_start_b"] and pd.notna(r["refers_end_a"]) and pd.notna(r["refers_end_b"])
                   and (r["refers_end_a"] == r["refers_end_b"] or (
                       abs((r["refers_end_a"] - r["refers_end_b"]).days) <= RUNNING_TOTAL_DAYS
                       and min(r["refers_end_a"], r["refers_end_b"]) - r["refers_start_a"]
                       >= pd.Timedelta(days=RUNNING_TOTAL_MIN_DAYS - 1))))
    ov = _overlap(r)
    inner = _inner_side(r) if r["quantity"] == "arrivals" and r["time_fixed_a"] and r["time_fixed_b"] else None
    if inner and _SEASON.search(str(r[f"date_{inner}"]).split(" (")[0]):
        inner = None  # "more than 1,300 last fall": a season's bounds are a convention, too loose to nest a count in
    if inner and not same_period:
        outer = "b" if inner == "a" else "a"
        if r[f"low_{inner}"] > r[f"high_{outer}"]:
            return "contradict", (f"{lead} {_who(r, inner)}'s period lies inside {_who(r, outer)}'s, yet its count is larger "
                                  f"({_range_words((r[f'low_{inner}'], r[f'high_{inner}']))} against "
                                  f"{_range_words((r[f'low_{outer}'], r[f'high_{outer}']))}): a part cannot exceed the whole.")
    rate = "a rate" if r["quantity"] == "arrival_rate" else "a count"
    known = all(pd.notna(r[c]) for c in ("refers_start_a", "refers_end_a", "refers_start_b", "refers_end_b"))
    if known and ov is None and _shared(r) < 0.7:
        return "different_dates", (f"{lead} {rate[0].upper() + rate[1:]} over two different periods (at least one placed "
                                   "by an estimate of its article's day): they need not match.")
    if ov is not None and not same_period:
        return "different_dates", (f"{lead} {rate[0].upper() + rate[1:]} over two different periods"
                                   + (" that do not overlap" if ov is False else "") + ": they need not match.")
    starts = [_stated_start(r, side) for side in "ab"]
    if r["quantity"] == "arrivals" and not same_period and all(pd.notna(x) for x in starts) \
            and abs((starts[0] - starts[1]).days) > PERIOD_START_DAYS:
        # "more than 1,200 since August" and "at least 600 in November": whatever day the first runs to,
        # they count from starts months apart
        return "different_dates", (f"{lead} A count over two different periods (they start on "
                                   f"{_day(starts[0])} and {_day(starts[1])}): they need not match.")
    days = [_weekday(r, side) for side in "ab"] if r["quantity"] == "arrivals" and not same_period else [None, None]
    if None not in days and days[0] != days[1]:
        # "16 on Monday" (undated page) and "a couple of dozen by noon on Saturday": whatever the week, two days
        return "different_dates", (f"{lead} Counts for two different days ({_WEEKDAYS[days[0]].title()} and "
                                   f"{_WEEKDAYS[days[1]].title()}): they need not match.")
    apart = _running_totals_apart(r) if r["quantity"] == "arrivals" and not same_period else None
    if apart:
        return "different_dates", f"{lead} {apart}"
    short = _shorter_period(r) if r["quantity"] == "arrivals" and not same_period else None
    if short:
        long = "b" if short == "a" else "a"
        if r[f"low_{short}"] <= r[f"high_{long}"]:
            # "21 since midnight" and "about 60 this week (13-15 November)": a day's count is not the week's
            return "different_dates", (f"{lead} A count over at most {_num(r[f'period_days_{short}'])} day(s) against one over "
                                       f"{_num(r[f'period_days_{long}'])} days: different periods, they need not match.")
    if _compatible(ra, rb):
        fine = _nested_precise(r, ra, rb)
        if fine and same_period:
            return "more_precise", f"{lead} The same figure for the same period; {_who(r, fine)} gives the exact number."
        if same_period or r["num_a"] == r["num_b"]:
            return "agree", f"{lead} The figures are compatible" + (" for the same period." if same_period else
                                                                    f" (the same figure; the period of at least one is not fixed: {_unfixed(r)}).")
        if _same_estimated_period(r):
            # "In November alone, around 900" (an undated page, its year from the corpus) and "more than 600 in November"
            return "agree", (f"{lead} The figures are compatible for the same period, {_span(r['refers_start_a'], r['refers_end_a'])} "
                             f"(placed by an estimate: {_unfixed(r)}).")
        return "cannot_tell", (f"{lead} The figures are compatible, but the period of at least one is not fixed "
                               f"({_unfixed(r)}): they may count different people over different days.")
    if not same_period:
        return "cannot_tell", f"{lead} The figures differ, but the period of at least one is not stated ({_unfixed(r)})."
    return "contradict", f"{lead} Different figures for the same subject and the same period, after their bounds ({_range_words(ra)} against {_range_words(rb)})."


def _running_totals_apart(r) -> str | None:
    """Why two counts from the same stated start run to different days, or None: *more than 900 since August*
    on an undated page written before mid-December against *more than 1,300 since August* to 25 January."""
    sa, sb = _stated_start(r, "a"), _stated_start(r, "b")
    ea, eb = r["refers_end_a"], r["refers_end_b"]
    if any(pd.isna(x) for x in (sa, sb, ea, eb)) or sa != sb:
        return None
    gap = pd.Timedelta(days=RUNNING_TOTAL_DAYS)
    fixed = {s: bool(r[f"time_fixed_{s}"]) for s in "ab"}
    if fixed["a"] and fixed["b"]:
        apart = abs(ea - eb) > gap
    elif fixed["a"] or fixed["b"]:  # the unfixed end is only an upper bound: it must fall well before the fixed one
        f, u = ("a", "b") if fixed["a"] else ("b", "a")
        apart = r[f"refers_end_{u}"] < r[f"refers_end_{f}"] - gap
    else:
        return None
    if not apart:
        return None
    return (f"Running totals from the same start ({_day(sa)}) to different days (up to {_day(ea)} and {_day(eb)}"
            + ("" if fixed["a"] and fixed["b"] else ", the undated one at the latest") + "): they need not match.")


def _same_estimated_period(r) -> bool:
    """True when both counts' periods are placed, the same, and at least one only by an estimate."""
    sa, ea, sb, eb = r["refers_start_a"], r["refers_end_a"], r["refers_start_b"], r["refers_end_b"]
    placed = all(pd.notna(x) for x in (sa, ea, sb, eb))
    estimated = any(str(r[f"time_from_{s}"]) == "corpus estimate" for s in "ab")
    return bool(placed and estimated and sa == sb and ea == eb)


PERIOD_START_DAYS = 31  # two counts whose stated periods start further apart than this count different periods


PERIOD_LENGTH_RATIO = 3  # a count over a fixed period at least this many times longer than the other's longest counts other days


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNPLACED_WEEKDAY = re.compile(r"^not fixed: its date \((?:on\s+|last\s+|this\s+)?(" + "|".join(_WEEKDAYS) + r")\b", re.I)


def _weekday(r, side: str) -> int | None:
    """The day of the week (0 = Monday) of a one-day count, placed (*18 November*) or not (*on Monday*), else None."""
    if r.get(f"period_days_{side}") != 1:
        return None
    if r[f"time_fixed_{side}"] and pd.notna(r[f"refers_start_{side}"]) and r[f"refers_start_{side}"] == r[f"refers_end_{side}"]:
        return int(r[f"refers_start_{side}"].day_of_week)
    m = _UNPLACED_WEEKDAY.match(str(r[f"date_{side}"]))
    return _WEEKDAYS.index(m.group(1).lower()) if m else None


def _shorter_period(r) -> str | None:
    """``a`` or ``b``: the side whose period is much shorter than the other's (*since midnight* against a week
    of dates, *on Monday* against *within three months*), even when neither is placed; else None."""
    pa, pb = r.get("period_days_a"), r.get("period_days_b")
    if pa is None or pb is None or pd.isna(pa) or pd.isna(pb):
        return None
    for short, long in (("a", "b"), ("b", "a")):  # a stated length: fixed, counted back, or a calendar unit
        if r[f"period_days_{long}"] >= PERIOD_LENGTH_RATIO * r[f"period_days_{short}"]:
            return short
    return None


def _stated_start(r, side: str):
    """The first day of a count's period when the text states it (a fixed time, or *from August* to a day not
    stated), else NaT."""
    if r[f"time_fixed_{side}"] or str(r[f"date_{side}"]).startswith("not fixed: from "):
        return r[f"refers_start_{side}"]
    return pd.NaT


def _shared(r) -> float:
    """The days both periods cover, as a share of the longer period (1.0: the same period)."""
    sa, ea, sb, eb = r["refers_start_a"], r["refers_end_a"], r["refers_start_b"], r["refers_end_b"]
    both = (min(ea, eb) - max(sa, sb)).days + 1
    return max(0, both) / max((ea - sa).days + 1, (eb - sb).days + 1)


_SEASON = re.compile(r"\b(?:fall|autumn|winter|spring|summer)\b", re.I)


def _inner_side(r) -> str | None:
    """``a`` or ``b``: the side whose period lies inside the other's (and differs from it), else None."""
    sa, ea, sb, eb = r["refers_start_a"], r["refers_end_a"], r["refers_start_b"], r["refers_end_b"]
    if any(pd.isna(x) for x in (sa, ea, sb, eb)) or (sa == sb and ea == eb):
        return None
    if sb <= sa and ea <= eb:
        return "a"
    if sa <= sb and eb <= ea:
        return "b"
    return None


def _compare_date(r, lead, na, nb) -> tuple[str, str]:
    sa, ea, sb, eb = r["start_a"], r["end_a"], r["start_b"], r["end_b"]
    what = str(r["phrase"]).replace("{value}", "").strip()
    closure = r["quantity"] == "closure_end"
    same_closure = (not closure) or _same_closure(r)
    near = closure and abs((sa - sb).days) <= 1 and sa == ea and sb == eb
    if sa == sb and ea == eb or near:
        return "agree", f"Both say {what} {r['value_a']}" + ("" if sa == sb else f" / {r['value_b']} (‘until’ may or may not include the day)") + f": {na} {_q(r['mention_a'])}, {nb} {_q(r['mention_b'])}."
    nested = (sa <= sb and eb <= ea) or (sb <= sa and ea <= eb)
    if closure and not same_closure and nested and _may_overlap(r):
        fine = "b" if (sa <= sb and eb <= ea) else "a"
        return "more_precise", (f"{lead} The same end date at different precision: {_who(r, fine)} gives "
                                f"{r[f'value_{fine}']}; the statements may be about the same decision ("
                                + ("the time of at least one is not fixed" if not (r["time_fixed_a"] and r["time_fixed_b"])
                                   else "their times overlap") + ").")
    if closure and not same_closure:
        if not (r["time_fixed_a"] and r["time_fixed_b"]):
            return "different_dates", (f"{lead} Different end dates; with the time of at least one statement not fixed "
                                       f"({_unfixed(r)}), nothing shows they are about the same decision, and a closure "
                                       "extended or replaced by a later decision has a new end date: both can be true.")
        return "different_dates", (f"{lead} Different end dates, stated for different closures or more than "
                                   f"{CLOSURE_SAME_DAYS} days apart: a later decision may have moved the end date.")
    if (sa <= sb and eb <= ea) or (sb <= sa and ea <= eb):
        fine = "b" if (sa <= sb and eb <= ea) else "a"
        return "more_precise", f"{lead} The same date at different precision: {_who(r, fine)} gives {r[f'value_{fine}']}."
    if sa <= eb and sb <= ea:
        return "agree", f"{lead} The ranges overlap ({_span(max(sa, sb), min(ea, eb))}), so both can be true."
    return "contradict", f"{lead} Both state {what}, and the dates do not overlap."


def _may_overlap(r) -> bool:
    """Whether two statements' times may be the same: one is not fixed, or their intervals overlap."""
    if not (r["time_fixed_a"] and r["time_fixed_b"]) or pd.isna(r["refers_start_a"]) or pd.isna(r["refers_start_b"]):
        return True
    ea = r["refers_end_a"] if pd.notna(r["refers_end_a"]) else r["refers_start_a"]
    eb = r["refers_end_b"] if pd.notna(r["refers_end_b"]) else r["refers_start_b"]
    return r["refers_start_a"] <= eb and r["refers_start_b"] <= ea


def _same_closure(r) -> bool:
    """Two end dates are about the same closure when stated (or starting) within ``CLOSURE_SAME_DAYS`` days of each
    other and both ends fall after the later statement (no new decision is likely in between)."""
    ta, tb = r["refers_start_a"], r["refers_start_b"]
    if not (r["time_fixed_a"] and r["time_fixed_b"]) or pd.isna(ta) or pd.isna(tb):
        return False
    ea = r["refers_end_a"] if pd.notna(r["refers_end_a"]) else ta
    eb = r["refers_end_b"] if pd.notna(r["refers_end_b"]) else tb
    if (ea - ta).days > CLOSURE_SAME_DAYS or (eb - tb).days > CLOSURE_SAME_DAYS:
        return False  # "had said in February": a month holds more than one decision
    return abs((ta - tb).days) <= CLOSURE_SAME_DAYS and min(r["end_a"], r["end_b"]) >= max(ta, tb)


def _compare_actor(r, na, nb) -> tuple[str, str]:
    va, vb = r["value_a"], r["value_b"]
    phrase = str(r["phrase"])
    if va == vb:
        return "agree", f"Both say {phrase.replace('{value}', va)} ({na}: {_q(r['mention_a'])}; {nb}: {_q(r['mention_b'])})."
    said = [s for s in "ab" if r[f"attributed_{s}"]]
    if r["quantity"] == "blamed" and said:
        return "cannot_tell", (f"{na} says {phrase.replace('{value}', va)} ({_q(r['mention_a'])}); {nb} says "
                               f"{phrase.replace('{value}', vb)} ({_q(r['mention_b'])}). {_who(r, said[0])} reports someone's words: "
                               "each side blaming the other is a difference of accounts, not of fact.")
    if r["quantity"] == "agreement_initiator":
        return "cannot_tell", (f"{na} says {phrase.replace('{value}', va)} ({_q(r['mention_a'])}); {nb} says "
                               f"{phrase.replace('{value}', vb)} ({_q(r['mention_b'])}). Both parties can take steps to end an "
                               "agreement (one gives notice, the other annuls its own acts), so the rules cannot tell whether "
                               "these are the same act.")
    agency = [x for x in (va, vb) if x not in _parties()]
    if agency:
        return "cannot_tell", (f"{na} says {phrase.replace('{value}', va)} ({_q(r['mention_a'])}); {nb} says "
                               f"{phrase.replace('{value}', vb)} ({_q(r['mention_b'])}). {agency[0]} is not one of the parties "
                               "the actor table lists: it may act for the other, so the rules do not call this a contradiction.")
    return "contradict", (f"They contradict: {na} says {phrase.replace('{value}', va)} ({_q(r['mention_a'])}); "
                          f"{nb} says {phrase.replace('{value}', vb)} ({_q(r['mention_b'])}).")


@lru_cache(maxsize=1)
def _parties() -> frozenset:
    """The parties of the claims' actor table (``claim_actors.csv``): Finland, Russia. Another actor the project's
    table names (*border guards*) may be an agency of either."""
    return frozenset(pd.read_csv(OWN_ACTORS_CSV, dtype=str, keep_default_na=False)["actor"])


def _compare_text(r, na, nb) -> tuple[str, str]:
    s = similarity(r["value_a"], r["value_b"], [r["statement_a"], r["statement_b"]])
    if s >= REASON_SIMILARITY:
        return "agree", f"Both give the same reason (word overlap {s:.2f}): {na} {_q(r['mention_a'])}; {nb} {_q(r['mention_b'])}."
    return "cannot_tell", (f"They give different reasons (word overlap {s:.2f}): {na} {_q(r['mention_a'])}; {nb} {_q(r['mention_b'])}. "
                           "Two reasons need not exclude each other.")


def _reason_only_one(r) -> str:
    return f"Only {r['group_a']} states it: {r['value_a']}{_when(r, 'a')} ({_q(r['mention_a'])}). No other source states it."


def _reason_within(r, contradiction: str) -> str:
    fa, fb = r["field_a"], r["field_b"]
    where = f"the {fa}" if fa != fb else f"one sentence of the {fa}"
    where_b = f"the {fb}" if fa != fb else "another"
    return (f"Inconsistent within {r['label_a']}: {where} says {r['value_a']}{_when(r, 'a')}; {where_b} says "
            f"{r['value_b']}{_when(r, 'b')}. " + contradiction.split(": ", 1)[-1] if r["kind"] == "actor" else
            f"Inconsistent within {r['label_a']}: {contradiction}")


# ---------------------------------------------------------------------------------------------
# Tables for reading

SIDE_BY_SIDE = {"group_a": "A", "n_sources_a": "A: sources", "statement_a": "A states", "value_a": "A: value", "date_a": "A: when",
                "group_b": "B", "n_sources_b": "B: sources", "statement_b": "B states", "value_b": "B: value", "date_b": "B: when",
                "verdict": "verdict", "reason": "reason"}


def side_by_side(claims: pd.DataFrame, topic: str) -> pd.DataFrame:
    """The pairs of claims on one topic: both sentences, both values and times, verdict, reason."""
    rows = claims[(claims["topic"] == topic) & claims["relation"].isin(["across", "only_one"])]
    return rows[list(SIDE_BY_SIDE)].rename(columns=SIDE_BY_SIDE).reset_index(drop=True)


def consensus(claims: pd.DataFrame) -> pd.DataFrame:
    """Per subject, quantity and time: the value most sources state, and the sources that depart from it.

    One row per claim that is the reference of another or is stated by two sources or more, with
    ``departures`` listing the claims read against it that do not agree (their sources and values).
    """
    across = claims[claims["relation"] == "across"]
    cols = ["topic", "subject", "quantity", "when", "value", "sources", "n_sources", "departures", "verdicts"]
    if not len(across):
        return pd.DataFrame(columns=cols)
    out = {}
    for r in across.itertuples(index=False):
        ref = "b" if (r.n_sources_b, ) >= (r.n_sources_a, ) else "a"
        other = "a" if ref == "b" else "b"
        k = (r.topic, r.subject, r.quantity, getattr(r, f"date_{ref}"), getattr(r, f"value_{ref}"))
        e = out.setdefault(k, {"sources": getattr(r, f"sources_{ref}"), "n": int(getattr(r, f"n_sources_{ref}")), "dep": [], "v": []})
        if getattr(r, f"value_{other}") != getattr(r, f"value_{ref}") or getattr(r, f"date_{other}") != getattr(r, f"date_{ref}"):
            if r.verdict not in ("agree",):
                e["dep"].append(f"{getattr(r, f'sources_{other}')}: {getattr(r, f'value_{other}')} ({r.verdict})")
        e["v"].append(r.verdict)
    rows = [(t, s, q, w, v, e["sources"], e["n"], "; ".join(dict.fromkeys(e["dep"])),
             ", ".join(f"{k} {n}" for k, n in pd.Series(e["v"]).value_counts().sort_index().items()))
            for (t, s, q, w, v), e in out.items()]
    return pd.DataFrame(rows, columns=cols)


def omissions(claims: pd.DataFrame) -> pd.DataFrame:
    """``only_one`` rows: what one source alone states (topic, question, source, value, when, sentence)."""
    rows = claims[claims["verdict"] == "only_one"]
    out = pd.DataFrame({
        "stated only by": rows["group_a"], "topic": rows["topic"], "subject": rows["subject"], "question": rows["question"],
        "value": rows["value_a"], "when": rows["date_a"], "sentence": rows["statement_a"],
    })
    order = {t: i for i, t in enumerate(load_topics()["topic"])}
    out["_t"] = out["topic"].map(order)
    return out.sort_values(["_t", "stated only by"], kind="stable").drop(columns="_t").reset_index(drop=True)


def inconsistencies(claims: pd.DataFrame) -> pd.DataFrame:
    """``inconsistent_within`` rows: the article, the two places, the two sentences and the reason."""
    rows = claims[claims["verdict"] == "inconsistent_within"]
    return pd.DataFrame({
        "article": rows["label_a"], "topic": rows["topic"], "where (1)": rows["field_a"],
        "says (1)": rows["statement_a"], "where (2)": rows["field_b"], "says (2)": rows["statement_b"],
        "reason": rows["reason"],
    }).reset_index(drop=True)


def contradictions(claims: pd.DataFrame) -> pd.DataFrame:
    """``contradict`` rows with both sources, sentences, values, times and the reasoning."""
    rows = claims[claims["verdict"] == "contradict"]
    return rows[["topic", "subject", "group_a", "sources_a", "statement_a", "value_a", "date_a", "group_b", "sources_b",
                 "statement_b", "value_b", "date_b", "reason"]].reset_index(drop=True)


def unplaced(facts: pd.DataFrame) -> pd.DataFrame:
    """Facts whose time could not be fixed, with why (they are never called a contradiction)."""
    rows = facts[~facts["time_fixed"] & facts["comparable"]]
    return rows[["source", "label", "topic", "quantity", "value", "time_from", "time_text", "sentence"]].reset_index(drop=True)


def summarise(claims: pd.DataFrame, facts: pd.DataFrame, *, most: int = 5) -> str:
    """A paragraph of Markdown that says what this corpus's claims show, every number computed from them.

    Names of sources and values come from the corpus and are escaped (``escape_markdown``).

    >>> summarise(pd.DataFrame(columns=CLAIM_COLUMNS), pd.DataFrame(columns=FACT_COLUMNS))
    'No article states a fact on any topic of the table.'
    """
    if not len(facts):
        return "No article states a fact on any topic of the table."
    n_sources, n_articles = facts["source"].nunique(), facts["article_id"].nunique()
    timed = facts[~facts["quantity"].isin(TIMELESS)]
    fixed = int(timed["time_fixed"].sum())
    counts = claims["verdict"].value_counts() if len(claims) else pd.Series(dtype=int)
    words = [f"{int(counts.get(v, 0))} {v.replace('_', ' ')}" for v in VERDICTS if counts.get(v, 0)]
    out = [f"{len(facts)} stated facts from {n_articles} articles and {n_sources} sources. Of the {len(timed)} that hold "
           f"at a time (counts, closure ends), {fixed} have their time fixed and {len(timed) - fixed} do not (they are "
           "listed below and never called a contradiction). "
           f"{len(claims)} rows: " + (", ".join(words) if words else "none") + "."]
    bad = claims[claims["verdict"] == "contradict"] if len(claims) else claims
    if len(bad):
        items = []
        for r in bad.head(most).to_dict("records"):
            odd, ref = ("a", "b") if r["n_sources_a"] <= r["n_sources_b"] else ("b", "a")
            n_ref = int(r[f"n_sources_{ref}"])
            items.append(f"{escape_markdown(r[f'group_{odd}'])} ({escape_markdown(r[f'value_{odd}'])}) against "
                         f"{escape_markdown(r[f'group_{ref}'])}{' and ' + str(n_ref - 1) + ' more' if n_ref > 1 else ''} "
                         f"({escape_markdown(r[f'value_{ref}'])}) on {r['topic'].replace('_', ' ')}")
        more = f"; and {len(bad) - most} more" if len(bad) > most else ""
        out.append("Contradictions: " + "; ".join(items) + more + ".")
    else:
        out.append("No two sources contradict each other on a fact whose time both fix.")
    return " ".join(out)


def verdict_counts(claims: pd.DataFrame) -> pd.DataFrame:
    """Rows per topic (in the table's order) and verdict (in ``VERDICTS`` order), with totals."""
    topics = [t for t in load_topics()["topic"] if t in set(claims["topic"])]
    table = pd.crosstab(pd.Categorical(claims["topic"], categories=topics),
                        pd.Categorical(claims["verdict"], categories=list(VERDICTS)), dropna=False,
                        margins=True, margins_name="total")
    table.index.name, table.columns.name = "topic", "verdict"
    return table


# ---------------------------------------------------------------------------------------------
# The crossings day by day, as each source tells it


def crossings_timeline(facts: pd.DataFrame, *, by: str = "source", subject: str = "finland_russia_border",
                       claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every dated statement of how many crossings were open, one row per statement and line.

    ``line`` is the source (``by="source"``) or any column of the facts table's articles given as
    ``by`` values in ``facts['source']``; the state a line shows holds from ``refers_start`` until its
    next statement. Only facts about ``subject`` with a known open count and a fixed time are drawn
    (``plotted``); the rest are listed with ``why_not``. ``outlier`` marks statements that a
    ``contradict`` verdict in ``claims`` names.
    """
    cols = ["line", "source", "label", "article_id", "fact_id", "value", "open", "total", "modality", "refers_start", "refers_end",
            "time_text", "sentence", "plotted", "why_not", "outlier"]
    if not len(facts):
        return pd.DataFrame(columns=cols)
    f = facts[(facts["subject"] == subject) & facts["quantity"].isin(["crossings_open", "crossings_closed"])]
    bad = set()
    if claims is not None and len(claims):  # the side of a contradiction fewer sources state (both when as many)
        for r in claims[claims["verdict"].isin(["contradict", "inconsistent_within"])].itertuples(index=False):
            if r.n_sources_a <= r.n_sources_b and pd.notna(r.fact_a):
                bad.add(int(r.fact_a))
            if r.n_sources_b <= r.n_sources_a and pd.notna(r.fact_b):
                bad.add(int(r.fact_b))
    rows = []
    for r in f.itertuples(index=False):
        why = ""
        if pd.isna(r.open):
            why = "closed crossings with no total stated in the article"
        elif not r.time_fixed or pd.isna(r.refers_start):
            why = r.time_text
        elif r.modality == "hypothetical":
            why = "hypothetical"
        elif not r.comparable:
            why = r.why_not
        rows.append((r.source, r.source, r.label, r.article_id, r.fact_id, r.value, r.open, r.total, r.modality,
                     r.refers_start, r.refers_end, r.time_text, r.sentence, not why, why, int(r.fact_id) in bad))
    out = pd.DataFrame(rows, columns=cols)
    for col in ("refers_start", "refers_end"):
        out[col] = pd.to_datetime(out[col]).astype("datetime64[ns]")
    return out.sort_values(["refers_start", "line", "fact_id"], kind="stable", na_position="last").reset_index(drop=True)


def decisions(facts: pd.DataFrame, *, subject: str = "finland_russia_border") -> pd.DataFrame:
    """Decisions and plans the corpus reports, dated: the open count from a day on, with the sources reporting it.

    Columns ``from, open, value, modality, n_sources, sources, first_sentence``: one row per day and
    open count stated as a plan (``will close ... from Friday``) or a dated state.
    """
    cols = ["from", "open", "n_sources", "sources", "n_plans", "first_sentence"]
    if not len(facts):
        return pd.DataFrame(columns=cols)
    f = facts[(facts["subject"] == subject) & facts["quantity"].isin(["crossings_open", "crossings_closed"])
              & facts["time_fixed"] & facts["refers_start"].notna() & facts["open"].notna()
              & (facts["time_from"] == "sentence date") & (facts["modality"] != "hypothetical")]
    rows = []
    for (day, open_), g in f.groupby(["refers_start", "open"], sort=True):
        srcs = list(dict.fromkeys(g["source"]))
        rows.append((day, open_, len(srcs), "; ".join(srcs), int((g["modality"] == "plan").sum()), g["sentence"].iloc[0]))
    return pd.DataFrame(rows, columns=cols)


__all__ = [
    "VERDICTS", "actor_aliases", "align_claims", "attributed", "compare", "compare_facts", "consensus", "contradictions",
    "crossings_timeline", "decisions", "describe_count", "describe_date", "fact_table", "find_actors",
    "inconsistencies", "load_topics", "omissions", "pairing_keys", "reconcile", "side_by_side", "similarity",
    "statements", "summarise", "tfidf_matrix", "tokens", "unplaced", "verdict_counts",
]
