"""Validated records that leave the pipeline (pydantic, extra fields forbidden).

`Report` is the per-report document (`<report_id>.json`); `FlatFigure` is one line of
`<report_id>.figures.jsonl`, the contract of ../shared/spec/figures.md plus provenance extras.
The JSON Schemas in schemas/ are generated from these classes (`mtm-extract schema`).
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Statistic = Literal["total", "monthly_average", "average", "share", "change"]
Unit = Literal["persons", "transactions", "KZT", "USD", "percent", "KZT_per_USD"]

#: Every flag a figure or mention may carry, with what it means. Documented in the codebook.
FLAGS: dict[str, str] = {
    "scale_inferred": "the amount was printed without its scale word; the scale was taken from "
                      "its paired amount and the report's exchange rate",
    "decimal_comma": "a comma was read as a decimal separator (\"7,8 thousand\" is 7800)",
    "spelled_out": "the number was written in words",
    "zero_from_words": "a zero read from a sentence such as \"there are no registered migrants\"",
    "restated": "the figure is stated more than once; the most precise statement gives the value",
    "mentions_disagree": "two statements of the figure differ by more than rounding",
    "period_relative": "the period was derived from a relative phrase (\"the previous quarter\")",
    "compared_year_inferred": "a change compared with a span printed without its year that would be the "
                              "report's own period (\"up by 236.4 per cent on April–June\" in a report on "
                              "April–June) is compared with that span a year before",
    "period_default": "no period was stated near the figure; the report's own period was used",
    "period_from_day": "a flow said 'at the end of December' ('the close of 2021') was given the quarter "
                       "that day ends, not the day",
    "period_from_compared": "no period was stated for the change; it compares with a span longer "
                            "than the report's that ends a year before the report does (\"compared "
                            "with the first nine months of 2024\"), so it is of the same span a "
                            "year later",
    "period_from_section": "no period was stated near the figure; the stock date an earlier statement "
                           "of the same metric in its section named was used",
    "period_from_restatement": "no period was stated near the figure; another statement of the same "
                               "count, dated within the report's period (an event's day), gave it",
    "group_complement": "an \"Other countries\" row of a table whose group column names one group "
                        "only (\"CIS countries\" beside every other row) was read as that group's "
                        "complement (non-CIS)",
    "source_from_paragraph": "the footnote marker stands later in the same paragraph",
    "source_from_previous": "no marker in the paragraph; the source is the previous paragraph's",
    "source_from_list_end": "a list item without a marker took the marker set on a later item of its list",
    "source_from_next": "no marker before it in its section; the source is the first note of the section's next paragraph",
    "source_from_holder": "no marker in its paragraph or section gave a source; the source is the nearest note "
                          "before it (else after it) that names the data holder of its metric (\"Border Service\" "
                          "for arrivals, \"National Bank\" for transfers)",
    "ocr": "read from an image by OCR; check the value against the page",
    "scale_from_list": "the amount was printed without its scale word in a list of amounts of its "
                       "currency that all print the same one (\"25.1 billion KZT in April, 27.3 KZT in May "
                       "and 27.1 billion KZT in June\"); it took that scale",
    "scale_missing": "an amount printed without its scale word whose scale could not be "
                     "inferred; the value is as printed",
    "compared_from_previous": "a change with no compared period of its own takes the one of the "
                              "change before it in the sentence (\"declined by 9.1 per cent on "
                              "the previous quarter and incoming transfers by 33.0 per cent\"), "
                              "else of the section's last change before it",
    "compared_from_restatement": "a change stated with no compared period took the one another "
                                 "statement of the same change names (\"contracted by 6.5 per cent\" "
                                 "and \"6.5 per cent less than in the third quarter\")",
    "metric_from_title": "a chart legend entry whose metric comes from the chart's title",
    "percent_implied": "a number printed without '%' in a list of percents ('China 9.5, India "
                       "3.1') was read as a percent",
    "unit_from_list": "a plain number listed before an amount or percent took its unit and "
                      "scale ('58.7, 66.1 and 76.6 bn KZT')",
    "currency_from_pair": "a scaled number in brackets after an amount, printed without a currency, "
                          "took the bracket currency of the same pair printed before it in the sentence "
                          "('KZT 65.0 bn (US$140.0 mln), May for 70.0 bn (150.0 mln)')",
    "source_from_line": "a chart or table without a marker took the footnote its 'Source:' line "
                        "names",
    "source_from_restated": "a chart or table row without a note took the note of the text "
                            "figures that restate its other rows",
    "source_from_total_row": "a table row without a note took the note printed on the table's "
                             "'Total' row, the table's only marker",
    "currency_from_phrase": "a scaled number printed without a currency took the currency a phrase "
                            "before it in its clause names ('In dollar terms they came to 65.8, 64.1 "
                            "and 76.8 million')",
    "currency_from_bracket": "a decimal printed without a currency or scale right before a bracketed "
                             "amount in one currency is the same amount in the other currency, its scale "
                             "inferred ('followed with 52.8 (113.0 million USD)')",
    "currency_implied": "an amount in billions printed without a currency took the currency of its "
                        "sentence's other amounts (else KZT): people are never counted in billions",
    "scale_from_note": "a chart's or table's counts printed without a scale took the scale of the "
                       "unit line printed under it ('Thousand persons. Source: ...')",
    "group_from_text": "a table cell restating a text figure of a group (CIS, non-CIS) takes "
                       "that group, which the table itself does not print",
    "group_from_table": "a country's count or share in the text or a chart restating a table row under a "
                        "group's row took that row's group",
    "metric_from_table": "a country's share in the text whose metric came only from the sentences "
                         "before it took the metric of the table cell restating it",
    "metric_from_restatement": "a key-figure callout whose metric came only from the text before it "
                               "took the metric of the one figure of the body it restates",
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Mention(_Strict):
    """One place a figure is printed."""
    page: int = Field(ge=1, description="1-based page number")
    box: tuple[float, float, float, float] = Field(
        description="x0, top, x1, bottom in PDF points from the page's top-left corner")
    text: str = Field(description="the printed number as it stands, e.g. '7,8 thousand'")
    quote: str = Field(description="the printed sentence or legend entry the figure was read from")
    kind: str = Field(description="where it stands: body, legend, table, heading, note")
    lang: str = Field("en", description="the language of the text it stands in: en, ru")
    value: float = Field(description="the value this statement gives, in base units")
    flags: list[str] = Field(default_factory=list)
    rules: list[str] = Field(default_factory=list, description=(
        "ids of the frame, cue rows and attachment rules that read this statement "
        "(F:*, MET:*, DIR:*, ENT:*, GRP:*, PER:*, CMP:*, FN:*, COL:*; see the codebook)"))


class Figure(_Strict):
    """One distinct figure of a report with all its statements."""
    id: str = Field(description="stable within the report: metric/statistic/unit/breakdown/period, the breakdown being country, region and group as set, joined by '+', or 'all'")
    metric: str
    statistic: Statistic
    unit: Unit
    value: float
    country: Optional[str] = Field(None, pattern=r"^[A-Z]{3}$")
    region: Optional[str] = Field(None, pattern=r"^[A-Z]{2}-[0-9A-Z]{1,3}$")
    group: Optional[str] = None
    period_start: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    period_end: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    compared_to_start: Optional[str] = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    compared_to_end: Optional[str] = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    footnotes: list[str] = Field(default_factory=list, description=(
        "labels of the footnotes as printed; \"p2:1\" (page 2, note 1) where the report numbers its notes afresh on each page"))
    sources: list[str] = Field(default_factory=list, description="footnote texts as printed")
    page: int = Field(ge=1)
    quote: str
    mentions: list[Mention]
    flags: list[str] = Field(default_factory=list)
    rules: list[str] = Field(default_factory=list, description="the rules that made its first statement")


class FlatFigure(_Strict):
    """One line of figures.jsonl: the contract's fields, then provenance extras."""
    report_id: str
    metric: str
    statistic: Statistic
    unit: Unit
    value: float
    country: Optional[str] = None
    region: Optional[str] = None
    group: Optional[str] = None
    period_start: str
    period_end: str
    compared_to_start: Optional[str] = None
    compared_to_end: Optional[str] = None
    sources: list[str]
    page: int = Field(ge=1)
    quote: str
    figure_id: str
    box: tuple[float, float, float, float]
    flags: list[str] = Field(default_factory=list)


class FootnoteRecord(_Strict):
    label: str
    text: str
    page: int = Field(ge=1)


class Section(_Strict):
    number: Optional[str] = None
    title: str
    page: int = Field(ge=1)


class LegislativeItem(_Strict):
    text: str = Field(description="the item as printed")
    date: Optional[str] = Field(None, description="ISO date the item names, if any")
    source: Optional[str] = Field(None, description="its footnote text")
    page: int = Field(ge=1)


class CheckResult(_Strict):
    rule: str
    ok: bool
    message: str
    figure_ids: list[str] = Field(default_factory=list)
    page: Optional[int] = None
    quote: Optional[str] = None


class NumberRecord(_Strict):
    """One number printed in the report and what became of it (the number accounting)."""
    page: int = Field(ge=1)
    box: Optional[tuple[float, float, float, float]] = Field(
        None, description="its box; a footnote's or chart's box for numbers inside one; null in "
                          "running headers and footers")
    printed: str = Field(description="the number as printed, with its scale, currency or percent")
    status: Literal["figure", "not_figure", "unread"]
    kind: str = Field(description="where it stood: body, legend, table, heading, note, callout, "
                                  "marker, footnote, header, axis")
    figure_id: Optional[str] = Field(None, description="for figure: the id of the figure")
    reason: Optional[str] = Field(None, description="for not_figure: a reason id (see the codebook)")
    rule: Optional[str] = Field(None, description="the rule that decided, where one did")
    sentence: Optional[str] = Field(None, description="for unread: the sentence it stands in")


class Metadata(_Strict):
    report_id: str = Field(pattern=r"^[A-Z]{3}-\d{4}-(Q[1-4]|H[12]|Y)$")
    country: str = Field(pattern=r"^[A-Z]{3}$")
    period_start: str
    period_end: str
    title: str
    edition: str
    source_file: str = Field(description="the input's file name (no folder)")
    sha256: str
    pages: int
    extractor_version: str
    ocr: bool = False
    languages: list[str] = Field(default_factory=lambda: ["en"],
                                 description="languages the report is written in: en, ru")
    coverage: float = Field(1.0, ge=0, le=1, description=(
        "figures' numbers / (figures' numbers + unread numbers); see `numbers`"))
    unread: int = Field(0, ge=0, description="how many printed numbers are unread")
    foreign_pages: list[int] = Field(default_factory=list, description=(
        "pages in a script the pipeline does not read (neither Latin nor Cyrillic)"))


class Report(_Strict):
    schema_version: str = SCHEMA_VERSION
    metadata: Metadata
    sections: list[Section] = Field(default_factory=list)
    footnotes: list[FootnoteRecord] = Field(default_factory=list)
    legislation: list[LegislativeItem] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    checks: list[CheckResult] = Field(default_factory=list)
    numbers: list[NumberRecord] = Field(default_factory=list, description=(
        "every number printed in the report: a figure's, no figure for a reason, or unread"))
