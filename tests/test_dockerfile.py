"""The Docker image installs its dependencies in a layer that code edits do not touch."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from .conftest import PROJECT


def test_the_dependency_layer_comes_before_the_code_and_installs_what_pyproject_lists() -> None:
    lines = [line.strip() for line in (PROJECT / "Dockerfile").read_text().splitlines()]
    copy_code = next(i for i, line in enumerate(lines) if line.startswith("COPY bot"))
    install_deps = next(i for i, line in enumerate(lines) if "pip install -r" in line)
    assert install_deps < copy_code, "the dependencies must be installed before the code is copied"
    copied_before = [line for line in lines[:install_deps] if line.startswith("COPY")]
    assert copied_before == ["COPY pyproject.toml ./"], "only pyproject.toml may decide the dependency layer"
    # The Dockerfile's own command that lists the dependencies, run here on this pyproject.toml.
    start = next(i for i, line in enumerate(lines) if line.startswith("RUN python -c"))
    script = lines[start].removeprefix("RUN python -c ").split(" \\")[0].strip()[1:-1]
    listed = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT, capture_output=True, text=True, check=True
    ).stdout.split()
    wanted = tomllib.loads((PROJECT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert listed == wanted
    assert "pip install --no-deps ." in "\n".join(lines[copy_code:])
