"""Reading YAML as nodes, never as Python objects, with every problem's position.

The question loader (questions.py) validates the nodes itself: see its docstring.
"""

from __future__ import annotations

import yaml

from ..errors import Problem, QuestionFileError


class _PlainTags:
    """A resolver that never guesses types: every scalar is kept as the text written.

    PyYAML's resolvers run regexes on every plain scalar to find YAML 1.1 booleans,
    numbers and timestamps; the loader would throw that work away (see the module
    docstring), and on a large bank it is a third of the loading time.
    """

    def resolve(self, kind: type[yaml.Node], value: str, implicit: tuple[bool, bool]) -> str:
        return _TAGS[kind]

    def descend_resolver(self, current_node: object, current_index: object) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


_TAGS: dict[type[yaml.Node], str] = {
    yaml.ScalarNode: "tag:yaml.org,2002:str",
    yaml.SequenceNode: "tag:yaml.org,2002:seq",
    yaml.MappingNode: "tag:yaml.org,2002:map",
}


class _PyLoader(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer, _PlainTags):
    """Composes nodes in pure Python; constructs nothing."""

    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)


_Loader: type = _PyLoader
try:  # libyaml's parser is several times faster on large banks
    from yaml.cyaml import CParser  # type: ignore[attr-defined]

    class _CLoader(CParser, _PlainTags):
        """Composes nodes with libyaml; constructs nothing."""

    _Loader = _CLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    pass


class Reader:
    """Walks the YAML node tree, collecting problems instead of stopping at the first."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self._seen: set[int] = set()

    def problem(self, node: yaml.Node | None, message: str) -> None:
        line, column = (node.start_mark.line + 1, node.start_mark.column + 1) if node else (0, 0)
        self.problems.append(Problem(self.path, line, column, message))

    def visit(self, node: yaml.Node) -> bool:
        """False (and a problem) when `node` was already seen: an alias of an anchor."""
        if id(node) in self._seen:
            self.problem(node, "anchors and aliases (&name / *name) are not supported; write the value out")
            return False
        self._seen.add(id(node))
        return True

    def mapping(self, node: yaml.Node, what: str) -> dict[str, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must be a mapping of keys to values")
            return None
        result: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_node, f"{what} has a key that is not plain text")
                continue
            if key_node.value in result:
                self.problem(key_node, f"{what} has the key '{key_node.value}' twice")
                continue
            if self.visit(value_node):
                result[key_node.value] = value_node
        return result

    def text(self, node: yaml.Node, what: str, limit: int = 0) -> str | None:
        """A scalar exactly as written in the file, never re-typed by YAML 1.1 rules
        (and at most `limit` characters, when given)."""
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, f"{what} must be text, not a list or mapping")
            return None
        value = str(node.value).strip()
        if not value:
            self.problem(node, f"{what} is empty")
            return None
        if limit and len(value) > limit:
            self.problem(node, f"{what} is {len(value):,} characters long; at most {limit:,} fit a Discord message")
            return None
        return value

    def text_list(self, node: yaml.Node, what: str, limit: int = 0) -> list[tuple[str, yaml.Node]] | None:
        """A list of texts; one text written without brackets is a list of one."""
        if isinstance(node, yaml.ScalarNode):
            value = self.text(node, what, limit)  # the node was visited as the key's value
            return None if value is None else [(value, node)]
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what} must be a list")
            return None
        items = []
        for item in node.value:
            if self.visit(item):
                value = self.text(item, f"an entry of {what}", limit)
                if value is not None:
                    items.append((value, item))
        return items


def compose(source: str, path: str) -> yaml.Node | None:
    try:
        return yaml.compose(source, Loader=_Loader)
    except yaml.reader.ReaderError as error:  # a character YAML forbids; it has a position, not a mark
        line = source.count("\n", 0, error.position) + 1
        column = error.position - (source.rfind("\n", 0, error.position) + 1) + 1
        problem = f"the character #x{error.character:04x} is not allowed in YAML (binary data or a control key?)"
        raise QuestionFileError([Problem(path, line, column, problem)]) from None
    except yaml.MarkedYAMLError as error:
        raise QuestionFileError([_yaml_problem(error, source, path)]) from None
    except yaml.YAMLError as error:
        raise QuestionFileError([Problem(path, 0, 0, f"not valid YAML: {error}")]) from None
    except RecursionError:
        raise QuestionFileError([Problem(path, 0, 0, "nested too deeply to be a question file")]) from None


def _yaml_problem(error: yaml.MarkedYAMLError, source: str, path: str) -> Problem:
    """libyaml's complaint, said so that a question writer can act on it."""
    mark = error.problem_mark or error.context_mark
    problem = error.problem or str(error)
    context = error.context or ""
    if "quoted scalar" in context and "end of stream" in problem and error.context_mark is not None:
        mark = error.context_mark  # where the quote opened, not the end of the file
        problem = "this quote is never closed"
    elif mark is not None and source[mark.index : mark.index + 1] == "\t":
        problem = "a tab: YAML does not allow tabs for indentation; indent with spaces"
    elif mark is not None:
        problem = _advice(problem, source, mark.index) or problem
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    return Problem(path, line, column, f"not valid YAML: {problem}")


_COLON = 'a colon and a space inside a text: put quotes around a text that contains a colon (question: "Who: him?")'
_INDENT = "a key where a text goes on: check the indentation of this line and the one above (a question's keys line up)"
_QUOTE = "a text that starts with a quote must end with it: put quotes around the whole text ('\"Who\" said it?')"
_LIST = "a list in [ ] that is not closed: end it with ], and put quotes around a text in it with a comma"


def _advice(problem: str, source: str, index: int) -> str | None:
    """What to do about the commonest slips of a question writer, from libyaml's
    complaint and the line it points into; None when none fits."""
    start = source.rfind("\n", 0, index) + 1
    before = source[start:index]  # the line up to the mark
    value = before.lstrip(" -").partition(": ")[2]  # what follows the key on that line
    at = source[index : index + 1]
    if "mapping values are not allowed" in problem:
        return _COLON if ": " in before or before.rstrip().endswith(":") else _INDENT  # a second colon, or not
    if "cannot start any token" in problem and at in ("@", "`", "%"):
        return f"a text cannot start with {at}: put quotes around it"
    if "did not find expected key" in problem and value[:1] in ('"', "'"):
        return _QUOTE
    if "expected ',' or ']'" in problem:
        return _LIST
    return None
