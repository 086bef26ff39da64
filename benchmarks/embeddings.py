"""Benchmark the sentence embedders: load time, warm turns/s, peak memory.

Run: .venv/bin/python benchmarks/embeddings.py [--turns 600] [--repeats 3]
The turns are synthetic conversation turns of 8-40 words, built from our own phrases.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import time

import numpy as np

OPENERS = [
    "Honestly,",
    "I guess",
    "You know,",
    "Look,",
    "When you said that,",
    "Last night",
    "I mean,",
    "To be fair,",
]
CLAUSES = [
    "I felt like you were not really listening to me",
    "it seemed easier to just keep quiet and let it go",
    "I wanted you to ask how the appointment went",
    "we ended up arguing about the dishes again",
    "you looked at your phone while I was talking",
    "I was too tired to explain what I needed",
    "it reminded me of how things were with my father",
    "I appreciated that you stayed and heard me out",
    "maybe I overreacted a bit when you were late",
    "I do not know why it bothers me so much",
    "you told me it was fine but your voice said otherwise",
    "we could try talking before it builds up like this",
    "I noticed I shut down the moment you raised your voice",
    "part of me wants to be close and part of me wants space",
    "I kept replaying the conversation in my head all week",
    "thank you for saying sorry, that meant a lot",
]
JOINERS = ["and", "but", "because", "so", "and then", "although"]


def make_turns(count: int, *, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    turns = []
    while len(turns) < count:
        target = rng.randint(8, 40)
        words = rng.choice(OPENERS).split()
        while len(words) < target:
            if len(words) > 2:
                words += rng.choice(JOINERS).split()
            words += rng.choice(CLAUSES).split()
        turns.append(" ".join(words[:target]).rstrip(",") + rng.choice([".", "?", "..."]))
    return turns


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def throughput(embedder, turns, *, batch_size: int, repeats: int) -> tuple[float, float]:
    """Best wall-clock turns/s, and CPU-seconds per turn (less distorted by other processes)."""
    embedder.embed(turns[:batch_size], batch_size=batch_size)  # warm caches and BLAS threads
    best_wall, best_cpu = float("inf"), float("inf")
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        embedder.embed(turns, batch_size=batch_size)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return len(turns) / best_wall, best_cpu / len(turns)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=600)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    start = time.perf_counter()
    from bowlby.coding.embeddings import load_embedder

    imported = time.perf_counter()
    minilm = load_embedder("minilm-l6-v2-numpy.v1")
    loaded = time.perf_counter()
    load_embedder("minilm-l6-v2-numpy.v1")
    cached = time.perf_counter()
    print(
        f"import {imported - start:.3f}s, first load {loaded - imported:.3f}s, "
        f"cached load {1000 * (cached - loaded):.2f}ms, RSS after load {peak_rss_mb():.0f} MB"
    )

    turns = make_turns(args.turns)
    words = np.array([len(t.split()) for t in turns])
    tokens = np.array([len(minilm.model.tokenizer.encode(t).ids) for t in turns])
    print(
        f"{len(turns)} turns: {words.mean():.1f} words, {tokens.mean():.1f} tokens on average "
        f"(max {tokens.max()}, incl. [CLS]/[SEP])"
    )

    cores = os.cpu_count() or 1
    print(f"load average before: {os.getloadavg()[0]:.1f} on {cores} cores")
    print(
        f"{'embedder':<24}{'max_len':>8}{'batch':>6}{'workers':>8}{'turns/s':>9}"
        f"{'cpu ms/turn':>12}{'turns/s if idle':>16}"
    )
    for max_length in (128, 64, 32):
        for workers in (1, 2):
            embedder = load_embedder(
                "minilm-l6-v2-numpy.v1", max_length=max_length, workers=workers
            )
            for batch_size in (16, 32, 64, 128):
                rate, cpu = throughput(embedder, turns, batch_size=batch_size, repeats=args.repeats)
                # CPU time counts only our work; spread over all cores it bounds an idle machine.
                print(
                    f"{embedder.name:<24}{max_length:>8}{batch_size:>6}{workers:>8}{rate:>9.0f}"
                    f"{1000 * cpu:>12.2f}{cores / cpu:>16.0f}"
                )
    hashing = load_embedder("hashing.v1")
    rate, cpu = throughput(hashing, turns, batch_size=64, repeats=args.repeats)
    print(f"{hashing.name:<24}{'-':>8}{64:>6}{1:>8}{rate:>9.0f}{1000 * cpu:>12.2f}{1 / cpu:>16.0f}")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    print(f"peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
