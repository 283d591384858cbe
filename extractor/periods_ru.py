"""Russian period rules: the constructions Russian builds differently from English.

The words (month names in every case, ordinals, counts, 'аналогичным периодом') are rows of
data/periods.ru.json joined into periods.py's tables; these rules arrange them in Russian word
order and reuse periods.py's resolvers, so a Russian period resolves exactly like its English
twin ('в третьем квартале 2024 года' and 'the third quarter of 2024').
"""
from __future__ import annotations

from .periods import (Rule, _compile, _resolve_day, _resolve_first_months, _resolve_half,
                      _resolve_month, _resolve_month_range,
                      _resolve_quarter, _resolve_same_period)

# "2024 года", "2024 г.", "2024 году", "2024 гг."
YEAR_RU = r"""(?P<year><YEAR>)(?:\s*(?i:года|году|год|гг?\.))?"""

RULES_RU = [
    Rule("quarter (ru)", _compile(r"""
        (?<!\w)(?P<ord><ORD>)\s+(?i:квартал[аеуом]*)(?!\w)       # "в третьем квартале", "I квартал"
        (?:\s+""" + YEAR_RU + r"""|\s+(?P<prevyear>(?i:прошлого|предыдущего)\s+года))?
      | (?<!\w)(?P<q>[1-4])(?:-?(?i:м|й|го))?\s+(?i:квартал[аеуом]*)(?!\w)   # "3-м квартале 2024 г."
        (?:\s+""" + YEAR_RU + r""")?
      """), _resolve_quarter),
    Rule("half (ru)", _compile(r"""
        (?<!\w)(?P<h><HALF>)\s+(?i:полугоди[еяюим]+)(?!\w)        # "во втором полугодии 2022 года"
        (?:\s+""" + YEAR_RU + r""")?(?P<hn>(?!))?(?P<month>(?!))?    # (no "H2", no month: groups of the resolver)
      """), _resolve_half),
    Rule("month range (ru)", _compile(r"""
        (?:(?i:с)\s+)?(?P<m1><MONTH>)(?:\s+(?P<y1><YEAR>))?        # "январь", "с января"
        (?:\s*[-–—]\s*|\s+(?i:по)\s+)(?P<m2><MONTH>)               # " – март", " по сентябрь"
        (?:\s+""" + YEAR_RU + r""")?
      """), _resolve_month_range),
    Rule("first months (ru)", _compile(r"""
        (?:(?i:за)\s+)?(?:(?i:первые)\s+)?(?P<n><COUNT>)\s+(?i:месяц\w*)\s+""" + YEAR_RU + r"""
      """), _resolve_first_months),
    Rule("day (ru)", _compile(r"""
        (?P<d1><DAY>)\s+(?P<m1><MONTH>)(?:\s+""" + YEAR_RU + r""")?   # "на 1 октября 2024 года"
      """), _resolve_day),
    Rule("month (ru)", _compile(r"""
        (?P<month><MONTH>)\s+""" + YEAR_RU + r"""                  # "в сентябре 2024 года"
      | (?<=(?<!\w)(?i:в|во|за)\s+)(?P<month><MONTH>)(?!\s*(?:[-–—]|\d))   # "в июле": the report's year
      """), _resolve_month),
    Rule("same period of (ru)", _compile(r"""
        <SAME>\s+""" + YEAR_RU + r"""                              # "с аналогичным периодом 2023 года"
      """), _resolve_same_period),
]
