"""Runs a huntsql detection on Spark from Python and prints its rows as CSV.

Render the detection with huntsql, then submit this script with huntsql's Spark jar:

    ./huntsql run smb-ntlm-unknown-remote --target spark --to-sql > hunt.sql
    spark-submit --jars spark/target/huntsql-spark.jar \
        spark/examples/run_detection.py hunt.sql sample-data

The functions come in through spark.sql.extensions (the route spark-sql takes). Each table that
the detection's "-- tables:" header line names is read from DATA_DIR/<Table>.json* with the
schema Microsoft documents, which DefenderTables gives through the JVM gateway.
"""
import argparse
import csv
import sys

from pyspark.sql import SparkSession


def tables(sql):
    for line in sql.splitlines():
        if line.startswith("-- tables:"):
            return line[len("-- tables:"):].replace(",", " ").split()
    sys.exit("run_detection.py: the detection's header has no '-- tables:' line")


def main():
    parser = argparse.ArgumentParser(description="Run a huntsql detection on Spark.")
    parser.add_argument("sql_file", help="from: huntsql run NAME --target spark --to-sql")
    parser.add_argument("data_dir", help="folder or URI holding <Table>.json files")
    parser.add_argument("--geoip", help="MaxMind-format database for the geo functions")
    args = parser.parse_args()
    with open(args.sql_file, encoding="utf-8") as f:
        sql = f.read()

    builder = (SparkSession.builder.appName("huntsql " + args.sql_file)
               .config("spark.sql.extensions", "dev.huntsql.spark.HuntSqlExtensions"))
    if args.geoip:
        builder = builder.config("spark.huntsql.geoip", args.geoip)
    spark = builder.getOrCreate()

    defender = spark._jvm.dev.huntsql.spark.DefenderTables
    for table in tables(sql):
        ddl = defender.schema(table).toDDL()
        spark.read.schema(ddl).json(f"{args.data_dir}/{table}.json*").createOrReplaceTempView(table)

    result = spark.sql(sql)
    out = csv.writer(sys.stdout, lineterminator="\r\n")
    out.writerow(result.columns)
    out.writerows(result.collect())  # NULL and empty text both print as an empty field
    spark.stop()


if __name__ == "__main__":
    main()
