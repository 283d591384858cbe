"""Builds the Russian entity pattern files beside the English ones (same ids, same labels):

- countries.ru.jsonl: pycountry's Russian names (its ISO 3166 gettext catalog) and the hand
  aliases of aliases.ru.json, each in the six cases ('Узбекистан', 'Узбекистана', 'Узбекистаном');
- regions_kz.ru.jsonl: Kazakhstan's regions and cities of aliases.ru.json, declined the same way;
- groups.ru.jsonl: the country groups of aliases.ru.json as printed (they are phrases, not names);
- exclusions.ru.jsonl: phrases that hold a name but name no country ('долл. США' is a currency).

    python extractor/data/build_patterns_ru.py
"""
from __future__ import annotations

import gettext
import json
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent
SKIP = {"ATA", "UMI", "ATF", "BVT", "HMD", "IOT", "SGS"}   # no migration from there
# Endings of the six cases (nominative, genitive, dative, accusative, instrumental, prepositional).
NOUN = [("ия", ["ия", "ии", "ии", "ию", "ией", "ии"]), ("ья", ["ья", "ьи", "ье", "ью", "ьей", "ье"]),
        ("ка", ["ка", "ки", "ке", "ку", "кой", "ке"]), ("а", ["а", "ы", "е", "у", "ой", "е"]),
        ("я", ["я", "и", "е", "ю", "ей", "е"]), ("й", ["й", "я", "ю", "й", "ем", "е"]),
        ("ь", ["ь", "и", "и", "ь", "ью", "и"])]
ADJ = [("ская", ["ская", "ской", "ской", "скую", "ской", "ской"]), ("ая", ["ая", "ой", "ой", "ую", "ой", "ой"])]
INDECLINABLE_ENDS = ("ы", "и", "о", "у", "е", "ю")


def cases(word: str, adjective: bool = False) -> list[str]:
    """The six case forms of one word (the word six times where it does not decline).

    >>> cases("Узбекистан")[1], cases("Россия")[4], cases("Алматинская", True)[1]
    ('Узбекистана', 'Россией', 'Алматинской')
    """
    for end, forms in (ADJ if adjective else NOUN):
        if word.endswith(end):
            return [word[: len(word) - len(end)] + f for f in forms]
    if adjective or word.endswith(INDECLINABLE_ENDS) or not word[-1:].isalpha() or word.isupper():
        return [word] * 6
    return [word + f for f in ["", "а", "у", "", "ом", "е"]]


def declined(name: str) -> set[str]:
    """Every case of a name: an adjective and its noun decline together ('Российская Федерация'),
    else only the head word ('Республика Корея', 'область Абай')."""
    words = name.split(" ")
    if len(words) >= 2 and words[0].endswith(("ая", "ское")):
        firsts, seconds = cases(words[0], True), cases(words[1])
        return {" ".join([a, b, *words[2:]]) for a, b in zip(firsts, seconds)}
    return {" ".join([w, *words[1:]]) for w in cases(words[0])}


def rows(code: str, label: str, names: list[str], decline: bool = True) -> list[dict]:
    forms = sorted({f for n in names for f in (declined(n) if decline else {n})})
    return [{"id": code, "label": label, "pattern": f} for f in forms]


def write(name: str, items: list[dict]) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in items]
    (HERE / name).write_text("\n".join(sorted(set(lines))) + "\n", encoding="utf-8")


def main() -> None:
    aliases = json.loads((HERE / "aliases.ru.json").read_text("utf-8"))
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    countries = []
    for c in pycountry.countries:
        if c.alpha_3 in SKIP:
            continue
        names = {ru.gettext(c.name)} | {ru.gettext(c.official_name)} if hasattr(c, "official_name") else {ru.gettext(c.name)}
        names = {n for n in names if any("а" <= ch.lower() <= "я" for ch in n)}
        names |= set(aliases["countries"].get(c.alpha_3, []))
        countries += rows(c.alpha_3, "COUNTRY", sorted(names))
    write("countries.ru.jsonl", countries)
    write("regions_kz.ru.jsonl", [r for code, names in aliases["regions"].items()
                                  for r in rows(code, "REGION", names)])
    write("groups.ru.jsonl", [r for code, names in aliases["groups"].items()
                              for r in rows(code, "GROUP", names, decline=False)])
    write("exclusions.ru.jsonl", rows("none", "NOT", aliases.get("not_entities", []), decline=False))


if __name__ == "__main__":
    main()
