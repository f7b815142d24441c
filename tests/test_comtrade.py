"""The UN Comtrade loader, offline: a fake client answers from a recorded response.

The response (tests/data/comtrade-ARM-RUS-2022-2023.json, made-up values) has the shape the real
client reads: comtradeapicall's PreviewGet.getPreviewData returns ``json_normalize(body['data'])``,
and the 47 columns are those of its notebook "tests/example calling functions - notebook.ipynb"
(see tests/data/README.md). The fake client does what getPreviewData does with the body, and, on a
refused call or a lost connection, what it does then: prints and returns None.
"""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import tradefigures
from tradefigures import comtrade
from tradefigures.comtrade import load_comtrade, read_comtrade
from tradefigures.statistics import STATISTICS_COLUMNS

RESPONSE = Path(__file__).parent / "data" / "comtrade-ARM-RUS-2022-2023.json"
INSTEAD = "pass your own CSV with read_statistics(path) instead (see 'Bring your own statistics' in the README)"


class FakeClient(types.ModuleType):
    """Stands in for comtradeapicall: records each call, answers with the recorded response, or fails
    the way the real client does."""

    def __init__(self, printed: str | None = None, raises: Exception | None = None, empty: bool = False) -> None:
        super().__init__("comtradeapicall")
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.printed, self.raises, self.empty = printed, raises, empty

    def _answer(self, name: str, arguments: dict[str, Any]) -> pd.DataFrame | None:
        self.calls.append((name, arguments))
        if self.raises is not None:
            raise self.raises
        if self.printed is not None:
            print(self.printed)
            return None
        body = json.loads(RESPONSE.read_text(encoding="utf-8"))
        asked = arguments["flowCode"].split(",")  # the service answers with the flows asked for
        return pd.json_normalize([r for r in body["data"] if r["flowCode"] in asked and not self.empty])

    def previewFinalData(self, **arguments: Any) -> pd.DataFrame | None:
        return self._answer("previewFinalData", arguments)

    def getFinalData(self, **arguments: Any) -> pd.DataFrame | None:
        return self._answer("getFinalData", arguments)


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> FakeClient:
    fake = FakeClient()
    monkeypatch.setitem(sys.modules, "comtradeapicall", fake)
    return fake


def no_client(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if comtradeapicall were not installed: importing it fails."""
    monkeypatch.setitem(sys.modules, "comtradeapicall", None)


def test_all_is_sorted_and_complete() -> None:
    public = {n for n, v in vars(comtrade).items() if not n.startswith("_")
              and getattr(v, "__module__", "") == comtrade.__name__}  # fmt: skip
    assert comtrade.__all__ == sorted(comtrade.__all__)
    assert public <= set(comtrade.__all__)
    assert tradefigures.load_comtrade is load_comtrade


def test_the_response_becomes_statistics(client: FakeClient, tmp_path: Path) -> None:
    stats = load_comtrade("ARM", "RUS", [2023, 2022], cache_dir=tmp_path)
    assert list(stats.columns) == list(STATISTICS_COLUMNS)
    assert stats[["reporter", "partner", "flow", "period", "value"]].values.tolist() == [
        ["ARM", "RUS", "exports", "2022", 2400000000.5],
        ["ARM", "RUS", "imports", "2022", 4100000000.25],
        ["ARM", "RUS", "trade", "2022", 6500000000.75],
        ["ARM", "RUS", "exports", "2023", 3300000000.0],
        ["ARM", "RUS", "imports", "2023", 5200000000.0],
        ["ARM", "RUS", "trade", "2023", 8500000000.0],
    ]
    first = stats.iloc[0]
    assert (first["period_start"], first["period_end"]) == (pd.Timestamp("2022-01-01"), pd.Timestamp("2022-12-31"))
    assert set(stats["currency"]) == {"USD"}
    assert set(stats["reported_by"]) == {"reporter"}
    assert set(stats["office"]) == {"UN Comtrade (reported by Armenia)"}
    assert stats["vintage"].str.fullmatch(r"fetched \d{4}-\d{2}-\d{2}").all()
    assert set(stats["source"]) == {
        "https://comtradeapi.un.org/public/v1/preview/C/A/HS?reporterCode=51&partnerCode=643&period=2022,2023"
        "&cmdCode=TOTAL&flowCode=X,M (comtradeapicall.previewFinalData)"
    }
    assert stats["note"].tolist()[:3] == [
        "Comtrade primaryValue, all goods (cmdCode TOTAL); valued FOB",
        "Comtrade primaryValue, all goods (cmdCode TOTAL); valued CIF",
        "exports + imports of the year, summed by tradefigures",
    ]


def test_the_call_asks_for_yearly_totals_by_comtrade_code(client: FakeClient, tmp_path: Path) -> None:
    load_comtrade("ARM", "RUS", [2022, 2023], cache_dir=tmp_path)
    ((name, arguments),) = client.calls
    assert name == "previewFinalData"
    assert arguments | {"partner2Code": None} == {
        "typeCode": "C", "freqCode": "A", "clCode": "HS", "period": "2022,2023", "reporterCode": "51",
        "cmdCode": "TOTAL", "flowCode": "X,M", "partnerCode": "643", "partner2Code": None, "customsCode": None,
        "motCode": None, "format_output": "JSON", "breakdownMode": "classic", "includeDesc": True,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("reporter", "partner", "codes"),
    [("USA", "CHN", ("842", "156")), ("IND", None, ("699", "0")), ("CHE", "FRA", ("757", "251")),
     ("NOR", "", ("579", "0"))],
)  # fmt: skip
def test_comtrade_codes_differ_from_iso_for_five_countries(
    client: FakeClient, tmp_path: Path, reporter: str, partner: str | None, codes: tuple[str, str]
) -> None:
    load_comtrade(reporter, partner, 2023, cache_dir=tmp_path)
    arguments = client.calls[0][1]
    assert (arguments["reporterCode"], arguments["partnerCode"]) == codes


def test_a_key_asks_for_final_data_and_stays_out_of_the_source(client: FakeClient, tmp_path: Path) -> None:
    stats = load_comtrade("ARM", "RUS", [2022, 2023], subscription_key="secret-key", cache_dir=tmp_path)
    name, arguments = client.calls[0]
    assert (name, arguments["subscription_key"]) == ("getFinalData", "secret-key")
    assert stats["source"][0].startswith("https://comtradeapi.un.org/data/v1/get/C/A/HS?reporterCode=51&")
    assert not any("secret-key" in p.read_text(encoding="utf-8") for p in tmp_path.iterdir())


def test_one_flow_gives_no_trade_row(client: FakeClient, tmp_path: Path) -> None:
    stats = load_comtrade("ARM", "RUS", [2022, 2023], flows=("exports",), cache_dir=tmp_path)
    assert client.calls[0][1]["flowCode"] == "X"
    assert stats[["flow", "period"]].values.tolist() == [["exports", "2022"], ["exports", "2023"]]


def test_a_second_call_reads_the_cache_and_never_the_client(
    client: FakeClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_comtrade("ARM", "RUS", [2022, 2023], cache_dir=tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["ARM-RUS-2022+2023-exports+imports.json"]
    no_client(monkeypatch)
    again = load_comtrade("ARM", "RUS", (2023, 2022), cache_dir=tmp_path)
    pd.testing.assert_frame_equal(again, first)


def test_refresh_asks_again(client: FakeClient, tmp_path: Path) -> None:
    load_comtrade("ARM", "RUS", 2023, cache_dir=tmp_path)
    load_comtrade("ARM", "RUS", 2023, cache_dir=tmp_path, refresh=True)
    assert len(client.calls) == 2


def test_the_default_cache_is_in_the_user_cache(
    client: FakeClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    load_comtrade("ARM", "RUS", 2023)
    assert (tmp_path / "tradefigures" / "comtrade" / "ARM-RUS-2023-exports+imports.json").is_file()


def test_without_the_client_the_message_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    no_client(monkeypatch)
    with pytest.raises(ImportError) as raised:
        load_comtrade("ARM", "RUS", 2023, cache_dir=tmp_path)
    assert str(raised.value) == (
        "load_comtrade needs UN Comtrade's client comtradeapicall: pip install 'tradefigures[comtrade]', or "
        + INSTEAD
    )


@pytest.mark.parametrize(
    ("fake", "message"),
    [
        (FakeClient(printed='{ "statusCode": 401, "message": "Access denied due to missing subscription key." }'),
         "UN Comtrade refused the call without a valid subscription key (HTTP 401: Access denied due to missing "
         "subscription key.); pass subscription_key= (free at comtradedeveloper.un.org), or "),
        (FakeClient(printed='{ "statusCode": 429, "message": "Rate limit is exceeded. Try again in 9 seconds." }'),
         "UN Comtrade refused the call: too many calls (HTTP 429: Rate limit is exceeded. Try again in 9 "
         "seconds.); wait and retry, or "),
        (FakeClient(printed="Request error: HTTPSConnectionPool(host='comtradeapi.un.org', port=443): Max retries "
                            "exceeded with url: /public/v1/preview/C/A/HS"),
         "could not reach UN Comtrade (Request error: HTTPSConnectionPool(host='comtradeapi.un.org', port=443): "
         "Max retries exceeded with url: /public/v1/preview/C/A/HS); check the connection and retry, or "),
        (FakeClient(printed="<html>Service Unavailable</html>"),
         "UN Comtrade answered with an error (<html>Service Unavailable</html>); retry later, or "),
        (FakeClient(raises=ValueError("Expecting value: line 1 column 1 (char 0)")),
         "UN Comtrade call failed (Expecting value: line 1 column 1 (char 0)); retry later, or "),
        (FakeClient(empty=True),
         "UN Comtrade has no figures for ARM–RUS in 2023; check the codes and years, or "),
    ],
)  # fmt: skip
def test_a_failed_call_says_why_in_one_line_and_caches_nothing(
    fake: FakeClient, message: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "comtradeapicall", fake)
    with pytest.raises(RuntimeError) as raised:
        load_comtrade("ARM", "RUS", 2023, cache_dir=tmp_path)
    assert str(raised.value) == message + INSTEAD
    assert "\n" not in str(raised.value)
    assert not list(tmp_path.iterdir())


def test_wrong_arguments_are_named(client: FakeClient, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"^load_comtrade: partner 'Russia' is not an ISO alpha-3 country code"):
        load_comtrade("ARM", "Russia", 2023, cache_dir=tmp_path)
    with pytest.raises(ValueError, match=r"^load_comtrade: flow 'trade' is not exports or imports"):
        load_comtrade("ARM", "RUS", 2023, flows=("trade",), cache_dir=tmp_path)
    with pytest.raises(ValueError, match=r"^load_comtrade: no years given"):
        load_comtrade("ARM", "RUS", [], cache_dir=tmp_path)
    assert not client.calls


def recorded(**changes: Any) -> pd.DataFrame:
    """The recorded response as the client returns it, with some columns changed."""
    frame = pd.json_normalize(json.loads(RESPONSE.read_text(encoding="utf-8"))["data"])
    return frame.assign(**changes)


def test_codes_are_read_without_the_iso_columns() -> None:
    """Without includeDesc the ISO columns may be empty: the codes are read (842 is the USA, 0 the world)."""
    stats = read_comtrade(recorded(reporterCode=842, reporterISO=None, partnerCode=0, partnerISO="W00"))
    assert set(stats["reporter"]) == {"USA"}
    assert stats["partner"].isna().all()
    assert set(stats["office"]) == {"UN Comtrade (reported by United States)"}


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (recorded().drop(columns=["primaryValue"]), r"^Comtrade response: missing column\(s\) primaryValue; "),
        (recorded(freqCode="M"), r"^Comtrade response: only annual figures are read"),
        (recorded(flowCode="RX"), r"^Comtrade response: no rows of exports \(flowCode X\) or imports"),
        (recorded(refYear=2023), r"^Comtrade response: more than one row for ARM exports \(RUS\) in 2023; "),
        (recorded(partnerCode=490, partnerISO="S19"), r"^Comtrade area 490 has no ISO alpha-3 code"),
    ],
)
def test_a_response_that_does_not_fit_is_named(frame: pd.DataFrame, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        read_comtrade(frame)
