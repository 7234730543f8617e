"""Where the CLI's defaults come from: options, then environment, then khaldun.toml.

khaldun.toml (in the working directory, or the file $KHALDUN_CONFIG names) may set
`db` (DuckDB file or postgresql:// URL), `gazetteer` (folder of the gazetteer index, as
$KHALDUN_DATA_DIR) and `log_level`. $KHALDUN_DB overrides the file's `db`.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

CONFIG_FILE = "khaldun.toml"
KEYS = ("db", "gazetteer", "log_level")
DEFAULT_DB = "khaldun.duckdb"


class ConfigError(ValueError):
    """A config file that cannot be read, naming the file."""


@dataclass
class Settings:
    quiet: bool = False  # --quiet: no progress, summaries or warnings


# The global options of this run (set by the app callback).
RUN = Settings()


def _config(path: str) -> dict[str, str]:
    file = Path(path)
    if not file.is_file():
        return {}
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"{file}: not readable TOML ({err})") from None
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise ConfigError(f"{file}: unknown key {unknown[0]!r} (known: {', '.join(KEYS)})")
    bad = [k for k, v in data.items() if not isinstance(v, str)]
    if bad:
        raise ConfigError(f"{file}: {bad[0]} must be a string")
    return data


def config() -> dict[str, str]:
    """The keys of the config file in force (empty without one)."""
    return _config(os.environ.get("KHALDUN_CONFIG") or CONFIG_FILE)


def default_db() -> str:
    """$KHALDUN_DB, else the config file's db, else khaldun.duckdb."""
    return os.environ.get("KHALDUN_DB") or config().get("db") or DEFAULT_DB


def apply_gazetteer() -> None:
    """Point the gazetteer at the config file's folder unless $KHALDUN_DATA_DIR is set."""
    folder = config().get("gazetteer")
    if folder and not os.environ.get("KHALDUN_DATA_DIR"):
        os.environ["KHALDUN_DATA_DIR"] = folder
