"""Scores every blind report (tests/blind/*/NAME.pdf against NAME.truth.json) and prints a table
with each round's mean; `--write-floors` records today's scores, rounded down to 0.01, as the
floors tests/test_blind.py holds them to.

    python tests/blind/score.py [--write-floors] [ROUND ...]
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

from extractor import extract  # noqa: E402
from extractor.scoring import score_figures  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rounds", nargs="*", help="round folders to score (default: all)")
    ap.add_argument("--write-floors", action="store_true")
    args = ap.parse_args()
    floors = {}
    by_round: dict[str, list[tuple[float, float, float]]] = {}
    for pdf in sorted(HERE.glob("*/*.pdf")):
        if args.rounds and pdf.parent.name not in args.rounds:
            continue
        truth = json.loads((pdf.parent / f"{pdf.stem}.truth.json").read_text("utf-8"))
        s = score_figures(truth["figures"], extract(pdf).figures)
        name = f"{pdf.parent.name}/{pdf.stem}"
        print(f"{name:60} recall={s.recall:.3f} precision={s.precision:.3f} sources={s.source_accuracy:.3f}")
        by_round.setdefault(pdf.parent.name, []).append((s.recall, s.precision, s.source_accuracy))
        floors[name] = [math.floor(x * 100) / 100 for x in (s.recall, s.precision, s.source_accuracy)]
    for rnd, scores in by_round.items():
        mean = [sum(x[i] for x in scores) / len(scores) for i in range(3)]
        print(f"mean {rnd:55} recall={mean[0]:.3f} precision={mean[1]:.3f} sources={mean[2]:.3f} ({len(scores)} reports)")
    if args.write_floors:
        path = HERE / "floors.json"
        old = json.loads(path.read_text("utf-8"))["floors"] if path.exists() else {}
        old.update(floors)
        path.write_text(json.dumps({"_about": "written by tests/blind/score.py --write-floors",
                                    "floors": dict(sorted(old.items()))}, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
