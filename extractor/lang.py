"""Languages: which blocks are Russian, which English, and the Russian tables beside the English.

A block's language is read from its letters (Cyrillic against Latin; no model). Knowledge
tables come in pairs: `data/<name>.json` (English) and, where it exists, `data/<name>.ru.json`
(Russian rows with the same keys and, where the meaning is shared, the same ids). `load_tables`
joins them so every stage reads both languages with one mechanism.
"""
from __future__ import annotations

import json
from dataclasses import replace
from importlib import resources

import regex
from .regexes import compiled

CYRILLIC = compiled(r"\p{Cyrillic}")
LATIN = compiled(r"[A-Za-z]")
# A report reads as a language when its blocks hold at least this many letters of it (a
# Cyrillic running header on an English page is dropped before, sample mtm-kaz-2024q1).
LANGUAGE_MIN_LETTERS = 200


def text_language(text: str) -> str | None:
    """'ru' when Cyrillic letters outnumber Latin ones, 'en' when Latin do, None without letters.

    >>> text_language("Прибыло 2 631 245 мигрантов (KZT)"), text_language("42.5%")
    ('ru', None)
    """
    cyr, lat = len(CYRILLIC.findall(text)), len(LATIN.findall(text))
    if not cyr and not lat:
        return None
    return "ru" if cyr > lat else "en"


def tag_languages(pages: list) -> list:
    """The pages with each block's `lang` set; a block without letters (a row of numbers)
    takes the language of the block before it."""
    out, last = [], "en"
    for page in pages:
        blocks = []
        for b in page.blocks:
            last = text_language(b.text) or last
            blocks.append(b if b.lang == last else replace(b, lang=last))
        out.append(replace(page, blocks=tuple(blocks)))
    return out


def report_languages(pages: list) -> list[str]:
    """The languages a report is written in, English first ('en', 'ru')."""
    letters = {"en": 0, "ru": 0}
    for page in pages:
        for b in page.blocks:
            letters["ru"] += len(CYRILLIC.findall(b.text))
            letters["en"] += len(LATIN.findall(b.text))
    found = [k for k in ("en", "ru") if letters[k] >= LANGUAGE_MIN_LETTERS]
    return found or ["en"]


def _join(en, ru):
    """Russian rows beside English ones: lists are joined (Russian rows first; they never match
    Latin text), tables merged key by key, a single pattern becomes an alternation of the two."""
    if isinstance(en, list) and isinstance(ru, list):     # Russian rows first: a longer Russian
        return [r for r in ru if r not in en] + en         # break beats the English plain comma
    if isinstance(en, dict) and isinstance(ru, dict):
        out = dict(en)
        for k, v in ru.items():
            out[k] = _join(en[k], v) if k in en else v
        return out
    if isinstance(en, str) and isinstance(ru, str) and not en.startswith("_"):
        return f"(?:{en})|(?:{ru})"
    return en


def load_tables(name: str) -> dict:
    """`data/<name>.json` with `data/<name>.ru.json` joined in (see `_join`)."""
    folder = resources.files("extractor.data")
    data = json.loads(folder.joinpath(f"{name}.json").read_text("utf-8"))
    ru = folder.joinpath(f"{name}.ru.json")
    if ru.is_file():
        data = _join(data, {k: v for k, v in json.loads(ru.read_text("utf-8")).items()
                            if not k.startswith("_")})
    return data


def ru_rows(name: str) -> dict:
    """The Russian table alone (for tests that exercise each Russian row)."""
    ru = resources.files("extractor.data").joinpath(f"{name}.ru.json")
    return json.loads(ru.read_text("utf-8")) if ru.is_file() else {}


_PATTERNS: dict[str, regex.Pattern] = {}


def pattern(key: str) -> regex.Pattern:
    """One pattern of data/patterns.json, English and Russian joined, compiled case-insensitively
    (the words around a number that frames.py, attach.py and tables.py read).

    >>> bool(pattern("sign_after").match(" less than")), bool(pattern("sign_after").match(" меньше, чем"))
    (True, True)
    """
    if not _PATTERNS:
        _PATTERNS.update({k: compiled(v, regex.I) for k, v in load_tables("patterns").items()
                          if not k.startswith("_")})
    return _PATTERNS[key]
