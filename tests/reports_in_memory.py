"""Small Reports built in memory for the checks and review tests. Every number is made up."""
from __future__ import annotations

from extractor.models import Figure, FootnoteRecord, Mention, Metadata, Report

Q1 = ("2023-01-01", "2023-03-31")
JAN, FEB, MAR = ("2023-01-01", "2023-01-31"), ("2023-02-01", "2023-02-28"), ("2023-03-01", "2023-03-31")
Q4_PREV = ("2022-10-01", "2022-12-31")


def fig(metric: str, statistic: str, unit: str, value: float, *, country=None, region=None,
        group=None, period=Q1, compared=None, quote: str | None = None, page: int = 1,
        footnotes=(), box=(100.0, 100.0, 160.0, 112.0), text: str | None = None,
        extra_mentions=()) -> Figure:
    """A figure with one mention (plus `extra_mentions`: (page, box) pairs)."""
    fid = "/".join(str(x) for x in (metric, statistic, unit, country or "-", region or "-",
                                    group or "-", *period, *(compared or ())))
    quote = quote if quote is not None else f"{metric} {value}"
    text = text if text is not None else f"{value:g}"
    mentions = [Mention(page=page, box=box, text=text, quote=quote, kind="body", value=value)]
    mentions += [Mention(page=p, box=b, text=text, quote=quote, kind="legend", value=value)
                 for p, b in extra_mentions]
    return Figure(id=fid, metric=metric, statistic=statistic, unit=unit, value=value,
                  country=country, region=region, group=group,
                  period_start=period[0], period_end=period[1],
                  compared_to_start=compared[0] if compared else None,
                  compared_to_end=compared[1] if compared else None,
                  footnotes=list(footnotes), sources=[], page=page, quote=quote,
                  mentions=mentions)


def report(figures=(), footnotes=(), *, title: str = "Test report", pages: int = 2) -> Report:
    """footnotes: (label, page) or (label, page, text) tuples."""
    notes = [FootnoteRecord(label=n[0], page=n[1], text=n[2] if len(n) > 2 else f"Source {n[0]}")
             for n in footnotes]
    meta = Metadata(report_id="KAZ-2023-Q1", country="KAZ", period_start=Q1[0], period_end=Q1[1],
                    title=title, edition="test", source_file="test.pdf", sha256="0" * 64,
                    pages=pages, extractor_version="test")
    return Report(metadata=meta, figures=list(figures), footnotes=notes)
