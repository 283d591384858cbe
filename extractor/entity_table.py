"""The entity matcher as plain data, and the cache that keeps it between runs.

Importing spaCy takes about half a second and building the EntityRuler's 1,800 patterns
another third, on every start, while reading a small report takes a quarter of a second. So
`entities.py` builds the ruler with spaCy once, exports what matching needs as plain data (the
tokenizer's prefix, suffix, infix and URL expressions and its special cases, and each pattern as
its tuple of lower-case tokens) and this module matches with that data alone, in pure Python,
token for token as spaCy would (`tests/test_entities.py` compares the two on every sample and
on random text). The data is cached as JSON, keyed by the pattern files and spaCy's version.

The cache folder is `$MTM_EXTRACT_CACHE`, else `$XDG_CACHE_HOME/mtm-extract`, else
`~/.cache/mtm-extract`. A file is written under a temporary name and renamed, so two processes
that start at once both end with a whole file; a file that cannot be read is rebuilt; a folder
that cannot be written costs a build in memory on every start, nothing else.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")
CACHE_ENV = "MTM_EXTRACT_CACHE"
TABLE_FORMAT = 1          # bump when the exported data or its reading changes
WHITESPACE_RUNS = re.compile(r"\s+|\S+")   # `\s` is exactly str.isspace, as spaCy splits


def cache_dir() -> Path:
    """Where the matcher is cached: $MTM_EXTRACT_CACHE, $XDG_CACHE_HOME/mtm-extract or
    ~/.cache/mtm-extract."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mtm-extract"


def load_or_build(key: str, build: Callable[[], dict], read: Callable[[dict], T] = dict) -> T:
    """`read` of the data cached under `key`; else of `build()`, which is then cached (when the
    folder allows). A cached file that `read` refuses is built again."""
    path = cache_dir() / f"entities-{key[:32]}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("key") == key:
            return read(data)
    except (OSError, ValueError, LookupError, TypeError, re.error):
        pass                       # missing, unreadable or damaged: build it again
    data = dict(build(), key=key)
    # a read-only cache folder keeps the table in memory only
    write_cache_file(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    return read(data)


# Cache files of other versions (each code or data change, each upgrade writes its own) kept
# beside a new one: the most recent ones, so that switching between a few versions stays fast
# while the folder does not grow with every version ever run.
KEEP_VERSIONS = 3


def write_cache_file(path: Path, payload: bytes) -> bool:
    """Write a cache file atomically (a concurrent reader sees the old file or this one), then
    remove files of the same kind left by older versions beyond the KEEP_VERSIONS most recent;
    False when the folder does not allow it (the caller then works from memory)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return False
    _prune_versions(path)
    return True


def _prune_versions(path: Path) -> None:
    """Remove the oldest files of `path`'s kind ("regexes-<key>.pickle", "entities-<key>.json")
    beyond the KEEP_VERSIONS most recent, `path` always kept; a file another process removes or
    holds first is no error (that process then simply rebuilds its own)."""
    kind = path.name.split("-", 1)[0]
    others = []
    for other in path.parent.glob(f"{kind}-*{path.suffix}"):
        try:
            if other != path:
                others.append((other.stat().st_mtime, other.name, other))
        except OSError:
            pass
    for _, _, old in sorted(others, reverse=True)[KEEP_VERSIONS - 1:]:
        try:
            old.unlink()
        except OSError:
            pass


def _compiled(source) -> re.Pattern | None:
    return re.compile(source[0], source[1]) if source else None


class EntityTable:
    """spaCy's tokenizer and an EntityRuler of phrase patterns (attribute LOWER), in Python.

    The tokenizer follows `spacy/tokenizer.pyx` (`_tokenize_affixes`, `_split_affixes`,
    `_attach_tokens`, `_apply_special_cases`) step for step; the ruler keeps the longest match,
    the first of equally long ones, as `EntityRuler.match` and `set_annotations` do.
    """

    def __init__(self, data: dict) -> None:
        self.prefix = _compiled(data["prefix"])
        self.suffix = _compiled(data["suffix"])
        self.infix = _compiled(data["infix"])
        self.url = _compiled(data["url"])
        self.token_match = _compiled(data["token_match"])
        self.rules: dict[str, list[str]] = data["rules"]
        self.specials: dict[str, list[tuple[str, ...]]] = {}   # first token -> patterns
        for tokens in data["special_patterns"]:
            self.specials.setdefault(tokens[0], []).append(tuple(tokens))
        self.phrases: dict[tuple[str, ...], tuple[str, str]] = {
            tuple(tokens): (label, ent_id) for tokens, label, ent_id in data["phrases"]}
        lengths: dict[str, set[int]] = {}
        for tokens in self.phrases:
            lengths.setdefault(tokens[0], set()).add(len(tokens))
        self.lengths = {first: sorted(ns) for first, ns in lengths.items()}
        self._memo: dict[str, list[str]] = {}

    # --- the tokenizer -------------------------------------------------------------------

    def tokens(self, text: str, with_special_cases: bool = True) -> list[tuple[int, str]]:
        """(offset, text) of every token, whitespace tokens included, as spaCy's tokenizer."""
        out: list[tuple[int, str]] = []
        for run in WHITESPACE_RUNS.finditer(text):
            start, end = run.span()
            if start > 0 and text[start] == " ":
                start += 1         # one space after a word is the word's trailing space
            if start < end:
                offset = start
                span = text[start:end]
                for orth in self._span(span) if with_special_cases else self.split(span, False):
                    out.append((offset, orth))
                    offset += len(orth)
        if with_special_cases and self.specials:
            out = self._apply_special_cases(text, out)
        return out

    def _span(self, span: str) -> list[str]:
        if span in self.rules:
            return self.rules[span]
        found = self._memo.get(span)
        if found is None:
            found = self.split(span, True)
            if len(self._memo) < 100_000:
                self._memo[span] = found
        return found

    def split(self, span: str, with_special_cases: bool) -> list[str]:
        """One whitespace-free (or whitespace-only) span as tokens."""
        if with_special_cases and span in self.rules:
            return list(self.rules[span])
        prefixes: list[str] = []
        suffixes: list[str] = []
        middle = self._split_affixes(span, prefixes, suffixes, with_special_cases)
        return prefixes + self._attach(middle, with_special_cases) + suffixes[::-1]

    def splits(self, chunk: str) -> bool:
        """Whether a special case has a prefix, suffix, infix or space (spaCy then also looks
        for it after splitting, `Tokenizer.add_special_case` with `faster_heuristics`)."""
        return bool(self._find_prefix(chunk) or self._find_suffix(chunk) or " " in chunk
                    or (self.infix and self.infix.search(chunk)))

    def _find_prefix(self, string: str) -> int:
        match = self.prefix.search(string) if self.prefix else None
        return match.end() - match.start() if match else 0

    def _find_suffix(self, string: str) -> int:
        match = self.suffix.search(string) if self.suffix else None
        return match.end() - match.start() if match else 0

    def _split_affixes(self, string: str, prefixes: list[str], suffixes: list[str],
                       special: bool) -> str:
        last_size = 0
        while string and len(string) != last_size:
            if self.token_match and self.token_match.match(string):
                break
            if special and string in self.rules:
                break
            last_size = len(string)
            pre_len = self._find_prefix(string)
            if pre_len:
                prefix, minus_pre = string[:pre_len], string[pre_len:]
                if minus_pre and special and minus_pre in self.rules:
                    prefixes.append(prefix)
                    return minus_pre
            suf_len = self._find_suffix(string[pre_len:])
            if suf_len:
                suffix, minus_suf = string[-suf_len:], string[:-suf_len]
                if minus_suf and special and minus_suf in self.rules:
                    suffixes.append(suffix)
                    return minus_suf
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        return string

    def _attach(self, string: str, special: bool) -> list[str]:
        if not string:
            return []
        if special and string in self.rules:
            return list(self.rules[string])
        if (self.token_match and self.token_match.match(string)) or (
                self.url and self.url.match(string)):
            return [string]
        out = []
        start = 0
        for match in (self.infix.finditer(string) if self.infix else ()):
            infix_start, infix_end = match.span()
            if infix_start == 0:           # an infix at the very start is not split off
                continue
            if infix_start != start:
                out.append(string[start:infix_start])
            if infix_start != infix_end:
                out.append(string[infix_start:infix_end])
            start = infix_end
        if string[start:]:
            out.append(string[start:])
        return out

    def _apply_special_cases(self, text: str, tokens: list[tuple[int, str]]
                             ) -> list[tuple[int, str]]:
        """Special cases that affix splitting took apart ("U.S." inside brackets), put back."""
        orths = [orth for _, orth in tokens]
        found = []
        for i, orth in enumerate(orths):
            for pattern in self.specials.get(orth, ()):
                if tuple(orths[i:i + len(pattern)]) == pattern:
                    found.append((i, i + len(pattern)))
        if not found:
            return tokens
        found.sort(key=lambda s: (s[1] - s[0], -s[0]), reverse=True)
        seen: set[int] = set()
        kept = []
        for start, end in found:
            if start not in seen and end - 1 not in seen:
                kept.append((start, end))
            seen.update(range(start, end))
        by_start = {start: end for start, end in kept}
        out = []
        i = 0
        while i < len(tokens):
            end = by_start.get(i)
            if end is None:
                out.append(tokens[i])
                i += 1
                continue
            first, (last_at, last) = tokens[i][0], tokens[end - 1]
            rule = self.rules.get(text[first:last_at + len(last)])
            if rule is None:
                out.extend(tokens[i:end])
            else:
                offset = first
                for orth in rule:
                    out.append((offset, orth))
                    offset += len(orth)
            i = end
        return out

    # --- the ruler -------------------------------------------------------------------------

    def match(self, words: list[str]) -> list[tuple[int, int, str, str]]:
        """(start, end, label, id) of the patterns found in `words` (lower case), by start;
        overlaps resolved as the EntityRuler does: longest first, then leftmost."""
        found = []
        for i, word in enumerate(words):
            for n in self.lengths.get(word, ()):
                hit = self.phrases.get(tuple(words[i:i + n])) if i + n <= len(words) else None
                if hit is not None:
                    found.append((i, i + n, *hit))
        found.sort(key=lambda m: (m[1] - m[0], -m[0]), reverse=True)
        seen: set[int] = set()
        kept = []
        for m in found:
            if m[0] not in seen and m[1] - 1 not in seen:
                kept.append(m)
                seen.update(range(m[0], m[1]))
        return sorted(kept)
