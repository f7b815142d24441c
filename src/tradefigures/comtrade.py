"""UN Comtrade's annual goods trade between two countries, as statistics in tradefigures' schema.

``load_comtrade`` asks UN Comtrade through its official client, ``comtradeapicall`` (the ``comtrade``
extra: ``pip install 'tradefigures[comtrade]'``), keeps the answer in a file and reads it with
``read_comtrade``; a later call with the same arguments reads the file and never goes online, so a
notebook reruns offline. ``read_comtrade`` also reads a DataFrame that you got from the client yourself.

Comtrade names countries by numeric codes (M49). They are ISO 3166 numeric codes, except for five
countries whose Comtrade code also covers a territory: France 251 (ISO 250), India 699 (356), Norway
579 (578), Switzerland 757 (756), the United States 842 (840).

>>> response = pd.DataFrame({  # two made-up rows, in the columns comtradeapicall returns
...     "freqCode": ["A", "A"], "refYear": [2023, 2023], "reporterCode": [398, 398],
...     "reporterISO": ["KAZ", "KAZ"], "partnerCode": [156, 156], "partnerISO": ["CHN", "CHN"],
...     "flowCode": ["X", "M"], "cmdCode": ["TOTAL", "TOTAL"], "primaryValue": [3.0e9, 5.0e9]})
>>> stats = read_comtrade(response)
>>> stats[["reporter", "partner", "flow", "period", "value"]].values.tolist()
[['KAZ', 'CHN', 'exports', '2023', 3000000000.0], ['KAZ', 'CHN', 'imports', '2023', 5000000000.0], ['KAZ', 'CHN', 'trade', '2023', 8000000000.0]]
>>> stats["office"][0], stats["note"][2]
('UN Comtrade (reported by Kazakhstan)', 'exports + imports of the year, summed by tradefigures')
"""  # noqa: E501

from __future__ import annotations

import contextlib
import importlib
import io
import json
import os
import re
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pandas as pd

from .statistics import country_name, read_statistics

__all__ = ["load_comtrade", "read_comtrade"]

# what to do when Comtrade cannot help: the end of every error about the service
INSTEAD = "or pass your own CSV with read_statistics(path) instead (see 'Bring your own statistics' in the README)"

_FLOW_CODES = {"exports": "X", "imports": "M"}  # Comtrade's flowCode for each flow, from the reporter's side
_FLOWS = {code: flow for flow, code in _FLOW_CODES.items()}
# Comtrade codes that differ from ISO 3166 numeric: the code also covers a territory (France with
# Monaco, India with Sikkim before 1975, Norway with Svalbard, Switzerland with Liechtenstein, the
# United States with Puerto Rico and the US Virgin Islands)
_COMTRADE_CODES = {"FRA": 251, "IND": 699, "NOR": 579, "CHE": 757, "USA": 842}
_ISO_OF_CODE = {code: iso for iso, code in _COMTRADE_CODES.items()}
_WORLD = 0
_NEEDED = ("refYear", "reporterCode", "partnerCode", "flowCode", "primaryValue")


def load_comtrade(
    reporter: str,
    partner: str | None,
    years: int | Iterable[int],
    *,
    flows: Sequence[str] = ("exports", "imports"),
    subscription_key: str | None = None,
    cache_dir: str | Path | None = None,
    refresh: bool = False,
) -> pd.DataFrame:
    """The reporter's annual goods exports to and imports from the partner (ISO alpha-3 codes; None
    or "" for the world), in US dollars, as UN Comtrade has them, checked by ``read_statistics``.

    Without a ``subscription_key`` the client's free preview is asked (``previewFinalData``: no key,
    at most 500 rows a call, plenty for one pair's yearly totals); with one, the final data
    (``getFinalData``). The answer is kept in ``cache_dir`` (default ``~/.cache/tradefigures/comtrade``,
    or ``$XDG_CACHE_HOME/tradefigures/comtrade``), one JSON file per set of arguments; a call that finds
    its file reads it and does not go online (``refresh=True`` asks again). When Comtrade cannot be
    reached, refuses the call or has no figures, a RuntimeError says which, in one line.
    """
    partner = partner or ""
    asked = _years(years)
    codes = [_flow_code(f) for f in flows]
    file = _cache_dir(cache_dir) / _cache_name(reporter, partner, asked, flows)
    if file.is_file() and not refresh:
        return _read_cached(file)
    call = _call(reporter, partner, asked, codes, subscription_key)
    response = _ask(call, f"{reporter}–{partner or 'world'} in {', '.join(map(str, asked))}")
    kept = {"source": _source(call), "vintage": f"fetched {date.today():%Y-%m-%d}",
            "data": json.loads(response.to_json(orient="records"))}  # fmt: skip
    _write(file, kept)
    return _read_cached(file)


def read_comtrade(response: pd.DataFrame, *, source: str = "UN Comtrade, comtradeapi.un.org",
                  vintage: str | None = None) -> pd.DataFrame:  # fmt: skip
    """Annual rows of a comtradeapicall DataFrame (``getFinalData``, ``previewFinalData``) as statistics:
    flowCode X → exports, M → imports (other flows left out), ``primaryValue`` in USD, the year as
    the period, and a ``trade`` row (exports + imports) where a year has both; checked by
    ``read_statistics``. A partner code 0 (World) becomes the empty partner.
    """
    missing = [c for c in _NEEDED if c not in response.columns]
    if missing:
        raise ValueError(f"Comtrade response: missing column(s) {', '.join(missing)}; pass the "
                         "DataFrame comtradeapicall's getFinalData or previewFinalData returns")  # fmt: skip
    if "freqCode" in response.columns and set(response["freqCode"]) - {"A"}:
        raise ValueError("Comtrade response: only annual figures are read (freqCode 'A'); ask with freqCode='A'")
    rows = [_row(r, source, vintage) for r in response.to_dict("records") if r["flowCode"] in _FLOWS]
    if not rows:
        raise ValueError(
            "Comtrade response: no rows of exports (flowCode X) or imports (M); ask with flowCode='X,M'"
        )
    _no_duplicates(rows)
    rows += _sums(rows)
    order = {"exports": 0, "imports": 1, "trade": 2}
    rows.sort(key=lambda r: (r["reporter"], r["partner"], r["period_start"], order[r["flow"]]))
    return read_statistics(pd.DataFrame(rows))


# ----------------------------------------------------------------------------- the response


def _row(record: dict[Any, Any], source: str, vintage: str | None) -> dict[str, Any]:
    """One row of the response in the schema's columns."""
    reporter = _iso(record["reporterCode"], record.get("reporterISO"))
    year = int(record["refYear"])
    return {
        "reporter": reporter, "partner": _iso(record["partnerCode"], record.get("partnerISO")),
        "flow": _FLOWS[record["flowCode"]], "period_start": f"{year}-01-01", "period_end": f"{year}-12-31",
        "value": record["primaryValue"], "currency": "USD", "reported_by": "reporter",
        "office": f"UN Comtrade (reported by {country_name(reporter)})", "vintage": vintage or "",
        "source": source, "note": _note(record),
    }  # fmt: skip


def _note(record: dict[Any, Any]) -> str:
    """What the value is: Comtrade's primaryValue, and whether it is the CIF or the FOB value."""
    what = "Comtrade primaryValue"
    if record.get("cmdCode") == "TOTAL":
        what += ", all goods (cmdCode TOTAL)"
    value = record["primaryValue"]
    for column, basis in (("cifvalue", "CIF"), ("fobvalue", "FOB")):
        if record.get(column) is not None and record[column] == value:
            return f"{what}; valued {basis}"
    return what


def _iso(code: object, iso: object) -> str:
    """ISO alpha-3 for a Comtrade area code ('' for the world), from the response's ISO column when
    it holds one (it does with includeDesc=True), else from the code."""
    number = int(str(code))
    if number == _WORLD:
        return ""
    if isinstance(iso, str) and re.fullmatch(r"[A-Z]{3}", iso):
        return iso
    if number in _ISO_OF_CODE:
        return _ISO_OF_CODE[number]
    found = _pycountry().countries.get(numeric=f"{number:03d}")
    if found is None:
        raise ValueError(f"Comtrade area {number} has no ISO alpha-3 code (Comtrade's own groupings, such as "
                         "'Other Asia, nes', have none); ask for a country, or leave the row out")  # fmt: skip
    return str(found.alpha_3)


def _no_duplicates(rows: list[dict[str, Any]]) -> None:
    seen: set[tuple[str, str, str, str]] = set()
    for r in rows:
        key = (r["reporter"], r["partner"], r["flow"], r["period_start"])
        if key in seen:
            raise ValueError(f"Comtrade response: more than one row for {r['reporter']} {r['flow']} "
                             f"({r['partner'] or 'world'}) in {r['period_start'][:4]}; ask for cmdCode='TOTAL' "
                             "and breakdownMode='classic', which give one row a year and flow")  # fmt: skip
        seen.add(key)


def _sums(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A trade row (exports + imports) for each reporter, partner and year that has both."""
    flows: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = {}
    for r in rows:
        flows.setdefault((r["reporter"], r["partner"], r["period_start"]), {})[r["flow"]] = r
    return [
        both["exports"] | {"flow": "trade", "value": both["exports"]["value"] + both["imports"]["value"],
                           "note": "exports + imports of the year, summed by tradefigures"}
        for both in flows.values() if {"exports", "imports"} <= set(both)
    ]  # fmt: skip


# ----------------------------------------------------------------------------- the call


def _years(years: int | Iterable[int]) -> list[int]:
    asked = sorted({int(y) for y in ([years] if isinstance(years, int) else years)})
    if not asked:
        raise ValueError("load_comtrade: no years given; pass a year such as 2023 or a list such as [2022, 2023]")
    return asked


def _flow_code(flow: str) -> str:
    if flow not in _FLOW_CODES:
        raise ValueError(f"load_comtrade: flow {flow!r} is not exports or imports (trade is their sum, added "
                         "when both are asked)")  # fmt: skip
    return _FLOW_CODES[flow]


def _comtrade_code(iso: str, role: str) -> int:
    """Comtrade's numeric code for an ISO alpha-3 country code ('' is the world)."""
    if not iso:
        return _WORLD
    if iso in _COMTRADE_CODES:
        return _COMTRADE_CODES[iso]
    found = _pycountry().countries.get(alpha_3=iso) if re.fullmatch(r"[A-Z]{3}", iso) else None
    if found is None:
        raise ValueError(f"load_comtrade: {role} {iso!r} is not an ISO alpha-3 country code; write codes such "
                         "as CHN or KAZ (a partner may be None for the world)")  # fmt: skip
    return int(found.numeric)


def _call(reporter: str, partner: str, years: list[int], flows: list[str], key: str | None) -> dict[str, Any]:
    """The client function's name and its arguments (goods, annual, all commodities, classic mode)."""
    arguments: dict[str, Any] = {
        "typeCode": "C", "freqCode": "A", "clCode": "HS", "period": ",".join(map(str, years)),
        "reporterCode": str(_comtrade_code(reporter, "reporter")), "cmdCode": "TOTAL",
        "flowCode": ",".join(flows), "partnerCode": str(_comtrade_code(partner, "partner")),
        "partner2Code": None, "customsCode": None, "motCode": None, "format_output": "JSON",
        "breakdownMode": "classic", "includeDesc": True,
    }  # fmt: skip
    if key is None:
        return {"function": "previewFinalData", "arguments": arguments}
    return {"function": "getFinalData", "arguments": {"subscription_key": key} | arguments}


def _source(call: dict[str, Any]) -> str:
    """The URL the client asks (as PreviewGet.getPreviewData builds it), never the key."""
    a = call["arguments"]
    base = "public/v1/preview" if call["function"] == "previewFinalData" else "data/v1/get"
    names = ("reporterCode", "partnerCode", "period", "cmdCode", "flowCode")
    query = "&".join(f"{name}={a[name]}" for name in names)
    return (f"https://comtradeapi.un.org/{base}/{a['typeCode']}/{a['freqCode']}/{a['clCode']}?{query} "
            f"(comtradeapicall.{call['function']})")  # fmt: skip


def _ask(call: dict[str, Any], what: str) -> pd.DataFrame:
    """The client's answer, or a RuntimeError saying in one line why there is none.

    The client prints what went wrong (the service's answer to a refused call, or 'Request error: …'
    when it cannot connect) and returns None, so what it prints is kept to say why.
    """
    client = _client()
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            response = getattr(client, call["function"])(**call["arguments"])
    except Exception as exc:  # anything the client lets through: say it in one line
        said = _one_line(str(exc) or type(exc).__name__)
        raise RuntimeError(f"UN Comtrade call failed ({said}); retry later, {INSTEAD}") from exc
    if response is None:
        raise RuntimeError(_refusal(printed.getvalue()))
    if not isinstance(response, pd.DataFrame) or response.empty:
        raise RuntimeError(f"UN Comtrade has no figures for {what}; check the codes and years, {INSTEAD}")
    return response


def _refusal(printed: str) -> str:
    """One line on why the client returned nothing, from what it printed: the service's answer
    ('{"statusCode": 401, "message": "..."}') or 'Request error: ...' when it could not connect."""
    status = re.search(r'"statusCode"\s*:\s*(\d{3})', printed)
    message = re.search(r'"message"\s*:\s*"([^"]*)"', printed)
    said = _one_line(message.group(1) if message else printed) or "no answer"
    if status is None and ("Request error" in printed or not printed.strip()):
        return f"could not reach UN Comtrade ({said}); check the connection and retry, {INSTEAD}"
    code = status.group(1) if status else None
    if code in ("401", "403"):
        return (f"UN Comtrade refused the call without a valid subscription key (HTTP {code}: {said}); pass "
                f"subscription_key= (free at comtradedeveloper.un.org), {INSTEAD}")  # fmt: skip
    if code == "429":
        return f"UN Comtrade refused the call: too many calls (HTTP 429: {said}); wait and retry, {INSTEAD}"
    return f"UN Comtrade answered with an error ({f'HTTP {code}: ' if code else ''}{said}); retry later, {INSTEAD}"


def _one_line(text: str, limit: int = 160) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


# ----------------------------------------------------------------------------- the cache


def _cache_dir(given: str | Path | None) -> Path:
    if given is not None:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "tradefigures" / "comtrade"


def _cache_name(reporter: str, partner: str, years: list[int], flows: Sequence[str]) -> str:
    """One file per set of arguments: KAZ-CHN-2022+2023-exports+imports.json."""
    return f"{reporter}-{partner or 'world'}-{'+'.join(map(str, years))}-{'+'.join(flows)}.json"


def _write(file: Path, kept: dict[str, Any]) -> None:
    """Write whole or not at all, so an interrupted call leaves no half file to be read later."""
    file.parent.mkdir(parents=True, exist_ok=True)
    partial = file.with_suffix(".partial")
    partial.write_text(json.dumps(kept, indent=1, ensure_ascii=False), encoding="utf-8")
    partial.replace(file)


def _read_cached(file: Path) -> pd.DataFrame:
    kept = json.loads(file.read_text(encoding="utf-8"))
    return read_comtrade(pd.DataFrame(kept["data"]), source=kept["source"], vintage=kept["vintage"])


# ----------------------------------------------------------------------------- optional imports


def _client() -> ModuleType:
    return _optional("comtradeapicall", "load_comtrade needs UN Comtrade's client comtradeapicall")


def _pycountry() -> Any:
    return _optional("pycountry", "Comtrade's country codes are read with pycountry")


def _optional(name: str, why: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise ImportError(f"{why}: pip install 'tradefigures[comtrade]', {INSTEAD}") from exc
