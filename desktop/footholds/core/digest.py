"""SHA-256 without OpenSSL: `hashlib` maps libcrypto (some 3 MB resident) into the app.

CPython's own SHA-256 module gives the same digest as `hashlib.sha256`, so names and
checksums made by older builds (the instance socket's name, backup manifests) still agree.
It is slower (about 140 MB/s against OpenSSL's 1 GB/s), which only a backup of a large
store notices, by a fraction of the time its compression takes.
"""

from __future__ import annotations

try:  # static imports, so that PyInstaller bundles the module (its spec leaves out _hashlib)
    from _sha256 import sha256 as _sha256
except ImportError:  # Python 3.12 on calls it _sha2; a Python without either has hashlib
    try:
        from _sha2 import sha256 as _sha256
    except ImportError:
        from hashlib import sha256 as _sha256


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of `data` as 64 hex digits, as hashlib.sha256(data).hexdigest()."""
    return str(_sha256(data).hexdigest())
