"""Build ``src/detente/data/capability.json``: real GDP by state and year, for drafted scenarios.

A scenario drafted from news needs a capability figure for each state that a reader can check,
so the table holds one published series: output-side real GDP at chained PPPs (``rgdpo``) from
the Penn World Table 9.1 (Feenstra, Inklaar & Timmer 2015, American Economic Review 105(10),
www.ggdc.net/pwt; data under CC BY 4.0), converted from millions to billions of 2011 US$ and
rounded to four significant figures, for 1990 to the last year PWT 9.1 covers. Missing values are
skipped. Countries are keyed by their ISO 3166 alpha-3 code (checked against pycountry).

PWT 9.1 is read from the Debian package ``r-cran-pwt9`` (version 9.1-0-2, the R package pwt9 by
Achim Zeileis), whose data is an R lazy-load database (``data/Rdata.rdx`` and ``Rdata.rdb``)::

    apt-get download r-cran-pwt9
    python scripts/build_capability_table.py --deb r-cran-pwt9_9.1-0-2_all.deb

or, after ``dpkg-deb -x r-cran-pwt9_9.1-0-2_all.deb DIR``, pass ``--unpacked DIR``. Run from any
directory; the output path is fixed. The R objects are parsed with the ``rdata`` package (which
pulls in pandas and xarray); it is needed only here, not by detente itself, so install it by hand
into the environment that runs this script: ``python -m pip install rdata`` (built with 1.1.0).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import lzma
import math
import re
import tarfile
import warnings
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "detente" / "data" / "capability.json"

MEMBER_DIR = "usr/lib/R/site-library/pwt9/data"
OBJECT = "pwt9.1"
VARIABLE = "rgdpo"
FIRST_YEAR = 1990
SIGNIFICANT = 4

HEADER: dict[str, Any] = {
    "source": "Penn World Table 9.1",
    "citation": (
        'Feenstra, Robert C., Robert Inklaar and Marcel P. Timmer (2015), "The Next Generation '
        'of the Penn World Table", American Economic Review 105(10): 3150-3182, '
        "www.ggdc.net/pwt"
    ),
    "licence": "CC BY 4.0",
    "route": (
        "Debian package r-cran-pwt9 9.1-0-2 (R package pwt9 by Achim Zeileis), object pwt9.1, "
        "read by scripts/build_capability_table.py"
    ),
    "variable": VARIABLE,
    "variable_label": "output-side real GDP at chained PPPs",
    "unit": "billion 2011 US$ PPP",
    "rounding": f"{SIGNIFICANT} significant figures",
}


def _ar_member(deb: bytes, name: str) -> bytes:
    """One member of a .deb (an ar archive), so no dpkg-deb is needed."""
    if not deb.startswith(b"!<arch>\n"):
        raise SystemExit("not a .deb (ar) archive")
    pos = 8
    while pos + 60 <= len(deb):
        header = deb[pos : pos + 60]
        member = header[:16].decode("ascii").strip().rstrip("/")
        size = int(header[48:58].decode("ascii").strip())
        if member == name:
            return deb[pos + 60 : pos + 60 + size]
        pos += 60 + size + (size % 2)
    raise SystemExit(f"{name} not found in the .deb")


def read_deb(path: Path) -> tuple[bytes, bytes]:
    """The R lazy-load index and database (Rdata.rdx, Rdata.rdb) straight from the .deb."""
    data_tar = _ar_member(path.read_bytes(), "data.tar.xz")
    found: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(data_tar), mode="r:xz") as tar:
        for info in tar.getmembers():
            name = info.name.removeprefix("./")
            if name in (f"{MEMBER_DIR}/Rdata.rdx", f"{MEMBER_DIR}/Rdata.rdb"):
                handle = tar.extractfile(info)
                if handle is not None:
                    found[name.rsplit("/", 1)[1]] = handle.read()
    if set(found) != {"Rdata.rdx", "Rdata.rdb"}:
        raise SystemExit(f"Rdata.rdx/Rdata.rdb not found under {MEMBER_DIR} in {path}")
    return found["Rdata.rdx"], found["Rdata.rdb"]


def read_unpacked(root: Path) -> tuple[bytes, bytes]:
    """The same two files from a tree unpacked with ``dpkg-deb -x``."""
    folder = root / MEMBER_DIR
    return (folder / "Rdata.rdx").read_bytes(), (folder / "Rdata.rdb").read_bytes()


def load_pwt(rdx: bytes, rdb: bytes) -> Any:  # noqa: ANN401 - a pandas DataFrame
    """PWT 9.1 as a DataFrame, decoded from the lazy-load database (xz-compressed entries)."""
    import rdata  # build-time only; see the module docstring

    def parse(blob: bytes) -> Any:  # noqa: ANN401 - whatever the R object converts to
        # Lazy-load entries are bare serialized objects without an RDS header; rdata warns
        # "Unknown file type: assumed RDS", which is exactly right here.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Unknown file type", category=UserWarning)
            return rdata.conversion.convert(rdata.parser.parse_data(blob))

    index = parse(gzip.decompress(rdx))
    compressed = [int(x) for x in index["compressed"]]
    if compressed != [3]:
        raise SystemExit(f"expected xz-compressed lazy-load data (3), got {compressed}")
    offset, length = (int(x) for x in index["variables"][OBJECT])
    # Each entry: 4-byte big-endian uncompressed length, one type byte ("Z"), raw LZMA2 stream.
    if rdb[offset + 4 : offset + 5] != b"Z":
        raise SystemExit("unexpected entry type in Rdata.rdb")
    raw = lzma.decompress(
        rdb[offset + 5 : offset + length],
        format=lzma.FORMAT_RAW,
        filters=[{"id": lzma.FILTER_LZMA2}],
    )
    if len(raw) != int.from_bytes(rdb[offset : offset + 4], "big"):
        raise SystemExit("decompressed length does not match the entry header")
    return parse(raw)


def significant(value: float, digits: int = SIGNIFICANT) -> float:
    """Round to a few significant figures: the table is for citing, not for national accounts."""
    return float(f"{value:.{digits}g}")


def build(frame: Any) -> dict[str, Any]:  # noqa: ANN401 - a pandas DataFrame
    """The capability table: header plus, per alpha-3 code, name and rgdpo (billions) by year."""
    import pycountry

    countries: dict[str, dict[str, Any]] = {}
    years: set[int] = set()
    for row in frame[["isocode", "country", "year", VARIABLE]].itertuples(index=False):
        year = int(row.year)
        value = float(getattr(row, VARIABLE))
        if year < FIRST_YEAR or math.isnan(value):
            continue
        code = str(row.isocode)
        if not re.fullmatch(r"[A-Z]{3}", code) or pycountry.countries.get(alpha_3=code) is None:
            raise SystemExit(f"{code!r} is not an ISO 3166 alpha-3 code")
        entry = countries.setdefault(code, {"name": str(row.country), VARIABLE: {}})
        entry[VARIABLE][str(year)] = significant(value / 1000.0)
        years.add(year)
    header = dict(HEADER, first_year=min(years), last_year=max(years), country_count=len(countries))
    return {"header": header, "countries": countries}


def dump(table: dict[str, Any]) -> str:
    """Sorted, deterministic JSON with one line per country, so diffs stay readable."""
    header = json.dumps(table["header"], indent=1, sort_keys=True, ensure_ascii=False)
    lines = [
        f" {json.dumps(code)}: {json.dumps(entry, sort_keys=True, ensure_ascii=False)}"
        for code, entry in sorted(table["countries"].items())
    ]
    countries = "{\n" + ",\n".join(lines) + "\n}"
    return '{\n"countries": ' + countries + ',\n"header": ' + header + "\n}\n"


def main() -> None:
    """Read PWT 9.1 from the package and write the capability table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--deb", type=Path, help="r-cran-pwt9_9.1-0-2_all.deb")
    source.add_argument("--unpacked", type=Path, help="a tree unpacked with dpkg-deb -x")
    parser.add_argument("--out", type=Path, default=OUT, help=f"default: {OUT}")
    args = parser.parse_args()
    rdx, rdb = read_deb(args.deb) if args.deb else read_unpacked(args.unpacked)
    table = build(load_pwt(rdx, rdb))
    text = dump(table)
    if json.loads(text) != table:
        raise SystemExit("JSON round trip changed the table")
    args.out.write_text(text, encoding="utf-8")
    header = table["header"]
    print(
        f"wrote {args.out} ({len(text.encode())} bytes): {header['country_count']} countries, "
        f"{header['first_year']}-{header['last_year']}"
    )


if __name__ == "__main__":
    main()
