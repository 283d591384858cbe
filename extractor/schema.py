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
