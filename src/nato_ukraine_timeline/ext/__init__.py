"""Optional integrations with other libraries, each behind an extra (``pip install '...[pandas]'``).

Importing a module here without its extra installed raises an :class:`ImportError` that names the
extra to install.
"""
