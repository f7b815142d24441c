"""Words the extractor reads, keyed by language; data only, no logic.

Every language-specific word lives here so that another language (Russian is next) adds a
``Lexicon`` rather than reshaping the extractor. Where the words came from:

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

from dataclasses import dataclass, field
from types import MappingProxyType
from collections.abc import Mapping

__all__ = ["LEXICONS", "Lexicon"]


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


_SCALES_EN = {
    "thousand": 1e3, "thousands": 1e3, "k": 1e3,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "mio": 1e6,
    "billion": 1e9, "billions": 1e9, "billon": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "trillions": 1e12, "trln": 1e12, "trn": 1e12, "tn": 1e12,
}

_NUMBER_WORDS_EN = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
    "half": 0.5, "quarter": 0.25, "quarters": 0.25, "dozen": 12,
}

_PREFIX_CURRENCIES_EN = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "U.S. $": "USD", "US $": "USD", "USD$": "USD",
    "C$": "CAD", "CA$": "CAD", "CAD$": "CAD", "A$": "AUD", "AU$": "AUD", "AUD$": "AUD",
    "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "NZD$": "NZD", "NT$": "TWD", "R$": "BRL",
    "MEX$": "MXN", "MXN$": "MXN",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₹": "INR", "Rs": "INR", "Rs.": "INR",
    "₺": "TRY", "₩": "KRW", "₸": "KZT", "₼": "AZN", "₾": "GEL", "֏": "AMD", "₴": "UAH",
    "₡": "CRC", "₭": "LAK", "₿": "XBT", "元": "CNY", "RMB": "CNY", "dollar": "USD",
}

_CURRENCY_WORDS_EN = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "kuai": "CNY", "yen": "JPY",
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "pounds sterling": "GBP", "dram": "AMD", "drams": "AMD",
    "rupee": "INR", "rupees": "INR", "lira": "TRY", "liras": "TRY", "tenge": "KZT",
    "manat": "AZN", "manats": "AZN", "lari": "GEL", "hryvnia": "UAH", "hryvnias": "UAH",
    "won": "KRW", "rand": "ZAR", "peso": "MXN", "pesos": "MXN", "real": "BRL", "reais": "BRL",
    "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED", "rial": "IRR",
    "rials": "IRR", "som": "KGS", "soms": "UZS", "sum": "UZS", "zloty": "PLN", "zlotys": "PLN",
    "forint": "HUF", "forints": "HUF", "koruna": "CZK", "korunas": "CZK", "baht": "THB",
    "ringgit": "MYR", "rupiah": "IDR", "dong": "VND", "naira": "NGN", "shekel": "ILS",
    "shekels": "ILS", "franc": "CHF", "francs": "CHF", "markka": "FIM", "markkaa": "FIM",
    "guilder": "NLG", "guilders": "NLG", "peseta": "ESP", "pesetas": "ESP",
    "mark": "DEM", "marks": "DEM", "deutsche marks": "DEM", "kip": "LAK", "colon": "CRC",
    "colón": "CRC", "colones": "CRC", "bitcoin": "XBT", "bitcoins": "XBT", "btc": "XBT",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "cny": "CNY", "jpy": "JPY", "rub": "RUB",
}

_QUALIFIED_CURRENCIES_EN = {
    "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD",
    "canadian dollar": "CAD", "australian dollar": "AUD", "hong kong dollar": "HKD",
    "singapore dollar": "SGD", "new zealand dollar": "NZD", "taiwan dollar": "TWD",
    "new taiwan dollar": "TWD", "swiss franc": "CHF", "french franc": "FRF",
    "belgian franc": "BEF", "finnish markka": "FIM", "dutch guilder": "NLG",
    "netherlands guilder": "NLG", "turkish lira": "TRY", "mexican peso": "MXN",
    "chinese yuan": "CNY", "japanese yen": "JPY", "russian ruble": "RUB", "russian rouble": "RUB",
    "armenian dram": "AMD", "indian rupee": "INR", "sri lankan rupee": "LKR",
    "pakistani rupee": "PKR", "british pound": "GBP", "georgian lari": "GEL",
    "kazakh tenge": "KZT", "azerbaijani manat": "AZN", "turkmen manat": "TMT",
    "south african rand": "ZAR", "south korean won": "KRW", "brazilian real": "BRL",
    "saudi riyal": "SAR", "iranian rial": "IRR", "uzbek sum": "UZS", "kyrgyz som": "KGS",
    "egyptian pound": "EGP", "german mark": "DEM", "deutsche mark": "DEM",
}

_MINOR_UNITS_EN = {
    "cent": ("USD", 100.0), "cents": ("USD", 100.0), "pence": ("GBP", 100.0),
    "penny": ("GBP", 100.0), "p": ("GBP", 100.0), "satoshi": ("XBT", 1e8),
    "satoshis": ("XBT", 1e8), "kopecks": ("RUB", 100.0), "luma": ("AMD", 100.0),
    "mao": ("CNY", 10.0), "jiao": ("CNY", 10.0),
}

_CODES = frozenset(
    "USD EUR GBP JPY CNY RUB AMD INR CAD AUD CHF HKD SGD NZD KRW TRY KZT AZN GEL UAH BYN "
    "BRL MXN ZAR SAR AED IRR SEK NOK DKK PLN CZK HUF RON BGN THB MYR IDR VND PHP PKR BDT EGP "
    "NGN ILS KWD QAR UZS KGS TJS TMT MNT TWD LKR BTC".split()
)

_BOUND_CUES_EN = {
    "exceeded": "at_least", "exceeding": "at_least", "exceeds": "at_least", "exceed": "at_least",
    "over": "at_least", "more than": "at_least", "above": "at_least", "surpassed": "at_least",
    "surpassing": "at_least", "surpass": "at_least", "topped": "at_least", "topping": "at_least",
    "top": "at_least", "in excess of": "at_least", "at least": "at_least", "upwards of": "at_least",
    "no less than": "at_least", "not less than": "at_least", "passed": "at_least",
    "crossed": "at_least", "broke through": "at_least", "well over": "at_least",
    "up to": "at_most", "under": "at_most", "less than": "at_most", "below": "at_most",
    "nearly": "at_most", "almost": "at_most", "close to": "at_most", "not more than": "at_most",
    "no more than": "at_most", "just under": "at_most", "just shy of": "at_most",
    "as much as": "at_most", "at most": "at_most",
    "about": "approx", "around": "approx", "roughly": "approx", "some": "approx",
    "approximately": "approx", "an estimated": "approx", "estimated": "approx", "~": "approx",
    "circa": "approx", "approx.": "approx", "of the order of": "approx", "on the order of": "approx",
    "in the region of": "approx",
}

_PROJECTION_CUES_EN = (
    "expect", "expects", "expected", "expecting", "anticipate", "anticipates", "anticipated",
    "anticipating", "forecast", "forecasts", "forecasting", "projected", "projects", "projecting",
    "projection", "target", "targets", "targeted", "targeting", "plan", "plans", "planned",
    "planning", "aim", "aims", "aimed", "aiming", "goal", "will", "could", "would", "may",
    "might", "should", "set to", "is set to", "are set to", "hope", "hopes", "hoped", "seek",
    "seeks", "intend", "intends", "potential", "outlook", "envisage", "envisages", "predicted",
    "predicts", "estimate that", "on track to", "poised to", "likely to", "going to",
)

_METRIC_WORDS_EN = {
    "trade": "trade", "turnover": "trade", "trade turnover": "trade", "trade volume": "trade",
    "volume of trade": "trade", "trade volumes": "trade", "commerce": "trade",
    "mutual trade": "trade", "bilateral trade": "trade", "foreign trade": "trade",
    "trade between": "trade", "trade with": "trade", "two-way trade": "trade",
    "export": "exports", "exports": "exports", "exported": "exports", "exporting": "exports",
    "shipments": "exports", "shipped": "exports", "supplies": "exports", "deliveries": "exports",
    "sales abroad": "exports", "outbound": "exports",
    "import": "imports", "imports": "imports", "imported": "imports", "importing": "imports",
    "purchases from": "imports", "inbound": "imports",
}

_OTHER_WORDS_EN = (
    "trade balance", "trade surplus", "trade deficit", "trade gap", "balance", "surplus",
    "deficit", "investment", "investments", "invested", "invest", "investing", "investor",
    "loan", "loans", "lending", "credit", "credit line", "credit lines", "borrowing", "debt",
    "budget", "budgets", "gdp", "gross domestic product", "economy", "aid", "assistance",
    "grant", "grants", "subsidy", "subsidies", "contract", "contracts", "deal", "deals",
    "agreement worth", "project", "projects", "price", "prices",
    "priced", "cost", "costs", "revenue", "revenues", "profit", "profits", "income", "earnings",
    "reserves", "remittances", "transfers", "fund", "funds", "funding", "financing", "capital",
    "bonds", "notes", "shares", "stake", "dividend", "market cap", "capitalisation",
    "capitalization", "assets", "bid", "fine", "fined", "salary", "wages", "pension",
    "tax", "taxes", "tariff", "tariffs", "duties", "spending", "expenditure", "sales",
    "paid", "pay", "payment", "payments", "compensation", "acquisition", "acquired", "bought",
    "sold", "sell", "buy", "fdi", "fees",
)

_INCREMENT_CUES_EN = (
    "by", "grew", "rose", "increased", "decreased", "fell", "dropped", "declined", "jumped",
    "climbed", "gained", "lost", "up", "down", "increase of", "rise of", "growth of",
    "decline of", "drop of", "fall of", "gain of", "an increase of", "a rise of",
)

_CHANGE_VERBS_EN = (
    "rose", "rise", "rising", "rises", "grew", "grow", "grows", "growing", "increased",
    "increase", "increasing", "increases", "jumped", "jump", "climbed", "climb", "soared",
    "surged", "expanded", "expand", "fell", "fall", "falling", "falls", "dropped", "drop",
    "declined", "decline", "decreased", "decrease", "shrank", "shrink", "slipped", "slumped",
    "plunged", "went", "up", "down", "changed", "doubled", "tripled", "recovered", "rebounded",
    "boosted", "raised", "lifted", "cut", "reduced", "bring", "brought", "widened", "narrowed",
)

_MONTHS_EN = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

_ORDINALS_EN = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "last": 4, "final": 4,
}

# name, adjective or capital → ISO 3166-1 alpha-3 (capitals and adjectives are how news text names a side)
_COUNTRIES_EN = {
    "russia": "RUS", "russian": "RUS", "russians": "RUS", "russian federation": "RUS",
    "moscow": "RUS", "kremlin": "RUS", "the kremlin": "RUS",
    "armenia": "ARM", "armenian": "ARM", "armenians": "ARM", "yerevan": "ARM",
    "azerbaijan": "AZE", "azerbaijani": "AZE", "baku": "AZE",
    "georgia": "GEO", "georgian": "GEO", "tbilisi": "GEO",
    "belarus": "BLR", "belarusian": "BLR", "minsk": "BLR",
    "kazakhstan": "KAZ", "kazakh": "KAZ", "kazakhstani": "KAZ", "astana": "KAZ",
    "kyrgyzstan": "KGZ", "kyrgyz": "KGZ", "bishkek": "KGZ",
    "uzbekistan": "UZB", "uzbek": "UZB", "tashkent": "UZB",
    "tajikistan": "TJK", "tajik": "TJK", "dushanbe": "TJK",
    "turkmenistan": "TKM", "turkmen": "TKM", "ashgabat": "TKM",
    "ukraine": "UKR", "ukrainian": "UKR", "kyiv": "UKR", "kiev": "UKR",
    "moldova": "MDA", "moldovan": "MDA", "chisinau": "MDA",
    "china": "CHN", "chinese": "CHN", "beijing": "CHN", "prc": "CHN",
    "india": "IND", "indian": "IND", "new delhi": "IND", "delhi": "IND",
    "iran": "IRN", "iranian": "IRN", "tehran": "IRN",
    "turkey": "TUR", "türkiye": "TUR", "turkiye": "TUR", "turkish": "TUR", "ankara": "TUR",
    "united states": "USA", "u.s.": "USA", "us": "USA", "usa": "USA", "american": "USA",
    "america": "USA", "washington": "USA",
    "united kingdom": "GBR", "uk": "GBR", "u.k.": "GBR", "britain": "GBR", "british": "GBR",
    "great britain": "GBR", "london": "GBR",
    "germany": "DEU", "german": "DEU", "berlin": "DEU",
    "france": "FRA", "french": "FRA", "paris": "FRA",
    "italy": "ITA", "italian": "ITA", "rome": "ITA",
    "spain": "ESP", "spanish": "ESP", "madrid": "ESP",
    "netherlands": "NLD", "dutch": "NLD", "the netherlands": "NLD",
    "poland": "POL", "polish": "POL", "warsaw": "POL",
    "japan": "JPN", "japanese": "JPN", "tokyo": "JPN",
    "south korea": "KOR", "korea": "KOR", "korean": "KOR", "south korean": "KOR", "seoul": "KOR",
    "north korea": "PRK", "north korean": "PRK", "pyongyang": "PRK",
    "vietnam": "VNM", "vietnamese": "VNM", "hanoi": "VNM",
    "indonesia": "IDN", "indonesian": "IDN", "jakarta": "IDN",
    "malaysia": "MYS", "malaysian": "MYS", "thailand": "THA", "thai": "THA",
    "singapore": "SGP", "singaporean": "SGP", "philippines": "PHL", "philippine": "PHL",
    "pakistan": "PAK", "pakistani": "PAK", "islamabad": "PAK",
    "bangladesh": "BGD", "bangladeshi": "BGD", "sri lanka": "LKA", "sri lankan": "LKA",
    "mongolia": "MNG", "mongolian": "MNG", "afghanistan": "AFG", "afghan": "AFG",
    "saudi arabia": "SAU", "saudi": "SAU", "riyadh": "SAU",
    "united arab emirates": "ARE", "uae": "ARE", "emirati": "ARE", "abu dhabi": "ARE",
    "qatar": "QAT", "qatari": "QAT", "israel": "ISR", "israeli": "ISR",
    "egypt": "EGY", "egyptian": "EGY", "cairo": "EGY", "syria": "SYR", "syrian": "SYR",
    "iraq": "IRQ", "iraqi": "IRQ", "baghdad": "IRQ",
    "brazil": "BRA", "brazilian": "BRA", "brasilia": "BRA",
    "mexico": "MEX", "mexican": "MEX", "mexico city": "MEX",
    "canada": "CAN", "canadian": "CAN", "ottawa": "CAN",
    "argentina": "ARG", "argentine": "ARG", "chile": "CHL", "chilean": "CHL",
    "south africa": "ZAF", "south african": "ZAF", "pretoria": "ZAF",
    "nigeria": "NGA", "nigerian": "NGA", "ethiopia": "ETH", "ethiopian": "ETH",
    "australia": "AUS", "australian": "AUS", "canberra": "AUS",
    "new zealand": "NZL", "switzerland": "CHE", "swiss": "CHE",
    "sweden": "SWE", "swedish": "SWE", "norway": "NOR", "norwegian": "NOR",
    "finland": "FIN", "finnish": "FIN", "denmark": "DNK", "danish": "DNK",
    "austria": "AUT", "austrian": "AUT", "belgium": "BEL", "belgian": "BEL",
    "greece": "GRC", "greek": "GRC", "cyprus": "CYP", "cypriot": "CYP",
    "hungary": "HUN", "hungarian": "HUN", "budapest": "HUN",
    "czech republic": "CZE", "czechia": "CZE", "czech": "CZE",
    "romania": "ROU", "romanian": "ROU", "bulgaria": "BGR", "bulgarian": "BGR",
    "serbia": "SRB", "serbian": "SRB", "belgrade": "SRB",
    "lithuania": "LTU", "latvia": "LVA", "estonia": "EST",
    "cuba": "CUB", "cuban": "CUB", "venezuela": "VEN", "venezuelan": "VEN",
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

LEXICONS: Mapping[str, Lexicon] = MappingProxyType({"en": _EN})
