"""Find countries, Kazakhstan's regions and country groups in text.

The only module that imports spaCy. A blank English pipeline and an EntityRuler read the
pattern files in `data/` (built by `python -m extractor.data.build_patterns`); the ruler keeps
the longest match, so "Republic of Korea" is one KOR and "non-CIS countries" one non-CIS.
Spans matched by `data/exclusions.jsonl` ("US dollars") are dropped.

One rule is code, not a pattern: in a coordinated plural ("Almaty and Mangystau regions") every
name before the plural word reads as a region, so the bare "Almaty" there is KZ-19, not the city.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

import regex

from .types import Entity

DATA = Path(__file__).resolve().parent / "data"
PATTERN_FILES = ("countries.jsonl", "regions_kz.jsonl", "groups.jsonl", "exclusions.jsonl")
EXCLUDED = "NOT"
REGION = "REGION"
BATCH_SIZE = 64
SUPERSCRIPTS = r"[\u00b9\u00b2\u00b3\u2070-\u209f]+"

# Between two names of a coordinated list: ", ", " and ", ", and ", " & ".
LIST_SEPARATOR = regex.compile(r"""
    ^\s*
    (?: ,\s*(?:and|&)?      # a comma, perhaps followed by "and"
      | (?:and|&)           # or "and" alone
    )\s*$
    """, regex.VERBOSE | regex.IGNORECASE)


@cache
def _aliases() -> dict:
    return json.loads((DATA / "aliases.json").read_text(encoding="utf-8"))


def _read_patterns(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@cache
def _nlp():
    """The matcher pipeline, built on first use (about a second)."""
    import spacy
    from spacy.util import compile_infix_regex, compile_suffix_regex

    nlp = spacy.blank("en")
    # "Uzbekistan(42.5%)": split brackets glued to a word, as in text typeset without a space.
    infixes = list(nlp.Defaults.infixes) + [r"[()\[\]]"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "regions.⁸": a footnote marker left in the text must not hide the word before it.
    suffixes = list(nlp.Defaults.suffixes) + [SUPERSCRIPTS]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns([p for name in PATTERN_FILES for p in _read_patterns(name)])
    return nlp


def find_entities(text: str) -> list[Entity]:
    """Countries, Kazakhstan regions and groups named in `text`, in order of appearance.

    >>> [(e.text, e.label, e.id) for e in find_entities(
    ...     "Migrants from the Republic of Türkiye and non-CIS countries came to Almaty.")]
    [('Republic of Türkiye', 'COUNTRY', 'TUR'), ('non-CIS countries', 'GROUP', 'non-CIS'),
     ('Almaty', 'REGION', 'KZ-75')]
    >>> [e.id for e in find_entities("in Almaty and Mangystau regions")]
    ['KZ-19', 'KZ-47']
    """
    return _entities_of(_nlp()(text))


def find_entities_many(texts: Iterable[str]) -> list[list[Entity]]:
    """`find_entities` for many texts at once (one `nlp.pipe` pass), in the same order."""
    return [_entities_of(doc) for doc in _nlp().pipe(texts, batch_size=BATCH_SIZE)]


def _entities_of(doc) -> list[Entity]:
    found = [Entity(s.start_char, s.end_char, s.text, s.label_, s.ent_id_)
             for s in doc.ents if s.label_ != EXCLUDED]
    return read_coordinated_regions(doc.text, found)


def read_coordinated_regions(text: str, entities: list[Entity]) -> list[Entity]:
    """Re-read bare names listed with a plural region word as regions.

    "Almaty, Abay and Zhambyl regions", "the regions of Almaty and Abay": "Almaty" alone means
    the city, but here it is the region; each name is re-read as "<name> region".
    """
    out = list(entities)
    for first, last in _coordinated_lists(text, out):
        for i in range(first, last + 1):
            out[i] = Entity(out[i].start, out[i].end, out[i].text, REGION, _as_region(out[i]))
    return out


def _coordinated_lists(text: str, entities: list[Entity]):
    """(first, last) index pairs of region lists governed by a plural word."""
    i = 0
    while i < len(entities):
        j = i
        while j + 1 < len(entities) and _listed_before(text, entities[j], entities[j + 1]):
            j += 1
        if j > i and _ends_in_plural(entities[j]):
            yield i, j - 1
        elif j > i and _plural_before(text, entities[i]):
            yield i, j
        i = j + 1


def _plural_before(text: str, entity: Entity) -> bool:
    words = text[:entity.start].lower().split()[-2:]
    return len(words) == 2 and words[1] == "of" and words[0] in _aliases()["plural_words"]


def _ends_in_plural(entity: Entity) -> bool:
    words = entity.text.lower().split()
    return entity.label == REGION and len(words) > 1 and words[-1] in _aliases()["plural_words"]


def _listed_before(text: str, left: Entity, right: Entity) -> bool:
    return left.label == REGION and bool(LIST_SEPARATOR.match(text[left.end:right.start]))


def _as_region(entity: Entity) -> str:
    """The id `entity`'s name has when followed by "region" (its own id if none)."""
    return _region_reading(entity.text) or entity.id


@lru_cache(maxsize=256)
def _region_reading(name: str) -> str | None:
    phrase = f"{name} region"
    whole = [s for s in _nlp()(phrase).ents if s.start_char == 0 and s.end_char == len(phrase)]
    return whole[0].ent_id_ if whole and whole[0].label_ == REGION else None


# --- display names ------------------------------------------------------------------------------

def country_name(code: str) -> str:
    """English name of an ISO 3166-1 alpha-3 code, for writers and the review page.

    >>> country_name("TUR"), country_name("KOR"), country_name("IRN")
    ('Türkiye', 'Republic of Korea', 'Iran')
    """
    import pycountry

    display = _aliases()["countries"].get(code, {}).get("display")
    country = pycountry.countries.get(alpha_3=code)
    if display:
        return display
    if country is None:
        raise KeyError(f"{code!r} is not an ISO 3166-1 alpha-3 country code")
    return getattr(country, "common_name", None) or country.name


def region_name(code: str) -> str:
    """English name of a Kazakhstan ISO 3166-2 code.

    >>> region_name("KZ-75"), region_name("KZ-19"), region_name("KZ-47")
    ('Almaty city', 'Almaty region', 'Mangystau region')
    """
    try:
        return _aliases()["regions"][code]["display"]
    except KeyError:
        raise KeyError(f"{code!r} is not an ISO 3166-2 code of a Kazakhstan region") from None
