"""The published JSON Schemas, generated from the pydantic models."""
from __future__ import annotations

import json

from .models import FlatFigure, Report

SCHEMAS = {
    "report.schema.json": Report,
    "figure.schema.json": FlatFigure,
}


def json_schemas() -> dict[str, dict]:
    """File name -> JSON Schema, as published in schemas/."""
    out = {}
    for name, model in SCHEMAS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"https://mtm-extract.invalid/schemas/{name}"
        out[name] = schema
    return out


def schema_text(schema: dict) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def codebook() -> dict:
    """The metric codebook (extractor/data/metrics.json)."""
    from importlib import resources

    return json.loads(resources.files("extractor.data").joinpath("metrics.json").read_text("utf-8"))


def codebook_markdown() -> str:
    """schemas/codebook.md, generated: metric codes, statistics, units, groups and flags."""
    from .models import FLAGS

    book = codebook()
    out = ["# Metric codebook", "",
           "Generated from `extractor/data/metrics.json` and `extractor/models.py` by",
           "`mtm-extract schema --write schemas`; a test fails when this file drifts from them.", "",
           "## Metrics", "", "| code | what it counts | `country` means |", "|---|---|---|"]
    for m in book["metrics"]:
        tag = " (extension: not in the shared contract)" if m.get("extension") else ""
        out.append(f"| `{m['code']}` | {m['counts']}{tag} | {m['country']} |")
    for title, key in (("Statistics", "statistics"), ("Units", "units"), ("Groups", "groups")):
        out += ["", f"## {title}", "", "| code | meaning |", "|---|---|"]
        out += [f"| `{k}` | {v} |" for k, v in book[key].items()]
    out += ["", "## Flags", "", "A figure's `flags` say what was inferred or found; nothing is changed silently.",
            "`check:<rule>` flags come from the cross-checks (`mtm-extract check`).", "",
            "| flag | meaning |", "|---|---|"]
    out += [f"| `{k}` | {v} |" for k, v in FLAGS.items()]
    out += _rules_markdown()
    out += _reasons_markdown()
    return "\n".join(out) + "\n"


def _reasons_markdown() -> list[str]:
    """The reasons a printed number is no figure (the report's `numbers`)."""
    from .accounting import DATA

    out = ["", "## Numbers: why a printed number is no figure", "",
           "A report's `numbers` list every number printed in it with a `status`: `figure` (with "
           "the `figure_id` it is a mention of), `not_figure` (with one `reason` below) or "
           "`unread` (with its `sentence`). `rule` names the rule that decided; a rule under "
           "'only when' explains a number only when that holds, else the number stays unread. "
           "From `extractor/data/reasons.json`.", "",
           "| reason | what it is | example | rules | only when |", "|---|---|---|---|---|"]
    for r in DATA["reasons"]:
        when = ", ".join(f"`{k}`: {v}" for k, v in r.get("when", {}).items())
        out.append(f"| `{r['id']}` | {r['says']} | {r['example']} | "
                   f"{', '.join(f'`{x}`' for x in r['rules'])} | {when} |")
    return out


def _rules_markdown() -> list[str]:
    """The rule ids a figure's `rules` may hold: attachment rules, frames, clause breaks."""
    import json
    from importlib import resources

    def load(name: str) -> dict:
        return json.loads(resources.files("extractor.data").joinpath(name).read_text("utf-8"))

    out = ["", "## Rules", "",
           "Every figure and mention lists in `rules` the ids of the rules that read it: its frame "
           "(`F:`), the cue rows (`MET:<metric>`, `DIR:<direction>`, `SEC:`, `COL:`, `TRAIN:`, "
           "`UNIT:`, `ZERO:`; `extractor/data/cues.json`) and the attachment rules below. Clause "
           "breaks (`CL:`) scope them.", "", "| rule | what it decides |", "|---|---|"]
    out += [f"| `{k}` | {v} |" for k, v in load("rules.json")["rules"].items()]
    out += ["", "| frame | number | statistic | example |", "|---|---|---|---|"]
    out += [f"| `{f['id']}` | {f['kind']} | {f['statistic'] or 'no figure'} | {f['test']} |"
            for f in load("frames.json")["frames"]]
    out += ["", "| clause break | kind | example |", "|---|---|---|"]
    out += [f"| `{b['id']}` | {b['kind']} | {b['test']} |" for b in load("clauses.json")["breaks"]]
    return out


def published_files() -> dict[str, str]:
    """Every file of schemas/ that the code generates: name -> text."""
    from .store import schema_sql

    files = {name: schema_text(schema) for name, schema in json_schemas().items()}
    files["codebook.md"] = codebook_markdown()
    files["sqlite.sql"] = schema_sql()           # the DDL the store runs, published as is
    return files
