"""A window's method handed to a part the window holds, without the part holding the window.

A part kept on a window (a refresher, a lazy page, a preview) that keeps a bound method of
that window holds the window, which holds the part: a reference cycle. Python's reference
counts can then never free the closed window; its collector does, later, at a moment of its
own, which may fall part-way through Qt's own work (a collect after a window was given back
once crashed the app). `weak_method` hands the part the method without its window.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def weak_method(method: Callable[P, R]) -> Callable[P, R]:
    """`method`, a bound method, called through a weak reference to its object. Called after
    that object is gone (never, while the part holding it goes with its window), it raises
    ReferenceError, as a weak proxy does."""
    ref = weakref.WeakMethod(method)
    name = getattr(method, "__qualname__", repr(method))

    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        bound = ref()
        if bound is None:
            raise ReferenceError(f"{name}: its object is gone")
        return bound(*args, **kwargs)

    return call


def is_bound(callback: Callable[..., object]) -> bool:
    """Whether `callback` is a bound method, which `weak_method` can hold weakly."""
    return getattr(callback, "__self__", None) is not None and hasattr(callback, "__func__")
