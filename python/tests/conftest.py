"""Shared fixtures: the repository's seed documents and the Rust `annotate` example binary."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "tests" / "data" / "seeds").glob("*.txt"))


def read_text(path: Path) -> str:
    # As the annotate example reads a file: UTF-8, line endings kept.
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


@pytest.fixture(scope="session")
def annotate_bin() -> Path:
    """The release `annotate` example: $LIBYA_NLP_ANNOTATE, else target/release/examples/annotate
    (built with cargo when missing)."""
    env = os.environ.get("LIBYA_NLP_ANNOTATE")
    if env:
        return Path(env)
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    binary = target / "release" / "examples" / "annotate"
    if shutil.which("cargo") is None:
        if binary.exists():
            return binary
        pytest.skip("cargo is not installed and no annotate binary was built")
    # Always ask cargo: it rebuilds only when the crate changed since the binary was built.
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "--example", "annotate"],
        cwd=REPO,
        check=True,
    )
    return binary


def run_annotate(binary: Path, *args: str, stdin: str = None) -> list:
    """The JSON lines `annotate` prints for `args`."""
    out = subprocess.run(
        [str(binary), "--quiet", "--no-progress", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert out.returncode in (0, 1), out.stderr
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def analyzer():
    import libya_nlp

    return libya_nlp.Analyzer()
