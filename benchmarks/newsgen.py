"""Deterministic generator of news-like English text for benchmarks (standard library only).

The text reads like wire copy about trade and everything around it: trade sentences with money
amounts in many spellings (``$8.3 billion``, ``€2.1bn``, ``USD 450 mln``, ``1.2 trillion rubles``,
``$14 to $16 billion``, ``between $5 and $6 billion``, decimal commas, number words), periods,
bounds, projections, many country pairs, money that is not trade (investment, loans, GDP),
percentages, dates, year ranges, counts and tonnes, and plenty of plain prose with no numbers at
all, so that money mentions come roughly once per 400–800 characters.

Everything is drawn from one seeded ``random.Random``: the same seed gives the same text, and
``documents(n_chars=4 * N)`` begins with exactly the documents of ``documents(n_chars=N)``.

    >>> from newsgen import documents, generate
    >>> text = generate(10_000, seed=1)
    >>> len(text), text == generate(10_000, seed=1)
    (10000, True)
    >>> docs = list(documents(5, seed=2))
    >>> all(1_500 <= len(d) <= 6_000 for d in docs)
    True

Run: python benchmarks/newsgen.py --mb 20 --out /tmp/news.txt   (or --jsonl for one article a line)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

__all__ = ["MAX_DOC_CHARS", "MIN_DOC_CHARS", "documents", "generate"]

MIN_DOC_CHARS = 1_500
MAX_DOC_CHARS = 6_000

# ---------------------------------------------------------------- word lists

# (name, adjective, capital)
COUNTRIES: list[tuple[str, str, str]] = [
    ("Russia", "Russian", "Moscow"),
    ("Armenia", "Armenian", "Yerevan"),
    ("China", "Chinese", "Beijing"),
    ("India", "Indian", "New Delhi"),
    ("Turkey", "Turkish", "Ankara"),
    ("Kazakhstan", "Kazakh", "Astana"),
    ("Uzbekistan", "Uzbek", "Tashkent"),
    ("Belarus", "Belarusian", "Minsk"),
    ("Germany", "German", "Berlin"),
    ("France", "French", "Paris"),
    ("Italy", "Italian", "Rome"),
    ("Spain", "Spanish", "Madrid"),
    ("Japan", "Japanese", "Tokyo"),
    ("South Korea", "South Korean", "Seoul"),
    ("Vietnam", "Vietnamese", "Hanoi"),
    ("Indonesia", "Indonesian", "Jakarta"),
    ("Brazil", "Brazilian", "Brasilia"),
    ("Argentina", "Argentine", "Buenos Aires"),
    ("Mexico", "Mexican", "Mexico City"),
    ("Canada", "Canadian", "Ottawa"),
    ("the United States", "American", "Washington"),
    ("the United Kingdom", "British", "London"),
    ("Iran", "Iranian", "Tehran"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Saudi Arabia", "Saudi", "Riyadh"),
    ("the United Arab Emirates", "Emirati", "Abu Dhabi"),
    ("South Africa", "South African", "Pretoria"),
    ("Nigeria", "Nigerian", "Abuja"),
    ("Georgia", "Georgian", "Tbilisi"),
    ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Kyrgyzstan", "Kyrgyz", "Bishkek"),
    ("Tajikistan", "Tajik", "Dushanbe"),
    ("Mongolia", "Mongolian", "Ulaanbaatar"),
    ("Pakistan", "Pakistani", "Islamabad"),
    ("Thailand", "Thai", "Bangkok"),
    ("Malaysia", "Malaysian", "Kuala Lumpur"),
    ("Poland", "Polish", "Warsaw"),
    ("Hungary", "Hungarian", "Budapest"),
    ("Serbia", "Serbian", "Belgrade"),
    ("Australia", "Australian", "Canberra"),
]

# (symbol-style prefix forms, suffix word forms)
CURRENCIES: dict[str, tuple[list[str], list[str]]] = {
    "USD": (["$", "US$", "USD ", "US$ "], ["dollars", "US dollars", "U.S. dollars"]),
    "EUR": (["€", "EUR "], ["euros", "euro"]),
    "GBP": (["£", "GBP "], ["pounds", "pounds sterling"]),
    "JPY": (["¥"], ["yen"]),
    "CNY": (["CNY ", "RMB "], ["yuan", "renminbi"]),
    "RUB": (["RUB "], ["rubles", "roubles"]),
    "INR": (["INR ", "Rs "], ["rupees"]),
    "AMD": (["AMD "], ["drams"]),
    "KZT": (["KZT "], ["tenge"]),
    "TRY": (["TRY "], ["lira"]),
}
CURRENCY_WEIGHTS = {"USD": 10, "EUR": 3, "GBP": 1, "JPY": 1, "CNY": 1, "RUB": 2, "INR": 1, "AMD": 1, "KZT": 1,
                    "TRY": 1}

SCALES = {
    "billion": ["billion", "bn", "bln", "billion"],
    "million": ["million", "mln", "mn", "million"],
    "trillion": ["trillion", "tn", "trillion"],
}

FLOWS = {
    "trade": ["trade turnover", "bilateral trade", "trade", "mutual trade", "trade volume",
              "two-way trade", "foreign trade", "commerce", "trade in goods"],
    "exports": ["exports", "shipments", "deliveries", "exports of goods", "sales abroad"],
    "imports": ["imports", "purchases", "imports of goods", "inbound shipments"],
}
GOODS = ["grain", "wheat", "fertilisers", "crude oil", "natural gas", "liquefied natural gas", "coal",
         "steel", "aluminium", "copper ore", "machinery", "cars", "auto parts", "electronics",
         "pharmaceuticals", "textiles", "brandy", "wine", "fruit and vegetables", "timber", "seafood",
         "semiconductors", "solar panels", "cotton", "gold", "diamonds", "fertiliser", "sunflower oil"]

BOUND_UP = ["exceeded", "topped", "surpassed", "passed", "rose to more than", "climbed to over",
            "reached more than", "was over", "amounted to more than"]
BOUND_DOWN = ["came to nearly", "reached almost", "stood at just under", "was nearly", "amounted to up to",
              "fell to almost", "dropped to under"]
BOUND_APPROX = ["was about", "reached around", "amounted to some", "stood at roughly", "totalled about",
                "was estimated at around", "came to approximately"]
BOUND_EXACT = ["reached", "amounted to", "totalled", "stood at", "was", "came to", "hit", "rose to",
               "fell to", "grew to", "declined to", "increased to", "slipped to"]

PROJECT_VERBS = ["is expected to reach", "could reach", "will reach", "is forecast to hit",
                 "is projected to grow to", "should exceed", "may top", "is set to climb to",
                 "is likely to approach"]
TARGET_NOUNS = ["target", "goal", "aim", "ambition", "plan"]

PERIODS_SIMPLE = ["last year", "this year", "in the past year", "a year earlier", "in the previous year"]
HALVES = ["first half", "second half"]
QUARTERS = ["first quarter", "second quarter", "third quarter", "fourth quarter"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTHS_SHORT = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
NINE = ["nine", "eight", "ten", "seven", "five", "six", "eleven"]

SOURCES = ["the customs service", "the statistics office", "the economy ministry", "official data",
           "the central bank", "preliminary figures", "the trade ministry", "government data",
           "the national statistics committee", "the federal customs service", "industry estimates",
           "a ministry statement", "figures released on Tuesday", "data published on Friday"]
TITLES = ["Deputy Prime Minister", "Economy Minister", "Foreign Minister", "the ambassador",
          "Trade Minister", "the deputy economy minister", "the central bank governor",
          "President", "Prime Minister", "the head of the chamber of commerce", "the finance minister",
          "a senior trade official", "the country's envoy"]
FIRST = ["Sergei", "Anna", "Mher", "Li", "Arjun", "Mehmet", "Aigerim", "Olga", "Hans", "Claire",
         "Marco", "Yuki", "Min-jun", "Thi", "Carlos", "Fatima", "Ahmed", "Ngozi", "Nino", "Elchin",
         "Ravshan", "Bat-Erdene", "Ayesha", "Somchai", "Katarzyna", "Zoltan", "Milos", "Emily", "James"]
LAST = ["Petrov", "Grigoryan", "Wei", "Sharma", "Yilmaz", "Nurlanova", "Ivanova", "Schmidt", "Dubois",
        "Rossi", "Tanaka", "Kim", "Nguyen", "Silva", "Haddad", "Hassan", "Okafor", "Beridze",
        "Aliyev", "Karimov", "Batbayar", "Khan", "Suksawat", "Nowak", "Kovacs", "Jovanovic", "Clark",
        "Morgan", "Kopyrkin"]
SAY = ["said", "told reporters", "said on Tuesday", "told a news conference", "said in an interview",
       "wrote on social media", "told lawmakers", "said at a forum", "noted", "added", "stressed"]

NON_TRADE = [
    "investment in the {adj} economy", "foreign direct investment", "a loan from {capital}",
    "the state budget deficit", "the country's GDP", "a credit line for infrastructure",
    "the sovereign wealth fund", "a bond issue", "military aid", "a takeover bid",
    "the new airport project", "a refinery upgrade", "the reconstruction fund", "a grant for schools",
    "the defence budget", "remittances from workers abroad", "the trade surplus", "the trade deficit",
    "a fine imposed by regulators", "the company's quarterly profit", "a stake in the mine",
    "development aid", "the rescue package", "pension spending", "the railway concession",
]
NON_TRADE_VERBS = ["reached", "amounted to", "was put at", "came to", "grew by", "was estimated at",
                   "will total", "rose by", "fell by", "stood at", "is worth", "was valued at"]

PROSE = {
    "politics": [
        "The talks in {capital} ran late into the evening, and both delegations described them as frank.",
        "Opposition lawmakers in {capital} criticised the plan, saying it had been drafted in haste.",
        "The {adj} parliament is due to debate the agreement before the end of the session.",
        "{title} {first} {last} arrived in {capital} on an official visit, his first since taking office.",
        "Diplomats said the summit communique was still being negotiated.",
        "The ministry declined to comment on reports of a cabinet reshuffle.",
        "Relations between {a} and {b} have warmed since the border dispute was settled.",
        "Analysts say the government faces a difficult choice between spending and stability.",
        "The {adj} foreign ministry summoned the ambassador over remarks made in a television interview.",
        "Protesters gathered outside the government building, but the rally passed off peacefully.",
        "Officials in {capital} insisted that the new rules would not harm ordinary businesses.",
        "The agreement still needs to be ratified by lawmakers in both countries.",
        "Elections are due next spring, and the ruling coalition is trailing in the polls.",
        "A spokesman for the presidential administration said the meeting had been constructive.",
        "The leaders also discussed regional security and the situation on the border.",
    ],
    "weather": [
        "Heavy snow closed several mountain passes, stranding trucks for hours near the border.",
        "A late frost damaged orchards in the south, and farmers warned of a smaller harvest.",
        "Flooding along the river forced the closure of a key rail link for most of the week.",
        "Forecasters expect a mild autumn, which should ease pressure on energy supplies.",
        "Drought in the grain belt has cut yields and pushed up feed prices.",
        "Storms in the Black Sea delayed loading at several ports.",
        "Unusually warm weather kept demand for heating low across much of the region.",
        "Wildfires near the capital were brought under control after three days.",
    ],
    "sport": [
        "The national team beat {b} in a friendly match that drew a capacity crowd.",
        "{adj} athletes are preparing for the championships, which open in {capital} next month.",
        "The football federation confirmed that the coach would stay on for another season.",
        "Fans in {capital} celebrated late into the night after the cup final.",
        "The marathon was postponed because of the heat, organisers said.",
        "A young {adj} chess player won the tournament after a tense final round.",
        "The wrestling team returned home to a warm welcome at the airport.",
    ],
    "culture": [
        "A festival of {adj} cinema opened in {capital} with a sold-out screening.",
        "The national museum has reopened after a lengthy restoration of its main hall.",
        "An exhibition of {adj} painting drew long queues in the old town.",
        "The orchestra will tour several cities, playing works by local composers.",
        "Writers from both countries met to discuss translation and publishing.",
        "The ancient monastery, a popular destination for pilgrims, is being restored with local help.",
        "A new direct flight between the two capitals is expected to boost tourism.",
        "The theatre season opens with a new staging of a classic comedy.",
        "Students from {a} will be able to study in {b} under a new exchange programme.",
    ],
    "business": [
        "Businesses on both sides complain about slow customs clearance and paperwork.",
        "The logistics route through {a} has become increasingly important for {adj} exporters.",
        "Companies are switching to settlements in national currencies to avoid payment problems.",
        "The chamber of commerce said small firms were struggling to find reliable partners.",
        "Bankers warned that sanctions had made cross-border payments slower and more expensive.",
        "Several joint ventures are being set up in the industrial zone outside {capital}.",
        "Exporters say the weaker currency has made their goods more competitive abroad.",
        "The new border crossing has shortened waiting times for trucks, drivers said.",
        "Economists cautioned that the figures may be revised once final data are available.",
        "Part of the growth reflects higher prices rather than larger volumes, they said.",
        "Re-exports through third countries are thought to account for a significant share of the flows.",
        "The commission on economic cooperation will meet again in the spring.",
    ],
}

# subject × predicate × object × tail: plain sentences without numbers, in many combinations
PROSE_SUBJECTS = [
    "The minister", "Officials", "The delegation", "Local residents", "Critics", "Supporters of the plan",
    "The governor of the province", "Farmers in the north", "Independent observers", "The mayor of {capital}",
    "Business leaders", "Trade unions", "The {adj} side", "Opposition parties", "Economists",
    "Diplomats in {capital}", "Regional authorities", "Exporters", "Hauliers", "Representatives of {a}",
    "The European Commission", "Environmental groups", "Small retailers",
]
PROSE_PREDICATES = ["welcomed", "raised concerns about", "called for more talks on", "expressed doubts about",
                    "promised to look into", "praised", "questioned", "warned against delays in", "pushed back on",
                    "asked for details of", "backed", "criticised", "stressed the importance of",
                    "played down fears over", "sought assurances on"]
PROSE_OBJECTS = ["the new tariff regime", "the pace of reform", "the border crossing", "the visa rules",
                 "the energy deal", "the proposed railway", "the cost of living", "the state of the roads",
                 "the teachers' strike", "the water supply", "the customs union", "the free trade talks",
                 "the investment climate", "the payment system", "the new logistics hub", "the grain corridor",
                 "plans to open a consulate", "the industrial policy", "the transit agreement", "the labour law",
                 "the pension reform", "the digital services tax", "the harbour expansion", "food security"]
PROSE_TAILS = ["", " on Monday", " on Thursday", " at a briefing", ", local media reported",
               " in a televised address", " during a visit to {capital}",
               ", according to people familiar with the matter",
               " in a statement", " at the end of the talks", ", citing the need for stability",
               " after weeks of negotiations", " in remarks to the press"]

PROSE_WEIGHTS = {"politics": 4, "weather": 1, "sport": 1, "culture": 2, "business": 4}

HEADLINES = [
    "{a} and {b} eye record trade as ties deepen",
    "{adj} trade with {b} grows despite headwinds",
    "{title_short} says trade with {b} on track",
    "{a}-{b} commerce: the numbers behind the talk",
    "Exports to {b} climb as {a} seeks new markets",
    "{a} courts {b} investors at {capital} forum",
    "Trade talks between {a} and {b} end without deal",
    "{adj} economy slows as exports cool",
]
AGENCIES = ["Newswire", "Trade Daily", "Wire", "Business Desk", "Reporting by staff"]

WORDS_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
               "twelve", "fifteen", "twenty", "thirty", "forty", "fifty"]


# ---------------------------------------------------------------- the generator


class _News:
    """Sentence and article builders sharing one seeded random source."""

    def __init__(self, rng: random.Random, year: int) -> None:
        self.r = rng
        self.year = year
        self.pair: tuple[tuple[str, str, str], tuple[str, str, str]] = (COUNTRIES[0], COUNTRIES[1])

    # -- pieces

    def pick(self, seq: list[str]) -> str:
        return self.r.choice(seq)

    def number(self, scale: str) -> str:
        r = self.r
        if scale == "trillion":
            v = r.uniform(0.5, 30)
        elif scale == "billion":
            v = r.choice([r.uniform(0.3, 20), r.uniform(20, 300), r.uniform(1, 9)])
        else:
            v = r.choice([r.uniform(5, 99), r.uniform(100, 950), r.uniform(1000, 9500)])
        k = r.random()
        if v >= 1000:
            s = f"{round(v):,}"
        elif k < 0.45:
            s = f"{v:.1f}"
        elif k < 0.6:
            s = f"{v:.2f}"
        else:
            s = f"{round(v)}"
        if "." in s and r.random() < 0.08:  # a decimal comma, as in European copy
            s = s.replace(".", ",")
        return s

    def currency(self) -> str:
        codes = list(CURRENCY_WEIGHTS)
        return self.r.choices(codes, weights=[CURRENCY_WEIGHTS[c] for c in codes])[0]

    def scale(self) -> str:
        return self.r.choices(["billion", "million", "trillion"], weights=[8, 4, 1])[0]

    def amount(self, code: str | None = None, scale: str | None = None) -> str:
        """One money amount: `$8.3 billion`, `€2.1bn`, `USD 450 mln`, `1.2 trillion rubles`, words..."""
        r = self.r
        code = code or self.currency()
        scale = scale or self.scale()
        prefixes, words = CURRENCIES[code]
        n = self.number(scale)
        sc = self.pick(SCALES[scale])
        k = r.random()
        if k < 0.05 and code == "USD":
            return self.pick([
                f"{self.pick(WORDS_UNITS)} {scale} dollars",
                f"half a {scale} dollars",
                f"{self.pick(WORDS_UNITS)} and a half {scale} dollars",
                f"{self.pick(WORDS_UNITS)} {scale} U.S. dollars",
            ])
        if k < 0.65:
            p = self.pick(prefixes)
            glue = "" if len(sc) <= 3 and r.random() < 0.6 else " "
            return f"{p}{n}{glue}{sc}"
        return f"{n} {sc} {self.pick(words)}"

    def range_amount(self) -> str:
        r = self.r
        code = self.currency()
        scale = self.r.choice(["billion", "billion", "million"])
        prefixes, words = CURRENCIES[code]
        lo = r.randint(2, 40) if scale == "billion" else r.randint(100, 800)
        hi = lo + r.randint(1, max(2, lo // 3))
        p = self.pick(prefixes)
        sc = self.pick(SCALES[scale])
        return self.pick([
            f"{p}{lo} to {p}{hi} {sc}",
            f"{p}{lo} {sc} to {p}{hi} {sc}",
            f"{p}{lo}–{hi} {sc}",
            f"between {p}{lo} and {p}{hi} {sc}",
            f"{lo} to {hi} {sc} {self.pick(words)}",
            f"{p}{lo}-{hi} {sc}",
        ])

    def period(self) -> str:
        r = self.r
        y = r.randint(self.year - 6, self.year)
        y2 = str(y)[2:]
        k = r.random()
        if k < 0.2:
            return f"in {y}"
        if k < 0.35:
            return self.pick(PERIODS_SIMPLE)
        if k < 0.5:
            return f"in the {self.pick(HALVES)} of {y}"
        if k < 0.6:
            return self.pick([f"in Q{r.randint(1, 4)} {y}", f"in H{r.randint(1, 2)} {y}",
                              f"in {r.randint(1, 2)}H{y2}", f"in the {self.pick(QUARTERS)}"])
        if k < 0.7:
            return f"in the {self.pick(QUARTERS)} of {y}"
        if k < 0.82:
            m1, m2 = 0, r.randint(2, 10)
            dash = self.pick(["-", "–"])
            year = self.pick(["", f" {y}", f" of {y}"])
            return f"in {MONTHS[m1]}{dash}{MONTHS[m2]}{year}"
        if k < 0.92:
            return self.pick([f"in the first {self.pick(NINE)} months of {y}", f"over {r.randint(5, 11)}M {y}",
                              f"in the first {self.pick(NINE)} months"])
        return self.pick([f"in {MONTHS[r.randint(0, 11)]} {y}", f"in {MONTHS[r.randint(0, 11)]}"])

    def countries(self) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
        if self.r.random() < 0.7:  # an article mostly sticks to its pair
            a, b = self.pair
            return (a, b) if self.r.random() < 0.6 else (b, a)
        a, b = self.r.sample(COUNTRIES, 2)
        return a, b

    def attribution(self) -> str:
        r = self.r
        if r.random() < 0.5:
            return f", according to {self.pick(SOURCES)}"
        return f", {self.pick(TITLES)} {self.pick(FIRST)} {self.pick(LAST)} {self.pick(SAY)}"

    def fill(self, template: str) -> str:
        a, b = self.countries()
        return self.cap(template.format(
            a=a[0], b=b[0], adj=a[1], capital=a[2], title=self.pick(TITLES), first=self.pick(FIRST),
            last=self.pick(LAST), title_short=self.pick(["Minister", "Envoy", "Official", "Ambassador"]),
        ))

    @staticmethod
    def cap(s: str) -> str:
        return s[:1].upper() + s[1:]

    # -- sentences with money

    def trade_sentence(self) -> str:
        r = self.r
        (a, an, _), (b, bn, _) = self.countries()
        flow = r.choices(list(FLOWS), weights=[5, 3, 2])[0]
        noun = self.pick(FLOWS[flow])
        verb = self.pick(r.choice([BOUND_UP, BOUND_DOWN, BOUND_APPROX, BOUND_EXACT, BOUND_EXACT]))
        per = self.period()
        amt = self.amount()
        if flow == "trade":
            subj = self.pick([
                f"{noun} between {a} and {b}", f"{an}-{bn} {noun}", f"{noun} of {a} with {b}",
                f"the {noun} between the two countries", f"{a}'s {noun} with {b}", f"the {noun} of {a} and {b}",
            ])
        else:
            prep = "to" if flow == "exports" else "from"
            subj = self.pick([f"{a}'s {noun} {prep} {b}", f"{an} {noun} {prep} {b}",
                              f"{noun} of {self.pick(GOODS)} {prep} {b}", f"{an} {noun} of {self.pick(GOODS)}"])
        form = r.random()
        if form < 0.4:
            s = f"{self.cap(per)}, {subj} {verb} {amt}"
        elif form < 0.75:
            s = f"{self.cap(subj)} {verb} {amt} {per}"
        else:
            s = f"{self.cap(subj)} {verb} {amt} {per}, up {r.randint(2, 60)}% from a year earlier"
        if r.random() < 0.35:
            s += self.pick([f", against {self.amount()} {self.pick(PERIODS_SIMPLE)}",
                            f", compared with {self.amount()} a year earlier",
                            f", up from {self.amount()} in {r.randint(self.year - 8, self.year - 2)}",
                            f", down from {self.amount()} {self.period()}"])
        if r.random() < 0.4:
            s += self.attribution()
        return s + "."

    def projection_sentence(self) -> str:
        r = self.r
        (a, an, _), (b, _, _) = self.countries()
        noun = self.pick(FLOWS["trade"])
        amt = self.range_amount() if r.random() < 0.4 else self.amount()
        by = self.pick([f"by {r.randint(self.year + 1, self.year + 8)}", "this year", "next year",
                        f"in {self.year + 1}", "within five years", "by the end of the decade", ""])
        k = r.random()
        if k < 0.45:
            s = f"{self.cap(noun)} between {a} and {b} {self.pick(PROJECT_VERBS)} {amt} {by}".rstrip()
        elif k < 0.7:
            s = (f"The two countries have set the {self.pick(TARGET_NOUNS)} of raising {noun} to {amt} {by}"
                 .rstrip())
        elif k < 0.85:
            opening = self.pick(["We expect to reach a record level of", "Our goal is", "We can reach",
                                 "We are aiming for"])
            quote = f"{opening} {amt} {by}".rstrip()
            return f'"{quote}," {self.pick(FIRST)} {self.pick(LAST)} {self.pick(SAY)}.'

        else:
            s = f"{an} officials are anticipating {noun} of {amt} {by}".rstrip()
        if r.random() < 0.3:
            s += self.attribution()
        return s + "."

    def nontrade_sentence(self) -> str:
        r = self.r
        thing = self.fill(self.pick(NON_TRADE))
        s = f"{self.cap(thing)} {self.pick(NON_TRADE_VERBS)} {self.amount()}"
        if r.random() < 0.6:
            s += f" {self.period()}"
        if r.random() < 0.3:
            s += self.attribution()
        return s + "."

    def deal_sentence(self) -> str:
        a, b = self.countries()
        return self.pick([
            f"The sides signed {self.r.randint(3, 25)} agreements worth a total of {self.amount()}.",
            f"A {a[1]} company will build a plant near {b[2]} at a cost of {self.amount()}.",
            f"{a[0]} pledged {self.amount()} to the joint investment fund, officials said.",
            f"The central bank of {a[0]} holds reserves of about {self.amount()}.",
            f"The contract, valued at {self.amount()}, covers deliveries of {self.pick(GOODS)} until "
            f"{self.year + self.r.randint(2, 10)}.",
        ])

    # -- sentences with numbers but no money

    def percent_sentence(self) -> str:
        r = self.r
        a, _ = self.countries()
        p = self.pick([f"{r.uniform(0.1, 40):.1f}%", f"{r.randint(1, 60)} percent",
                       f"{r.randint(1, 30)} per cent"])
        return self.pick([
            f"Inflation in {a[0]} slowed to {p} in {self.pick(MONTHS)}.",
            f"The {a[1]} economy grew {p} {self.period()}, faster than analysts had expected.",
            f"Exports of {self.pick(GOODS)} rose by {p}, while imports fell {r.randint(1, 25)}%.",
            f"The central bank raised its key rate by {r.choice([25, 50, 75, 100, 200])} basis points to {p}.",
            f"Unemployment edged down to {p}, the lowest level in a decade.",
            f"The share of national currencies in settlements has reached {p}.",
            f"Turnover grew {p} year-on-year, the statistics office said.",
        ])

    def date_sentence(self) -> str:
        r = self.r
        a, b = self.countries()
        d = f"{self.pick(MONTHS)} {r.randint(1, 28)}"
        return self.pick([
            f"On {d}, the intergovernmental commission met in {a[2]} for its {r.randint(5, 30)}th session.",
            f"The new customs rules take effect on {d}, {self.year + r.randint(0, 1)}.",
            f"The leaders last met on {d} in {b[2]}.",
            f"Talks are scheduled to resume on {d}, a diplomat said.",
            f"The agreement, signed on {d}, {self.year - r.randint(0, 5)}, came into force this spring.",
        ])

    def year_range_sentence(self) -> str:
        r = self.r
        y = r.randint(self.year - 20, self.year - 3)
        y2 = y + r.randint(1, 5)
        dash = self.pick(["-", "–"])
        a, b = self.countries()
        return self.pick([
            f"In {y}{dash}{y2}, {a[0]} was {b[0]}'s largest trading partner in the region.",
            f"The programme for {self.year}{dash}{self.year + r.randint(2, 6)} focuses on energy and transport.",
            f"Between {y} and {y2}, the number of joint ventures more than doubled.",
            f"The pipeline, built in {y}{dash}{y2}, remains the main export route.",
            f"During the {y}{dash}{str(y2)[2:]} crisis, trade fell sharply before recovering.",
        ])

    def count_sentence(self) -> str:
        r = self.r
        a, b = self.countries()
        return self.pick([
            f"{a[0]} shipped {r.uniform(0.2, 40):.1f} million tonnes of {self.pick(GOODS)} to {b[0]} "
            f"{self.period()}.",
            f"About {r.randint(1, 99) * 1000:,} trucks crossed the border {self.period()}.",
            f"Some {r.randint(2, 900):,} {a[1]} companies now operate in {b[0]}.",
            f"The port handled {r.randint(100, 9000) * 1000:,} tonnes of cargo, {r.randint(3, 40)}% more than "
            f"a year earlier.",
            f"More than {r.randint(10, 900) * 1000:,} tourists from {b[0]} visited {a[0]} {self.period()}.",
            f"The plant will employ {r.randint(2, 30) * 100:,} people and produce {r.randint(5, 300) * 1000:,} "
            f"cars a year.",
            f"There are now {r.randint(3, 90)} direct flights a week between {a[2]} and {b[2]}.",
        ])

    def prose_sentence(self) -> str:
        if self.r.random() < 0.4:
            return self.fill(f"{self.pick(PROSE_SUBJECTS)} {self.pick(PROSE_PREDICATES)} "
                             f"{self.pick(PROSE_OBJECTS)}{self.pick(PROSE_TAILS)}.")
        topics = list(PROSE_WEIGHTS)
        topic = self.r.choices(topics, weights=[PROSE_WEIGHTS[t] for t in topics])[0]
        return self.fill(self.pick(PROSE[topic]))

    # -- articles

    def sentence(self) -> str:
        kinds: list[tuple[Callable[[], str], float]] = [
            (self.trade_sentence, 7),
            (self.projection_sentence, 2),
            (self.nontrade_sentence, 2.5),
            (self.deal_sentence, 1.5),
            (self.percent_sentence, 6),
            (self.date_sentence, 4),
            (self.year_range_sentence, 3),
            (self.count_sentence, 6),
            (self.prose_sentence, 68),
        ]
        make = self.r.choices([k for k, _ in kinds], weights=[w for _, w in kinds])[0]
        return make()

    def article(self) -> str:
        r = self.r
        self.pair = tuple(r.sample(COUNTRIES, 2))  # type: ignore[assignment]
        a = self.pair[0]
        head = self.fill(self.pick(HEADLINES))
        dateline = f"{a[2].upper()}, {self.pick(MONTHS_SHORT)} {r.randint(1, 28)} ({self.pick(AGENCIES)}) - "
        target = r.randint(MIN_DOC_CHARS, MAX_DOC_CHARS)
        paragraphs: list[str] = []
        para: list[str] = [dateline + self.trade_sentence()]
        size = len(head) + 2 + len(para[0])
        while True:
            s = self.sentence()
            if size + len(s) + 2 > MAX_DOC_CHARS or (size >= target and size >= MIN_DOC_CHARS):
                break
            if len(para) >= r.randint(1, 4):
                paragraphs.append(" ".join(para))
                para = []
                size += 1
            para.append(s)
            size += len(s) + 1
        paragraphs.append(" ".join(para))
        text = head + "\n\n" + "\n\n".join(paragraphs) + "\n"
        while len(text) < MIN_DOC_CHARS:  # rare: a very long sentence hit the ceiling first
            text += "\n" + self.prose_sentence() + "\n"
        return text[:MAX_DOC_CHARS]


def documents(n_docs: int | None = None, *, n_chars: int | None = None, seed: int = 0) -> Iterator[str]:
    """Yield articles of 1,500–6,000 characters, lazily and deterministically.

    Stops after ``n_docs`` articles, or once ``n_chars`` characters have been yielded (the last
    article may pass it); with neither, yields forever. The same seed gives the same articles, and
    a longer run begins with the articles of a shorter one.
    """
    rng = random.Random(seed)
    news = _News(rng, year=2024)
    count = chars = 0
    while (n_docs is None or count < n_docs) and (n_chars is None or chars < n_chars):
        doc = news.article()
        count += 1
        chars += len(doc)
        yield doc


def generate(n_chars: int, seed: int = 0) -> str:
    """Exactly ``n_chars`` characters of articles, separated by blank lines."""
    parts = list(documents(n_chars=n_chars, seed=seed))
    return "\n".join(parts)[:n_chars]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="megabytes (10**6 characters) to write")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, help="output file (default: standard output)")
    parser.add_argument("--jsonl", action="store_true", help="write one JSON object {doc_id, text} per line")
    args = parser.parse_args(argv)
    n = int(args.mb * 1_000_000)
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    try:
        written = count = 0
        for i, doc in enumerate(documents(n_chars=n, seed=args.seed)):
            if args.jsonl:
                out.write(json.dumps({"doc_id": i, "text": doc}, ensure_ascii=False) + "\n")
            else:
                out.write(doc + "\n")
            written += len(doc)
            count = i + 1
    finally:
        if args.out:
            out.close()
    if args.out:
        print(f"wrote {written:,} characters ({count:,} articles) to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
