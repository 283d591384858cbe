"""Find countries, Kazakhstan's regions and country groups in text.

The only module that imports spaCy. A blank English pipeline and an EntityRuler read the
pattern files in `data/` (built by `python -m extractor.data.build_patterns`); the ruler keeps
the longest match, so "Republic of Korea" is one KOR and "non-CIS countries" one non-CIS.
Spans matched by `data/exclusions.jsonl` ("US dollars") are dropped.

spaCy builds the ruler once: its tokenizer rules and the patterns' tokens are exported as
plain data and cached (`entity_table.py`), and later starts match with that data without
importing spaCy, which would cost more than reading a small report.

One rule is code, not a pattern: in a coordinated plural ("Almaty and Mangystau regions", "the
regions of Almaty and Abay") every listed name reads as a region, so the bare "Almaty" there is
KZ-19, not the city (KZ-75).
"""
from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

import pycountry
import regex

from .entity_table import TABLE_FORMAT, EntityTable, load_or_build
from .types import Entity
from .regexes import compiled

DATA = Path(__file__).resolve().parent / "data"
PATTERN_FILES = ("countries.jsonl", "regions_kz.jsonl", "groups.jsonl", "exclusions.jsonl",
                 "countries.ru.jsonl", "regions_kz.ru.jsonl", "groups.ru.jsonl",    # Russian: build_patterns_ru.py
                 "exclusions.ru.jsonl")
EXCLUDED = "NOT"
REGION = "REGION"
COUNTRY = "COUNTRY"
SUPERSCRIPTS = r"[\u00b9\u00b2\u00b3\u2070-\u209f]+"
# Invisible characters a PDF may leave inside a word: soft hyphen, zero-width space and joiners.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060"))

# Between two names of a coordinated list: ", ", " and ", ", and ", " & ".
LIST_SEPARATOR = compiled(r"""
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
    """The spaCy pipeline the matcher is exported from (about a second to build); matching
    itself uses `_table()`."""
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
    >>> find_entities("Almaty\\ncity")[0].id   # a line break or double space inside a name
    'KZ-75'
    """
    return list(_entities_of(text, _table()))


@lru_cache(maxsize=4096)
def _entities_of(text: str, table: EntityTable) -> tuple[Entity, ...]:
    """find_entities, once per text and matcher table (a rebuilt table reads afresh): a
    paragraph is asked for again for its demonyms and its table rows."""
    return tuple(read_coordinated_regions(text, _match(text)))


def find_entities_many(texts: Iterable[str]) -> list[list[Entity]]:
    """`find_entities` for each of `texts`, in the same order."""
    return [find_entities(text) for text in texts]


@cache
def _table() -> EntityTable:
    """The matcher as plain data: from the cache, else exported from `_nlp()` and cached."""
    return load_or_build(_table_key(), _export_table, EntityTable)


def _table_key() -> str:
    """What the exported table depends on: the pattern files, spaCy's version, the code that
    sets up the tokenizer and reads the table, and the table's format."""
    h = hashlib.sha256(f"format {TABLE_FORMAT} spacy {_spacy_version()}\n".encode())
    here = Path(__file__).resolve().parent
    for path in [DATA / name for name in PATTERN_FILES] + [here / "entities.py",
                                                            here / "entity_table.py"]:
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _spacy_version() -> str:
    """spaCy's version without importing spaCy (its `about.py`, else the package metadata)."""
    from importlib.util import find_spec

    spec = find_spec("spacy")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        about = Path(folder) / "about.py"
        if about.exists():
            found = regex.search(r"^__version__\s*=\s*[\"']([^\"']+)", about.read_text("utf-8"),
                                 regex.M)
            if found:
                return found.group(1)
    from importlib.metadata import version

    return version("spacy")


def _export_table() -> dict:
    """The tokenizer's settings and the ruler's patterns of `_nlp()`, as JSON-ready data."""
    from spacy.attrs import ORTH

    nlp = _nlp()
    tok = nlp.tokenizer

    def source(method, name: str):
        if method is None:
            return None
        if getattr(method, "__name__", "") != name or not hasattr(method.__self__, "pattern"):
            raise TypeError(f"tokenizer: expected a compiled expression's .{name}, got {method!r}")
        return [method.__self__.pattern, method.__self__.flags]

    data = {
        "format": TABLE_FORMAT,
        "prefix": source(tok.prefix_search, "search"),
        "suffix": source(tok.suffix_search, "search"),
        "infix": source(tok.infix_finditer, "finditer"),
        "url": source(tok.url_match, "match"),
        "token_match": source(tok.token_match, "match"),
        "rules": {chunk: [t[ORTH] for t in subs] for chunk, subs in sorted(tok.rules.items())},
        "special_patterns": [],
        "phrases": [],
    }
    # The special cases spaCy also looks for after affix splitting (Tokenizer.add_special_case
    # with faster_heuristics): those with an affix, an infix or a space, as their tokens
    # without special cases.
    table = EntityTable(data)
    data["special_patterns"] = [[orth for _, orth in table.tokens(chunk, with_special_cases=False)]
                                for chunk in data["rules"] if table.splits(chunk)]
    ruler = nlp.get_pipe("entity_ruler")
    data["phrases"] = [[[t.lower_ for t in nlp.make_doc(p["pattern"])], p["label"], p.get("id", "")]
                       for p in ruler.patterns]
    return data


def _match(text: str) -> list[Entity]:
    """The ruler's matches, whitespace runs and line breaks inside a name ignored.

    The ruler sees the tokens without whitespace tokens ("Almaty\\ncity", "Almaty  city" read
    as "Almaty city"); offsets are mapped back to `text`.
    """
    table = _table()
    tokens = [(i, t) for i, t in table.tokens(text) if not t.isspace()]
    words = [_normal(t).lower() for _, t in tokens]
    found = []
    for first, end, label, ent_id in table.match(words):
        start, (last_at, last) = tokens[first][0], tokens[end - 1]
        end_at = last_at + len(last)
        matched = " ".join(_normal(t) for _, t in tokens[first:end])   # as spaCy's span.text
        if label == EXCLUDED or _common_noun(label, matched):
            continue
        found.append(Entity(start, end_at, text[start:end_at], label, ent_id))
    return found


def _match_with_spacy(text: str) -> list[Entity]:
    """`_match` through spaCy itself: the reference `tests/test_entity_table.py` compares with."""
    from spacy.tokens import Doc

    nlp = _nlp()
    tokens = [t for t in nlp.tokenizer(text) if not t.is_space]
    words = [_normal(t.text) for t in tokens]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * len(tokens))
    found = []
    for span in nlp.get_pipe("entity_ruler")(doc).ents:
        if span.label_ == EXCLUDED or _common_noun(span.label_, span.text):
            continue
        start, last = tokens[span.start], tokens[span.end - 1]
        end = last.idx + len(last)
        found.append(Entity(start.idx, end, text[start.idx:end], span.label_, span.ent_id_))
    return found


def _common_noun(label: str, matched: str) -> bool:
    """A country name is a proper noun: "turkey", "china" or "chad" in lower case is not one.

    Regions and groups may be lower case ("the capital").
    """
    return label == COUNTRY and matched.islower()


def _normal(word: str) -> str:
    r"""A token as the patterns spell it: composed accents, no invisible characters.

    >>> _normal("Tu\u0308rki\u00adye")
    'Türkiye'
    """
    return unicodedata.normalize("NFC", word.translate(INVISIBLE)) or word


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
    return left.label == REGION and is_list_separator(text[left.end:right.start])


def is_list_separator(gap: str) -> bool:
    r"""Whether `gap` joins two names of a list.

    >>> [is_list_separator(g) for g in (", ", " and ", ", and\n", " & ", " (5%) and ")]
    [True, True, True, True, False]
    """
    return LIST_SEPARATOR.match(gap) is not None


def _as_region(entity: Entity) -> str:
    """The id `entity`'s name has when followed by "region" (its own id if none)."""
    return _region_reading(entity.text) or entity.id


@lru_cache(maxsize=256)
def _region_reading(name: str) -> str | None:
    phrase = f"{name} region"
    whole = [e for e in _match(phrase) if e.start == 0 and e.end == len(phrase)]
    return whole[0].id if whole and whole[0].label == REGION else None


# --- display names ------------------------------------------------------------------------------

def country_name(code: str) -> str:
    """English name of an ISO 3166-1 alpha-3 code, for writers and the review page.

    >>> country_name("TUR"), country_name("KOR"), country_name("IRN")
    ('Türkiye', 'Republic of Korea', 'Iran')
    """
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
