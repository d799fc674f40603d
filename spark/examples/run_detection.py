"""Runs a huntsql detection on Spark from Python and prints its rows as CSV.

Render the detection with huntsql, then submit this script with huntsql's Spark jar:

    ./huntsql run smb-ntlm-unknown-remote --target spark --to-sql > hunt.sql
    spark-submit --jars spark/target/huntsql-spark.jar \
        spark/examples/run_detection.py hunt.sql sample-data

The functions come in through spark.sql.extensions (the route spark-sql takes). Each table that
the detection's "-- tables:" header line names is read from DATA_DIR/<Table>.json* by
DefenderTables.readExport, through the JVM gateway, as RunDetection reads it. The rows are
printed as RunDetection prints them: RFC 4180 CSV with a header row, NULL an empty field, empty
text "", times in UTC as Java's Instant prints them, true/false in lower case.
"""
import argparse
import datetime
import sys


def tables(sql):
    for line in sql.splitlines():
        if line.startswith("-- tables:"):
            return line[len("-- tables:"):].replace(",", " ").split()
    sys.exit("run_detection.py: the detection's header has no '-- tables:' line")


def csv_field(value):
    """One value as RunDetection prints it (but a real from 1e7 up prints 10000000.0, not 1.0E7)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, datetime.datetime):
        text = instant(value)
    else:
        text = str(value)
    if text == "" or any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def instant(value):
    """A time as java.time.Instant prints it: UTC, the fraction in groups of three digits."""
    utc = value.astimezone(datetime.timezone.utc)  # naive: PySpark hands back local time
    text = utc.strftime("%Y-%m-%dT%H:%M:%S")
    if utc.microsecond % 1000:
        text += ".%06d" % utc.microsecond
    elif utc.microsecond:
        text += ".%03d" % (utc.microsecond // 1000)
    return text + "Z"


def main():
    from pyspark.sql import SparkSession  # here, so that the functions above need no Spark

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
        paths = spark._sc._gateway.new_array(spark._jvm.java.lang.String, 1)
        paths[0] = f"{args.data_dir}/{table}.json*"
        defender.readExport(spark._jsparkSession, table, paths).createOrReplaceTempView(table)

    result = spark.sql(sql)
    sys.stdout.reconfigure(encoding="utf-8", newline="")  # UTF-8 and \r\n as RunDetection
    sys.stdout.write(",".join(csv_field(c) for c in result.columns) + "\r\n")
    for row in result.collect():
        sys.stdout.write(",".join(csv_field(v) for v in row) + "\r\n")
    spark.stop()


if __name__ == "__main__":
    main()
