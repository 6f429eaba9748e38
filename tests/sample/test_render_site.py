"""The static site: pages, chronological index, register mentions, relative links, the command."""

from __future__ import annotations

import argparse
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest

from render_helpers import DATA, ROOT, broken_fragment_links, html_words, text_area
from teikit.render import command
from teikit.render.site import build_site

TEI_FILES = sorted((ROOT / "tei").glob("[0-9]*.xml"))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A crafted document with its own small register."""
    out = tmp_path_factory.mktemp("site")
    report = build_site([DATA / "crafted.xml"], DATA / "register.xml", out)
    assert report.ok, report.failures
    return out


@pytest.fixture(scope="module")
def edition_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The edition in tei/ with its register."""
    out = tmp_path_factory.mktemp("edition")
    report = build_site(TEI_FILES, ROOT / "tei" / "register.xml", out)
    assert report.ok, report.failures
    return out


def test_pages_written(edition_site: Path) -> None:
    names = {p.name for p in edition_site.iterdir()}
    for stem in (p.stem for p in TEI_FILES):
        assert {f"{stem}.html", f"{stem}.diplomatic.html", f"{stem}.sidebyside.html"} <= names
    assert {"index.html", "persons.html", "organisations.html", "places.html"} <= names
    assert (edition_site / "assets" / "teikit.css").exists() and (edition_site / "assets" / "filter.js").exists()


def test_edition_register_pages_list_the_mentions(edition_site: Path) -> None:
    orgs = lxml.html.parse(str(edition_site / "organisations.html")).getroot()
    # every orgName pointing at the CPSU in the five documents is listed on its entry's page
    import re
    expected = sum(len(re.findall(r'<orgName ref="register.xml#cpsu">', p.read_text(encoding="utf-8")))
                   for p in TEI_FILES)
    count = orgs.xpath("//section[@id='cpsu']//p[@class='count']/a")[0]
    assert count.get("href") == "organisations/cpsu.html" and count.text == f"{expected} mentions"
    entry = lxml.html.parse(str(edition_site / "organisations" / "cpsu.html")).getroot()
    assert expected > 0 and len(entry.xpath("//ul[@class='mentions']/li")) == expected
    groups = entry.xpath("//section[@class='doc-mentions']")
    dates = [g.xpath("h2/time/@datetime")[0] for g in groups]
    assert dates == sorted(dates)  # chronological, whatever the file names
    # grouped by document: each document's title once, then its passages
    titles = [g.xpath("string(h2/a)") for g in groups]
    assert len(titles) == len(set(titles)) == len(
        {m.split("#")[0] for m in entry.xpath("//ul[@class='mentions']/li/q/a/@href")})
    assert sum(len(g.xpath(".//li")) for g in groups) == expected and not entry.xpath(
        "//ul[@class='mentions']/li[not(q/a)]")


def test_index_shows_genre_and_summary(edition_site: Path) -> None:
    index = lxml.html.parse(str(edition_site / "index.html")).getroot()
    row = index.xpath("//tr[.//a[@href='000_c4597c774dfb8533.html']]")[0]
    assert row.xpath("td[3]")[0].text_content() == "letter"
    assert "Khrushchev responds positively" in row.xpath(".//p[@class='summary-text']")[0].text_content()


def test_index_is_chronological_with_filter_data(site: Path, edition_site: Path) -> None:
    edition = lxml.html.parse(str(edition_site / "index.html")).getroot()
    dates = edition.xpath("//table[@class='documents']//td[@class='date']/time/@datetime")
    assert dates == sorted(dates) and len(dates) == len(TEI_FILES)
    doc = lxml.html.parse(str(site / "index.html")).getroot()
    row = doc.xpath("//tr[.//a[@href='crafted.html']]")[0]
    assert "khrushchev-n" in row.get("data-persons").split() and row.get("data-year") == "1964"
    assert doc.xpath("//select[@data-filter='persons']/option[@value='khrushchev-n']")


def test_register_lists_mentions_with_links_into_the_reading_view(site: Path) -> None:
    persons = lxml.html.parse(str(site / "persons.html")).getroot()
    assert persons.xpath("//section[@id='khrushchev-n']//a[@href='persons/khrushchev-n.html']")
    entry_page = site / "persons" / "khrushchev-n.html"
    entry = lxml.html.parse(str(entry_page)).getroot()
    link = entry.xpath("//ul[@class='mentions']/li/q/a")[0]
    page, frag = link.get("href").split("#")
    assert page == "../crafted.html"
    target = lxml.html.parse(str(entry_page.parent / page)).getroot().xpath(f"//*[@id='{frag}']")[0]
    assert target.text_content() == "N. S. Khrushchev"
    assert entry.xpath("//mark[.='N. S. Khrushchev']") and "To Comrade" in entry.text_content()
    assert entry.xpath("//h1[.='Nikita Khrushchev']")
    listing = (site / "persons.html").read_text()  # the register's entry "Never <script>Mentioned"
    assert "Mentioned" not in listing and "<script>" not in listing  # only what the documents name
    assert not (site / "persons" / "nobody.html").exists()  # no page for an entry no document names
    cpsu = lxml.html.parse(str(site / "organisations" / "cpsu.html")).getroot()
    assert len(cpsu.xpath("//ul[@class='mentions']/li")) == 2  # crafted.xml names it twice


def test_long_mention_lists_run_over_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from teikit.render import registerpages
    monkeypatch.setattr(registerpages, "PAGE_SIZE", 1)
    assert build_site([DATA / "crafted.xml"], DATA / "register.xml", tmp_path).ok
    first, second = tmp_path / "organisations" / "cpsu.html", tmp_path / "organisations" / "cpsu~2.html"
    assert second.exists() and not (tmp_path / "organisations" / "cpsu~3.html").exists()
    for page in (first, second):
        doc = lxml.html.parse(str(page)).getroot()
        assert len(doc.xpath("//ul[@class='mentions']/li")) == 1
        assert doc.xpath("//nav[@class='pager']//a/@href") == ["cpsu.html", "cpsu~2.html"]


def test_shared_pages_follow_the_documents(tmp_path: Path) -> None:
    """A second run renders only what changed; pages of entries no document names any more go."""
    tei = tmp_path / "tei"
    tei.mkdir()
    doc = tei / "crafted.xml"
    doc.write_bytes((DATA / "crafted.xml").read_bytes())
    out = tmp_path / "site"
    assert build_site([doc], DATA / "register.xml", out).ok
    cpsu = out / "organisations" / "cpsu.html"
    assert cpsu.exists()
    again = build_site([doc], DATA / "register.xml", out, changed=set())
    assert again.ok and again.documents == [] and again.pages == []  # nothing changed: nothing rendered
    doc.write_text(doc.read_text(encoding="utf-8").replace('<orgName ref="register.xml#cpsu">', "<orgName>"),
                   encoding="utf-8")
    third = build_site([doc], DATA / "register.xml", out, changed={"crafted"})
    assert third.ok and third.documents == ["crafted"]
    assert not cpsu.exists()  # no longer mentioned anywhere
    assert 'href="organisations/cpsu.html"' not in (out / "organisations.html").read_text()


@pytest.mark.parametrize("which", ["site", "edition_site"])
def test_all_links_are_relative_and_resolve(which: str, request: pytest.FixtureRequest) -> None:
    site = request.getfixturevalue(which)
    for page in site.rglob("*.html"):
        html = page.read_text()
        assert broken_fragment_links(html) == [], page.name
        doc = lxml.html.document_fromstring(html)
        for href in doc.xpath("//@href | //@src"):
            parts = urlsplit(href)
            if parts.scheme in ("http", "https"):
                continue
            assert not parts.scheme and not href.startswith("/"), (page.name, href)
            if parts.path:
                target = (page.parent / parts.path).resolve()
                assert target.exists(), (page.name, href)
                if parts.fragment and target.suffix == ".html":
                    ids = set(lxml.html.parse(str(target)).getroot().xpath("//@id"))
                    assert parts.fragment in ids, (page.name, href)


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    command.configure(parser.add_subparsers())
    return parser.parse_args(["render", *argv])


def test_command_renders_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = _args(str(DATA / "crafted.xml"), "--view", "diplomatic", "--out", str(tmp_path))
    assert command.run(args) == 0
    page = (tmp_path / "crafted.diplomatic.html").read_text()
    assert "Gagry [SIC]" in " ".join(html_words(text_area(page)))
    assert (tmp_path / "assets" / "teikit.css").exists()
    bad = tmp_path / "bad.xml"
    bad.write_text("<TEI><text>unclosed")
    assert command.run(_args(str(bad), str(DATA / "crafted.xml"), "--out", str(tmp_path))) == 1
    assert "bad.xml" in capsys.readouterr().err
    assert command.run(_args(str(tmp_path / "missing.xml"), "--out", str(tmp_path))) == 2
    with pytest.raises(SystemExit) as exit_info:
        _args(str(DATA / "crafted.xml"), "--view", "nonsense")
    assert exit_info.value.code == 2


@pytest.mark.parametrize("view", ["reading", "diplomatic"])
def test_reply_links_both_ways_in_both_views(edition_site: Path, view: str) -> None:
    suffix = ".html" if view == "reading" else ".diplomatic.html"
    reply = lxml.html.parse(str(edition_site / f"000_c4597c774dfb8533{suffix}")).getroot()
    original = lxml.html.parse(str(edition_site / f"001_5e72ef8bd04fa2fa{suffix}")).getroot()
    # in the text: 'your letter of 26 June 1964' links to the letter it answers
    cited = reply.xpath("//article[@id='text']//cite[@class='bibl']/a[@href='001_5e72ef8bd04fa2fa.html']")
    assert cited and "your letter of 26 June 1964" in cited[0].text_content()
    # in the title blocks: in reply to / replied to by
    assert reply.xpath("//dt[.='In reply to']/following-sibling::dd[1]/a[@href='001_5e72ef8bd04fa2fa.html']")
    assert original.xpath("//dt[.='Replied to by']/following-sibling::dd[1]/a[@href='000_c4597c774dfb8533.html']")


def test_works_page_lists_every_cited_work_with_its_citations(edition_site: Path) -> None:
    from lxml import etree
    works = lxml.html.parse(str(edition_site / "bibliography.html")).getroot()
    bib = etree.parse(str(ROOT / "tei" / "bibliography.xml"))
    ids = bib.xpath("//*[local-name()='bibl']/@xml:id")
    assert sorted(works.xpath("//section[@class='entry']/@id")) == sorted(ids)
    danube = works.xpath("//section[@id='danube-convention-1948']//ul[@class='mentions']/li/a/@href")
    assert danube == ["002_eba8ff610aa90a90.html"]
    page = lxml.html.parse(str(edition_site / "002_eba8ff610aa90a90.html")).getroot()
    assert page.xpath("//a[@class='ref-work'][@href='bibliography.html#danube-convention-1948']")


def test_site_rendered_by_workers_is_the_same(edition_site: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import teikit.parallel
    monkeypatch.setattr(teikit.parallel, "MIN_PARALLEL", 1)
    report = build_site(TEI_FILES, ROOT / "tei" / "register.xml", tmp_path, jobs=2)
    assert report.ok and sorted(report.documents) == [p.stem for p in TEI_FILES]
    pages = {p.relative_to(edition_site) for p in edition_site.rglob("*.html")}
    assert pages == {p.relative_to(tmp_path) for p in tmp_path.rglob("*.html")}
    assert all((edition_site / p).read_bytes() == (tmp_path / p).read_bytes() for p in pages)


def test_a_retitled_document_relabels_the_links_to_it(tmp_path: Path) -> None:
    tei = tmp_path / "tei"
    tei.mkdir()
    for path in [*TEI_FILES, ROOT / "tei" / "register.xml", ROOT / "tei" / "bibliography.xml"]:
        (tei / path.name).write_bytes(path.read_bytes())
    files = sorted(tei.glob("[0-9]*.xml"))
    out = tmp_path / "site"
    assert build_site(files, tei / "register.xml", out).ok
    letter = tei / "001_5e72ef8bd04fa2fa.xml"
    from lxml import etree
    tree = etree.parse(str(letter))
    title = tree.find(".//{http://www.tei-c.org/ns/1.0}titleStmt/{http://www.tei-c.org/ns/1.0}title")
    for child in title:
        title.remove(child)
    title.text = "A Retitled Letter"
    tree.write(str(letter), encoding="UTF-8", xml_declaration=True)
    report = build_site(files, tei / "register.xml", out, changed={letter.stem})
    assert sorted(report.documents) == ["000_c4597c774dfb8533", letter.stem]  # 000 replies to 001
    reply = lxml.html.parse(str(out / "000_c4597c774dfb8533.html")).getroot()
    links = reply.xpath("//a[@href='001_5e72ef8bd04fa2fa.html']")
    assert "A Retitled Letter" in " ".join(a.text_content() for a in links)


def test_a_store_from_another_teikit_is_made_afresh(tmp_path: Path) -> None:
    import sqlite3
    store = tmp_path / "site" / ".teikit" / "site.sqlite"
    store.parent.mkdir(parents=True)
    with sqlite3.connect(store) as db:  # an older layout: fewer columns
        db.executescript("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('format', '0');"
                         "CREATE TABLE docs(stem TEXT PRIMARY KEY, sha TEXT);")
    assert build_site([DATA / "crafted.xml"], DATA / "register.xml", tmp_path / "site").ok
    assert (tmp_path / "site" / "persons" / "khrushchev-n.html").exists()


def test_a_document_that_left_the_edition_takes_its_pages_along(tmp_path: Path) -> None:
    tei = tmp_path / "tei"
    tei.mkdir()
    for path in [*TEI_FILES[:2], ROOT / "tei" / "register.xml"]:
        (tei / path.name).write_bytes(path.read_bytes())
    kept, dropped = sorted(tei.glob("[0-9]*.xml"))
    out = tmp_path / "site"
    assert build_site([kept, dropped], tei / "register.xml", out).ok
    assert (out / f"{dropped.stem}.html").exists()
    assert build_site([kept], tei / "register.xml", out, changed=set()).ok
    assert not list(out.glob(f"{dropped.stem}*.html")) and (out / f"{kept.stem}.html").exists()
    assert dropped.stem not in (out / "index.html").read_text(encoding="utf-8")
    entry_pages = [p.read_text(encoding="utf-8") for p in out.glob("*/*.html")]
    assert entry_pages and not any(dropped.stem in page for page in entry_pages)


def test_an_edited_register_entry_rerenders_its_own_pages_only(tmp_path: Path) -> None:
    register = tmp_path / "register.xml"
    register.write_bytes((DATA / "register.xml").read_bytes())
    out = tmp_path / "site"
    assert build_site([DATA / "crafted.xml"], register, out).ok
    stamps = {p: p.stat().st_mtime_ns for p in out.glob("*/*.html")}
    assert len(stamps) > 2
    text = register.read_text(encoding="utf-8")
    register.write_text(text.replace(">First Secretary<", ">First Secretary of the CC<", 1), encoding="utf-8")
    report = build_site([DATA / "crafted.xml"], register, out, changed=set())
    entry = out / "persons" / "khrushchev-n.html"
    assert "First Secretary of the CC" in entry.read_text(encoding="utf-8")
    assert [p for p, t in stamps.items() if p.stat().st_mtime_ns != t] == [entry]
    assert entry in report.pages and "First Secretary of the CC" in (out / "persons.html").read_text(encoding="utf-8")


def test_a_long_index_runs_over_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from teikit.render import site as site_module
    monkeypatch.setattr(site_module, "INDEX_PAGE_SIZE", 2)
    assert build_site(TEI_FILES, ROOT / "tei" / "register.xml", tmp_path).ok
    pages = [tmp_path / "index.html", tmp_path / "index~2.html", tmp_path / "index~3.html"]
    assert not (tmp_path / "index~4.html").exists()
    dates: list[str] = []
    for page in pages:
        doc = lxml.html.parse(str(page)).getroot()
        assert doc.xpath("(//nav[@class='pager'])[1]//a/@href") == ["index.html", "index~2.html", "index~3.html"]
        rows = doc.xpath("//table[@class='documents']/tbody/tr")
        dates += doc.xpath("//table[@class='documents']//td[@class='date']/time/@datetime")
        assert 1 <= len(rows) <= 2 and "5 documents" in doc.xpath("string(//main/p[1])")
        years = doc.xpath("//select[@data-filter='year']/option/@value")[1:]
        assert years == sorted({r.get("data-year") for r in rows})  # the filters offer what the page holds
    assert dates == sorted(dates) and len(dates) == len(TEI_FILES)
    monkeypatch.setattr(site_module, "INDEX_PAGE_SIZE", 1000)
    assert build_site(TEI_FILES, ROOT / "tei" / "register.xml", tmp_path, changed=set()).ok
    assert not pages[1].exists() and not pages[2].exists()  # one page again: the others go
