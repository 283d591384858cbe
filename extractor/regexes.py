"""Two helpers for building VERBOSE patterns from word tables (used by numbers and periods)."""
from __future__ import annotations

from collections.abc import Iterable

import regex


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
