def test_html_report_is_written_to_the_file(run, tmp_path):
    out = tmp_path / "report.html"
    result = run("analyze", "--format", "html", "--out", str(out), "--draws", "20")
    assert result.code == 0, result.err
    assert result.out == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<svg") >= 3
    assert "https://" not in page and "http://" not in page
