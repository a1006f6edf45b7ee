"""Build a JSONL corpus of news-sized documents from the repository's seed articles.

Each document is 4 to 10 sentences drawn (with a fixed seed) from the seed articles, with an
id and a publication date, so a corpus of any size exercises the whole pipeline and is the
same on every machine:

    python python/examples/make_corpus.py 10000 corpus.jsonl
"""

from __future__ import annotations

import datetime
import json
import random
import re
import sys
from pathlib import Path
from typing import Dict, Iterator, List

REPO = Path(__file__).resolve().parents[2]


def seed_sentences() -> List[str]:
    """The sentences of tests/data/seeds/*.txt (split after . ! ? and line breaks)."""
    out = []
    for p in sorted((REPO / "tests" / "data" / "seeds").glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        for s in re.split(r"(?<=[.!?؟])\s+|\n+", text):
            s = s.strip()
            if len(s) > 20:
                out.append(s)
    return out


def documents(n: int, seed: int = 12) -> Iterator[Dict[str, str]]:
    """`n` documents `{"id", "text", "date"}`."""
    rng = random.Random(seed)
    sents = seed_sentences()
    start = datetime.date(2014, 1, 1)
    for i in range(n):
        k = rng.randint(4, 10)
        text = " ".join(rng.choice(sents) for _ in range(k))
        date = start + datetime.timedelta(days=rng.randrange(0, 9 * 365))
        yield {"id": f"c{i:06d}", "text": text, "date": date.isoformat()}


def write_jsonl(path: Path, n: int, seed: int = 12) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for d in documents(n, seed):
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return Path(path)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make_corpus.py N OUT.jsonl")
    write_jsonl(Path(sys.argv[2]), int(sys.argv[1]))
