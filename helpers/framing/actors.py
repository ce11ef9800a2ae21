"""Who does what to whom: actors, the verbs they are the subject of, and agentless passives.

Rule-based and offline: a small tokeniser, word lists for the closed word classes
(determiners, prepositions, auxiliaries, ...) and three data files:

* ``helpers/data/actors.csv`` - the alias table (``actor, alias, kind``): which surface
  strings name which actor. ``helpers/data/actors.md`` documents it.
* ``helpers/data/verbs.csv`` - verb lemmas with a class (``speech``, ``cognition``,
  ``action``, ``state``), whether a following ``to``-infinitive passes the action on
  (``control``) and irregular past forms.
* ``helpers/data/roles.csv`` - job titles (``minister``, ``spokesperson``...) used to tie a
  named person to the actor they speak for.

Decisions (documented in ``actors.md`` too):

* ``agent`` is the actor in subject position of a clause (``None`` when the subject is not
  in the table: ``agent_text`` still shows it). ``patient`` is the object's actor, or the
  object's head noun when it is no actor.
* Passives: the grammatical subject becomes the patient; ``by X`` gives the agent; with no
  ``by`` phrase the row has ``agent=None, passive=True, agentless=True``.
* Reporting clauses give two rows: ``X said that Y closed Z`` yields ``(X, say)`` and the
  embedded ``(Y, close, Z)``, whose ``reported_by`` is X.
* ``has decided to terminate`` gives ``verb='terminate'`` and ``verb_chain='decide to terminate'``
  (verbs marked ``control=pass``); ``refused to open`` keeps ``verb='refuse'`` (``control=keep``).
* Appositions are skipped (``Finland, a member of NATO, declared`` -> Finland declare), and
  coordinated verbs share their subject (``closed ... and started erecting``).
* People resolve to the actor they speak for when the text says so (``Director of the ...
  Ministry of Foreign Affairs of Russia, Sergei Belyaev``) or the alias table lists them;
  ``he``/``she``/``the diplomat`` resolve to the last person named, ``it``/``they`` to the
  last acting actor.
"""
from __future__ import annotations

from typing import Iterable

import pandas as pd

from .analysis import as_analysis
from .clauses import FIELDS, alias_table, _tidy
from .voices import quotes

ACTION_COLUMNS = [
    "article_id", "field", "sentence_no", "sentence", "agent", "verb", "patient", "passive",
    "agentless", "agent_text", "patient_text", "verb_text", "verb_chain", "verb_class",
    "negated", "clause", "reported_by", "start", "end",
]
AGENTLESS = "(agentless)"  # the actor column's value for an agentless passive in agency_counts
AGENCY_COLUMNS = ["group", "actor", "as_agent", "as_patient"]


def actor_actions(articles, *, fields: Iterable[str] = FIELDS, actors_only: bool = False) -> pd.DataFrame:
    """One row per clause: who acts (``agent``), the verb's lemma, and who or what is acted on.

    Columns: ``article_id, field, sentence_no, sentence, agent, verb, patient, passive,
    agentless, agent_text, patient_text, verb_text, verb_chain, verb_class, negated, clause,
    reported_by, start, end`` (``start``/``end``: the verb group's offsets in the field).
    ``articles``: the corpus, or what ``helpers.analyse`` returned. Copular clauses (``X is Y``) are left out. ``actors_only=True`` keeps rows where an
    actor is agent or patient, or the clause is an agentless passive.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"title": [""], "standfirst": [""],
    ...     "body": ["The border was closed. Helsinki said that Russia had sent migrants."]},
    ...     index=pd.Index(["a1"], name="article_id"))
    >>> actor_actions(arts)[["agent", "verb", "patient", "passive", "agentless", "reported_by"]].values.tolist()
    [[None, 'close', 'border', True, True, None], ['Finland', 'say', None, False, False, None], ['Russia', 'send', 'migrants', False, False, 'Finland']]
    """
    analysis = as_analysis(articles, fields)  # the articles, or what helpers.analyse returned
    rows = []
    for row, clauses, *_ in analysis.parsed:
        for cl in clauses:
            if cl.copula:
                continue
            agents = cl.agent_actors or [None]
            parent = clauses[cl.parent] if cl.parent is not None else None
            reporter = None
            if parent is not None:
                reporter = (parent.agent_actors[0] if parent.agent_actors else parent.agent_person or parent.agent_text)
            for agent in agents:
                rows.append(dict(
                    article_id=row.article_id, field=row.field, sentence_no=row.sentence_no, sentence=row.text,
                    agent=agent, verb=cl.lemma, patient=cl.patient, passive=cl.passive,
                    agentless=cl.passive and not cl.by,
                    agent_text=cl.agent_text, patient_text=cl.patient_text, verb_text=cl.verb_text,
                    verb_chain=cl.chain or cl.lemma, verb_class=cl.vclass, negated=cl.negated,
                    clause=cl.clause, reported_by=reporter,
                    start=row.start + cl.start, end=row.start + cl.end,
                ))
    out = pd.DataFrame(rows, columns=ACTION_COLUMNS)
    _speakers_for_first_person(out, analysis, fields)
    out = _tidy(out, bools=("passive", "agentless", "negated"))
    return keep_actors(out) if actors_only else out


def keep_actors(actions: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``actor_actions`` where an actor (``actors.csv``) is agent or patient, or the clause is an
    agentless passive (what ``actors_only=True`` keeps).

    >>> import pandas as pd
    >>> acts = pd.DataFrame({"agent": ["Finland", None, None], "patient": [None, "the road", None],
    ...                      "agentless": [False, False, True]})
    >>> keep_actors(acts)["agentless"].tolist()
    [False, True]
    """
    if actions.empty:
        return actions.copy()
    known = set(alias_table()["actor"])
    keep = actions["agent"].isin(known) | actions["patient"].isin(known) | actions["agentless"].astype(bool)
    return actions[keep].reset_index(drop=True)


def _speakers_for_first_person(out: pd.DataFrame, articles, fields: Iterable[str]) -> None:
    """'"We will not allow this," said Orpo': inside a direct quote, I/we act for the speaker's actor."""
    first = out["agent"].isna() & out["agent_text"].fillna("").str.lower().isin(["we", "i"])
    if not first.any():
        return
    q = quotes(articles, fields=fields)
    q = q[q["direct"] & q["speaker_actor"].notna()]
    for idx in out.index[first]:
        r = out.loc[idx]
        hit = q[(q["article_id"] == r["article_id"]) & (q["field"] == r["field"]) & (q["start"] <= r["start"])
                & (q["end"] > r["start"])]
        if len(hit):
            out.loc[idx, "agent"] = hit.iloc[0]["speaker_actor"]


def agency_counts(actions: pd.DataFrame, articles: pd.DataFrame, *, by: str = "perspective",
                  exclude_classes: Iterable[str] = ()) -> pd.DataFrame:
    """Per group and actor: clauses where the actor acts (``as_agent``) and is acted on (``as_patient``).

    Also ``agentless``: per group, agentless passives counted under actor ``(agentless)``.
    ``exclude_classes=("speech",)`` leaves out reporting verbs so only deeds count.

    >>> import pandas as pd
    >>> acts = pd.DataFrame({"article_id": ["a", "a", "b"], "agent": ["Finland", None, "Russia"],
    ...     "patient": ["Russia", "border", "Finland"], "agentless": [False, True, False],
    ...     "verb_class": ["action"] * 3})
    >>> arts = pd.DataFrame({"perspective": ["finnish", "russian"]}, index=pd.Index(["a", "b"], name="article_id"))
    >>> agency_counts(acts, arts).values.tolist()
    [['finnish', '(agentless)', 1, 0], ['finnish', 'Finland', 1, 0], ['finnish', 'Russia', 0, 1], ['russian', 'Finland', 0, 1], ['russian', 'Russia', 1, 0]]
    """
    cols = ["group", "actor", "as_agent", "as_patient"]
    if actions.empty:
        return pd.DataFrame(columns=cols)
    acts = actions
    if exclude_classes:
        acts = acts[~acts["verb_class"].isin(list(exclude_classes))]
    if by in articles.columns:
        group = acts["article_id"].map(articles[by])
    elif by == articles.index.name:          # by="article_id": one group per article
        group = acts["article_id"]
    else:
        group = pd.Series("all", index=acts.index)
    known = set(alias_table()["actor"])
    recs = []
    for g, a, p, al in zip(group, acts["agent"], acts["patient"], acts["agentless"]):
        if a in known:
            recs.append((g, a, 1, 0))
        if p in known:
            recs.append((g, p, 0, 1))
        if al:
            recs.append((g, "(agentless)", 1, 0))
    if not recs:
        return pd.DataFrame(columns=cols)
    df = pd.DataFrame(recs, columns=cols)
    return df.groupby(["group", "actor"], as_index=False)[["as_agent", "as_patient"]].sum() \
        .sort_values(["group", "actor"]).reset_index(drop=True)
