"""The lexicons: one module per language, every field given by each, nothing inherited."""

from __future__ import annotations

import dataclasses

import pycountry
import pytest

from tradefigures import extract
from tradefigures._lexicon import LEXICONS, Lexicon, en, ru
from tradefigures.reading import _countries
from tradefigures.statistics import country_name


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
    ("ru", "Белгород-Днестровский и Белгород, Шанхайская организация сотрудничества и Шанхай",
     ["UKR", "RUS", "SCO", "CHN"]),
    ("ru", "Ямало-Ненецкого автономного округа, Нижний Новгород и Новгородская область", ["RUS", "RUS", "RUS"]),
    ("en", "North Karelia and Karelia, the Shanghai Cooperation Organisation and Shanghai",
     ["FIN", "RUS", "SCO", "CHN"]),
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
    # names and words like a region's (stems only where no common word starts alike: see ru.py)
    ("ru", "твёрдый, твердая, Владимир, Ивановский, Кировский завод, орёл, орла, приморский курорт, Калугин, "
           "Карелин, Рязанов, Вологдин, аль-Хорезми, самаритянин, Бухарин, алтарь, Туркестанский край"),
    ("en", "Chadwick, Togoland, Benincasa, Nigerians"),
    ("en", "a perm, Vladimir, Kirov, an astrakhan coat, the Amur tiger, the Altai mountains, Tula, Brest, Osh, "
           "a kurgan"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_COUNTRIES, ids=[x[0] for x in NOT_COUNTRIES])
def test_words_like_country_names_are_not_countries(lang: str, text: str) -> None:
    assert _countries(text, lang, 0, len(text)) == []


def test_every_name_is_read_whole_as_its_own_code() -> None:
    # a stem that shadows a longer name ("белгород*" before "белгород-днестровск*", "шанха*"
    # before "шанхайск* организац*") would read the longer one as the shorter
    for lang, lex in LEXICONS.items():
        wrong = []
        for key, code in lex.countries.items():
            text = key.replace("*", "")
            if key != "us" and _countries(text, lang, 0, len(text)) != [(0, len(text), code)]:
                wrong.append(key)
        assert (lang, wrong) == (lang, [])


# The subdivisions of ISO 3166-2 whose names regional news writes as a side of the trade: each
# code with its name in Russian and in English copy (the Russian names as in article 65 of the
# Russian Constitution, the Belarusian, Kazakh, Uzbek, Kyrgyz and Chinese ones as Russian
# agencies write them), written out, and checked against pycountry's ISO 3166-2 list below.
SUBDIVISIONS_RU = {
    "AD": ("Адыгея", "Adygea"), "AL": ("Республика Алтай", "Altai Republic"),
    "ALT": ("Алтайский край", "Altai Krai"), "AMU": ("Амурская область", "Amur Oblast"),
    "ARK": ("Архангельская область", "Arkhangelsk Oblast"), "AST": ("Астраханская область", "Astrakhan Oblast"),
    "BA": ("Башкортостан", "Bashkortostan"), "BEL": ("Белгородская область", "Belgorod Oblast"),
    "BRY": ("Брянская область", "Bryansk Oblast"), "BU": ("Бурятия", "Buryatia"),
    "CE": ("Чеченская Республика", "Chechnya"), "CHE": ("Челябинская область", "Chelyabinsk Oblast"),
    "CHU": ("Чукотский автономный округ", "Chukotka"), "CU": ("Чувашская Республика", "Chuvashia"),
    "DA": ("Дагестан", "Dagestan"), "IN": ("Ингушетия", "Ingushetia"),
    "IRK": ("Иркутская область", "Irkutsk Oblast"), "IVA": ("Ивановская область", "Ivanovo Oblast"),
    "KAM": ("Камчатский край", "Kamchatka Krai"), "KB": ("Кабардино-Балкарская Республика", "Kabardino-Balkaria"),
    "KC": ("Карачаево-Черкесская Республика", "Karachay-Cherkessia"), "KDA": ("Краснодарский край",
    "Krasnodar Krai"),
    "KEM": ("Кемеровская область", "Kemerovo Oblast"), "KGD": ("Калининградская область", "Kaliningrad Oblast"),
    "KGN": ("Курганская область", "Kurgan Oblast"), "KHA": ("Хабаровский край", "Khabarovsk Krai"),
    "KHM": ("Ханты-Мансийский автономный округ", "Khanty-Mansi Autonomous Okrug"),
    "KIR": ("Кировская область", "Kirov Oblast"), "KK": ("Хакасия", "Khakassia"), "KL": ("Калмыкия", "Kalmykia"),
    "KLU": ("Калужская область", "Kaluga Oblast"), "KO": ("Республика Коми", "Komi Republic"),
    "KOS": ("Костромская область", "Kostroma Oblast"), "KR": ("Карелия", "Karelia"),
    "KRS": ("Курская область", "Kursk Oblast"), "KYA": ("Красноярский край", "Krasnoyarsk Krai"),
    "LEN": ("Ленинградская область", "Leningrad Oblast"), "LIP": ("Липецкая область", "Lipetsk Oblast"),
    "MAG": ("Магаданская область", "Magadan Oblast"), "ME": ("Марий Эл", "Mari El"), "MO": ("Мордовия",
    "Mordovia"),
    "MOS": ("Московская область", "Moscow Oblast"), "MOW": ("Москва", "Moscow"),
    "MUR": ("Мурманская область", "Murmansk Oblast"), "NEN": ("Ненецкий автономный округ",
    "Nenets Autonomous Okrug"),
    "NGR": ("Новгородская область", "Novgorod Oblast"), "NIZ": ("Нижегородская область", "Nizhny Novgorod Oblast"),
    "NVS": ("Новосибирская область", "Novosibirsk Oblast"), "OMS": ("Омская область", "Omsk Oblast"),
    "ORE": ("Оренбургская область", "Orenburg Oblast"), "ORL": ("Орловская область", "Oryol Oblast"),
    "PER": ("Пермский край", "Perm Krai"), "PNZ": ("Пензенская область", "Penza Oblast"),
    "PRI": ("Приморский край", "Primorsky Krai"), "PSK": ("Псковская область", "Pskov Oblast"),
    "ROS": ("Ростовская область", "Rostov Oblast"), "RYA": ("Рязанская область", "Ryazan Oblast"),
    "SA": ("Республика Саха", "Yakutia"), "SAK": ("Сахалинская область", "Sakhalin Oblast"),
    "SAM": ("Самарская область", "Samara Oblast"), "SAR": ("Саратовская область", "Saratov Oblast"),
    "SE": ("Северная Осетия", "North Ossetia"), "SMO": ("Смоленская область", "Smolensk Oblast"),
    "SPE": ("Санкт-Петербург", "St Petersburg"), "STA": ("Ставропольский край", "Stavropol Krai"),
    "SVE": ("Свердловская область", "Sverdlovsk Oblast"), "TA": ("Татарстан", "Tatarstan"),
    "TAM": ("Тамбовская область", "Tambov Oblast"), "TOM": ("Томская область", "Tomsk Oblast"),
    "TUL": ("Тульская область", "Tula Oblast"), "TVE": ("Тверская область", "Tver Oblast"),
    "TY": ("Тыва", "Tuva"), "TYU": ("Тюменская область", "Tyumen Oblast"), "UD": ("Удмуртская Республика",
    "Udmurtia"),
    "ULY": ("Ульяновская область", "Ulyanovsk Oblast"), "VGG": ("Волгоградская область", "Volgograd Oblast"),
    "VLA": ("Владимирская область", "Vladimir Oblast"), "VLG": ("Вологодская область", "Vologda Oblast"),
    "VOR": ("Воронежская область", "Voronezh Oblast"), "YAN": ("Ямало-Ненецкий автономный округ", "Yamalo-Nenets"),
    "YAR": ("Ярославская область", "Yaroslavl Oblast"), "YEV": ("Еврейская автономная область",
    "Jewish Autonomous Oblast"),
    "ZAB": ("Забайкальский край", "Zabaykalsky Krai"),
}
SUBDIVISIONS_NEAR = {
    "BY": {
        "BR": ("Брестская область", "Brest Oblast"), "HM": ("Минск", "Minsk"), "HO": ("Гомельская область",
        "Gomel"),
        "HR": ("Гродненская область", "Grodno"), "MA": ("Могилевская область", "Mogilev"),
        "MI": ("Минская область", "Minsk Region"), "VI": ("Витебская область", "Vitebsk"),
    },
    "KZ": {
        "10": ("Абайская область", "Abai Region"), "11": ("Акмолинская область", "Akmola"),
        "15": ("Актюбинская область", "Aktobe"), "19": ("Алматинская область", "Almaty Region"),
        "23": ("Атырауская область", "Atyrau"), "27": ("Западно-Казахстанская область", "West Kazakhstan"),
        "31": ("Жамбылская область", "Zhambyl"), "33": ("Жетысу", "Zhetysu"), "35": ("Карагандинская область",
        "Karaganda"),
        "39": ("Костанайская область", "Kostanay"), "43": ("Кызылординская область", "Kyzylorda"),
        "47": ("Мангистауская область", "Mangystau"), "55": ("Павлодарская область", "Pavlodar"),
        "59": ("Северо-Казахстанская область", "North Kazakhstan"), "61": ("Туркестанская область",
        "Turkistan Region"),
        "62": ("Улытауская область", "Ulytau"), "63": ("Восточно-Казахстанская область", "East Kazakhstan"),
        "71": ("Астана", "Astana"), "75": ("Алматы", "Almaty"), "79": ("Шымкент", "Shymkent"),
    },
    "UZ": {
        "AN": ("Андижанская область", "Andijan"), "BU": ("Бухарская область", "Bukhara"),
        "FA": ("Ферганская область", "Fergana Region"), "JI": ("Джизакская область", "Jizzakh"),
        "NG": ("Наманганская область", "Namangan"), "NW": ("Навоийская область", "Navoi"),
        "QA": ("Кашкадарьинская область", "Kashkadarya"), "QR": ("Каракалпакстан", "Karakalpakstan"),
        "SA": ("Самаркандская область", "Samarkand"), "SI": ("Сырдарьинская область", "Syrdarya Region"),
        "SU": ("Сурхандарьинская область", "Surkhandarya"), "TK": ("Ташкент", "Tashkent"),
        "TO": ("Ташкентская область", "Tashkent"), "XO": ("Хорезмская область", "Khorezm"),
    },
    "KG": {
        "B": ("Баткенская область", "Batken"), "C": ("Чуйская область", "Chuy Region"), "GB": ("Бишкек",
        "Bishkek"),
        "GO": ("Ошская область", "Osh Region"), "J": ("Джалал-Абадская область", "Jalal-Abad"),
        "N": ("Нарынская область", "Naryn"), "O": ("Ошская область", "Osh Region"),
        "T": ("Таласская область", "Talas Region"), "Y": ("Иссык-Кульская область", "Issyk-Kul"),
    },
    "CN": {
        "AH": ("Аньхой", "Anhui"), "BJ": ("Пекин", "Beijing"), "CQ": ("Чунцин", "Chongqing"), "FJ": ("Фуцзянь",
        "Fujian"),
        "GD": ("Гуандун", "Guangdong"), "GS": ("Ганьсу", "Gansu"), "GX": ("Гуанси", "Guangxi"), "GZ": ("Гуйчжоу",
        "Guizhou"),
        "HA": ("Хэнань", "Henan"), "HB": ("Хубэй", "Hubei"), "HE": ("Хэбэй", "Hebei"), "HI": ("Хайнань", "Hainan"),
        "HL": ("Хэйлунцзян", "Heilongjiang"), "HN": ("Хунань", "Hunan"), "JL": ("Цзилинь", "Jilin"),
        "JS": ("Цзянсу", "Jiangsu"), "JX": ("Цзянси", "Jiangxi"), "LN": ("Ляонин", "Liaoning"),
        "NM": ("Внутренняя Монголия", "Inner Mongolia"), "NX": ("Нинся", "Ningxia"), "QH": ("Цинхай", "Qinghai"),
        "SC": ("Сычуань", "Sichuan"), "SD": ("Шаньдун", "Shandong"), "SH": ("Шанхай", "Shanghai"),
        "SN": ("Шэньси", "Shaanxi"), "SX": ("Шаньси", "Shanxi"), "TJ": ("Тяньцзинь", "Tianjin"),
        "XJ": ("Синьцзян", "Xinjiang"), "XZ": ("Тибет", "Tibet"), "YN": ("Юньнань", "Yunnan"), "ZJ": ("Чжэцзян",
        "Zhejiang"),
    },
}
# ISO 3166-2:CN lists Taiwan, Hong Kong and Macao too: the tables name them as their own sides
CN_OWN_SIDES = {"TW", "HK", "MO"}
ALPHA3 = {"RU": "RUS", "BY": "BLR", "KZ": "KAZ", "UZ": "UZB", "KG": "KGZ", "CN": "CHN"}


def test_subdivision_lists_are_iso_3166_2() -> None:
    # ISO 3166-2:RU has Russia's 83 federal subjects; the Constitution's 89 add Crimea, Sevastopol
    # and four oblasts that ISO 3166-2 lists under Ukraine (not read: see _lexicon/ru.py)
    lists = {"RU": SUBDIVISIONS_RU, **SUBDIVISIONS_NEAR}
    for country, names in lists.items():
        iso = {s.code.split("-", 1)[1] for s in pycountry.subdivisions.get(country_code=country)}
        assert (country, sorted(iso - (CN_OWN_SIDES if country == "CN" else set()))) == (country, sorted(names))
    assert len(SUBDIVISIONS_RU) == 83


@pytest.mark.parametrize(("lang", "which"), [("ru", 0), ("en", 1)])
@pytest.mark.parametrize("country", ["RU", *SUBDIVISIONS_NEAR])
def test_every_subdivision_is_a_side_of_its_country(lang: str, which: int, country: str) -> None:
    names = SUBDIVISIONS_RU if country == "RU" else SUBDIVISIONS_NEAR[country]
    read = {names[code][which]: [c for _, _, c in _countries(names[code][which], lang, 0, 99)] for code in names}
    assert {name: codes for name, codes in read.items() if codes != [ALPHA3[country]]} == {}


def test_a_country_is_named_by_its_own_name_not_a_regions() -> None:
    # a code's English name is the first entry of the English table that has it
    names = [country_name(code) for code in ALPHA3.values()]
    assert names == ["Russia", "Belarus", "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "China"]


# the informal names and case forms of regional copy, each one mention of its country
REGION_FORMS = [
    ("ru", "Прикамья, Приморье, Кузбассом, Югре, Ямала, Зауралье, Забайкалья, Ставрополье, Кубани, "
           "Подмосковья, Петербурга, СПб, Приамурье, Прибайкалья, Башкирии, Татарии, Якутию, Туве, "
           "Рязани, Калуге, Твери, Перми, Самаре, Туле, Пензы, Вологде, Ростове-на-Дону, Омском",
     "RUS"),
    ("ru", "Гродно, Бресте, Гомеля, Могилёве, Витебском", "BLR"),
    ("ru", "Алма-Аты, Караганде, Шымкенте, Атырау, Актобе, Павлодаре, Костанае", "KAZ"),
    ("ru", "Самарканда, Бухаре, Андижане, Хорезме, Наманганом", "UZB"),
    ("ru", "Маньчжурии, Суйфэньхэ, Хэйхэ, Эрляне, Эрлянь-Хото, Урумчи, Харбина, Шанхае, Кашгаре", "CHN"),
    ("en", "Primorye, Kuban, Kuzbass, Yugra, Yamal, St. Petersburg, Rostov-on-Don, Perm region", "RUS"),
    ("en", "Manzhouli, Suifenhe, Heihe, Erenhot, Urumqi, Harbin, Kashgar", "CHN"),
]


@pytest.mark.parametrize(("lang", "text", "code"), REGION_FORMS, ids=[f"{x[0]}-{x[2]}" for x in REGION_FORMS])
def test_region_forms_are_sides_of_their_country(lang: str, text: str, code: str) -> None:
    assert [c for _, _, c in _countries(text, lang, 0, len(text))] == [code] * len(text.split(", "))


# places whose side depends on whose copy it is, and border crossings of two countries: no side.
# Crimea, Sevastopol, the Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts are listed under
# Ukraine by ISO 3166-2 and written as Russia's by Russian copy; Khorgos is a Chinese city, a Kazakh
# dry port and the border centre between them
NO_SIDE_PLACES = [
    ("ru", "Крым, Севастополь, Донецкой, Луганской, Запорожской и Херсонской областей, Хоргос"),
    ("en", "Crimea, Sevastopol, Donetsk, Luhansk, Zaporizhzhia, Kherson, Khorgos"),
]


@pytest.mark.parametrize(("lang", "text"), NO_SIDE_PLACES, ids=[x[0] for x in NO_SIDE_PLACES])
def test_contested_and_border_places_are_no_side(lang: str, text: str) -> None:
    assert _countries(text, lang, 0, len(text)) == []


# The currencies of trade news, each in a typical phrase of each language: (country's genitive or
# name, the currency as written, the currency meant). A name several countries share (crowns, lei,
# dirhams, ri(y)als, pesos, manats, soms, dinars) is the figure's country's own.
CURRENCIES_RU = [
    ("Швеции", "крон", "SEK"), ("Норвегии", "крон", "NOK"), ("Дании", "крон", "DKK"), ("Чехии", "крон", "CZK"),
    ("Исландии", "крон", "ISK"), ("Норвегии", "шведских крон", "SEK"), ("Венгрии", "форинтов", "HUF"),
    ("Польши", "злотых", "PLN"), ("Румынии", "лей", "RON"), ("Молдавии", "лей", "MDL"),
    ("Молдавии", "румынских лей", "RON"), ("ОАЭ", "дирхамов", "AED"), ("Марокко", "дирхамов", "MAD"),
    ("Ирана", "риалов", "IRR"), ("Саудовской Аравии", "риялов", "SAR"), ("Катара", "риалов", "QAR"),
    ("Омана", "риалов", "OMR"), ("Туркменистана", "манатов", "TMT"), ("Азербайджана", "манатов", "AZN"),
    ("Индонезии", "рупий", "IDR"), ("Таиланда", "бат", "THB"), ("Южной Кореи", "вон", "KRW"),
    ("Мексики", "песо", "MXN"), ("Аргентины", "песо", "ARS"), ("Чили", "чилийских песо", "CLP"),
    ("Бразилии", "реалов", "BRL"), ("ЮАР", "рэндов", "ZAR"), ("Нигерии", "найр", "NGN"),
    ("Израиля", "шекелей", "ILS"), ("Швейцарии", "франков", "CHF"), ("Таджикистана", "сомони", "TJS"),
    ("Вьетнама", "донгов", "VND"), ("Монголии", "тугриков", "MNT"), ("Малайзии", "ринггитов", "MYR"),
    ("Болгарии", "левов", "BGN"), ("Сербии", "динаров", "RSD"), ("Ирака", "динаров", "IQD"),
    ("Кувейта", "кувейтских динаров", "KWD"), ("Египта", "египетских фунтов", "EGP"),
    ("Гонконга", "гонконгских долларов", "HKD"), ("Канады", "канадских долларов", "CAD"),
]
CURRENCIES_EN = [
    ("Sweden", "kronor", "SEK"), ("Norway", "kroner", "NOK"), ("Denmark", "kroner", "DKK"),
    ("Iceland", "kronur", "ISK"), ("Norway", "Swedish kronor", "SEK"), ("Denmark", "Danish crowns", "DKK"),
    ("Czechia", "Czech crowns", "CZK"), ("Romania", "lei", "RON"), ("Moldova", "lei", "MDL"),
    ("Moldova", "Romanian lei", "RON"), ("the UAE", "dirhams", "AED"), ("Morocco", "dirhams", "MAD"),
    ("Qatar", "riyals", "QAR"), ("Oman", "rials", "OMR"), ("Iran", "rials", "IRR"), ("Kyrgyzstan", "soms", "KGS"),
    ("Uzbekistan", "soums", "UZS"), ("Turkmenistan", "manats", "TMT"), ("Argentina", "pesos", "ARS"),
    ("the Philippines", "pesos", "PHP"), ("Tajikistan", "somoni", "TJS"), ("Mongolia", "tugriks", "MNT"),
    ("Serbia", "dinars", "RSD"), ("Kuwait", "Kuwaiti dinars", "KWD"), ("Bulgaria", "leva", "BGN"),
    ("Belarus", "Belarusian rubles", "BYN"),
]


@pytest.mark.parametrize(
    ("country", "written", "code"), CURRENCIES_RU, ids=[f"{x[2]}-{x[1]}" for x in CURRENCIES_RU]
)
def test_russian_currencies(country: str, written: str, code: str) -> None:
    found = extract(f"Экспорт {country} в Китай в 2023 году составил 4,9 млрд {written}.")
    assert (list(found["currency"]), list(found["low"])) == ([code], [4.9e9])


@pytest.mark.parametrize(
    ("country", "written", "code"), CURRENCIES_EN, ids=[f"{x[2]}-{x[1]}" for x in CURRENCIES_EN]
)
def test_english_currencies(country: str, written: str, code: str) -> None:
    found = extract(f"{country[0].upper()}{country[1:]}'s exports to China in 2023 were 4.9 billion {written}.")
    assert (list(found["currency"]), list(found["low"])) == ([code], [4.9e9])


# with no country, the most common reading (comments in _lexicon/__init__.py); as a code, itself
SHARED_DEFAULTS = [
    ("ru", "Товарооборот составил 4,9 млрд крон.", "SEK"), ("ru", "Товарооборот составил 4,9 млрд лей.", "RON"),
    ("ru", "Товарооборот составил 4,9 млрд динаров.", "IQD"),
    ("en", "Trade was 4.9 billion kroner.", "NOK"), ("en", "Trade was 4.9 billion kronor.", "SEK"),
    ("en", "Trade was 4.9 billion pesos.", "MXN"), ("en", "Norway's trade was SEK 4.9bn.", "SEK"),
    ("en", "Moldova's trade was ISK 4.9bn.", "ISK"),
]


@pytest.mark.parametrize(
    ("lang", "text", "code"), SHARED_DEFAULTS, ids=[f"{x[0]}-{x[2]}" for x in SHARED_DEFAULTS]
)
def test_shared_currency_names_without_a_country(lang: str, text: str, code: str) -> None:
    assert list(extract(text)["currency"]) == [code]
