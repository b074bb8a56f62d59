#!/usr/bin/env python3
"""Run a wenxi command over a JSON Lines corpus on a Dask cluster.

Each partition of the corpus (a block of whole lines, as Hadoop's input splits
and Spark's RDD.pipe() give a mapper) is piped through one wenxi process, which
writes exactly one NDJSON line per record; the partitions' outputs are gathered
in corpus order. A record wenxi cannot analyse comes back as its
{"path", "error"} line in place (wenxi then exits 1, which is not a failure of
the task); any other exit status fails the partition.

  python3 bench/dask_map.py CORPUS.jsonl OUT.ndjson [--workers 2] [--blocksize 4MB] \\
      [--scheduler tcp://HOST:8786] -- node bin/wenxi.js figures --input-format jsonl -f ndjson -j 1

Without --scheduler it starts a LocalCluster of --workers processes on this
machine; with one, it uses that cluster (every worker must have wenxi at the
same path). Give each partition many articles: every wenxi process pays its
dictionary load once (figures never loads it).
"""

import argparse
import subprocess
import sys


def run_partition(lines, command):
    records = [line if line.endswith("\n") else line + "\n" for line in lines if line.strip()]
    if not records:
        return []
    done = subprocess.run(command, input="".join(records).encode("utf-8"), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: {done.stderr.decode('utf-8', 'replace')}")
    out = done.stdout.decode("utf-8").splitlines(keepends=True)
    if len(out) != len(records):
        raise RuntimeError(f"{len(records)} records in, {len(out)} lines out")
    return out


def main():
    argv = sys.argv[1:]
    if "--" not in argv:
        sys.exit("usage: dask_map.py CORPUS OUT [options] -- WENXI COMMAND…")
    cut = argv.index("--")
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("out")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--blocksize", default="4MB")
    parser.add_argument("--scheduler")
    args = parser.parse_args(argv[:cut])
    command = argv[cut + 1 :]

    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        bag = db.read_text(args.corpus, blocksize=args.blocksize, encoding="utf-8")
        print(f"dask: {bag.npartitions} partitions on {len(client.scheduler_info()['workers'])} workers", file=sys.stderr)
        lines = bag.map_partitions(run_partition, command).compute()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    with open(args.out, "w", encoding="utf-8") as f:
        f.writelines(lines)


if __name__ == "__main__":
    main()
