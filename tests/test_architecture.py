"""The house rules, checked: the core never imports discord or the adapters, the
modules import each other without a cycle, and no file grows past about 400 lines."""

from __future__ import annotations

import ast
from pathlib import Path

BOT = Path(__file__).resolve().parent.parent / "bot"


def _module(path: Path) -> str:
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Modules imported when `path` runs (not those imported for type checking only)."""
    tree = ast.parse(path.read_text())
    package = _module(path) if path.name == "__init__.py" else _module(path).rpartition(".")[0]
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for child in ast.walk(node):
            if isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                found.add(base)
                found.update(f"{base}.{alias.name}" for alias in child.names)
    return found


GRAPH = {_module(p): _imports(p) for p in BOT.rglob("*.py")}


def test_the_core_never_imports_discord_or_an_adapter() -> None:
    for module, imports in GRAPH.items():
        if module.startswith("bot.core"):
            outside = {i for i in imports if i.split(".")[0] == "discord" or i.startswith(("bot.discord", "bot.play"))}
            assert not outside, (module, outside)


def test_the_modules_import_each_other_without_a_cycle() -> None:
    edges = {m: {i for i in imports if i in GRAPH and i != m} for m, imports in GRAPH.items()}
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        assert module not in path, " -> ".join([*path[path.index(module) :], module])
        if module in done:
            return
        for target in edges[module]:
            visit(target, [*path, module])
        done.add(module)

    for module in edges:
        visit(module, [])


def test_no_file_is_over_about_400_lines() -> None:
    long = {str(p.relative_to(BOT)): n for p in BOT.rglob("*.py") if (n := len(p.read_text().splitlines())) > 420}
    assert long == {}
