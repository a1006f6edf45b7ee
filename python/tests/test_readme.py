"""The README's Python example runs as written."""

import re

import pytest

from conftest import REPO


def test_readme_python_example(capsys):
    pytest.importorskip("pandas")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    assert blocks, "no Python example in README.md"
    for code in blocks:
        exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "derna درنة" in out and "Derna" in out
