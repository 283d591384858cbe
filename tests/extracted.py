"""One extraction of each blind report and sample for the whole test session: the floors
(test_blind) and miss visibility (test_accounting) read the same reports, and extracting the
200-odd PDFs twice took minutes of the suite's ten. The first call extracts every one of them
at once in a pool of processes, one a core (half the wall time on CI's two cores); a path
outside that set is extracted on its own."""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import SimpleNamespace

from extractor import extract

ROOT = Path(__file__).resolve().parents[1]
_KEPT: dict[str, SimpleNamespace] = {}


def shared_pdfs() -> list[str]:
    """The PDFs both tests read: every blind report and every sample."""
    pdfs = sorted(ROOT.glob("tests/blind/*/*.pdf")) + sorted(ROOT.glob("samples/*.pdf"))
    return [str(p) for p in pdfs]


def _extract(path: str) -> SimpleNamespace:
    report = extract(Path(path))
    return SimpleNamespace(figures=report.figures, numbers=report.numbers)


def _prefetch(paths: list[str]) -> None:
    workers = max(1, min(len(os.sched_getaffinity(0)), 4))
    if workers == 1:
        _KEPT.update((p, _extract(p)) for p in paths)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # chunks keep the pickling of results small beside the extraction itself
        _KEPT.update(zip(paths, pool.map(_extract, paths, chunksize=4)))


def extracted(path: str) -> SimpleNamespace:
    """The figures and numbers of the report at `path` (what the two tests read), kept."""
    key = str(Path(path).resolve())
    if key not in _KEPT:
        shared = shared_pdfs()
        if key in shared and not _KEPT:
            _prefetch(shared)
        else:
            _KEPT[key] = _extract(key)
    return _KEPT[key]
