"""Scale-out: the Spark job (`spark.py`) and loading its Parquet output into SQLite (`importer.py`)."""
