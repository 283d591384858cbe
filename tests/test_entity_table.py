"""The cached entity matcher: the same tokens and matches as spaCy's own tokenizer and
EntityRuler, and a cache that is rebuilt when its inputs change or its file is damaged, and that
two processes building it at once leave whole."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import entities
from extractor.entity_table import CACHE_ENV, EntityTable, cache_dir, load_or_build
from tests.conftest import ROOT

SAMPLE_PDFS = sorted((ROOT / "samples").glob("*.pdf")) + sorted((ROOT / "tests" / "blind").glob("*.pdf"))
REFERENCE = ROOT.parent / "shared" / "reports" / "mtm-kaz-2023q1.pdf"
# Pieces that reach every branch of the tokenizer: affixes, infixes, special cases (with and
# without affixes around them), URLs, superscript markers, invisible characters, line breaks.
PIECES = ["Almaty", "region", "regions", "of", "and", "Türkiye", "Tu\u0308rki\u00adye", "non-CIS",
          "U.S.", "(U.S.)", "U.S.,", "a.m.", "can't", "don't", "'s", "’s", "n't", "Dr.", "e.g.",
          ":)", "(:", "http://iom.int/x", "www.iom.int", "42.5%", "(42.5%)", "2023.¹⁰", "⁸",
          "Uzbekistan(42.5%)", "KZT", "$18.4M", "1,204,377", "—", "–", "-", "/", "…", "“", "”",
          "\"", "'", "(", ")", "[", "]", ",", ".", ";", ":", "!", "?", " ", "  ", "\n", "\t",
          "\u00a0", "\u200b", "Republic", "Korea", "People’s", "US", "dollars", "Almaty-based"]


@pytest.fixture(scope="module")
def table() -> EntityTable:
    return EntityTable(entities._export_table())


def spacy_tokens(text: str) -> list[tuple[int, str]]:
    return [(t.idx, t.text) for t in entities._nlp().tokenizer(text)]


def texts_of(pdf: Path) -> list[str]:
    from extractor.layout import layout_pages
    from extractor.pdf import read_pages

    pages = layout_pages(read_pages(str(pdf)), {})
    return [t for p in pages for t in [*p.header, *(b.text for b in p.blocks),
                                        *(f.text for f in p.footnotes)]]


@pytest.mark.parametrize("pdf", SAMPLE_PDFS + ([REFERENCE] if REFERENCE.exists() else []),
                         ids=lambda p: p.stem)
def test_same_tokens_and_entities_as_spacy_on_every_sample(table, pdf):
    for text in texts_of(pdf):
        assert table.tokens(text) == spacy_tokens(text), text
        assert entities._match(text) == entities._match_with_spacy(text), text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_same_tokens_as_spacy_on_pieces(table, text):
    assert table.tokens(text) == spacy_tokens(text)
    assert entities._match(text) == entities._match_with_spacy(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_same_tokens_as_spacy_on_any_text(table, text):
    assert table.tokens(text) == spacy_tokens(text)


# --- the cache --------------------------------------------------------------------------------

@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache folder and the pattern files copied where a test may change them."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    data = tmp_path / "data"
    shutil.copytree(entities.DATA, data)
    monkeypatch.setattr(entities, "DATA", data)
    entities._table.cache_clear()
    entities._nlp.cache_clear()
    entities._region_reading.cache_clear()
    yield tmp_path / "cache", data
    entities._table.cache_clear()     # later tests get the tables of the real pattern files
    entities._nlp.cache_clear()
    entities._region_reading.cache_clear()


def cached_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("entities-*.json"))


def test_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "mtm-extract"


def test_second_start_reads_the_cache_without_spacy(fresh):
    folder, _ = fresh
    assert [e.id for e in entities.find_entities("from Türkiye to Almaty")] == ["TUR", "KZ-75"]
    [path] = cached_files(folder)
    assert json.loads(path.read_text("utf-8"))["key"] == entities._table_key()
    code = ("import sys; from extractor.entities import find_entities; "
            "print([e.id for e in find_entities('from Türkiye to Almaty')]); "
            "print('spacy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, CACHE_ENV: str(folder)}, check=True)
    assert done.stdout.split("\n")[:2] == ["['TUR', 'KZ-75']", "False"]


def test_changed_pattern_file_rebuilds_the_cache(fresh):
    folder, data = fresh
    assert entities.find_entities("arrivals from Narnia") == []
    [before] = cached_files(folder)
    with open(data / "countries.jsonl", "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "NRN", "label": "COUNTRY", "pattern": "Narnia"}) + "\n")
    entities._table.cache_clear()
    entities._nlp.cache_clear()
    assert [e.id for e in entities.find_entities("arrivals from Narnia")] == ["NRN"]
    assert len(cached_files(folder)) == 2 and before in cached_files(folder)


@pytest.mark.parametrize("damage", ["truncated", "not-json", "other-key", "empty", "no-table"])
def test_corrupt_cache_file_is_rebuilt(fresh, damage):
    folder, _ = fresh
    entities._table()
    [path] = cached_files(folder)
    whole = path.read_text("utf-8")
    path.write_text({"truncated": whole[:len(whole) // 2], "not-json": "\x00garbage",
                     "other-key": json.dumps({"key": "something else"}), "empty": "",
                     "no-table": json.dumps({"key": entities._table_key(), "rules": 3})}[damage],
                    "utf-8")
    entities._table.cache_clear()
    assert [e.id for e in entities.find_entities("in the Russian Federation")] == ["RUS"]
    assert path.read_text("utf-8") == whole


def test_unwritable_cache_folder_builds_in_memory(fresh, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    assert [e.id for e in entities.find_entities("Uzbekistan (42.5%)")] == ["UZB"]
    assert blocker.read_text() == "not a folder"


BUILDER = """
import sys, time
from extractor.entity_table import load_or_build
def build():
    time.sleep(0.5)                      # long enough for the other builder to start
    return {"payload": list(range(50_000)), "by": sys.argv[1]}
data = load_or_build("k" * 64, build)
assert data["payload"] == list(range(50_000)) and data["key"] == "k" * 64
print(data["by"])
"""


def test_two_builders_at_once_leave_a_whole_cache(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    env = {**os.environ}
    procs = [subprocess.Popen([sys.executable, "-c", BUILDER, name], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name in ("first", "second")]
    outs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert sorted(out.strip() for out, _ in outs) == ["first", "second"]   # each built its own
    [path] = cached_files(tmp_path)
    assert not [p for p in tmp_path.iterdir() if p != path]              # no temporary left over
    data = json.loads(path.read_text("utf-8"))
    assert data["payload"] == list(range(50_000)) and data["by"] in ("first", "second")
    assert load_or_build("k" * 64, lambda: pytest.fail("a whole cache is not rebuilt")) == data
