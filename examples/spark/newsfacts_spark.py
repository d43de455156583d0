#!/usr/bin/env python3
"""newsfacts on Spark: article paths are spread over the partitions, each
partition runs `newsfacts report` on its articles (the binary must be on
every worker), and the driver merges the partition reports in order with
`newsfacts merge`. The merged report is the one a single `newsfacts report`
over all the articles gives (same sources, ids and facts).

Locally (what the test runs):
    python3 examples/spark/newsfacts_spark.py --master 'local[2]' \
        --newsfacts target/release/newsfacts -o merged.json fixtures/

On a cluster (paths readable by every executor, e.g. a shared file system):
    spark-submit --master yarn --num-executors 50 examples/spark/newsfacts_spark.py \
        --newsfacts /opt/newsfacts/bin/newsfacts --partitions 500 -o merged.json /data/articles/
"""
import argparse
import os
import subprocess
import sys
import tempfile

ARTICLE_EXT = (".txt", ".html", ".htm", ".xhtml", ".txt.gz", ".html.gz", ".htm.gz", ".xhtml.gz")


def article_paths(paths):
    """Files as given; folders expanded recursively and sorted, as newsfacts does."""
    out = []
    for p in paths:
        if os.path.isdir(p):
            found = []
            for d, _, files in os.walk(p):
                found += [os.path.join(d, f) for f in files if f.lower().endswith(ARTICLE_EXT)]
            out += sorted(found)
        else:
            out.append(p)
    return [os.path.abspath(p) for p in out]


def report_partition(newsfacts, extra):
    def run(paths):
        paths = list(paths)
        if not paths:
            return
        r = subprocess.run([newsfacts, "report", "--quiet", *extra, *paths], capture_output=True, text=True)
        if r.returncode not in (0, 1):
            raise RuntimeError(f"newsfacts report failed: {r.stderr}")
        yield r.stdout
    return run


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+", help="article files or folders")
    ap.add_argument("-o", "--output", required=True, help="the merged report")
    ap.add_argument("--newsfacts", default="newsfacts", help="the newsfacts binary on the workers")
    ap.add_argument("--master", default=None, help="Spark master (default: spark-submit's)")
    ap.add_argument("--partitions", type=int, default=None, help="default: Spark's default parallelism")
    ap.add_argument("--no-text", action="store_true", help="leave sources' text out")
    args = ap.parse_args()

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("newsfacts")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    paths = article_paths(args.paths)
    parts = args.partitions or sc.defaultParallelism
    extra = ["--no-text"] if args.no_text else []
    # Contiguous slices keep the input order: partition i holds the i-th run of paths.
    reports = sc.parallelize(paths, parts).mapPartitions(report_partition(args.newsfacts, extra)).collect()
    spark.stop()
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, text in enumerate(reports):
            f = os.path.join(tmp, f"part-{i:05d}.json")
            with open(f, "w", encoding="utf-8") as out:
                out.write(text)
            files.append(f)
        r = subprocess.run([args.newsfacts, "merge", *files, "-o", args.output])
    sys.exit(r.returncode)


if __name__ == "__main__":
    main()
