"""Every documentation file the code or the README names exists in the repository."""

from __future__ import annotations

import re

from tests.conftest import ROOT

DOCS_PATH = re.compile(r"\bdocs/[\w./-]+\.(?:md|png)")


def test_named_documentation_files_exist() -> None:
    sources = [*ROOT.glob("bot/**/*.py"), *ROOT.glob("adapters/**/*.py"), ROOT / "README.md"]
    missing = {
        f"{source.relative_to(ROOT)}: {name}"
        for source in sources
        for name in DOCS_PATH.findall(source.read_text(encoding="utf-8"))
        if not (ROOT / name).is_file()
    }
    assert not missing, sorted(missing)
