"""A feature package's public names, loaded when first used.

Features use each other only through the names a package exports (import-linter holds this:
pyproject.toml). A package that imported them all up front would load every window of the
feature with the first name asked for; instead its __init__ says where each name lives, and
the module is imported when the name is first read (PEP 562). The names are also imported
under TYPE_CHECKING there, so the type checker sees the real things.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping


class Lazy:
    """A module-level __getattr__ for `package`: `names` maps each public name to the module
    in the package that defines it ("module", or "module:name" when it is named otherwise
    there). A public name is never a module's name: the package attribute would be the module
    once that was imported."""

    def __init__(self, package: str, names: Mapping[str, str]) -> None:
        self.package = package
        self.names = dict(names)

    def where(self, name: str) -> tuple[str, str]:
        """The module (full name) and the name in it that `name` stands for."""
        module, _, inner = self.names[name].partition(":")
        return f"{self.package}.{module}", inner or name

    def __call__(self, name: str) -> object:
        if name not in self.names:
            raise AttributeError(f"module {self.package!r} has no attribute {name!r}")
        module, inner = self.where(name)
        # Not kept in the package: read each time, so a test that patches the module is seen.
        return getattr(importlib.import_module(module), inner)
