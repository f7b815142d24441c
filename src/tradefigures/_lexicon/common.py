"""Marks written the same in every language's copy: currency signs and ISO 4217 codes.

Shared, not inherited: each lexicon names these itself, since Russian (and most) news copy writes
"$", "€", "US$" and "USD" just as English copy does. Codes: ISO 4217.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# currency signs and codes written before the number → ISO 4217 (symbols from the English Wikipedia
# "List of circulating currencies"); shared: the signs are the same in Russian copy
CURRENCY_SIGNS: Mapping[str, str] = MappingProxyType({
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
})

# ISO 4217 codes accepted when written as codes; shared: codes are not words of any language
CODES: frozenset[str] = frozenset(
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
        # crowns, lei, dirhams, pesos and dinars of the countries that share their names
        "ISK",
        "MDL",
        "MAD",
        "ARS",
        "CLP",
        "COP",
        "OMR",
        "BHD",
        "JOD",
        "IQD",
        "RSD",
        "DZD",
        "TND",
    ]
)

# Dollar marks before "$" and codes in lower case: Latin letters, written so in Russian copy too
DOLLAR_MARKS = ("us", "u.s.", "u.s", "usd", "cad", "aud", "nzd", "mxn", "hk", "mex", "c")
DOLLAR_MARKS_CASED = ("US", "U.S.", "USD", "CAD", "AUD", "NZD", "MXN", "HK", "NZ", "NT", "MEX")
DOLLAR_MARKS_ATTACHED = ("C", "A", "S", "R", "CA", "AU")
LOWER_CASE_CODES = ("usd", "eur", "gbp", "rmb", "cny", "jpy", "rub")
# "Rs" (rupees) may touch the number: a Latin abbreviation, kept as such in Russian copy
TOUCHING_PREFIXES = ("Rs",)
