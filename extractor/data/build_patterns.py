"""Write the EntityRuler pattern files from pycountry and the hand-kept `aliases.json`.

Run `python -m extractor.data.build_patterns` after editing `aliases.json` or upgrading
pycountry; `tests/test_entities.py` fails while the committed files differ from what this
builds. Output is sorted and deduplicated, so a rebuild without a change is a no-op.

Every name is written out in all the spellings the matcher should accept (dashes, apostrophes,
accents), because the matcher compares lowercased tokens and nothing more.
"""
from __future__ import annotations

import itertools
import json
import unicodedata
from pathlib import Path

import pycountry
from pydantic import BaseModel, ConfigDict, Field

DATA = Path(__file__).resolve().parent
ALIASES = DATA / "aliases.json"
KAZAKHSTAN = "KZ"

# A "-" in a name stands for any of these, or for none ("West-Kazakhstan", "West Kazakhstan").
DASHES = ("-", "\u2010", "\u2011", "\u2013", "\u2014", " ")
APOSTROPHES = ("'", "\u2019")
# pycountry's Kazakh region names end in this word ("Mangghystaū oblysy").
PYCOUNTRY_REGION_WORD = " oblysy"


class NameSet(BaseModel):
    """One entry of aliases.json: the names of one country, region or group."""
    model_config = ConfigDict(extra="forbid")

    names: list[str] = []        # match alone or with a word
    qualified: list[str] = []    # match only with a word ("Almaty region")
    phrases: list[str] = []      # match exactly as written
    words: str | None = None     # key into Aliases.words
    display: str | None = None   # English display name


class Aliases(BaseModel):
    model_config = ConfigDict(extra="forbid")

    about: str = Field("", alias="_about")
    words: dict[str, list[str]]
    plural_words: list[str]
    countries: dict[str, NameSet]
    regions: dict[str, NameSet]
    groups: dict[str, NameSet]
    not_entities: list[str]


def load_aliases(path: Path = ALIASES) -> Aliases:
    """The validated alias file."""
    return Aliases.model_validate_json(path.read_text(encoding="utf-8"))


# --- spelling variants ------------------------------------------------------------------------

def strip_accents(name: str) -> str:
    """`name` without combining accents.

    >>> strip_accents("Aqtöbe Atyraū Türkiye")
    'Aqtobe Atyrau Turkiye'
    """
    decomposed = unicodedata.normalize("NFKD", name)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept)


def spellings(name: str) -> set[str]:
    """Every way `name` may be printed: each dash kind or none, each apostrophe, with and
    without accents. Whitespace is collapsed.

    >>> sorted(spellings("Nur-Sultan"))[:3]
    ['Nur Sultan', 'Nur-Sultan', 'Nur\u2010Sultan']
    >>> len(spellings("Türkiye"))
    2
    """
    parts = name.split("-")
    joined = {"".join(p) for p in _interleave(parts, DASHES)}
    out = set()
    for text in joined:
        for apostrophe in APOSTROPHES:
            text_a = text.replace("'", apostrophe)
            for variant in (text_a, strip_accents(text_a)):
                out.add(" ".join(variant.split()))
    return out


def _interleave(parts: list[str], separators: tuple[str, ...]):
    """Each way of joining `parts` with one of `separators` between neighbours."""
    for chosen in itertools.product(separators, repeat=len(parts) - 1):
        yield [p for pair in itertools.zip_longest(parts, chosen, fillvalue="") for p in pair]


def with_words(names: list[str], words: list[str]) -> list[str]:
    """`names` followed by each word, and each singular word followed by "of" and the name.

    >>> with_words(["Abay"], ["region", "regions"])
    ['Abay region', 'region of Abay', 'Abay regions']
    """
    out = []
    for name in names:
        for word in words:
            out.append(f"{name} {word}")
            if not word.endswith("s"):
                out.append(f"{word} of {name}")
    return out


# --- names from pycountry ---------------------------------------------------------------------

def uninvert(name: str) -> str | None:
    """pycountry's "Korea, Republic of" read the way it is printed, or None if not inverted.

    >>> uninvert("Korea, Republic of")
    'Republic of Korea'
    >>> uninvert("Congo, The Democratic Republic of the")
    'The Democratic Republic of the Congo'
    >>> uninvert("Bonaire, Sint Eustatius and Saba") is None
    True
    """
    head, sep, tail = name.partition(", ")
    if sep and (tail.endswith(" of") or tail.endswith(" of the")):
        return f"{tail} {head}"
    return None


def drop_article(name: str) -> str:
    """A name without its leading "the" (the text's own "the" stays outside the match).

    >>> drop_article("the State of Palestine")
    'State of Palestine'
    """
    return name[4:] if name.lower().startswith("the ") else name


def drop_parenthetical(name: str) -> str:
    """ "Saint Martin (French part)" -> "Saint Martin"."""
    return name.split(" (")[0] if name.endswith(")") else name


def pycountry_country_names(country) -> list[str]:
    """The printed forms of one pycountry country's name, official and common names."""
    raw = [getattr(country, key, None) for key in ("name", "official_name", "common_name")]
    out = []
    for name in filter(None, raw):
        name = uninvert(name) or name
        out += [drop_article(name), drop_article(drop_parenthetical(name))]
    return out


def pycountry_region_names(code: str) -> list[str]:
    """pycountry's name of a Kazakhstan subdivision and its base without "oblysy"."""
    name = pycountry.subdivisions.get(code=code).name
    base = name[: -len(PYCOUNTRY_REGION_WORD)] if name.endswith(PYCOUNTRY_REGION_WORD) else name
    return [name, base]


# --- patterns -----------------------------------------------------------------------------------

def country_names(aliases: Aliases) -> dict[str, list[str]]:
    """ISO alpha-3 -> every name of that country, pycountry's first."""
    out = {}
    for country in pycountry.countries:
        extra = aliases.countries.get(country.alpha_3, NameSet()).names
        out[country.alpha_3] = pycountry_country_names(country) + extra
    unknown = set(aliases.countries) - set(out)
    if unknown:
        raise ValueError(f"{ALIASES.name}: not ISO 3166-1 alpha-3 codes: {sorted(unknown)}")
    return out


def entry_names(entry: NameSet, aliases: Aliases) -> list[str]:
    """All names of a region or group entry, words attached where the entry has them."""
    words = aliases.words[entry.words] if entry.words else []
    return entry.names + with_words(entry.names + entry.qualified, words) + entry.phrases


def region_names(aliases: Aliases) -> dict[str, list[str]]:
    """ISO 3166-2 code -> every name of that Kazakhstan region or city.

    pycountry's base name is used alone only where no other entry claims it alone: "Almaty"
    alone is the city (KZ-75), the region (KZ-19) needs its word.
    """
    codes = sorted(s.code for s in pycountry.subdivisions.get(country_code=KAZAKHSTAN))
    missing = set(codes) ^ set(aliases.regions)
    if missing:
        raise ValueError(f"{ALIASES.name}: regions and pycountry disagree on {sorted(missing)}")
    bare = {n.lower() for e in aliases.regions.values() for n in e.names}
    out = {}
    for code in codes:
        entry = aliases.regions[code]
        full, base = pycountry_region_names(code)
        taken = base.lower() in bare and base not in entry.names
        merged = entry.model_copy(update={
            "names": entry.names + ([] if taken else [base]),
            "qualified": entry.qualified + ([base] if taken else []),
            "phrases": entry.phrases + [full],
        })
        out[code] = entry_names(merged, aliases)
    return out


def group_names(aliases: Aliases) -> dict[str, list[str]]:
    """Group code -> every name of that group."""
    return {code: entry_names(entry, aliases) for code, entry in aliases.groups.items()}


def patterns_for(label: str, names_by_id: dict[str, list[str]]) -> list[dict]:
    """EntityRuler phrase patterns, one per spelling, sorted and without case duplicates."""
    seen: dict[str, dict] = {}
    for ident, names in names_by_id.items():
        for name in names:
            for spelling in spellings(name):
                key = spelling.lower()
                if key in seen and seen[key]["id"] != ident:
                    raise ValueError(f"{spelling!r} is both {seen[key]['id']} and {ident}")
                seen.setdefault(key, {"label": label, "pattern": spelling, "id": ident})
    return sorted(seen.values(), key=lambda p: (p["id"], p["pattern"].lower(), p["pattern"]))


def build_patterns(aliases: Aliases | None = None) -> dict[str, list[dict]]:
    """File name -> its patterns. The same input always gives the same output."""
    aliases = aliases or load_aliases()
    files = {
        "countries.jsonl": patterns_for("COUNTRY", country_names(aliases)),
        "regions_kz.jsonl": patterns_for("REGION", region_names(aliases)),
        "groups.jsonl": patterns_for("GROUP", group_names(aliases)),
        "exclusions.jsonl": patterns_for("NOT", {"none": aliases.not_entities}),
    }
    check_no_clashes(files)
    return files


def check_no_clashes(files: dict[str, list[dict]]) -> None:
    """Fail when one spelling is given two meanings across files."""
    seen: dict[str, str] = {}
    for patterns in files.values():
        for p in patterns:
            key, meaning = p["pattern"].lower(), f"{p['label']} {p['id']}"
            if seen.setdefault(key, meaning) != meaning:
                raise ValueError(f"{p['pattern']!r} is both {seen[key]} and {meaning}")


def render(patterns: list[dict]) -> str:
    """JSONL text of `patterns`, one per line."""
    return "".join(json.dumps(p, ensure_ascii=False, sort_keys=True) + "\n" for p in patterns)


def main() -> None:
    for name, patterns in build_patterns().items():
        (DATA / name).write_text(render(patterns), encoding="utf-8")
        print(f"{name}: {len(patterns)} patterns")


if __name__ == "__main__":
    main()
