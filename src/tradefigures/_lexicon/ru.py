"""Russian words and shapes: ``LEXICON``. Where each table came from: the comment above it.

Russian words inflect, so many entries are stems: a trailing (or inner) "*" stands for any
word ending ("товарооборот*" reads товарооборот, товарооборота, товарооборотом). Where a stem
would also catch unrelated words ("инди*" → индекс), the case forms are written out instead.
"""

from __future__ import annotations

from types import MappingProxyType

from . import Lexicon
from .common import (
    CODES,
    CURRENCY_SIGNS,
    DOLLAR_MARKS,
    DOLLAR_MARKS_ATTACHED,
    DOLLAR_MARKS_CASED,
    LOWER_CASE_CODES,
    TOUCHING_PREFIXES,
)

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
    "ам. долл.": "USD",  # "американских долларов", in Belarusian and Chinese releases
    "ам. долл": "USD",
    "амер. долл.": "USD",
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
    **{f"превышал{e}": "at_least" for e in ("", "а", "о", "и")},
    "выше": "at_least",  # "импорт оказался выше 90 миллионов долларов"
    "ниже": "at_most",
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
    **{f"вплотную подош{e} к": "at_most" for e in ("ел", "ла", "ло", "ли")},
    **{f"приближа{e} к": "at_most" for e in ("ется", "ются", "емся")},
    **{f"не превыша{e}": "at_most" for e in ("ет", "ют", "л", "ла", "ло", "ли")},
    **{f"не превысил{e}": "at_most" for e in ("", "а", "о", "и")},
    "почти на": "at_most",  # "поставил товаров почти на $18,8 млрд"
    "в районе": "approx",
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
    "предполага*", "рассчитыва*", "планиру*", "ориентир*", "вывести", "вывод*", "цели", "нужно",
)

# Flow words; "поставки из X в Y" are exports of X. The "not trade" stems come first in
# the alternation where they share words ("дефицит торговли" is not trade).
_METRIC_WORDS_RU = {
    "товарооборот*": "trade",
    "товарообмен*": "trade",
    "оборот*": "trade",  # "двусторонний оборот", "партнером с оборотом 76,4 млрд"
    "торгов* партнер*": "trade",  # "вышла на первое место среди торговых партнеров"
    "внешнеторгов* оборот*": "trade",  # the statistical term (БЕЛТА, Арменпресс, Казинформ)
    "торговл*": "trade",
    "объём* торговл*": "trade",
    "объем* торговл*": "trade",
    "взаимн* торговл*": "trade",
    "наторговал*": "trade",  # "наторговали на $2,93 млрд": traded goods worth
    "экспорт*": "exports",
    "поставк*": "exports",
    "поставля*": "exports",
    "поставил*": "exports",  # "Индия поставила в Россию товаров на …"
    # "закупки российской продукции", "закупила … на"; not "закупали нефть по $60 за баррель" (a price)
    "закупк*": "imports",
    "закупил*": "imports",
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
    "поднял*", "опустил*", "изменил*", "прибав*", "росл*", "рос", "уменьш*", "повыс*", "подрос*",
    "взлетел*", "просел*", "обвалил*",
    # nouns of change: "прогнозируется рост экспорта до 3,5 млрд" is the level reached
    "рост", "роста", "ростом", "росте",
)

# Month names in every case form a period takes: "в январе", "за январь–сентябрь",
# "январе–июне", "с января по июнь", "к январю–сентябрю 2020 года", "по сравнению с январем".
_MONTHS_RU = {
    **{f"{stem}{e}": n for n, stem in enumerate(
        ("январ", "феврал", "", "апрел", "", "июн", "июл", "", "сентябр", "октябр", "ноябр",
         "декабр"), start=1) if stem for e in ("ь", "я", "е", "ю", "ем", "ём")},
    **{f"{name}{e}": n for n, name in ((3, "март"), (8, "август")) for e in ("", "а", "е", "у", "ом")},
    "май": 5, "мая": 5, "мае": 5, "маю": 5, "маем": 5,
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
    # groups of countries (codes in _lexicon.GROUPS)
    "ес": "EU", "евросоюз*": "EU", "европейск* союз*": "EU", "стран* ес": "EU",
    "еаэс": "EAEU", "евразийск* экономическ* союз*": "EAEU", "стран* еаэс": "EAEU",
    "снг": "CIS", "стран* снг": "CIS", "содружеств* независим* государств*": "CIS",
    "асеан": "ASEAN", "стран* асеан": "ASEAN", "ссагпз": "GCC",
    "совет* сотрудничеств* арабск* государств* персидск* залив*": "GCC", "стран* персидск* залив*": "GCC",
    "стран* залив*": "GCC", "внутренн* монголи*": "CHN", "меркосур*": "MERCOSUR",
    "шос": "SCO", "брикс": "BRICS", "африканск* союз*": "AU",
    "росси*": "RUS", "российск*": "RUS", "рф": "RUS", "москв*": "RUS", "кремл*": "RUS",
    # regions that trade in their own name in regional news ("товарооборот Смоленской области с
    # Беларусью"): a side of their country's
    "смоленск*": "RUS", "псковск*": "RUS", "брянск*": "RUS", "калининградск*": "RUS",
    "ленинградск*": "RUS", "санкт-петербург*": "RUS", "татарстан*": "RUS", "башкортостан*": "RUS",
    "свердловск*": "RUS", "новосибирск*": "RUS", "приморск* кра*": "RUS", "хабаровск*": "RUS",
    "краснодарск*": "RUS", "ростовск*": "RUS", "нижегородск*": "RUS", "челябинск*": "RUS",
    "омск* област*": "RUS", "астраханск*": "RUS", "оренбургск*": "RUS", "амурск* област*": "RUS",
    "гродненск*": "BLR", "брестск*": "BLR", "витебск*": "BLR", "гомельск*": "BLR", "могилевск*": "BLR",
    "могилёвск*": "BLR", "минск* област*": "BLR",
    "хэйлунцзян*": "CHN", "синьцзян*": "CHN", "гуанси*": "CHN", "юньнань*": "CHN", "гуандун*": "CHN",
    "цзилин*": "CHN", "ляонин*": "CHN",
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
    "оаэ": "ARE", "эмират*": "ARE", "саудовск* арави*": "SAU", "египт*": "EGY", "египет": "EGY",
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
    "серби*": "SRB", "сербск*": "SRB", "босни* и герцеговин*": "BIH", "босни*": "BIH", "черногори*": "MNE",
    "северн* македони*": "MKD", "македони*": "MKD", "албани*": "ALB", "болгари*": "BGR", "болгарск*": "BGR",
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
                    # a calendar date ("в среду, 13 апреля 2022 года"): a day, not its month or year
                    (?P<pd>(?:0?[1-9]|[12]\d|3[01])\s+{month}\s+(?:19|20)\d{{2}}(?:\s+г(?:ода|\.))?)(?![\d])
        | (?P<hord>{ordinal})\s+полугоди\w*(?:\s+(?:{year_ref_h}))?
        | (?P<qord>{ordinal})\s+квартал\w*(?:\s+(?:{year_ref_q}))?
        | (?:перв\w+\s+)?(?P<mcount>{counts}|\d{{1,2}})\s+месяц\w*(?:\s+(?:{year_ref_m}))?
        | (?P<m1>{month})(?:\s+(?P<rY1>(?:19|20)\d{{2}})(?:\s+г(?:ода|\.))?)?{dash}(?P<m2>{month})
            (?:\s+(?:(?P<rF1>(?:19|20)\d{{2}})\s*[-/\u2013]\s*(?P<rF2>\d{{2}})(?![\d])
                |(?P<rY>(?:19|20)\d{{2}})(?![\d])|(?P<rRY>{rel_year})))?
        | (?<!\d\s)(?P<m0>{month})(?:\s+(?:(?P<oY>(?:19|20)\d{{2}})(?![\d])|(?P<oRY>{rel_year})))?
        | (?P<y1>(?:19|20)\d{{2}}){dash}(?P<y2>(?:19|20)\d{{2}})(?![\d])
        | (?P<fy1>(?:19|20)\d{{2}})\s*[-/\u2013]\s*(?P<fy2>\d{{2}})(?![\d])
        | (?P<by>к|до)\s+(?:концу\s+|конца\s+)?(?P<byY>(?:19|20)\d{{2}})(?![\d])
        | (?P<sY>(?:19|20)\d{{2}})(?![\d])
        | (?P<earlier>{earlier})
        | (?P<rel>{rel_year})
        | (?P<annual>в\s+год|ежегодно|годов\w+(?!\s+(?:исчислении|выражении))|в\s+расч[её]те\s+на\s+год)
        )(?![\w])
        """

_RELATIVE_YEARS_RU = {
    **dict.fromkeys(("этом", "этого", "этот", "текущем", "текущего", "текущий", "нынешнем",
                     "нынешнего"), 0),
    **dict.fromkeys(("прошлом", "прошлого", "прошлый", "предыдущем", "предыдущего",
                     "минувшем", "минувшего"), -1),
    **dict.fromkeys(("следующем", "следующего", "следующий", "будущем", "будущего"), 1),
}

LEXICON: Lexicon = Lexicon(
    scales=MappingProxyType(_SCALES_RU),
    number_words=MappingProxyType(_NUMBER_WORDS_RU),
    # signs and codes are the same in Russian copy; "dollar" as a prefix is English only
    prefix_currencies=CURRENCY_SIGNS,
    currency_words=MappingProxyType(_CURRENCY_WORDS_RU),
    qualified_currencies=MappingProxyType({}),
    minor_units=MappingProxyType(_MINOR_UNITS_RU),
    codes=CODES,
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
    percent_words=(),  # "%" only: after a currency "процентов" may be interest ("5 млрд долларов процентов")
    dollar_marks=DOLLAR_MARKS,
    dollar_marks_cased=DOLLAR_MARKS_CASED,
    dollar_marks_attached=DOLLAR_MARKS_ATTACHED,
    lower_case_codes=LOWER_CASE_CODES,
    touching_prefixes=TOUCHING_PREFIXES,
    attached_prefixes=(),
    shared_currency_marks=("¥", "Rs", "рупи"),
    owned_currency_marks=("индийск", "INR", "₹"),
    bare_amount_followers=("в", "за", "а", "и", "по", "против", "к", "с", "годом", "что", "до", "на", "от"),
    respectively_words=("соответственно",),
    part_of_words=("в том числе", "из них", "из которых", "включая"),
    difference_after=("больше", "меньше", "выше", "ниже"),
    balance_words=("сальдо", "профицит", "дефицит", "разница"),
    balance_between=("между",),
    dollar_offices=MappingProxyType({}),  # Russian copy writes the Canadian dollar out
    trade_verbs=MappingProxyType({}),  # "закупил*", "поставил*" are flow words of their own
    goods_words=(),
    trade_verb_gap=None,
    world_words=(
        # not "внешнеторговой статистики": the word names the flow, not the statistics of it
        "внешнеторгов* оборот*", "внешнеторгов* товарооборот*", "внешн* торговл*", "общ* объем*",
        "со всеми странами", "со всем миром", "с миром",
    ),
    bound_fillers=("отметку", "отметки", "отметке", "в", "уровень", "уровня", "рубеж", "планку", "на", "выйдя",
                   "рекордные", "рекордный", "рекордного", "рекордных", "сумму", "объём", "объем"),
    to_after_change=("до",),
    projection_after=("ожидается", "прогнозируется", "планируется", "ожидаются"),
    projection_auxiliaries=(),
    # ", который, по прогнозам аналитиков, должен был замедлиться," may hold commas: it runs
    # to the last comma before the figure
    relative_clause=r",\s*котор\w*\b.*,",
    from_words=("из", "изо"),
    to_words=("в", "во"),
    by_not_after=(),
    by_words=(),  # the owner stands in the genitive or instrumental case, not after a word
    party_articles=("стран", "государств"),  # "из стран Евросоюза"
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
    partner_of_after=None,
    partner_of_before=r"(?i)(?<![\w])партн[её]р\w*\s+$",
    group_back_words=("блок", "блока", "блоку", "блоком", "объединения", "объединению", "объединением"),
    # "оборот области с Польшей" after "Товарооборот Гродненской области с Польшей": the region the report is about
    home_words=(
        "республики", "королевства", "эмирата", "области с", "региона с", "края с", "экспорт региона",
        "импорт региона", "экспорт области", "импорт области",
    ),
    offices=(),  # the office comes first: "министр экономики"
    # "ввоз турецкой продукции", "импорт российских товаров": the adjective after an inward flow
    origin_before=r"(?i)(?<![\w])(?:импорт|ввоз|закупк)\w*\s+$",
    origin_form=r"(?i)[сц]к\w*$",
    dateline=r"[А-ЯЁ][А-ЯЁ -]{2,30},\s*\d{1,2}\s+[а-я]+\.?\s*/[^/\n]{1,30}/\.?\s",  # "МОСКВА, 25 ноября. /ТАСС/."
    months_capitalised=False,
    forward_year_words=("к", "до"),
    period_end_of=("концу", "конца"),
    period_until_words=(),  # "до 2030" is "by": the template has no "until" of its own
    # the template has no "within N years" or "by the end of the decade" shape
    period_decade_words=(),
    period_ahead_words=(),
    period_ahead_checked_words=(),
    year_span_words=(),  # "с 2024 по 2027" is not yet read as a span here
    future_event_words=("вступ*", "вступит", "вступят", "начнёт*", "начнет*", "запланирован*"),
    relative_years=MappingProxyType(_RELATIVE_YEARS_RU),
    period_relative_year=(
        r"(?:этом|текущем|прошлом|следующем|предыдущем|нынешнем|минувшем|будущем)\s+году"
        r"|(?:этого|текущего|прошлого|следующего|предыдущего|нынешнего|минувшего|будущего)\s+года"
        r"|(?:весь\s+)?(?:прошлый|текущий|этот|следующий)\s+год"
    ),
    comparison_words=(
        "по сравнению с", "в сравнении с", "относительно", "против", "чем", "по отношению к",
        # "(прирост к январю 2025 года — 21,5%)"
        "прирост к", "рост к", "снижение к", "сокращение к", "падение к",
    ),
    comparison_after_percent=("к",),  # "выросла на 41,5% к январю–сентябрю 2020 года"
    percent_marks=("%", "процент", "процента", "процентов", "проц"),
    comparison_fillers=(
        "аналогичн*", "период*", "месяц*", "квартал*", "полугоди*", "тем", "же", "в", "за", "уровн*", "показател*",
        "прошл*",
    ),
    since_words=(),
    clause_words=("а", "но", "тогда как", "однако", "и"),
    period_part_of=r"\s*(?:\(\s*|\)\s*)?",  # "за первые десять месяцев 2022/23 финансового года"
    same_period_words=("аналогичн", "же месяц", "же период"),
    refer_back_words=("двумя странами", "двух стран", "обеих стран", "сторон*", "двусторонн*", "взаимн*"),
    period_earlier=(
        r"годом\s+(?:ранее|раньше)|год\s+назад|годом\s+до\s+этого"
        r"|(?:за\s+|в\s+)?аналогичн\w+\s+период\w*(?:\s+(?:прошлого|предыдущего)\s+года)?"
        r"|(?:за\s+|в\s+|к\s+)?т(?:е|ем|ех|ого|ому)\s+же\s+(?:месяц\w*|период\w*)\s+(?:прошлого|предыдущего)\s+года"
    ),
    period_range_words=("по",),
    period_after_clause_break=False,
    period_past_span_before=None,  # no "in N years" shape in the template
    period_phrases=MappingProxyType({
        r"(?:за|в)\s+(?:отч[её]тн\w+|указанн\w+|эт\w+|т\w+\s+же|рассматриваем\w+|данн\w+|эт\w+\s+же)"
        r"\s+период\w*(?!\s+(?:прошлого|предыдущего|(?:19|20)\d\d))": "back",
        r"за\s+то\s+же\s+время|за\s+эти\s+(?:\w+\s+)?месяц\w*": "back",
        # "объем торговли за квартал достиг …": the quarter or half in force
        r"за\s+(?:квартал|полугодие)(?!\s+(?:прошлого|предыдущего|(?:19|20)\d\d))": "back",
        r"за\s+(?:этот|тот\s+же)\s+месяц|в\s+(?:этом|том\s+же)\s+месяце": "month",
        r"(?:в|за)\s+(?:предыдущ\w+|предшествующ\w+)\s+месяц\w*|месяцем\s+ранее": "prev_month",
        r"в\s+(?:прошлом|минувшем)\s+месяце|за\s+(?:прошлый|минувший)\s+месяц": "last_month",
        r"с\s+начала\s+(?:(?:этого|текущего|нынешнего)\s+)?года": "ytd",
        # "В этом году страны уже наторговали на …": the year so far
        r"в\s+(?:этом|текущем|нынешнем)\s+году(?:\s+[^\W\d]+){0,5}?\s+уже": "ytd",
        r"за\s+последние\s+(?:12|двенадцать)\s+месяцев|за\s+последний\s+год": "trailing",
        # "по итогам года": the reference year, or the year just ended early in a year (see context)
        r"по\s+итогам\s+года": "year_end",
        r"(?:по\s+итогам|до\s+конца|к\s+концу)\s+(?:(?:этого|текущего|нынешнего)\s+)?года": "this_year",
        r"за\s+весь\s+(?:(?:этот|текущий|нынешний)\s+)?год": "this_year",
    }),
    period_template=_PERIODS_RU,
    period_phrase_template=r"(?P<phrase>{phrases})",
    period_phrase_anchors=(
        "период", "квартал", "полугодие", "месяц", "начала", "уже", "последн", "итогам", "конца", "концу", "время",
        "весь",
    ),
    pace_words=(
        "сохранить темп*", "сохранить эти темпы", "сохранить нынешние темпы", "такими темпами",
        "нынешними темпами", "текущими темпами", "этими темпами", "сохранении темпов",
    ),
)
