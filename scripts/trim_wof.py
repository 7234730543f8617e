"""Trim the Who's On First extract to what khaldun matches on, for shipping in the package.

Reads a WOF TSV (../shared/data/gazetteer/wof-places.tsv.gz or any file of the same columns)
and writes khaldun/data/gazetteer/wof-places.tsv.gz with the same columns, keeping only the
spellings khaldun can match (Latin and Arabic script, Persian included) and dropping codes.

    python scripts/trim_wof.py ../shared/data/gazetteer/wof-places.tsv.gz
"""

from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

from khaldun.places.wof import keep_spelling

OUT = Path(__file__).resolve().parents[1] / "khaldun" / "data" / "gazetteer" / "wof-places.tsv.gz"


def main(source: str) -> None:
    csv.field_size_limit(1 << 30)
    with gzip.open(source, "rt", encoding="utf-8", newline="") as fin, \
            gzip.open(OUT, "wt", encoding="utf-8", newline="", compresslevel=9) as fout:
        reader = csv.reader(fin, delimiter="\t")
        writer = csv.writer(fout, delimiter="\t", lineterminator="\n")
        header = next(reader)
        writer.writerow(header)
        names_at = header.index("names")
        for row in reader:
            names = dict.fromkeys(n for n in row[names_at].split("|") if keep_spelling(n))
            row[names_at] = "|".join(names)
            writer.writerow(row)
    print(f"{OUT}: {OUT.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main(sys.argv[1])
