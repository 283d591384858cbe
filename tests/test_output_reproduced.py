"""output/ holds the CLI's output for every sample; re-running the CLI reproduces it byte for byte
(no timestamps, absolute paths or dictionary-order accidents inside)."""
from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

SAMPLES = sorted((ROOT / "samples").glob("*.pdf"))
COMMITTED = ROOT / "output"


def test_every_sample_has_committed_output():
    import json

    manifest = json.loads((COMMITTED / "manifest.json").read_text("utf-8"))
    entries = {e["path"]: e for e in manifest["inputs"]} if isinstance(manifest, dict) and "inputs" in manifest \
        else {e["path"]: e for e in manifest}
    for pdf in SAMPLES:
        rel = f"samples/{pdf.name}"
        assert rel in entries, f"{rel} missing from output/manifest.json"
        entry = entries[rel]
        assert entry["status"] == "ok", entry
        for suffix in (".json", ".figures.jsonl"):
            assert (COMMITTED / f"{entry['report_id']}{suffix}").exists()


def test_cli_reproduces_committed_output_byte_for_byte(tmp_path):
    out = tmp_path / "output"
    done = subprocess.run([sys.executable, "-m", "extractor", "extract", "samples/", "-o", str(out),
                           "--no-db"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    produced = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    committed = sorted(p.name for p in COMMITTED.iterdir()
                       if not p.name.startswith(".") and p.name != "mtm.sqlite")
    assert produced == committed
    for name in produced:
        assert (out / name).read_bytes() == (COMMITTED / name).read_bytes(), f"output/{name} differs"
