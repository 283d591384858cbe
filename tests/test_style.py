"""How the code reads (../shared/docs/style.md; issue 9): no function in extractor/ is longer
than 80 lines, so each rule stays small enough to read whole."""
from __future__ import annotations

import ast

from tests.conftest import ROOT

MAX_LINES = 80


def test_no_function_in_the_package_is_longer_than_80_lines():
    long = []
    for path in sorted((ROOT / "extractor").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_LINES:
                    long.append(f"{path.name}:{node.lineno} {node.name} ({length} lines)")
    assert not long, "\n".join(long)
