"""Analyzer speed and memory: turns/s warm, a 600-turn session end to end (model load
included, in a fresh process), and peak memory. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/analyzer.py [--turns 600]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def synthetic_session(turns: int, *, seed: int = 7) -> str:
    """A long session assembled from our labelled corpus (real sentences, random order)."""
    rng = random.Random(seed)
    lines = []
    for path in sorted((ROOT / "data" / "coding").glob("*.jsonl")):
        for line in path.read_text().splitlines():
            record = json.loads(line)
            if record.get("context"):
                lines.append((record["context"][-1]["text"], record["text"]))
    rng.shuffle(lines)
    out = []
    for i in range(turns // 2):
        context, text = lines[i % len(lines)]
        out.append(f"T: {context}")
        out.append(f"P: {text}")
    return "\n".join(out) + "\n"


def cold_run(path: Path) -> dict:
    code = (
        "import time, resource, json; t0 = time.perf_counter();"
        "from bowlby.coding.analyzer import Analyzer; from bowlby.coding.formats import read_transcript;"
        f"a = Analyzer().transform(read_transcript({str(path)!r}));"
        "t1 = time.perf_counter();"
        "print(json.dumps({'seconds': t1 - t0, 'peak_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,"
        " 'turns': len(a.turns)}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=600)
    args = parser.parse_args()

    # Other processes on a 2-core machine change the figures by a third: say how busy it was.
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "session.txt"
        path.write_text(synthetic_session(args.turns))
        cold = cold_run(path)

        from bowlby.coding.analyzer import Analyzer
        from bowlby.coding.formats import read_transcript

        t0 = time.perf_counter()
        analyzer = Analyzer()
        load = time.perf_counter() - t0
        transcript = read_transcript(path)
        analyzer.transform(transcript)  # warm up
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            analyzer.transform(transcript)
            runs.append(time.perf_counter() - t0)
        best = min(runs)
        print(f"turns in session:               {len(transcript)}")
        print(f"coder load (warm process):      {load:.2f} s")
        print(
            f"warm analysis, best of 3:       {best:.2f} s  = {len(transcript) / best:.0f} turns/s "
            f"({len(transcript) / 2 / best:.0f} coded turns/s)"
        )
        print(f"cold end to end (new process):  {cold['seconds']:.2f} s, model load included")
        print(f"peak memory, cold process:      {cold['peak_mb']:.0f} MB")
        print(
            f"peak memory, this process:      {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
        )
        print(f"load average before / after:    {load_before:.2f} / {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
