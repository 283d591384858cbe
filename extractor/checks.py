"""Cross-checks: the arithmetic a report's own figures must satisfy, as named rules.

A report states its figures with redundancy (shares and their total, months and the quarter,
KZT beside USD, a change beside the two amounts it compares). A misread figure usually breaks
one of these identities, and so does a slip of the report itself. Each rule below is a small
function over a `Report`; `run_checks` runs them all, records every result (ok and failed) in
`Report.checks` and adds the flag `check:<rule>` to every figure a failed result used. Checks
never change a value. A rule whose inputs are missing yields no result at all.

Tolerances are the constants right below, each with the sample that shows why.
"""
from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Callable, Iterable

import regex

from .models import CheckResult, Figure, Report
from .regexes import compiled

# --- tolerances -------------------------------------------------------------------------------
#: Shares of one breakdown, in percentage points around 100. Rounding to one decimal over up to a
#: dozen countries (permanent residence permits, page 2 of the reference report) stays within it.
SHARES_SUM_POINTS = 1.5
#: Monthly amounts against the quarter's total, relative: converted months (the reference
#: report's USD remittances) add up to a little more or less than the converted quarter.
MONTHLY_SUM_RELATIVE = 0.02
#: A monthly average times the number of months against the total, relative.
MONTHLY_AVERAGE_RELATIVE = 0.02
#: KZT / USD of one figure against the report's average exchange rate, relative: the monthly
#: rate drifts from the quarter's average (March 2023 is ~2% off it).
EXCHANGE_RATE_RELATIVE = 0.03
#: A stated percent change against the change its two amounts imply, in percentage points.
PERCENT_CHANGE_POINTS = 1.5
#: A country's count against its share times the total, relative; widened by the rounding of the
#: printed share ("6%" may be anything from 5.5 to 6.5).
COUNT_SHARE_RELATIVE = 0.02
#: Parts (groups, countries, regions) may exceed their total by this much, relative: totals are
#: printed rounded ("3.1 million").
PARTS_RELATIVE = 0.02
#: Groups that make up the whole (CIS and non-CIS arrivals) against the total, relative: both
#: are printed with two or three significant digits ("2.1 million" may be 2.05 to 2.15, ±2.4%).
GROUPS_WHOLE_RELATIVE = 0.05

#: Rule name -> what it asserts, with its tolerance. Also the order in which rules run.
RULES: dict[str, str] = {
    "shares_sum": f"shares of one breakdown never sum to more than 100 (+{SHARES_SUM_POINTS} "
                  "points); a chart legend's shares sum to 100 "
                  f"(±{SHARES_SUM_POINTS}) unless the text marks the list as partial ('and "
                  "other', 'the highest', 'followed by'); lists in text or tables may stop short",
    "monthly_sum": "monthly amounts sum to the total of the period they make up "
                   f"(±{MONTHLY_SUM_RELATIVE:.0%}); an incomplete set of months stays below it",
    "monthly_average": "a monthly average times the number of months equals the total "
                       f"(±{MONTHLY_AVERAGE_RELATIVE:.0%})",
    "exchange_rate": "KZT and USD amounts of the same figure agree with the report's exchange "
                     f"rate (±{EXCHANGE_RATE_RELATIVE:.0%})",
    "percent_change": "a stated percent change agrees with the two amounts it compares "
                      f"(±{PERCENT_CHANGE_POINTS} points)",
    "count_share": "a country's count equals its share of the total "
                   f"(±{COUNT_SHARE_RELATIVE:.0%}, plus the rounding of the printed share)",
    "parts_within_total": "parts do not exceed their total: origin groups against all, "
                          "countries or regions against their group or the national total "
                          f"(+{PARTS_RELATIVE:.0%})",
    "groups_whole": "groups that together make up the whole (CIS and non-CIS) add up to the "
                    f"total (±{GROUPS_WHOLE_RELATIVE:.0%})",
    "footnote_numbering": "numeric footnotes run 1..n without gaps or repeats, in page order",
    "footnote_resolves": "every footnote marker of a figure names a printed footnote",
    "en_ru_agree": "in a report printed in English and Russian, every figure is stated in both "
                   "languages, with the same value within the printed rounding",
}

#: Groups that split one population without overlap, so their totals add up to at most the
#: whole; True where together they are the whole (every arrival is from a CIS or non-CIS state).
GROUP_FAMILIES: dict[str, tuple[tuple[str, ...], bool]] = {
    "origin": (("CIS", "non-CIS"), True),
    "sector": (("police", "ngo", "government"), False),
}

#: A share list that leaves the rest out on purpose ("..., Mongolia (0.4%), and other").
OTHERS = compiled(r"""
    \b and \s+ (?:the \s+)? others? \b      # "and other", "and others", "and the other"
    """, regex.VERBOSE | regex.IGNORECASE)
#: Wording that marks a list as a selection (the top countries), not the whole breakdown. Seen in
#: the reference report ("The highest amount ...", "The leaders ...", "The biggest share ...")
#: and in the samples ("mainly from", "Most came from", "ahead of", "The largest groups").
PARTIAL = compiled(r"""
    \b (?: highest | biggest | largest | smallest | lowest    # "The highest amount ..."
         | leaders? | leading | top | main(?:ly)?              # "The leaders in terms of ..."
         | most(?:ly)? | majority                              # "Most came from ..."
         | followed \s+ by | ahead \s+ of                      # "..., followed by ..."
         | other \s+ countries | the \s+ rest                  # "Other countries that ..."
         | including | such \s+ as | among ) \b
    """, regex.VERBOSE | regex.IGNORECASE)

AMOUNT_STATISTICS = ("monthly_average", "total", "average")   # order of preference for changes
CURRENCY_ORDER = ("KZT", "USD", "persons", "transactions")


# --- small helpers ----------------------------------------------------------------------------

def _day(iso: str) -> date:
    return date.fromisoformat(iso)


def whole_months(start: str, end: str) -> int | None:
    """Number of calendar months a period spans exactly, or None if it is not whole months.

    >>> whole_months("2023-01-01", "2023-03-31"), whole_months("2023-02-01", "2023-02-28")
    (3, 1)
    >>> whole_months("2023-03-31", "2023-03-31") is None
    True
    """
    a, b = _day(start), _day(end)
    if a.day != 1 or b.day != calendar.monthrange(b.year, b.month)[1] or b < a:
        return None
    return (b.year - a.year) * 12 + b.month - a.month + 1


def decimals(x: float) -> int:
    """Digits after the point in the shortest form of `x` (how precisely it was printed).

    >>> decimals(7.0), decimals(31.25), decimals(0.375)
    (0, 2, 3)
    """
    text = repr(float(x))
    if "e" in text:
        return 0
    head, _, tail = text.partition(".")
    return 0 if tail == "0" else len(tail)


def fmt(x: float) -> str:
    """A number for a message: scale words for large amounts, few digits.

    >>> fmt(123400000000.0), fmt(51200.0), fmt(471.35), fmt(-12.5)
    ('123.4 billion', '51,200', '471.35', '-12.5')
    """
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if abs(x) >= scale:
            return f"{x / scale:.4g} {word}"
    return f"{x:,.6g}"


def result(rule: str, ok: bool, message: str, figures: Iterable[Figure]) -> CheckResult:
    """A check result that points at the first (by page, then as given) of the figures it used."""
    figures = list({f.id: f for f in figures}.values())
    head = min(figures, key=lambda f: f.page) if figures else None
    return CheckResult(rule=rule, ok=ok, message=message, figure_ids=[f.id for f in figures],
                       page=head.page if head else None, quote=head.quote if head else None)


def _by(figures: Iterable[Figure], key: Callable[[Figure], tuple]) -> dict[tuple, list[Figure]]:
    out: dict[tuple, list[Figure]] = defaultdict(list)
    for f in figures:
        out[key(f)].append(f)
    return out


def _amounts(report: Report) -> list[Figure]:
    return [f for f in report.figures if f.unit not in ("percent", "KZT_per_USD")]


def _period(f: Figure) -> tuple[str, str]:
    return (f.period_start, f.period_end)


def _quotes(figures: Iterable[Figure]) -> list[str]:
    out = []
    for f in figures:
        out.append(f.quote)
        out.extend(m.quote for m in f.mentions)
    return list(dict.fromkeys(out))


# --- the rules --------------------------------------------------------------------------------

def check_shares_sum(report: Report) -> list[CheckResult]:
    """Shares of one breakdown (same metric, period and group) sum to about 100."""
    shares = [f for f in report.figures if f.statistic == "share" and f.unit == "percent"]

    def key(f: Figure) -> tuple:
        dim = "country" if f.country else "region" if f.region else "group"
        return (f.metric, _period(f), dim, f.group if dim != "group" else None)

    out = []
    for (metric, _, dim, group), figs in _by(shares, key).items():
        total = sum(f.value for f in figs)
        quotes = _quotes(figs)
        where = f"{metric} by {dim}" + (f" ({group})" if group else "")
        said = f"{len(figs)} shares of {where} sum to {total:.4g}%"
        cue = next((m.group(0) for q in quotes for m in [OTHERS.search(q) or PARTIAL.search(q)]
                    if m), None)
        charted = all(any(m.kind == "legend" for m in f.mentions) for f in figs)
        if total > 100 + SHARES_SUM_POINTS:
            out.append(result("shares_sum", False, f"{said}, over 100", figs))
        elif len(figs) < 2:
            continue                                   # one share alone: nothing to add up
        elif total >= 100 - SHARES_SUM_POINTS:
            out.append(result("shares_sum", True, said, figs))
        elif cue:
            out.append(result("shares_sum", True, f"{said}; the list is a selection "
                              f"(\"{' '.join(cue.split())}\")", figs))
        elif charted:
            out.append(result("shares_sum", False, f"{said}, not 100 (±{SHARES_SUM_POINTS}), "
                              "though a chart's legend shows the whole", figs))
        else:
            out.append(result("shares_sum", True, f"{said}; read as a selection of the largest "
                              "(a list in text or a table may stop short; only a chart is "
                              "taken as the whole)", figs))
    return out


def _amount_key(f: Figure) -> tuple:
    return (f.metric, f.statistic, f.unit, f.country, f.region, f.group)


def check_monthly_sum(report: Report) -> list[CheckResult]:
    """Monthly totals sum to the total of the longer period they make up."""
    out = []
    totals = [f for f in _amounts(report) if f.statistic == "total"]
    for figs in _by(totals, _amount_key).values():
        months = [f for f in figs if whole_months(f.period_start, f.period_end) == 1]
        wholes = [f for f in figs if (whole_months(f.period_start, f.period_end) or 0) > 1]
        for whole in wholes:
            inside = [m for m in months if whole.period_start <= m.period_start
                      and m.period_end <= whole.period_end]
            if not inside:
                continue
            n = whole_months(whole.period_start, whole.period_end)
            total = sum(m.value for m in inside)
            said = (f"{len(inside)} monthly {whole.metric} ({whole.unit}) sum to {fmt(total)}; "
                    f"the period's total is {fmt(whole.value)}")
            if len(inside) == n:
                ok = abs(total - whole.value) <= MONTHLY_SUM_RELATIVE * abs(whole.value)
                tail = "" if ok else f" (off by {_rel(total, whole.value)}, over ±{MONTHLY_SUM_RELATIVE:.0%})"
            else:
                ok = total <= whole.value * (1 + MONTHLY_SUM_RELATIVE)
                tail = f" ({len(inside)} of {n} months printed)" + ("" if ok else ", above it")
            out.append(result("monthly_sum", ok, said + tail, [*inside, whole]))
    return out


def _rel(a: float, b: float) -> str:
    return f"{(a - b) / b:+.1%}" if b else "n/a"


def check_monthly_average(report: Report) -> list[CheckResult]:
    """A monthly average times the number of months equals the period's total."""
    out = []
    index = _by(_amounts(report), lambda f: (_amount_key(f), _period(f)))
    for avg in _amounts(report):
        n = whole_months(avg.period_start, avg.period_end) if avg.statistic == "monthly_average" else None
        if not n:
            continue
        key = (avg.metric, "total", avg.unit, avg.country, avg.region, avg.group)
        for total in index.get((key, _period(avg)), []):
            implied = avg.value * n
            ok = abs(implied - total.value) <= MONTHLY_AVERAGE_RELATIVE * abs(total.value)
            msg = (f"monthly average {fmt(avg.value)} {avg.unit} x {n} months = {fmt(implied)}; "
                   f"the total is {fmt(total.value)}")
            if not ok:
                msg += f" (off by {_rel(implied, total.value)}, over ±{MONTHLY_AVERAGE_RELATIVE:.0%})"
            out.append(result("monthly_average", ok, msg, [avg, total]))
    return out


def _rate_for(rates: list[Figure], f: Figure) -> Figure | None:
    """The exchange rate whose period holds `f`'s, the narrowest one."""
    holding = [r for r in rates if r.period_start <= f.period_start and f.period_end <= r.period_end]
    return min(holding, key=lambda r: (_day(r.period_end) - _day(r.period_start), r.id),
               default=None)


def check_exchange_rate(report: Report) -> list[CheckResult]:
    """KZT / USD of the same figure agrees with the report's average exchange rate."""
    rates = [f for f in report.figures if f.metric == "exchange_rate" and f.unit == "KZT_per_USD"
             and f.value > 0]
    if not rates:
        return []
    out = []
    pairs = _by([f for f in report.figures if f.unit in ("KZT", "USD")],
                lambda f: (f.metric, f.statistic, f.country, f.region, f.group, _period(f)))
    for figs in pairs.values():
        kzt = [f for f in figs if f.unit == "KZT"]
        usd = [f for f in figs if f.unit == "USD"]
        if len(kzt) != 1 or len(usd) != 1 or not usd[0].value:
            continue
        k, u = kzt[0], usd[0]
        rate = _rate_for(rates, k)
        if rate is None:
            continue
        implied = k.value / u.value
        ok = abs(implied - rate.value) <= EXCHANGE_RATE_RELATIVE * rate.value
        msg = (f"{fmt(k.value)} KZT / {fmt(u.value)} USD = {implied:.2f} KZT per USD; "
               f"the report's rate is {rate.value:g}")
        if not ok:
            msg += f" (off by {_rel(implied, rate.value)}, over ±{EXCHANGE_RATE_RELATIVE:.0%})"
        out.append(result("exchange_rate", ok, msg, [k, u, rate]))
    return out


def check_percent_change(report: Report) -> list[CheckResult]:
    """A stated change agrees with the two amounts it compares, when both are printed."""
    out = []
    index = _by(_amounts(report), lambda f: (f.metric, f.statistic, f.unit, f.country, f.region,
                                             f.group, _period(f)))
    for ch in report.figures:
        if ch.statistic != "change" or ch.unit != "percent" or not ch.compared_to_start:
            continue
        then = (ch.compared_to_start, ch.compared_to_end)
        pair = None
        for stat in AMOUNT_STATISTICS:
            for unit in CURRENCY_ORDER:
                now_f = index.get((ch.metric, stat, unit, ch.country, ch.region, ch.group, _period(ch)))
                then_f = index.get((ch.metric, stat, unit, ch.country, ch.region, ch.group, then))
                if now_f and then_f and then_f[0].value:
                    pair = (now_f[0], then_f[0])
                    break
            if pair:
                break
        if pair is None:
            continue
        now_f, then_f = pair
        implied = (now_f.value - then_f.value) / then_f.value * 100
        ok = abs(implied - ch.value) <= PERCENT_CHANGE_POINTS
        msg = (f"stated change {ch.value:+g}%; {fmt(now_f.value)} against {fmt(then_f.value)} "
               f"{now_f.unit} is {implied:+.2f}%")
        if not ok:
            msg += f" (off by {implied - ch.value:+.2f} points, over ±{PERCENT_CHANGE_POINTS})"
        out.append(result("percent_change", ok, msg, [ch, now_f, then_f]))
    return out


def check_count_share(report: Report) -> list[CheckResult]:
    """A country's (or region's) count equals its share times the total of its breakdown."""
    out = []
    index = _by(_amounts(report), lambda f: (f.metric, f.statistic, f.country, f.region, f.group,
                                             _period(f)))
    for share in report.figures:
        if share.statistic != "share" or share.unit != "percent" or not (share.country or share.region):
            continue
        counts = index.get((share.metric, "total", share.country, share.region, share.group,
                            _period(share)), [])
        totals = {t.unit: t for t in index.get((share.metric, "total", None, None, share.group,
                                                _period(share)), [])}
        for count in counts:
            total = totals.get(count.unit)
            if total is None or not share.value:
                continue
            expected = share.value / 100 * total.value
            rounding = 0.5 * 10 ** -decimals(share.value) / share.value
            tol = COUNT_SHARE_RELATIVE + rounding
            ok = abs(count.value - expected) <= tol * abs(expected)
            msg = (f"{fmt(count.value)} {count.unit} against {share.value:g}% of "
                   f"{fmt(total.value)} = {fmt(expected)}")
            if not ok:
                msg += f" (off by {_rel(count.value, expected)}, over ±{tol:.1%})"
            out.append(result("count_share", ok, msg, [share, count, total]))
    return out


def _family(group: str) -> str:
    return next((name for name, (members, _) in GROUP_FAMILIES.items() if group in members), group)


def check_parts_within_total(report: Report) -> list[CheckResult]:
    """Groups, countries and regions do not add up to more than the total they belong to."""
    out = []
    totals = [f for f in _amounts(report) if f.statistic == "total"]
    index = _by(totals, lambda f: (f.metric, f.unit, _period(f), f.country, f.region, f.group))

    def whole(f: Figure, group: str | None) -> Figure | None:
        found = index.get((f.metric, f.unit, _period(f), None, None, group))
        return found[0] if found else None

    def judge(parts: list[Figure], total: Figure, what: str) -> CheckResult:
        s = sum(p.value for p in parts)
        ok = s <= total.value * (1 + PARTS_RELATIVE)
        verb = "add up to" if len(parts) > 1 else "is"
        msg = (f"{what} of {total.metric} ({total.unit}) {verb} {fmt(s)}; the total"
               + (f" of {total.group}" if total.group else "") + f" is {fmt(total.value)}")
        if not ok:
            msg += f" (exceeds it by {_rel(s, total.value)})"
        return result("parts_within_total", ok, msg, [*parts, total])

    # origin groups and other families of groups against the whole
    groups = [f for f in totals if f.group and not f.country and not f.region]
    for (_, _, _, family), parts in _by(groups, lambda f: (f.metric, f.unit, _period(f),
                                                           _family(f.group))).items():
        total = whole(parts[0], None)
        if total is not None:
            out.append(judge(parts, total, f"{len(parts)} {family} groups" if len(parts) > 1 else f"group {parts[0].group}"))
    # countries and regions against their group's total, else the national one
    for dim in ("country", "region"):
        parts_all = [f for f in totals if getattr(f, dim)]
        for _, parts in _by(parts_all, lambda f: (f.metric, f.unit, _period(f), f.group)).items():
            g = parts[0].group
            total = whole(parts[0], g) or (whole(parts[0], None) if g else None)
            if total is not None:
                what = f"{len(parts)} " + ("countries" if dim == "country" else "regions")
                out.append(judge(parts, total, what if len(parts) > 1 else f"{dim} {getattr(parts[0], dim)}"))
    return out


def check_groups_whole(report: Report) -> list[CheckResult]:
    """Groups that together are the whole (CIS and non-CIS) add up to the total."""
    out = []
    totals = [f for f in _amounts(report) if f.statistic == "total" and not f.country
              and not f.region]
    index = _by(totals, lambda f: (f.metric, f.unit, _period(f), f.group))
    for family, (members, whole) in GROUP_FAMILIES.items():
        if not whole:
            continue
        for (metric, unit, period, group), found in index.items():
            if group is not None:
                continue
            parts = [index.get((metric, unit, period, g), [None])[0] for g in members]
            if None in parts:
                continue                                  # a member not printed: cannot add up
            total = found[0]
            s = sum(p.value for p in parts)
            ok = abs(s - total.value) <= GROUPS_WHOLE_RELATIVE * abs(total.value)
            msg = (f"{' + '.join(members)} {metric} ({unit}) add up to {fmt(s)}; "
                   f"the total is {fmt(total.value)}")
            if not ok:
                msg += f" (off by {_rel(s, total.value)}, over ±{GROUPS_WHOLE_RELATIVE:.0%})"
            out.append(result("groups_whole", ok, msg, [*parts, total]))
    return out


def check_footnote_numbering(report: Report) -> list[CheckResult]:
    """Numeric footnote labels run 1..n, each once, never going back a page."""
    numbered = [fn for fn in report.footnotes if fn.label.isdigit()]
    if not numbered:
        return []
    out = []
    pages: dict[int, list[int]] = defaultdict(list)
    for fn in numbered:
        pages[int(fn.label)].append(fn.page)
    labels = sorted(pages)
    text = {int(fn.label): fn for fn in reversed(numbered)}      # first printing of each label

    def fail(message: str, label: int) -> CheckResult:
        fn = text[label]
        return CheckResult(rule="footnote_numbering", ok=False, message=message,
                           page=fn.page, quote=f"{fn.label} {fn.text}")

    missing = sorted(set(range(1, labels[-1] + 1)) - set(labels))
    if missing:
        before = max((n for n in labels if n < missing[0]), default=labels[0])
        word = "footnote" if len(missing) == 1 else "footnotes"
        out.append(fail(f"{word} {_ranges(missing)} missing from 1..{labels[-1]}", before))
    for n in labels:
        if len(pages[n]) > 1:
            out.append(fail(f"footnote {n} printed {len(pages[n])} times "
                            f"(pages {', '.join(map(str, pages[n]))})", n))
    for a, b in zip(labels, labels[1:]):
        if min(pages[b]) < max(pages[a]):
            out.append(fail(f"footnote {b} (page {min(pages[b])}) stands before footnote {a} "
                            f"(page {max(pages[a])})", b))
    if not out:
        out.append(CheckResult(rule="footnote_numbering", ok=True,
                               message=f"footnotes 1..{labels[-1]} complete, in page order",
                               page=text[1].page, quote=f"1 {text[1].text}"))
    return out


def _ranges(numbers: list[int]) -> str:
    """'3, 5-7' for [3, 5, 6, 7].

    >>> _ranges([3, 5, 6, 7])
    '3, 5-7'
    """
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in spans)


def check_footnote_resolves(report: Report) -> list[CheckResult]:
    """Every footnote label a figure carries is a footnote the report prints."""
    known = {fn.label for fn in report.footnotes}
    out, resolved = [], []
    for f in report.figures:
        if not f.footnotes:
            continue
        lost = [label for label in f.footnotes if label not in known]
        if lost:
            out.append(result("footnote_resolves", False,
                              f"marker {', '.join(lost)} of {f.id} names no printed footnote", [f]))
        else:
            resolved.append(f)
    if resolved and not out:
        out.append(CheckResult(rule="footnote_resolves", ok=True,
                               message=f"the footnote markers of {len(resolved)} figure(s) all resolve"))
    return out


def _said(m) -> str:
    return f"{m.lang.upper()} p{m.page} '{m.text}': {' '.join(m.quote.split())}"


def _twin_problem(f: Figure) -> str | None:
    """Why a figure of a bilingual report has no agreeing twin, or None."""
    from decimal import Decimal

    from .precision import agree

    by_lang = {lang: [m for m in f.mentions if m.lang == lang] for lang in ("en", "ru")}
    if not by_lang["en"] or not by_lang["ru"]:
        have, lack = ("en", "Russian") if by_lang["en"] else ("ru", "English")
        return f"{f.id} has no {lack} twin; stated only as {_said(by_lang[have][0])}"
    for e in by_lang["en"]:
        for r in by_lang["ru"]:
            if not agree(Decimal(str(e.value)), e.text, Decimal(str(r.value)), r.text):
                return f"{f.id}: the English and Russian texts differ: {_said(e)} | {_said(r)}"
    return None


def check_en_ru_agree(report: Report) -> list[CheckResult]:
    """Each figure of one language's half has its twin in the other, within printed rounding."""
    langs = set(report.metadata.languages) | {m.lang for f in report.figures for m in f.mentions}
    if not {"en", "ru"} <= langs:
        return []
    out = []
    for f in report.figures:
        problem = _twin_problem(f)
        if problem:
            out.append(result("en_ru_agree", False, problem, [f]))
    if not out:
        out.append(CheckResult(rule="en_ru_agree", ok=True, message=(
            f"all {len(report.figures)} figures are stated in English and Russian alike")))
    return out


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    run: Callable[[Report], list[CheckResult]]


CHECKS: tuple[Rule, ...] = tuple(Rule(name, RULES[name], fn) for name, fn in (
    ("shares_sum", check_shares_sum),
    ("monthly_sum", check_monthly_sum),
    ("monthly_average", check_monthly_average),
    ("exchange_rate", check_exchange_rate),
    ("percent_change", check_percent_change),
    ("count_share", check_count_share),
    ("parts_within_total", check_parts_within_total),
    ("groups_whole", check_groups_whole),
    ("footnote_numbering", check_footnote_numbering),
    ("footnote_resolves", check_footnote_resolves),
    ("en_ru_agree", check_en_ru_agree),
))

CHECK_FLAG_PREFIX = "check:"


def run_checks(report: Report) -> tuple[Report, list[CheckResult]]:
    """Run every rule; return the report with results in `checks` and flags on failing figures.

    Idempotent: flags from an earlier run are replaced, never doubled, and printed values are
    never touched.
    """
    clean = [f.model_copy(update={"flags": [x for x in f.flags if not x.startswith(CHECK_FLAG_PREFIX)]})
             for f in report.figures]
    base = report.model_copy(update={"figures": clean, "checks": []})
    results = [r for rule in CHECKS for r in rule.run(base)]
    added: dict[str, list[str]] = defaultdict(list)
    for r in results:
        if not r.ok:
            for fid in r.figure_ids:
                flag = CHECK_FLAG_PREFIX + r.rule
                if flag not in added[fid]:
                    added[fid].append(flag)
    figures = [f.model_copy(update={"flags": f.flags + added[f.id]}) if added.get(f.id) else f
               for f in clean]
    return base.model_copy(update={"figures": figures, "checks": results}), results


def failed(report: Report) -> list[CheckResult]:
    """The failed results of a report's checks."""
    return [c for c in report.checks if not c.ok]


def check_line(report_id: str, c: CheckResult) -> str:
    """One line for a failed check: '<report_id> p<page> <rule>: <message> | <quote>'."""
    page = f"p{c.page}" if c.page else "p-"
    quote = " ".join((c.quote or "").split())
    return f"{report_id} {page} {c.rule}: {c.message} | {quote}"


def unread_line(report_id: str, n) -> str:
    """One line for an unread number: '<report_id> p<page> unread: <printed> | <sentence>'."""
    return f"{report_id} p{n.page} unread: {n.printed} | {' '.join((n.sentence or '').split())}"


def check_folder(folder) -> tuple[list[str], list[str]]:
    """Check every report document (`<report_id>.json`) of an output folder.

    Returns the failed checks (see `check_line`), then each report's unread numbers (see
    `unread_line`), as lines, and the problems met (unreadable or invalid documents), both in
    file-name order. Other JSON files (a manifest) are passed over.
    """
    import json
    from pathlib import Path

    from pydantic import ValidationError

    folder = Path(folder)
    if not folder.is_dir():
        return [], [f"{folder}: not a folder"]
    lines, problems, seen = [], [], 0
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            problems.append(f"{path}: cannot be read: {exc}")
            continue
        if not (isinstance(data, dict) and "metadata" in data and "figures" in data):
            continue                                        # manifest.json and the like
        try:
            report = Report.model_validate(data)
        except ValidationError as exc:
            problems.append(f"{path}: not a valid report document "
                            f"({exc.error_count()} errors, first: {exc.errors()[0]['msg']})")
            continue
        seen += 1
        checked, _ = run_checks(report)
        rid = report.metadata.report_id
        lines.extend(check_line(rid, c) for c in failed(checked))
        lines.extend(unread_line(rid, n) for n in report.numbers if n.status == "unread")
    if not seen and not problems:
        problems.append(f"{folder}: no report documents (<report_id>.json) found")
    return lines, problems
