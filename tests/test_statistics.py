"""The statistics schema: the reader's checks, and the bundled series moved to it without loss."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tradefigures import statistics
from tradefigures.statistics import STATISTICS_COLUMNS, read_statements, read_statistics

# The bundled Armenia–Russia series as it was before it moved to this schema (one file, Armenia's
# view, no reporter or partner column): kept so that a test can show the move lost nothing.
BEFORE = Path(__file__).parent / "cases" / "reference-before-schema.csv"
REFERENCE = Path(__file__).resolve().parents[1] / "data" / "reference"


def made_up(**changes: list[object]) -> pd.DataFrame:
    """Two made-up rows of statistics (not real figures): China's exports to Russia and the mirror."""
    rows = {
        "reporter": ["CHN", "RUS"], "partner": ["RUS", "CHN"], "flow": ["exports", "imports"],
        "period_start": ["2023-01-01", "2023-01-01"], "period_end": ["2023-12-31", "2023-12-31"],
        "value": [1.1e11, 1.0e11], "currency": ["USD", "USD"], "reported_by": ["reporter", "reporter"],
        "office": ["made-up customs A", "made-up customs B"], "source": ["made up", "made up"],
    }  # fmt: skip
    return pd.DataFrame(rows | changes)


def test_all_is_sorted_and_complete() -> None:
    public = {n for n, v in vars(statistics).items() if not n.startswith("_")
              and getattr(v, "__module__", "") == statistics.__name__}  # fmt: skip
    assert statistics.__all__ == sorted(statistics.__all__)
    assert public <= set(statistics.__all__)


def test_a_frame_is_read_and_typed() -> None:
    df = read_statistics(made_up())
    assert list(df.columns) == list(STATISTICS_COLUMNS)
    assert df.dtypes.to_dict() == STATISTICS_COLUMNS
    assert df["period"].tolist() == ["2023", "2023"]  # labelled from the dates
    assert df["kind"].tolist() == ["actual", "actual"]
    assert df["partner"].tolist() == ["RUS", "CHN"]


def test_reading_twice_gives_the_same_frame() -> None:
    once = read_statistics(made_up(period_start=[pd.Timestamp("2023-01-01")] * 2, note=["a", None]))
    pd.testing.assert_frame_equal(read_statistics(once), once)


def test_an_empty_partner_is_the_world_and_extra_columns_are_kept() -> None:
    df = read_statistics(made_up(partner=["", None], hs_code=["27", "27"]))
    assert df["partner"].isna().all()
    assert df["hs_code"].tolist() == ["27", "27"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"period_end": ["2023-12-31", "31/12/2023"]},
         r"^statistics: column 'period_end', row 1: '31/12/2023' is not a date written YYYY-MM-DD"),
        ({"period_start": ["2023-1-1", "2023-01-01"]}, r"column 'period_start', row 0: '2023-1-1'"),
        ({"period_end": ["2023-02-30", "2023-12-31"]}, r"column 'period_end', row 0: '2023-02-30'"),
        ({"period_end": ["2022-12-31", "2023-12-31"]},
         r"column 'period_end', row 0: 2022-12-31 is before period_start 2023-01-01"),
        ({"flow": ["exports", "turnover"]}, r"column 'flow', row 1: 'turnover' is not one of exports"),
        ({"reporter": ["chn", "RUS"]}, r"column 'reporter', row 0: 'chn' is not an upper-case code"),
        ({"partner": ["RUS", "RUS"]}, r"column 'partner', row 1: is the reporter RUS itself"),
        ({"currency": ["USD", "$"]}, r"column 'currency', row 1: '\$' is not an ISO 4217 code"),
        ({"value": [1.1e11, -5]}, r"column 'value', row 1: '-5.0' is not a number ≥ 0"),
        ({"value": ["8,4bn", 1]}, r"column 'value', row 0: '8,4bn' is not a number"),
        ({"reported_by": ["mirror", "reporter"]}, r"column 'reported_by', row 0: 'mirror' is not one of"),
        ({"office": ["", "B"]}, r"column 'office', row 0: is empty; every row needs it"),
    ],
)  # fmt: skip
def test_a_wrong_cell_is_named_by_column_and_row(changes: dict[str, list[object]], message: str) -> None:
    with pytest.raises(ValueError, match=message) as raised:
        read_statistics(made_up(**changes))
    assert "\n" not in str(raised.value)


def test_a_missing_column_is_named() -> None:
    with pytest.raises(ValueError, match=r"missing column\(s\) currency; statistics need the columns"):
        read_statistics(made_up().drop(columns="currency"))


def test_a_file_counts_lines_with_the_header_as_line_1(tmp_path: Path) -> None:
    path = tmp_path / "stats.csv"
    made_up(period_end=["2023-12-31", "2023-13-01"]).to_csv(path, index=False)
    with pytest.raises(ValueError, match=r"^stats\.csv: column 'period_end', line 3: '2023-13-01'"):
        read_statistics(path)
    with pytest.raises(FileNotFoundError, match=r"nope\.csv"):
        read_statistics(tmp_path / "nope.csv")


# ----------------------------------------------------------------------------- the bundled series


def _key(frame: pd.DataFrame, metric: str, value: str) -> list[tuple[str, ...]]:
    cols = ["period_start", "period_end", "period", "kind", metric, value, "vintage", "confidence", "source",
            "note"]
    return sorted(tuple(r) for r in frame[cols].astype(str).itertuples(index=False))


def test_the_move_to_the_schema_lost_no_row_vintage_source_or_note() -> None:
    before = pd.read_csv(BEFORE, dtype=str, keep_default_na=False)
    before["metric"] = before["metric"].replace("turnover", "trade")
    bundled = pd.concat([read_statistics(), read_statements()], ignore_index=True)
    sides = zip(bundled["reporter"], bundled["partner"], strict=True)
    after = bundled[[{r, p} == {"ARM", "RUS"} for r, p in sides]].copy()
    after["period_start"] = after["period_start"].dt.strftime("%Y-%m-%d")
    after["period_end"] = after["period_end"].dt.strftime("%Y-%m-%d")
    after["value"] = after["value"].map(lambda v: f"{v:.0f}")
    for col in ("vintage", "confidence", "note"):
        after[col] = after[col].astype(object).where(after[col].notna(), "")
    assert len(after) == len(before) == 109
    assert _key(after, "flow", "value") == _key(before, "metric", "value_usd")


def test_the_bundled_series_are_every_pair_file_one_after_the_other() -> None:
    for read, kind in ((read_statistics, "statistics"), (read_statements, "statements")):
        files = [read(REFERENCE / f"{pair}-{kind}.csv") for pair in ("armenia-russia", "china-russia")]
        pd.testing.assert_frame_equal(read(), pd.concat(files, ignore_index=True))
        # the Armenia–Russia rows come first, exactly as their own file reads them
        pd.testing.assert_frame_equal(read().iloc[: len(files[0])], files[0])


def test_the_china_russia_series_is_chinese_customs_with_a_source_on_every_row() -> None:
    stats = read_statistics(REFERENCE / "china-russia-statistics.csv")
    gacc = stats[stats["office"] == "GACC"]
    assert set(zip(gacc["reporter"], gacc["partner"], strict=True)) == {("CHN", "RUS")}
    trade = gacc[(gacc["flow"] == "trade") & (gacc["period"].str.len() == 4)].set_index("period")["value"]
    assert trade.index.tolist() == [str(y) for y in range(2016, 2026)]
    assert trade["2023"] == 240.11e9  # the record years
    assert trade["2024"] == 244.81e9
    assert stats["source"].str.startswith("https://").all()
    assert set(stats["office"]) == {"GACC", "FTS (Russian customs)"}  # offices' data, not anyone's words
    said = read_statements(REFERENCE / "china-russia-statements.csv")
    assert not said["office"].isin(set(stats["office"])).any()
    assert said["source"].str.startswith("https://").all()
    targets = said[said["kind"] == "projection"]
    assert targets.loc[targets["period"] == "2024", "value"].eq(200e9).all()  # the $200bn set for 2024


def test_statements_are_kept_apart_from_statistics() -> None:
    stats, said = (read(REFERENCE / f"armenia-russia-{kind}.csv")
                   for read, kind in ((read_statistics, "statistics"), (read_statements, "statements")))
    assert set(stats["office"]) == {"Armstat", "Armenian customs (per Russian media)", "Armenian government data"}
    assert (stats["kind"] == "actual").all()
    assert (stats["reporter"] == "ARM").all()
    assert (stats["partner"] == "RUS").all()
    people = ("Putin", "Kopyrkin", "Overchuk", "Pashinyan", "Minister", "Gonchar", "Grigoryan")
    assert not stats["office"].str.contains("|".join(people)).any()
    projections = set(said.loc[said["kind"] == "projection", "office"])
    assert projections == {"Putin; Kopyrkin", "Putin; Kopyrkin; Overchuk", "Deputy PM Overchuk"}
    # the Armenian side's officials are Armenia's statements, the Russian side's Russia's
    assert said.loc[said["office"].str.contains("Pashinyan"), "reporter"].eq("ARM").all()
    assert said.loc[said["office"].str.contains("Putin"), "reporter"].eq("RUS").all()
