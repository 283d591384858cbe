"""--password: an encrypted copy of a sample report reads exactly as the plain sample does.

(The foreign corpus's own password files are tested in test_foreign.py.)
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "mtm-kaz-2023q4-endnotes-reportlab.pdf"
PASSWORD = "Almaty 2023 ü"          # spaces and a non-ASCII letter on purpose


def extract(pdf: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor", "extract", str(pdf), "-o", str(out),
                           "--jobs", "1", *extra],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


@pytest.fixture(scope="module")
def encrypted(tmp_path_factory) -> Path:
    pypdf = pytest.importorskip("pypdf")
    if not SAMPLE.exists():
        pytest.skip(f"needs {SAMPLE.relative_to(ROOT)}")
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(SAMPLE))
    writer.encrypt(user_password=PASSWORD, owner_password="owner", algorithm="RC4-128")
    path = tmp_path_factory.mktemp("enc") / SAMPLE.name
    with open(path, "wb") as fh:
        writer.write(fh)
    assert b"/Encrypt" in path.read_bytes()
    return path


def test_encrypted_without_password_says_pass_password(tmp_path, encrypted):
    proc = extract(encrypted, tmp_path / "out")
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"mtm-extract: {encrypted}: encrypted: pass --password"
    assert not list((tmp_path / "out").glob("*.figures.jsonl"))


def test_wrong_password_says_so(tmp_path, encrypted):
    proc = extract(encrypted, tmp_path / "out", "--password", "almaty")
    assert proc.returncode == 1
    assert proc.stderr.strip() == (f"mtm-extract: {encrypted}: "
                                   "encrypted: the password given does not open it")


def test_password_gives_the_same_figures_as_the_plain_file(tmp_path, encrypted):
    plain = extract(SAMPLE, tmp_path / "plain")
    assert plain.returncode == 0, plain.stderr
    opened = extract(encrypted, tmp_path / "enc", "--password", PASSWORD)
    assert opened.returncode == 0, opened.stderr
    names = sorted(p.name for p in (tmp_path / "plain").glob("*.figures.jsonl"))
    assert names and names == sorted(p.name for p in (tmp_path / "enc").glob("*.figures.jsonl"))
    for name in names:
        assert (tmp_path / "enc" / name).read_bytes() == (tmp_path / "plain" / name).read_bytes()
