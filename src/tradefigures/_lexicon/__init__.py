"""Words the extractor reads, keyed by language; data only, no logic.

Every language-specific word lives in this package so that another language adds a ``Lexicon``
rather than reshaping the extractor: English (``en.py``) and Russian (``ru.py``), each giving every
field itself (nothing is inherited from another language). Besides words, a lexicon holds the few
shapes that differ by grammar (the period phrase template, the relative-clause and flow-owner
patterns), each with a comment. Marks written alike in every language's copy (currency signs, ISO
4217 codes) are in ``common.py``; here are the language-neutral tables (the months fiscal years
start in; whose currency a shared sign is). Where the words came from: each language module says.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["GROUPS", "LEXICONS", "Lexicon"]


# The month a government's fiscal year starts in, where it is not January: a split year ("2023-24",
# "FY24") in a figure of that country covers these months. From the countries' budget calendars
# (India, Japan, the UK, Canada, Hong Kong, Singapore, South Africa: April; Pakistan, Australia,
# Egypt, Bangladesh, New Zealand, Kenya: July; the US federal year: October).
# Where a fiscal year named by one year ("fiscal 2007", "FY2024") is named by the year it starts
# in, not the year it ends in (Japan's fiscal 2007 runs April 2007 to March 2008).
FISCAL_YEAR_NAMED_BY_START = frozenset({"JPN"})
FISCAL_YEAR_STARTS: Mapping[str, int] = MappingProxyType({
    "IND": 4, "JPN": 4, "GBR": 4, "CAN": 4, "HKG": 4, "SGP": 4, "ZAF": 4,
    "PAK": 7, "AUS": 7, "EGY": 7, "BGD": 7, "NZL": 7, "KEN": 7,
    "USA": 10,
})


# A sign or word several currencies share, read as the reporting country's own where the figure's
# reporter is one of these: "¥" is the yen, and the yuan in Chinese copy; "Rs" and "rupees" are
# Indian unless the figure is Pakistan's, Sri Lanka's or Nepal's; and so the crowns, lei, dirhams,
# ri(y)als, pesos, manats and soms below.
# Groups of countries that trade figures name as one side ("EU exports to Russia", "товарооборот
# со странами ЕАЭС"): the code used in ``reporter`` and ``partner``, and what it stands for.
GROUPS: Mapping[str, str] = MappingProxyType({
    "EU": "European Union",
    "EAEU": "Eurasian Economic Union",
    "CIS": "Commonwealth of Independent States",
    "ASEAN": "Association of Southeast Asian Nations",
    "GCC": "Gulf Cooperation Council",
    "MERCOSUR": "Southern Common Market (Mercosur)",
    "SCO": "Shanghai Cooperation Organisation",
    "BRICS": "BRICS",
    "AU": "African Union",
})


OWN_CURRENCY: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "JPY": MappingProxyType({"CHN": "CNY", "JPN": "JPY"}),
    # "рупий" is also Indonesia's rupiah in Russian copy
    "INR": MappingProxyType({
        "PAK": "PKR", "LKA": "LKR", "NPL": "NPR", "MUS": "MUR", "SYC": "SCR", "IND": "INR", "IDN": "IDR",
    }),
    # "Sh"/"Shs": Kenya's press's mark, also Uganda's and Tanzania's for their own shilling
    "KES": MappingProxyType({"UGA": "UGX", "TZA": "TZS", "SOM": "SOS", "KEN": "KES"}),
    # crowns: "kronor"/"крон" with no country are Swedish (Sweden's is the largest economy of the
    # five), "kroner" Norwegian; a figure of Denmark, Norway, Czechia or Iceland is in its own
    "SEK": MappingProxyType({"NOR": "NOK", "DNK": "DKK", "CZE": "CZK", "ISL": "ISK", "FRO": "DKK", "GRL": "DKK"}),
    "NOK": MappingProxyType({"SWE": "SEK", "DNK": "DKK", "CZE": "CZK", "ISL": "ISK", "FRO": "DKK", "GRL": "DKK"}),
    # lei: Romanian unless Moldova's; dirhams: the UAE's unless Morocco's; manats: Azerbaijani
    # unless Turkmenistan's; soms and sums: each of Kyrgyzstan and Uzbekistan its own
    "RON": MappingProxyType({"MDA": "MDL"}),
    "AED": MappingProxyType({"MAR": "MAD"}),
    "AZN": MappingProxyType({"TKM": "TMT"}),
    "KGS": MappingProxyType({"UZB": "UZS"}),
    "UZS": MappingProxyType({"KGZ": "KGS"}),
    # riyals are Saudi and rials Iranian unless the figure is another Gulf state's
    "SAR": MappingProxyType({"QAT": "QAR", "OMN": "OMR", "YEM": "YER", "IRN": "IRR"}),
    "IRR": MappingProxyType({"QAT": "QAR", "OMN": "OMR", "YEM": "YER", "SAU": "SAR"}),
    # dinars with no country are Iraq's (the largest economy of the dinar countries)
    "IQD": MappingProxyType({
        "SRB": "RSD", "KWT": "KWD", "JOR": "JOD", "BHR": "BHD", "DZA": "DZD", "TUN": "TND", "LBY": "LYD",
        "MKD": "MKD",
    }),
    # pesos: Mexican unless another peso country's
    "MXN": MappingProxyType({
        "ARG": "ARS", "PHL": "PHP", "CHL": "CLP", "COL": "COP", "URY": "UYU", "DOM": "DOP", "CUB": "CUP",
    }),
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
    yen_sign_context: tuple[str, ...]

    # --- how numbers are written
    # spaces that may separate thousands ("8 300"); Russian copy also uses a plain space
    thousands_spaces: str
    # True: a comma is always the decimal mark ("1,125 млрд" is 1.125 billion)
    decimal_comma: bool
    # words joining two numbers into a pair: "$14 to $16 billion", "от 14 до 16 млрд"
    range_separators: tuple[str, ...]
    # of those, the ones that make a range only after a range opener ("between $5 and $6bn")
    opener_separators: tuple[str, ...]
    # separators of one sum written in two scales: "1 billion and 750 million"; "" = none
    # ("38 млрд 607,6 млн")
    sum_separators: tuple[str, ...]
    # prepositions after a verb of change that make a pair two figures ("rose from $5bn to $6bn")
    change_prepositions: tuple[str, ...]
    # words that make a pair two figures on their own ("by $5bn to $6bn")
    change_words_alone: tuple[str, ...]
    # inside number words: articles ("half a billion") and the joining "and" ("ten and a half")
    number_articles: tuple[str, ...]
    number_conjunctions: tuple[str, ...]
    # number words that multiply what comes before ("two hundred")
    number_multipliers: tuple[str, ...]
    # "3 dollars 50 cents": the minor-unit words and the words that may follow the cents
    tail_minor: tuple[str, ...]
    tail_followers: tuple[str, ...]
    # substrings of the currency and scale words that end an amount written in words: the fast
    # scan looks for these before trying number words ("eight billion dollars")
    word_amount_marks: tuple[str, ...]
    # True when every mark is the start of its word: then marks inside words are skipped
    word_amount_marks_start_words: bool
    # abbreviations a full stop does not end a sentence after
    abbreviations: frozenset[str]
    # words after an amount that make it a share, not money ("USD 5 per cent"); a space in them
    # may be left out ("percent"), a "*" is any ending
    percent_words: tuple[str, ...]
    # letters naming a dollar before "$": any case, a space may come between ("US$", "U.S. $",
    # "hk $"); upper case only; and upper case touching the sign only ("C$", "A$", "R$")
    dollar_marks: tuple[str, ...]
    dollar_marks_cased: tuple[str, ...]
    dollar_marks_attached: tuple[str, ...]
    # currency codes also read in lower case, before digits only ("usd 5")
    lower_case_codes: tuple[str, ...]
    # currency abbreviations before a number that may touch it, with or without a full stop, and
    # may come before number words ("Rs250", "Rs. 250", "Rs five lakh")
    touching_prefixes: tuple[str, ...]
    # marks of a currency that several countries share ("¥", "Rs", "rupee"), and marks that say
    # whose it is ("Indian rupees", "INR", "₹"): a figure with the first and none of the second
    # is in its reporter's own currency (OWN_CURRENCY)
    shared_currency_marks: tuple[str, ...]
    owned_currency_marks: tuple[str, ...]
    # words before a figure that make it a flow with the whole world, whose partner stays empty
    # ("the country's total exports", "Kyrgyzstan's foreign trade", "внешнеторговый оборот")
    world_words: tuple[str, ...]
    # verbs of buying and selling, among other_words ("the company bought a stake for $2bn"), that
    # name a flow when goods are bought or sold: "China bought $6.55bn worth of Turkmen goods",
    # "sold goods worth $570mn": verb → metric, and the words that say goods are meant
    trade_verbs: Mapping[str, str]
    # words after an amount that make it a difference, not a level ("$8.6 billion more than in
    # fiscal 2020", "на $410 миллионов больше"); and balance words whose complement a flow word
    # is ("the deficit on trade in goods narrowed to £7.9bn", "сальдо Китая во внешней торговле")
    difference_after: tuple[str, ...]
    balance_words: tuple[str, ...]
    # "the difference between UK exports of £74bn and imports of £112bn": flows, not a balance
    balance_between: tuple[str, ...]
    # statistics offices whose releases write their own dollar as a bare "$" (lower case): a
    # document that names one reads "$" as that dollar ("Statistics Canada says … $44.7 billion")
    dollar_offices: Mapping[str, str]
    # "with the EU, the U.S. and South Korea … 4.64, 4.01 and 1.91 trillion yuan, respectively": the
    # figures of the sentence take the countries listed before them, in order
    respectively_words: tuple[str, ...]
    # "$171m, of which exports were $68m and imports $103m": the parts take the whole's period
    part_of_words: tuple[str, ...]
    # the words that may follow a number with a scale and no currency ("… compared with 13 bn in
    # 2000", "ввоз из КНР — 27,03 миллиарда."), which then takes the currency of the amount before
    # it in its paragraph; another word after it names what is counted ("1.4 billion people")
    bare_amount_followers: tuple[str, ...]
    goods_words: tuple[str, ...]
    # regex: what may stand between a country and its verb of buying or selling ("China also
    # bought", "Mexico was forecast to buy"; not "Indian refiners bought crude at $60 a barrel")
    trade_verb_gap: str | None
    # of those, the ones read as a currency only written against a digit ("SR400 billion", not
    # "SR 2")
    attached_prefixes: tuple[str, ...]

    # --- the words around a figure
    # words between a bound cue and the amount: "exceeded the record level of $5bn"
    bound_fillers: tuple[str, ...]
    # bound cues that read as a plain "to" after a verb of change ("вырос до 10 млрд" is exact)
    to_after_change: tuple[str, ...]
    # words after an amount that make it a projection ("$5bn is expected"), and the auxiliaries
    # that may come between
    projection_after: tuple[str, ...]
    projection_auxiliaries: tuple[str, ...]
    # a relative clause that says nothing about the figure's own kind (", which analysts had
    # expected to slow,"): a regex, since its end is marked differently by language
    relative_clause: str
    # the words between a comparison base and the level it had (", when it was"), after which the
    # figure owns the base's period
    base_when: str
    # what joins an amount to the flow word right after it that is the amount's own ("308.74
    # billion baht in imports", "$2bn worth of exports", "5 млрд долларов экспорта"): a regex
    flow_after_amount: str
    # the side a flow comes from and goes to ("imports from China", "exports to Russia")
    from_words: tuple[str, ...]
    to_words: tuple[str, ...]
    # words by which a sentence points back to the sides named in the one before ("Kazakhstan and
    # Uzbekistan signed a roadmap. Trade between the two countries reached $4.4 billion")
    refer_back_words: tuple[str, ...]
    # words by which a sentence without figures gives the period of the figures before it ("Such
    # data for January–May were published by Turkstat", "Такие данные за январь–май …")
    data_words: tuple[str, ...]
    # words that say a text counts fiscal years ("fiscal", "FY", "финансовый год"): a quarter or
    # half with no year ("in Q1") is then one of the fiscal year of the report's country
    fiscal_words: tuple[str, ...]
    # a word right before two amounts that makes them a change, never a range, whatever comes
    # before it ("вырос в 1,5 раза (с $6,1 млрд до $9,2 млрд)": Russian says a range "от … до")
    change_pair_openers: tuple[str, ...]
    # the owner of a flow named after it: "imports of oil by India"
    by_words: tuple[str, ...]
    # words before "by" that make it a ranking, not an owner ("followed by India at $620 million")
    by_not_after: tuple[str, ...]
    party_articles: tuple[str, ...]
    # possessive endings on a country ("Armenia's exports")
    possessives: tuple[str, ...]
    # regexes: a country owning the flow, written after the country ("Armenia's exports"), or
    # before it ("экспорт Армении"); and "its exports" (the owner of the sentence before)
    owner_after: str
    # "exports of Kazakhstan", "supplies of Russian gas": the country after an outward flow and
    # "of" owns it (not after "imports of", where "Russian oil" names the origin)
    owner_before: str | None
    its_flow: str
    # regexes: the country whose partner another is ("Dubai's second-biggest trading partner",
    # "торговым партнером Кыргызстана"): it reports a trade figure of the sentence, written after
    # the country, or before it
    partner_of_after: str | None
    partner_of_before: str | None
    # words naming the country a report is about without its name ("the kingdom's overall
    # exports", "the country's total exports", "импорта республики"): its reporter
    home_words: tuple[str, ...]
    # "sales to the bloc" after "exports to European Union countries": the group named last (only
    # after a word of direction or first in its sentence: "the total for the bloc" names no side)
    group_back_words: tuple[str, ...]
    # "imports of Russian oil": the country after an inward flow and "of" is where the goods come from
    origin_before: str | None
    # the form of a country mention that can name an origin there (None: any): in Russian the
    # adjective ("ввоз турецкой продукции"), not the genitive noun, which owns ("импорт Китая")
    origin_form: str | None
    # words after a flow word that make it an office ("the Economy Minister", "the trade ministry
    # said"): the word names who speaks, not what the figure measures
    offices: tuple[str, ...]
    # a wire dateline opening a story ("YEREVAN, Nov 25 (Reuters) -", "KUALA LUMPUR (AP) -"): the
    # city says where the story was filed, not a side of the trade
    dateline: str | None

    # --- periods
    # month names only when capitalised ("may" and "march" are also English verbs)
    months_capitalised: bool
    # words before a year that look forward ("by 2030"): such years are not the present
    forward_year_words: tuple[str, ...]
    # words that make the number after them a year, not the first of a pair of amounts: "rose from
    # 48 million USD in 1993 to 436 million USD"
    year_prepositions: tuple[str, ...]
    # words that may stand between a forward word and its year ("by the end of 2030")
    period_end_of: tuple[str, ...]
    # forward words that may say how long rather than by when ("covers deliveries until 2033")
    period_until_words: tuple[str, ...]
    # "by the end of the decade": the words for a decade (the other choice is the year)
    period_decade_words: tuple[str, ...]
    # "within five years" always looks ahead; "in five years" does unless it ends a span before
    # now (period_past_span_before); other such words look ahead only with "the next"
    period_ahead_words: tuple[str, ...]
    period_ahead_checked_words: tuple[str, ...]
    # words (besides dashes) between the two years of a span when guessing the reference year
    # ("2020 to 2022": the second is not the present)
    year_span_words: tuple[str, ...]
    # words before a date that make it an event to come ("the rules take effect on March 21,
    # 2025"); with the projection cues they keep a year out of the reference-year guess
    future_event_words: tuple[str, ...]
    # relative years: phrase (or its first word) → years from the reference year
    relative_years: Mapping[str, int]
    # regexes: "this year" and the like, and "a year earlier" and the like
    period_relative_year: str
    period_earlier: str
    # regex: what may stand between a part of a year and the year it is part of ("the first quarter
    # of fiscal 2023", "the first eight months (July-February)")
    period_part_of: str
    # an "earlier" phrase naming the same part of the year, one year back ("the same period of last
    # year"): it may take its months from a period after the figure
    same_period_words: tuple[str, ...]
    # words before an "earlier" phrase that make it the base of a comparison ("up 5% compared with
    # a year earlier", "по сравнению с аналогичным периодом прошлого года"), not a figure's period;
    # "year on year" is never one, so it is no period at all
    comparison_words: tuple[str, ...]
    # of those, the ones that make a comparison only after a percentage ("up 5% from July", "up
    # 31% on the same period"; not "from January to August")
    comparison_after_percent: tuple[str, ...]
    # the marks of a percentage, for the above ("%", "percent")
    percent_marks: tuple[str, ...]
    # words that may stand between a comparison word and its period ("compared with the same
    # period of 2022", "против аналогичного периода 2022 года"): that period is a base, not the
    # figure's own
    comparison_fillers: tuple[str, ...]
    # words before a year or month that make it the start of a span to now, not a period ("the
    # first drop since August 2020", "the highest since at least 2012")
    since_words: tuple[str, ...]
    # words that open a new clause, besides punctuation: a country named after one belongs to the
    # next figure ("imported $17.8 billion from China but exported $715 million to China")
    clause_words: tuple[str, ...]
    # whether a period named after the figure, past a comma or dash, is still the figure's own;
    # in Russian the period usually comes first and a later one belongs to the next clause
    # ("превысил $8,3 млрд, перекрыв показатели за весь прошлый год – $7,4 млрд")
    period_after_clause_break: bool
    # what makes "in five years" a span before now, not a time ahead: a superlative or "first"
    # just before it ("the lowest in five years", "the biggest monthly drop in ten years"); None
    # where the template has no such span
    period_past_span_before: str | None
    # the same before a count of months, with its preposition: "the first rise in three months"
    # is a span back from now, not the first three months of a year
    period_past_span_months: str | None
    # words (besides dashes) joining two months or years into a span: "January to June"
    period_range_words: tuple[str, ...]
    # phrases naming a period by reference to the document or the publication date, as regexes
    # mapped to how they are resolved: "back" (the period in force: "in the period under review",
    # "за отчетный период"), "month" (the month in force: "for the month"), "prev_month" (the
    # month before the one in force, else before publication: "the previous month"), "last_month"
    # (the month before publication), "ytd" (January to the latest month the text names:
    # "since the beginning of the year"), "trailing" (twelve months to the latest month the text
    # names: "over the past 12 months"), "this_year" (the reference year: "по итогам года"),
    # "fiscal_last", "fiscal_this", "fiscal_next" (the fiscal year before, holding or after the
    # reference date, of the first side whose fiscal year does not start in January: "the last
    # financial year")
    period_phrases: Mapping[str, str]
    # the period phrase shapes, a str.format template over {ordinal}, {month}, {counts},
    # {years_count}, {dash}, {rel_year}, {earlier} and {year_ref_h|q|m}; group names are what
    # periods.find_periods reads
    period_template: str
    # the shapes of period_phrases ({phrases}) and of twelve months to a month (groups toM, toY,
    # yrM, yrY; {month}), searched apart from the template and only in text holding one of the
    # anchors (lower case): they would slow every search (measured: find_periods 1.5x on
    # benchmarks/newsgen.py text with them in the template)
    period_phrase_template: str
    period_phrase_anchors: tuple[str, ...]
    # words of a projection that keeps the pace of the dated figures before it ("we expect to
    # maintain the pace and reach $14 billion": the year of those figures)
    pace_words: tuple[str, ...]


from . import en, ru  # noqa: E402  (they build on Lexicon, above)

LEXICONS: Mapping[str, Lexicon] = MappingProxyType({"en": en.LEXICON, "ru": ru.LEXICON})
