"""Words the extractor reads, keyed by language; data only, no logic.

Every language-specific word lives here so that another language adds a ``Lexicon`` rather than
reshaping the extractor: English ("en") and Russian ("ru"). Besides words, a lexicon holds the few
shapes that differ by grammar (the period phrase template, the relative-clause and flow-owner
patterns), each with a comment. Where the English words came from (the Russian tables say so
one by one, below ``_RU``'s heading):

- scale words and number words: English usage in wire copy (Reuters, AP, Bloomberg style guides
  abbreviate as bn/mln/mn/m/tn/trln), plus the misspelling "billon" seen in the embedded article;
- currency symbols, codes and names: ISO 4217 codes and the names used in the English Wikipedia
  "List of circulating currencies", plus the older European currencies that the Recognizers-Text
  newswire suite mentions (markka, guilder, peseta, franc, mark);
- flow, bound, projection and period words: written for tradefigures from the shapes of trade
  reports (TASS, Armenpress, Reuters, government statements);
- countries: ISO 3166-1 alpha-3 codes (checked against pycountry in the tests) with the names,
  adjectives and capitals (used as metonyms: "Moscow expects ...") that news text uses. pycountry
  itself has no adjectives or capitals and costs ~70 ms to import, so the table is written out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

__all__ = ["LEXICONS", "Lexicon"]

# English period phrases: "first half of 2024", "H1 2024", "Q3", "nine months of 2024",
# "January–June 2024", "January–April of 2022", "2020-2022", "by 2030", "by the end of the decade",
# "within five years", "last year", "a year earlier", "annual".
_PERIODS_EN = r"""(?ix)
        (?<![\w])(?:
          (?:the\s+)?(?P<hord>{ordinal})\s+half(?:\s+of)?
            (?:\s+(?:the\s+year\s+)?(?:{year_ref_h}))?
        | H(?P<hnum>[12])(?:\s*[-/]?\s*(?P<hY2>(?:19|20)\d{{2}})|\s*'?(?P<hYY2>\d{{2}}))?(?![\w])
        | (?P<hnum2>[12])H\s*'?(?P<hYY3>(?:19|20)?\d{{2}})(?![\w])
        | (?P<hY3>(?:19|20)\d{{2}})\s*H(?P<hnum3>[12])(?![\w])
        | (?:the\s+)?(?P<qord>{ordinal})\s+quarter(?:\s+of)?
            (?:\s+(?:{year_ref_q}))?
        | Q(?P<qnum>[1-4])(?:\s*[-/]?\s*(?P<qY2>(?:19|20)\d{{2}})|\s*'?(?P<qYY2>\d{{2}}))?(?![\w])
        | (?P<qnum2>[1-4])Q\s*'?(?P<qYY3>(?:19|20)?\d{{2}})(?![\w])
        | (?P<qY3>(?:19|20)\d{{2}})\s*Q(?P<qnum3>[1-4])(?![\w])
        | (?:(?:the\s+)?(?:first\s+)?(?P<mcount>{counts}|\d{{1,2}})\s+months
            |(?:the\s+)?first\s+(?P<qcount>two|three|2|3)\s+quarters)
            (?:\s+of(?:\s+the\s+year)?)?(?:\s+(?:{year_ref_m}))?
        | (?P<mcount2>\d{{1,2}})M\s*'?(?P<mYY2>(?:19|20)?\d{{2}})(?![\w])
        | (?P<m1>{month}){dash}(?P<m2>{month})(?:\s*,?\s*(?:of\s+)?(?P<rY>(?:19|20)\d{{2}})(?![\d]))?
        | (?P<m0>{month})(?!\s+\d{{1,2}}(?![\d]))(?:\s*,?\s*(?:of\s+)?(?P<oY>(?:19|20)\d{{2}})(?![\d]))?
        | (?P<y1>(?:19|20)\d{{2}}){dash}(?P<y2>(?:19|20)\d{{2}})(?![\d])
        | (?:FY\s*)?(?P<fy1>(?:19|20)\d{{2}})\s*[-/\u2013]\s*(?P<fy2>\d{{2}})(?![\d])
        | FY\s*'?(?P<fy3>(?:19|20)?\d{{2}})(?![\w])
        | (?P<by>by|until|till|through)\s+(?:the\s+end\s+of\s+)?(?P<byY>(?:19|20)\d{{2}})(?![\d])
        | (?:by|until|till|through)\s+the\s+end\s+of\s+the\s+(?P<endof>decade|year)
        | (?P<ahead>within|in|over|during)\s+(?P<next>the\s+next\s+)?(?P<aheadN>{years_count}|\d{{1,2}})
            \s+years(?:['’]?\s+time)?
        | (?P<sY>(?:19|20)\d{{2}})(?![\d])
        | (?P<earlier>{earlier})
        | (?P<rel>{rel_year})
        | (?P<annual>annual|annually|yearly|per\s+year|a\s+year|per\s+annum)
        )(?![\w])
        """


# The month a government's fiscal year starts in, where it is not January: a split year ("2023-24",
# "FY24") in a figure of that country covers these months. From the countries' budget calendars
# (India, Japan, the UK, Canada, Hong Kong, Singapore, South Africa: April; Pakistan, Australia,
# Egypt, Bangladesh, New Zealand, Kenya: July; the US federal year: October).
FISCAL_YEAR_STARTS: Mapping[str, int] = MappingProxyType({
    "IND": 4, "JPN": 4, "GBR": 4, "CAN": 4, "HKG": 4, "SGP": 4, "ZAF": 4,
    "PAK": 7, "AUS": 7, "EGY": 7, "BGD": 7, "NZL": 7, "KEN": 7,
    "USA": 10,
})


# A sign or word several currencies share, read as the reporting country's own where the figure's
# reporter is one of these: "¥" is the yen, and the yuan in Chinese copy; "Rs" and "rupees" are
# Indian unless the figure is Pakistan's, Sri Lanka's or Nepal's.
OWN_CURRENCY: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "JPY": MappingProxyType({"CHN": "CNY", "JPN": "JPY"}),
    "INR": MappingProxyType({"PAK": "PKR", "LKA": "LKR", "NPL": "NPR", "IND": "INR"}),
})


@dataclass(frozen=True)
class Lexicon:
    """The words of one language, as plain data the extractor compiles into patterns."""

    # scale words → multiplier
    scales: Mapping[str, float]
    # number words → value; "half" and "quarter" are fractions, "hundred" multiplies
    number_words: Mapping[str, float]
    # currency marks written before the number: symbols and codes → ISO 4217
    prefix_currencies: Mapping[str, str]
    # currency names written after the number (lower case; plural and singular) → ISO 4217
    currency_words: Mapping[str, str]
    # "Canadian dollars": qualifier + name → ISO 4217 (qualifier lower case, name singular base)
    qualified_currencies: Mapping[str, str]
    # minor units → (ISO 4217, divisor)
    minor_units: Mapping[str, tuple[str, float]]
    # ISO 4217 codes the extractor accepts when written as codes (upper case)
    codes: frozenset[str]
    # words before an amount that make it a bound
    bound_cues: Mapping[str, str]
    # words that make a figure a projection
    projection_cues: tuple[str, ...]
    # words naming a trade flow → metric
    metric_words: Mapping[str, str]
    # words naming money that is not a trade flow (checked before metric_words)
    other_words: tuple[str, ...]
    # words just before an amount that make it a change, not a level ("grew by $1bn")
    increment_cues: tuple[str, ...]
    # verbs of change: "rose from $5bn to $6bn" is two figures, not a range
    change_verbs: tuple[str, ...]
    # range words: "between $5 and $6 billion"
    range_openers: tuple[str, ...]
    # months, by name and abbreviation → month number
    months: Mapping[str, int]
    # ordinals used for halves and quarters → number
    ordinals: Mapping[str, int]
    # country names, adjectives and capitals → ISO 3166 alpha-3
    countries: Mapping[str, str]
    # currencies whose "$" or "¥" sign is read by the country the sentence speaks of
    yen_sign_context: tuple[str, ...] = field(default=("china", "chinese", "beijing", "yuan"))

    # --- how numbers are written (the English defaults are the shapes of wire copy)
    # spaces that may separate thousands ("8 300"); Russian copy also uses a plain space
    thousands_spaces: str = "\u00a0\u202f\u2009"
    # True: a comma is always the decimal mark ("1,125 млрд" is 1.125 billion)
    decimal_comma: bool = False
    # words joining two numbers into a pair: "$14 to $16 billion", "от 14 до 16 млрд"
    range_separators: tuple[str, ...] = ("to", "and")
    # of those, the ones that make a range only after a range opener ("between $5 and $6bn")
    opener_separators: tuple[str, ...] = ("and",)
    # separators of one sum written in two scales: "1 billion and 750 million"; "" = none
    # ("38 млрд 607,6 млн")
    sum_separators: tuple[str, ...] = ("and",)
    # prepositions after a verb of change that make a pair two figures ("rose from $5bn to $6bn")
    change_prepositions: tuple[str, ...] = ("from", "by")
    # words that make a pair two figures on their own ("by $5bn to $6bn")
    change_words_alone: tuple[str, ...] = ("by",)
    # inside number words: articles ("half a billion") and the joining "and" ("ten and a half")
    number_articles: tuple[str, ...] = ("a", "an")
    number_conjunctions: tuple[str, ...] = ("and",)
    # number words that multiply what comes before ("two hundred")
    number_multipliers: tuple[str, ...] = ("hundred", "dozen")
    # "3 dollars 50 cents": the minor-unit words and the words that may follow the cents
    tail_minor: tuple[str, ...] = ("cent", "cents", "mao")
    tail_followers: tuple[str, ...] = ("more", "and", "is")
    # substrings of the currency and scale words that end an amount written in words: the fast
    # scan looks for these before trying number words ("eight billion dollars")
    word_amount_marks: tuple[str, ...] = (
        "illion", "billon", "thousand", "dollar", "euro", "yen", "yuan", "pound",
        "ruble", "rouble", "cent", "penny", "pence", "usd",
    )
    # True when every mark is the start of its word: then marks inside words are skipped
    word_amount_marks_start_words: bool = False
    # abbreviations a full stop does not end a sentence after
    abbreviations: frozenset[str] = frozenset(
        ("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "corp", "co", "ltd", "plc", "no",
         "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
         "dec", "u.s", "u.k", "e.g", "i.e", "gen", "gov", "sen", "rep", "dept", "est", "approx",
         "fig")
    )

    # --- the words around a figure
    # words between a bound cue and the amount: "exceeded the record level of $5bn"
    bound_fillers: tuple[str, ...] = (
        "the", "a", "an", "record", "level", "mark", "of", "threshold", "figure", "total", "sum",
    )
    # bound cues that read as a plain "to" after a verb of change ("вырос до 10 млрд" is exact)
    to_after_change: tuple[str, ...] = ()
    # words after an amount that make it a projection ("$5bn is expected"), and the auxiliaries
    # that may come between
    projection_after: tuple[str, ...] = (
        "expected", "forecast", "projected", "planned", "targeted", "anticipated", "envisaged",
        "seen",
    )
    projection_auxiliaries: tuple[str, ...] = (
        "is", "are", "was", "were", "has been", "have been",
    )
    # a relative clause that says nothing about the figure's own kind (", which analysts had
    # expected to slow,"): a regex, since its end is marked differently by language
    relative_clause: str = r",\s*(?:which|who|that)\b[^,]*,"
    # the side a flow comes from and goes to ("imports from China", "exports to Russia")
    from_words: tuple[str, ...] = ("from",)
    to_words: tuple[str, ...] = ("to", "into")
    # words by which a sentence points back to the sides named in the one before ("Kazakhstan and
    # Uzbekistan signed a roadmap. Trade between the two countries reached $4.4 billion")
    refer_back_words: tuple[str, ...] = (
        "the two countries", "both countries", "the two sides", "both sides", "the sides", "the two",
        "bilateral", "mutual", "two-way", "between them", "the two nations", "the two economies",
    )
    # the owner of a flow named after it: "imports of oil by India"
    by_words: tuple[str, ...] = ("by",)
    party_articles: tuple[str, ...] = ("the",)
    # possessive endings on a country ("Armenia's exports")
    possessives: tuple[str, ...] = ("'s", "’s")
    # regexes: a country owning the flow, written after the country ("Armenia's exports"), or
    # before it ("экспорт Армении"); and "its exports" (the owner of the sentence before)
    owner_after: str = (
        r"(?i)\s*(?:['’]s\s+)?"
        # up to two words between, not function words: "Mongolia's coal exports", "Russian oil
        # exports", "India's total merchandise exports" (but not "China and exports")
        r"(?:(?!(?:and|or|to|from|with|where|while|but|as|in|of|the|its|their|for|by|at|on|was|were|is)\b)"
        r"[a-z][\w-]*\s+){0,2}?"
        r"(?:exports?|imports?|shipments|supplies|deliveries|exported|imported|purchases|sales\s+abroad)\b"
    )
    # "exports of Kazakhstan", "supplies of Russian gas": the country after an outward flow and
    # "of" owns it (not after "imports of", where "Russian oil" names the origin)
    owner_before: str | None = (
        r"(?i)(?<![\w])(?:exports?|shipments|supplies|deliveries|sales\s+abroad)\s+of\s+(?:the\s+)?$"
    )
    its_flow: str = r"(?i)\b(?:its|their)\s+(?:total\s+)?(?:exports?|imports?)\b"
    # "imports of Russian oil": the country after an inward flow and "of" is where the goods come from
    origin_before: str | None = r"(?i)(?<![\w])(?:imports?|purchases)\s+of\s+(?:the\s+)?$"
    # words after a flow word that make it an office ("the Economy Minister", "the trade ministry
    # said"): the word names who speaks, not what the figure measures
    offices: tuple[str, ...] = ("minister", "ministers", "ministry", "ministries", "official", "officials")
    # a wire dateline opening a story ("YEREVAN, Nov 25 (Reuters) -", "KUALA LUMPUR (AP) -"): the
    # city says where the story was filed, not a side of the trade
    dateline: str | None = (
        r"[A-Z][A-Z.'’ -]{2,30}"
        r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*\([^()\n]{1,40}\))?|\s*\([^()\n]{1,40}\))"
        r"\s*[-–—]{1,2}\s"
    )

    # --- periods
    # month names only when capitalised ("may" and "march" are also English verbs)
    months_capitalised: bool = True
    # words before a year that look forward ("by 2030"): such years are not the present
    forward_year_words: tuple[str, ...] = ("by", "until", "till", "through")
    # words before a date that make it an event to come ("the rules take effect on March 21,
    # 2025"); with the projection cues they keep a year out of the reference-year guess
    future_event_words: tuple[str, ...] = (
        "take effect", "takes effect", "come into force", "comes into force", "enter into force",
        "enters into force", "effective from", "effective on", "scheduled for", "due on", "due in",
        "slated for", "upcoming", "starting from",
    )
    # relative years: phrase (or its first word) → years from the reference year
    relative_years: Mapping[str, int] = field(
        default_factory=lambda: MappingProxyType(
            {"this year": 0, "the current year": 0, "next year": 1, "last year": -1}
        )
    )
    period_relative_year: str = (
        r"this\s+year|last\s+year|next\s+year|the\s+current\s+year"
        r"|the\s+previous\s+year|the\s+past\s+year"
    )
    period_earlier: str = (
        r"a\s+year\s+(?:earlier|ago|before)|the\s+year\s+before|the\s+previous\s+year"
        r"|the\s+same\s+period\s+(?:of\s+|a\s+year\s+ago|in\s+)?(?:last\s+year|the\s+previous\s+year)?"
    )
    # words before an "earlier" phrase that make it the base of a comparison ("up 5% compared with
    # a year earlier", "по сравнению с аналогичным периодом прошлого года"), not a figure's period;
    # "year on year" is never one, so it is no period at all
    # an "earlier" phrase naming the same part of the year, one year back ("the same period of last
    # year"): it may take its months from a period after the figure
    same_period_words: tuple[str, ...] = ("same period",)
    comparison_words: tuple[str, ...] = (
        "compared to", "compared with", "in comparison with", "as against", "over", "versus", "vs",
        "vs.", "than", "against", "on", "from",
    )
    # The period phrase shapes, a str.format template over {ordinal}, {month}, {counts}, {dash},
    # {rel_year}, {earlier} and {year_ref_h|q|m}; group names are what periods.find_periods reads.
    # whether a period named after the figure, past a comma or dash, is still the figure's own;
    # in Russian the period usually comes first and a later one belongs to the next clause
    # ("превысил $8,3 млрд, перекрыв показатели за весь прошлый год – $7,4 млрд")
    period_after_clause_break: bool = True
    # what makes "in five years" a span before now, not a time ahead: a superlative or "first"
    # just before it ("the lowest in five years", "the biggest monthly drop in ten years")
    period_past_span_before: str = r"(?i)(?:\w+est|first|most|least|record)(?:\s+\w+){0,2}\s+$"
    # words (besides dashes) joining two months or years into a span: "January to June"
    period_range_words: tuple[str, ...] = ("to", "through", "till", "until", "and")
    period_template: str = _PERIODS_EN


_SCALES_EN = {
    "thousand": 1e3,
    "thousands": 1e3,
    "k": 1e3,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "lakh crore": 1e12,  # Indian copy: "Rs 36.2 lakh crore"
    "thousand crore": 1e10,
    "million": 1e6,
    "millions": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mio": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "billon": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "trln": 1e12,
    "trn": 1e12,
    "tn": 1e12,
}

_NUMBER_WORDS_EN = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a": 1,
    "an": 1,
    "half": 0.5,
    "quarter": 0.25,
    "quarters": 0.25,
    "dozen": 12,
}

_PREFIX_CURRENCIES_EN = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "U.S. $": "USD",
    "US $": "USD",
    "USD$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD$": "AUD",
    "HK$": "HKD",
    "S$": "SGD",
    "NZ$": "NZD",
    "NZD$": "NZD",
    "NT$": "TWD",
    "R$": "BRL",
    "MEX$": "MXN",
    "MXN$": "MXN",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₽": "RUB",
    "₹": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "₺": "TRY",
    "₩": "KRW",
    "₸": "KZT",
    "₼": "AZN",
    "₾": "GEL",
    "֏": "AMD",
    "₴": "UAH",
    "₡": "CRC",
    "₭": "LAK",
    "₿": "XBT",
    "元": "CNY",
    "RMB": "CNY",
    "dollar": "USD",
}

_CURRENCY_WORDS_EN = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "kuai": "CNY",
    "yen": "JPY",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "pounds sterling": "GBP",
    "dram": "AMD",
    "drams": "AMD",
    "rupee": "INR",
    "rupees": "INR",
    "lira": "TRY",
    "liras": "TRY",
    "tenge": "KZT",
    "manat": "AZN",
    "manats": "AZN",
    "lari": "GEL",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "won": "KRW",
    "rand": "ZAR",
    "peso": "MXN",
    "pesos": "MXN",
    "real": "BRL",
    "reais": "BRL",
    "riyal": "SAR",
    "riyals": "SAR",
    "dirham": "AED",
    "dirhams": "AED",
    "rial": "IRR",
    "rials": "IRR",
    "som": "KGS",
    "soms": "UZS",
    "sum": "UZS",
    "zloty": "PLN",
    "zlotys": "PLN",
    "forint": "HUF",
    "forints": "HUF",
    "koruna": "CZK",
    "korunas": "CZK",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "dong": "VND",
    "naira": "NGN",
    "shekel": "ILS",
    "shekels": "ILS",
    "franc": "CHF",
    "francs": "CHF",
    "markka": "FIM",
    "markkaa": "FIM",
    "guilder": "NLG",
    "guilders": "NLG",
    "peseta": "ESP",
    "pesetas": "ESP",
    "mark": "DEM",
    "marks": "DEM",
    "deutsche marks": "DEM",
    "kip": "LAK",
    "colon": "CRC",
    "colón": "CRC",
    "colones": "CRC",
    "ரூ": "LKR",  # the rupee sign in Tamil script (Sri Lanka), two code points
    "bitcoin": "XBT",
    "bitcoins": "XBT",
    "btc": "XBT",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "cny": "CNY",
    "jpy": "JPY",
    "rub": "RUB",
}

_QUALIFIED_CURRENCIES_EN = {
    "us dollar": "USD",
    "u.s. dollar": "USD",
    "american dollar": "USD",
    "canadian dollar": "CAD",
    "australian dollar": "AUD",
    "hong kong dollar": "HKD",
    "singapore dollar": "SGD",
    "new zealand dollar": "NZD",
    "taiwan dollar": "TWD",
    "new taiwan dollar": "TWD",
    "swiss franc": "CHF",
    "french franc": "FRF",
    "belgian franc": "BEF",
    "finnish markka": "FIM",
    "dutch guilder": "NLG",
    "netherlands guilder": "NLG",
    "turkish lira": "TRY",
    "mexican peso": "MXN",
    "chinese yuan": "CNY",
    "japanese yen": "JPY",
    "russian ruble": "RUB",
    "russian rouble": "RUB",
    "armenian dram": "AMD",
    "indian rupee": "INR",
    "sri lankan rupee": "LKR",
    "pakistani rupee": "PKR",
    "british pound": "GBP",
    "georgian lari": "GEL",
    "kazakh tenge": "KZT",
    "azerbaijani manat": "AZN",
    "turkmen manat": "TMT",
    "south african rand": "ZAR",
    "south korean won": "KRW",
    "brazilian real": "BRL",
    "saudi riyal": "SAR",
    "iranian rial": "IRR",
    "uzbek sum": "UZS",
    "kyrgyz som": "KGS",
    "egyptian pound": "EGP",
    "german mark": "DEM",
    "deutsche mark": "DEM",
}

_MINOR_UNITS_EN = {
    "cent": ("USD", 100.0),
    "cents": ("USD", 100.0),
    "pence": ("GBP", 100.0),
    "penny": ("GBP", 100.0),
    "p": ("GBP", 100.0),
    "satoshi": ("XBT", 1e8),
    "satoshis": ("XBT", 1e8),
    "kopecks": ("RUB", 100.0),
    "luma": ("AMD", 100.0),
    "mao": ("CNY", 10.0),
    "jiao": ("CNY", 10.0),
}

_CODES = frozenset(
    [
        "USD",
        "EUR",
        "GBP",
        "JPY",
        "CNY",
        "RUB",
        "AMD",
        "INR",
        "CAD",
        "AUD",
        "CHF",
        "HKD",
        "SGD",
        "NZD",
        "KRW",
        "TRY",
        "KZT",
        "AZN",
        "GEL",
        "UAH",
        "BYN",
        "BRL",
        "MXN",
        "ZAR",
        "SAR",
        "AED",
        "IRR",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "CZK",
        "HUF",
        "RON",
        "BGN",
        "THB",
        "MYR",
        "IDR",
        "VND",
        "PHP",
        "PKR",
        "BDT",
        "EGP",
        "NGN",
        "ILS",
        "KWD",
        "QAR",
        "UZS",
        "KGS",
        "TJS",
        "TMT",
        "MNT",
        "TWD",
        "LKR",
        "BTC",
    ]
)

_BOUND_CUES_EN = {
    "exceeded": "at_least",
    "exceeding": "at_least",
    "exceeds": "at_least",
    "exceed": "at_least",
    "over": "at_least",
    "more than": "at_least",
    "above": "at_least",
    "surpassed": "at_least",
    "surpassing": "at_least",
    "surpass": "at_least",
    "topped": "at_least",
    "tops": "at_least",
    "topping": "at_least",
    "top": "at_least",
    "in excess of": "at_least",
    "at least": "at_least",
    "upwards of": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "passed": "at_least",
    "crossed": "at_least",
    "broke through": "at_least",
    "well over": "at_least",
    "up to": "at_most",
    # "up to" after a verb of rising is the level reached, not a ceiling
    "edged up to": "exact",
    "inched up to": "exact",
    "ticked up to": "exact",
    "crept up to": "exact",
    "moved up to": "exact",
    "went up to": "exact",
    "approach": "at_most",
    "approaches": "at_most",
    "approached": "at_most",
    "approaching": "at_most",
    "under": "at_most",
    "less than": "at_most",
    "below": "at_most",
    "nearly": "at_most",
    "almost": "at_most",
    "close to": "at_most",
    "not more than": "at_most",
    "no more than": "at_most",
    "just under": "at_most",
    "just shy of": "at_most",
    "as much as": "at_most",
    "at most": "at_most",
    "about": "approx",
    "around": "approx",
    "roughly": "approx",
    "some": "approx",
    "approximately": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "~": "approx",
    "circa": "approx",
    "approx.": "approx",
    "of the order of": "approx",
    "on the order of": "approx",
    "in the region of": "approx",
}

_PROJECTION_CUES_EN = (
    "expect",
    "expects",
    "expected",
    "expecting",
    "anticipate",
    "anticipates",
    "anticipated",
    "anticipating",
    "forecast",
    "forecasts",
    "forecasting",
    "projected",
    "projects",
    "projecting",
    "projection",
    "target",
    "targets",
    "targeted",
    "targeting",
    "plan",
    "plans",
    "planned",
    "planning",
    "aim",
    "aims",
    "aimed",
    "aiming",
    "goal",
    "will",
    "could",
    "would",
    "may",
    "might",
    "should",
    "set to",
    "is set to",
    "are set to",
    "hope",
    "hopes",
    "hoped",
    "seek",
    "seeks",
    "intend",
    "intends",
    "potential",
    "outlook",
    "envisage",
    "envisages",
    "predicted",
    "predicts",
    "estimate that",
    "on track to",
    "poised to",
    "likely to",
    "going to",
    "ambition",
    "can reach",
)

_METRIC_WORDS_EN = {
    "trade": "trade",
    "turnover": "trade",
    "trade turnover": "trade",
    "trade volume": "trade",
    "volume of trade": "trade",
    "trade volumes": "trade",
    "commerce": "trade",
    "mutual trade": "trade",
    "bilateral trade": "trade",
    "foreign trade": "trade",
    "trade between": "trade",
    "trade with": "trade",
    "two-way trade": "trade",
    "export": "exports",
    "exports": "exports",
    "exported": "exports",
    "exporting": "exports",
    "shipments": "exports",
    "shipped": "exports",
    "supplies": "exports",
    "deliveries": "exports",
    "sales abroad": "exports",
    "outbound": "exports",
    "import": "imports",
    "imports": "imports",
    "imported": "imports",
    "importing": "imports",
    "purchases from": "imports",
    "purchases of": "imports",
    "inbound": "imports",
    "inbound shipments": "imports",
    "inbound supplies": "imports",
    "inbound deliveries": "imports",
}

_OTHER_WORDS_EN = (
    "trade balance",
    "trade surplus",
    "trade deficit",
    "trade gap",
    "balance",
    "surplus",
    "deficit",
    "investment",
    "investments",
    "invested",
    "invest",
    "investing",
    "investor",
    "loan",
    "loans",
    "lending",
    "credit",
    "credit line",
    "credit lines",
    "borrowing",
    "debt",
    "budget",
    "budgets",
    "gdp",
    "gross domestic product",
    "economy",
    "aid",
    "assistance",
    "grant",
    "grants",
    "subsidy",
    "subsidies",
    "contract",
    "contracts",
    "deal",
    "deals",
    "agreement worth",
    "agreements worth",
    "bond",
    "bond issue",
    "concession",
    "package",
    "upgrade",
    "project",
    "projects",
    "price",
    "prices",
    "priced",
    "cost",
    "costs",
    "revenue",
    "revenues",
    "profit",
    "profits",
    "income",
    "earnings",
    "reserves",
    "remittances",
    "transfers",
    "fund",
    "funds",
    "funding",
    "financing",
    "capital",
    "bonds",
    "notes",
    "shares",
    "stake",
    "dividend",
    "market cap",
    "capitalisation",
    "capitalization",
    "assets",
    "bid",
    "fine",
    "fined",
    "salary",
    "wages",
    "pension",
    "tax",
    "taxes",
    "tariff",
    "tariffs",
    "duties",
    "spending",
    "expenditure",
    "sales",
    "paid",
    "pay",
    "payment",
    "payments",
    "compensation",
    "acquisition",
    "acquired",
    "bought",
    "sold",
    "sell",
    "buy",
    "fdi",
    "fees",
)

_INCREMENT_CUES_EN = (
    "by",
    "grew",
    "rose",
    "increased",
    "decreased",
    "fell",
    "dropped",
    "declined",
    "jumped",
    "climbed",
    "gained",
    "lost",
    "up",
    "down",
    "increase of",
    "rise of",
    "growth of",
    "decline of",
    "drop of",
    "fall of",
    "gain of",
    "an increase of",
    "a rise of",
)

_CHANGE_VERBS_EN = (
    "rose",
    "rise",
    "rising",
    "rises",
    "grew",
    "grow",
    "grows",
    "growing",
    "increased",
    "increase",
    "increasing",
    "increases",
    "jumped",
    "jump",
    "climbed",
    "climb",
    "soared",
    "surged",
    "expanded",
    "expand",
    "fell",
    "fall",
    "falling",
    "falls",
    "dropped",
    "drop",
    "declined",
    "decline",
    "decreased",
    "decrease",
    "shrank",
    "shrink",
    "slipped",
    "slumped",
    "plunged",
    "went",
    "up",
    "down",
    "changed",
    "doubled",
    "tripled",
    "recovered",
    "rebounded",
    "boosted",
    "raised",
    "lifted",
    "cut",
    "reduced",
    "bring",
    "brought",
    "widened",
    "narrowed",
)

_MONTHS_EN = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

_ORDINALS_EN = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "last": 4,
    "final": 4,
}

# name, adjective or capital → ISO 3166-1 alpha-3: news text names a side all three ways
_COUNTRIES_EN = {
    "russia": "RUS",
    "russian": "RUS",
    "russians": "RUS",
    "russian federation": "RUS",
    "moscow": "RUS",
    "kremlin": "RUS",
    "the kremlin": "RUS",
    "armenia": "ARM",
    "armenian": "ARM",
    "armenians": "ARM",
    "yerevan": "ARM",
    "azerbaijan": "AZE",
    "azerbaijani": "AZE",
    "baku": "AZE",
    "georgia": "GEO",
    "georgian": "GEO",
    "tbilisi": "GEO",
    "belarus": "BLR",
    "belarusian": "BLR",
    "minsk": "BLR",
    "kazakhstan": "KAZ",
    "kazakh": "KAZ",
    "kazakhstani": "KAZ",
    "astana": "KAZ",
    "kyrgyzstan": "KGZ",
    "kyrgyz": "KGZ",
    "bishkek": "KGZ",
    "uzbekistan": "UZB",
    "uzbek": "UZB",
    "tashkent": "UZB",
    "tajikistan": "TJK",
    "tajik": "TJK",
    "dushanbe": "TJK",
    "turkmenistan": "TKM",
    "turkmen": "TKM",
    "ashgabat": "TKM",
    "ukraine": "UKR",
    "ukrainian": "UKR",
    "kyiv": "UKR",
    "kiev": "UKR",
    "moldova": "MDA",
    "moldovan": "MDA",
    "chisinau": "MDA",
    "china": "CHN",
    "chinese": "CHN",
    "beijing": "CHN",
    "prc": "CHN",
    "india": "IND",
    "indian": "IND",
    "new delhi": "IND",
    "delhi": "IND",
    "iran": "IRN",
    "iranian": "IRN",
    "tehran": "IRN",
    "turkey": "TUR",
    "türkiye": "TUR",
    "turkiye": "TUR",
    "turkish": "TUR",
    "ankara": "TUR",
    "united states": "USA",
    "u.s.": "USA",
    "us": "USA",
    "usa": "USA",
    "american": "USA",
    "america": "USA",
    "washington": "USA",
    "united kingdom": "GBR",
    "uk": "GBR",
    "u.k.": "GBR",
    "britain": "GBR",
    "british": "GBR",
    "great britain": "GBR",
    "london": "GBR",
    "germany": "DEU",
    "german": "DEU",
    "berlin": "DEU",
    "france": "FRA",
    "french": "FRA",
    "paris": "FRA",
    "italy": "ITA",
    "italian": "ITA",
    "rome": "ITA",
    "spain": "ESP",
    "spanish": "ESP",
    "madrid": "ESP",
    "netherlands": "NLD",
    "dutch": "NLD",
    "the netherlands": "NLD",
    "poland": "POL",
    "polish": "POL",
    "warsaw": "POL",
    "japan": "JPN",
    "japanese": "JPN",
    "tokyo": "JPN",
    "south korea": "KOR",
    "korea": "KOR",
    "korean": "KOR",
    "south korean": "KOR",
    "seoul": "KOR",
    "north korea": "PRK",
    "north korean": "PRK",
    "pyongyang": "PRK",
    "vietnam": "VNM",
    "vietnamese": "VNM",
    "hanoi": "VNM",
    "indonesia": "IDN",
    "indonesian": "IDN",
    "jakarta": "IDN",
    "malaysia": "MYS",
    "malaysian": "MYS",
    "thailand": "THA",
    "thai": "THA",
    "singapore": "SGP",
    "singaporean": "SGP",
    "philippines": "PHL",
    "philippine": "PHL",
    "pakistan": "PAK",
    "pakistani": "PAK",
    "islamabad": "PAK",
    "bangladesh": "BGD",
    "bangladeshi": "BGD",
    "sri lanka": "LKA",
    "sri lankan": "LKA",
    "mongolia": "MNG",
    "mongolian": "MNG",
    "afghanistan": "AFG",
    "afghan": "AFG",
    "saudi arabia": "SAU",
    "saudi": "SAU",
    "riyadh": "SAU",
    "united arab emirates": "ARE",
    "uae": "ARE",
    "emirati": "ARE",
    "abu dhabi": "ARE",
    "qatar": "QAT",
    "qatari": "QAT",
    "israel": "ISR",
    "israeli": "ISR",
    "egypt": "EGY",
    "egyptian": "EGY",
    "cairo": "EGY",
    "syria": "SYR",
    "syrian": "SYR",
    "iraq": "IRQ",
    "iraqi": "IRQ",
    "baghdad": "IRQ",
    "brazil": "BRA",
    "brazilian": "BRA",
    "brasilia": "BRA",
    "mexico": "MEX",
    "mexican": "MEX",
    "mexico city": "MEX",
    "canada": "CAN",
    "canadian": "CAN",
    "ottawa": "CAN",
    "argentina": "ARG",
    "argentine": "ARG",
    "chile": "CHL",
    "chilean": "CHL",
    "south africa": "ZAF",
    "south african": "ZAF",
    "pretoria": "ZAF",
    "nigeria": "NGA",
    "nigerian": "NGA",
    "ethiopia": "ETH",
    "ethiopian": "ETH",
    "australia": "AUS",
    "australian": "AUS",
    "canberra": "AUS",
    "new zealand": "NZL",
    "switzerland": "CHE",
    "swiss": "CHE",
    "sweden": "SWE",
    "swedish": "SWE",
    "norway": "NOR",
    "norwegian": "NOR",
    "finland": "FIN",
    "finnish": "FIN",
    "denmark": "DNK",
    "danish": "DNK",
    "austria": "AUT",
    "austrian": "AUT",
    "belgium": "BEL",
    "belgian": "BEL",
    "greece": "GRC",
    "greek": "GRC",
    "cyprus": "CYP",
    "cypriot": "CYP",
    "hungary": "HUN",
    "hungarian": "HUN",
    "budapest": "HUN",
    "czech republic": "CZE",
    "czechia": "CZE",
    "czech": "CZE",
    "romania": "ROU",
    "romanian": "ROU",
    "bulgaria": "BGR",
    "bulgarian": "BGR",
    "serbia": "SRB",
    "serbian": "SRB",
    "belgrade": "SRB",
    "lithuania": "LTU",
    "latvia": "LVA",
    "estonia": "EST",
    "cuba": "CUB",
    "cuban": "CUB",
    "venezuela": "VEN",
    "venezuelan": "VEN",
    # more countries: ISO 3166-1 short names as news writes them, with the adjectives and
    # capitals of common English usage
    "estonian": "EST",
    "tallinn": "EST",
    "latvian": "LVA",
    "riga": "LVA",
    "lithuanian": "LTU",
    "vilnius": "LTU",
    "portugal": "PRT",
    "portuguese": "PRT",
    "lisbon": "PRT",
    "ireland": "IRL",
    "irish": "IRL",
    "dublin": "IRL",
    "croatia": "HRV",
    "croatian": "HRV",
    "zagreb": "HRV",
    "slovakia": "SVK",
    "slovak": "SVK",
    "bratislava": "SVK",
    "slovenia": "SVN",
    "slovenian": "SVN",
    "ljubljana": "SVN",
    "iceland": "ISL",
    "icelandic": "ISL",
    "reykjavik": "ISL",
    "luxembourg": "LUX",
    "malta": "MLT",
    "maltese": "MLT",
    "albania": "ALB",
    "albanian": "ALB",
    "tirana": "ALB",
    "north macedonia": "MKD",
    "macedonia": "MKD",
    "macedonian": "MKD",
    "skopje": "MKD",
    "montenegro": "MNE",
    "podgorica": "MNE",
    "bosnia and herzegovina": "BIH",
    "bosnia": "BIH",
    "bosnian": "BIH",
    "sarajevo": "BIH",
    "colombia": "COL",
    "colombian": "COL",
    "bogota": "COL",
    "bogotá": "COL",
    "peru": "PER",
    "peruvian": "PER",
    "ecuador": "ECU",
    "ecuadorian": "ECU",
    "quito": "ECU",
    "bolivia": "BOL",
    "bolivian": "BOL",
    "paraguay": "PRY",
    "paraguayan": "PRY",
    "asuncion": "PRY",
    "asunción": "PRY",
    "uruguay": "URY",
    "uruguayan": "URY",
    "montevideo": "URY",
    "panama": "PAN",
    "panamanian": "PAN",
    "costa rica": "CRI",
    "costa rican": "CRI",
    "guatemala": "GTM",
    "guatemalan": "GTM",
    "honduras": "HND",
    "honduran": "HND",
    "tegucigalpa": "HND",
    "el salvador": "SLV",
    "salvadoran": "SLV",
    "nicaragua": "NIC",
    "nicaraguan": "NIC",
    "managua": "NIC",
    "dominican republic": "DOM",
    "jamaica": "JAM",
    "jamaican": "JAM",
    "trinidad and tobago": "TTO",
    "haiti": "HTI",
    "haitian": "HTI",
    "morocco": "MAR",
    "moroccan": "MAR",
    "rabat": "MAR",
    "algeria": "DZA",
    "algerian": "DZA",
    "algiers": "DZA",
    "tunisia": "TUN",
    "tunisian": "TUN",
    "libya": "LBY",
    "libyan": "LBY",
    "tripoli": "LBY",
    "sudan": "SDN",
    "south sudan": "SSD",
    "sudanese": "SDN",
    "khartoum": "SDN",
    "kenya": "KEN",
    "kenyan": "KEN",
    "nairobi": "KEN",
    "ghana": "GHA",
    "ghanaian": "GHA",
    "accra": "GHA",
    "tanzania": "TZA",
    "tanzanian": "TZA",
    "dodoma": "TZA",
    "uganda": "UGA",
    "ugandan": "UGA",
    "kampala": "UGA",
    "angola": "AGO",
    "angolan": "AGO",
    "luanda": "AGO",
    "mozambique": "MOZ",
    "mozambican": "MOZ",
    "maputo": "MOZ",
    "zambia": "ZMB",
    "zambian": "ZMB",
    "lusaka": "ZMB",
    "zimbabwe": "ZWE",
    "zimbabwean": "ZWE",
    "harare": "ZWE",
    "botswana": "BWA",
    "gaborone": "BWA",
    "namibia": "NAM",
    "namibian": "NAM",
    "windhoek": "NAM",
    "senegal": "SEN",
    "senegalese": "SEN",
    "dakar": "SEN",
    "ivory coast": "CIV",
    "côte d'ivoire": "CIV",
    "cote d'ivoire": "CIV",
    "ivorian": "CIV",
    "cameroon": "CMR",
    "cameroonian": "CMR",
    "democratic republic of the congo": "COD",
    "dr congo": "COD",
    "drc": "COD",
    "kinshasa": "COD",
    "republic of the congo": "COG",
    "brazzaville": "COG",
    "gabon": "GAB",
    "gabonese": "GAB",
    "libreville": "GAB",
    "mali": "MLI",
    "malian": "MLI",
    "bamako": "MLI",
    "burkina faso": "BFA",
    "ouagadougou": "BFA",
    "niger": "NER",
    "nigerien": "NER",
    "niamey": "NER",
    "chadian": "TCD",
    "n'djamena": "TCD",
    "madagascar": "MDG",
    "malagasy": "MDG",
    "antananarivo": "MDG",
    "mauritius": "MUS",
    "mauritian": "MUS",
    "rwanda": "RWA",
    "rwandan": "RWA",
    "kigali": "RWA",
    "guinea": "GIN",
    "guinean": "GIN",
    "conakry": "GIN",
    "equatorial guinea": "GNQ",
    "guinea-bissau": "GNB",
    "papua new guinea": "PNG",
    "mauritania": "MRT",
    "mauritanian": "MRT",
    "somalia": "SOM",
    "somali": "SOM",
    "mogadishu": "SOM",
    "eritrea": "ERI",
    "eritrean": "ERI",
    "asmara": "ERI",
    "djibouti": "DJI",
    "jordan": "JOR",
    "jordanian": "JOR",
    "amman": "JOR",
    "lebanon": "LBN",
    "lebanese": "LBN",
    "beirut": "LBN",
    "kuwait": "KWT",
    "kuwaiti": "KWT",
    "oman": "OMN",
    "omani": "OMN",
    "muscat": "OMN",
    "bahrain": "BHR",
    "bahraini": "BHR",
    "manama": "BHR",
    "yemen": "YEM",
    "yemeni": "YEM",
    "sanaa": "YEM",
    "palestine": "PSE",
    "palestinian": "PSE",
    "nepal": "NPL",
    "nepalese": "NPL",
    "nepali": "NPL",
    "kathmandu": "NPL",
    "bhutan": "BTN",
    "bhutanese": "BTN",
    "myanmar": "MMR",
    "burma": "MMR",
    "burmese": "MMR",
    "naypyitaw": "MMR",
    "cambodia": "KHM",
    "cambodian": "KHM",
    "phnom penh": "KHM",
    "laos": "LAO",
    "lao": "LAO",
    "vientiane": "LAO",
    "brunei": "BRN",
    "timor-leste": "TLS",
    "east timor": "TLS",
    "maldives": "MDV",
    "maldivian": "MDV",
    "hong kong": "HKG",
    "macao": "MAC",
    "macau": "MAC",
    "taiwan": "TWN",
    "taiwanese": "TWN",
    "taipei": "TWN",
    "fiji": "FJI",
    "fijian": "FJI",
    "monaco": "MCO",
    "liechtenstein": "LIE",
    "curacao": "CUW",
    "curaçao": "CUW",
}

_EN = Lexicon(
    scales=MappingProxyType(_SCALES_EN),
    number_words=MappingProxyType(_NUMBER_WORDS_EN),
    prefix_currencies=MappingProxyType(_PREFIX_CURRENCIES_EN),
    currency_words=MappingProxyType(_CURRENCY_WORDS_EN),
    qualified_currencies=MappingProxyType(_QUALIFIED_CURRENCIES_EN),
    minor_units=MappingProxyType(_MINOR_UNITS_EN),
    codes=_CODES,
    bound_cues=MappingProxyType(_BOUND_CUES_EN),
    projection_cues=_PROJECTION_CUES_EN,
    metric_words=MappingProxyType(_METRIC_WORDS_EN),
    other_words=_OTHER_WORDS_EN,
    increment_cues=_INCREMENT_CUES_EN,
    change_verbs=_CHANGE_VERBS_EN,
    range_openers=("between", "from", "ranging from", "range of", "ranges from"),
    months=MappingProxyType(_MONTHS_EN),
    ordinals=MappingProxyType(_ORDINALS_EN),
    countries=MappingProxyType(_COUNTRIES_EN),
)

# ---------------------------------------------------------------- Russian
#
# Russian words inflect, so many entries are stems: a trailing (or inner) "*" stands for any
# word ending ("товарооборот*" reads товарооборот, товарооборота, товарооборотом). Where a stem
# would also catch unrelated words ("инди*" → индекс), the case forms are written out instead.

# Scale words: the full words in the case forms that follow numerals (миллиард, 2 миллиарда,
# 5 миллиардов, 4 миллиардов after "до") and the abbreviations of Russian business copy (ТАСС,
# Интерфакс, Коммерсантъ style: млрд, млн, трлн, тыс., with or without a full stop).
_SCALES_RU = {
    **{f"тысяч{e}": 1e3 for e in ("а", "и", "", "ами", "ах")},
    "тыс": 1e3,
    "тыс.": 1e3,
    **{f"миллион{e}": 1e6 for e in ("", "а", "ов", "ами", "ах")},
    "млн": 1e6,
    "млн.": 1e6,
    **{f"миллиард{e}": 1e9 for e in ("", "а", "ов", "ами", "ах")},
    "млрд": 1e9,
    "млрд.": 1e9,
    **{f"триллион{e}": 1e12 for e in ("", "а", "ов", "ами", "ах")},
    "трлн": 1e12,
    "трлн.": 1e12,
}

# Number words in the case forms news copy uses before a scale word ("около двух триллионов",
# "полтора миллиарда", "более трёх миллиардов"); written for tradefigures from a Russian grammar
# table of cardinal numerals (nominative, genitive, dative, instrumental, prepositional).
_NUMBER_WORDS_RU: dict[str, float] = {
    "полтора": 1.5, "полторы": 1.5, "полутора": 1.5,
    "один": 1, "одна": 1, "одного": 1, "одной": 1, "одному": 1, "одним": 1, "одном": 1,
    "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2,
    "три": 3, "трёх": 3, "трех": 3, "трём": 3, "трем": 3, "тремя": 3,
    "четыре": 4, "четырёх": 4, "четырех": 4, "четырём": 4, "четырем": 4, "четырьмя": 4,
    **{f"пят{e}": 5 for e in ("ь", "и", "ью")},
    **{f"шест{e}": 6 for e in ("ь", "и", "ью")},
    **{f"сем{e}": 7 for e in ("ь", "и", "ью")},
    "восемь": 8, "восьми": 8, "восемью": 8, "восьмью": 8,
    **{f"девят{e}": 9 for e in ("ь", "и", "ью")},
    **{f"десят{e}": 10 for e in ("ь", "и", "ью")},
    "одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12,
    "пятнадцать": 15, "пятнадцати": 15,
    "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30,
    "сорок": 40, "сорока": 40, "пятьдесят": 50, "пятидесяти": 50,
    "шестьдесят": 60, "шестидесяти": 60, "семьдесят": 70, "семидесяти": 70,
    "восемьдесят": 80, "восьмидесяти": 80, "девяносто": 90, "девяноста": 90,
    "сто": 100, "ста": 100,
}

# Currency names after the number, in the genitive plural and singular that numerals take,
# with the abbreviations of statistical releases (долл., долл. США, руб.); the ISO codes are
# also written after the number in Russian copy ("65,7 млрд USD"). Names: Russian Wikipedia,
# "Список существующих валют".
_CURRENCY_WORDS_RU = {
    **{f"доллар{e}": "USD" for e in ("", "а", "ов", "ам", "ами", "ах")},
    **{f"доллар{e} сша": "USD" for e in ("", "а", "ов")},
    "долл": "USD",
    "долл.": "USD",
    "долл. сша": "USD",
    "долл сша": "USD",
    **{f"рубл{e}": "RUB" for e in ("ь", "я", "ей", "ям", "ями", "ях")},
    "руб": "RUB",
    "руб.": "RUB",
    "евро": "EUR",
    **{f"юан{e}": "CNY" for e in ("ь", "я", "ей", "ям", "ями", "ях")},
    **{f"драм{e}": "AMD" for e in ("", "а", "ов")},
    "тенге": "KZT",
    **{f"рупи{e}": "INR" for e in ("я", "и", "й", "ям")},
    **{f"лир{e}": "TRY" for e in ("а", "ы", "", "ам")},
    **{f"сум{e}": "UZS" for e in ("", "а", "ов")},
    **{f"сом{e}": "KGS" for e in ("", "а", "ов")},
    **{f"манат{e}": "AZN" for e in ("", "а", "ов")},
    "лари": "GEL",
    **{f"гривн{e}": "UAH" for e in ("а", "ы", "ам")},
    "гривен": "UAH",
    **{f"фунт{e}": "GBP" for e in ("", "а", "ов")},
    **{f"фунт{e} стерлингов": "GBP" for e in ("", "а", "ов")},
    **{f"иен{e}": "JPY" for e in ("а", "ы", "")},
    **{f"белорусск{e} рубл{r}": "BYN" for e, r in (("ий", "ь"), ("их", "ей"), ("ого", "я"))},
    "usd": "USD",
    "eur": "EUR",
    "rub": "RUB",
    "cny": "CNY",
    "gbp": "GBP",
    "jpy": "JPY",
}

_MINOR_UNITS_RU = {
    **{f"цент{e}": ("USD", 100.0) for e in ("", "а", "ов")},
    **{f"копе{e}": ("RUB", 100.0) for e in ("йка", "йки", "ек")},
}

# Bound cues, written for tradefigures from the shapes of Russian trade reports (ТАСС, РИА
# Новости, Известия, government statements): the verb forms a news sentence uses.
_BOUND_CUES_RU = {
    **{f"превысил{e}": "at_least" for e in ("", "а", "о", "и")},
    **{f"превыси{e}": "at_least" for e in ("т", "ть")},
    "превысят": "at_least",
    **{f"превышает{e}": "at_least" for e in ("", "ся")},
    "превышают": "at_least",
    **{f"перевалил{e} за": "at_least" for e in ("", "а", "о", "и")},
    "перевалит за": "at_least",
    "более": "at_least",
    "свыше": "at_least",
    "больше": "at_least",
    "не менее": "at_least",
    "как минимум": "at_least",
    "по меньшей мере": "at_least",
    "почти": "at_most",
    "менее": "at_most",
    "меньше": "at_most",
    "не более": "at_most",
    "не больше": "at_most",
    "не свыше": "at_most",
    "до": "at_most",
    "вплоть до": "at_most",
    **{f"вплотную приблизил{e} к": "at_most" for e in ("ся", "ась", "ось", "ись")},
    **{f"приблизил{e} к": "at_most" for e in ("ся", "ась", "ось", "ись")},
    "около": "approx",
    "порядка": "approx",
    "примерно": "approx",
    "приблизительно": "approx",
    "ориентировочно": "approx",
    "оценочно": "approx",
    "~": "approx",
}

_PROJECTION_CUES_RU = (
    "ожида*", "прогноз*", "планир*", "планах", "план", "рассчитыва*", "намерен*", "намерева*",
    "цель", "целью", "задач*", "может", "могут", "сможет", "смогут", "будет", "будут",
    "достигнет", "достигнут", "составит", "составят", "превысит", "превысят", "вырастет",
    "вырастут", "увеличится", "выйдет", "выйдут", "выйти", "довести", "нарастить", "удвоить",
    "предполага*", "рассчитыва*", "планиру*", "ориентир*",
)

# Flow words; "поставки из X в Y" are exports of X. The "not trade" stems come first in
# the alternation where they share words ("дефицит торговли" is not trade).
_METRIC_WORDS_RU = {
    "товарооборот*": "trade",
    "товарообмен*": "trade",
    "внешнеторгов* оборот*": "trade",  # the statistical term (БЕЛТА, Арменпресс, Казинформ)
    "торговл*": "trade",
    "объём* торговл*": "trade",
    "объем* торговл*": "trade",
    "взаимн* торговл*": "trade",
    "экспорт*": "exports",
    "поставк*": "exports",
    "поставля*": "exports",
    "вывоз*": "exports",
    "импорт*": "imports",
    "ввоз*": "imports",
    "ввез*": "imports",
}

_OTHER_WORDS_RU = (
    "сальдо", "сальдо торговл*", "сальдо внешн* торговл*", "профицит*", "профицит* торговл*",
    "профицит* внешн* торговл*", "дефицит*", "дефицит* торговл*", "дефицит* внешн* торговл*",
    "прирост*", "прирост* товарооборот*", "инвестиц*", "инвестир*", "инвестор*", "вложил*",
    "вложен*", "влож*", "кредит*", "заём", "заем", "займ*", "долг*", "бюджет*", "ввп",
    "экономик*", "расход*", "доход*", "выручк*", "прибыл*", "цена", "цены", "цене", "цену",
    "ценой", "цен", "ценам", "ценах", "пошлин*", "налог*", "контракт*", "контракт* на поставк*",
    "сделк*", "фонд*", "перевод*", "резерв*", "капитал*", "зарплат*", "пенси*", "субсиди*",
    "грант*", "помощ*", "финансир*", "стоимост*", "продаж*", "капитализац*", "дивиденд*",
    "штраф*", "выплат*",
)

# "вырос на 15 млрд" is a change, not a level
_INCREMENT_CUES_RU = tuple(
    f"{verb} на"
    for verb in ("вырос*", "выросл*", "увелич*", "сократ*", "сниз*", "упал*", "возрос*",
                 "прибав*", "подскочил*", "рост", "прирост*", "снижени*", "сокращени*",
                 "увеличени*", "падени*", "потерял*")
)

_CHANGE_VERBS_RU = (
    "вырос*", "выросл*", "вырас*", "увелич*", "сократ*", "сокращ*", "сниз*", "сниж*", "упал*",
    "упад*", "возрос*", "подскочил*", "довест*", "довед*", "нарасти*", "нараст*", "удвоил*",
    "поднял*", "опустил*", "изменил*",
    # nouns of change: "прогнозируется рост экспорта до 3,5 млрд" is the level reached
    "рост", "роста", "ростом", "росте",
)

# Month names in every case form a period takes: "в январе", "за январь–сентябрь",
# "январе–июне", "с января по июнь".
_MONTHS_RU = {
    **{f"{stem}{e}": n for n, stem in enumerate(
        ("январ", "феврал", "", "апрел", "", "июн", "июл", "", "сентябр", "октябр", "ноябр",
         "декабр"), start=1) if stem for e in ("ь", "я", "е")},
    "март": 3, "марта": 3, "марте": 3,
    "май": 5, "мая": 5, "мае": 5,
    "август": 8, "августа": 8, "августе": 8,
}

# Ordinals of halves and quarters, in the forms "в первом полугодии", "за первое полугодие",
# "первого полугодия", "в III квартале" (Roman numerals are usual for quarters).
_ORDINALS_RU = {
    **{f"перв{e}": 1 for e in ("ый", "ое", "ом", "ого", "ая", "ой")},
    **{f"втор{e}": 2 for e in ("ой", "ое", "ом", "ого", "ая")},
    **{f"трет{e}": 3 for e in ("ий", "ье", "ьем", "ьего", "ья")},
    **{f"четв{e}рт{f}": 4 for e in ("е", "ё") for f in ("ый", "ое", "ом", "ого", "ая")},
    "i": 1, "ii": 2, "iii": 3, "iv": 4,
}

# Countries: names in every case form (as stems), adjectives (российско-армянский), capitals
# as metonyms (Москва, Ереван), and the abbreviations of Russian copy (РФ, КНР, США, ОАЭ).
# Names from the Russian Wikipedia "Список государств"; ISO codes as in the English table.
_COUNTRIES_RU = {
    "росси*": "RUS", "российск*": "RUS", "рф": "RUS", "москв*": "RUS", "кремл*": "RUS",
    "армени*": "ARM", "армянск*": "ARM", "ереван*": "ARM",
    "кита*": "CHN", "кнр": "CHN", "пекин*": "CHN",
    "индия": "IND", "индии": "IND", "индией": "IND", "индию": "IND", "индийск*": "IND",
    "нью-дели": "IND",
    "казахстан*": "KAZ", "казахск*": "KAZ", "астан*": "KAZ",
    "беларус*": "BLR", "белорус*": "BLR", "минск*": "BLR",
    "турци*": "TUR", "турецк*": "TUR", "анкар*": "TUR",
    "иран*": "IRN", "тегеран*": "IRN",
    "узбекистан*": "UZB", "узбекск*": "UZB", "ташкент*": "UZB",
    "кыргызстан*": "KGZ", "киргизи*": "KGZ", "киргизск*": "KGZ", "кыргызск*": "KGZ",
    "бишкек*": "KGZ",
    "азербайджан*": "AZE", "баку": "AZE",
    "грузи*": "GEO", "грузинск*": "GEO", "тбилиси": "GEO",
    "украин*": "UKR", "киев*": "UKR",
    "таджикистан*": "TJK", "таджикск*": "TJK", "туркменистан*": "TKM", "туркменск*": "TKM",
    "молдави*": "MDA", "молдов*": "MDA",
    "сша": "USA", "соединённ* штат*": "USA", "соединенн* штат*": "USA", "американск*": "USA",
    "вашингтон*": "USA",
    "германи*": "DEU", "немецк*": "DEU", "берлин*": "DEU",
    "франци*": "FRA", "французск*": "FRA", "париж*": "FRA",
    "итали*": "ITA", "итальянск*": "ITA", "польш*": "POL", "польск*": "POL",
    "нидерланд*": "NLD", "испани*": "ESP", "испанск*": "ESP", "венгри*": "HUN",
    "япони*": "JPN", "японск*": "JPN", "вьетнам*": "VNM", "монголи*": "MNG",
    "оаэ": "ARE", "эмират*": "ARE", "саудовск* арави*": "SAU", "египт*": "EGY",
    "пакистан*": "PAK", "бразили*": "BRA", "юар": "ZAF",
    # more countries; stems only where no common word starts the same way ("Куба", not "куб*",
    # which would take "кубометров"; "Дания", not "дани*", which would take "данные")
    "великобритани*": "GBR", "британск*": "GBR", "лондон*": "GBR",
    "канад*": "CAN", "австрали*": "AUS", "австралийск*": "AUS",
    "южн* коре*": "KOR", "республик* коре*": "KOR", "южнокорейск*": "KOR", "сеул*": "KOR",
    "северн* коре*": "PRK", "кндр": "PRK", "северокорейск*": "PRK", "пхеньян*": "PRK",
    "индонези*": "IDN", "индонезийск*": "IDN", "малайзи*": "MYS", "малайзийск*": "MYS",
    "таиланд*": "THA", "таиландск*": "THA", "сингапур*": "SGP", "филиппин*": "PHL",
    "бангладеш": "BGD", "шри-ланк*": "LKA", "афганистан*": "AFG", "афганск*": "AFG",
    "ирак*": "IRQ", "сири*": "SYR", "израил*": "ISR", "израильск*": "ISR",
    "катар*": "QAT", "кувейт*": "KWT", "оман*": "OMN", "бахрейн*": "BHR", "иордани*": "JOR",
    "ливан*": "LBN", "йемен*": "YEM", "алжир*": "DZA", "марокко": "MAR", "марокканск*": "MAR",
    "тунис*": "TUN", "ливи*": "LBY", "нигери*": "NGA", "эфиопи*": "ETH", "эфиопск*": "ETH",
    "кени*": "KEN", "ангол*": "AGO", "танзани*": "TZA", "южноафриканск*": "ZAF",
    "аргентин*": "ARG", "мексик*": "MEX", "мексиканск*": "MEX", "чили": "CHL", "чилийск*": "CHL",
    "перу": "PER", "перуанск*": "PER", "колумби*": "COL", "венесуэл*": "VEN",
    "куба": "CUB", "кубы": "CUB", "кубе": "CUB", "кубу": "CUB", "кубой": "CUB", "кубинск*": "CUB",
    "швейцари*": "CHE", "швейцарск*": "CHE", "австри*": "AUT", "австрийск*": "AUT",
    "бельги*": "BEL", "бельгийск*": "BEL", "швеци*": "SWE", "шведск*": "SWE",
    "норвеги*": "NOR", "норвежск*": "NOR", "финлянди*": "FIN", "финск*": "FIN",
    "дания": "DNK", "дании": "DNK", "данией": "DNK", "данию": "DNK", "датск*": "DNK",
    "чехи*": "CZE", "чешск*": "CZE", "словаки*": "SVK", "словени*": "SVN", "хорвати*": "HRV",
    "серби*": "SRB", "сербск*": "SRB", "болгари*": "BGR", "болгарск*": "BGR",
    "румыни*": "ROU", "румынск*": "ROU", "греци*": "GRC", "греческ*": "GRC",
    "португали*": "PRT", "ирланди*": "IRL", "эстони*": "EST", "латви*": "LVA",
    "литва": "LTU", "литвы": "LTU", "литве": "LTU", "литву": "LTU", "литвой": "LTU", "литовск*": "LTU",
    "кипр*": "CYP", "нов* зеланди*": "NZL", "мьянм*": "MMR", "камбодж*": "KHM", "лаос*": "LAO",
    "непал*": "NPL", "гонконг*": "HKG", "тайван*": "TWN",
}

# Russian period phrases ("за первое полугодие 2024 года", "в III квартале", "за девять
# месяцев текущего года", "в январе–июне 2024 года", "к 2030 году", "годом ранее"): the
# grammar differs from English (case endings, the year after "года"), so the shape is its own
# template, with the group names periods.find_periods reads.
_PERIODS_RU = r"""(?ix)
        (?<![\w])(?:
          (?P<hord>{ordinal})\s+полугоди\w*(?:\s+(?:{year_ref_h}))?
        | (?P<qord>{ordinal})\s+квартал\w*(?:\s+(?:{year_ref_q}))?
        | (?:перв\w+\s+)?(?P<mcount>{counts}|\d{{1,2}})\s+месяц\w*(?:\s+(?:{year_ref_m}))?
        | (?P<m1>{month}){dash}(?P<m2>{month})(?:\s+(?P<rY>(?:19|20)\d{{2}})(?![\d]))?
        | (?<!\d\s)(?P<m0>{month})(?:\s+(?P<oY>(?:19|20)\d{{2}})(?![\d]))?
        | (?P<y1>(?:19|20)\d{{2}}){dash}(?P<y2>(?:19|20)\d{{2}})(?![\d])
        | (?P<fy1>(?:19|20)\d{{2}})\s*[-/\u2013]\s*(?P<fy2>\d{{2}})(?![\d])
        | (?P<by>к|до)\s+(?:концу\s+|конца\s+)?(?P<byY>(?:19|20)\d{{2}})(?![\d])
        | (?P<sY>(?:19|20)\d{{2}})(?![\d])
        | (?P<earlier>{earlier})
        | (?P<rel>{rel_year})
        | (?P<annual>в\s+год|ежегодно|годов\w+|в\s+расч[её]те\s+на\s+год)
        )(?![\w])
        """

_RELATIVE_YEARS_RU = {
    **dict.fromkeys(("этом", "этого", "этот", "текущем", "текущего", "текущий", "нынешнем",
                     "нынешнего"), 0),
    **dict.fromkeys(("прошлом", "прошлого", "прошлый", "предыдущем", "предыдущего",
                     "минувшем", "минувшего"), -1),
    **dict.fromkeys(("следующем", "следующего", "следующий", "будущем", "будущего"), 1),
}

_RU = Lexicon(
    scales=MappingProxyType(_SCALES_RU),
    number_words=MappingProxyType(_NUMBER_WORDS_RU),
    # signs and codes are the same in Russian copy; "dollar" as a prefix is English only
    prefix_currencies=MappingProxyType({k: v for k, v in _PREFIX_CURRENCIES_EN.items() if k != "dollar"}),
    currency_words=MappingProxyType(_CURRENCY_WORDS_RU),
    qualified_currencies=MappingProxyType({}),
    minor_units=MappingProxyType(_MINOR_UNITS_RU),
    codes=_CODES,
    bound_cues=MappingProxyType(_BOUND_CUES_RU),
    projection_cues=_PROJECTION_CUES_RU,
    metric_words=MappingProxyType(_METRIC_WORDS_RU),
    other_words=_OTHER_WORDS_RU,
    increment_cues=_INCREMENT_CUES_RU,
    change_verbs=_CHANGE_VERBS_RU,
    range_openers=("от", "между", "в диапазоне от", "в пределах от"),
    months=MappingProxyType(_MONTHS_RU),
    ordinals=MappingProxyType(_ORDINALS_RU),
    countries=MappingProxyType(_COUNTRIES_RU),
    yen_sign_context=("кита*", "кнр", "пекин*", "юан*"),
    thousands_spaces=" \u00a0\u202f\u2009",
    decimal_comma=True,
    range_separators=("до",),
    opener_separators=(),
    sum_separators=("",),
    change_prepositions=("с", "со"),
    change_words_alone=(),
    number_articles=(),
    number_conjunctions=(),
    number_multipliers=(),
    tail_minor=("цент", "цента", "центов", "копейка", "копейки", "копеек"),
    tail_followers=("и",),
    # each the start of a currency or scale word (so only word starts are looked at)
    word_amount_marks=("милл", "трил", "млрд", "млн", "трлн", "тыс", "долл", "руб", "евро",
                       "юан", "драм", "тенге", "рупи", "лир", "сум", "сом", "манат", "лари",
                       "грив", "фунт", "иен", "цент", "копе", "белорус", "usd", "eur", "rub",
                       "cny", "gbp", "jpy"),
    word_amount_marks_start_words=True,
    abbreviations=frozenset(("долл", "руб", "тыс", "гг", "см", "т.е", "т.д", "т.п", "др", "им",
                             "ул", "тел", "англ")),
    bound_fillers=("отметку", "отметки", "отметке", "в", "уровень", "уровня", "рубеж", "планку",
                   "рекордные", "рекордный", "рекордного", "рекордных", "сумму", "объём", "объем"),
    to_after_change=("до",),
    projection_after=("ожидается", "прогнозируется", "планируется", "ожидаются"),
    projection_auxiliaries=(),
    # ", который, по прогнозам аналитиков, должен был замедлиться," may hold commas: it runs
    # to the last comma before the figure
    relative_clause=r",\s*котор\w*\b.*,",
    from_words=("из", "изо"),
    to_words=("в", "во"),
    by_words=(),  # the owner stands in the genitive or instrumental case, not after a word
    party_articles=(),
    possessives=(),
    # "Российский экспорт", "Индия импортировала", "Узбекистан в 2023 году экспортировал"
    owner_after=(
        r"(?i)\s+(?:в\s+(?:19|20)\d\d\s+год[уа]\s+)?"
        r"(?:экспорт|импорт|поставк|поставил|поставля|ввез|вывез)\w*"
    ),
    # "экспорт Армении", "импорт Китая из России"
    # one word may stand between, not a preposition: "импорт нефти Индией", "экспорт газа России"
    owner_before=(
        r"(?i)(?<![\w])(?:экспорт|импорт|поставк|ввоз|вывоз)\w*"
        r"(?:\s+(?!(?:в|во|из|изо|с|со|на|по|для|от|до|к|ко|и|между)\s)[а-яё]+)?\s+$"
    ),
    its_flow=r"(?i)(?<![\w])(?:его|её|ее|их)\s+(?:экспорт|импорт)\w*",
    offices=(),  # the office comes first: "министр экономики"
    origin_before=None,  # the origin is "из России", already a from-word
    dateline=r"[А-ЯЁ][А-ЯЁ -]{2,30},\s*\d{1,2}\s+[а-я]+\.?\s*/[^/\n]{1,30}/\.?\s",  # "МОСКВА, 25 ноября. /ТАСС/."
    months_capitalised=False,
    forward_year_words=("к", "до"),
    future_event_words=("вступ*", "вступит", "вступят", "начнёт*", "начнет*", "запланирован*"),
    relative_years=MappingProxyType(_RELATIVE_YEARS_RU),
    period_relative_year=(
        r"(?:этом|текущем|прошлом|следующем|предыдущем|нынешнем|минувшем|будущем)\s+году"
        r"|(?:этого|текущего|прошлого|следующего|предыдущего|нынешнего|минувшего|будущего)\s+года"
        r"|(?:весь\s+)?(?:прошлый|текущий|этот|следующий)\s+год"
    ),
    comparison_words=("по сравнению с", "в сравнении с", "относительно", "против"),
    same_period_words=("аналогичн",),
    refer_back_words=("двумя странами", "двух стран", "обеих стран", "сторон*", "двусторонн*", "взаимн*"),
    period_earlier=(
        r"годом\s+(?:ранее|раньше)|год\s+назад|годом\s+до\s+этого"
        r"|(?:за\s+|в\s+)?аналогичн\w+\s+период\w*(?:\s+(?:прошлого|предыдущего)\s+года)?"
    ),
    period_range_words=("по",),
    period_after_clause_break=False,
    period_template=_PERIODS_RU,
)

LEXICONS: Mapping[str, Lexicon] = MappingProxyType({"en": _EN, "ru": _RU})
