"""Abstract base classes for containers (the public face of _collections_abc,
where they are defined)."""

from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _CallableGenericAlias
