"""Sphinx configuration: MyST Markdown pages, furo theme, API reference by autodoc."""

from __future__ import annotations

from importlib.metadata import version as _version

project = "nato_ukraine_timeline"
author = "nato_ukraine_timeline developers"
copyright = "2025, nato_ukraine_timeline developers"
release = _version("nato_ukraine_timeline")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_nb",  # MyST Markdown pages, and notebooks (notebook.md) executed at every build
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
]
source_suffix = {".md": "myst-nb"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3

# Execute notebooks at every build (no cache: the outputs are always those of the code as it is);
# an error in a cell fails the build.
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_timeout = 180
nb_merge_streams = True

html_theme = "furo"
html_title = "nato_ukraine_timeline"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_default_options = {"members": True, "undoc-members": False, "show-inheritance": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# -n (nitpicky) checks every cross-reference. Without network access there is no intersphinx, so
# references to the standard library and third-party types cannot resolve: ignore exactly those.
nitpick_ignore_regex = [
    ("py:class", r"(datetime|dt|typing|collections\.abc|os|io|enum|pathlib|re)\..*"),
    ("py:class", r"(pandas|pd|numpy|np|dask|attrs|attr|cattrs)(\..*)?"),
    ("py:class", r"(IO|TypeVar|Final|T|Any|Model|Item|PathOrStream|DocumentLike|DateLike|Sequence|Iterable|Iterator)"),
    ("py:class", r"(JsonConverter|StrEnum|NamedTuple|Path|Exception|ValueError)"),
    ("py:class", r"(Axes|Figure|matplotlib\..*)"),  # matplotlib (extra plot): no intersphinx offline
    ("py:class", r"nato_ukraine_timeline\.(\w+\.)*_\w+\..*"),  # private modules: documented where exported
    ("py:class", r"nato_ukraine_timeline\.errors\._\w+"),  # a private base of public errors (ReadError, WriteError)
    ("py:class", r"nato_ukraine_timeline\.serialize\.(T|Model)"),
    ("py:class", r"nato_ukraine_timeline\._io\.PathOrStream"),
    ("py:obj", r"nato_ukraine_timeline\.serialize\.(T|Model)"),
]
