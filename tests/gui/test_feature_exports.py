"""Each feature package's public names: where they live, what the type checker is told, and
that asking for one gives the very object its module defines."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path
from types import ModuleType

import pytest

from footholds.ui.common.exports import Lazy

FEATURES = ["help", "journal", "people", "proofs", "reflect", "settings", "shell", "today"]


def package(name: str) -> ModuleType:
    return importlib.import_module(f"footholds.ui.{name}")


def exports(module: ModuleType) -> Lazy:
    found = module.__dict__["__getattr__"]
    assert isinstance(found, Lazy)
    return found


def type_checking_names(module: ModuleType) -> dict[str, tuple[str, str]]:
    """What the package's `if TYPE_CHECKING:` block imports, as the checker sees it: each
    public name, with the module and the name there it comes from."""
    tree = ast.parse(Path(str(module.__file__)).read_text())
    names: dict[str, tuple[str, str]] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom) and statement.module
                for alias in statement.names:
                    names[alias.asname or alias.name] = (statement.module, alias.name)
    return names


@pytest.mark.parametrize("name", FEATURES)
def test_every_public_name_is_the_object_its_module_defines(name: str) -> None:
    module = package(name)
    lazy = exports(module)
    assert lazy.names, "a package with nothing to export needs no list"
    for public in lazy.names:
        where, inner = lazy.where(public)
        assert getattr(module, public) is getattr(importlib.import_module(where), inner)


@pytest.mark.parametrize("name", FEATURES)
def test_the_type_checker_and_all_are_told_the_same_names(name: str) -> None:
    module = package(name)
    lazy = exports(module)
    assert set(module.__all__) == set(lazy.names)
    assert type_checking_names(module) == {name: lazy.where(name) for name in lazy.names}


@pytest.mark.parametrize("name", FEATURES)
def test_no_public_name_is_a_modules_name(name: str) -> None:
    # Once that module is imported, the package attribute is the module, not the name.
    module = package(name)
    modules = {info.name for info in pkgutil.iter_modules(module.__path__)}
    assert not set(exports(module).names) & modules


def test_an_unknown_name_is_an_attribute_error() -> None:
    help_package = package("help")
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        help_package.Nothing  # noqa: B018
    assert not hasattr(help_package, "Nothing")
