"""Metadata sidecars: a dataset's manifest dates the plain text files beside it."""

from __future__ import annotations

import json
from pathlib import Path

from detente.ingest import Problem, Tally, ingest
from detente.ingest.sidecar import Sidecars, is_sidecar

ARTICLE = (
    "Valley towns agree to share the reservoir\n\n"
    "The mayors of the two valley towns agreed on Thursday to share water from the upper "
    "reservoir during the summer months, ending a dispute that had lasted three years.\n"
)
OTHER = (
    "Night train to the coast runs again\n\n"
    "The regional rail company said on Friday that the night train to the coast would run again "
    "from June, after the old sleeping cars were refitted at the depot in the capital.\n"
)


def folder_with_manifest(tmp_path: Path, lines: list[str]) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def run(paths: list[str]) -> tuple[dict[str, object], list[Problem]]:
    problems: list[Problem] = []
    documents = ingest(paths, tally=Tally(), on_problem=problems.append)
    return {Path(d.origin or "").name: d for d in documents}, problems


def test_a_manifest_dates_the_files_it_names(tmp_path):
    folder = folder_with_manifest(
        tmp_path,
        [
            json.dumps({"file": "a.txt", "date": "31-MAR-1987 14:50:40.44", "source": "Wire"}),
            json.dumps({"file_name": "b.txt", "date": "2018-09-05", "url": "http://x.org/b"}),
        ],
    )
    found, problems = run([str(folder)])
    assert sorted(found) == ["a.txt", "b.txt"]  # the manifest itself is no article
    assert (found["a.txt"].date, found["a.txt"].source) == ("1987-03-31", "Wire")
    assert (found["b.txt"].date, found["b.txt"].url) == ("2018-09-05", "http://x.org/b")
    assert problems == []


def test_a_manifest_serves_files_named_one_by_one(tmp_path):
    folder = folder_with_manifest(tmp_path, [json.dumps({"file": "a.txt", "date": "2018-09-05"})])
    found, _ = run([str(folder / "a.txt")])
    assert found["a.txt"].date == "2018-09-05"


def test_a_bad_manifest_line_is_reported_and_the_rest_used(tmp_path):
    folder = folder_with_manifest(
        tmp_path,
        [json.dumps({"file": "a.txt", "date": "2018-09-05"}), "{not json", "[1, 2]"],
    )
    found, problems = run([str(folder)])
    assert found["a.txt"].date == "2018-09-05" and found["b.txt"].date is None
    assert [p.where for p in problems] == [
        f"{folder / 'manifest.jsonl'}:2",
        f"{folder / 'manifest.jsonl'}:3",
    ]
    assert all(not p.fatal and "not a JSON object" in p.message for p in problems)


def test_a_folders_readme_and_licence_are_not_articles(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "README.md").write_text("# About these articles\n\nSome notes.\n", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("Permission is granted to anyone.\n", encoding="utf-8")
    found, _ = run([str(tmp_path)])
    assert sorted(found) == ["a.txt"]


def test_articles_in_a_file_called_manifest_are_still_read(tmp_path):
    path = tmp_path / "manifest.jsonl"
    path.write_text(json.dumps({"id": "1", "text": ARTICLE}) + "\n", encoding="utf-8")
    assert not is_sidecar(path)
    found, _ = run([str(tmp_path)])
    assert len(found) == 1


def test_no_sidecar_means_no_metadata(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert Sidecars(10_000, lambda _: None).lookup(str(tmp_path / "a.txt")) is None


def test_a_sidecar_over_the_size_limit_is_reported_not_read(tmp_path):
    folder = folder_with_manifest(tmp_path, [json.dumps({"file": "a.txt", "date": "2018-09-05"})])
    problems: list[Problem] = []
    sidecars = Sidecars(10, problems.append)
    assert sidecars.lookup(str(folder / "a.txt")) is None
    assert [p.message for p in problems] == ["metadata file over the size limit; not used"]
