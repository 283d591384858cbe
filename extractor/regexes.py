"""Helpers for building VERBOSE patterns from word tables, and compiling them through a cache
kept between runs (every pattern of the package: module constants and tables compiled on first use).

The `regex` module parses a pattern in Python: the number and period patterns, alternations of
hundreds of words, take about a quarter of a second to compile, on every start, while reading a
small report takes a tenth. A compiled `regex` pattern pickles as its compiled code, so
`compiled()` keeps the patterns of one run in `regexes-<key>.pickle` beside the entity matcher's
cache (`entity_table.cache_dir()`), and the next run loads them in a few milliseconds. A pattern
is looked up by its own text and flags, so a cached entry is never used for another pattern; the
key (a hash of regex's and Python's versions and of the package's code and data files) only
keeps different versions from overwriting each other's file. The file holds the patterns of the
run that wrote it (`save_compiled()` after warm-up), is written under a temporary name and
renamed, and is read with an unpickler that builds nothing but compiled patterns; a file that
cannot be read is ignored and written again.
"""
from __future__ import annotations

import hashlib
import io
import pickle
import sys
from collections.abc import Iterable
from pathlib import Path

import regex

CACHE_FORMAT = 1          # bump when what the file holds changes
_PACKAGE = Path(__file__).resolve().parent
_cached: dict[tuple[str, int], regex.Pattern] | None = None     # loaded from the file
_used: dict[tuple[str, int], regex.Pattern] = {}                # compiled or loaded in this run
_missed = False                                                  # some pattern was not cached


def alternation(words: Iterable[str], *, case_insensitive: bool = False) -> str:
    """A non-capturing alternation of `words`, longest first, inner spaces matching any whitespace.

    >>> alternation(["per cent", "%", "percent"])
    '(?:per\\\\s+cent|percent|%)'
    >>> bool(regex.fullmatch(alternation(["KZT"], case_insensitive=True), "kzt"))
    True
    """
    parts = sorted(set(words), key=lambda w: (-len(w), w))
    body = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in parts)
    return f"(?i:{body})" if case_insensitive else f"(?:{body})"


def fill(pattern: str, **pieces: str) -> str:
    """Put table-built pieces into a VERBOSE pattern written with <NAME> slots.

    >>> fill(r"<NUM>\\s?<PCT>", NUM=r"\\d+", PCT="%")
    '\\\\d+\\\\s?%'
    """
    for name, piece in pieces.items():
        pattern = pattern.replace(f"<{name}>", piece)
    return pattern


# --- compiling through the cache ---------------------------------------------------------------

def compiled(pattern: str, flags: int = 0) -> regex.Pattern:
    """`regex.compile(pattern, flags)`, taken from the cache of an earlier run when it is there.

    >>> compiled(r"\\d+ (?i:kzt)").match("12 KZT").group()
    '12 KZT'
    """
    global _cached, _missed
    if _cached is None:
        _cached = _load()
    key = (pattern, int(flags))
    found = _cached.get(key)
    if found is None:
        found = regex.compile(pattern, flags)
        _missed = True
    _used[key] = found
    return found


def save_compiled() -> None:
    """Write this run's patterns to the cache if some were not in it (a read-only or missing
    folder is no error: the next run compiles them again)."""
    global _missed
    if not _missed:
        return
    from .entity_table import write_cache_file

    if write_cache_file(_cache_path(), pickle.dumps(list(_used.items()), protocol=pickle.HIGHEST_PROTOCOL)):
        _missed = False


def _cache_path() -> Path:
    from .entity_table import cache_dir

    return cache_dir() / f"regexes-{_cache_key()[:32]}.pickle"


def _cache_key() -> str:
    h = hashlib.sha256(f"{CACHE_FORMAT}|{regex.__version__}|{sys.version}".encode())
    for path in sorted([*_PACKAGE.glob("*.py"), *_PACKAGE.joinpath("data").glob("*")]):
        h.update(path.name.encode() + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            pass
    return h.hexdigest()


class _PatternsOnly(pickle.Unpickler):
    """Unpickles lists, tuples, strings, numbers and compiled patterns, and nothing else."""

    def find_class(self, module: str, name: str):
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a compiled pattern")


def _load() -> dict[tuple[str, int], regex.Pattern]:
    """The cached patterns by (text, flags); empty when the file is missing or unreadable."""
    try:
        items = _PatternsOnly(io.BytesIO(_cache_path().read_bytes())).load()
        return {(str(p), int(f)): c for (p, f), c in items if isinstance(c, regex.Pattern)}
    except Exception:              # missing, unreadable, damaged or from another regex build
        return {}


# --- patterns that both the layout and the assembly stages use -----------------------------------

# A heading that opens with its section number ("2.3 Permanent residence", "4. Labour
# migration"): the layout and assembly stages both tell such headings apart.
NUMBERED_HEADING = compiled(r"^\s*\d+(?:\.\d+)*\.?\s+\S")
# a line that ends in a word that cannot end a name breaks off ("Commonwealth of", "Countries
# outside the", "Foreign nationals, incl."): a label wrapped onto the next line
BREAKS_OFF = compiled(r"(?i)(?:\b(?:of|the|and|or|in|for|from|by|to|with|outside|incl\.|including|excl\.|a|an)|[,\-–])$")
# a note named by number in a table's or chart's text: "footnote 3", "(notes 5–7)", "see note 4"
NOTE_NUMBER = r"(?:foot|end)?notes?\s+(?P<label>\d{1,3})\b"
NAMED_NOTE = compiled(rf"\b{NOTE_NUMBER}", regex.I)
# ... said so with no "Source:" ("Table sourced as note 8 (exchange rate ...).", "Bars sourced as
# note 10.", "Values by month: see note 8": blind designer62, 2025q2 word; "Table 5. Outgoing
# transfers by month, July – September 2025 (see note 11)": blind round65, 2025q3 reportlab)
# "(source as in note 3)": blind designer79, 2025q3 chromium2; a bracket naming the note alone,
# "Table 1. Monthly transfers (note 10)", "(source: note 4)": blind designer82, 2023q4 reportlab
SOURCED_AS = compiled(rf"(?:\b(?:sourced\s+(?:as|by|from|in|at)|see|(?:source|sources|data)\s+as\s+(?:in|for|per)"
                      rf"|(?:source|sources):?\s+as\s+per)\s+|\(\s*(?:(?:source|sources|data)\s*:\s*)?)"
                      rf"{NOTE_NUMBER}", regex.I)
# "Source: ...", "Note: ...": a source or note line's opening word (a table's note under it)
SOURCE_START = compiled(r"\b(?:source|sources|note|notes)\s*:", regex.I)
# "Table 1. ...", "Figure 2: ...": a numbered caption (a table printed again at the top of each
# page, its caption and rows at the same height: blind round60, 2024q1 twocol-reportlab; a chart's
# caption between two charts set close under each other: blind designer74, 2022q2 reportlab)
CAPTION_WORDS = r"table|tab\.|figure|fig\.|chart|graph|map"
NUMBERED_CAPTION = compiled(rf"^\s*(?P<kind>{CAPTION_WORDS})\s*(?P<n>\d+)[.:]\s", regex.I)
# a digit anywhere: a line or cell that holds a figure
DIGIT = compiled(r"\d")
# an amount printed with its currency or scale ("257.5 billion KZT", "USD 207.8 m", "98.4 bn"),
# not a bare number or a year
AMOUNT_PRINTED = compiled(r"(?:KZT|USD|US\$|\$)\s*\d"
                          r"|\d(?:[\d,.]*\d)?\s*(?:billion|million|thousand|bn|mn|mln|m|b|KZT|USD|tenge|dollars)\b",
                          regex.I)
# the words that make a name the rest of its kind, no member's own ("Other countries", "the rest of
# the CIS", "Прочие страны"): a table's remainder row (assemble.OTHER_ROW), a legend's "Other CIS"
# (frames.REMAINDER_BEFORE)
REMAINDER_WORDS = r"(?:other|others|remaining|the\s+rest|rest\s+of|прочие|другие|остальные)"

# A cell or tile that says no one was counted, in words: "none", "nil", "zero" (a tile "Ulytau" over
# "none": blind designer81, 2023q2 chromium2)
ZERO_WORD = compiled(r"^\s*(?:none|nil|zero|no\s+one)\s*$", regex.I)
# A chart's key on one line: two or more key glyphs, each before the words naming its series
# ("■ transfers sent ■ transfers received (values at bar ends)"): LAY:key-under-rows
KEY_GLYPHS = "■□▪▫●○◆◇▲▬"
KEY_LINE = compiled(r"^\s*(?:[%s]\s*\p{L}[^%s]*){2,}$" % (KEY_GLYPHS, KEY_GLYPHS))
