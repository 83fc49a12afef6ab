"""The built-in glossary: abbreviations and chat spellings of the field, mapped to full words.

Both the key points and the answer are expanded with it, so ``db`` in an answer meets
``database`` in a key point, and ``Kubernetes`` in an answer meets ``k8s`` in a key point.
Keys are single lowercase words; values may be several words. A guide's own glossary is
merged on top by :func:`merged`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.scoring.text import JOINED

BUILT_IN: Mapping[str, str] = {
    # data
    "db": "database",
    "rdbms": "relational database",
    "pk": "primary key",
    "fk": "foreign key",
    "idx": "index",
    "tx": "transaction",
    "txn": "transaction",
    "orm": "object relational mapping",
    "pg": "postgresql",
    "postgres": "postgresql",
    "mongo": "mongodb",
    "mq": "message queue",
    "ttl": "time to live",
    # delivery and operations
    "ci": "continuous integration",
    "cd": "continuous delivery",
    "k8s": "kubernetes",
    "k8": "kubernetes",
    "prod": "production",
    "env": "environment",
    "config": "configuration",
    "conf": "configuration",
    "cfg": "configuration",
    "repo": "repository",
    "infra": "infrastructure",
    "lb": "load balancer",
    "apm": "application performance monitoring",
    "vm": "virtual machine",
    "os": "operating system",
    "e2e": "end to end",
    "qa": "quality assurance",
    "pr": "pull request",
    # code
    "auth": "authentication",
    # "logged-in" and "signed-in", kept one word by ``text.clean``
    f"logged{JOINED}in": "authenticated",
    f"signed{JOINED}in": "authenticated",
    "authn": "authentication",
    "authz": "authorization",
    "perf": "performance",
    "app": "application",
    "dev": "developer",
    "async": "asynchronous",
    "sync": "synchronous",
    "algo": "algorithm",
    "func": "function",
    "fn": "function",
    "impl": "implementation",
    "dep": "dependency",
    "deps": "dependencies",
    "param": "parameter",
    "arg": "argument",
    "var": "variable",
    "msg": "message",
    "req": "request",
    "resp": "response",
    "js": "javascript",
    "oop": "object oriented programming",
    "jwt": "json web token",
    "ui": "user interface",
    "ux": "user experience",
    "pw": "password",
    "pwd": "password",
    "creds": "credentials",
    "mem": "memory",
    "ptr": "pointer",
    "addr": "address",
    "obj": "object",
    "num": "number",
    "len": "length",
    "max": "maximum",
    "min": "minimum",
    "info": "information",
    "spec": "specification",
    "fifo": "first in first out",
    "lifo": "last in first out",
    "bst": "binary search tree",
    "dfs": "depth first search",
    "bfs": "breadth first search",
    # chat spellings
    "u": "you",
    "ur": "your",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "thru": "through",
    "ppl": "people",
}


# Words of the field that say the same thing in an answer, each mapped to the group's first
# word on both sides: "talk" meets "communicate", "verify" meets "confirm". A group goes on
# over indented lines. A noun that stems apart from its verb is listed too ("validation" stems
# to "valid", not to what "validate" maps to).
SYNONYM_GROUPS = """
communicate talk talks talked talking communicates communicating communication speak speaks
    speaking
confirm verify verifies verified verifying verification ensure ensures ensured ensuring
    validate validates validated validating validation validations
delete remove removes removed removal deletes deleting removing erase erased erasing erasure
create insert inserts inserted inserting insertion insertions creates creation add adds added
    adding
update modify modifies modified modifying modification modifications updates change changes
    changed changing
fetch retrieve retrieves retrieved retrieval fetches fetching retrieving
fast quick quickly rapid fastest quickest
slow sluggish slowly
error failure failures errors fault faults
server host hosts servers machine machines
client caller callers clients consumer consumers
problem issue issues problems
start begin begins started starts
stop halt halts halted halting stopped stops
big large huge bigger larger
small tiny little smaller
copy replica replicas copies
split partition partitions partitioning splitting
check inspect inspects inspected inspecting checks
goal target targets goals objective objectives
bottleneck hotspot hotspots bottlenecks
plan planner plans
rollback revert reverts reverted reverting
previous prior earlier last
stable good healthy working
version release releases released releasing versions
minimum smallest lowest minimal
maximum largest biggest highest maximal
unlimited infinite unbounded limitless
dynamic resizable resizeable growable
store save saves saved saving stores storing stored
show display displays displaying shows showed showing displayed
analyze analyse analyzes analyses analyzed analysed analyzing analysing examine examines
    examined examining investigate investigates investigated investigating dig digs digging dug
migrate migrates migrated migrating migration migrations cutover cutovers
refactor refactors refactored refactoring restructure restructures restructured restructuring
    rewrite rewrites rewrote rewriting rewritten
simplify simplifies simplified simplifying simpler
compare compares compared comparing comparison comparisons diff diffs diffed diffing
grow grows grew growing grown growth
conference conferences meetup meetups summit summits
determine determines determined determining identify identifies identified identifying
    pinpoint pinpoints pinpointed pinpointing diagnose diagnoses diagnosed diagnosing
"""


def _synonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in re.split(r"\n(?! )", SYNONYM_GROUPS.strip()):  # an indented line goes on
        first, *others = group.split()
        table.update(dict.fromkeys(others, first))
    return table


def merged(extra: Mapping[str, str] | None) -> dict[str, str]:
    """The built-in glossary with ``extra`` on top; keys lowercased and stripped."""
    glossary = {**_comparatives(), **IRREGULAR_PLURALS, **_synonyms(), **NUMBERS, **BUILT_IN}
    for key, value in (extra or {}).items():
        glossary[key.strip().lower()] = value.strip().lower()
    return glossary


# A digit meets the word for it: "a tree with at most 2 children" and "two children".
NUMBER_WORDS = "zero one two three four five six seven eight nine ten"
NUMBERS = {str(number): word for number, word in enumerate(NUMBER_WORDS.split())}


# Plurals the stemmer cannot bring back to their singular: "leaves" would stem to "leav".
IRREGULAR_PLURALS = {
    "leaves": "leaf",
    "children": "child",
    "indices": "index",
    "vertices": "vertex",
    "matrices": "matrix",
    "appendices": "appendix",
    "halves": "half",
    "criteria": "criterion",
    "phenomena": "phenomenon",
}


# Adjectives whose comparative and superlative forms ("shorter", "safest") meet the plain form:
# Snowball leaves them whole. Kept to a list, as "-er" also makes nouns ("server", "user").
# Not here: "late", whose "latest" means the newest; "fast" and "slow", which the synonym
# groups and opposite claims already hold.
COMPARED = """
high low long short large small big tall wide narrow deep shallow thick thin heavy light
hot cold warm cool strong weak hard soft easy simple cheap safe close near early
old new young loud quiet bright dark dense great few fine clean busy rich poor
tight loose full empty wet dry smooth rough sharp
"""


def _comparatives() -> dict[str, str]:
    """ "shorter" and "shortest" -> "short"; "bigger" -> "big"; "easier" -> "easy"."""
    table = {"farther": "far", "further": "far", "farthest": "far"}
    for base in COMPARED.split():
        table.update(dict.fromkeys((_compared(base, "er"), _compared(base, "est")), base))
    return table


def _compared(base: str, ending: str) -> str:
    if base.endswith("e"):
        return base[:-1] + ending  # safer
    if base.endswith("y"):
        return base[:-1] + "i" + ending  # easier
    if _doubles(base):
        return base + base[-1] + ending  # bigger
    return base + ending


def _doubles(base: str) -> bool:
    """One vowel before a final consonant in a short word doubles it: big, hot, thin, wet."""
    vowels = "aeiou"
    return len(base) <= 4 and base[-2] in vowels and base[-3] not in vowels and base[-1] not in "wy"
