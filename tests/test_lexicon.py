"""The lexicons: one module per language, every field given by each, nothing inherited."""

from __future__ import annotations

import dataclasses

import pycountry
import pytest

from tradefigures._lexicon import LEXICONS, Lexicon, en, ru
from tradefigures.reading import _countries


def test_lexicon_has_no_defaults() -> None:
    # a default would be one language's words silently inherited by another
    defaulted = [
        f.name
        for f in dataclasses.fields(Lexicon)
        if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
    ]
    assert defaulted == []


@pytest.mark.parametrize("module", [en, ru])
def test_every_field_given(module: object) -> None:
    lex = module.LEXICON  # type: ignore[attr-defined]
    assert isinstance(lex, Lexicon)
    missing = [f.name for f in dataclasses.fields(Lexicon) if not hasattr(lex, f.name)]
    assert missing == []


def test_lexicons_table() -> None:
    assert LEXICONS == {"en": en.LEXICON, "ru": ru.LEXICON}


# The 193 member states of the United Nations (un.org, "Member States"), as ISO 3166-1 alpha-3
# codes: written out because pycountry, which the tests use for ISO codes, does not say which
# countries are members (a block of codes, to check against that list by eye).
UN_MEMBERS = frozenset("""
AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ BOL BRA BRB
BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI DMA DNK DOM DZA
ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY HND HRV HTI
HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA
LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM
NER NGA NIC NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY QAT ROU RUS RWA SAU SDN
SEN SGP SLB SLE SLV SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO
TUN TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE
""".split())  # noqa: SIM905
# the UN's observer states, Taiwan, Hong Kong, Macao, Kosovo (XKX: the code the European Commission
# and the IMF use; ISO 3166 has none), and territories that publish trade statistics of their own
OTHERS = frozenset({
    "PSE", "VAT", "TWN", "HKG", "MAC", "XKX", "PRI", "GRL", "NCL", "PYF", "BMU", "CYM", "CUW", "ABW", "GIB", "FRO",
})


def test_un_member_list_has_193_iso_codes() -> None:
    assert len(UN_MEMBERS) == 193
    assert sorted(c for c in UN_MEMBERS if pycountry.countries.get(alpha_3=c) is None) == []


@pytest.mark.parametrize("lang", sorted(LEXICONS))
def test_every_un_member_and_trading_territory_is_named(lang: str) -> None:
    named = set(LEXICONS[lang].countries.values())
    assert sorted((UN_MEMBERS | OTHERS) - named) == []


# a longer name holding a shorter one is read whole: "South Sudan" is not Sudan, "Nigeria" not Niger
LONGER_NAMES = [
    ("en", "South Sudan and Sudan", ["SSD", "SDN"]),
    ("en", "Equatorial Guinea, Guinea-Bissau, Guinea Bissau, Papua New Guinea and Guinea",
     ["GNQ", "GNB", "GNB", "PNG", "GIN"]),
    ("en", "the Dominican Republic and Dominica", ["DOM", "DMA"]),
    ("en", "Nigeria and Niger", ["NGA", "NER"]),
    ("en", "the Central African Republic and South Africa", ["CAF", "ZAF"]),
    ("en", "the Democratic Republic of Congo and the Republic of Congo", ["COD", "COG"]),
    ("en", "American Samoa and Samoa, French Polynesia and France", ["ASM", "WSM", "PYF", "FRA"]),
    ("ru", "Южный Судан и Судан, южносуданская нефть", ["SSD", "SDN", "SSD"]),
    ("ru", "Экваториальная Гвинея, Гвинея-Бисау, Гвинеи-Бисау, Папуа — Новая Гвинея, Папуа-Новой Гвинеи и Гвинея",
     ["GNQ", "GNB", "GNB", "PNG", "PNG", "GIN"]),
    ("ru", "Доминиканская Республика и Доминика", ["DOM", "DMA"]),
    ("ru", "Нигерия, Нигерией, Нигер и Нигером", ["NGA", "NGA", "NER", "NER"]),
    ("ru", "Демократическая Республика Конго и Республика Конго", ["COD", "COG"]),
    ("ru", "Американское Самоа и Самоа, Французская Полинезия и Франция", ["ASM", "WSM", "PYF", "FRA"]),
]


@pytest.mark.parametrize(
    ("lang", "text", "codes"), LONGER_NAMES, ids=[f"{x[0]}-{'-'.join(x[2])}" for x in LONGER_NAMES]
)
def test_longer_country_names_win(lang: str, text: str, codes: list[str]) -> None:
    assert [code for _, _, code in _countries(text, lang, 0, len(text))] == codes


# words that start like a country but are none (a stem there would read them): no side
NOT_COUNTRIES = [
    ("ru", "гамбит, белизна, мальтоза, гренадер, панамка, коморбидность, Бениньо, брунелло, пропан-бутан, "
           "до того, данные, кубометров"),
    ("en", "Chadwick, Togoland, Benincasa, Nigerians"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_COUNTRIES, ids=[x[0] for x in NOT_COUNTRIES])
def test_words_like_country_names_are_not_countries(lang: str, text: str) -> None:
    assert _countries(text, lang, 0, len(text)) == []
