"""The cache of compiled patterns (extractor/regexes.py): what a run saves, the next one loads;
a damaged or foreign file is ignored, never trusted."""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from extractor import regexes
from extractor.entity_table import CACHE_ENV

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache folder, and the module's memory of this run emptied."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(regexes, "_cached", None)
    monkeypatch.setattr(regexes, "_used", {})
    monkeypatch.setattr(regexes, "_missed", False)
    return tmp_path


def files(folder: Path) -> list[Path]:
    return sorted(folder.glob("regexes-*.pickle"))


def test_saved_patterns_come_back_the_same(fresh, monkeypatch):
    first = regexes.compiled(r"(?P<n>\d+)\s+(?i:kzt)", regex.VERBOSE)
    regexes.save_compiled()
    [path] = files(fresh)
    monkeypatch.setattr(regexes, "_cached", None)
    monkeypatch.setattr(regexes, "_used", {})
    again = regexes.compiled(r"(?P<n>\d+)\s+(?i:kzt)", regex.VERBOSE)
    assert again is not first and not regexes._missed            # loaded, not compiled
    assert again.pattern == first.pattern and again.flags == first.flags
    assert again.match("12  KZT").groupdict() == first.match("12  KZT").groupdict() == {"n": "12"}
    assert regexes.compiled(r"\d+") is not None and regexes._missed  # another pattern: compiled


def test_nothing_written_when_all_came_from_the_cache(fresh):
    regexes.compiled(r"a+")
    regexes.save_compiled()
    [path] = files(fresh)
    stamp = path.stat().st_mtime_ns
    regexes.save_compiled()
    assert path.stat().st_mtime_ns == stamp


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps([(("a+", 0), 42)]),
                                     pickle.dumps([(("a+", 0), Path("/"))])],
                         ids=["empty", "garbage", "not-a-pattern", "other-class"])
def test_a_bad_file_is_ignored(fresh, content):
    regexes.compiled(r"a+")
    regexes.save_compiled()
    [path] = files(fresh)
    path.write_bytes(content)
    regexes._cached = None
    assert regexes.compiled(r"a+").match("aa")[0] == "aa"
    assert regexes._missed


def test_the_file_builds_nothing_but_patterns(fresh):
    regexes.compiled(r"a+")
    regexes.save_compiled()
    [path] = files(fresh)
    path.write_bytes(b"cos\nsystem\n(S'echo hacked'\ntR.")       # pickle's classic exploit
    regexes._cached = None
    assert regexes._load() == {}


def test_a_second_start_compiles_nothing(fresh):
    code = ("import os; from extractor import numbers, periods, regexes; "
            "print(regexes._missed, len(regexes._used)); regexes.save_compiled()")
    env = {**os.environ, CACHE_ENV: str(fresh)}

    def start() -> list[str]:
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              cwd=ROOT, env=env, check=True).stdout.split()

    missed, count = start()
    assert missed == "True" and int(count) > 30                   # compiled, then saved
    assert start() == ["False", count]                            # the second: all loaded


# A run after warm-up: every module's patterns, those a report's reading compiles on first use
# among them, and every `regex.compile` the package calls, counted by the module that called it.
WARM_RUN = """
import sys, regex
calls = []
plain = regex.compile
def counting(pattern, flags=0, *args, **kwargs):
    calls.append(sys._getframe(1).f_code.co_filename)
    return plain(pattern, flags, *args, **kwargs)
regex.compile = counting
import extractor.batch, extractor.regexes as regexes
from extractor import extract
extractor.batch.warm_up()
extract(sys.argv[1])
ours = [f for f in calls if "extractor" in f]
print(regexes._missed, len(ours))
"""


def test_a_warm_start_compiles_no_pattern_of_the_package(fresh):
    """Every pattern of the package goes through the cache: the second start of a report's
    extraction compiles none (module constants written as a bare `regex.compile` cost about a
    quarter of a second on every start)."""
    sample = ROOT / "samples" / "mtm-kaz-2023q4-endnotes-reportlab.pdf"
    env = {**os.environ, CACHE_ENV: str(fresh)}

    def start() -> list[str]:
        return subprocess.run([sys.executable, "-c", WARM_RUN, str(sample)], capture_output=True,
                              text=True, cwd=ROOT, env=env, check=True).stdout.split()

    first = start()
    assert int(first[1]) > 100                                    # the first start compiles them
    assert start() == ["False", "0"]


def test_a_new_cache_file_leaves_only_the_most_recent_versions(fresh):
    """Each version writes its own cache file; writing one removes the oldest of its kind beyond
    KEEP_VERSIONS (the newest kept), and leaves files of other kinds alone."""
    from extractor.entity_table import KEEP_VERSIONS, write_cache_file
    for k in range(5):
        old = fresh / f"regexes-old{k}.pickle"
        old.write_bytes(b"x")
        os.utime(old, (1_000_000 + k, 1_000_000 + k))
    other = fresh / "entities-old.json"
    other.write_text("{}")
    assert write_cache_file(fresh / "regexes-new.pickle", b"y")
    left = sorted(p.name for p in files(fresh))
    assert len(left) == KEEP_VERSIONS and "regexes-new.pickle" in left
    assert {"regexes-old4.pickle", "regexes-old3.pickle"} <= set(left)      # the most recent others
    assert other.exists()


def test_the_readme_says_how_many_cache_versions_are_kept():
    from extractor.entity_table import KEEP_VERSIONS
    words = {2: "two", 3: "three", 4: "four", 5: "five"}
    text = " ".join((ROOT / "README.md").read_text("utf-8").split())
    assert f"beyond the {words[KEEP_VERSIONS]} most recent" in text
