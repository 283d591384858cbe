"""How precisely a statement prints its number, and when two statements agree."""
from __future__ import annotations

from decimal import Decimal

import regex

# Two statements of one figure agree when they differ by less than one unit of the coarser
# one's last printed digit (reports truncate as well as round: 63.1 in text, 63.18 in a legend).
ROUNDING_SLACK = Decimal("1.0")


def decimals(text: str) -> int:
    """Digits after the decimal separator of the first number in `text`.

    >>> decimals("18.27%"), decimals("6,4 thousand"), decimals("41,205")
    (2, 1, 0)
    """
    m = regex.search(r"\d+(?:[.,](\d+))?", text)
    if not m or not m.group(1):
        return 0
    if "," in m.group(0) and len(m.group(1)) == 3:
        return 0
    return len(m.group(1))


def significant(text: str, value: Decimal) -> int:
    """How many significant digits a statement prints ("2,201,075" 7, "2.2 million" 2,
    "18.27%" 4, "Six thousand and four hundred" 2).

    >>> significant("2,201,075", Decimal(2201075)), significant("2.2 million", Decimal(2200000))
    (7, 2)
    >>> significant("Six thousand and four hundred", Decimal(6400))
    2
    """
    m = regex.search(r"\d[\d,. ]*", text)
    if not m:
        digits = format(abs(value), "f").replace(".", "").strip("0")
        return len(digits) or 1
    raw = m.group(0).strip().rstrip(".,")
    digits = regex.sub(r"\D", "", raw).lstrip("0")
    return len(digits) or 1


def agree(a: Decimal, a_text: str, b: Decimal, b_text: str) -> bool:
    """Two printed statements give the same figure within the coarser one's precision.

    >>> agree(Decimal(2930000), "2.93 million", Decimal(2931540), "2,931,540")
    True
    >>> agree(Decimal(2930000), "2.93 million", Decimal(3214862), "3,214,862")
    False
    """
    if a == b:
        return True
    # one unit of the coarser statement's last digit, in its printed scale ("2.7 million"):
    # each statement's unit is its own last digit times its own scale, so "2.93 million" (a
    # unit of 10,000) and "3,214,862" (a unit of 1) do not agree
    unit = max(_last_digit(a, a_text), _last_digit(b, b_text))
    return abs(a - b) < unit * ROUNDING_SLACK


def _last_digit(value: Decimal, text: str) -> Decimal:
    """The value of one unit of the statement's last printed digit.

    >>> _last_digit(Decimal(2930000), "2.93 million"), _last_digit(Decimal(3214862), "3,214,862")
    (Decimal('10000.00'), Decimal('1'))
    """
    return Decimal(1).scaleb(-decimals(text)) * _printed_scale(value, text)


def _printed_scale(value: Decimal, text: str) -> Decimal:
    m = regex.search(r"\d+(?:[.,]\d+)*", text)
    if not m:
        return Decimal(1)
    digits = m.group(0).replace(",", ".") if decimals(text) else m.group(0).replace(",", "")
    try:
        printed = Decimal(digits)
    except Exception:
        return Decimal(1)
    if printed == 0:
        return Decimal(1)
    return (value / printed).quantize(Decimal(1)) if value / printed >= 1 else Decimal(1)
