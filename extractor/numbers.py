"""Counts, money amounts, percents and exchange rates in plain text.

Pure functions over strings. The words (scales, currencies, number words, change cues) live in
`data/numbers.json`; month names for the date mask come from `periods.month_forms`. The mechanism
is one master pattern (rate | numeric | spelled-out) scanned left to right, then a short list of
rejections for numbers that are not figures (years, dates, list and section numbers, document
numbers, phone numbers, postcodes, addresses), see `../shared/spec/phrasing.md`.

>>> [(q.kind, q.value, q.currency) for q in find_quantities("over 182.9 billion KZT or 401 million USD")]
[('money', Decimal('182900000000'), 'KZT'), ('money', Decimal('401000000'), 'USD')]
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from functools import lru_cache

import regex

from .lang import load_tables
from .periods import month_forms
from .regexes import alternation, compiled, fill
from .types import Quantity

DATA_DIR = Path(__file__).with_name("data")
TABLES = load_tables("numbers")

# Spelled numbers below this are rank or duration words ("the top three", "three years"),
# unless a scale word, currency or percent comes with them.
SPELLED_MIN_ALONE = 10
# A proportion in number words ("nine in ten") is made of words worth at most this.
RATIO_WORD_MAX = 20
# A plain 4-digit number in this range is a year (reference report: "in 2022", "2021)").
YEAR_MIN, YEAR_MAX = 1900, 2100
# List numbers and footnote labels at a text's start have at most this many digits
# ("1. The divergence", "12 The National Bank ..." on the reference report's page 4).
LIST_NUMBER_MAX_DIGITS = 2
# A change cue counts if it stands at most this many words before the number
# ("declined by 7.4 per cent"), or anywhere earlier in the clause when "by" precedes the number
# (the gapped "declined by 9.1 per cent and incoming transfers by 33.0 per cent").
CUE_MAX_WORDS_BEFORE = 3
DAY_MAX = 31
# How far back (characters) a clause is searched for a change cue; a clause is shorter.
CLAUSE_LOOKBACK = 200
# How far back an approximator ("more than about") may start.
APPROX_LOOKBACK = 24
MINUS_SIGNS = {"-", "−", "–"}
# Words between a cue and its number that make the number a level or a bound, not a change.
LEVEL_WORDS = {"to", "from", "than", "at", "reached", "reaching"} | set(TABLES.get("level_words", []))


# --- knowledge tables turned into pattern pieces ------------------------------------------------

SCALES = {k.lower(): Decimal(v) for k, v in TABLES["scale_words"].items()}
SCALE_LETTERS = {k: Decimal(v) for k, v in TABLES["scale_letters_case_sensitive"].items()}
CURRENCY_WORDS = {k.lower(): v for k, v in TABLES["currency_words"].items()}
CURRENCY_SYMBOLS = dict(TABLES["currency_symbols"])
NUMBER_WORDS = {k: Decimal(v) for k, v in TABLES["number_words"].items()}
MULTIPLIERS = {k: Decimal(v) for k, v in TABLES["number_word_multipliers"].items()}
AFTER_ONLY_CUES = set(TABLES["change_cues_after_number"])
CUES = {w: +1 for w in TABLES["change_cues"]["up"]} | {w: -1 for w in TABLES["change_cues"]["down"]}

SCALE_RE = alternation(SCALES, case_insensitive=True)
LETTER_RE = alternation(SCALE_LETTERS)
CUR_RE = "(?:" + alternation(CURRENCY_WORDS, case_insensitive=True) + "|" + alternation(CURRENCY_SYMBOLS) + ")"
PRE_CUR_RE = "(?:" + alternation(CURRENCY_SYMBOLS) + r"|(?:KZT|USD)\s?)"
PCT_RE = alternation(TABLES["percent_words"], case_insensitive=True)
PP_RE = alternation(TABLES["percentage_point_words"], case_insensitive=True)
BASE_RE = alternation(TABLES["rate_base_words"], case_insensitive=True)
QUOTE_RE = alternation(TABLES["rate_quote_words"], case_insensitive=True)
WORD_RE = alternation(NUMBER_WORDS, case_insensitive=True)
MULT_RE = alternation(MULTIPLIERS, case_insensitive=True)
POINT_WORDS = frozenset(w.lower() for w in TABLES["decimal_point_words"])
POINT_RE = alternation(TABLES["decimal_point_words"], case_insensitive=True)
APPROX_RE = alternation(TABLES["approximators"], case_insensitive=True)
DURATION_RE = alternation(TABLES["duration_units"], case_insensitive=True)
MONTH_RE = alternation(month_forms())
ADDRESS_RE = alternation(TABLES["address_words"])
DOCNO_RE = alternation(TABLES["document_number_cues"])
REFERENCE_RE = alternation(TABLES["reference_words"])
LEGAL_RE = alternation(TABLES["legal_reference_words"])          # a subset: law, article, decree
SECTION_REF_RE = alternation([w for w in TABLES["reference_words"]
                              if w not in TABLES["legal_reference_words"]])
PEOPLE_RE = alternation(TABLES["people_nouns"], case_insensitive=True)


# One printed number in digits (no sign, no scale).
NUM = fill(r"""
    (?:
        \d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?          # 1,204,377  32,460  (comma groups of three)
      | \d{1,3}(?:[\u0020\u00a0\u202f]\d{3})+,\d{1,2}(?!\d)  # 1 318,6 (space groups, decimal comma, ...
        (?=\s?(?:<SCALE>|<CUR>|<PCT>)(?!\w))        #   ... before a scale: "1 318,6 млн долл. США")
      | \d{1,3}(?:[\u0020\u00a0\u202f]\d{3})+(?!\d|,\d|\.\d)  # 950 640  6 985  (space groups of three; "1 600, ...")
      | \d+,\d{1,2}(?!\d)                           # 74,2  12,5  (decimal comma, only when ...
        (?=\s?(?:<SCALE>|<CUR>|<PCT>)(?!\w)|<LETTER>(?!\w))   #   ... a scale, currency or percent follows
        #                                                 ("82,3B tenge"),
      | \d+,\d{1,2}(?!\d)(?=\s?\((?:USD|KZT|US\$|\$|\d+,\d{1,2}\s?<SCALE>\s?<CUR>)) #   or a bracketed amount in a currency
        #                                                 follows: "KZT 72,8 (USD 142,1 million)", "52,8 (113,0 million USD)",
      | \d+,\d{1,2}(?!\d)                           #   or ends a list of such: "38,7, 39,5 and
        (?=(?:,\s|\s(?:and|or|и)\s)(?:\d+[,.]\d{1,2}(?:,\s|\s(?:and|or|и)\s))*   #   43,4 billion tenge", "64,8,
           \d+[,.]\d{1,2}\s?(?:<SCALE>|<CUR>|<PCT>)(?!\w))                  #   71.3 and 76.3 billion tenge")
      | \d+(?:\.\d+)?                               # 14  2.7  455.05
    )""", SCALE=SCALE_RE, CUR=CUR_RE, PCT=PCT_RE, LETTER=LETTER_RE)

# Everything the finder reads; one alternative per construction, tried in this order.
MASTER = compiled(fill(r"""
    (?P<rate>                                       # exchange rates come first: "1 USD = 455.05 KZT"
        (?P<r_units><NUM>)\s?<BASE>\s?=\s?(?P<r_val1><NUM>)\s?<QUOTE>(?!\w)
      | (?P<r_val2><NUM>)\s?<QUOTE>\s?(?:/|\s(?:per|for|за)\s(?:1\s|one\s)?|\sto\s(?:the\s|one\s|a\s)?)\s?<BASE>(?!\w)
                                                    # "472 KZT/USD", "472 tenge per dollar",
                                                    # "464,44 тенге за доллар США"
      | (?:(?:KZT|tenge)\s?/\s?(?:USD|\$)|USD\s?/\s?KZT)\s?(?:rate\s)?(?:of\s|at\s|=\s?|:\s?)?(?P<r_val3><NUM>)(?!\w)
                                                    # "KZT/USD 472"
      | (?:KZT|tenge|₸)\s?(?P<r_val6><NUM>)\s(?:per|for|to)\s(?:1\s|one\s|the\s|a\s|each\s)?<BASE>(?!\w)
                                                    # "KZT 451.20 per US dollar"
      | (?:KZT|tenge)\s(?:[a-z]+\s){1,6}?(?P<r_val4><NUM>)\s(?:per|for|to)\s(?:1\s|one\s|the\s|a\s)?<BASE>(?!\w)
      | (?i:the\s|one\s|a\s)?(?:dollar|USD|US\sdollar)\s(?:cost|was\sworth|was|stood\sat|averaged|traded\sat)\s
        (?:an\saverage\sof\s)?(?P<r_val5><NUM>)\s?<QUOTE>(?!\w)
                                                    # "the dollar cost 478.25 tenge", "one US dollar cost 525.11 tenge"
                                                    # "the tenge averaged 497.30 per US dollar"
      | (?:USD|US\$|\$)\s?1\s(?:cost|was\sworth|equalled|equaled|traded\sat)\s(?:an\saverage\sof\s)?
        (?:KZT|₸|tenge)\s?(?P<r_val7><NUM>)(?!\w)      # "USD 1 cost KZT 450.0"
    )
  | (?P<numeric>
        (?<![\w.,/]|[A-Za-z]-)                      # not inside a word, decimal, code or "148/2012"
        (?P<pre_cur><PRE_CUR>)?                     # "$92", "US$370", "KZT 41.2", "(USD 88"
        (?P<num><NUM>)
        (?:
            \s?(?P<scale><SCALE>)(?!\w)             # "2.7 million", "over 5 mln",
            (?:\.(?=\s?<CUR>(?!\w)))?                #   "5 mln. KZT"
          | (?(pre_cur)\s?|)(?P<letter><LETTER>)(?!\w)   # "8.4B", "$18M": letters glued to the digits
                                                    #   (after a currency, also spaced: "USD 114.5 m")
        )?
        (?:
            \s?(?P<pp><PP>)(?!\w)                   # "1.5 percentage points"
          | \s?(?P<pct><PCT>)(?!\w)                 # "42.5%", "42.54 %", "7.4 per cent"
          | \s?(?P<post_cur><CUR>)(?!\w)(?!\s?\d)    # "401 million USD", "12.7 billion tenge"; not
                                                    #   "July 2024 KZT 54.9 bn": that currency opens the next amount
            (?(scale)|(?(letter)|(?:\s(?P<post_scale><SCALE>)(?!\w))?))   # "96.3 KZT billion": the scale after it
        )?
        (?![\w])                                    # not "20th", not "Q1a"
        (?!(?<=\d)[.,]\d)                           # never stop inside a longer number
    )
  | (?P<spelled>
        (?<![\w-])
        <WORD>\b                                    # starts with a number word, not "thousands of"
        (?:
            (?:\s+|-)(?:<WORD>|<MULT>)\b            # "Eighty-two thousand"
          | (?<=<MULT>)\s+(?i:and)\s+<WORD>\b       # "thousand and eight", only after a multiplier
          | (?<=(?i:thousand|million|billion)),\s+<WORD>(?=\s+(?i:hundred)\b)   # "Four thousand, eight hundred ..."
          | \s+<POINT>(?=\s+<WORD>\b)               # "three point two seven million"
        )*
        (?:
            \s?(?P<s_pct><PCT>)(?!\w)               # "ten percent"
          | \s(?P<s_cur><CUR>)(?!\w)                # "five million tenge"
        )?
    )
    """, NUM=NUM, BASE=BASE_RE, QUOTE=QUOTE_RE, PRE_CUR=PRE_CUR_RE, SCALE=SCALE_RE,
    LETTER=LETTER_RE, PP=PP_RE, PCT=PCT_RE, CUR=CUR_RE, WORD=WORD_RE, MULT=MULT_RE, POINT=POINT_RE),
    regex.VERBOSE)

# Spans whose digits are never figures; a candidate touching one is dropped. Each alternative is
# a named group, the rule that the number accounting names (data/reasons.json, "numbers:<name>").
MASKS = compiled(fill(r"""
    (?P<url>(?:https?://|www\.)\S+)                # URLs
  | (?P<email>(?<![\w.+-])[\w.+-]++@[\w-]+(?:\.[\w-]+)+)
                                                    # e-mail addresses (from a token's start,
                                                    #   possessive: linear on long tokens)
  | (?P<domain>(?<![\w.-])(?:[\w-]++\.)++(?<=\.) # bare domains: "kazakhstan.iom.int"
    (?:int|org|com|net|gov|edu|kz|ru|uz|kg|tj|info)\b(?:/\S*)?)
  | (?P<phone>(?:\+|\b(?:Tel|Phone|Fax|Mob)\b\s*[.:]*\s*\+?)\d{1,3}(?:[\s\-]?\(?\d{2,5}\)?){2,})
                                                    # phone numbers: "+7 7172 696553"
  | (?P<phone_area>(?<![\w(])\d{1,3}\s?\(\d{3,5}\)\s?\d{1,3}(?:[-\s]?\d{2}){2}(?!\d))
                                                    # "8 (7172) 69-65-53": area code in brackets
  | (?P<docno>(?<!\w)<DOCNO>\s?\d[\w./\-]*)        # document numbers: "No. 148/2012", "No. 15"
  | (?P<ref_legal>(?<!\w)<LEGAL>\s+\d++(?:\.\d+)*+(?![\d\w])
        (?!\s?(?:<SCALE>|<CUR>|<PCT>)(?!\w)))      # "Article 49", "Decree 148"
  | (?P<ref>(?<!\w)<REF>\s+\d++(?:\.\d+)*+(?![\d\w]|,\d) # "Report 1", "Table 2.1", "page 5",
        (?!\s?(?:<SCALE>|<CUR>|<PCT>)(?!\w)))      #   not "Report 5 thousand ...", "a figure 3.6 percent", "7,6 per cent"
  | (?P<slash>\b\d+(?:/\d+)+\b)                   # "148/2012" without "No."
  | (?P<numeric_date>\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b)   # numeric dates: "31.03.2023"
  | (?P<clock>\b\d{1,2}:\d{2}\b)                  # clock times
  | (?P<day_month>\b(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?<MONTH>(?!\w))
                                                    # "31 March", "20th of April"
  | (?P<month_day>(?<!\w)<MONTH>\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|[.,]\d)
        (?!\s?(?:<SCALE>|<CUR>|<PCT>)(?!\w)))      # "May 11, 2023", not "March 29 thousand"
  | (?P<proportion>(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+
        (?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|hundred|\d{1,3})\b))
                                                    # "seven in ten tenge sent abroad", "one in five workers"
    """, DOCNO=DOCNO_RE, LEGAL=LEGAL_RE, REF=SECTION_REF_RE, MONTH=MONTH_RE, SCALE=SCALE_RE,
    CUR=CUR_RE, PCT=PCT_RE), regex.VERBOSE)
# The names of MASKS' alternatives, each a rule that data/reasons.json files under a reason.
MASK_RULES = ("url", "email", "domain", "phone", "phone_area", "docno", "ref_legal", "ref", "slash",
              "numeric_date", "clock", "day_month", "month_day", "proportion")

# Small bare integers that number a list, a footnote or an enumeration.
LIST_AT_START = compiled(r"""
    ^\s*(?:[-•·*]\s*)?                              # at the text's start, maybe after a bullet
    \(?\d{1,%d}                                     # "1", "(2"
    (?:[.)]|\s+(?=[A-Z]))                           # "1." "2)" or a footnote label "12 The ..."
    """ % LIST_NUMBER_MAX_DIGITS, regex.VERBOSE)
LEADING = compiled(r"""
    [-•·*(\s]*                                      # bullets, brackets and spaces opening a text
    """, regex.VERBOSE)
LIST_AFTER = compiled(r"""
    \.\s+[A-Z]                                      # "... Methodology 1. Legislative developments"
    """, regex.VERBOSE)
WORD_BEFORE = compiled(r"(?:\p{Ll}|\p{Ll}\s+[–—:])\s+$")   # a lower-case word right before a number, or its dash
SECTION_AFTER = compiled(r"""
    (?:\.\d+)*\.?\s+[A-Z]                           # "2.3 Permanent residence permits"
    """, regex.VERBOSE)
ADDRESS_AFTER = compiled(fill(r"""
    ,?\s+(?:[A-Z][\w'-]+\s+){0,2}<ADDRESS>(?!\w)   # "14, Mambetov Street"
    """, ADDRESS=ADDRESS_RE), regex.VERBOSE)
DURATION_AFTER = compiled(fill(r"""
    (?:\s+|-)<DURATION>(?!\w)                       # "90 days", "twelve months", "5-day"
    """, DURATION=DURATION_RE), regex.VERBOSE)
APPROX_BEFORE = compiled(fill(r"""
    (?<!\w)<APPROX>\s*$                             # "over 182.9 billion", "up to 90 days"
    """, APPROX=APPROX_RE), regex.VERBOSE)
# numbers:upper_bound: "fewer than 250", "under 2%": a bound, read, then left out by assembly;
# "11.6 percent less than 161.3 billion" compares with a figure
UPPER_BOUND_BEFORE = compiled(fill(r"""
    (?<!(?:\d|%|\bper\s?cent|\bpercent|\btimes)\s{0,3})
    (?<!\w)<BOUND>\s*(?:<PRE_CUR>)?\s*$
    """, BOUND=alternation(TABLES["upper_bounds"], case_insensitive=True), PRE_CUR=PRE_CUR_RE), regex.VERBOSE)
MULTIPLIER_AFTER = compiled(fill(r"""
    (?:\s+|-)<TIMES>(?!\w)                          # "3 times", "a 2-fold rise"
    """, TIMES=alternation(TABLES["multiplier_words"])), regex.VERBOSE)
SIGN_BEFORE = compiled(r"""
    (?:^|(?<=[\s(\[]))(?P<sign>[-−+])$              # "(-5.2%)", "+3.1%": a sign glued to the number
  | (?<=[(\[])(?P<sign>–)$                           # "(–8.4%)": an en dash typed for a minus in brackets
  | (?<=(?:\band|[:,;])\s)(?P<sign>–)$                # "+9.6 and –21.4 per cent": one after "and", a colon
    """, regex.VERBOSE)                                #  or a comma (blind designer96, 2023q2 word)


def glued_sign(text: str, start: int) -> int:
    """+1 / -1 for a sign glued to the number starting at `start` ("+9.6", "(–8.4%)"), else 0."""
    sign = SIGN_BEFORE.search(text, max(0, start - 2), start)
    return 0 if sign is None else -1 if sign["sign"] in MINUS_SIGNS else +1
# "74,2", "1 318,6": one or two digits after the comma (space groups before it in Russian text)
DECIMAL_COMMA = compiled(r"\d{1,3}(?:[\u0020\u00a0\u202f]\d{3})*,\d{1,2}|\d+,\d{1,2}")
CUE_AFTER = compiled(r"""
    \s+(?P<cue>[a-z]+|\p{Cyrillic}+)\b             # "28.98 percent less than ...", "на 3,4% больше"
    """, regex.VERBOSE)
CLAUSE_BREAK = compiled(r"""
    [,;:.()\[\]]\s | [()\[\]] | \s[–—-]\s | \n      # commas, brackets, dashes close a clause
    """, regex.VERBOSE)
DASH_BREAK = compiled(r"\s[–—-]\s")
DASH_BY = compiled(r"\s*(?:the\s+(?:former|latter)\s+)?(?:by|на)\s+(?:(?:about|around|almost|nearly|over|около|почти)\s+)?")
LETTERS = compiled(r"[A-Za-z]+|\p{Cyrillic}+")   # words, for cues and number words
BY_BEFORE = compiled(r"""
    \b(?:by|на)\s+(?:(?:about|around|almost|nearly|over|as\s+much\s+as|as\s+little\s+as|just|only|fully|около|почти)\s+)?$   # "declined by (about) 9.1", "снизилось на"
    """, regex.VERBOSE)
NUMERIC_ALONE = compiled(fill(r"""
    ^(?P<pre_cur><PRE_CUR>)?\s?(?P<num><NUM>|\d{1,3}(?:[\u0020\u00a0\u202f]\d{3})+,\d{1,2}|\d+,\d{1,2})
    (?:\s?(?P<scale><SCALE>)|(?P<letter><LETTER>)|(?(pre_cur)\s(?P<spaced><LETTER>)|(?!)))?
    (?:\s?(?:<PCT>|<PP>|<CUR>))?$
    """, PRE_CUR=PRE_CUR_RE, NUM=NUM, SCALE=SCALE_RE, LETTER=LETTER_RE, PCT=PCT_RE,
                                      PP=PP_RE, CUR=CUR_RE), regex.VERBOSE)
APPROX_AT_START = compiled(fill(r"""
    ^(?:<APPROX>\s+)+                               # "over ", "more than about "
    """, APPROX=APPROX_RE), regex.VERBOSE)
# "nine officers of the migration police": a small number word counting people.
PEOPLE_AFTER = compiled(fill(r"""
    \s+(?:[\w-]+\s+){0,2}?<PEOPLE>\b               # up to two words, then a people noun (match at pos)
    """, PEOPLE=PEOPLE_RE), regex.VERBOSE)
# "... 22 participants: nine represented NGOs": a small number word as the subject of a breakdown.
PEOPLE_VERB_AFTER = compiled(fill(r"""
    \s+<VERB>\b
    """, VERB=alternation(TABLES["people_verbs"], case_insensitive=True)), regex.VERBOSE)
RANK_BEFORE = compiled(r"\b(?:the|top|first|last|other|these|those|all)\s+$", regex.I)
# "nine permits in ten", "one migrant out of five": a proportion in small number words, no count
SMALL_WORD_RE = alternation([w for w, v in NUMBER_WORDS.items() if v <= RATIO_WORD_MAX], case_insensitive=True)
RATIO_BEFORE = compiled(fill(r"""
    \b<SMALL>\s+(?:[\p{L}-]+\s+){0,2}?(?:in|out\s+of)\s+(?:every\s+)?$
    """, SMALL=SMALL_WORD_RE), regex.VERBOSE | regex.I)
RATIO_AFTER = compiled(fill(r"""
    \s+(?:[\p{L}-]+\s+){0,2}?(?:in|out\s+of)\s+(?:every\s+)?<SMALL>\b
    """, SMALL=SMALL_WORD_RE), regex.VERBOSE | regex.I)
SPELLED_ALONE = compiled(fill(r"""
    <WORD>(?:(?:\s+|-|\s+(?i:and)\s+)(?:<WORD>|<MULT>))*\s*   # the whole text in number words
    """, WORD=WORD_RE, MULT=MULT_RE), regex.VERBOSE)


# --- small converters ------------------------------------------------------------------------

def _tidy(value: Decimal) -> Decimal:
    """Drop a zero fraction and exponent: 2.7 * 10**6 prints as 2700000, not 2.7E+6."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _digits(text: str) -> Decimal:
    """'1,204,377' -> 1204377, '74,2' -> 74.2 (decimal comma), '2.7' -> 2.7."""
    if DECIMAL_COMMA.fullmatch(text):
        return Decimal(regex.sub(r"[\u0020\u00a0\u202f]", "", text).replace(",", "."))
    return Decimal(regex.sub(r"[,\u0020\u00a0\u202f]", "", text))


def _scale_of(scale: str | None, letter: str | None) -> Decimal | None:
    if scale:
        return SCALES[regex.sub(r"\s+", " ", scale.lower())]
    if letter:
        return SCALE_LETTERS[letter]
    return None


def _currency_of(word: str | None) -> str | None:
    if not word:
        return None
    word = regex.sub(r"\s+", " ", word.strip())
    return CURRENCY_SYMBOLS.get(word) or CURRENCY_WORDS.get(word.lower())


def spelled_value(text: str) -> Decimal | None:
    """The value of number words: units add up, 'hundred' multiplies, larger scales close a group.

    >>> spelled_value("Seven thousand and eight hundred")
    Decimal('7800')
    >>> spelled_value("Eighty-two thousand"), spelled_value("one hundred and twenty")
    (Decimal('82000'), Decimal('120'))
    >>> spelled_value("three point two seven million")
    Decimal('3270000')
    >>> spelled_value("Four thousand, eight hundred and seventy")
    Decimal('4870')
    """
    total = current = Decimal(0)
    seen = False
    decimals: str | None = None     # the digits said after "point"
    for token in LETTERS.findall(text):
        word = token.lower()
        if word == "and" and decimals is None:
            continue
        if word in POINT_WORDS and decimals is None:
            decimals = ""
            continue
        if decimals is not None and word in NUMBER_WORDS and NUMBER_WORDS[word] < 10:
            decimals += str(NUMBER_WORDS[word])
            continue
        if decimals is not None:
            if not decimals or word not in MULTIPLIERS or word == "hundred":
                return None
            current += Decimal("0." + decimals)
            decimals = None
        if word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in MULTIPLIERS:
            total += (current or 1) * MULTIPLIERS[word]
            current = Decimal(0)
        else:
            return None
        seen = True
    if decimals:
        current += Decimal("0." + decimals)
    return _tidy(total + current) if seen and decimals != "" else None


def parse_number(text: str) -> Decimal | None:
    """The value, in base units, of one printed number; None if `text` is not one number.

    >>> parse_number("2.7 million"), parse_number("7,8 thousand"), parse_number("32,460")
    (Decimal('2700000'), Decimal('7800'), Decimal('32460'))
    >>> parse_number("Seven thousand and eight hundred"), parse_number("over 5 mln")
    (Decimal('7800'), Decimal('5000000'))
    >>> parse_number("8.4B"), parse_number("$18M"), parse_number("migrants")
    (Decimal('8400000000'), Decimal('18000000'), None)
    >>> parse_number("USD 114.5 m"), parse_number("114.5 m")
    (Decimal('114500000'), None)
    """
    s = APPROX_AT_START.sub("", text.strip().strip("()").strip())
    m = NUMERIC_ALONE.match(s)
    if m:
        value = _digits(m["num"])
        scale = _scale_of(m["scale"], m["letter"] or m["spaced"])     # "USD 114.5 m": after a currency
        return _tidy(value * scale) if scale else value
    if SPELLED_ALONE.fullmatch(s):
        return spelled_value(s)
    return None


# --- the finder ----------------------------------------------------------------------------

def masked_spans(text: str) -> list[tuple[int, int, str]]:
    """The spans whose digits are never figures, each with the name of the mask that took it.

    >>> masked_spans("see Decree No. 148/2012 of 31 March")
    [(11, 23, 'docno'), (27, 35, 'day_month')]
    """
    return list(_mask_scan(text))


@lru_cache(maxsize=4096)
def _mask_scan(text: str) -> tuple[tuple[int, int, str], ...]:
    """masked_spans, once per text: assembly and the number accounting both ask for it."""
    spans = []
    for m in MASKS.finditer(text):
        day = m["day1"] or m["day2"]
        if day is not None and not 1 <= int(day) <= DAY_MAX:
            continue
        spans.append((m.start(), m.end(), next(n for n in MASK_RULES if m[n] is not None)))
    return tuple(spans)


def _masked_spans(text: str) -> list[tuple[int, int]]:
    return [(s, e) for s, e, _ in masked_spans(text)]


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def _at_start(text: str, m: regex.Match) -> bool:
    """Only a bullet, bracket or spaces stand before the match."""
    return LEADING.match(text).end() >= m.start()


def _not_a_figure(m: regex.Match, text: str) -> str | None:
    """Why a bare numeric candidate is not a figure ('year', 'list', ...), or None."""
    num, end = m["num"], m.end()                    # the *_AFTER patterns match at `end`
    bare = not (m["scale"] or m["letter"] or m["pct"] or m["pp"] or m["post_cur"] or m["pre_cur"])
    if not bare:
        return None
    if regex.fullmatch(r"\d{4}", num) and YEAR_MIN <= int(num) <= YEAR_MAX:
        return "year"
    if regex.fullmatch(r"0\d+", num):
        return "postcode"                           # "010000, Astana"
    small = regex.fullmatch(r"\d{1,%d}" % LIST_NUMBER_MAX_DIGITS, num)
    if small and LIST_AT_START.match(text[:m.end() + 2]) and _at_start(text, m):
        return "list"
    if small and LIST_AFTER.match(text, end):
        return "list"
    if small and text[m.start() - 1:m.start()] == "(" and text[end:end + 1] == ")":
        return "enumeration"                        # "(2)"
    # "2.3 Permanent ..."; a lone "24.6" is kept: chart legends print values alone (sample
    # mtm-kaz-2022q2-twocol-chromium, page 3); so is a value closing a sentence after a word
    # ("... and those of the next country 14.5. Most of them ...")
    if "." in num and "," not in num and SECTION_AFTER.match(text, end) \
            and not (WORD_BEFORE.search(text, 0, m.start()) and text[end:end + 1] == "."
                     and not text[end + 1:end + 2].isdigit()):
        return "section"
    if regex.fullmatch(r"\d+", num) and ADDRESS_AFTER.match(text, end):
        return "address"
    return None


def _direction(text: str, start: int, end: int) -> int:
    """+1 / -1 from a sign ('(-5.2%)'), a change cue after ('28.98 percent less') or before
    ('declined by 7.4')."""
    glued = glued_sign(text, start)
    if glued:
        return glued
    after = CUE_AFTER.match(text, end)
    if after and after["cue"] in CUES:
        return CUES[after["cue"]]
    before = text[max(0, start - CLAUSE_LOOKBACK):start]
    breaks = list(CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    if breaks and DASH_BY.fullmatch(clause) and (DASH_BREAK.fullmatch(breaks[-1].group())
                                                  or breaks[-1].group().strip() in ("(", "[", ",")):
        # "shrank faster still – by 12.5 percent –", "fell sharply (by 18.0% and 20.5%
        # respectively)", "fell less steeply, by 4.9%": the change word stands before the dash,
        # the bracket or the comma
        clause = before[breaks[-2].end() if len(breaks) > 1 else 0:]
    elif breaks and DASH_BY.fullmatch(clause) and breaks[-1].group().strip() in (")", "]"):
        # "exceeded the previous quarter's level (2.97 million) by 31.5 per cent": the change
        # word stands before the bracket
        opened = max(before.rfind("(", 0, breaks[-1].start()), before.rfind("[", 0, breaks[-1].start()))
        if opened > 0:
            head = before[:opened]
            cut = list(CLAUSE_BREAK.finditer(head))
            clause = head[cut[-1].end() if cut else 0:] + " " + clause
    words = LETTERS.findall(clause)
    for i in range(len(words) - 1, -1, -1):
        cue = CUES.get(words[i].lower())
        if cue is None:
            continue
        pair = " ".join(words[i - 1:i + 1]).lower() if i else ""
        if words[i].lower() in AFTER_ONLY_CUES and words[i + 1:i + 2] not in (["by"], ["на"]) and pair not in CUES:
            continue                                # "made up 40.2 per cent", not "picked up 8.3%"
        between = {w.lower() for w in words[i + 1:]}
        if between & LEVEL_WORDS:
            return 0                                # "increased to 45%", "more than 5%"
        near = len(words) - 1 - i <= CUE_MAX_WORDS_BEFORE
        gapped = BY_BEFORE.search(clause)
        return cue if near or gapped else 0
    return 0


def _flags(m: regex.Match, text: str, kind: str) -> tuple[str, ...]:
    flags = []
    if DECIMAL_COMMA.fullmatch(m["num"] or ""):
        flags.append("decimal_comma")
    if m["spelled"]:
        flags.append("spelled_out")
    if kind == "count" and DURATION_AFTER.match(text, m.end()):
        flags.append("duration")
    if kind == "count" and MULTIPLIER_AFTER.match(text, m.end()):
        flags.append("multiplier")                  # "3 times as much": not a count of anything
    if m["pp"]:
        flags.append("percentage_points")
    if APPROX_BEFORE.search(text, max(0, m.start() - APPROX_LOOKBACK), m.start()):
        flags.append("approximate")
    if upper_bound_before(text, m.start()):
        flags.append("upper_bound")
    return tuple(flags)


def upper_bound_before(text: str, start: int) -> bool:
    """The number at `start` is a bound ("fewer than 250", "Abay under 250"): numbers:upper_bound."""
    return bool(UPPER_BOUND_BEFORE.search(text, max(0, start - APPROX_LOOKBACK), start))


def _rate(m: regex.Match) -> Quantity:
    value = _digits(m["r_val1"] or m["r_val2"] or m["r_val3"] or m["r_val4"] or m["r_val5"] or m["r_val6"]
                    or m["r_val7"])
    if m["r_units"]:
        value = value / _digits(m["r_units"])
    return Quantity(m.start(), m.end(), m[0], _tidy(value), "rate", currency="KZT_per_USD")


def _numeric(m: regex.Match, text: str) -> Quantity | None:
    if _not_a_figure(m, text):
        return None
    value = _digits(m["num"])
    scale = _scale_of(m["scale"] or m["post_scale"], m["letter"])
    value = _tidy(value * scale) if scale else value   # unscaled keeps its printed precision
    currency = _currency_of(m["pre_cur"]) or _currency_of(m["post_cur"])
    if m["pct"] or m["pp"]:
        kind = "percent"
    elif currency:
        kind = "money"
    else:
        kind = "count"
    # "25.8 KZT (56.7 million USD)": a money amount without a scale word; assembly takes the
    # scale from its pair. Amounts printed in full ("1,500,000 KZT") need no scale word.
    scale_stated = (kind != "money" or scale is not None
                    or "," in m["num"] and not DECIMAL_COMMA.fullmatch(m["num"]))
    direction = _direction(text, m.start(), m.end()) if _may_carry_cue(kind, text, m) else 0
    return Quantity(m.start(), m.end(), m[0], value, kind, currency=currency,
                    scale_stated=scale_stated, direction=direction,
                    flags=_flags(m, text, kind))


def _may_carry_cue(kind: str, text: str, m: regex.Match) -> bool:
    """Percents carry change cues; counts and amounts only as 'increased by N' (else '35
    thousand ... outnumbers' or 'sent ... 5 thousand' would read as changes)."""
    return kind == "percent" or bool(BY_BEFORE.search(text, max(0, m.start() - CLAUSE_LOOKBACK),
                                                      m.start()))


def _spelled(m: regex.Match, text: str) -> Quantity | None:
    words = m[0]
    if m["s_pct"] or m["s_cur"]:
        words = words[:m.start("s_pct" if m["s_pct"] else "s_cur") - m.start()]
    value = spelled_value(words)
    if value is None or value <= RATIO_WORD_MAX and (
            RATIO_BEFORE.search(text, max(0, m.start() - CLAUSE_LOOKBACK), m.start())
            or RATIO_AFTER.match(text, m.end())):
        return None                                 # a proportion ("nine permits in ten"), no count
    has_scale = any(t.lower() in MULTIPLIERS and t.lower() != "hundred"
                    for t in LETTERS.findall(words))
    if value < SPELLED_MIN_ALONE and not (has_scale or m["s_pct"] or m["s_cur"]
                                          or PEOPLE_AFTER.match(text, m.end())
                                          or PEOPLE_VERB_AFTER.match(text, m.end())
                                          and not RANK_BEFORE.search(text, max(0, m.start() - 12), m.start())):
        return None                                 # "the top three", "three years"
    currency = _currency_of(m["s_cur"])
    kind = "percent" if m["s_pct"] else "money" if currency else "count"
    direction = _direction(text, m.start(), m.end()) if kind == "percent" else 0
    return Quantity(m.start(), m.end(), m[0], value, kind, currency=currency,
                    direction=direction, flags=_flags(m, text, kind))


def find_quantities(text: str) -> list[Quantity]:
    """Every count, money amount, percent and exchange rate in `text`, in order, non-overlapping.

    >>> [(q.text, q.value, q.kind) for q in find_quantities("1 USD = 455.05 KZT; 42.5% in 2023")]
    [('1 USD = 455.05 KZT', Decimal('455.05'), 'rate'), ('42.5%', Decimal('42.5'), 'percent')]
    >>> [(q.text, q.direction) for q in find_quantities("declined by 7.4 per cent")]
    [('7.4 per cent', -1)]
    >>> find_quantities("On 14 January, see Decree No. 148/2012 and the top three.")
    []
    """
    masked = _masked_spans(text)
    found = []
    for m in MASTER.finditer(text):
        if _overlaps(m.span(), masked):
            continue
        if m["rate"]:
            found.append(_rate(m))
        elif m["numeric"]:
            q = _numeric(m, text)
            if q:
                found.append(q)
        elif (q := _spelled(m, text)):
            found.append(q)
    return found


def number_spans(text: str) -> list[tuple[int, int, str | None]]:
    """Every number this module reads in `text` (what `find_quantities` keeps and what it drops),
    in order, with the rule that makes it no figure ("numbers:<rule>", filed under a reason by
    data/reasons.json), or None when it is kept. The number accounting (accounting.py) takes
    its reasons from here instead of re-deriving them.

    >>> number_spans("In 2023, 1.2 million arrived; the top three; for 90 days; 3 times")[::2]
    [(3, 7, 'numbers:year'), (38, 43, 'numbers:small_number_word'), (58, 59, 'numbers:multiplier')]
    """
    masked = masked_spans(text)
    out = []
    for m in MASTER.finditer(text):
        why = next((r for s, e, r in masked if m.start() < e and s < m.end()), None)
        if why is None and m["numeric"]:
            why = _not_a_figure(m, text) or _flag_rule(_numeric(m, text))
        elif why is None and m["spelled"]:
            q = _spelled(m, text)
            # "recorded zero registrations": a zero is a figure's number, never a small word
            why = None if q is None and m.group(0).strip().lower() in ("zero", "nil") else \
                "small_number_word" if q is None else _flag_rule(q)
        out.append((m.start(), m.end(), f"numbers:{why}" if why else None))
    return out


def _flag_rule(q: Quantity | None) -> str | None:
    """A duration ("90 days"), a ratio ("3 times") or a bound ("fewer than 250") is read, then
    left out by assembly."""
    flags = q.flags if q is not None else ()
    return next((f for f in ("duration", "multiplier", "upper_bound") if f in flags), None)
