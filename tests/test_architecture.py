"""The house rules, checked.

* The core never imports discord or an adapter (bot.discord, bot.play, bot.__main__).
* The core's packages sit on floors: catalogue, errors, text, judging, bank, game, with
  the store beside them (it uses only the catalogue and the errors); a package imports
  only those below it.
* Each package has one front door: other packages import from the package, never from
  one of its modules.
* No import circle anywhere, imports for type checking included.
* No file over about 400 lines, no folder with more than 12 modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"
# Each package of the core, with the packages it may import.
ALLOWED = {
    "catalogue": set(),
    "errors": {"catalogue"},
    "text": set(),
    "judging": {"text"},
    "bank": {"catalogue", "errors", "text", "judging"},
    "store": {"catalogue", "errors"},
    "game": {"catalogue", "errors", "text", "judging", "bank", "store"},
}


def _module(path: Path, root: Path = BOT.parent) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, root: Path = BOT.parent, *, names: bool = True) -> set[str]:
    """Every module named by an import in `path`, those for type checking included;
    with `names` False, only the modules imported from (`from X import ...`: X)."""
    tree = ast.parse(path.read_text())
    module = _module(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for child in ast.walk(tree):
        if isinstance(child, ast.Import):
            found.update(alias.name for alias in child.names)
        elif isinstance(child, ast.ImportFrom):
            base = child.module or ""
            if child.level:
                anchor = package.split(".")[: len(package.split(".")) - child.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            if names:
                found.update(f"{base}.{alias.name}" for alias in child.names)
    return found


GRAPH = {_module(p): _imports(p) for p in BOT.rglob("*.py")}


def _core_package(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["bot", "core"] else None


def test_the_core_never_imports_discord_or_an_adapter() -> None:
    for module, imports in GRAPH.items():
        if module.startswith("bot.core"):
            outside = {
                i
                for i in imports
                if i.split(".")[0] == "discord" or i.startswith(("bot.discord", "bot.play", "bot.__"))
            }
            assert not outside, (module, outside)


def test_each_core_package_imports_only_the_floors_below_it() -> None:
    for module, imports in GRAPH.items():
        here = _core_package(module)
        if here is None:
            continue
        assert here in ALLOWED, f"{here}: a new core package needs its place in ALLOWED"
        used = {_core_package(i) for i in imports if i in GRAPH} - {None, here}
        assert used <= ALLOWED[here], f"{module} imports {sorted(used - ALLOWED[here])}"


def test_other_packages_come_in_by_the_front_door() -> None:
    for path in BOT.rglob("*.py"):
        module = _module(path)
        for target in _imports(path, names=False):
            package = _core_package(target)
            if target not in GRAPH or package is None or package == _core_package(module):
                continue
            assert target.count(".") == 2, f"{module} imports {target}: import from bot.core.{package} instead"


def _circle(graph: dict[str, set[str]]) -> list[str] | None:
    """An import circle of `graph` (module -> modules it names), or None."""
    edges = {m: {i for i in imports if i in graph and i != m} for m, imports in graph.items()}
    # A module that imports its own package's front door (`from . import x`) names a
    # sibling module, not a circle through the front door.
    for module, targets in edges.items():
        targets -= {t for t in targets if module.startswith(t + ".")}
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> list[str] | None:
        if module in path:
            return [*path[path.index(module) :], module]
        if module in done:
            return None
        for target in edges[module]:
            if (found := visit(target, [*path, module])) is not None:
                return found
        done.add(module)
        return None

    for module in edges:
        if (found := visit(module, [])) is not None:
            return found
    return None


def test_the_modules_import_each_other_without_a_circle() -> None:
    assert _circle(GRAPH) is None


@pytest.mark.parametrize("source", ["from . import b\n", "from .b import x\n"])
def test_the_circle_check_finds_a_circle_made_for_type_checking(tmp_path: Path, source: str) -> None:
    package = tmp_path / "demo"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text(source)
    (package / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import y\n")
    graph = {_module(p, tmp_path): _imports(p, tmp_path) for p in package.glob("*.py")}
    assert _circle(graph) in (["demo.a", "demo.b", "demo.a"], ["demo.b", "demo.a", "demo.b"])


def test_no_file_is_over_about_400_lines() -> None:
    long = {str(p.relative_to(BOT)): n for p in BOT.rglob("*.py") if (n := len(p.read_text().splitlines())) > 420}
    assert long == {}


def test_no_folder_holds_more_than_12_modules() -> None:
    crowded = {
        str(folder.relative_to(BOT.parent)): count
        for folder in [BOT, *(p for p in BOT.rglob("*") if p.is_dir() and p.name != "__pycache__")]
        if (count := len([m for m in folder.glob("*.py") if m.name != "__init__.py"])) > 12
    }
    assert crowded == {}
